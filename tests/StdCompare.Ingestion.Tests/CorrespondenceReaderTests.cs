using StdCompare.Diagnostics;
using StdCompare.Ingestion.Corpus;
using StdCompare.Ingestion.Reference;
using StdCompare.Testing;

namespace StdCompare.Ingestion.Tests;

public sealed class CorrespondenceReaderTests
{
    [Fact]
    public void The_corpus_table_reads_without_a_diagnostic_and_every_row_names_two_bodies()
    {
        var layout = new CorpusLayout(RepositoryPaths.Corpus);
        var diagnostics = new List<Diagnostic>();

        var rows = CorrespondenceReader.Read(layout.Correspondences, diagnostics);

        Assert.Empty(diagnostics);
        Assert.True(rows.Count >= 50, $"{rows.Count} rows");
        Assert.All(rows, r => Assert.NotEqual(Designations.StandardId.Parse(r.Left).Body, Designations.StandardId.Parse(r.Right).Body));
    }

    [Fact]
    public void The_corpus_correspondences_add_the_catalogue_adoptions()
    {
        var layout = new CorpusLayout(RepositoryPaths.Corpus);
        var diagnostics = new List<Diagnostic>();

        var all = CorrespondenceReader.ReadCorpus(layout, diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CXS 193", all.Canonical("GB 2762"));
        // JIS Q 9001:2015 adopts ISO 9001:2015 in the catalogue only.
        Assert.Equal("ISO 9001", all.Canonical("JIS Q 9001"));
        Assert.Contains(all.Correspondences, c => c.Basis.StartsWith("catalogue: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_line_and_skipped()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stdcompare-correspondences-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, string.Join('\n',
            "# comment",
            "left\tright\trelation\tbasis",
            "GB 2762\tCXS 193\tcounterpart\tcontaminants",
            "GB 2762\tCXS 193\tcounterpart",
            "GB 2762\tnot a standard\tcounterpart\tx",
            "GB 2760\tCXS 192\tsimilar\tadditives",
            "GB 7718\tCXS 1\tcounterpart\t ",
            "GB 7718-2011\tGB 7718\tIDT\tsame standard",
            ""));
        try
        {
            var diagnostics = new List<Diagnostic>();

            var rows = CorrespondenceReader.Read(path, diagnostics, "table.tsv");

            var row = Assert.Single(rows);
            Assert.Equal(("GB 2762", "CXS 193", "table.tsv:3"), (row.Left, row.Right, row.Basis));
            Assert.Equal([4, 5, 6, 7, 8], diagnostics.Select(d => d.Location.Line));
            Assert.All(diagnostics, d => Assert.Equal("table.tsv", d.File));
            Assert.Contains("not 4", diagnostics[0].Message, StringComparison.Ordinal);
            Assert.Contains("'not a standard'", diagnostics[1].Message, StringComparison.Ordinal);
            Assert.Contains("'similar'", diagnostics[2].Message, StringComparison.Ordinal);
            Assert.Contains("basis", diagnostics[3].Message, StringComparison.Ordinal);
            Assert.Contains("itself", diagnostics[4].Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
