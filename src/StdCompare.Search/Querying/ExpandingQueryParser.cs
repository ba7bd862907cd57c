using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using StdCompare.Search.Analysis;
using StdCompare.Search.Indexing;

namespace StdCompare.Search.Querying;

/// <summary>
/// The classic query syntax (AND/OR/NOT, +/-, quotes, parentheses, trailing wildcards, fuzzy <c>~</c>) whose
/// terms become expanded multi-language queries (<see cref="QueryComposer"/>). Leading wildcards, regular
/// expressions and ranges are refused; multi-term queries are bounded.
/// </summary>
internal sealed class ExpandingQueryParser : QueryParser
{
    /// <summary>The field terms without a field name go to.</summary>
    public const string DefaultField = "_text";

    private readonly QueryComposer _composer;

    public ExpandingQueryParser(QueryComposer composer)
        : base(SearchSchema.Lucene, DefaultField, new KeywordAnalyzer())
    {
        _composer = composer;
        AllowLeadingWildcard = false;
        DefaultOperator = Operator.OR;
        MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(SearchLimits.MaxTermExpansions);
        FuzzyPrefixLength = 1;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
        => Build(field, queryText, quoted, 0);

    protected override Query GetFieldQuery(string field, string queryText, int slop)
        => Build(field, queryText, true, slop);

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        if (!IsDefault(field))
        {
            return FieldQuery(field, termStr, prefix: true);
        }

        return termStr.Length == 0 ? new MatchAllDocsQuery() : _composer.Prefix(termStr);
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (termStr is "*" or "*:*")
        {
            return new MatchAllDocsQuery();
        }

        if (termStr.Length > 0 && termStr[0] is '*' or '?')
        {
            throw new SearchException(SearchErrorCodes.LeadingWildcard,
                $"'{termStr}' starts with a wildcard: that would scan every term of the index; put at least one letter first (e.g. 'ginseng*')");
        }

        if (!IsDefault(field))
        {
            throw new SearchException(SearchErrorCodes.Syntax, $"wildcards are not supported in field '{field}'");
        }

        return _composer.Wildcard(termStr);
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        if (!IsDefault(field))
        {
            throw new SearchException(SearchErrorCodes.Syntax, $"fuzzy terms are not supported in field '{field}'");
        }

        var edits = minSimilarity >= 1 ? (int)Math.Min(2, minSimilarity) : 2;
        return _composer.Fuzzy(termStr, Math.Max(1, edits));
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
        => throw new SearchException(SearchErrorCodes.Syntax, "range queries ([a TO b]) are not supported: use --as-of for dates and --requirement for values");

    protected override Query GetRegexpQuery(string field, string termStr)
        => throw new SearchException(SearchErrorCodes.Syntax, "regular expressions are not supported");

    private static bool IsDefault(string field) => string.Equals(field, DefaultField, StringComparison.Ordinal);

    private Query Build(string field, string text, bool quoted, int slop)
    {
        if (!IsDefault(field))
        {
            return FieldQuery(field, text, prefix: false);
        }

        var spans = ProtectedSpans.Find(text);
        if (spans.Count == 1 && spans[0].Start == 0 && spans[0].Length == text.Length)
        {
            return _composer.Keyword(spans[0]);
        }

        return _composer.Text(text, quoted, slop)!;
    }

    private static Query FieldQuery(string field, string value, bool prefix)
    {
        if (!QueryPreprocessor.UserFields.Contains(field))
        {
            throw new SearchException(SearchErrorCodes.Syntax,
                $"unknown field '{field}' (fields: {string.Join(", ", QueryPreprocessor.UserFields.Order(StringComparer.Ordinal))}); to search for '{field}:' as text, put the query in quotes");
        }

        var v = value.Trim();
        v = field switch
        {
            SearchFields.Designation => prefix ? ProtectedSpans.Compact(v) : ProtectedSpans.DesignationForms(v)[0],
            SearchFields.Jurisdiction or SearchFields.IssuingBody => v.ToUpperInvariant(),
            SearchFields.Hs => DocumentMapper.NormalizeHs(v),
            SearchFields.Clause or SearchFields.Concepts or SearchFields.Ics => v,
            _ => v.ToLowerInvariant(),
        };
        var term = new Term(field, v);
        return prefix || field is SearchFields.Ics or SearchFields.Hs ? new PrefixQuery(term) : new TermQuery(term);
    }
}
