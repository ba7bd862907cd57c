using System.Globalization;
using System.Text;

namespace StdCompare.Testing;

/// <summary>
/// Golden-file assertions: output is compared, after <see cref="Scrubber"/>, with a file under the test
/// project's <c>Expectations/</c> folder. Expectations are rewritten only when
/// <c>STDCOMPARE_UPDATE_GOLDEN=1</c> (see <c>scripts/update-golden</c>); otherwise a difference fails the
/// test and the output is left beside the expectation as <c>NAME.received.EXT</c> for diffing.
/// </summary>
public static class Golden
{
    /// <summary>Environment variable that turns comparison into rewriting.</summary>
    public const string UpdateVariable = "STDCOMPARE_UPDATE_GOLDEN";

    /// <summary>Lines of context shown around the first difference.</summary>
    public const int ContextLines = 3;

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>True when this run rewrites expectation files.</summary>
    public static bool IsUpdating => string.Equals(Environment.GetEnvironmentVariable(UpdateVariable), "1", StringComparison.Ordinal);

    /// <summary>Asserts that <paramref name="actual"/> equals the expectation file <paramref name="expectationPath"/>.</summary>
    /// <param name="actual">The output under test.</param>
    /// <param name="expectationPath">Path relative to the test project folder, e.g. <c>Expectations/zh-sample.json</c>.</param>
    public static void Assert(string actual, string expectationPath)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expectationPath);
        var received = EndWithNewline(Scrubber.Scrub(actual));
        var path = RepositoryPaths.InTestProject(expectationPath);
        var receivedPath = ReceivedPath(path);
        if (IsUpdating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || !string.Equals(File.ReadAllText(path, Utf8NoBom), received, StringComparison.Ordinal))
            {
                File.WriteAllText(path, received, Utf8NoBom);
            }

            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(path))
        {
            File.WriteAllText(receivedPath, received, Utf8NoBom);
            throw new GoldenFileMismatchException(
                $"No expectation file {expectationPath} (in {RepositoryPaths.TestProject}). The output was written to {Path.GetFileName(receivedPath)}; " +
                "run scripts/update-golden to create the expectation, then read it before committing.");
        }

        var expected = EndWithNewline(File.ReadAllText(path, Utf8NoBom).Replace("\r\n", "\n", StringComparison.Ordinal));
        if (string.Equals(expected, received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        throw new GoldenFileMismatchException(Describe(expectationPath, expected, received, Path.GetFileName(receivedPath)));
    }

    /// <summary>The file the output is written to when it differs: <c>NAME.received.EXT</c>.</summary>
    public static string ReceivedPath(string expectationFile)
    {
        ArgumentNullException.ThrowIfNull(expectationFile);
        var dir = Path.GetDirectoryName(expectationFile) ?? "";
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(expectationFile) + ".received" + Path.GetExtension(expectationFile));
    }

    private static string EndWithNewline(string s) => s.EndsWith('\n') ? s : s + "\n";

    private static string Describe(string name, string expected, string received, string receivedName)
    {
        var e = expected.Split('\n');
        var r = received.Split('\n');
        var first = 0;
        while (first < e.Length && first < r.Length && string.Equals(e[first], r[first], StringComparison.Ordinal))
        {
            first++;
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Output differs from {name} at line {first + 1} ({e.Length} expected lines, {r.Length} received). ");
        sb.Append(CultureInfo.InvariantCulture, $"The output was written to {receivedName}; if the change is intended, run scripts/update-golden and review the diff.\n");
        sb.Append("--- expected\n");
        Window(sb, e, first);
        sb.Append("+++ received\n");
        Window(sb, r, first);
        return sb.ToString();
    }

    private static void Window(StringBuilder sb, string[] lines, int at)
    {
        for (var i = Math.Max(0, at - ContextLines); i < Math.Min(lines.Length, at + ContextLines + 1); i++)
        {
            sb.Append(i == at ? "> " : "  ").Append((i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(5)).Append(": ").Append(lines[i]).Append('\n');
        }
    }
}
