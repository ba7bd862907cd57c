namespace StdCompare.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    public sealed class Normalize
    {
        [Theory]
        // Full-width digits and the ideographic space U+3000 after a clause number.
        [InlineData("４.２　感官要求", "4.2 感官要求")]
        // Full-width brackets, colon and comma.
        [InlineData("铅（以Pb计）：不大于０.２，", "铅(以Pb计):不大于0.2,")]
        // The degree Celsius sign becomes two characters.
        [InlineData("(20±2) ℃", "(20±2) °C")]
        // Superscript exponents are kept as ^n (NFKC alone would make 10⁴ into 104).
        [InlineData("5×10⁴ CFU/g", "5×10^4 CFU/g")]
        // A negative exponent.
        [InlineData("1×10⁻³", "1×10^-3")]
        // Superscripts in units.
        [InlineData("m/s²", "m/s^2")]
        // No-break space becomes a space.
        [InlineData("0,2\u00A0мг/кг", "0,2 мг/кг")]
        // MICRO SIGN becomes GREEK SMALL LETTER MU.
        [InlineData("100 \u00B5g/kg", "100 \u03BCg/kg")]
        // Full-width tilde in a range.
        [InlineData("5～10 mm", "5~10 mm")]
        // Plain text is unchanged.
        [InlineData("4.2 Moisture", "4.2 Moisture")]
        // Empty stays empty.
        [InlineData("", "")]
        public void Should_give_the_form_readers_work_on(string text, string expected)
            => Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    public sealed class Fast_path
    {
        [Fact]
        public void Should_take_only_characters_that_nfkc_leaves_alone_and_nothing_composes_with()
        {
            var taken = 0;
            for (var code = 0; code <= 0xFFFF; code++)
            {
                var c = (char)code;
                if (!TextNormalizer.IsStableChar(c))
                {
                    continue;
                }

                taken++;
                Assert.False(char.IsSurrogate(c), $"U+{code:X4}");
                var s = c.ToString();
                Assert.True(s.IsNormalized(System.Text.NormalizationForm.FormKC), $"U+{code:X4} changes under NFKC");
                Assert.True(char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark), $"U+{code:X4} is a combining mark");
                Assert.False(code is >= 0x1100 and <= 0x11FF, $"U+{code:X4} is a Hangul jamo");
                Assert.False(code == 0x00A0, "no-break space");
            }

            // ASCII, Cyrillic, CJK ideographs and Hangul syllables.
            Assert.True(taken > 30000, taken.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("4.2 Moisture, 0.2 mg/kg")]
        [InlineData("铅不大于0.2 mg/kg")]
        [InlineData("Массовая доля влаги не более 12 %")]
        [InlineData("수분 12 % 이하")]
        public void Should_give_the_same_as_nfkc_for_stable_text(string text)
        {
            Assert.True(TextNormalizer.IsStable(text));
            Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormKC), TextNormalizer.Normalize(text));
        }

        [Theory]
        // Full-width punctuation, the micro sign, a superscript and a no-break space are not stable.
        [InlineData("铅（以Pb计）")]
        [InlineData("100 \u00B5g")]
        [InlineData("m/s²")]
        [InlineData("0,2\u00A0мг")]
        public void Should_leave_other_text_to_nfkc(string text)
            => Assert.False(TextNormalizer.IsStable(text));
    }
}
