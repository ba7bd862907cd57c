using System.Globalization;
using StdCompare.Testing;

namespace StdCompare.Search.Tests;

/// <summary>A corpus of one small standard and the real terminology base, and user documents to index, in a temporary folder.</summary>
internal static class MiniCorpus
{
    /// <summary>Writes the corpus under <paramref name="tmp"/> and returns its root.</summary>
    public static string Write(TempDirectory tmp)
    {
        var root = tmp.File("corpora");
        Directory.CreateDirectory(Path.Combine(root, "documents", "en"));
        Directory.CreateDirectory(Path.Combine(root, "terminology"));
        File.WriteAllText(Path.Combine(root, "README.md"), "mini corpus for tests\n");
        foreach (var tsv in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "terminology"), "*.tsv"))
        {
            File.Copy(tsv, Path.Combine(root, "terminology", Path.GetFileName(tsv)));
        }

        File.WriteAllText(Path.Combine(root, "documents", "en", "tst-9000-2020.txt"), Text("TST 9000-2020", "Dried ginseng", "Pesticide residues shall not exceed 0.1 mg/kg."));
        return root;
    }

    /// <summary>Writes <paramref name="count"/> user documents into a new folder and returns their designations in file order.</summary>
    public static (string Folder, List<string> Ids) UserDocuments(TempDirectory tmp, string name, int count)
    {
        var folder = tmp.File(name);
        Directory.CreateDirectory(folder);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"TST-{name} {1000 + i}-2020");
            ids.Add(id);
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"doc-{i:D4}.txt")), Text(id, $"Test product {name} {i}", $"Lead shall not exceed 0.{1 + (i % 9)} mg/kg. Moisture shall not exceed 12 %."));
        }

        return (folder, ids);
    }

    /// <summary>The environment of a child process using this corpus and index home.</summary>
    public static Dictionary<string, string> Environment(string corpus, TempDirectory tmp) => new(StringComparer.Ordinal)
    {
        ["STDCOMPARE_CORPUS"] = corpus,
        ["STDCOMPARE_HOME"] = tmp.File("home"),
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    private static string Text(string id, string title, string requirement) =>
        $"---\nid: {id}\ntitle: {title}\nlanguage: en\njurisdiction: INT\nbody: TST\nkind: recommended\nindustries: [ginseng]\npublished: 2020-01-01\nprovenance: sample\n---\n" +
        $"{id}\n{title}\n\n1 Scope\nThis standard specifies requirements for {title.ToLowerInvariant()}.\n\n2 Requirements\n{requirement}\n\n3 Marking\nEach package shall be labelled with the name of the product.\n";
}
