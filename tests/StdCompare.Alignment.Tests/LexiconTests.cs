using System.Collections.Immutable;
using StdCompare.Alignment.Candidates;
using StdCompare.Alignment.Features;
using StdCompare.Alignment.Lexicon;
using StdCompare.Alignment.Model;

namespace StdCompare.Alignment.Tests;

/// <summary>The translation lexicon learned from gold links, and the features that read it.</summary>
[Collection(CorpusCollection.Name)]
public sealed class LexiconTests(CorpusFixture corpus)
{
    // Two Chinese ⟷ Mongolian documents whose clauses 1, 2 and 3 say "camel" and "brake" in turn; words no dictionary of the corpus knows.
    private static readonly Documents.StandardDocument Chinese = Synthetic.Document("zh-doc", "zh",
        ("1", "骆驼乳", "骆驼乳的颜色"), ("2", "制动液", "制动液的沸点"), ("3", "骆驼乳", "骆驼乳的气味"), ("4", "制动液", "制动液的粘度"));

    private static readonly Documents.StandardDocument Mongolian = Synthetic.Document("mn-doc", "mn",
        ("1", "Тэмээний сүү", "Тэмээний сүүний өнгө"), ("2", "Тоормосны шингэн", "Тоормосны шингэний буцлах цэг"),
        ("3", "Тэмээний сүү", "Тэмээний сүүний үнэр"), ("4", "Тоормосны шингэн", "Тоормосны шингэний зуурамтгай"));

    [Fact]
    public void Words_of_linked_clauses_become_translations_in_both_directions()
    {
        var lexicon = Learn();
        Assert.Equal(new[] { "mn>zh", "zh>mn" }, lexicon.Directions.ToArray());
        Assert.True(lexicon.EntryCount("zh>mn") > 0);
        Assert.Null(lexicon.Get("zh", "zh"));
        Assert.Null(lexicon.Get("zh", "ko"));
    }

    [Fact]
    public void Terms_of_the_terminology_base_teach_the_words_they_share_without_any_link()
    {
        // "camel" recurs in two concepts, "milk" in two: each word is learned from the terms, not from a whole term.
        var terms = new Terminology.TerminologyBase(
        [
            Concept("t.camel-milk", ("zh", "骆驼乳"), ("mn", "тэмээний сүү")),
            Concept("t.camel-wool", ("zh", "骆驼毛"), ("mn", "тэмээний ноос")),
            Concept("t.cow-milk", ("zh", "牛乳"), ("mn", "үхрийн сүү")),
            Concept("t.brake-fluid", ("zh", "制动液"), ("en", "brake fluid")),
        ]);
        var lexicon = LexiconLearner.Learn([], TermSegments.From(terms));
        IReadOnlyDictionary<ulong, ulong[]> zhToMn = lexicon.Get("zh", "mn")!;
        var camel = Assert.Contains(Text.TokenHash.Of(Text.TokenViews.Bigram, '骆', '驼'), zhToMn);
        Assert.Contains(Text.TokenHash.Of(Text.TokenViews.Word, "тэмээ"), camel);
        Assert.DoesNotContain(Text.TokenHash.Of(Text.TokenViews.Word, "ноос"), camel);
        Assert.Equal(0, lexicon.LinkCount("zh>mn"));

        // A word pair seen in one concept only is chance, as it is in one link.
        Assert.Null(lexicon.Get("en", "zh"));
    }

    private static Terminology.TermConcept Concept(string id, params (string Language, string Term)[] terms)
        => new(id, "test", terms.ToImmutableSortedDictionary(t => t.Language, t => ImmutableArray.Create(t.Term), StringComparer.Ordinal), "");

    [Fact]
    public void The_features_favour_the_clause_that_uses_the_translated_words()
    {
        var lexicon = Learn();
        var data = Data();
        LexiconFeatures.Fill(data, lexicon);
        var same = data.Content.Row(data.Candidates.IndexOf(0, 0))[LexiconFeatures.Offset..].ToArray();
        var other = data.Content.Row(data.Candidates.IndexOf(0, 1))[LexiconFeatures.Offset..].ToArray();
        Assert.True(same[0] > other[0], $"{same[0]} vs {other[0]}");
        Assert.True(same[1] > other[1], $"{same[1]} vs {other[1]}");
        Assert.True(same[2] > other[2], $"{same[2]} vs {other[2]}");
    }

    [Fact]
    public void Without_an_entry_for_the_languages_the_features_do_not_apply()
    {
        var data = Data();
        LexiconFeatures.Fill(data, TranslationLexicon.Empty);
        for (var k = 0; k < data.Candidates.Count; k++)
        {
            Assert.All(data.Content.Row(k)[LexiconFeatures.Offset..].ToArray(), v => Assert.Equal(-1f, v));
        }
    }

    [Fact]
    public void A_lexicon_is_written_the_same_way_and_read_back()
    {
        var lexicon = Learn();
        using var a = new MemoryStream();
        lexicon.Write(a);
        var copy = TranslationLexicon.Read(new MemoryStream(a.ToArray()));
        using var b = new MemoryStream();
        copy.Write(b);
        Assert.Equal(a.ToArray(), b.ToArray());
        using var c = new MemoryStream();
        Learn().Write(c);
        Assert.Equal(a.ToArray(), c.ToArray());
        Assert.Throws<InvalidDataException>(() => TranslationLexicon.Read(new MemoryStream(a.ToArray()[..(a.ToArray().Length / 2)])));
    }

    [Fact]
    public void The_committed_model_carries_a_lexicon_of_its_training_language_pairs()
    {
        Assert.Contains("zh>mn", corpus.Model.Lexicon.Directions);
        Assert.Contains("en>zh", corpus.Model.Lexicon.Directions);
        Assert.DoesNotContain(corpus.Model.Lexicon.Directions, d => d.Split('>')[0] == d.Split('>')[1]);
    }

    private TranslationLexicon Learn()
    {
        var links = new[] { (0, 0), (1, 1), (2, 2), (3, 3) };
        return LexiconLearner.Learn([new LexiconLearner.LinkedPair(corpus.Profiler.Get(Chinese), corpus.Profiler.Get(Mongolian), links)]);
    }

    private PairData Data()
    {
        var ctx = new PairContext(corpus.Profiler.Get(Chinese), corpus.Profiler.Get(Mongolian));
        var candidates = new CandidateSet([(0, 0), (0, 1), (1, 0), (1, 1)], 4, 4);
        var content = new FeatureMatrix(candidates.Count, PairFeatures.ContentCount);
        for (var k = 0; k < candidates.Count; k++)
        {
            ContentFeatures.Compute(ctx, candidates.Pairs[k].Left, candidates.Pairs[k].Right, content.Row(k));
        }

        return new PairData(ctx, candidates, content);
    }
}
