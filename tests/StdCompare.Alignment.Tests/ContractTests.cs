using System.Text.Json;
using StdCompare.Contracts;

namespace StdCompare.Alignment.Tests;

/// <summary>The JSON of a comparison has exactly the field names of docs/compare-json.md.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ContractTests(CorpusFixture corpus)
{
    [Fact]
    public void The_result_has_the_fields_of_the_specification()
    {
        var c = corpus.Cases.Single(x => x.Gold.Id == "gb-t-19001-2016--iso-9001-2015");
        using var json = JsonDocument.Parse(ContractJson.Serialize(corpus.Aligner.Align(c.Left, c.Right).ToContract()));
        var root = json.RootElement;

        Assert.Equal(
            new[] { "schema", "left", "right", "links", "unmatched", "degree", "differences", "barriers", "provenance" },
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("stdcompare.compare/1", root.GetProperty("schema").GetString());
        Assert.Equal(new[] { "id", "title", "language", "clauseCount" }, root.GetProperty("left").EnumerateObject().Select(p => p.Name));
        Assert.Equal("GB/T 19001-2016", root.GetProperty("left").GetProperty("id").GetString());
        Assert.Equal("en", root.GetProperty("right").GetProperty("language").GetString());

        var link = root.GetProperty("links")[0];
        Assert.Equal(new[] { "left", "right", "score", "relation" }, link.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, link.GetProperty("left").ValueKind);
        Assert.InRange(link.GetProperty("score").GetDouble(), 0, 1);
        Assert.Contains(link.GetProperty("relation").GetString(), new[] { "equivalent", "modified", "related" });

        Assert.Equal(new[] { "left", "right" }, root.GetProperty("unmatched").EnumerateObject().Select(p => p.Name));
        var degree = root.GetProperty("degree");
        Assert.Equal(new[] { "value", "confidence", "coverage", "reasons" }, degree.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Contains(degree.GetProperty("value").GetString(), new[] { "IDT", "MOD", "NEQ" });
        Assert.Equal(0, root.GetProperty("differences").GetArrayLength());
        Assert.Equal(0, root.GetProperty("barriers").GetArrayLength());
        Assert.True(root.GetProperty("provenance").GetProperty("sampleText").GetBoolean());
    }

    [Fact]
    public void A_difference_on_one_side_writes_the_other_side_as_null()
    {
        var added = new CompareDifferenceContract("added", "4.6", null, Text: "…");
        using var json = JsonDocument.Parse(ContractJson.Serialize(added));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("right").ValueKind);
        Assert.Equal("4.6", json.RootElement.GetProperty("left").GetString());
    }

    [Fact]
    public void The_declared_adoption_is_reported_beside_the_computed_degree()
    {
        var declaring = corpus.Documents.FirstOrDefault(d => d.Metadata.Adopts is { } a && corpus.Documents.Any(o => o.Id == a.Id));
        Assert.NotNull(declaring);
        var adopted = corpus.Documents.First(o => o.Id == declaring.Metadata.Adopts!.Id);
        var contract = corpus.Aligner.Align(declaring, adopted).ToContract();
        Assert.NotNull(contract.Degree.Declared);
        Assert.Equal(adopted.Id, contract.Degree.Declared.Adopts);
    }
}
