using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using StdCompare.Alignment.Profiles;
using StdCompare.Documents;
using StdCompare.Matching;

namespace StdCompare.Alignment.Candidates;

/// <summary>
/// Candidates by BM25 over the language-independent tokens of each clause: terminology concept ids,
/// quantities in canonical units, designations and Latin tokens; within one language also word stems and
/// character bigrams, between Chinese and Japanese Han characters, and between Chinese and English the
/// CC-CEDICT glosses of the Chinese side. Tokens found in many clauses do not retrieve (bounded work).
/// </summary>
public sealed class ConceptCandidateSource : ICandidateSource
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public const double B = 0.75;

    /// <summary>Weight of Han characters and of glosses, which are noisier than concepts.</summary>
    public const double WeakTokenWeight = 0.5;

    /// <summary>Query tokens by idf, highest first, ties by token.</summary>
    private static readonly Comparison<(ulong Key, float Weight, double Idf)> RarestFirst = (x, y) => x.Idf != y.Idf ? y.Idf.CompareTo(x.Idf) : x.Key.CompareTo(y.Key);

    private readonly ClauseProfiler _profiler;
    private readonly ConditionalWeakTable<DocumentProfile, ConcurrentDictionary<(bool SameLanguage, bool Han, bool Glosses), RetrievalView>> _views = new();

    /// <summary>Creates the source over a shared profiler.</summary>
    public ConceptCandidateSource(ClauseProfiler profiler)
    {
        ArgumentNullException.ThrowIfNull(profiler);
        _profiler = profiler;
    }

    /// <inheritdoc />
    public string Name => CandidateSourceNames.Concepts;

    /// <inheritdoc />
    public IReadOnlyList<ClauseCandidate> Propose(StandardDocument left, StandardDocument right, int perClause, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = _profiler.Get(left);
        var b = _profiler.Get(right);
        if (a.Count == 0 || b.Count == 0 || perClause <= 0)
        {
            return [];
        }

        // At most perClause candidates per left clause: sized once instead of grown (a large array, for a large document).
        var result = new List<ClauseCandidate>(a.Count * Math.Min(perClause, b.Count));

        var sameLanguage = a.Language.Length > 0 && a.Language == b.Language;
        var han = a.HasHan && b.HasHan && !sameLanguage;
        var glossLeft = a.IsChinese && b.Language == "en";
        var glossRight = b.IsChinese && a.Language == "en";

        // The index over the right document: token → (clause, weighted tf); both sides' tokens are kept per document.
        var index = View(b, sameLanguage, han, glossRight).Index;
        var postings = index.Postings;
        var lengths = index.Lengths;
        var queries = View(a, sameLanguage, han, glossLeft).Tokens;
        var avg = index.AverageLength;
        var cap = PostingCap.For(b.Count);
        var scores = new double[b.Count];
        var touched = new List<int>();
        var query = new List<(ulong Key, float Weight, double Idf)>();
        var n = b.Count;
        Comparison<int> bestFirst = (x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : x.CompareTo(y);
        foreach (var c in a.Clauses)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The rarest tokens first (ties by token; tokens are distinct, so the order is strict), at most MaxQueryTokens.
            query.Clear();
            foreach (var (key, weight) in queries[c.Index])
            {
                if (postings.TryGetValue(key, out var p) && p.Count <= cap)
                {
                    query.Add((key, weight, Idf(n, p.Count)));
                }
            }

            query.Sort(RarestFirst);
            for (var q = 0; q < Math.Min(query.Count, AlignmentLimits.MaxQueryTokens); q++)
            {
                var (token, weight, idf) = query[q];
                foreach (var (j, tf) in postings[token])
                {
                    if (scores[j] == 0)
                    {
                        touched.Add(j);
                    }

                    var norm = 1 - B + (B * lengths[j] / avg);
                    scores[j] += Math.Min(1.0, weight) * idf * (tf * (K1 + 1)) / (tf + (K1 * norm));
                }
            }

            // The best first, ties by clause index (a strict order); sorting the touched clauses in place is harmless, as
            // each of them is only reset below.
            touched.Sort(bestFirst);
            for (var t = 0; t < Math.Min(touched.Count, perClause); t++)
            {
                var j = touched[t];
                result.Add(new ClauseCandidate(c.Index, j, Name, scores[j]));
            }

            foreach (var j in touched)
            {
                scores[j] = 0;
            }

            touched.Clear();
        }

        return result;
    }

    private static double Idf(int n, int df) => Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));

    /// <summary>A document's retrieval tokens for one combination of token kinds, kept while its profile lives (it is the same for every document it is compared with).</summary>
    private RetrievalView View(DocumentProfile document, bool sameLanguage, bool han, bool glosses)
        => _views.GetValue(document, _ => new()).GetOrAdd((sameLanguage, han, glosses), key => new RetrievalView(document, key.SameLanguage, key.Han, key.Glosses));

    /// <summary>The retrieval tokens of a clause for this pair of languages, with weights.</summary>
    private static Dictionary<ulong, float> Tokens(ClauseProfile c, bool sameLanguage, bool han, bool glosses)
    {
        var tokens = new Dictionary<ulong, float>();
        Add(tokens, c.Independent, 1f);
        if (sameLanguage)
        {
            Add(tokens, c.Lexical, 1f);
        }

        if (han)
        {
            Add(tokens, c.Han, (float)WeakTokenWeight);
        }

        if (glosses)
        {
            Add(tokens, c.Glosses, (float)WeakTokenWeight);
        }

        return tokens;
    }

    private static void Add(Dictionary<ulong, float> tokens, TokenBag bag, float weight)
    {
        for (var k = 0; k < bag.Count; k++)
        {
            tokens[bag.Ids[k]] = tokens.GetValueOrDefault(bag.Ids[k]) + (bag.Counts[k] * weight);
        }
    }

    /// <summary>The retrieval tokens of every clause of a document (in the order <see cref="Tokens"/> gives them) and, built on first use, the index over them.</summary>
    private sealed class RetrievalView
    {
        private readonly Lazy<RetrievalIndex> _index;

        public RetrievalView(DocumentProfile document, bool sameLanguage, bool han, bool glosses)
        {
            Tokens = Array.ConvertAll(document.Clauses, c => Tokens(c, sameLanguage, han, glosses).ToArray());
            _index = new Lazy<RetrievalIndex>(() => new RetrievalIndex(Tokens), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>Per clause, its tokens and weights.</summary>
        public KeyValuePair<ulong, float>[][] Tokens { get; }

        /// <summary>The index: token → (clause, weighted tf), and clause lengths.</summary>
        public RetrievalIndex Index => _index.Value;
    }

    /// <summary>Postings of the retrieval tokens of a document's clauses.</summary>
    private sealed class RetrievalIndex
    {
        public RetrievalIndex(KeyValuePair<ulong, float>[][] tokens)
        {
            Lengths = new float[tokens.Length];
            for (var j = 0; j < tokens.Length; j++)
            {
                foreach (var (token, tf) in tokens[j])
                {
                    if (!Postings.TryGetValue(token, out var list))
                    {
                        Postings[token] = list = [];
                    }

                    list.Add((j, tf));
                    Lengths[j] += tf;
                }
            }

            AverageLength = Math.Max(1e-3, Lengths.Average());
        }

        public Dictionary<ulong, List<(int Clause, float Tf)>> Postings { get; } = [];

        public float[] Lengths { get; }

        public double AverageLength { get; }
    }
}
