using StdCompare.Alignment.Profiles;
using StdCompare.Designations;

namespace StdCompare.Alignment.Tests;

/// <summary>References to corresponding standards count as one reference (designation features, candidates).</summary>
public sealed class CorrespondenceTests
{
    private static readonly AlignmentResources WithTable = AlignmentResources.Empty with
    {
        Correspondences = new DesignationCorrespondences([new DesignationCorrespondence("GB 2762", "CXS 193", "counterpart", "test")]),
    };

    [Fact]
    public void A_national_reference_and_its_international_counterpart_share_a_designation_token()
    {
        var profiler = new ClauseProfiler(WithTable);
        var zh = Synthetic.Document("GB 1-2020", "zh", ("4.4", "污染物限量", "污染物限量应符合GB 2762的规定。"));
        var en = Synthetic.Document("CXS 1-1985", "en", ("5", "Contaminants", "The products shall comply with the General Standard for Contaminants and Toxins in Food and Feed (CXS 193-1995)."));

        var left = profiler.Get(zh).Clauses[0].Designations;
        var right = profiler.Get(en).Clauses[0].Designations;

        Assert.Equal(1, left.SharedCount(right));
    }

    [Fact]
    public void Without_the_table_they_are_two_references()
    {
        var profiler = new ClauseProfiler(AlignmentResources.Empty);
        var zh = Synthetic.Document("GB 1-2020", "zh", ("4.4", "污染物限量", "污染物限量应符合GB 2762的规定。"));
        var en = Synthetic.Document("CXS 1-1985", "en", ("5", "Contaminants", "The products shall comply with CXS 193-1995."));

        Assert.Equal(0, profiler.Get(zh).Clauses[0].Designations.SharedCount(profiler.Get(en).Clauses[0].Designations));
    }

    [Fact]
    public void A_document_declares_its_own_correspondences_in_its_normative_references()
    {
        var profiler = new ClauseProfiler(AlignmentResources.Empty);
        var zh = Synthetic.Document("GB/T 1-2020", "zh",
            ("2", "规范性引用文件", "GB/T 2423.5 环境试验 第2部分：试验方法 试验Ea和导则：冲击（IEC 60068-2-27，IDT）"),
            ("7.3", "冲击试验", "按GB/T 2423.5进行冲击试验。"));
        var en = Synthetic.Document("IEC 1:2020", "en", ("8.2", "Shock test", "The shock test is carried out according to IEC 60068-2-27."));

        var shock = profiler.Get(zh).Clauses[1].Designations;

        Assert.Equal(1, shock.SharedCount(profiler.Get(en).Clauses[0].Designations));
    }
}
