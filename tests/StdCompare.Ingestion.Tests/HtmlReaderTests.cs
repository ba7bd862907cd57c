using System.Text;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Testing;

namespace StdCompare.Ingestion.Tests;

public sealed class HtmlReaderTests
{
    /// <summary>Every piece of text the fixture page holds outside the standard: scripts, styles, navigation, header, footer, aside.</summary>
    public static TheoryData<string> PageFurniture =>
    [
        "统计脚本", "脚本中的条款", "样式中的文字", "导航中的条款", "标准信息平台", "首页", "版权所有", "附录Z", "相关标准", "联系我们",
    ];

    private static string AllText(StandardDocument document) => string.Join("\n", document.Clauses.Select(c => c.FullText));

    public sealed class Utf8Page
    {
        private readonly StandardDocument _document = Fixtures.ReadDocument("page-utf8.html");

        [Fact]
        public void Should_read_designation_and_title_from_the_page_not_from_its_title_element()
        {
            var m = _document.Metadata;
            Assert.Equal(("DB22/T 9901-2024", "鲜人参"), (m.Id, m.Title));
            Assert.Equal(("zh", "DB22", "CN-22", "html"), (m.Language, m.Body, m.Jurisdiction, _document.Format));
        }

        [Theory]
        [MemberData(nameof(PageFurniture), MemberType = typeof(HtmlReaderTests))]
        public void Should_drop_scripts_styles_navigation_and_footers(string furniture)
            => Assert.DoesNotContain(furniture, AllText(_document), StringComparison.Ordinal);

        [Fact]
        public void Should_turn_a_table_into_rows_of_cells_with_its_caption()
        {
            var table = Assert.Single(_document.GetRequiredClause("4.2").Tables);
            Assert.Equal("表1 污染物限量", table.Caption);
            Assert.Equal(
                [["项目", "单位", "指标", "检验方法"], ["铅(以Pb计)", "mg/kg", "≤0.5", "GB 5009.12"], ["镉(以Cd计)", "mg/kg", "≤0.3", "GB 5009.15"]],
                table.Rows.Select(r => r.ToArray()).ToArray());
            Assert.Equal(["铅(以Pb计) <= 0.5 mg/kg", "镉(以Cd计) <= 0.3 mg/kg"], _document.GetRequiredClause("4.2").Requirements.Select(r => r.ToString()));
        }

        [Fact]
        public void Should_read_headings_paragraphs_inline_markup_and_list_items()
        {
            Assert.Equal("感官要求", _document.GetRequiredClause("4.1").Heading);
            Assert.Equal(["主根长度 >= 8 cm"], _document.GetRequiredClause("4.1.2").Requirements.Select(r => r.ToString()));
            Assert.Equal("水分按GB 5009.3测定。\na) 取样;\nb) 称量。", _document.GetRequiredClause("5.1").Text);
            Assert.EndsWith("注:限量值为示意。", _document.GetRequiredClause("4.2").Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_locate_clauses_by_source_line()
            => Assert.Equal(26, _document.GetRequiredClause("foreword").Location.Line);
    }

    public sealed class ChineseEncodings
    {
        [Theory]
        // Declares UTF-8 but is GB18030: a warning says so, the text reads right.
        [InlineData("page-gb18030-declared-utf8.html", DiagnosticCodes.EncodingMismatch, DiagnosticSeverity.Warning)]
        // Declares nothing: detected, noted.
        [InlineData("page-gb18030-undeclared.html", DiagnosticCodes.EncodingDetected, DiagnosticSeverity.Info)]
        public void Should_read_the_page_and_say_how_it_was_decoded(string name, string code, DiagnosticSeverity severity)
        {
            var result = Fixtures.Read(name);

            var document = result.Document;
            Assert.NotNull(document);
            var note = Assert.Single(result.Diagnostics, d => d.Code == code);
            Assert.Equal(severity, note.Severity);
            Assert.Contains("gb18030", note.Message, StringComparison.Ordinal);
            Assert.Equal("Data/" + name, note.File);
            AssertChineseRead(document);
        }

        [Fact]
        public void Should_read_a_page_that_declares_gb2312_without_a_note()
        {
            var result = Fixtures.Read("page-gb2312-declared.html");

            Assert.NotNull(result.Document);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.EncodingMismatch or DiagnosticCodes.EncodingDetected);
            AssertChineseRead(result.Document);
        }

        [Theory]
        [InlineData("page-gb18030-declared-utf8.html")]
        [InlineData("page-gb18030-undeclared.html")]
        [InlineData("page-gb2312-declared.html")]
        public void Fixture_should_really_be_gb18030_bytes(string name)
        {
            var bytes = File.ReadAllBytes(Fixtures.PathOf(name));
            Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        }

        [Fact]
        public void Should_read_gb18030_bytes_made_here_as_well_as_the_committed_ones()
        {
            // The committed fixtures were made with iconv; bytes made by .NET's own encoder read the same.
            System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var html = "<html><body><p>GB 99005—2024</p><h2>1　范围</h2><p>本文件规定了人参的要求。</p><h2>2　要求</h2><p>2.1　铅≤0.5 mg/kg。</p></body></html>";
            var bytes = System.Text.Encoding.GetEncoding("GB18030").GetBytes(html);
            using var dir = new TempDirectory();

            var result = DocumentReader.Read(dir.WriteBytes("made.html", bytes));

            Assert.NotNull(result.Document);
            Assert.Equal(["1", "2", "2.1"], Fixtures.Ids(result.Document));
            Assert.Equal("范围", result.Document.GetRequiredClause("1").Heading);
            Assert.Equal(["铅 <= 0.5 mg/kg"], result.Document.GetRequiredClause("2.1").Requirements.Select(r => r.ToString()));
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.EncodingDetected);
        }

        private static void AssertChineseRead(StandardDocument document)
        {
            Assert.Equal(("GB/T 99004-2024", "人参制品 通则"), (document.Metadata.Id, document.Metadata.Title));
            Assert.Equal("范围", document.GetRequiredClause("1").Heading);
            Assert.Equal("本文件规定了人参制品的技术要求、检验方法和标签。", document.GetRequiredClause("1").Text);
            Assert.Equal(["水分含量 <= 12 %"], document.GetRequiredClause("3.1").Requirements.Select(r => r.ToString()));
            Assert.Equal(["铅(以Pb计) <= 0.5 mg/kg"], document.GetRequiredClause("3.2").Requirements.Select(r => r.ToString()));
            Assert.Equal(["沙门氏菌 absent"], document.GetRequiredClause("3.3").Requirements.Select(r => r.ToString()));
            Assert.Equal("附录A(资料性) 加工工艺", document.GetRequiredClause("A").Heading);
        }
    }

    public sealed class MalformedPages
    {
        [Fact]
        public void Should_read_what_it_can_of_a_broken_page_that_has_clauses_and_warn()
        {
            using var dir = new TempDirectory();
            var path = dir.WriteText("unclosed.html", "<html><body><p>ISO 99006:2024</p><h2>1 Scope</h2><p>This document applies to ginseng.<h2>2 Limits<p>Lead shall not exceed 0.5 mg/kg.<div><tab");

            var result = DocumentReader.Read(path);

            Assert.NotNull(result.Document);
            Assert.Equal(["1", "2"], Fixtures.Ids(result.Document));
            var warning = Assert.Single(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
            Assert.Equal((DiagnosticCodes.MalformedHtml, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        }

        [Fact]
        public void Should_read_a_page_with_no_clauses_as_paragraphs_when_it_is_well_formed()
        {
            using var dir = new TempDirectory();
            var path = dir.WriteText("notes.html", "<!DOCTYPE html><html><head><title>Notes</title></head><body><p>Meeting notes about ginseng grading.</p><p>No standard text here.</p></body></html>");

            var result = DocumentReader.Read(path);

            Assert.NotNull(result.Document);
            Assert.All(result.Document.Clauses, c => Assert.StartsWith("p", c.Id, StringComparison.Ordinal));
            Assert.Contains("No standard text here.", string.Join("\n", result.Document.Clauses.Select(c => c.Text)), StringComparison.Ordinal);
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NoClauses);
        }
    }
}
