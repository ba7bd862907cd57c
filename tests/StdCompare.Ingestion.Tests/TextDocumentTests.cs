using StdCompare.Documents;

namespace StdCompare.Ingestion.Tests;

/// <summary>What the spec asks of plain-text standards, checked on the fixture of each language.</summary>
public sealed class TextDocumentTests
{
    private static string[] Requirements(StandardDocument document, string clauseId)
        => [.. document.GetRequiredClause(clauseId).Requirements.Select(r => r.ToString())];

    private static string[][] Rows(Table table) => [.. table.Rows.Select(r => r.ToArray())];

    public sealed class Chinese
    {
        private readonly StandardDocument _document = Fixtures.ReadDocument("zh-sample.txt");

        [Fact]
        public void Should_take_designation_and_title_from_the_cover_lines()
        {
            var m = _document.Metadata;
            Assert.Equal(("GB/T 99001-2024", "人参分等质量"), (m.Id, m.Title));
            Assert.Equal(("zh", "SAC", "CN", "recommended"), (m.Language, m.Body, m.Jurisdiction, m.Kind));
        }

        [Fact]
        public void Should_read_full_width_digits_and_the_ideographic_space_after_a_number()
        {
            Assert.Equal("感官要求", _document.GetRequiredClause("4.1").Heading);
            Assert.Equal("范围", _document.GetRequiredClause("1").Heading);
            Assert.Equal(2, _document.GetRequiredClause("4.1").Level);
        }

        [Fact]
        public void Should_read_a_tab_separated_table_with_its_caption_and_keep_the_note_as_text()
        {
            var clause = _document.GetRequiredClause("4.1");
            var table = Assert.Single(clause.Tables);
            Assert.Equal("表1 感官要求", table.Caption);
            Assert.Equal([["项目", "要求", "检验方法"], ["色泽", "黄白色或淡黄色", "目测"], ["气味", "具有人参特有的香气", "鼻嗅"]], Rows(table));
            Assert.EndsWith("注:光线不足时,在自然光下观察。", clause.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_read_limits_in_text_and_tables_but_not_in_references()
        {
            Assert.Equal(["水分含量 <= 13 %"], Requirements(_document, "4.2.1"));
            Assert.Equal(["总皂苷含量 >= 2 %"], Requirements(_document, "4.2.2"));
            Assert.Equal(["铅(以Pb计) <= 0.5 mg/kg", "镉(以Cd计) <= 0.3 mg/kg"], Requirements(_document, "4.3"));
            Assert.Equal(["菌落总数 <= 50000 CFU/g", "沙门氏菌 absent"], Requirements(_document, "4.4"));
            Assert.Equal(["烘箱温度 103..107 °C"], Requirements(_document, "5.1"));
            Assert.Empty(Requirements(_document, "2"));
            Assert.Empty(Requirements(_document, "foreword"));
        }

        [Fact]
        public void Should_keep_list_items_and_dashes_in_the_clause_above()
        {
            Assert.EndsWith("a) 产品名称;\nb) 等级;\nc) 产地和生产日期。", _document.GetRequiredClause("6").Text, StringComparison.Ordinal);
            Assert.Contains("——增加了污染物限量(见4.3);", _document.GetRequiredClause("foreword").Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_start_the_annex_at_its_heading_and_keep_notes_in_its_clauses()
        {
            var annex = _document.GetRequiredClause("A");
            Assert.Equal(("附录A", 1), (annex.Heading, annex.Level));
            Assert.StartsWith("(规范性)", annex.Text, StringComparison.Ordinal);
            Assert.Contains("注1:试剂应现用现配。", _document.GetRequiredClause("A.2.2").Text, StringComparison.Ordinal);
            Assert.Equal("A.2", _document.GetRequiredClause("A.2.1").ParentId);
        }

        [Fact]
        public void Should_locate_every_clause_by_line()
        {
            Assert.All(_document.Clauses, c => Assert.True(c.Location.Line > 0, c.Id));
            Assert.Equal(6, _document.GetRequiredClause("foreword").Location.Line);
        }
    }

    public sealed class English
    {
        private readonly StandardDocument _document = Fixtures.ReadDocument("en-sample.txt");

        [Fact]
        public void Should_take_metadata_from_the_front_matter()
        {
            var m = _document.Metadata;
            Assert.Equal(("ISO 99002:2023", "Dried ginseng — Specification", "en", "ISO", "INT"), (m.Id, m.Title, m.Language, m.Body, m.Jurisdiction));
            Assert.Equal(["67.080.10"], m.Ics.ToArray());
            Assert.Equal(["ginseng", "agri-food"], m.Industries.ToArray());
            Assert.Equal(["ISO 99002:2015"], m.Replaces.ToArray());
            Assert.Equal(new DateOnly(2023, 5, 15), m.Published);
            Assert.Equal("sample", m.Provenance);
        }

        [Fact]
        public void Should_read_a_table_whose_cells_are_separated_by_two_spaces()
        {
            var table = Assert.Single(_document.GetRequiredClause("4.3").Tables);
            // NFKC turns MICRO SIGN (U+00B5) into GREEK SMALL LETTER MU (U+03BC) in cells; the unit symbol is normalised.
            Assert.Equal([["Contaminant", "Unit", "Maximum level"], ["Lead", "mg/kg", "0.5"], ["Cadmium", "\u03BCg/kg", "300"]], Rows(table));
            Assert.Equal(["Lead <= 0.5 mg/kg", "Cadmium <= 300 µg/kg"], Requirements(_document, "4.3"));
        }

        [Fact]
        public void Should_read_requirements_in_sentences()
        {
            Assert.Equal(["moisture content <= 12 %"], Requirements(_document, "4.2"));
            Assert.Equal(["Salmonella absent"], Requirements(_document, "4.4"));
            Assert.Equal(["Dry the test portion at 101..105 °C"], Requirements(_document, "6.1"));
            Assert.Equal(["First >= 50 g", "Second >= 30 g"], Requirements(_document, "B.1"));
        }

        [Fact]
        public void Should_keep_notes_and_list_items_with_their_clause()
        {
            Assert.Contains("NOTE 2 Arsenic is under consideration.", _document.GetRequiredClause("4.3").Text, StringComparison.Ordinal);
            Assert.Contains("c) sound and clean.", _document.GetRequiredClause("4.1").Text, StringComparison.Ordinal);
            Assert.Equal("Dried ginseng shall be:\na) free from mould and insects;\nb) free from foreign odour;\nc) sound and clean.", _document.GetRequiredClause("4.1").Text);
        }

        [Fact]
        public void Should_read_the_annex_heading_with_its_title_on_the_same_line()
        {
            Assert.Equal("Annex A (normative) Determination of total ginsenosides", _document.GetRequiredClause("A").Heading);
            Assert.Equal("Principle", _document.GetRequiredClause("A.1").Heading);
        }

        [Fact]
        public void Should_give_a_subclause_without_heading_its_text()
        {
            var clause = _document.GetRequiredClause("A.2.1");
            Assert.Equal(("", "Methanol, HPLC grade."), (clause.Heading, clause.Text));
        }
    }

    public sealed class Russian
    {
        private readonly StandardDocument _document = Fixtures.ReadDocument("ru-sample.txt");

        [Fact]
        public void Should_take_designation_from_the_cover_and_infer_the_rest()
        {
            var m = _document.Metadata;
            Assert.Equal(("ГОСТ 99003-2024", "ru", "GOST", "EAEU"), (m.Id, m.Language, m.Body, m.Jurisdiction));
        }

        [Fact]
        public void Should_drop_trailing_dots_and_read_the_cyrillic_annex_letter_as_latin()
        {
            Assert.Equal("Область применения", _document.GetRequiredClause("1").Heading);
            Assert.Equal(3, _document.GetRequiredClause("4.4.1").Level);
            Assert.Equal("Приложение А", _document.GetRequiredClause("A").Heading);
            Assert.Equal("Сущность метода", _document.GetRequiredClause("A.1").Heading);
        }

        [Fact]
        public void Should_read_the_table_and_the_bound_in_its_parameter_cells_with_decimal_commas()
        {
            var table = Assert.Single(_document.GetRequiredClause("4.1").Tables);
            Assert.Equal(4, table.Rows.Length);
            Assert.Equal(["Наименование показателя", "Норма", "Метод испытания"], table.Rows[0].ToArray());
            Assert.Equal(["Массовая доля влаги <= 12 %", "Массовая доля золы <= 5 %"], Requirements(_document, "4.1"));
        }

        [Fact]
        public void Should_read_limits_in_dashed_list_items_and_absence()
        {
            Assert.Equal(["свинца <= 0.5 mg/kg", "кадмия <= 0.2 mg/kg"], Requirements(_document, "4.2"));
            // The parameter ends at the comma before it: "including salmonellae".
            Assert.Equal(["в том числе сальмонеллы absent"], Requirements(_document, "4.3"));
            Assert.Equal(["Масса нетто одной упаковки 50..500 g"], Requirements(_document, "4.4.2"));
            Assert.Equal(["Влажность определяют по ГОСТ 13586.5 при температуре 103..107 °C"], Requirements(_document, "5.1"));
        }

        [Fact]
        public void Should_keep_the_note_and_list_items_in_the_clause()
        {
            Assert.EndsWith("Примечание — Значения приведены для примера.", _document.GetRequiredClause("4.2").Text, StringComparison.Ordinal);
            Assert.EndsWith("а) метанол;\nб) вода дистиллированная.", _document.GetRequiredClause("A.2").Text, StringComparison.Ordinal);
        }
    }

    public sealed class Korean
    {
        private readonly StandardDocument _document = Fixtures.ReadDocument("ko-sample.txt");

        [Fact]
        public void Should_read_the_declared_adoption()
        {
            Assert.Equal(new Adoption("ISO 99002:2023", Degree.MOD), _document.Metadata.Adopts);
            Assert.Equal(("머리말", "개요"), (_document.GetRequiredClause("foreword").Heading, _document.GetRequiredClause("introduction").Heading));
        }

        [Fact]
        public void Should_read_operators_written_after_the_value()
        {
            Assert.Equal(["납 <= 2 ppm"], Requirements(_document, "4.3.1"));
            Assert.Equal(["카드뮴 <= 0.3 ppm"], Requirements(_document, "4.3.2"));
            Assert.Equal(["살모넬라 absent"], Requirements(_document, "4.4"));
            Assert.Equal(["수분 <= 13 %", "회분 <= 5 %"], Requirements(_document, "4.2"));
        }

        [Fact]
        public void Should_read_a_short_subclause_that_states_a_limit_as_text_not_as_a_heading()
        {
            var clause = _document.GetRequiredClause("4.3.1");
            Assert.Equal(("", "납 2.0 ppm 이하"), (clause.Heading, clause.Text));
            Assert.Equal(("", "전기로"), (_document.GetRequiredClause("A.2.1").Text, _document.GetRequiredClause("A.2.1").Heading));
        }

        [Fact]
        public void Should_read_the_annex_and_the_note()
        {
            Assert.Equal("부속서 A (규정) 회분의 측정", _document.GetRequiredClause("A").Heading);
            Assert.EndsWith("비고 표의 수치는 예시이다.", _document.GetRequiredClause("4.2").Text, StringComparison.Ordinal);
        }
    }

    public sealed class Japanese
    {
        private readonly StandardDocument _document = Fixtures.ReadDocument("ja-sample.txt");

        [Fact]
        public void Should_read_foreword_introduction_and_annex_headings()
        {
            Assert.Equal(("まえがき", "序文"), (_document.GetRequiredClause("foreword").Heading, _document.GetRequiredClause("introduction").Heading));
            Assert.Equal("附属書A(規定)灰分の測定方法", _document.GetRequiredClause("A").Heading);
        }

        [Fact]
        public void Should_read_limits_written_with_ika_and_a_full_width_comma()
        {
            Assert.Equal(["鉛 <= 2 ppm"], Requirements(_document, "4.3.1"));
            Assert.Equal(["カドミウム <= 0.4 ppm"], Requirements(_document, "4.3.2"));
            Assert.Equal(["サルモネラ属菌 absent"], Requirements(_document, "4.4"));
            Assert.Equal(["水分 <= 12 %", "灰分 <= 5 %"], Requirements(_document, "4.2"));
        }

        [Fact]
        public void Should_keep_the_note_after_the_table()
        {
            var clause = _document.GetRequiredClause("4.2");
            Assert.Equal("表1-理化学的性質", Assert.Single(clause.Tables).Caption);
            Assert.EndsWith("注記 表の数値は例示である。", clause.Text, StringComparison.Ordinal);
        }
    }

    public sealed class Mongolian
    {
        private readonly StandardDocument _document = Fixtures.ReadDocument("mn-sample.txt");

        [Fact]
        public void Should_take_the_designation_from_the_cover_and_guess_the_language()
        {
            var m = _document.Metadata;
            Assert.Equal(("MNS 9901:2024", "mn", "MNS", "MN"), (m.Id, m.Language, m.Body, m.Jurisdiction));
        }

        [Fact]
        public void Should_read_trailing_dots_caption_and_annex()
        {
            Assert.Equal("Хэрэглэх хүрээ", _document.GetRequiredClause("1").Heading);
            Assert.Equal("Хүснэгт 1. Физик-химийн үзүүлэлт", Assert.Single(_document.GetRequiredClause("4.2").Tables).Caption);
            Assert.Equal("Хавсралт А (заавал) Гинзенозидыг тодорхойлох", _document.GetRequiredClause("A").Heading);
            Assert.Equal("Аргын зарчим", _document.GetRequiredClause("A.1").Heading);
        }

        [Fact]
        public void Should_read_limits_with_the_ablative_suffix_and_decimal_commas()
        {
            Assert.Equal(["Хар тугалга <= 0.5 mg/kg"], Requirements(_document, "4.3.1"));
            Assert.Equal(["Кадми <= 0.1 mg/kg"], Requirements(_document, "4.3.2"));
            Assert.Equal(["Сальмонелл absent"], Requirements(_document, "4.4"));
            Assert.Equal(["Чийг <= 12 %", "Үнс <= 5 %"], Requirements(_document, "4.2"));
        }

        [Fact]
        public void Should_keep_the_note_with_the_clause()
            => Assert.EndsWith("Тайлбар: Хүснэгтийн утга жишээ болно.", _document.GetRequiredClause("4.2").Text, StringComparison.Ordinal);
    }
}
