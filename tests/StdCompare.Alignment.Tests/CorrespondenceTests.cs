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

    [Fact]
    public void A_document_declares_at_most_its_limit_of_correspondences()
    {
        // 20 reference clauses of 120 declarations each: 2,400 declarations, of which the first 2,000 are read.
        var clauses = Enumerable.Range(0, 20)
            .Select(c => ($"2.{c + 1}", "", string.Concat(Enumerable.Range(0, 120).Select(k => $"GB/T {10000 + (c * 120) + k} 标题（ISO {20000 + (c * 120) + k}，IDT）\n"))))
            .Append(("7.1", "试验", "按GB/T 10000和GB/T 12399进行。"))
            .ToArray();
        var zh = Synthetic.Document("GB/T 1-2020", "zh", clauses);
        var en = Synthetic.Document("IEC 1:2020", "en", ("8.1", "Tests", "According to ISO 20000 and ISO 22399."));
        var profiler = new ClauseProfiler(AlignmentResources.Empty);

        var tests = profiler.Get(zh).Clauses[^1].Designations;

        // GB/T 10000 is the first declaration and joins ISO 20000; GB/T 12399 is the 2,400th and stays apart.
        Assert.Equal(1, tests.SharedCount(profiler.Get(en).Clauses[0].Designations));
    }
}
