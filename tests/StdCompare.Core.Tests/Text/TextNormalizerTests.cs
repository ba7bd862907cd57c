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
}
