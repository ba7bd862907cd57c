namespace StdCompare.Cli.Infrastructure;

/// <summary>Where StdCompare finds its corpus and models, and keeps its data.</summary>
public static class Workspace
{
    /// <summary>Environment variable naming the corpus folder.</summary>
    public const string CorpusVariable = "STDCOMPARE_CORPUS";

    /// <summary>Environment variable naming the data home (index …).</summary>
    public const string HomeVariable = "STDCOMPARE_HOME";

    /// <summary>The embedded corpus: $STDCOMPARE_CORPUS, else the <c>corpora</c> folder of the repository this program was built in or run from.</summary>
    public static string? FindCorpus()
    {
        var env = Environment.GetEnvironmentVariable(CorpusVariable);
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        }

        return FindUp(AppContext.BaseDirectory, "corpora") ?? FindUp(Directory.GetCurrentDirectory(), "corpora");
    }

    /// <summary>The repository root (the folder holding <c>StdCompare.sln</c>), or null.</summary>
    public static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StdCompare.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>$STDCOMPARE_HOME, else ~/.local/share/stdcompare.</summary>
    public static string Home()
    {
        var env = Environment.GetEnvironmentVariable(HomeVariable);
        return !string.IsNullOrEmpty(env)
            ? Path.GetFullPath(env)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "stdcompare");
    }

    private static string? FindUp(string start, string name)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
