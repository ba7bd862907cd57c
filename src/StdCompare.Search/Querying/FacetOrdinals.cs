using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace StdCompare.Search.Querying;

/// <summary>
/// The facet values of every document of one segment, decoded once. The clauses of a standard share its
/// jurisdiction, language, industry and body, so a segment has few distinct combinations of first values: each
/// document holds the number of its combination (<see cref="Combination"/>), and counting a match is one read and
/// one increment, whatever the number of facets — with hundreds of thousands of matches, memory traffic is the
/// cost. Combinations are expanded into per-facet counts once per segment. Further values of multi-valued facets
/// are kept aside. Cached per segment core; dropped with the segment.
/// </summary>
internal sealed class FacetOrdinals
{
    /// <summary>Ordinal of a facet a document has no value for.</summary>
    public const ushort None = ushort.MaxValue;

    private static readonly ConditionalWeakTable<object, FacetOrdinals> Cache = new();

    private FacetOrdinals(int facets, int[] combination, int combinationCount, ushort[] combinations, Dictionary<int, int[]>[] more, string[][] labels)
    {
        Facets = facets;
        CombinationCount = combinationCount;
        Combination = combination;
        Combinations = combinations;
        More = more;
        Labels = labels;
    }

    /// <summary>Number of facets.</summary>
    public int Facets { get; }

    /// <summary>The combination of first values of each document.</summary>
    public int[] Combination { get; }

    /// <summary>Combination <c>c</c>'s first ordinal of facet <c>f</c> at <c>c * Facets + f</c> (<see cref="None"/> when none).</summary>
    public ushort[] Combinations { get; }

    /// <summary>Number of distinct combinations.</summary>
    public int CombinationCount { get; }

    /// <summary>Per facet: documents with more than one value, and their further ordinals.</summary>
    public Dictionary<int, int[]>[] More { get; }

    /// <summary>Per facet: the label of each ordinal.</summary>
    public string[][] Labels { get; }

    /// <summary>The decoded values of <paramref name="fields"/> in <paramref name="reader"/> (fields are fixed per process).</summary>
    public static FacetOrdinals For(AtomicReader reader, IReadOnlyList<string> fields)
        => Cache.GetValue(reader.CoreCacheKey, _ => Decode(reader, fields));

    private static FacetOrdinals Decode(AtomicReader reader, IReadOnlyList<string> fields)
    {
        var maxDoc = reader.MaxDoc;
        var first = new ushort[maxDoc * fields.Count];
        Array.Fill(first, None);
        var more = new Dictionary<int, int[]>[fields.Count];
        var labels = new string[fields.Count][];
        for (var f = 0; f < fields.Count; f++)
        {
            more[f] = [];
            var dv = reader.GetSortedSetDocValues(SearchFields.Facet(fields[f]));
            if (dv is null || dv.ValueCount >= None)
            {
                labels[f] = [];
                continue;
            }

            var extra = new List<int>();
            for (var doc = 0; doc < maxDoc; doc++)
            {
                dv.SetDocument(doc);
                var ord = dv.NextOrd();
                if (ord == SortedSetDocValues.NO_MORE_ORDS)
                {
                    continue;
                }

                first[(doc * fields.Count) + f] = (ushort)ord;
                extra.Clear();
                while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    extra.Add((int)ord);
                }

                if (extra.Count > 0)
                {
                    more[f][doc] = [.. extra];
                }
            }

            labels[f] = new string[dv.ValueCount];
            var bytes = new BytesRef();
            for (var o = 0; o < labels[f].Length; o++)
            {
                dv.LookupOrd(o, bytes);
                labels[f][o] = bytes.Utf8ToString();
            }
        }

        // Number the distinct combinations of first values, in order of first appearance.
        var n = fields.Count;
        var combination = new int[maxDoc];
        var ids = new Dictionary<ulong, int>();
        var combinations = new List<ushort>();
        var count = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            ulong key = 0;
            for (var f = 0; f < n; f++)
            {
                key = (key * 65536) + first[(doc * n) + f];
            }

            if (n > 4 || !ids.TryGetValue(key, out var id))
            {
                id = count++;
                if (n <= 4)
                {
                    ids[key] = id;
                }

                combinations.AddRange(first.AsSpan(doc * n, n));
            }

            combination[doc] = id;
        }

        return new FacetOrdinals(n, combination, count, [.. combinations], more, labels);
    }
}
