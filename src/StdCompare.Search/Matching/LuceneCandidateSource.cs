using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Store;
using StdCompare.Documents;
using StdCompare.Matching;
using StdCompare.Search.Analysis;
using StdCompare.Terminology;

namespace StdCompare.Search.Matching;

/// <summary>
/// Candidate counterparts from Lucene: an in-memory index over the right document's clauses (text in the
/// fields of its language, whole tokens, concept ids) queried with each left clause — its concepts (language
/// independent), its designations, quantities and names, its words when both documents share a script, and
/// CC-CEDICT glosses between Chinese and English. SmartCn is left out here: bigrams find the same words at a
/// fraction of the cost. The right document's index is cached while the document is alive. Thread-safe.
/// </summary>
public sealed class LuceneCandidateSource : ICandidateSource
{
    /// <summary>The name recorded on candidates.</summary>
    public const string SourceName = "lucene";

    /// <summary>Most words of a left clause searched as text.</summary>
    public const int MaxTextTerms = 48;

    /// <summary>Most dictionary glosses searched per left clause.</summary>
    public const int MaxGlossTerms = 32;

    /// <summary>Longest Chinese word looked up in CC-CEDICT when a clause is cut into words.</summary>
    public const int MaxChineseWordLength = 4;

    private const string TextField = "t";
    private const string KeywordField = "kw";
    private const string ConceptField = "c";
    private const string IndexField = "ix";
    private const float K1 = 1.2f;
    private const float B = 0.75f;
    private const float ConceptBoost = 1.0f;
    private const float KeywordBoost = 1.5f;
    private const float TextBoost = 0.5f;
    private const float GlossBoost = 0.3f;

    private static readonly ImmutableArray<AnalysisProfile> Profiles =
        [AnalysisProfile.Bigram, AnalysisProfile.English, AnalysisProfile.Russian, AnalysisProfile.Mongolian, AnalysisProfile.General];

    private readonly TerminologyBase _terminology;
    private readonly ChineseEnglishDictionary _dictionary;
    private readonly SearchAnalyzers _analyzers = new(Profiles);
    private readonly ConditionalWeakTable<StandardDocument, RightIndex> _indexes = new();
    private readonly ConditionalWeakTable<StandardDocument, LeftQueries> _queries = new();

    /// <summary>Creates the source.</summary>
    public LuceneCandidateSource(TerminologyBase terminology, ChineseEnglishDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(terminology);
        ArgumentNullException.ThrowIfNull(dictionary);
        _terminology = terminology;
        _dictionary = dictionary;
    }

    /// <inheritdoc />
    public string Name => SourceName;

    /// <inheritdoc />
    public IReadOnlyList<ClauseCandidate> Propose(StandardDocument left, StandardDocument right, int perClause, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (perClause < 1 || left.Clauses.IsEmpty || right.Clauses.IsEmpty)
        {
            return [];
        }

        var index = _indexes.GetValue(right, Build);
        var queries = _queries.GetValue(left, _ => new LeftQueries()).For(index, left.Clauses.Length);
        var results = new List<ClauseCandidate>[left.Clauses.Length];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = left.Clauses.Length >= 64 ? Environment.ProcessorCount : 1 };
        Parallel.For(0, left.Clauses.Length, options, () => new float[index.ClauseOf.Length], (i, _, scores) =>
        {
            Array.Clear(scores);
            var any = false;
            var terms = queries[i] ??= AnalyseQuery(left.Clauses[i], left.Metadata.Language, index);
            foreach (var (posting, boost) in QueryFor(terms, index))
            {
                for (var p = 0; p < posting.Docs.Length; p++)
                {
                    scores[posting.Docs[p]] += boost * posting.Weights[p];
                }

                any = true;
            }

            results[i] = any ? Top(i, scores, index.ClauseOf, perClause) : [];
            return scores;
        }, _ => { });
        return [.. results.SelectMany(r => r)];
    }

    private RightIndex Build(StandardDocument right)
    {
        var language = right.Metadata.Language;
        var profile = TextProfile(language);
        var directory = new RAMDirectory();
        var perField = new Lucene.Net.Analysis.Miscellaneous.PerFieldAnalyzerWrapper(
            _analyzers.Concepts,
            new Dictionary<string, Lucene.Net.Analysis.Analyzer>(StringComparer.Ordinal)
            {
                [TextField] = _analyzers.For(profile),
                [KeywordField] = _analyzers.Keywords,
                [ConceptField] = _analyzers.Concepts,
            });
        var config = new IndexWriterConfig(SearchSchema.Lucene, perField) { RAMBufferSizeMB = 64, OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < right.Clauses.Length; i++)
            {
                var text = right.Clauses[i].FullText;
                var doc = new Document
                {
                    new TextField(TextField, text, Field.Store.NO),
                    new TextField(KeywordField, text, Field.Store.NO),
                    new NumericDocValuesField(IndexField, i),
                };
                var concepts = _terminology.Matcher.Match(text, language);
                if (concepts.Count > 0)
                {
                    doc.Add(new TextField(ConceptField, string.Join(' ', concepts.Select(c => c.ConceptId)), Field.Store.NO));
                }

                writer.AddDocument(doc);
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);

        // Doc-values readers are not shared between threads: read the clause of every document once.
        var values = MultiDocValues.GetNumericValues(reader, IndexField);
        var clauseOf = new int[reader.MaxDoc];
        for (var d = 0; d < clauseOf.Length; d++)
        {
            clauseOf[d] = (int)values.Get(d);
        }

        // Postings read out once into arrays with BM25 weights: a left clause is then scored by a few array walks,
        // which is what keeps a 500 × 500 pair in tens of milliseconds (a Lucene query per clause costs more to set
        // up than to run on so small an index). Terms the right document lacks simply are not found.
        var postings = ReadPostings(reader, clauseOf.Length);
        return new RightIndex(directory, reader, clauseOf, language, profile, postings);
    }

    /// <summary>The weighted terms of a left clause that the right document has (keys of <see cref="RightIndex.Postings"/>).</summary>
    private static Dictionary<Posting, float> QueryFor(ClauseQuery terms, RightIndex right)
    {
        var query = new Dictionary<Posting, float>(ReferenceEqualityComparer.Instance);
        foreach (var concept in terms.Concepts)
        {
            Add(ConceptField, concept, ConceptBoost);
        }

        foreach (var keyword in terms.Keywords)
        {
            Add(KeywordField, keyword, KeywordBoost);
        }

        var added = 0;
        foreach (var term in terms.Text)
        {
            if (added < terms.MaxText && right.Has(TextField, term))
            {
                Add(TextField, term, terms.TextBoost);
                added++;
            }
        }

        return query;

        // A term counts once per clause, with the highest weight it was asked with.
        void Add(string field, string term, float boost)
        {
            if (right.Postings[field].TryGetValue(term, out var posting) && (!query.TryGetValue(posting, out var b) || b < boost))
            {
                query[posting] = boost;
            }
        }
    }

    /// <summary>
    /// What a left clause asks of a right document of <paramref name="right"/>'s language and analysis profile,
    /// before looking at that document's terms: concept ids, distinctive whole tokens, and the analysed words or
    /// glosses (positions with an increment only). The same for every right document of that language.
    /// </summary>
    private ClauseQuery AnalyseQuery(Clause clause, string language, RightIndex right)
    {
        var text = clause.FullText;
        if (text.Length == 0)
        {
            return ClauseQuery.Empty;
        }

        string[] concepts = [.. _terminology.Matcher.Match(text, language).Select(m => m.ConceptId)];
        string[] keywords = [.. ProtectedSpans.Find(text).Where(Distinctive).Select(span => span.Terms[0])];
        var profile = TextProfile(language);
        if (profile == right.Profile)
        {
            return new ClauseQuery(concepts, keywords, Terms(text), TextBoost, MaxTextTerms);
        }

        if (language == "zh" && right.Language == "en")
        {
            return new ClauseQuery(concepts, keywords, Terms(string.Join(' ', ChineseWords(text).SelectMany(w => _dictionary.Glosses(w).Where(g => !g.Contains(' ', StringComparison.Ordinal)).Take(2)))), GlossBoost, MaxGlossTerms);
        }

        if (language == "en" && right.Language == "zh")
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '(', ')').ToLowerInvariant()).Where(w => w.Length >= 4).Distinct(StringComparer.Ordinal);
            return new ClauseQuery(concepts, keywords, Terms(string.Join(' ', words.SelectMany(w => _dictionary.ChineseFor(w).Take(2)))), GlossBoost, MaxGlossTerms);
        }

        return new ClauseQuery(concepts, keywords, [], 0f, 0);

        string[] Terms(string words)
            => words.Length == 0 ? [] : [.. SearchAnalyzers.Tokens(_analyzers.For(right.Profile), TextField, words).Where(t => t.PositionIncrement > 0).Select(t => t.Term)];
    }

    /// <summary>The <paramref name="k"/> best right clauses for left clause <paramref name="left"/>, best first.</summary>
    private static List<ClauseCandidate> Top(int left, float[] scores, int[] clauseOf, int k)
    {
        var best = new PriorityQueue<int, float>(k + 1);
        for (var d = 0; d < scores.Length; d++)
        {
            if (scores[d] <= 0)
            {
                continue;
            }

            best.Enqueue(d, scores[d]);
            if (best.Count > k)
            {
                best.Dequeue();
            }
        }

        var result = new List<ClauseCandidate>(best.Count);
        while (best.TryDequeue(out var d, out var score))
        {
            result.Add(new ClauseCandidate(left, clauseOf[d], SourceName, score));
        }

        result.Reverse();
        return result;
    }

    /// <summary>Postings of every term of the index with BM25 weights (k1 1.2, b 0.75), idf included.</summary>
    private static Dictionary<string, Dictionary<string, Posting>> ReadPostings(DirectoryReader reader, int documents)
    {
        var result = new Dictionary<string, Dictionary<string, Posting>>(StringComparer.Ordinal);
        foreach (var field in new[] { TextField, KeywordField, ConceptField })
        {
            var perField = new Dictionary<string, Posting>(StringComparer.Ordinal);
            result[field] = perField;
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            // Field lengths from the postings themselves (the sum of term frequencies per document).
            var raw = new List<(string Term, int[] Docs, int[] Freqs)>();
            var lengths = new float[documents];
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                var docs = new List<int>();
                var freqs = new List<int>();
                var de = e.Docs(null, null, DocsFlags.FREQS);
                while (de.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    docs.Add(de.DocID);
                    freqs.Add(de.Freq);
                    lengths[de.DocID] += de.Freq;
                }

                raw.Add((e.Term.Utf8ToString(), [.. docs], [.. freqs]));
            }

            var average = Math.Max(1f, lengths.Average());
            foreach (var (term, docs, freqs) in raw)
            {
                var idf = (float)Math.Log(1 + ((documents - docs.Length + 0.5) / (docs.Length + 0.5)));
                var weights = new float[docs.Length];
                for (var i = 0; i < docs.Length; i++)
                {
                    var tf = freqs[i];
                    weights[i] = idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * lengths[docs[i]] / average))));
                }

                perField[term] = new Posting(docs, weights);
            }
        }

        return result;
    }

    /// <summary>Whole tokens worth matching: designations, quantities, names, and numbers with a decimal part or three digits.</summary>
    private static bool Distinctive(ProtectedSpan span)
        => span.Kind != ProtectedKind.Number || span.Terms[0].Contains('.', StringComparison.Ordinal) || span.Terms[0].Length >= 3;

    /// <summary>Chinese words by forward maximum matching against CC-CEDICT headwords.</summary>
    private IEnumerable<string> ChineseWords(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!AnalysisProfiles.IsHan(text[i]))
            {
                i++;
                continue;
            }

            var length = 1;
            for (var l = Math.Min(MaxChineseWordLength, text.Length - i); l >= 2; l--)
            {
                if (_dictionary.Contains(text.Substring(i, l)))
                {
                    length = l;
                    break;
                }
            }

            if (length >= 2)
            {
                yield return text.Substring(i, length);
            }

            i += length;
        }
    }

    private static AnalysisProfile TextProfile(string language)
    {
        var profiles = AnalysisProfiles.ForLanguage(language);
        return profiles.Contains(AnalysisProfile.Bigram) ? AnalysisProfile.Bigram : profiles[0];
    }

    private sealed record RightIndex(RAMDirectory Directory, DirectoryReader Reader, int[] ClauseOf, string Language, AnalysisProfile Profile, Dictionary<string, Dictionary<string, Posting>> Postings)
    {
        public bool Has(string field, string term) => Postings[field].ContainsKey(term);

        public Posting Get(string field, string term) => Postings[field][term];
    }

    /// <summary>The documents of a term and their BM25 weights (idf included).</summary>
    private sealed record Posting(int[] Docs, float[] Weights);

    /// <summary>
    /// The analysed query of one left clause for right documents of one language and profile (see
    /// <see cref="AnalyseQuery"/>): at most <paramref name="MaxText"/> of <paramref name="Text"/> are searched,
    /// the first ones the right document has.
    /// </summary>
    private sealed record ClauseQuery(string[] Concepts, string[] Keywords, string[] Text, float TextBoost, int MaxText)
    {
        public static readonly ClauseQuery Empty = new([], [], [], 0f, 0);
    }

    /// <summary>
    /// The analysed queries of a document's clauses, per language and profile of the right document, kept while
    /// the document lives (as its profile and its own index are): comparing it again, with the same or another
    /// document of that language, analyses nothing again. Entries are filled as clauses are first queried.
    /// </summary>
    private sealed class LeftQueries
    {
        private readonly ConcurrentDictionary<(string Language, AnalysisProfile Profile), ClauseQuery?[]> _byRight = new();

        public ClauseQuery?[] For(RightIndex right, int clauses)
            => _byRight.GetOrAdd((right.Language, right.Profile), _ => new ClauseQuery?[clauses]);
    }
}
