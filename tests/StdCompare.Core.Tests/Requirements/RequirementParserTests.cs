using StdCompare.Diagnostics;
using StdCompare.Requirements;

namespace StdCompare.Core.Tests.Requirements;

public sealed class RequirementParserTests
{
    /// <summary>Readers normalise every line before requirements are read; the tests do the same.</summary>
    private static IReadOnlyList<Requirement> Parse(string text, string language)
        => RequirementParser.Parse(TextNormalizer.Normalize(text), language);

    public sealed class Parse_bounds
    {
        [Theory]
        // zh: a symbol, the parameter with a full-width bracket (NFKC makes it ASCII).
        [InlineData("铅（以Pb计）≤0.2 mg/kg", "zh", "铅(以Pb计)", "<=", 0.2, "mg/kg")]
        // zh: a word operator, no parameter before it.
        [InlineData("不大于 0.5 mg/kg", "zh", "", "<=", 0.5, "mg/kg")]
        // zh: a parameter and 应 ("shall") before the operator; 应 is not part of the parameter.
        [InlineData("汞含量应不大于 0.5 mg/kg。", "zh", "汞含量", "<=", 0.5, "mg/kg")]
        // zh: no space between the operator word and the number, as Chinese is written.
        [InlineData("水分含量不大于13.0%。", "zh", "水分含量", "<=", 13.0, "%")]
        // zh: the same with scientific notation.
        [InlineData("菌落总数不大于5×10⁴ CFU/g。", "zh", "菌落总数", "<=", 50000, "CFU/g")]
        // ja: a number right after kana.
        [InlineData("水分は12.0%以下とする。", "ja", "水分", "<=", 12.0, "%")]
        // zh: "shall not be greater than" is an upper bound, not "greater than".
        [InlineData("水分不应大于14.0 %。", "zh", "水分", "<=", 14.0, "%")]
        // zh: "must not exceed".
        [InlineData("杂质不得超过1.0 %。", "zh", "杂质", "<=", 1.0, "%")]
        // zh: "should not exceed" (a recommendation) is an upper bound too.
        [InlineData("贮存期不宜超过60 d。", "zh", "贮存期", "<=", 60, "d")]
        // zh: "shall not be lower than" is a lower bound.
        [InlineData("容重不应低于720 g/L。", "zh", "容重", ">=", 720, "g/L")]
        // zh: a lower bound in words.
        [InlineData("总皂苷含量不小于 2.0 %。", "zh", "总皂苷含量", ">=", 2.0, "%")]
        // A lower bound as a symbol, space before the unit.
        [InlineData("≥ 95 %", "", "", ">=", 95, "%")]
        // ru: words before the number.
        [InlineData("не более 10 мг/кг", "ru", "", "<=", 10, "mg/kg")]
        // ru: a decimal comma.
        [InlineData("не более 0,2 мг/кг", "ru", "", "<=", 0.2, "mg/kg")]
        // ru: with the parameter.
        [InlineData("Массовая доля свинца не более 0,5 мг/кг", "ru", "Массовая доля свинца", "<=", 0.5, "mg/kg")]
        // ru: a lower bound.
        [InlineData("Натура не менее 710 г/л", "ru", "Натура", ">=", 710, "g/L")]
        // ko: the operator after the value and unit.
        [InlineData("납 0.01 ppm 이하", "ko", "납", "<=", 0.01, "ppm")]
        // ja: the operator right after the unit, no space.
        [InlineData("カドミウム 0.4 ppm以下", "ja", "カドミウム", "<=", 0.4, "ppm")]
        // mn: decimal comma, ablative suffix on the unit, operator after it.
        [InlineData("0,1 мг/кг-аас ихгүй", "mn", "", "<=", 0.1, "mg/kg")]
        // mn: with the parameter and the verb after it.
        [InlineData("Хар тугалга 0,1 мг/кг-аас ихгүй байна.", "mn", "Хар тугалга", "<=", 0.1, "mg/kg")]
        // mn: the ablative ending on a bare number (гурав → гурваас).
        [InlineData("Бараан ширхэгийн тоо 3-аас ихгүй байна.", "mn", "Бараан ширхэгийн тоо", "<=", 3, "")]
        // mn: the ending with г after a long vowel (хоёр зуу → хоёр зуугаас): "not more than 200".
        [InlineData("Мөөгөнцрийн тоо 200-гаас ихгүй байна.", "mn", "Мөөгөнцрийн тоо", "<=", 200, "")]
        // mn: the same with a lower bound, "not less than 100".
        [InlineData("Ширхэгийн тоо 100-гаас багагүй байна.", "mn", "Ширхэгийн тоо", ">=", 100, "")]
        // mn: -гоос (долоо → долоогоос).
        [InlineData("Толбоны тоо 7-гоос ихгүй", "mn", "Толбоны тоо", "<=", 7, "")]
        // mn: colony-forming units in Mongolian (КҮН), per gram and per millilitre.
        [InlineData("Хөгц ба мөөгөнцөр 1×10² КҮН/г-аас ихгүй байна.", "mn", "Хөгц ба мөөгөнцөр", "<=", 100, "CFU/g")]
        [InlineData("Нийт бичил биетний тоо 5×10² КҮН/мл-ээс ихгүй", "mn", "Нийт бичил биетний тоо", "<=", 500, "CFU/mL")]
        // mn: the amount the count is in, written before it ("in 1 mL, not more than 100 CFU") makes the unit.
        [InlineData("Нийт бичил биетний тоо 1 мл-т 100 КҮН-ээс ихгүй байна.", "mn", "Нийт бичил биетний тоо", "<=", 100, "CFU/mL")]
        [InlineData("Бичил биетний тоо 1 г-д 1×10⁴ КҮН-ээс ихгүй", "mn", "Бичил биетний тоо", "<=", 10000, "CFU/g")]
        // en: an abbreviation with a dot.
        [InlineData("max. 10 mg/kg", "en", "", "<=", 10, "mg/kg")]
        // en: a parameter with a colon.
        [InlineData("Lead: max. 10 mg/kg", "en", "Lead", "<=", 10, "mg/kg")]
        // en: a phrase operator, no parameter.
        [InlineData("shall not exceed 0.1 mg/kg", "en", "", "<=", 0.1, "mg/kg")]
        // en: a sentence; "The" is not part of the parameter.
        [InlineData("The lead content shall not exceed 0.1 mg/kg.", "en", "lead content", "<=", 0.1, "mg/kg")]
        // en: a lower bound phrase.
        [InlineData("Moisture shall be not less than 12 %.", "en", "Moisture", ">=", 12, "%")]
        // Scientific notation with a superscript exponent: 5×10⁴ is 50 000 (TextNormalizer keeps it as 10^4).
        [InlineData("菌落总数 ≤5×10⁴ CFU/g", "zh", "菌落总数", "<=", 50000, "CFU/g")]
        // A power of ten alone: 10² is 100.
        [InlineData("大肠菌群 ≤ 10² CFU/g", "zh", "大肠菌群", "<=", 100, "CFU/g")]
        // Full-width digits and ％ (NFKC).
        [InlineData("水分≤１３.０％", "zh", "水分", "<=", 13.0, "%")]
        // ja: a CJK comma between the parameter and the value (NFKC makes it ASCII) does not cut the parameter off.
        [InlineData("鉛は，2.0 ppm以下とする。", "ja", "鉛", "<=", 2.0, "ppm")]
        // zh: a CJK comma before the parameter ends the phrase.
        [InlineData("在干燥条件下，水分不大于13.0 %。", "zh", "水分", "<=", 13.0, "%")]
        // A strict bound.
        [InlineData("pH < 4.6", "en", "pH", "<", 4.6, "")]
        // A minus sign after an operator is the value's sign (Unicode minus and ASCII hyphen).
        [InlineData("冷冻贮存温度≤−18 ℃", "zh", "冷冻贮存温度", "<=", -18, "°C")]
        [InlineData("Storage temperature shall not exceed -18 °C.", "en", "Storage temperature", "<=", -18, "°C")]
        // After a CJK character: 为-18 ℃以下.
        [InlineData("贮存温度为-18 ℃以下。", "zh", "贮存温度", "<=", -18, "°C")]
        public void Should_read_parameter_operator_value_and_unit(string text, string language, string parameter, string op, double value, string unit)
        {
            var r = Assert.Single(Parse(text, language));
            Assert.Equal(parameter, r.Parameter);
            Assert.Equal(op, r.Op.ToSymbol());
            Assert.Equal(value, r.Value!.Value, 9);
            Assert.Equal(unit, r.Unit.Symbol);
        }
    }

    public sealed class Parse_ranges
    {
        [Theory]
        // A tolerance in brackets with the single-character ℃: 18 to 22 °C.
        [InlineData("(20±2) ℃", "", 18, 22, 20, "°C")]
        // The same with full-width brackets and a parameter (zh).
        [InlineData("烘箱温度（105±2）℃", "zh", 103, 107, 105, "°C")]
        // A full-width tilde between the ends.
        [InlineData("5～10 mm", "zh", 5, 10, 7.5, "mm")]
        // A unit after each end.
        [InlineData("5 mm～10 mm", "zh", 5, 10, 7.5, "mm")]
        // ru: от … до ….
        [InlineData("от 5 до 10 мм", "ru", 5, 10, 7.5, "mm")]
        // en: between … and …, a unit after each end.
        [InlineData("operating temperature between 25 °C and 55 °C", "en", 25, 55, 40, "°C")]
        // ru: между … и ….
        [InlineData("между 5 и 10 мм", "ru", 5, 10, 7.5, "mm")]
        // A negative lower end after "between": -25 to 55 °C, not 25 to 55.
        [InlineData("operating temperature between -25 °C and 55 °C", "en", -25, 55, 15, "°C")]
        // The Unicode minus sign and a full-width tilde.
        [InlineData("贮存温度 −25～−10 ℃", "zh", -25, -10, -17.5, "°C")]
        // A dash between two numbers, with spaces, is still a range joiner, not a sign.
        [InlineData("5 - 10 mm", "zh", 5, 10, 7.5, "mm")]
        public void Should_read_both_ends(string text, string language, double min, double max, double value, string unit)
        {
            var r = Assert.Single(Parse(text, language));
            Assert.Equal(RequirementOperator.Range, r.Op);
            Assert.Equal(min, r.Min!.Value, 9);
            Assert.Equal(max, r.Max!.Value, 9);
            Assert.Equal(value, r.Value!.Value, 9);
            Assert.Equal(unit, r.Unit.Symbol);
        }
    }

    public sealed class Parse_parameter
    {
        [Theory]
        // mn: 62 characters from the start of the sentence; the cut at 60 falls inside "Цагаан", which is kept whole.
        [InlineData("Цагаан самнасан ноолуурын 10 г сорьц дахь бараан ширхэгийн тоо 3-аас ихгүй байна.", "mn", "Цагаан самнасан ноолуурын 10 г сорьц дахь бараан ширхэгийн тоо")]
        // mn: a decimal number is one word; the cut inside "0,074" keeps it whole.
        [InlineData("0,074 мм-ийн нүхтэй шигшүүрээр нэвтрэх ширхэглэгийн массын хувь 80 %-иас багагүй байна.", "mn", "0,074 мм-ийн нүхтэй шигшүүрээр нэвтрэх ширхэглэгийн массын хувь")]
        // en: the cut falls inside "hydroxymethylfurfural", which is kept whole.
        [InlineData("In the storage room the hydroxymethylfurfural content of honey after processing or blending shall not exceed 40 mg/kg.", "en", "hydroxymethylfurfural content of honey after processing or blending")]
        // zh: no spaces between words; the parameter is the last 60 characters, as before.
        [InlineData("在本标准规定的贮存和运输条件下自生产之日起直至保质期结束的整个期间内经过任何方式处理后所得到的可供直接食用的各类人参制品及其半成品和原料中按干基计算的水分含量不大于13.0 %。", "zh", "日起直至保质期结束的整个期间内经过任何方式处理后所得到的可供直接食用的各类人参制品及其半成品和原料中按干基计算的水分含量")]
        public void Should_not_cut_the_parameter_inside_a_word(string text, string language, string parameter)
        {
            var r = Assert.Single(Parse(text, language));
            Assert.Equal(parameter, r.Parameter);
        }

        [Theory]
        // A word longer than the overrun is dropped rather than cut (de).
        [InlineData("Die Gesamtkeimzahlbestimmungsverfahrensanforderungen des Prüflabors für Milch und Milcherzeugnisse max. 10 mg/kg", "de")]
        // ru.
        [InlineData("Допускается прием кукурузы влажностью до 30,0 % и температура нагрева зерна продовольственного назначения при сушке не более 50 °C", "ru")]
        // en, a run-on sentence.
        [InlineData("Except where the law provides otherwise the conditions necessary to protect food: chilled foods at a temperature not exceeding 5 °C", "en")]
        public void Should_start_a_long_parameter_at_a_word(string text, string language)
        {
            var r = Assert.Single(Parse(text, language));
            Assert.InRange(r.Parameter.Length, 1, RequirementParser.MaxParameterLength + RequirementParser.MaxParameterWordOverrun);
            var at = text.IndexOf(r.Parameter, StringComparison.Ordinal);
            Assert.True(at >= 0, r.Parameter);
            Assert.True(at == 0 || !char.IsLetterOrDigit(text[at - 1]), $"'{r.Parameter}' starts inside a word");
        }
    }

    [Fact]
    public void And_without_between_does_not_join_a_range()
        => Assert.DoesNotContain(Parse("samples of 5 mm and 10 mm", "en"), r => r.Op == RequirementOperator.Range);

    public sealed class Parse_absence
    {
        [Theory]
        // zh.
        [InlineData("沙门氏菌不得检出", "zh", "沙门氏菌")]
        // zh, in a sentence with a comma before it.
        [InlineData("在25 g样品中，金黄色葡萄球菌不得检出。", "zh", "金黄色葡萄球菌")]
        // en.
        [InlineData("Salmonella shall not be detected", "en", "Salmonella")]
        // ru.
        [InlineData("Патогенные микроорганизмы не допускаются", "ru", "Патогенные микроорганизмы")]
        // ru: a comma between the parameter and the phrase.
        [InlineData("Сальмонеллы, не допускаются.", "ru", "Сальмонеллы")]
        // ko.
        [InlineData("살모넬라 불검출", "ko", "살모넬라")]
        // mn.
        [InlineData("Сальмонелл илрэхгүй", "mn", "Сальмонелл")]
        // Case does not matter, in Latin and Cyrillic letters alike.
        [InlineData("Salmonella: NOT DETECTED", "en", "Salmonella")]
        [InlineData("Сальмонеллы НЕ ДОПУСКАЮТСЯ", "ru", "Сальмонеллы")]
        // Not inside a longer word ("absent" in "nonabsent" is no phrase).
        [InlineData("Listeria absent; the colour is nonabsent", "en", "Listeria")]
        public void Should_read_must_not_be_detected(string text, string language, string parameter)
        {
            var r = Assert.Single(Parse(text, language));
            Assert.Equal(RequirementOperator.Absent, r.Op);
            Assert.Equal(parameter, r.Parameter);
            Assert.Null(r.Value);
        }
    }

    public sealed class Parse_references
    {
        [Theory]
        // A dated reference in Chinese text: 2762 and 2022 are not limits.
        [InlineData("污染物限量应符合GB 2762-2022的规定。", "zh")]
        // With an em dash.
        [InlineData("污染物限量应符合GB 2762—2022的规定。", "zh")]
        // A method standard with a dotted number.
        [InlineData("按GB 5009.12—2017规定的方法测定。", "zh")]
        // The replaced edition.
        [InlineData("本标准代替GB 1353—2009。", "zh")]
        // ISO and IEC references in English.
        [InlineData("See ISO 9001:2015 and IEC 62236-3-1:2018 for the requirements.", "en")]
        // ru: a reference after "по".
        [InlineData("Влажность определяют по ГОСТ 13586.5-2015.", "ru")]
        // A date.
        [InlineData("Дата введения 2019-01-01.", "ru")]
        // Clause numbers and plain numbers with no operator are not requirements.
        [InlineData("See 4.2 and Table 3 of Annex A.", "en")]
        public void Should_not_read_a_reference_as_a_limit(string text, string language)
            => Assert.Empty(Parse(text, language));
    }

    public sealed class Parse_location
    {
        [Fact]
        public void Should_carry_the_location_and_the_source_text()
        {
            var location = new SourceLocation(12, 1);
            var r = Assert.Single(RequirementParser.Parse("Lead: max. 10 mg/kg", "en", location));
            Assert.Equal(location, r.Location);
            Assert.Contains("10 mg/kg", r.Source, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_read_several_requirements_of_one_text()
        {
            var found = Parse("铅≤0.2 mg/kg；镉≤0.1 mg/kg；沙门氏菌不得检出。", "zh");
            Assert.Equal(["铅", "镉", "沙门氏菌"], found.Select(r => r.Parameter));
            Assert.Equal([RequirementOperator.LessOrEqual, RequirementOperator.LessOrEqual, RequirementOperator.Absent], found.Select(r => r.Op));
        }

        [Fact]
        public void Should_give_the_value_in_the_canonical_unit()
        {
            var r = Assert.Single(Parse("Lead ≤ 100 µg/kg", "en"));
            Assert.Equal(0.1, r.CanonicalValue!.Value, 9);
        }
    }

    public sealed class TryParseValue
    {
        [Theory]
        // A symbol in the cell.
        [InlineData("≤0.2", "<=", 0.2)]
        // A bare number takes the column's operator.
        [InlineData("12", ">=", 12)]
        // A decimal comma in a Russian cell.
        [InlineData("14,0", ">=", 14.0)]
        // An operator after the value (ko).
        [InlineData("0.01 이하", "<=", 0.01)]
        public void Should_read_a_cell(string cell, string op, double value)
        {
            Assert.True(RequirementParser.TryParseValue(cell, "ru", RequirementOperator.GreaterOrEqual, Units.Get("mg/kg"), out var r));
            Assert.Equal(op, r!.Op.ToSymbol());
            Assert.Equal(value, r.Value!.Value, 9);
            Assert.Equal("mg/kg", r.Unit.Symbol);
        }

        [Theory]
        // mn: the ablative ending with г on a bare number (the known gap read it as "= 200").
        [InlineData("200-гаас ихгүй", "<=", 200, "")]
        [InlineData("100-гаас багагүй", ">=", 100, "")]
        // mn: colony-forming units in Mongolian, with the ablative ending on the unit.
        [InlineData("5×10³ КҮН/г-аас ихгүй", "<=", 5000, "CFU/g")]
        // mn: the amount before the count is no value of its own ("in 1 mL, not more than 100 CFU").
        [InlineData("1 мл-т 100 КҮН-ээс ихгүй", "<=", 100, "CFU/mL")]
        [InlineData("1 мл-т 1×10² КҮН-ээс ихгүй", "<=", 100, "CFU/mL")]
        public void Should_read_a_mongolian_cell(string cell, string op, double value, string unit)
        {
            Assert.True(RequirementParser.TryParseValue(TextNormalizer.Normalize(cell), "mn", RequirementOperator.Equal, Unit.None, out var r));
            Assert.Equal((op, value, unit), (r!.Op.ToSymbol(), r.Value!.Value, r.Unit.Symbol));
        }

        [Fact]
        public void Should_read_scientific_notation_after_normalisation()
        {
            Assert.True(RequirementParser.TryParseValue(TextNormalizer.Normalize("5×10⁴"), "zh", RequirementOperator.LessOrEqual, Units.Get("CFU/g"), out var r));
            Assert.Equal(("<=", 50000.0, "CFU/g"), (r!.Op.ToSymbol(), r.Value!.Value, r.Unit.Symbol));
        }

        [Fact]
        public void Should_read_not_detected()
        {
            Assert.True(RequirementParser.TryParseValue("不得检出", "zh", RequirementOperator.LessOrEqual, Unit.None, out var r));
            Assert.Equal(RequirementOperator.Absent, r!.Op);
        }

        [Fact]
        public void Should_read_a_range()
        {
            Assert.True(RequirementParser.TryParseValue("5~10", "zh", RequirementOperator.LessOrEqual, Units.Get("mm"), out var r));
            Assert.Equal(RequirementOperator.Range, r!.Op);
            Assert.Equal((5.0, 10.0), (r.Min!.Value, r.Max!.Value));
        }

        [Theory]
        // Dashes and slashes mean "no requirement".
        [InlineData("—")]
        [InlineData("-")]
        [InlineData("/")]
        // Empty.
        [InlineData("")]
        // Words only.
        [InlineData("黄白色")]
        public void Should_read_nothing_from_a_cell_without_a_value(string cell)
            => Assert.False(RequirementParser.TryParseValue(cell, "zh", RequirementOperator.LessOrEqual, Unit.None, out _));
    }
}
