using StdCompare.Contracts;
using StdCompare.Testing;

namespace StdCompare.Ingestion.Tests;

/// <summary>
/// Each fixture document, parsed, as its <c>stdcompare.document/1</c> JSON, compared with
/// <c>Expectations/NAME.json</c>. Update with <c>scripts/update-golden</c>, then read the diff.
/// </summary>
public sealed class GoldenDocumentTests
{
    public static TheoryData<string> Documents =>
    [
        "zh-sample.txt",
        "en-sample.txt",
        "ru-sample.txt",
        "ko-sample.txt",
        "ja-sample.txt",
        "mn-sample.txt",
        "page-utf8.html",
        "page-gb18030-declared-utf8.html",
        "page-gb18030-undeclared.html",
        "pdf-sample.pdf",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parsed_document_should_match_its_expectation(string name)
    {
        var document = Fixtures.ReadDocument(name);

        var json = ContractJson.Serialize(DocumentContract.From(document));

        Golden.Assert(json, $"Expectations/{Path.GetFileNameWithoutExtension(name)}.json");
    }

    [Theory]
    // zh: foreword and introduction, full-width digits and U+3000 in 4.1, an annex whose kind is on the next line.
    [InlineData("zh-sample.txt", "foreword introduction 1 2 3 3.1 3.2 4 4.1 4.2 4.2.1 4.2.2 4.3 4.4 5 5.1 5.2 6 A A.1 A.2 A.2.1 A.2.2 A.3")]
    // en: ISO introduction subclauses 0.1 and 0.2; two annexes.
    [InlineData("en-sample.txt", "foreword introduction 0.1 0.2 1 2 3 3.1 3.2 4 4.1 4.2 4.3 4.4 5 6 6.1 6.2 A A.1 A.2 A.2.1 A.2.2 A.3 B B.1")]
    // ru: trailing dots dropped; Cyrillic annex letter А read as Latin A.
    [InlineData("ru-sample.txt", "foreword 1 2 3 3.1 3.2 4 4.1 4.2 4.3 4.4 4.4.1 4.4.2 5 5.1 5.2 A A.1 A.2 A.3")]
    // ko.
    [InlineData("ko-sample.txt", "foreword introduction 1 2 3 3.1 3.2 4 4.1 4.2 4.3 4.3.1 4.3.2 4.4 5 5.1 5.2 6 A A.1 A.2 A.2.1 A.2.2")]
    // ja.
    [InlineData("ja-sample.txt", "foreword introduction 1 2 3 3.1 3.2 4 4.1 4.2 4.3 4.3.1 4.3.2 4.4 5 5.1 5.2 6 A A.1 A.2 A.2.1 A.2.2")]
    // mn: trailing dots, Cyrillic annex letter.
    [InlineData("mn-sample.txt", "foreword introduction 1 2 3 3.1 3.2 4 4.1 4.2 4.3 4.3.1 4.3.2 4.4 5 5.1 5.2 A A.1 A.2")]
    // HTML: clause 3 is missing in the page (a gap is allowed); navigation, scripts and footer give no clauses.
    [InlineData("page-utf8.html", "foreword 1 2 4 4.1 4.1.1 4.1.2 4.2 5 5.1")]
    // GB18030 pages, whatever they declare.
    [InlineData("page-gb18030-declared-utf8.html", "foreword 1 2 2.1 3 3.1 3.2 3.3 A A.1 A.2")]
    [InlineData("page-gb18030-undeclared.html", "foreword 1 2 2.1 3 3.1 3.2 3.3 A A.1 A.2")]
    [InlineData("page-gb2312-declared.html", "foreword 1 2 2.1 3 3.1 3.2 3.3 A A.1 A.2")]
    // PDF: clauses across three pages.
    [InlineData("pdf-sample.pdf", "foreword introduction 1 2 3 3.1 3.2 4 4.1 4.2 4.2.1 4.2.2 4.3 4.3.1 4.3.2 4.4 5 5.1 5.2 A A.1 A.2")]
    public void Clause_ids_should_be_those_printed_in_order(string name, string ids)
        => Assert.Equal(ids.Split(' '), Fixtures.Ids(Fixtures.ReadDocument(name)));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Fixture_documents_should_read_without_warnings_or_errors(string name)
    {
        var result = Fixtures.Read(name);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= Diagnostics.DiagnosticSeverity.Warning && d.Code != Diagnostics.DiagnosticCodes.EncodingMismatch));
    }
}
