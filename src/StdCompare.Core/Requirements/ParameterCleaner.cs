using System.Text.RegularExpressions;

namespace StdCompare.Requirements;

/// <summary>Trims the words around a parameter name that are not part of it ("the … shall be", "应", "은").</summary>
internal static partial class ParameterCleaner
{
    public static string Clean(string phrase)
    {
        var s = phrase.Trim();
        for (var i = 0; i < 6; i++)
        {
            var before = s;
            s = Trailing().Replace(s, "").Trim();
            s = Leading().Replace(s, "").Trim();
            s = s.Trim(' ', ':', '：', ',', '，', '—', '-', '·', '"', '“', '”', '«', '»', '\t');
            if (string.Equals(before, s, StringComparison.Ordinal))
            {
                break;
            }
        }

        return s;
    }

    [GeneratedRegex(@"(?:\s(?:shall|must|should|is|are|be|to|of|in|with|has|have|the|a|an|was|were|than|value|level)|应为|应|须|必须|均|的|为|應|должна|должно|должен|должны|быть|составляет|составлять|не|은|는|이|가|을|를|의|은\s|으로|로|は|が|を|の|で|とする|であること|нь|байна|байх|ёстой|бол|là|phải|không|ต้อง|มี|\s)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(?:[a-zа-я]\)|\d+\)|——|—|•|–|-|\*|(?:the|a|an|and|or|и|или|及|和|与|or)\s)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Leading();
}
