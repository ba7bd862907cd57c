using System.Text.RegularExpressions;

namespace StdCompare.Ingestion.Structure;

/// <summary>The line shapes of the spec, in all the corpus's languages. Lines are NFKC-normalised first.</summary>
internal static partial class LinePatterns
{
    /// <summary>Foreword headings.</summary>
    public static readonly string[] Foreword = Normalized(
    [
        "前言", "Foreword", "FOREWORD", "Preface", "Предисловие", "ПРЕДИСЛОВИЕ", "머리말", "まえがき", "Өмнөх үг", "ӨМНӨХ ҮГ",
        "Алғы сөз", "Lời nói đầu", "LỜI NÓI ĐẦU", "คำนำ", "So'z boshi", "Сўз боши", "Muqaddima",
    ]);

    /// <summary>Introduction headings.</summary>
    public static readonly string[] Introduction = Normalized(
    [
        "引言", "Introduction", "INTRODUCTION", "Введение", "ВВЕДЕНИЕ", "개요", "서문", "序文", "序論", "Удиртгал", "Оршил", "Кіріспе",
        "Giới thiệu", "Lời giới thiệu", "บทนำ", "Kirish",
    ]);

    /// <summary>Lines are compared after NFKC, so the words must be too (Thai ำ splits under NFKC).</summary>
    private static string[] Normalized(string[] words) => [.. words.Select(TextNormalizer.Normalize)];

    /// <summary>A numbered clause line: <c>4</c>, <c>4.2.1</c>, <c>4.2.</c>, <c>A.1</c>, then a space or the end of the line.</summary>
    [GeneratedRegex(@"^(?<num>(?:\d{1,3}(?:\.\d{1,3}){0,7}|[A-Z](?:\.\d{1,3}){1,7}|[А-ЯЁ](?:\.\d{1,3}){1,7}))\.?(?:[ \t]+(?<rest>.*))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Clause();

    /// <summary>An annex heading: <c>附录A（规范性）</c>, <c>Annex B (informative)</c>, <c>Приложение А</c>, <c>부속서 A</c>, <c>A ilova</c>.</summary>
    [GeneratedRegex(@"^(?:(?:附录|附錄|Annex|ANNEX|Appendix|APPENDIX|Приложение|ПРИЛОЖЕНИЕ|부속서|부록|附属書|Хавсралт|ХАВСРАЛТ|Қосымша|ҚОСЫМША|Phụ lục|PHỤ LỤC|ภาคผนวก|Ilova|Илова)\s*(?<letter>[A-ZА-ЯЁ])(?![\p{L}\p{N}.])|(?<letter>[A-Z])\s+(?:ilova|илова)\b)\s*(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Annex();

    /// <summary>A table caption: <c>表1 …</c>, <c>Table 1 — …</c>, <c>Таблица 1</c>, <c>표 1</c>, <c>Хүснэгт 1.</c>.</summary>
    [GeneratedRegex(@"^(?:表|Table|TABLE|Таблица|ТАБЛИЦА|표|Хүснэгт|ХҮСНЭГТ|Кесте|Bảng|BẢNG|ตารางที่|ตาราง|Jadval|Жадвал)\s*(?:[A-ZА-Я]\.)?\d+(?:\.\d+)*(?![\d])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex TableCaption();

    /// <summary>Cell separators: a tab, a pipe, or two or more spaces.</summary>
    [GeneratedRegex(@"\t|\s*\|\s*| {2,}", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CellSeparator();

    /// <summary>A Markdown table rule row: <c>|---|:--:|</c>.</summary>
    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex MarkdownRule();

    /// <summary>A Latin unit symbol, then a lower-case word or Han text: the start of a wrapped line ("g of the sample", "g样品").</summary>
    [GeneratedRegex(@"^(?<u>[A-Za-zµμ°%][A-Za-zµμ°%/^0-9]{0,7})(?:\s+\p{Ll}|(?=[\u4E00-\u9FFF]))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex UnitThenWord();

    /// <summary>True when a line's text after a number starts with a unit, so the number is a quantity, not a clause.</summary>
    public static bool StartsWithQuantity(string rest)
    {
        var m = UnitThenWord().Match(rest);
        return m.Success && Requirements.Units.TryGet(m.Groups["u"].Value, out _);
    }

    /// <summary>Cyrillic capitals that look like Latin ones, as used for annex letters.</summary>
    public static char LatinLookalike(char c) => c switch
    {
        'А' => 'A',
        'В' => 'B',
        'С' => 'C',
        'Е' => 'E',
        'Н' => 'H',
        'К' => 'K',
        'М' => 'M',
        'О' => 'O',
        'Р' => 'P',
        'Т' => 'T',
        'Х' => 'X',
        _ => c,
    };
}
