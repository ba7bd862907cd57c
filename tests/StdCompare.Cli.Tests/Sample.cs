using StdCompare.Testing;

namespace StdCompare.Cli.Tests;

/// <summary>The fixture document of the CLI tests, named as a user in the repository root would name it.</summary>
internal static class Sample
{
    /// <summary>Path relative to the repository root (the CLI runs there).</summary>
    public const string RelativePath = "tests/StdCompare.Cli.Tests/Data/iso-99008-2024.txt";

    /// <summary>Full path.</summary>
    public static string FullPath => RepositoryPaths.InRepository(RelativePath);
}
