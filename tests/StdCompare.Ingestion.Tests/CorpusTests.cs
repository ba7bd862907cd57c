using System.Collections.Concurrent;
using System.Text.Json;
using StdCompare.Diagnostics;
using StdCompare.Testing;

namespace StdCompare.Ingestion.Tests;

/// <summary>
/// The strongest test of the parser: every corpus text reads without error, and for every gold pair the
/// clause ids read from both texts are exactly the ids the gold alignment covers (links and unmatched).
/// </summary>
public sealed class CorpusTests
{
    private static readonly ConcurrentDictionary<string, ReadResult> Cache = new(StringComparer.Ordinal);

    /// <summary>Every file under corpora/documents/ that a reader handles, relative to the corpus root.</summary>
    public static TheoryData<string> Documents
        => [.. Directory.EnumerateFiles(RepositoryPaths.CorpusDocuments, "*", SearchOption.AllDirectories)
            .Where(DocumentReader.IsSupported)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(Relative)
            .Order(StringComparer.Ordinal)];

    /// <summary>Every gold pair file, by name.</summary>
    public static TheoryData<string> GoldPairs
        => [.. Directory.EnumerateFiles(RepositoryPaths.GoldPairs, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every second annotation of a gold pair (corpora/gold/second-annotator), by name.</summary>
    public static TheoryData<string> SecondAnnotations
        => [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "gold", "second-annotator"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Corpus_should_hold_documents_and_gold_pairs()
    {
        Assert.NotEmpty(Documents);
        Assert.NotEmpty(GoldPairs);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_should_read_without_errors(string relativePath)
    {
        var result = Read(relativePath);

        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_should_read_without_warnings(string relativePath)
        => Assert.Empty(Read(relativePath).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_should_have_a_designation_language_and_clauses(string relativePath)
    {
        var document = Read(relativePath).Document;
        Assert.NotNull(document);
        Assert.NotEqual("", document.Metadata.Id);
        Assert.NotNull(document.StandardId);
        Assert.Equal(relativePath.Split('/')[1], document.Metadata.Language);
        Assert.NotEmpty(document.Clauses);
        Assert.Equal(document.Clauses.Length, document.Clauses.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(GoldPairs))]
    public void Gold_pair_should_cover_exactly_the_clauses_read_from_both_texts(string pairFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.GoldPairs, pairFile)));
        var pair = json.RootElement;
        foreach (var side in (string[])["left", "right"])
        {
            var documentPath = pair.GetProperty(side).GetString()!;
            var result = Read(documentPath);
            Assert.True(result.Document is not null, $"{side} {documentPath}: {string.Join("; ", result.Diagnostics)}");

            var gold = GoldIds(pair, side);
            var read = result.Document.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var missing = gold.Except(read).Order(StringComparer.Ordinal).ToList();
            var extra = read.Except(gold).Order(StringComparer.Ordinal).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{side} {documentPath}: gold ids not read: [{string.Join(", ", missing)}]; ids read but not in gold: [{string.Join(", ", extra)}]");
        }
    }

    [Theory]
    [MemberData(nameof(SecondAnnotations))]
    public void Second_annotation_should_be_of_a_gold_pair_and_name_every_clause_read_exactly_once(string pairFile)
    {
        using var second = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "gold", "second-annotator", pairFile)));
        var goldPath = Path.Combine(RepositoryPaths.GoldPairs, pairFile);
        Assert.True(File.Exists(goldPath), $"{pairFile}: no gold pair of that name");
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        foreach (var side in (string[])["left", "right"])
        {
            var documentPath = second.RootElement.GetProperty(side).GetString()!;
            Assert.Equal(gold.RootElement.GetProperty(side).GetString(), documentPath);
            var named = Ids(second.RootElement, side);
            var duplicates = named.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{side}: named more than once: [{string.Join(", ", duplicates)}]");
            var read = Read(documentPath).Document!.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            Assert.True(read.SetEquals(named), $"{side} {documentPath}: not read: [{string.Join(", ", named.Except(read))}]; not named: [{string.Join(", ", read.Except(named))}]");
        }
    }

    /// <summary>The clause ids a gold pair names for one side: its links and its unmatched list.</summary>
    private static HashSet<string> GoldIds(JsonElement pair, string side) => new(Ids(pair, side), StringComparer.Ordinal);

    /// <summary>Every clause id a pair file names for one side, as often as it names it.</summary>
    private static List<string> Ids(JsonElement pair, string side)
    {
        var ids = new List<string>();
        foreach (var link in pair.GetProperty("links").EnumerateArray())
        {
            ids.AddRange(link.GetProperty(side).EnumerateArray().Select(id => id.GetString()!));
        }

        if (pair.TryGetProperty("unmatched", out var unmatched) && unmatched.TryGetProperty(side, out var list))
        {
            ids.AddRange(list.EnumerateArray().Select(id => id.GetString()!));
        }

        return ids;
    }

    /// <summary>Reads a corpus file once per test run (documents are shared by several pairs and tests).</summary>
    private static ReadResult Read(string relativePath)
        => Cache.GetOrAdd(relativePath, p => DocumentReader.Read(Path.Combine(RepositoryPaths.Corpus, p.Replace('/', Path.DirectorySeparatorChar)), p));

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Corpus, path).Replace('\\', '/');
}
