using System.Text.RegularExpressions;
using StdCompare.Diagnostics;
using StdCompare.Documents;

namespace StdCompare.Ingestion.Tests;

/// <summary>
/// The committed <c>Data/pdf-sample.pdf</c> (made by <c>scripts/make-pdf-fixture</c> from
/// <c>Data/pdf-sample.txt</c>): three pages, each with the running header
/// "ISO 99005:2024(E)   SAMPLE FIXTURE - NOT A REAL STANDARD" and the footer "Page N".
/// </summary>
public sealed partial class PdfReaderTests
{
    private readonly StandardDocument _document = Fixtures.ReadDocument("pdf-sample.pdf");

    [Fact]
    public void Should_read_metadata_from_the_first_page()
    {
        var m = _document.Metadata;
        Assert.Equal(("ISO 99005:2024", "Railway applications - Sample fixture for PDF reading", "en", "pdf"), (m.Id, m.Title, m.Language, _document.Format));
    }

    [Fact]
    public void Should_give_every_clause_its_page()
    {
        Assert.All(_document.Clauses, c => Assert.True(c.Location.Page > 0, $"{c.Id} has no page"));
        Assert.Equal([1, 2, 3], _document.Clauses.Select(c => c.Location.Page).Distinct().Order());
        Assert.Equal(1, _document.GetRequiredClause("1").Location.Page);
        Assert.Equal(2, _document.GetRequiredClause("4.3.1").Location.Page);
        Assert.Equal(3, _document.GetRequiredClause("A.2").Location.Page);
    }

    [Fact]
    public void Should_continue_a_clause_across_a_page_break_without_the_footer_and_header_between()
        => Assert.Equal(
            "The tests shall be carried out in the following order:\na) visual inspection;\nb) functional vibration test;\nc) long-life vibration test;\nd) shock test;\ne) final inspection.",
            _document.GetRequiredClause("5.1").Text);

    [Fact]
    public void Should_keep_running_headers_footers_and_page_numbers_out_of_clause_text()
    {
        foreach (var clause in _document.Clauses)
        {
            Assert.DoesNotContain("SAMPLE FIXTURE", clause.FullText, StringComparison.Ordinal);
            Assert.DoesNotContain("ISO 99005:2024(E)", clause.FullText, StringComparison.Ordinal);
            Assert.DoesNotMatch(PageFooter(), clause.FullText);
        }
    }

    [Fact]
    public void Should_read_requirements_from_pdf_text()
    {
        Assert.Equal(["surface temperature of accessible parts <= 60 °C"], _document.GetRequiredClause("4.2.2").Requirements.Select(r => r.ToString()));
        Assert.Equal(["number of shocks >= 18"], _document.GetRequiredClause("4.4").Requirements.Select(r => r.ToString()));
    }

    [Fact]
    public void Should_report_a_pdf_without_a_text_layer()
    {
        var result = Fixtures.Read("scan-no-text.pdf");

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.PdfNoText, DiagnosticSeverity.Error, "Data/scan-no-text.pdf"), (error.Code, error.Severity, error.File));
        Assert.Contains("no text layer", error.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?m)^(?:Page\s*\d+|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PageFooter();
}
