using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace StdCompare.Search.Querying;

/// <summary>
/// The facet values of every document of one segment, decoded once into one interleaved array: slot
/// <c>doc * F + f</c> holds the ordinal of facet <c>f</c> (its first value for a multi-valued facet), so that
/// counting a match reads one cache line instead of one doc-values lookup per facet — with hundreds of thousands
/// of matches, memory latency is the cost. Further values of multi-valued facets are kept aside. Cached per
/// segment core; dropped with the segment.
/// </summary>
internal sealed class FacetOrdinals
{
    /// <summary>Slot value of a document without a value.</summary>
    public const ushort None = ushort.MaxValue;

    private static readonly ConditionalWeakTable<object, FacetOrdinals> Cache = new();

    private FacetOrdinals(int facets, ushort[] first, Dictionary<int, int[]>[] more, string[][] labels)
    {
        Facets = facets;
        First = first;
        More = more;
        Labels = labels;
    }

    /// <summary>Number of facets.</summary>
    public int Facets { get; }

    /// <summary>First ordinal of each facet of each document (<see cref="None"/> when none).</summary>
    public ushort[] First { get; }

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

        return new FacetOrdinals(fields.Count, first, more, labels);
    }
}
