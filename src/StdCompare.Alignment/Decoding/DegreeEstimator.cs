using System.Collections.Immutable;
using System.Globalization;
using StdCompare.Designations;
using StdCompare.Documents;

namespace StdCompare.Alignment.Decoding;

/// <summary>
/// The degree of correspondence from the links (ISO/IEC Guide 21-1): <c>IDT</c> when nearly every clause
/// of both sides is linked and no link is a technical deviation; <c>NEQ</c> when much of either side is not
/// taken over; <c>MOD</c> between. Forewords and introductions, which are national, do not count.
/// </summary>
internal static class DegreeEstimator
{
    /// <summary>Least coverage of an identical adoption.</summary>
    public const double IdenticalCoverage = 0.95;

    /// <summary>Most share of modified links in an identical adoption.</summary>
    public const double IdenticalModifiedShare = 0.02;

    /// <summary>Coverage below which the adoption is not equivalent.</summary>
    public const double EquivalentCoverage = 0.75;

    /// <summary>Share of one side's clauses without counterpart above which the adoption is not equivalent.</summary>
    public const double MaxUnmatchedShare = 0.35;

    /// <summary>The degree of LEFT to RIGHT.</summary>
    public static DegreeEstimate Estimate(StandardDocument left, StandardDocument right, ImmutableArray<AlignmentLink> links, ImmutableArray<string> unmatchedLeft, ImmutableArray<string> unmatchedRight)
    {
        var declared = Declared(left, right);
        var countLeft = Counted(left.Clauses.Select(c => c.Id));
        var countRight = Counted(right.Clauses.Select(c => c.Id));
        var openLeft = Counted(unmatchedLeft);
        var openRight = Counted(unmatchedRight);
        if (countLeft == 0 || countRight == 0)
        {
            var which = countLeft == 0 ? "LEFT" : "RIGHT";
            return new DegreeEstimate(Degree.NEQ, 1.0, 0, [$"{which} has no clauses to compare"], declared);
        }

        var coverage = (countLeft - openLeft + countRight - openRight) / (double)(countLeft + countRight);
        var unmatchedShare = Math.Max(openLeft / (double)countLeft, openRight / (double)countRight);
        var modified = links.Count(l => l.Relation == LinkRelation.Modified);
        var related = links.Count(l => l.Relation == LinkRelation.Related);
        var modifiedShare = links.Length == 0 ? 1 : modified / (double)links.Length;

        Degree value;
        double margin;
        if (coverage < EquivalentCoverage || unmatchedShare > MaxUnmatchedShare)
        {
            value = Degree.NEQ;
            margin = Math.Max(EquivalentCoverage - coverage, unmatchedShare - MaxUnmatchedShare);
        }
        else if (coverage >= IdenticalCoverage && modifiedShare <= IdenticalModifiedShare)
        {
            value = Degree.IDT;
            margin = Math.Min(coverage - IdenticalCoverage, IdenticalModifiedShare - modifiedShare);
        }
        else
        {
            value = Degree.MOD;
            margin = Math.Min(coverage - EquivalentCoverage, MaxUnmatchedShare - unmatchedShare);
            if (coverage >= IdenticalCoverage)
            {
                margin = Math.Min(margin, modifiedShare - IdenticalModifiedShare);
            }
        }

        var confidence = Math.Round(0.5 + Math.Min(0.49, Math.Abs(margin) * 4), 2);
        var reasons = ImmutableArray.CreateBuilder<string>();
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{coverage:P0} of the clauses linked"));
        if (modified > 0)
        {
            reasons.Add(Count(modified, "technical deviation"));
        }

        if (related > 0)
        {
            reasons.Add(Count(related, "partial correspondence"));
        }

        if (openLeft > 0)
        {
            reasons.Add(Count(openLeft, "clause") + " added");
        }

        if (openRight > 0)
        {
            reasons.Add(Count(openRight, "clause") + " deleted");
        }

        var moved = Moved(links, right);
        if (moved > 0)
        {
            reasons.Add(Count(moved, "link") + " out of document order");
        }

        return new DegreeEstimate(value, confidence, Math.Round(coverage, 4), reasons.ToImmutable(), declared);
    }

    private static int Counted(IEnumerable<string> ids) => ids.Count(id => id is not (Clause.ForewordId or Clause.IntroductionId));

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    /// <summary>Links whose first right clause comes before the previous link's (a crossing).</summary>
    private static int Moved(ImmutableArray<AlignmentLink> links, StandardDocument right)
    {
        var rightIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < right.Clauses.Length; j++)
        {
            rightIndex.TryAdd(right.Clauses[j].Id, j);
        }

        var moved = 0;
        var last = -1;
        foreach (var link in links)
        {
            var j = link.Right.Select(id => rightIndex.GetValueOrDefault(id, -1)).Min();
            if (j < last)
            {
                moved++;
            }
            else
            {
                last = j;
            }
        }

        return moved;
    }

    private static Adoption? Declared(StandardDocument left, StandardDocument right)
    {
        if (left.Metadata.Adopts is { } a && Names(a.Id, right))
        {
            return a;
        }

        return right.Metadata.Adopts is { } b && Names(b.Id, left) ? b : null;
    }

    private static bool Names(string designation, StandardDocument document)
        => string.Equals(designation, document.Id, StringComparison.Ordinal)
            || (StandardId.TryParse(designation, out var id) && document.StandardId is { } other && id.SameStandardAs(other));
}
