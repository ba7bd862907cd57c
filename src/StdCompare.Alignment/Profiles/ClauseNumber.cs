using System.Globalization;

namespace StdCompare.Alignment.Profiles;

/// <summary>A clause id read as a number: <c>4.1.2</c> → [4, 1, 2]; <c>A.3</c> → annex A, [1, 3]; <c>p7</c> → paragraph [7].</summary>
/// <param name="Segments">The numeric path; an annex letter is segment 0 as its ordinal (A = 1).</param>
/// <param name="IsAnnex">True for clauses of an annex.</param>
/// <param name="IsFrontMatter">True for the foreword and the introduction.</param>
/// <param name="IsParagraph">True for the paragraphs of a text without numbered clauses.</param>
internal sealed record ClauseNumber(int[] Segments, bool IsAnnex, bool IsFrontMatter, bool IsParagraph)
{
    /// <summary>Reads a clause id.</summary>
    public static ClauseNumber Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id is Documents.Clause.ForewordId or Documents.Clause.IntroductionId)
        {
            return new ClauseNumber([], false, true, false);
        }

        if (id.Length > 1 && id[0] == 'p' && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var p))
        {
            return new ClauseNumber([p], false, false, true);
        }

        var parts = id.Split('.');
        var segments = new int[parts.Length];
        var annex = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                segments[i] = n;
            }
            else if (i == 0 && part.Length == 1 && char.IsAsciiLetterUpper(part[0]))
            {
                segments[i] = part[0] - 'A' + 1;
                annex = true;
            }
            else
            {
                segments[i] = -1;
            }
        }

        return new ClauseNumber(segments, annex, false, false);
    }

    /// <summary>Number of leading segments both numbers share (an annex never shares with the body).</summary>
    public int CommonPrefix(ClauseNumber other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsAnnex != other.IsAnnex || IsFrontMatter || other.IsFrontMatter || IsParagraph != other.IsParagraph)
        {
            return 0;
        }

        var n = 0;
        while (n < Segments.Length && n < other.Segments.Length && Segments[n] == other.Segments[n] && Segments[n] >= 0)
        {
            n++;
        }

        return n;
    }

    /// <summary>The last segment, or -1.</summary>
    public int Last => Segments.Length > 0 ? Segments[^1] : -1;
}
