namespace StdCompare.Benchmarks.Search;

/// <summary>Retrieval and latency measures.</summary>
public static class Metrics
{
    /// <summary>nDCG@k with gains 2^grade − 1 over the ideal ordering of all judged clauses.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k = 10)
    {
        double Dcg(IEnumerable<int> g) => g.Take(k).Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(grades.Values.OrderByDescending(g => g));
        return ideal == 0 ? 0 : Dcg(ranked.Select(r => grades.GetValueOrDefault(r))) / ideal;
    }

    /// <summary>Capped recall@k of grade-2 clauses: found in the top k / min(k, grade-2 clauses).</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k = 10)
    {
        var relevant = grades.Count(g => g.Value >= 2);
        if (relevant == 0)
        {
            relevant = grades.Count;
        }

        var threshold = grades.Any(g => g.Value >= 2) ? 2 : 1;
        var found = ranked.Take(k).Count(r => grades.GetValueOrDefault(r) >= threshold);
        return relevant == 0 ? 0 : found / (double)Math.Min(k, relevant);
    }

    /// <summary>The p-th percentile (nearest rank) of <paramref name="values"/>.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.OrderBy(v => v).ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
