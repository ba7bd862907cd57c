using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using StdCompare.Search.Analysis;

namespace StdCompare.Search.Querying;

/// <summary>Highlighted fragments of a hit's text, re-analysed with the analyzers of its language; matches in <c>**bold**</c>.</summary>
internal sealed class SnippetMaker
{
    /// <summary>Marks around a match.</summary>
    public const string Open = "**";

    /// <summary>Marks around a match.</summary>
    public const string Close = "**";

    private readonly SearchAnalyzers _analyzers;
    private readonly Query _query;
    private readonly Dictionary<string, Highlighter> _highlighters = new(StringComparer.Ordinal);

    public SnippetMaker(SearchAnalyzers analyzers, Query query)
    {
        _analyzers = analyzers;
        _query = query;
    }

    public string Make(string text, string language)
    {
        if (text.Length == 0)
        {
            return "";
        }

        // Bigrams before SmartCn: the same matches, at a fraction of the cost of segmenting again.
        var fields = AnalysisProfiles.ForLanguage(language).Where(_analyzers.Has).OrderBy(p => p == AnalysisProfile.Bigram ? 0 : 1)
            .Select(p => (Field: SearchFields.Text(p), Analyzer: _analyzers.For(p)))
            .Append((Field: SearchFields.Keywords, Analyzer: _analyzers.Keywords));
        foreach (var (field, analyzer) in fields)
        {
            try
            {
                var fragment = Highlighter(field).GetBestFragment(analyzer, field, text);
                if (!string.IsNullOrEmpty(fragment))
                {
                    return Clean(fragment);
                }
            }
            catch (InvalidTokenOffsetsException)
            {
                // Offsets beyond the text: fall back to the start of the text.
            }
        }

        return Clean(text.Length <= SearchLimits.SnippetLength ? text : text[..SearchLimits.SnippetLength] + "…");
    }

    private Highlighter Highlighter(string field)
    {
        if (!_highlighters.TryGetValue(field, out var h))
        {
            // Terms, not spans: the expanded query has many phrases, and span scoring re-indexes every hit in memory.
            var scorer = new QueryTermScorer(_query, field);
            h = new Highlighter(new SimpleHTMLFormatter(Open, Close), scorer)
            {
                TextFragmenter = new SimpleFragmenter(SearchLimits.SnippetLength),
                MaxDocCharsToAnalyze = SearchLimits.MaxAnalyzedChars,
            };
            _highlighters[field] = h;
        }

        return h;
    }

    /// <summary>One line; adjacent matches (<c>**农药****残留**</c>) joined.</summary>
    private static string Clean(string s)
        => s.Replace('\n', ' ').Replace('\r', ' ').Replace(Close + Open, "", StringComparison.Ordinal).Trim();
}
