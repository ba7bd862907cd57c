using System.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion;
using StdCompare.Testing;

namespace StdCompare.Alignment.Tests;

/// <summary>Bad input gives a result or a clear message, never a hang or a crash.</summary>
[Collection(CorpusCollection.Name)]
public sealed class BadInputTests(CorpusFixture corpus)
{
    [Fact]
    public void An_empty_document_leaves_every_clause_of_the_other_unmatched()
    {
        var empty = new StandardDocument { Metadata = new StandardMetadata { Id = "EMPTY 1", Language = "en" } };
        var right = corpus.Document("en/iso-9001-2015.txt");
        var alignment = corpus.Aligner.Align(empty, right);
        Assert.Empty(alignment.Links);
        Assert.Equal(right.Clauses.Length, alignment.UnmatchedRight.Length);
        Assert.Equal(Degree.NEQ, alignment.Degree.Value);
        Assert.Contains("LEFT has no clauses", alignment.Degree.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_without_numbered_clauses_is_aligned_as_paragraphs()
    {
        using var temp = new TempDirectory();
        var iso = corpus.Document("en/iso-9001-2015.txt");
        var paragraphs = string.Join("\n\n", iso.Clauses.Where(c => c.Text.Length > 40).Take(12).Select(c => c.Text));
        var path = temp.WriteText("plain.txt", "Quality notes\n\n" + paragraphs + "\n");
        var read = DocumentReader.Read(path);
        Assert.NotNull(read.Document);
        Assert.All(read.Document.Clauses, c => Assert.StartsWith("p", c.Id, StringComparison.Ordinal));

        var self = corpus.Aligner.Align(read.Document, read.Document).ClausePairs();
        Assert.Equal(read.Document.Clauses.Select(c => (c.Id, c.Id)).ToHashSet(), self.ToHashSet());

        var against = corpus.Aligner.Align(read.Document, iso);
        Assert.NotEmpty(against.Links);
    }

    [Fact]
    public void Two_documents_in_the_same_language_are_aligned()
    {
        var c = corpus.Cases.Single(x => x.Gold.Id == "db22-t-9001-2019--gb-t-90501-2017");
        var alignment = corpus.Aligner.Align(c.Left, c.Right);
        Assert.True(Evaluation.LinkCounts.Of(alignment.ClausePairs(), c.Gold.ClausePairs()).F1 > 0.9);
    }

    [Fact]
    public void A_document_in_an_unknown_language_is_aligned_on_what_crosses_languages()
    {
        var iso = corpus.Document("en/iso-9001-2015.txt");
        var unknown = iso with { Metadata = iso.Metadata with { Language = "", Id = "UNKNOWN 1" } };
        var klingon = iso with { Metadata = iso.Metadata with { Language = "tlh", Id = "KLINGON 1" } };
        Assert.NotEmpty(corpus.Aligner.Align(unknown, iso).Links);
        Assert.NotEmpty(corpus.Aligner.Align(klingon, corpus.Document("zh/gb-t-19001-2016.txt")).Links);
    }

    [Fact]
    public void A_20000_clause_document_is_aligned_in_bounded_time_with_progress()
    {
        // 20,000 clauses: the corpus's clauses repeated under new chapter numbers.
        var source = corpus.Documents.SelectMany(d => d.Clauses).Where(c => c.Text.Length > 0).ToArray();
        var clauses = new List<Clause>(20_000);
        for (var k = 0; clauses.Count < 20_000; k++)
        {
            var chapter = (k / 50) + 1;
            clauses.Add(source[k % source.Length] with { Id = $"{chapter}.{(k % 50) + 1}", Level = 2 });
        }

        var huge = new StandardDocument { Metadata = new StandardMetadata { Id = "HUGE 1", Language = "zh", Provenance = Provenance.Synthetic }, Clauses = [.. clauses] };
        var messages = new List<string>();
        var watch = Stopwatch.StartNew();
        var alignment = corpus.Aligner.Align(huge, corpus.Document("en/iso-9001-2015.txt"), new Collect(messages));
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.NotEmpty(messages);
        Assert.Equal(20_000, alignment.UnmatchedLeft.Length + alignment.Links.Sum(l => l.Left.Length));
    }

    [Fact]
    public void Alignment_can_be_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var c = corpus.Cases[0];
        Assert.ThrowsAny<OperationCanceledException>(() => corpus.Aligner.Align(c.Left, c.Right, cancellationToken: cancel.Token));
    }

    private sealed class Collect(List<string> messages) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (messages)
            {
                messages.Add(value);
            }
        }
    }
}
