using StdCompare.Designations;

namespace StdCompare.Core.Tests.Designations;

public sealed class StandardIdTests
{
    public sealed class TryParse
    {
        [Theory]
        // Chinese recommended national standard: GB/T, year after a hyphen.
        [InlineData("GB/T 19001-2016", "GB/T", "SAC", "19001", null, "2016", "GB/T 19001-2016", "GB/T 19001")]
        // Chinese mandatory standard as printed on the cover, with an em dash before the year.
        [InlineData("GB 2762—2022", "GB", "SAC", "2762", null, "2022", "GB 2762-2022", "GB 2762")]
        // An en dash before the year reads the same.
        [InlineData("GB 2762–2022", "GB", "SAC", "2762", null, "2022", "GB 2762-2022", "GB 2762")]
        // Jilin provincial local standard: the body is DB22, the jurisdiction code is in the prefix.
        [InlineData("DB22/T 2976-2019", "DB22/T", "DB22", "2976", null, "2019", "DB22/T 2976-2019", "DB22/T 2976")]
        // ISO: the year follows a colon.
        [InlineData("ISO 9001:2015", "ISO", "ISO", "9001", null, "2015", "ISO 9001:2015", "ISO 9001")]
        // Joint ISO/IEC standard: the body is ISO, the prefix keeps both.
        [InlineData("ISO/IEC 17025:2017", "ISO/IEC", "ISO", "17025", null, "2017", "ISO/IEC 17025:2017", "ISO/IEC 17025")]
        // IEC alone.
        [InlineData("IEC 61373:2010", "IEC", "IEC", "61373", null, "2010", "IEC 61373:2010", "IEC 61373")]
        // IEC with a multi-level part: 62236-3-1 is standard 62236, part 3-1.
        [InlineData("IEC 62236-3-1:2018", "IEC", "IEC", "62236", "3-1", "2018", "IEC 62236-3-1:2018", "IEC 62236-3-1")]
        // Codex standard: CXS, year after a hyphen.
        [InlineData("CXS 193-1995", "CXS", "CAC", "193", null, "1995", "CXS 193-1995", "CXS 193")]
        // UN Regulation without a year; the number joins the prefix.
        [InlineData("UN R94", "UN R", "UNECE", "94", null, null, "UN R94", "UN R94")]
        // UN Regulation with a series of amendments: -03 is a part, not a year.
        [InlineData("UN R94-03", "UN R", "UNECE", "94", "03", null, "UN R94-03", "UN R94-03")]
        // Russian national standard, ГОСТ Р.
        [InlineData("ГОСТ Р 52109-2003", "ГОСТ Р", "GOST", "52109", null, "2003", "ГОСТ Р 52109-2003", "ГОСТ Р 52109")]
        // Interstate standard, ГОСТ alone.
        [InlineData("ГОСТ 32513-2013", "ГОСТ", "GOST", "32513", null, "2013", "ГОСТ 32513-2013", "ГОСТ 32513")]
        // Soviet-era two-digit year.
        [InlineData("ГОСТ 13634-90", "ГОСТ", "GOST", "13634", null, "90", "ГОСТ 13634-90", "ГОСТ 13634")]
        // Dotted number (GOST R 41.xx adopt UNECE regulations).
        [InlineData("ГОСТ Р 41.48-2004", "ГОСТ Р", "GOST", "41.48", null, "2004", "ГОСТ Р 41.48-2004", "ГОСТ Р 41.48")]
        // Eurasian technical regulation: a slash before the year, leading zero kept.
        [InlineData("ТР ТС 021/2011", "ТР ТС", "EAEU", "021", null, "2011", "ТР ТС 021/2011", "ТР ТС 021")]
        // Korean standard: KS plus a division letter, colon before the year.
        [InlineData("KS H 2012:2019", "KS H", "KS", "2012", null, "2019", "KS H 2012:2019", "KS H 2012")]
        // Japanese industrial standard: JIS plus a division letter.
        [InlineData("JIS B 1234:2020", "JIS B", "JIS", "1234", null, "2020", "JIS B 1234:2020", "JIS B 1234")]
        // Mongolian national standard.
        [InlineData("MNS 6648:2017", "MNS", "MNS", "6648", null, "2017", "MNS 6648:2017", "MNS 6648")]
        // Kazakh national standard, СТ РК.
        [InlineData("СТ РК 1234-2005", "СТ РК", "KZ", "1234", null, "2005", "СТ РК 1234-2005", "СТ РК 1234")]
        // Thai industrial standard with a Buddhist-era year (2563 = 2020).
        [InlineData("TIS 9901-2563", "TIS", "TH", "9901", null, "2563", "TIS 9901-2563", "TIS 9901")]
        // Full-width digits and hyphen, as in Chinese text: NFKC makes them ASCII.
        [InlineData("GB/T １９００１－２０１６", "GB/T", "SAC", "19001", null, "2016", "GB/T 19001-2016", "GB/T 19001")]
        // Full-width digits and colon, ideographic space U+3000 after the prefix.
        [InlineData("ISO\u3000９００１：２０１５", "ISO", "ISO", "9001", null, "2015", "ISO 9001:2015", "ISO 9001")]
        // Several spaces and surrounding white space collapse.
        [InlineData("  GB/T   1.1-2020 ", "GB/T", "SAC", "1.1", null, "2020", "GB/T 1.1-2020", "GB/T 1.1")]
        public void Should_read_prefix_body_number_part_year(
            string text, string prefix, string body, string number, string? part, string? year, string normalised, string key)
        {
            Assert.True(StandardId.TryParse(text, out var id), $"'{text}' should parse");
            Assert.Equal(prefix, id.Prefix);
            Assert.Equal(body, id.Body);
            Assert.Equal(number, id.Number);
            Assert.Equal(part, id.Part);
            Assert.Equal(year, id.Year);
            Assert.Equal(normalised, id.ToString());
            Assert.Equal(key, id.Key);
        }

        [Theory]
        // Plain words.
        [InlineData("hello")]
        // A clause number is not a designation.
        [InlineData("4.2")]
        // Nothing.
        [InlineData("")]
        // White space only.
        [InlineData("   ")]
        // A prefix without a number.
        [InlineData("GB/T")]
        // A designation followed by other words: TryParse wants the whole text (TryFind looks inside text).
        [InlineData("ISO 9001:2015 Quality management systems")]
        // A quantity.
        [InlineData("0.2 mg/kg")]
        public void Should_reject_what_is_not_a_designation(string text)
        {
            Assert.False(StandardId.TryParse(text, out var id));
            Assert.Null(id);
        }

        [Fact]
        public void Should_reject_null()
            => Assert.False(StandardId.TryParse(null, out _));
    }

    public sealed class Parse
    {
        [Fact]
        public void Should_throw_a_format_exception_naming_the_text()
        {
            var e = Assert.Throws<FormatException>(() => StandardId.Parse("hello"));
            Assert.Contains("hello", e.Message, StringComparison.Ordinal);
        }
    }

    public sealed class FullYear
    {
        [Theory]
        // Four digits as printed.
        [InlineData("GB/T 19001-2016", 2016)]
        // Two-digit Soviet year: 90 is 1990.
        [InlineData("ГОСТ 13634-90", 1990)]
        // Two-digit year from 50 is 19xx.
        [InlineData("ГОСТ 6292-93", 1993)]
        // Two-digit year below 50 is 20xx.
        [InlineData("ГОСТ 1234-05", 2005)]
        public void Should_expand_the_year(string text, int year)
            => Assert.Equal(year, StandardId.Parse(text).FullYear);

        [Fact]
        public void Should_be_null_without_a_year()
            => Assert.Null(StandardId.Parse("UN R94").FullYear);
    }

    public sealed class TryFind
    {
        [Theory]
        // A reference inside Chinese text.
        [InlineData("污染物限量应符合GB 2762—2022的规定。", "GB 2762-2022")]
        // A reference in an English sentence.
        [InlineData("as specified in ISO 712:2009, clause 4", "ISO 712:2009")]
        // A cover line with the title after the designation.
        [InlineData("ГОСТ Р 52109-2003 Вода питьевая", "ГОСТ Р 52109-2003")]
        public void Should_find_the_designation_inside_text(string text, string expected)
        {
            Assert.True(StandardId.TryFind(text, out var id, out var index, out var length));
            Assert.Equal(expected, id.ToString());
            Assert.True(index >= 0 && length > 0);
        }

        [Theory]
        // Leading white space: the normal form drops it, the offsets must not.
        [InlineData(" 环境试验（IEC 60068-2-27，IDT）", "IEC 60068-2-27")]
        // A run of spaces and a tab before the designation.
        [InlineData("按照   \t GB/T 2423.5 进行", "GB/T 2423.5")]
        // A full-width designation: NFKC keeps its length, the offsets are the text's own.
        [InlineData("应符合ＧＢ　２７６２的规定", "ＧＢ　２７６２")]
        // A character NFKC expands (㎏ → kg) before the designation.
        [InlineData("10㎏ 按 ISO 712:2009 测定", "ISO 712:2009")]
        public void Offsets_are_those_of_the_text_as_given(string text, string expected)
        {
            Assert.True(StandardId.TryFind(text, out _, out var index, out var length));
            Assert.Equal(expected, text.Substring(index, length));
        }

        [Theory]
        // No designation.
        [InlineData("本标准适用于商品玉米。")]
        // Null.
        [InlineData(null)]
        public void Should_find_nothing_where_there_is_none(string? text)
            => Assert.False(StandardId.TryFind(text, out _, out _, out _));
    }

    public sealed class SameStandardAs
    {
        [Theory]
        // Editions of one standard.
        [InlineData("GB/T 19001-2016", "GB/T 19001-2008", true)]
        // Dash forms do not matter.
        [InlineData("GB 2762—2022", "GB 2762-2017", true)]
        // GB and GB/T with the same number are different standards.
        [InlineData("GB 19001-2016", "GB/T 19001-2016", false)]
        public void Should_compare_without_the_year(string a, string b, bool same)
            => Assert.Equal(same, StandardId.Parse(a).SameStandardAs(StandardId.Parse(b)));
    }
}
