using System.Collections.Immutable;
using StdCompare.Documents;
using StdCompare.Requirements;

namespace StdCompare.Core.Tests.Requirements;

public sealed class TableRequirementReaderTests
{
    /// <summary>A table from rows written as <c>cell | cell | cell</c>, the header first.</summary>
    private static Table Table(string caption, params string[] rows)
    {
        var built = rows.Select(r => r.Split('|').Select(c => TextNormalizer.Normalize(c.Trim())).ToImmutableArray()).ToImmutableArray();
        return new Table(TextNormalizer.Normalize(caption), built, new Diagnostics.SourceLocation(7));
    }

    private static string Describe(Requirement r) => r.ToString();

    public sealed class Read
    {
        [Fact]
        public void Should_take_the_unit_from_a_unit_column_and_ignore_the_method_column()
        {
            var table = Table("表2 污染物限量",
                "项目 | 单位 | 指标 | 检验方法",
                "铅（以Pb计） | mg/kg | ≤0.2 | GB 5009.12",
                "镉（以Cd计） | μg/kg | ≤100 | GB 5009.15",
                "水分 | % | ≤13.0 | GB 5009.3");

            var found = TableRequirementReader.Read(table, "zh");

            Assert.Equal(["铅(以Pb计) <= 0.2 mg/kg", "镉(以Cd计) <= 100 µg/kg", "水分 <= 13 %"], found.Select(Describe));
            Assert.Equal(0.1, found[1].CanonicalValue!.Value, 9);
            Assert.All(found, r => Assert.Equal(7, r.Location.Line));
        }

        [Fact]
        public void Should_take_the_unit_and_the_bound_from_the_header()
        {
            var table = Table("Table 1 — Maximum levels",
                "Contaminant | Maximum level (mg/kg)",
                "Lead | 0.1",
                "Cadmium | 0.05");

            var found = TableRequirementReader.Read(table, "en");

            Assert.Equal(["Lead <= 0.1 mg/kg", "Cadmium <= 0.05 mg/kg"], found.Select(Describe));
        }

        [Fact]
        public void Should_take_the_unit_from_the_caption_when_no_cell_names_one()
        {
            var table = Table("Table 2 — Limits (mg/kg)",
                "Element | Maximum",
                "Arsenic | 0.2");

            var r = Assert.Single(TableRequirementReader.Read(table, "en"));
            Assert.Equal("Arsenic <= 0.2 mg/kg", r.ToString());
        }

        [Fact]
        public void Should_read_the_bound_written_in_the_parameter_cell()
        {
            var table = Table("Таблица 1 — Показатели",
                "Наименование показателя | Норма",
                "Массовая доля влаги, %, не более | 14,0",
                "Натура, г/л, не менее | 710",
                "Состояние по запаху и цвету | Здоровое");

            var found = TableRequirementReader.Read(table, "ru");

            Assert.Equal(["Массовая доля влаги <= 14 %", "Натура >= 710 g/L"], found.Select(Describe));
        }

        [Fact]
        public void Should_not_read_a_column_of_food_category_numbers_as_values()
        {
            // The rows of GB 14880-2012 table A.2 in the corpus: 12.04 is a food category number, not a limit.
            var table = Table("表A.2 矿物质类营养强化剂的使用范围及使用量",
                "营养强化剂 | 食品分类号 | 食品类别（名称） | 使用量",
                "铁 | 06.03.01 | 小麦粉 | 14 mg/kg～26 mg/kg",
                "铁 | 12.04 | 酱油 | 180 mg/kg～260 mg/kg");

            var found = TableRequirementReader.Read(table, "zh");

            Assert.Equal(2, found.Length);
            Assert.All(found, r => Assert.Equal("使用量", r.Condition));
            Assert.DoesNotContain(found, r => r.Value is 12.04);
        }

        [Theory]
        [InlineData("Name of the food additive | INS No. | Maximum level", "en")]
        [InlineData("Наименование | Код ТН ВЭД | Норма", "ru")]
        [InlineData("Item | Code | Maximum level", "en")]
        public void Should_not_read_a_column_of_codes_as_values(string header, string language)
        {
            var table = Table("Table 3", header, "Propyl gallate | 310 | 100 mg/kg");

            var r = Assert.Single(TableRequirementReader.Read(table, language));

            Assert.Equal(100, r.Value);
        }

        [Fact]
        public void Should_read_a_column_whose_header_only_contains_code_letters_as_values()
        {
            // "Codex maximum level" names no code column: only whole words (code, INS, номер …) do.
            var table = Table("Table 3", "Contaminant | Codex maximum level (mg/kg)", "Lead | 0.1");

            var r = Assert.Single(TableRequirementReader.Read(table, "en"));

            Assert.Equal("Lead <= 0.1 mg/kg", r.ToString());
        }

        [Fact]
        public void Should_read_not_detected_cells()
        {
            var table = Table("表3 微生物限量",
                "项目 | 指标",
                "沙门氏菌 | 不得检出",
                "菌落总数，CFU/g | ≤5×10⁴");

            var found = TableRequirementReader.Read(table, "zh");

            Assert.Equal(2, found.Length);
            Assert.Equal(RequirementOperator.Absent, found[0].Op);
            Assert.Equal("沙门氏菌", found[0].Parameter);
            Assert.Equal("菌落总数 <= 50000 CFU/g", Describe(found[1]));
        }

        [Fact]
        public void Should_read_mongolian_bounds_and_colony_counts()
        {
            var table = Table("Хүснэгт 4. Бичил биетний үзүүлэлт",
                "Үзүүлэлтийн нэр | Хэм хэмжээ",
                "Аэроб ба факультатив анаэроб бичил биетний тоо | 5×10³ КҮН/г-аас ихгүй",
                "Нийт бичил биетний тоо (37 °C) | 1 мл-т 100 КҮН-ээс ихгүй",
                "Мөөгөнцөр | 200-гаас ихгүй",
                "Сальмонелла | 25 г бүтээгдэхүүнд илрэхгүй");

            var found = TableRequirementReader.Read(table, "mn");

            Assert.Equal(
                ["Аэроб ба факультатив анаэроб бичил биетний тоо <= 5000 CFU/g", "Нийт бичил биетний тоо (37 °C) <= 100 CFU/mL", "Мөөгөнцөр <= 200", "Сальмонелла absent"],
                found.Select(Describe));
        }

        [Fact]
        public void Should_take_a_mongolian_colony_unit_from_the_parameter_cell()
        {
            var table = Table("Хүснэгт 7. Бичил биетний үзүүлэлт",
                "Үзүүлэлтийн нэр | Шинэ ба хөргөсөн мах | Хөлдөөсөн мах",
                "Escherichia coli, КҮН/г, ихгүй | 1×10² | 1×10²");

            var found = TableRequirementReader.Read(table, "mn");

            Assert.Equal(["Escherichia coli <= 100 CFU/g", "Escherichia coli <= 100 CFU/g"], found.Select(Describe));
        }

        [Fact]
        public void Should_skip_a_serial_number_column()
        {
            var table = Table("表1 理化指标",
                "序号 | 项目 | 指标",
                "1 | 水分/% | ≤13.0",
                "2 | 灰分/% | ≤5.0");

            var found = TableRequirementReader.Read(table, "zh");

            Assert.Equal(["水分 <= 13 %", "灰分 <= 5 %"], found.Select(Describe));
        }

        [Fact]
        public void Should_keep_the_column_header_as_condition_when_there_are_several_value_columns()
        {
            var table = Table("표 1 등급 기준",
                "항목 | 단위 | 특등 | 1등",
                "근장 | mm | 200 이상 | 150 이상");

            var found = TableRequirementReader.Read(table, "ko");

            Assert.Equal(2, found.Length);
            Assert.Equal(["특등", "1등"], found.Select(r => r.Condition));
            Assert.All(found, r => Assert.Equal(RequirementOperator.GreaterOrEqual, r.Op));
            Assert.Equal([200.0, 150.0], found.Select(r => r.Value!.Value));
        }

        [Fact]
        public void Should_read_nothing_from_a_table_without_data_rows()
            => Assert.Empty(TableRequirementReader.Read(Table("Table 9", "Parameter | Limit"), "en"));

        [Fact]
        public void Should_read_nothing_from_description_cells()
        {
            var table = Table("表1 感官要求",
                "项目 | 要求 | 检验方法",
                "色泽 | 黄白色或淡黄色 | 目测",
                "气味 | 具有人参特有的香气 | 鼻嗅");

            Assert.Empty(TableRequirementReader.Read(table, "zh"));
        }
    }
}
