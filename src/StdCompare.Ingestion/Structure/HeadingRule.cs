namespace StdCompare.Ingestion.Structure;

/// <summary>Tells a clause heading ("4.2 感官要求") from the start of clause text ("4.2.1 人参应完整，无霉变。").</summary>
internal static class HeadingRule
{
    /// <summary>Longest heading in characters, counting a CJK character as two.</summary>
    public const int MaxHeadingWidth = 90;

    /// <summary>Most words in a heading written with spaces.</summary>
    public const int MaxHeadingWords = 14;

    public static bool IsHeading(string rest, bool markedAsHeading)
    {
        if (rest.Length == 0)
        {
            return true;
        }

        if (markedAsHeading)
        {
            return rest.Length <= 200;
        }

        var last = rest[^1];
        if (last is '。' or '.' or ';' or '；' or ':' or '：' or '!' or '！' or '?' or '？' or ',' or '，')
        {
            return false;
        }

        if (rest.AsSpan(0, rest.Length - 1).IndexOfAny("。；;") >= 0)
        {
            return false;
        }

        // "4.3.1 납 2.0 ppm 이하", "4.4 Salmonella not detected": a requirement is text, however short.
        if (Requirements.RequirementParser.Parse(rest).Length > 0)
        {
            return false;
        }

        var width = 0;
        foreach (var c in rest)
        {
            width += c >= '\u1100' ? 2 : 1;
        }

        if (width > MaxHeadingWidth)
        {
            return false;
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxHeadingWords)
        {
            return false;
        }

        // "4.3 Moisture, determined as in 6.2, shall not exceed 12 %" — a sentence with a comma.
        return !(rest.Contains('，', StringComparison.Ordinal) && width > 30) && !(rest.Contains(", ", StringComparison.Ordinal) && words > 6);
    }
}
