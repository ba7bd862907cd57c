using System.Collections.Immutable;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StdCompare.Search.Analysis;
using StdCompare.Terminology;

namespace StdCompare.Search.Querying;

/// <summary>
/// Builds the Lucene query of one word, phrase or whole token of a user's query: the words in the fields of
/// their script, the concepts they name (as ids and as terms in every language of the terminology base), and
/// CC-CEDICT glosses (zh↔en) for words the base does not know. Records each expansion. One per search.
/// </summary>
internal sealed class QueryComposer
{
    private static readonly ImmutableArray<string> EnglishOnly = ["en"];
    private static readonly ImmutableArray<string> ChineseOnly = ["zh"];

    private readonly SearchAnalyzers _analyzers;
    private readonly TerminologyBase _terminology;
    private readonly ChineseEnglishDictionary _dictionary;
    private readonly bool _expand;
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);

    public QueryComposer(SearchAnalyzers analyzers, TerminologyBase terminology, ChineseEnglishDictionary dictionary, bool expand)
    {
        _analyzers = analyzers;
        _terminology = terminology;
        _dictionary = dictionary;
        _expand = expand;
    }

    /// <summary>The expansions made so far.</summary>
    public List<QueryExpansion> Expansions { get; } = [];

    /// <summary>The query of a whole token: a designation, quantity, number or name.</summary>
    public Query Keyword(ProtectedSpan span)
    {
        var main = span.Terms[0];
        var q = new BooleanQuery(true);
        switch (span.Kind)
        {
            case ProtectedKind.Designation:
                q.Add(Boost(new TermQuery(new Term(SearchFields.Designation, main)), QueryWeights.Designation), Occur.SHOULD);
                q.Add(Boost(new TermQuery(new Term(SearchFields.Keywords, main)), QueryWeights.Keyword), Occur.SHOULD);
                break;
            case ProtectedKind.Number:
                q.Add(Boost(new TermQuery(new Term(SearchFields.Keywords, main)), QueryWeights.Keyword), Occur.SHOULD);
                q.Add(Boost(new TermQuery(new Term(SearchFields.Designation, main)), QueryWeights.Designation), Occur.SHOULD);
                break;
            default:
                q.Add(Boost(new TermQuery(new Term(SearchFields.Keywords, main)), QueryWeights.Keyword), Occur.SHOULD);
                break;
        }

        return q;
    }

    /// <summary>The query of words or a phrase (<paramref name="quoted"/>).</summary>
    public Query? Text(string text, bool quoted, int slop)
    {
        var script = AnalysisProfiles.ScriptOf(text);
        var direct = new DisjunctionMaxQuery(QueryWeights.TieBreaker);
        foreach (var profile in AnalysisProfiles.ForScript(script))
        {
            if (!_analyzers.Has(profile))
            {
                continue;
            }

            var mode = quoted || profile == AnalysisProfile.Bigram ? slop : -1;
            if (Analyzed(SearchFields.Text(profile), _analyzers.For(profile), text, mode) is { } q)
            {
                direct.Add(q);
            }
        }

        if (Analyzed(SearchFields.Keywords, _analyzers.Keywords, text, quoted ? slop : -1) is { } kw)
        {
            direct.Add(Boost(kw, QueryWeights.Keyword));
        }

        // The words as written and their expansions are alternatives: the best of them counts (and a little of
        // the others), so that a clause in another language ranks with one in the query's language.
        var result = new DisjunctionMaxQuery(QueryWeights.UnitTieBreaker);
        if (direct.Disjuncts.Count > 0)
        {
            result.Add(Boost(direct, QueryWeights.Direct));
        }

        if (_expand)
        {
            var language = AnalysisProfiles.LanguagesOf(script)[0];
            var key = TermKey.Normalize(text);
            var matches = _terminology.Matcher.Match(text, language);
            var concepts = new BooleanQuery(true);
            foreach (var match in matches.DistinctBy(m => m.ConceptId))
            {
                if (_terminology.Find(match.ConceptId) is { } concept)
                {
                    concepts.Add(ConceptQuery(concept, key.Substring(match.Start, match.Length)), Occur.SHOULD);
                }
            }

            if (concepts.Clauses.Count > 0)
            {
                result.Add(concepts);
            }

            if (Uncovered(key, matches) is { Length: > 0 } rest && DictionaryQuery(rest, script) is { } dq)
            {
                result.Add(dq);
            }
        }

        return result.Disjuncts.Count switch
        {
            0 => null,
            1 => result.Disjuncts[0],
            _ => result,
        };
    }

    /// <summary>A prefix (<c>ginseng*</c>) in every text field, each bounded to <see cref="SearchLimits.MaxTermExpansions"/> terms.</summary>
    public Query Prefix(string prefix)
        => OverTextFields(field => new PrefixQuery(new Term(field, prefix.ToLowerInvariant())));

    /// <summary>A wildcard term (<c>gin?eng</c>, <c>红参*</c>) in every text field; it must not start with a wildcard.</summary>
    public Query Wildcard(string pattern)
        => OverTextFields(field => new WildcardQuery(new Term(field, pattern.ToLowerInvariant())));

    /// <summary>A fuzzy term (<c>ginsneg~</c>) in the fields of alphabetic scripts.</summary>
    public Query Fuzzy(string term, int maxEdits)
    {
        var q = new DisjunctionMaxQuery(QueryWeights.TieBreaker);
        foreach (var profile in new[] { AnalysisProfile.English, AnalysisProfile.Russian, AnalysisProfile.Mongolian, AnalysisProfile.General })
        {
            if (_analyzers.Has(profile))
            {
                q.Add(new FuzzyQuery(new Term(SearchFields.Text(profile), term.ToLowerInvariant()), maxEdits, 1, SearchLimits.MaxTermExpansions, true));
            }
        }

        return q;
    }

    /// <summary>Tokens of <paramref name="text"/> as a term, a phrase (<paramref name="slop"/> ≥ 0) or all terms (-1).</summary>
    internal static Query? Analyzed(string field, Analyzer analyzer, string text, int slop)
    {
        var tokens = SearchAnalyzers.Tokens(analyzer, field, text);
        var terms = new List<(string Term, int Position)>(tokens.Count);
        var position = -1;
        foreach (var (term, increment) in tokens)
        {
            if (increment == 0)
            {
                continue;
            }

            position += increment;
            terms.Add((term, position));
        }

        if (terms.Count == 0)
        {
            return null;
        }

        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term));
        }

        if (slop >= 0)
        {
            var phrase = new PhraseQuery { Slop = slop };
            foreach (var (term, pos) in terms)
            {
                phrase.Add(new Term(field, term), pos);
            }

            return phrase;
        }

        var all = new BooleanQuery(true);
        foreach (var (term, _) in terms.DistinctBy(t => t.Term))
        {
            all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        return all;
    }

    private static Query Boost(Query q, float boost)
    {
        q.Boost = boost;
        return q;
    }

    private Query ConceptQuery(TermConcept concept, string written)
    {
        var q = new DisjunctionMaxQuery(QueryWeights.TieBreaker);
        q.Add(Boost(new TermQuery(new Term(SearchFields.Concepts, concept.Id)), QueryWeights.Concept));
        q.Add(Boost(new TermQuery(new Term(SearchFields.StandardConcepts, concept.Id)), QueryWeights.Context));
        var shown = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (language, terms) in concept.Terms)
        {
            shown[language] = [.. terms.Take(SearchLimits.ShownTermsPerLanguage)];
        }

        if (_expanded.Add(concept.Id))
        {
            Expansions.Add(new QueryExpansion(written, QueryExpansion.Terminology, concept.Id, shown.ToImmutable()));
        }

        return q;
    }

    private Query? DictionaryQuery(string text, Script script)
    {
        if (_dictionary.Count == 0)
        {
            return null;
        }

        var q = new BooleanQuery(true);
        if (script == Script.Han && _analyzers.Has(AnalysisProfile.Chinese) && _analyzers.Has(AnalysisProfile.English))
        {
            var words = SearchAnalyzers.Tokens(_analyzers.For(AnalysisProfile.Chinese), SearchFields.Text(AnalysisProfile.Chinese), text)
                .Select(t => t.Term).Where(w => w.Length >= 2 && AnalysisProfiles.ScriptOf(w) == Script.Han).Distinct(StringComparer.Ordinal);
            foreach (var word in words)
            {
                var glosses = _dictionary.Glosses(word)
                    .Where(g => g.Split(' ').Length <= 3 && g.All(c => c < 0x80))
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Take(SearchLimits.MaxDictionaryExpansions)
                    .ToImmutableArray();
                var any = new DisjunctionMaxQuery(QueryWeights.TieBreaker);
                foreach (var gloss in glosses)
                {
                    if (Analyzed(SearchFields.Text(AnalysisProfile.English), _analyzers.For(AnalysisProfile.English), gloss, 1) is { } gq)
                    {
                        any.Add(gq);
                    }
                }

                if (any.Disjuncts.Count > 0)
                {
                    q.Add(Boost(any, QueryWeights.Dictionary), Occur.SHOULD);
                    Record(word, EnglishOnly, glosses);
                }
            }
        }
        else if (script == Script.Latin && _analyzers.Has(AnalysisProfile.Chinese))
        {
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Distinct(StringComparer.Ordinal))
            {
                var chinese = _dictionary.ChineseFor(word).Where(w => w.Length >= 2).Take(SearchLimits.MaxDictionaryExpansions).ToImmutableArray();
                var any = new DisjunctionMaxQuery(QueryWeights.TieBreaker);
                foreach (var zh in chinese)
                {
                    foreach (var profile in AnalysisProfiles.ForLanguage("zh"))
                    {
                        if (_analyzers.Has(profile) && Analyzed(SearchFields.Text(profile), _analyzers.For(profile), zh, 0) is { } zq)
                        {
                            any.Add(zq);
                        }
                    }
                }

                if (any.Disjuncts.Count > 0)
                {
                    q.Add(Boost(any, QueryWeights.Dictionary), Occur.SHOULD);
                    Record(word, ChineseOnly, chinese);
                }
            }
        }

        return q.Clauses.Count > 0 ? q : null;
    }

    private void Record(string word, ImmutableArray<string> languages, ImmutableArray<string> terms)
    {
        if (_expanded.Add("cc:" + word))
        {
            Expansions.Add(new QueryExpansion(word, QueryExpansion.Dictionary, null, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, ImmutableArray<string>>(languages[0], terms)])));
        }
    }

    /// <summary>The parts of the normalised text no concept covers, joined by spaces.</summary>
    private static string Uncovered(string key, IReadOnlyList<ConceptMatch> matches)
    {
        if (matches.Count == 0)
        {
            return key;
        }

        var covered = new bool[key.Length];
        foreach (var m in matches)
        {
            for (var i = m.Start; i < m.Start + m.Length && i < covered.Length; i++)
            {
                covered[i] = true;
            }
        }

        var chars = new char[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            chars[i] = covered[i] ? ' ' : key[i];
        }

        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private Query OverTextFields(Func<string, MultiTermQuery> make)
    {
        var q = new DisjunctionMaxQuery(QueryWeights.TieBreaker);
        foreach (var profile in _analyzers.Profiles)
        {
            var mq = make(SearchFields.Text(profile));
            mq.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(SearchLimits.MaxTermExpansions);
            q.Add(mq);
        }

        return q;
    }
}
