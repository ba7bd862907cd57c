using StdCompare.Designations;

namespace StdCompare.Core.Tests.Designations;

public sealed class DesignationCorrespondencesTests
{
    private static DesignationCorrespondence C(string left, string right, string relation = "counterpart")
        => new(left, right, relation, "test");

    [Fact]
    public void A_national_key_is_named_by_its_international_counterpart()
    {
        var table = new DesignationCorrespondences([C("GB 2762", "CXS 193")]);

        Assert.Equal("CXS 193", table.Canonical("GB 2762"));
        Assert.Equal("CXS 193", table.Canonical("CXS 193"));
    }

    [Fact]
    public void A_key_without_correspondence_names_itself()
    {
        var table = new DesignationCorrespondences([C("GB 2762", "CXS 193")]);

        Assert.Equal("GB 2760", table.Canonical("GB 2760"));
        Assert.Equal("GB 2760", DesignationCorrespondences.Empty.Canonical("GB 2760"));
    }

    [Fact]
    public void Correspondence_is_transitive()
    {
        // Two national adoptions of one ISO standard name the same class, whichever order the rows come in.
        var table = new DesignationCorrespondences([C("GB/T 19001", "ISO 9001", "IDT"), C("JIS Q 9001", "ISO 9001", "IDT")]);
        var reversed = new DesignationCorrespondences([C("ISO 9001", "JIS Q 9001", "IDT"), C("ISO 9001", "GB/T 19001", "IDT")]);

        Assert.Equal("ISO 9001", table.Canonical("GB/T 19001"));
        Assert.Equal("ISO 9001", table.Canonical("JIS Q 9001"));
        Assert.Equal("ISO 9001", reversed.Canonical("GB/T 19001"));
        Assert.Equal("ISO 9001", reversed.Canonical("JIS Q 9001"));
    }

    [Fact]
    public void A_class_of_national_keys_is_named_by_the_ordinally_first()
    {
        var table = new DesignationCorrespondences([C("KS H 9021", "GB/T 90201", "NEQ")]);

        Assert.Equal("GB/T 90201", table.Canonical("KS H 9021"));
        Assert.Equal("GB/T 90201", table.Canonical("GB/T 90201"));
    }

    [Fact]
    public void A_documents_declarations_join_the_table()
    {
        var table = new DesignationCorrespondences([C("GB 2762", "CXS 193")]);
        var withDocument = table.With([C("GB/T 2423.5", "IEC 60068-2-27", "IDT")]);

        Assert.Equal("IEC 60068-2-27", withDocument.Canonical("GB/T 2423.5"));
        Assert.Equal("CXS 193", withDocument.Canonical("GB 2762"));
        Assert.Equal("GB/T 2423.5", table.Canonical("GB/T 2423.5"));
        Assert.Same(table, table.With([]));
    }

    [Theory]
    [InlineData("ISO 9001", true)]
    [InlineData("ISO/IEC 17025", true)]
    [InlineData("IEC 60068-2-27", true)]
    [InlineData("CXS 193", true)]
    [InlineData("CXC 1", true)]
    [InlineData("UN R94", true)]
    [InlineData("GB 2762", false)]
    [InlineData("KS Q ISO 9001", false)]
    [InlineData("not a designation", false)]
    public void International_bodies_are_ISO_IEC_Codex_and_UNECE(string key, bool expected)
        => Assert.Equal(expected, DesignationCorrespondences.IsInternational(key));
}
