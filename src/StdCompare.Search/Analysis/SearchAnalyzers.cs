using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;

namespace StdCompare.Search.Analysis;

/// <summary>
/// The analyzers of the index: one per <see cref="AnalysisProfile"/>, each keeping designations, quantities and
/// names whole; whole tokens alone for <see cref="SearchFields.Keywords"/>; white space for
/// <see cref="SearchFields.Concepts"/>. <see cref="PerField"/> routes fields to them. Thread-safe.
/// </summary>
public sealed class SearchAnalyzers : IDisposable
{
    private readonly FrozenDictionary<AnalysisProfile, Analyzer> _profiles;

    /// <summary>Builds the analyzers; <paramref name="profiles"/> limits which are built (all by default).</summary>
    public SearchAnalyzers(IEnumerable<AnalysisProfile>? profiles = null)
    {
        _profiles = (profiles ?? AnalysisProfiles.All).Distinct().ToFrozenDictionary(p => p, p => (Analyzer)new ProtectingAnalyzer(CreateInner(p)));
        Keywords = new ProtectingAnalyzer(null);
        Concepts = new WhitespaceAnalyzer(SearchSchema.Lucene);
        var fields = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [SearchFields.Keywords] = Keywords,
            [SearchFields.Concepts] = Concepts,
        };
        foreach (var (profile, analyzer) in _profiles)
        {
            fields[SearchFields.Text(profile)] = analyzer;
        }

        PerField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    /// <summary>Routes each field to its analyzer (untokenized by default).</summary>
    public Analyzer PerField { get; }

    /// <summary>Whole tokens only.</summary>
    public Analyzer Keywords { get; }

    /// <summary>Concept ids separated by spaces.</summary>
    public Analyzer Concepts { get; }

    /// <summary>The profiles built.</summary>
    public IEnumerable<AnalysisProfile> Profiles => _profiles.Keys;

    /// <summary>The analyzer of a profile.</summary>
    public Analyzer For(AnalysisProfile profile)
        => _profiles.TryGetValue(profile, out var a) ? a : throw new InvalidOperationException($"The {profile} analyzer was not built.");

    /// <summary>True when the profile was built.</summary>
    public bool Has(AnalysisProfile profile) => _profiles.ContainsKey(profile);

    /// <summary>The terms <paramref name="text"/> analyses to in <paramref name="field"/>, with their position increments.</summary>
    public static List<(string Term, int PositionIncrement)> Tokens(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var result = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var position = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), position.PositionIncrement));
        }

        stream.End();
        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var a in _profiles.Values)
        {
            a.Dispose();
        }

        Keywords.Dispose();
        Concepts.Dispose();
        PerField.Dispose();
    }

    private static Analyzer CreateInner(AnalysisProfile profile) => profile switch
    {
        AnalysisProfile.Chinese => new SmartChineseAnalyzer(SearchSchema.Lucene),
        AnalysisProfile.Bigram => Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new BigramTokenizer(reader))),
        AnalysisProfile.English => new EnglishAnalyzer(SearchSchema.Lucene),
        AnalysisProfile.Russian => new RussianAnalyzer(SearchSchema.Lucene),
        AnalysisProfile.Mongolian => Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(SearchSchema.Lucene, reader);
            TokenStream chain = new LowerCaseFilter(SearchSchema.Lucene, source);
            chain = new MongolianStemFilter(chain);
            return new TokenStreamComponents(source, chain);
        }),
        AnalysisProfile.General => Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(SearchSchema.Lucene, reader);
            return new TokenStreamComponents(source, new LowerCaseFilter(SearchSchema.Lucene, source));
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };
}
