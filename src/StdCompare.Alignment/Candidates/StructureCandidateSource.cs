using StdCompare.Alignment.Profiles;
using StdCompare.Documents;
using StdCompare.Matching;

namespace StdCompare.Alignment.Candidates;

/// <summary>
/// Candidates from structure: the clause with the same id, clauses whose heading has the same terminology
/// concepts, and the clauses around the proportional position. Catches counterparts that share no words.
/// </summary>
public sealed class StructureCandidateSource : ICandidateSource
{
    /// <summary>Least Dice of heading concepts for a heading candidate.</summary>
    public const double MinHeadingDice = 0.5;

    private readonly ClauseProfiler _profiler;

    /// <summary>Creates the source over a shared profiler.</summary>
    public StructureCandidateSource(ClauseProfiler profiler)
    {
        ArgumentNullException.ThrowIfNull(profiler);
        _profiler = profiler;
    }

    /// <inheritdoc />
    public string Name => CandidateSourceNames.Structure;

    /// <inheritdoc />
    public IReadOnlyList<ClauseCandidate> Propose(StandardDocument left, StandardDocument right, int perClause, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = _profiler.Get(left);
        var b = _profiler.Get(right);
        var result = new List<ClauseCandidate>();
        if (a.Count == 0 || b.Count == 0)
        {
            return result;
        }

        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byHeadingConcept = new Dictionary<ulong, List<int>>();
        foreach (var c in b.Clauses)
        {
            byId.TryAdd(c.Id, c.Index);
            foreach (var concept in c.HeadingConcepts.Ids)
            {
                if (!byHeadingConcept.TryGetValue(concept, out var list))
                {
                    byHeadingConcept[concept] = list = [];
                }

                list.Add(c.Index);
            }
        }

        var cap = PostingCap.For(b.Count);
        var shared = new Dictionary<int, int>();
        foreach (var c in a.Clauses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (byId.TryGetValue(c.Id, out var same))
            {
                result.Add(new ClauseCandidate(c.Index, same, Name, 1.0));
            }

            if (!c.HeadingConcepts.IsEmpty)
            {
                shared.Clear();
                foreach (var concept in c.HeadingConcepts.Ids)
                {
                    if (byHeadingConcept.TryGetValue(concept, out var list) && list.Count <= cap)
                    {
                        foreach (var j in list)
                        {
                            shared[j] = shared.GetValueOrDefault(j) + 1;
                        }
                    }
                }

                foreach (var (j, n) in shared.Select(kv => (kv.Key, kv.Value))
                    .Select(x => (x.Key, Dice: 2.0 * x.Value / (c.HeadingConcepts.Count + b.Clauses[x.Key].HeadingConcepts.Count)))
                    .Where(x => x.Dice >= MinHeadingDice)
                    .OrderByDescending(x => x.Dice).ThenBy(x => x.Key)
                    .Take(perClause))
                {
                    result.Add(new ClauseCandidate(c.Index, j, Name, 0.5 + (0.4 * n)));
                }
            }

            var expected = a.Count <= 1 ? 0 : (int)Math.Round(c.Index * (b.Count - 1) / (double)(a.Count - 1));
            for (var d = -AlignmentLimits.PositionWindow; d <= AlignmentLimits.PositionWindow; d++)
            {
                var j = expected + d;
                if (j >= 0 && j < b.Count)
                {
                    result.Add(new ClauseCandidate(c.Index, j, Name, 0.1 - (0.01 * Math.Abs(d))));
                }
            }
        }

        return result;
    }
}
