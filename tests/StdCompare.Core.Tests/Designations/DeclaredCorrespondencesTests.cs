using StdCompare.Designations;

namespace StdCompare.Core.Tests.Designations;

public sealed class DeclaredCorrespondencesTests
{
    [Fact]
    public void A_normative_reference_declares_its_international_counterpart()
    {
        var found = DeclaredCorrespondences.Read("GB/T 2423.5 环境试验 第2部分：试验方法 试验Ea和导则：冲击（IEC 60068-2-27，IDT）", "test");

        var c = Assert.Single(found);
        Assert.Equal(("GB/T 2423.5", "IEC 60068-2-27", "IDT", "test"), (c.Left, c.Right, c.Relation, c.Basis));
    }

    [Fact]
    public void A_foreword_declaration_with_a_title_in_brackets_and_ascii_punctuation()
    {
        var found = DeclaredCorrespondences.Read("与本标准中规范性引用的国际文件有一致性对应关系的我国文件为GB/T 19000-2016《质量管理体系 基础和术语》(ISO 9000:2015, IDT)。", "test");

        var c = Assert.Single(found);
        Assert.Equal(("GB/T 19000", "ISO 9000", "IDT"), (c.Left, c.Right, c.Relation));
    }

    [Fact]
    public void Every_line_of_a_reference_list_is_read()
    {
        const string text = "GB/T 2421 环境试验 概述和指南（IEC 60068-1，IDT）\nGB/T 24338.1 轨道交通 电磁兼容 第1部分：总则（IEC 62236-1，MOD）\nGB/T 8170 数值修约规则与极限数值的表示和判定";

        var found = DeclaredCorrespondences.Read(text, "test");

        Assert.Equal([("GB/T 2421", "IEC 60068-1", "IDT"), ("GB/T 24338.1", "IEC 62236-1", "MOD")], found.Select(c => (c.Left, c.Right, c.Relation)));
    }

    [Fact]
    public void A_text_is_read_up_to_its_designation_limit()
    {
        var line = string.Concat(Enumerable.Range(1, 400).Select(k => $"GB/T {10000 + k} 标题（ISO {20000 + k}，IDT）\n"));

        var found = DeclaredCorrespondences.Read(line, "test");

        // Two designations per declaration: the first 256 designations give 128 declarations, the rest is not read.
        Assert.Equal(DeclaredCorrespondences.MaxDesignations / 2, found.Count);
        Assert.Equal(("GB/T 10001", "ISO 20001"), (found[0].Left, found[0].Right));
    }

    [Theory]
    // A method reference with a bracketed international method but no degree declares nothing.
    [InlineData("按GB 5009.3规定的方法测定（ISO 712）。")]
    // The degree names no second designation.
    [InlineData("GB 2762 食品中污染物限量（见附录A，MOD）")]
    // The bracket opens on the next line: two entries of a list, not one declaration.
    [InlineData("GB/T 191 包装储运图示标志\n（ISO 780，MOD）")]
    // Two designations joined by 和, the second not in a bracket.
    [InlineData("应符合GB 2762和GB 2761的规定，IDT")]
    // No degree anywhere.
    [InlineData("GB/T 6682 分析实验室用水规格和试验方法（ISO 3696）")]
    public void Text_that_declares_nothing_gives_nothing(string text)
        => Assert.Empty(DeclaredCorrespondences.Read(text, "test"));
}
