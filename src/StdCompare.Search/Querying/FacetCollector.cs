using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StdCompare.Search.Querying;

/// <summary>
/// Counts the values of facet fields over every matching document: ordinals are counted per segment (from
/// <see cref="FacetOrdinals"/>) and resolved to strings when the segment ends.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private FacetOrdinals? _values;
    private int[][] _counts = [];
    private bool[] _hasMore = [];

    public FacetCollector(IReadOnlyList<string> fields)
    {
        _fields = [.. fields];
        _totals = [.. _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = FacetOrdinals.For(context.AtomicReader, _fields);
        _counts = [.. _values.Labels.Select(l => new int[l.Length])];
        _hasMore = [.. _values.More.Select(m => m.Count > 0)];
    }

    public void Collect(int doc)
    {
        var values = _values!;
        var first = values.First;
        var n = values.Facets;
        var slot = doc * n;
        for (var f = 0; f < n; f++)
        {
            var ord = first[slot + f];
            if (ord == FacetOrdinals.None)
            {
                continue;
            }

            _counts[f][ord]++;
            if (_hasMore[f] && values.More[f].TryGetValue(doc, out var more))
            {
                foreach (var o in more)
                {
                    _counts[f][o]++;
                }
            }
        }
    }

    /// <summary>The counts, largest first, at most <paramref name="perFacet"/> values each.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<FacetValue>> Result(int perFacet)
    {
        Flush();
        var b = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<FacetValue>>(StringComparer.Ordinal);
        for (var f = 0; f < _fields.Length; f++)
        {
            b[_fields[f]] = [.. _totals[f]
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(perFacet)
                .Select(kv => new FacetValue(kv.Key, kv.Value))];
        }

        return b.ToImmutable();
    }

    private void Flush()
    {
        if (_values is null)
        {
            return;
        }

        for (var f = 0; f < _fields.Length; f++)
        {
            var counts = _counts[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    var key = _values.Labels[f][ord];
                    _totals[f][key] = _totals[f].GetValueOrDefault(key) + counts[ord];
                }
            }
        }

        _values = null;
    }
}
