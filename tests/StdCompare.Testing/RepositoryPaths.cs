namespace StdCompare.Testing;

/// <summary>Where tests find the repository, the corpus and their own project folder, from wherever they run.</summary>
public static class RepositoryPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFile = "StdCompare.sln";

    private static readonly Lazy<string> LazyRoot = new(() => FindUp(SolutionFile, isFile: true)
        ?? throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}: tests must run from a build inside the repository."));

    private static readonly Lazy<string> LazyTestProject = new(() => FindUpWhere(dir => dir.EnumerateFiles("*.csproj").Any())
        ?? throw new InvalidOperationException($"No folder holding a .csproj above {AppContext.BaseDirectory}."));

    /// <summary>The repository root: the folder holding <c>StdCompare.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The corpus: <c>corpora/</c> under the root.</summary>
    public static string Corpus => Path.Combine(Root, "corpora");

    /// <summary>The corpus's standard texts.</summary>
    public static string CorpusDocuments => Path.Combine(Corpus, "documents");

    /// <summary>The corpus's gold-aligned pairs.</summary>
    public static string GoldPairs => Path.Combine(Corpus, "gold", "pairs");

    /// <summary>
    /// The folder of the running test project (the one holding its .csproj), found by walking up from the
    /// test assembly's folder (<c>bin/Release/net10.0</c>).
    /// </summary>
    public static string TestProject => LazyTestProject.Value;

    /// <summary>A file of the running test project, by a path relative to its folder (<c>Data/zh.txt</c>).</summary>
    public static string InTestProject(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return Path.Combine(TestProject, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>A file of the repository, by a path relative to its root (<c>tests/StdCompare.Ingestion.Tests/Data/x.pdf</c>).</summary>
    public static string InRepository(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }

    private static string? FindUp(string name, bool isFile)
        => FindUpWhere(dir => isFile ? File.Exists(Path.Combine(dir.FullName, name)) : Directory.Exists(Path.Combine(dir.FullName, name)));

    private static string? FindUpWhere(Func<DirectoryInfo, bool> predicate)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (predicate(dir))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
