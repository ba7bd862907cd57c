using System.Collections.Immutable;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using StdCompare.Search.Analysis;
using StdCompare.Search.Indexing;
using StdCompare.Terminology;

namespace StdCompare.Search.Querying;

/// <summary>Turns a <see cref="SearchRequest"/> into a <see cref="QueryPlan"/>; every user error becomes a <see cref="SearchException"/>.</summary>
internal sealed class QueryPlanner
{
    private readonly SearchAnalyzers _analyzers;
    private readonly TerminologyBase _terminology;
    private readonly ChineseEnglishDictionary _dictionary;

    static QueryPlanner()
    {
        BooleanQuery.MaxClauseCount = SearchLimits.MaxBooleanClauses;
    }

    public QueryPlanner(SearchAnalyzers analyzers, TerminologyBase terminology, ChineseEnglishDictionary dictionary)
    {
        _analyzers = analyzers;
        _terminology = terminology;
        _dictionary = dictionary;
    }

    public QueryPlan Plan(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var raw = request.Query ?? "";
        if (raw.Length > SearchLimits.MaxQueryLength)
        {
            throw new SearchException(SearchErrorCodes.TooLong, $"the query is {raw.Length} characters long; the limit is {SearchLimits.MaxQueryLength}");
        }

        if (request.Top is < 1 or > SearchLimits.MaxTop)
        {
            throw new SearchException(SearchErrorCodes.Filter, $"--top must be between 1 and {SearchLimits.MaxTop}");
        }

        var text = TextNormalizer.Normalize(raw).Trim();
        var (remaining, inline) = RequirementQuery.Extract(text);
        var requirements = inline.Concat(request.Requirements).Select(r => RequirementQuery.Parse(r, _terminology)).ToList();

        var composer = new QueryComposer(_analyzers, _terminology, _dictionary, request.Expand);
        Query? textQuery = null;
        if (remaining.Length > 0 && remaining != "*")
        {
            textQuery = Parse(remaining, composer);
        }

        Query query;
        if (requirements.Count == 0)
        {
            query = textQuery ?? new MatchAllDocsQuery();
        }
        else
        {
            // The requirements must hold; the words rank (a limit in a table need not repeat them).
            var b = new BooleanQuery(true);
            foreach (var r in requirements)
            {
                b.Add(r.ToQuery(), Occur.MUST);
            }

            if (textQuery is not null)
            {
                b.Add(textQuery, Occur.SHOULD);
            }

            query = b;
        }

        var expanded = new StringBuilder(remaining);
        foreach (var e in composer.Expansions)
        {
            expanded.Append(" [").Append(e).Append(']');
        }

        foreach (var r in requirements)
        {
            expanded.Append(" {").Append(r).Append('}');
        }

        return new QueryPlan(query, Filter(request), expanded.ToString().Trim(), [.. composer.Expansions], [.. requirements.Select(r => r.ToString())]);
    }

    private Query? Parse(string text, QueryComposer composer)
    {
        var prepared = QueryPreprocessor.Prepare(text, _terminology);
        var parser = new ExpandingQueryParser(composer);
        try
        {
            var q = parser.Parse(prepared);
            return q is BooleanQuery { Clauses.Count: 0 } ? null : q;
        }
        catch (ParseException e) when (e.InnerException is SearchException se)
        {
            throw se;
        }
        catch (ParseException e) when (e.InnerException is BooleanQuery.TooManyClausesException)
        {
            throw new SearchException(SearchErrorCodes.TooManyTerms, $"the query expands to more than {SearchLimits.MaxBooleanClauses} terms; use fewer words or wildcards", e);
        }
        catch (ParseException e)
        {
            throw new SearchException(SearchErrorCodes.Syntax, $"cannot read the query '{text}': {Explain(e)}", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new SearchException(SearchErrorCodes.TooManyTerms, $"the query expands to more than {SearchLimits.MaxBooleanClauses} terms; use fewer words or wildcards", e);
        }
    }

    /// <summary>Lucene's message without its grammar listing.</summary>
    private static string Explain(ParseException e)
    {
        var message = e.Message;
        if (message.Contains("Lexical error", StringComparison.Ordinal) && message.Contains("<EOF>", StringComparison.Ordinal))
        {
            return "a quote or escape is not closed";
        }

        var encountered = message.IndexOf("Encountered", StringComparison.Ordinal);
        if (encountered >= 0)
        {
            var was = message.IndexOf("Was expecting", encountered, StringComparison.Ordinal);
            var part = (was > 0 ? message[encountered..was] : message[encountered..]).Replace("\n", " ", StringComparison.Ordinal).Trim().TrimEnd('.');
            var hint = part.Contains("<EOF>", StringComparison.Ordinal)
                ? "the query ends where a word was expected (after AND, OR, NOT, +, - or an open parenthesis)"
                : "check parentheses, quotes and AND/OR/NOT";
            return $"{part}; {hint}, or put words in quotes";
        }

        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return (colon > 0 ? message[(colon + 2)..] : message).Split('\n')[0];
    }

    private static Filter? Filter(SearchRequest request)
    {
        var all = new BooleanQuery(true);
        if (request.Level != SearchLevel.Any)
        {
            all.Add(new TermQuery(new Term(SearchFields.Level, request.Level == SearchLevel.Standard ? SearchFields.StandardLevel : SearchFields.ClauseLevel)), Occur.MUST);
        }

        AnyOf(all, request.Jurisdictions, j =>
        {
            var v = j.Trim().ToUpperInvariant();
            var q = new BooleanQuery(true)
            {
                { new TermQuery(new Term(SearchFields.Jurisdiction, v)), Occur.SHOULD },
                { new PrefixQuery(new Term(SearchFields.Jurisdiction, v + "-")), Occur.SHOULD },
            };
            return q;
        });
        AnyOf(all, request.Languages, l => new TermQuery(new Term(SearchFields.Language, l.Trim().ToLowerInvariant())));
        AnyOf(all, request.Industries, i => new TermQuery(new Term(SearchFields.Industry, i.Trim().ToLowerInvariant())));
        AnyOf(all, request.Bodies, b => new TermQuery(new Term(SearchFields.IssuingBody, b.Trim().ToUpperInvariant())));
        AnyOf(all, request.Ics, p => new PrefixQuery(new Term(SearchFields.Ics, p.Trim())));
        AnyOf(all, request.Hs, p => new PrefixQuery(new Term(SearchFields.Hs, DocumentMapper.NormalizeHs(p))));
        if (request.AsOf is { } date)
        {
            var d = DocumentMapper.DateNumber(date);
            all.Add(NumericRangeQuery.NewInt32Range(SearchFields.Effective, 1, d, true, true), Occur.MUST);
            all.Add(NumericRangeQuery.NewInt32Range(SearchFields.Withdrawn, d, int.MaxValue, false, true), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    private static void AnyOf(BooleanQuery all, ImmutableArray<string> values, Func<string, Query> make)
    {
        var list = values.IsDefault ? [] : values.Where(v => v.Trim().Length > 0).ToList();
        if (list.Count == 0)
        {
            return;
        }

        var any = new BooleanQuery(true);
        foreach (var v in list)
        {
            any.Add(make(v), Occur.SHOULD);
        }

        all.Add(any, Occur.MUST);
    }
}
