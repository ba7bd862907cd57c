using StdCompare.Documents;

namespace StdCompare.Alignment.Tests;

/// <summary>Moves, splits and merges made by hand on a corpus text: the aligner finds crossing, one-to-many and many-to-one links.</summary>
[Collection(CorpusCollection.Name)]
public sealed class SyntheticAlignmentTests(CorpusFixture corpus)
{
    [Fact]
    public void Moved_clauses_are_linked_across_document_order()
    {
        // Given ISO 9001 and a copy in which the texts of 7.1.2 and 7.1.5 changed places (numbers kept).
        var left = corpus.Document("en/iso-9001-2015.txt");
        var a = Index(left, "7.1.2");
        var b = Index(left, "7.1.5");
        var clauses = left.Clauses.ToArray();
        (clauses[a], clauses[b]) = (clauses[b] with { Id = clauses[a].Id }, clauses[a] with { Id = clauses[b].Id });
        var right = Synthetic.With(left, clauses, "ISO 9001 (moved)");

        // When aligned.
        var pairs = corpus.Aligner.Align(left, right).ClausePairs();

        // Then each moved text is linked to where it went, and not to the clause that now has its number.
        Assert.Contains(("7.1.2", "7.1.5"), pairs);
        Assert.Contains(("7.1.5", "7.1.2"), pairs);
        Assert.DoesNotContain(("7.1.2", "7.1.2"), pairs);
        Assert.DoesNotContain(("7.1.5", "7.1.5"), pairs);
    }

    [Fact]
    public void A_split_clause_is_linked_to_both_parts()
    {
        // Given a clause whose text is cut in two clauses (the second appended as a new last sibling).
        var left = corpus.Document("en/iso-9001-2015.txt");
        var (clauses, id, first, second) = Split(left);
        var right = Synthetic.With(left, clauses, "ISO 9001 (split)");

        var pairs = corpus.Aligner.Align(left, right).ClausePairs();

        Assert.Contains((id, first), pairs);
        Assert.Contains((id, second), pairs);
    }

    [Fact]
    public void Merged_clauses_are_both_linked_to_the_merged_clause()
    {
        // Given two sibling clauses whose texts are joined in the first, the second removed.
        var left = corpus.Document("en/iso-9001-2015.txt");
        var a = Index(left, "8.5.3");
        var b = Index(left, "8.5.4");
        var clauses = left.Clauses.ToList();
        clauses[a] = clauses[a] with { Text = clauses[a].Text + "\n" + clauses[b].Heading + ". " + clauses[b].Text };
        clauses.RemoveAt(b);
        var right = Synthetic.With(left, clauses, "ISO 9001 (merged)");

        var pairs = corpus.Aligner.Align(left, right).ClausePairs();

        Assert.Contains(("8.5.3", "8.5.3"), pairs);
        Assert.Contains(("8.5.4", "8.5.3"), pairs);
    }

    [Fact]
    public void A_reordered_translation_keeps_its_links()
    {
        // Given GB/T 19001 (zh) against ISO 9001 (en) whose chapters 9 and 10 changed places and were renumbered.
        var left = corpus.Document("zh/gb-t-19001-2016.txt");
        var original = corpus.Document("en/iso-9001-2015.txt");
        var nine = original.Clauses.Where(c => c.Id == "9" || c.Id.StartsWith("9.", StringComparison.Ordinal)).ToArray();
        var ten = original.Clauses.Where(c => c.Id == "10" || c.Id.StartsWith("10.", StringComparison.Ordinal)).ToArray();
        var rest = original.Clauses.Except(nine).Except(ten).ToList();
        var at = rest.FindIndex(c => c.Id.StartsWith('A'));
        at = at < 0 ? rest.Count : at;
        var renumbered = ten.Select(c => c with { Id = "9" + c.Id[2..] }).Concat(nine.Select(c => c with { Id = "10" + c.Id[1..] }));
        rest.InsertRange(at, renumbered);
        var right = Synthetic.With(original, rest, "ISO 9001 (chapters swapped)");

        var pairs = corpus.Aligner.Align(left, right).ClausePairs();
        var expected = corpus.Cases.Single(c => c.Gold.Id == "gb-t-19001-2016--iso-9001-2015").Gold.ClausePairs()
            .Select(p => (p.Left, Rename(p.Right)))
            .ToHashSet();

        var found = expected.Count(pairs.Contains);
        Assert.True(found >= 0.85 * expected.Count, $"{found} of {expected.Count} links found after the move");
        Assert.Contains(("9.1", "10.1"), pairs);
        Assert.Contains(("10.2", "9.2"), pairs);
    }

    private static string Rename(string id)
        => id == "9" || id.StartsWith("9.", StringComparison.Ordinal) ? "10" + id[1..]
            : id == "10" || id.StartsWith("10.", StringComparison.Ordinal) ? "9" + id[2..]
            : id;

    private static int Index(StandardDocument document, string id)
    {
        var index = document.Clauses.IndexOf(document.GetRequiredClause(id));
        Assert.True(index >= 0);
        return index;
    }

    /// <summary>Splits 8.5.1 after its first sentence, appending the rest as a new last sibling of 8.5.</summary>
    private static (List<Clause> Clauses, string Id, string First, string Second) Split(StandardDocument document)
    {
        var clauses = document.Clauses.ToList();
        var index = Index(document, "8.5.1");
        var clause = clauses[index];
        var text = clause.Text;
        var cut = text.IndexOf(". ", StringComparison.Ordinal);
        Assert.True(cut > 0, "8.5.1 has a sentence to split at");
        clauses[index] = clause with { Text = text[..(cut + 1)] };
        var lastSibling = clauses.FindLastIndex(c => c.Id.StartsWith("8.5.", StringComparison.Ordinal) && c.Level == 3);
        var newId = "8.5." + (int.Parse(clauses[lastSibling].Id.Split('.')[2], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        clauses.Insert(lastSibling + 1, clause with { Id = newId, Heading = "", Text = text[(cut + 1)..].Trim() });
        return (clauses, "8.5.1", "8.5.1", newId);
    }
}
