using System.Collections.Frozen;
using System.Text;
using StdCompare.Search.Analysis;
using StdCompare.Terminology;

namespace StdCompare.Search.Querying;

/// <summary>
/// Prepares a user's query for the classic query syntax: designations and quantities (<c>GB/T 19001</c>,
/// <c>0.5 mg/kg</c>) and terms of several words (<c>pesticide residues</c>, <c>хүн орхоодой</c>) are quoted
/// so that they are searched whole; <c>/</c> (regular expressions) and <c>:</c> not after a field name are
/// escaped, so that pasted text is read as words.
/// </summary>
internal static class QueryPreprocessor
{
    /// <summary>Fields a user may name (<c>designation:"GB 2762"</c>, <c>concept:food.lead</c>).</summary>
    public static readonly FrozenSet<string> UserFields = new[]
    {
        SearchFields.Designation, SearchFields.Clause, SearchFields.Concepts, SearchFields.Language, SearchFields.Jurisdiction,
        SearchFields.Industry, SearchFields.IssuingBody, SearchFields.Kind, SearchFields.Ics, SearchFields.Hs,
        SearchFields.Provenance, SearchFields.Origin, SearchFields.Level,
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Operators = new[] { "AND", "OR", "NOT", "&&", "||", "TO" }.ToFrozenSet(StringComparer.Ordinal);

    public static string Prepare(string query, TerminologyBase terminology)
    {
        var pieces = SplitQuotes(query);
        if (pieces is null)
        {
            // An unclosed quote: leave the text to the parser, which says where.
            return Escape(query);
        }

        var sb = new StringBuilder(query.Length + 16);
        foreach (var (text, quoted) in pieces)
        {
            if (quoted)
            {
                sb.Append('"').Append(text).Append('"');
                continue;
            }

            var last = 0;
            foreach (var span in ProtectedSpans.Find(text))
            {
                // A span glued to syntax (field:value, +x, x~) is left to the parser.
                if (span.Start > 0 && text[span.Start - 1] is ':' or '\\')
                {
                    continue;
                }

                sb.Append(QuoteConcepts(text[last..span.Start], terminology));
                sb.Append('"').Append(text, span.Start, span.Length).Append('"');
                last = span.End;
            }

            sb.Append(QuoteConcepts(text[last..], terminology));
        }

        return sb.ToString();
    }

    /// <summary>Alternating unquoted and quoted pieces; null when a quote is not closed.</summary>
    private static List<(string Text, bool Quoted)>? SplitQuotes(string query)
    {
        var result = new List<(string, bool)>();
        var start = 0;
        var inQuote = false;
        for (var i = 0; i < query.Length; i++)
        {
            if (query[i] == '\\')
            {
                i++;
                continue;
            }

            if (query[i] == '"')
            {
                result.Add((query[start..i], inQuote));
                inQuote = !inQuote;
                start = i + 1;
            }
        }

        if (inQuote)
        {
            return null;
        }

        result.Add((query[start..], false));
        return result;
    }

    /// <summary>Quotes runs of plain words that together are one term of the terminology base; escapes the rest.</summary>
    private static string QuoteConcepts(string text, TerminologyBase terminology)
    {
        var words = text.Split(' ');
        var sb = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < words.Length)
        {
            // A run of plain words.
            var j = i;
            while (j < words.Length && IsPlain(words[j]))
            {
                j++;
            }

            if (j - i >= 2)
            {
                AppendRun(sb, words, i, j, terminology);
            }
            else if (j > i)
            {
                Append(sb, Escape(words[i]));
            }

            if (j < words.Length)
            {
                Append(sb, Escape(words[j]));
                j++;
            }

            i = j;
        }

        return sb.ToString();
    }

    private static void AppendRun(StringBuilder sb, string[] words, int from, int to, TerminologyBase terminology)
    {
        var run = string.Join(' ', words[from..to]);
        var key = TermKey.Normalize(run);
        var matches = key.Length == run.Length
            ? terminology.Matcher.Match(run, AnalysisProfiles.LanguagesOf(AnalysisProfiles.ScriptOf(run))[0])
            : [];

        // Word index of each character.
        var wordAt = new int[run.Length + 1];
        for (int c = 0, w = 0; c < run.Length; c++)
        {
            wordAt[c] = w;
            if (run[c] == ' ')
            {
                w++;
            }
        }

        var quoteStart = new Dictionary<int, int>();
        foreach (var m in matches)
        {
            var first = wordAt[m.Start];
            var last = wordAt[Math.Max(m.Start, m.Start + m.Length - 1)];
            if (last > first)
            {
                quoteStart[first] = last;
            }
        }

        for (var w = 0; w < to - from; w++)
        {
            if (quoteStart.TryGetValue(w, out var last))
            {
                Append(sb, "\"" + string.Join(' ', words[(from + w)..(from + last + 1)]) + "\"");
                w = last;
            }
            else
            {
                Append(sb, Escape(words[from + w]));
            }
        }
    }

    private static void Append(StringBuilder sb, string word)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (sb.Length > 0 && sb[^1] != ' ')
        {
            sb.Append(' ');
        }

        sb.Append(word);
    }

    /// <summary>A word with no query syntax in it and not an operator.</summary>
    private static bool IsPlain(string word)
        => word.Length > 0 && !Operators.Contains(word) && word.All(c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.DashPunctuation && c != '-');

    /// <summary>Escapes <c>/</c>, and <c>:</c> unless it follows a field a user may name.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            if (c == '/')
            {
                sb.Append("\\/");
                continue;
            }

            if (c == ':')
            {
                var start = i;
                while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '_'))
                {
                    start--;
                }

                if (!UserFields.Contains(text[start..i]))
                {
                    sb.Append("\\:");
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
