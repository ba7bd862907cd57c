using System.Collections.Immutable;
using StdCompare.Diagnostics;

namespace StdCompare.Ingestion.FrontMatter;

/// <summary>
/// Reads the YAML front matter of a standard text: the subset the spec uses (<c>key: value</c>, flow lists
/// <c>[a, b]</c>, block lists of <c>- item</c>, flow maps <c>{ id: X, degree: IDT }</c>, quoted strings,
/// <c># comments</c>). Anything else is reported with its line, and the rest is still read.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>The delimiter line.</summary>
    public const string Fence = "---";

    /// <summary>Parses the lines between the fences. <paramref name="firstLine"/> is the 1-based line of the first of them.</summary>
    public static ImmutableSortedDictionary<string, FrontMatterValue> Parse(
        IReadOnlyList<string> lines, int firstLine, string file, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = ImmutableSortedDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.Ordinal);
        string? listKey = null;
        List<string>? listItems = null;
        var listLine = 0;

        void FlushList()
        {
            if (listKey is not null)
            {
                result[listKey] = new FrontMatterValue(null, [.. listItems!], null, listLine);
                listKey = null;
                listItems = null;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var lineNo = firstLine + i;
            var raw = StripComment(lines[i]).TrimEnd();
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var trimmed = raw.TrimStart();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                if (listKey is null)
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadFrontMatter, "a list item stands outside any key; it was ignored", file, new SourceLocation(lineNo)));
                    continue;
                }

                listItems!.Add(Unquote(trimmed[1..].Trim()));
                continue;
            }

            FlushList();
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || raw.Length != trimmed.Length)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadFrontMatter, $"front matter line '{Shorten(trimmed)}' is not 'key: value'; it was ignored", file, new SourceLocation(lineNo)));
                continue;
            }

            var key = trimmed[..colon].Trim();
            var value = trimmed[(colon + 1)..].Trim();
            if (value.Length == 0)
            {
                // Either empty, or a block list follows.
                listKey = key;
                listItems = [];
                listLine = lineNo;
                continue;
            }

            if (value.StartsWith('['))
            {
                if (!value.EndsWith(']'))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadFrontMatter, $"the list of '{key}' is not closed with ']'", file, new SourceLocation(lineNo)));
                    value += "]";
                }

                result[key] = new FrontMatterValue(null, SplitFlow(value[1..^1]).Select(Unquote).Where(s => s.Length > 0).ToImmutableArray(), null, lineNo);
            }
            else if (value.StartsWith('{'))
            {
                if (!value.EndsWith('}'))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadFrontMatter, $"the map of '{key}' is not closed with '}}'", file, new SourceLocation(lineNo)));
                    value += "}";
                }

                var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                foreach (var part in SplitFlow(value[1..^1]))
                {
                    var c = part.IndexOf(':', StringComparison.Ordinal);
                    if (c <= 0)
                    {
                        continue;
                    }

                    map[part[..c].Trim()] = Unquote(part[(c + 1)..].Trim());
                }

                result[key] = new FrontMatterValue(null, default, map.ToImmutable(), lineNo);
            }
            else
            {
                result[key] = new FrontMatterValue(Unquote(value), default, null, lineNo);
            }
        }

        FlushList();
        return result.ToImmutable();
    }

    private static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or ':' or '[' or ',' or '{'))
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
            {
                return line[..i];
            }
        }

        return line;
    }

    private static IEnumerable<string> SplitFlow(string inner)
    {
        var depth = 0;
        var quote = '\0';
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                yield return inner[start..i].Trim();
                start = i + 1;
            }
        }

        var last = inner[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static string Unquote(string s)
    {
        if (s.Length >= 2 && ((s[0] == '"' && s[^1] == '"') || (s[0] == '\'' && s[^1] == '\'')))
        {
            var inner = s[1..^1];
            return s[0] == '"' ? inner.Replace("\\\"", "\"", StringComparison.Ordinal) : inner.Replace("''", "'", StringComparison.Ordinal);
        }

        return s;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
