namespace StdCompare.Alignment.Tests;

/// <summary>A document compared with itself gives exactly the diagonal.</summary>
[Collection(CorpusCollection.Name)]
public sealed class SelfAlignmentTests(CorpusFixture corpus)
{
    [Fact]
    public void Every_corpus_document_aligned_with_itself_gives_exactly_the_diagonal()
    {
        var failures = new List<string>();
        foreach (var document in corpus.Documents)
        {
            var alignment = corpus.Aligner.Align(document, document);
            var pairs = alignment.ClausePairs();
            var diagonal = document.Clauses.Select(c => (c.Id, c.Id)).ToHashSet();
            if (!pairs.SetEquals(diagonal) || !alignment.UnmatchedLeft.IsEmpty || !alignment.UnmatchedRight.IsEmpty)
            {
                failures.Add($"{document.Id}: {pairs.Count(diagonal.Contains)}/{diagonal.Count} diagonal, extra {string.Join(' ', pairs.Where(p => !diagonal.Contains(p)).Take(5))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void A_document_compared_with_itself_is_identical()
    {
        var document = corpus.Document("en/iso-9001-2015.txt");
        var alignment = corpus.Aligner.Align(document, document);
        Assert.Equal(StdCompare.Documents.Degree.IDT, alignment.Degree.Value);
        Assert.Equal(1.0, alignment.Degree.Coverage);
        Assert.All(alignment.Links, l => Assert.Equal(LinkRelation.Equivalent, l.Relation));
    }
}
