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
    private int[] _combination = [];
    private int[] _combinationCounts = [];
    private int[] _counts = [];
    private int[] _offsets = [];
    private bool _anyMore;

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
        var values = FacetOrdinals.For(context.AtomicReader, _fields);
        _values = values;
        _combination = values.Combination;
        _combinationCounts = new int[values.CombinationCount];

        // Per-facet counts of the segment in one array: facet f counts ordinal o at _offsets[f] + o.
        _offsets = new int[values.Facets];
        var total = 0;
        for (var f = 0; f < values.Facets; f++)
        {
            _offsets[f] = total;
            total += values.Labels[f].Length;
        }

        _counts = new int[total];
        _anyMore = values.More.Any(m => m.Count > 0);
    }

    public void Collect(int doc)
    {
        _combinationCounts[_combination[doc]]++;
        if (_anyMore)
        {
            CollectMore(doc);
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> (another slice of the same search) to these.</summary>
    public void Add(FacetCollector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Flush();
        other.Flush();
        for (var f = 0; f < _fields.Length; f++)
        {
            foreach (var (key, count) in other._totals[f])
            {
                _totals[f][key] = _totals[f].GetValueOrDefault(key) + count;
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

    /// <summary>The further values of multi-valued facets.</summary>
    private void CollectMore(int doc)
    {
        var more = _values!.More;
        for (var f = 0; f < more.Length; f++)
        {
            if (more[f].Count > 0 && more[f].TryGetValue(doc, out var ords))
            {
                foreach (var o in ords)
                {
                    _counts[_offsets[f] + o]++;
                }
            }
        }
    }

    private void Flush()
    {
        if (_values is null)
        {
            return;
        }

        // Each combination's count goes to each of its values.
        var n = _values.Facets;
        var combinations = _values.Combinations;
        for (var c = 0; c < _combinationCounts.Length; c++)
        {
            var count = _combinationCounts[c];
            if (count == 0)
            {
                continue;
            }

            for (var f = 0; f < n; f++)
            {
                var ord = combinations[(c * n) + f];
                if (ord != FacetOrdinals.None)
                {
                    _counts[_offsets[f] + ord] += count;
                }
            }
        }

        for (var f = 0; f < _fields.Length; f++)
        {
            var labels = _values.Labels[f];
            for (var ord = 0; ord < labels.Length; ord++)
            {
                var count = _counts[_offsets[f] + ord];
                if (count > 0)
                {
                    _totals[f][labels[ord]] = _totals[f].GetValueOrDefault(labels[ord]) + count;
                }
            }
        }

        _values = null;
    }
}
