using System.Text.RegularExpressions;

namespace StdCompare.Designations;

/// <summary>
/// Reads the correspondences a standard declares for the documents it refers to, the way GB/T 1.1 asks a Chinese
/// standard to list them: <c>GB/T 2423.5 环境试验 …（IEC 60068-2-27，IDT）</c> in the normative references, or
/// <c>GB/T 19000-2016《质量管理体系 基础和术语》(ISO 9000:2015, IDT)</c> in the foreword. A designation followed, within
/// one line, by a bracket that opens on a second designation and closes after its degree (IDT, MOD, NEQ) declares
/// that the two correspond.
/// </summary>
public static class DeclaredCorrespondences
{
    /// <summary>The longest title read between a designation and the bracket that names its counterpart.</summary>
    public const int MaxGap = 160;

    /// <summary>Most designations read from one text: a reference list is a few dozen; a longer run is not read further.</summary>
    public const int MaxDesignations = 256;

    private static readonly Regex OpensBracket = new(@"[（(]\s*$", RegexOptions.CultureInvariant, RegexLimits.Timeout);

    private static readonly Regex Degree = new(@"^\s*[，,;；]\s*(?<degree>IDT|MOD|NEQ)\s*[）)]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.Timeout);

    /// <summary>The correspondences declared in <paramref name="text"/>, each with <paramref name="basis"/>.</summary>
    public static List<DesignationCorrespondence> Read(string text, string basis)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DesignationCorrespondence>();
        if (!text.Contains("IDT", StringComparison.Ordinal) && !text.Contains("MOD", StringComparison.Ordinal) && !text.Contains("NEQ", StringComparison.Ordinal))
        {
            return found;
        }

        StandardId? previous = null;
        var previousEnd = 0;
        var offset = 0;
        var seen = 0;
        while (offset < text.Length && seen++ < MaxDesignations)
        {
            if (!StandardId.TryFind(text[offset..], out var id, out var index, out var length) || length <= 0)
            {
                break;
            }

            var start = offset + index;
            var end = start + length;
            if (previous is not null && start - previousEnd <= MaxGap)
            {
                var gap = text.AsSpan(previousEnd, start - previousEnd);
                var after = text.AsSpan(end, Math.Min(24, text.Length - end)).ToString();
                if (!gap.ContainsAny('\n', '\r') && OpensBracket.IsMatch(gap.ToString())
                    && Degree.Match(after) is { Success: true } m
                    && !string.Equals(previous.Key, id.Key, StringComparison.Ordinal))
                {
                    found.Add(new DesignationCorrespondence(previous.Key, id.Key, m.Groups["degree"].Value, basis));
                }
            }

            previous = id;
            previousEnd = end;
            offset = end;
        }

        return found;
    }
}
