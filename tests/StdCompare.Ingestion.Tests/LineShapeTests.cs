using StdCompare.Documents;
using StdCompare.Ingestion.Html;

namespace StdCompare.Ingestion.Tests;

/// <summary>Line shapes that look like clause starts but are not, and clause starts printed on two lines.</summary>
public sealed class LineShapeTests
{
    private static StandardDocument ReadText(string text)
    {
        var result = DocumentReader.ReadBytes(System.Text.Encoding.UTF8.GetBytes(text), "inline.txt", ".txt");
        return Assert.IsType<StandardDocument>(result.Document);
    }

    private static string Ids(StandardDocument d) => string.Join(" ", d.Clauses.Select(c => c.Id));

    [Theory]
    // A wrapped line of an English test method.
    [InlineData("5 Test methods\n5.1 Moisture\nWeigh about\n10 g of the test sample into a dish.\n6 Report\nThe report gives the result.\n")]
    // The same in Chinese: a unit directly followed by Han text.
    [InlineData("5 试验方法\n5.1 水分\n称取\n10 g样品于称量瓶中。\n6 报告\n报告给出结果。\n")]
    public void A_wrapped_line_that_starts_with_a_quantity_is_text_not_a_clause(string text)
    {
        var d = ReadText(text);
        Assert.Equal("5 5.1 6", Ids(d));
        Assert.Contains("10 g", d.GetRequiredClause("5.1").Text, StringComparison.Ordinal);
    }

    [Theory]
    // A Mongolian line that cites the annex with a case ending ("as given in Annex A").
    [InlineData("5 Сорилтын арга\n5.1 Азотын тодорхойлолт\nХавсралт А-д заасан аргаар тодорхойлно.\n5.2 pH\npH-ийг хэмжинэ.\nХавсралт А (заавал)\nА.1 Зарчим\nАргын зарчим.\n", "5 5.1 5.2 A A.1", "5.1")]
    // English and Russian sentences that start with the annex they cite.
    [InlineData("5 Test methods\n5.1 Moisture\nAnnex A gives the method.\n5.2 Ash\nAsh.\nAnnex A (normative)\nA.1 Apparatus\nA balance.\n", "5 5.1 5.2 A A.1", "5.1")]
    [InlineData("5 Методы\n5.1 Влага\nПриложение А, таблица А.1, дает метод.\n5.2 Зола\nЗола.\nПриложение А\nА.1 Аппаратура\nВесы.\n", "5 5.1 5.2 A A.1", "5.1")]
    public void A_sentence_that_starts_by_citing_an_annex_is_text_not_the_annex_heading(string text, string ids, string citing)
    {
        var d = ReadText(text);
        Assert.Equal(ids, Ids(d));
        Assert.Contains(text.Split('\n')[2], d.GetRequiredClause(citing).Text, StringComparison.Ordinal);
    }

    [Theory]
    // "V" is the volt: the heading of the next subclause starts with a unit symbol.
    [InlineData("3 术语和定义\n3.1 IV类视镜\n用于观察的视镜。\n3.2 V类视镜\n用于观察侧面的视镜。\n4 要求\n", "3 3.1 3.2 4", "3.2", "V类视镜")]
    [InlineData("1 Scope\nText.\nAnnex A (normative)\nA.1 Apparatus\nA balance.\nA.2 g of force\nThe force of gravity.\n", "1 A A.1 A.2", "A.2", "g of force")]
    // A decimal that cannot continue the numbering (0.5 after 5.1) stays a wrapped quantity.
    [InlineData("5 试验方法\n5.1 水分\n称取\n0.5 g样品于称量瓶中。\n6 报告\n", "5 5.1 6", "5.1", "水分")]
    public void A_dotted_number_that_continues_the_numbering_is_a_clause_even_before_a_unit(string text, string ids, string id, string heading)
    {
        var d = ReadText(text);
        Assert.Equal(ids, Ids(d));
        Assert.Equal(heading, d.GetRequiredClause(id).Heading);
    }

    [Fact]
    public void An_ISO_term_number_alone_on_its_line_takes_the_next_line_as_heading()
    {
        var d = ReadText("1 Scope\nThis document applies to ginseng.\n3 Terms and definitions\n3.1\nmain root\nfleshy root of the plant\n3.2\nfine root\nthin lateral root\n4 Requirements\n");
        Assert.Equal("1 3 3.1 3.2 4", Ids(d));
        Assert.Equal("main root", d.GetRequiredClause("3.1").Heading);
        Assert.Equal("fleshy root of the plant", d.GetRequiredClause("3.1").Text);
        Assert.Equal("fine root", d.GetRequiredClause("3.2").Heading);
    }

    [Fact]
    public void A_bare_number_that_gets_no_text_is_dropped()
    {
        var d = ReadText("1 Scope\nThis document applies to maize.\n2\n2 Normative references\nGB 1353 applies.\n");
        Assert.Equal("1 2", Ids(d));
        Assert.Equal("Normative references", d.GetRequiredClause("2").Heading);
    }

    [Fact]
    public void An_HTML_page_without_numbered_clauses_is_read_as_one_paragraph_per_block()
    {
        var html = "<html><body><p>Ginseng roots shall be whole.</p><p>Moisture shall not exceed 12 %.</p><div>Store in a dry place.</div></body></html>";
        var diagnostics = new List<Diagnostics.Diagnostic>();
        var d = Assert.IsType<StandardDocument>(HtmlDocumentReader.ReadText(html, "page.html", diagnostics));
        Assert.Equal("p1 p2 p3", Ids(d));
        Assert.Equal("Moisture shall not exceed 12 %.", d.GetRequiredClause("p2").Text);
        Assert.Contains(d.Diagnostics, x => x.Code == Diagnostics.DiagnosticCodes.NoClauses);
    }
}
