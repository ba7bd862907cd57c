using System.Text.RegularExpressions;

namespace StdCompare.Testing;

/// <summary>
/// Makes output comparable across machines and runs: absolute paths become placeholders, line ends become
/// <c>\n</c>, durations become <c>#.## s</c>.
/// </summary>
public static partial class Scrubber
{
    /// <summary>Placeholder for the repository root.</summary>
    public const string RepositoryPlaceholder = "{repo}";

    /// <summary>Placeholder for the system's temporary folder.</summary>
    public const string TempPlaceholder = "{tmp}";

    /// <summary>Scrubs <paramref name="text"/>.</summary>
    public static string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var (path, placeholder) in Paths())
        {
            // As written, and as JSON writes it (backslashes doubled on Windows).
            s = s.Replace(path.Replace("\\", "\\\\", StringComparison.Ordinal), placeholder, StringComparison.Ordinal);
            s = s.Replace(path, placeholder, StringComparison.Ordinal);
        }

        s = Duration().Replace(s, "${n}#.## s");
        return s;
    }

    /// <summary>The absolute paths to hide, longest first, without trailing separators.</summary>
    private static IEnumerable<(string Path, string Placeholder)> Paths()
    {
        var paths = new List<(string, string)>
        {
            (RepositoryPaths.Root, RepositoryPlaceholder),
            (Path.GetTempPath(), TempPlaceholder),
        };
        return paths
            .Select(p => (Path: p.Item1.TrimEnd('/', '\\'), Placeholder: p.Item2))
            .Where(p => p.Path.Length > 1)
            .OrderByDescending(p => p.Path.Length);
    }

    [GeneratedRegex(@"(?<n>\bin )\d+(?:\.\d+)? s\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Duration();
}
