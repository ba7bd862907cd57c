using StdCompare.Documents;
using StdCompare.Testing;

namespace StdCompare.Ingestion.Tests;

/// <summary>The fixture files under <c>Data/</c>, read as a user would name them.</summary>
internal static class Fixtures
{
    /// <summary>The full path of a fixture.</summary>
    public static string PathOf(string name) => RepositoryPaths.InTestProject("Data/" + name);

    /// <summary>Reads a fixture; messages and the document's source name it <c>Data/NAME</c>.</summary>
    public static ReadResult Read(string name) => DocumentReader.Read(PathOf(name), "Data/" + name);

    /// <summary>Reads a fixture that must be readable.</summary>
    public static StandardDocument ReadDocument(string name)
    {
        var result = Read(name);
        Assert.True(result.Document is not null, $"{name} should be read: {string.Join("; ", result.Diagnostics)}");
        return result.Document!;
    }

    /// <summary>The clause ids of a document, in order.</summary>
    public static string[] Ids(StandardDocument document) => [.. document.Clauses.Select(c => c.Id)];
}
