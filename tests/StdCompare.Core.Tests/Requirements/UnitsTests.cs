using StdCompare.Requirements;

namespace StdCompare.Core.Tests.Requirements;

public sealed class UnitsTests
{
    public sealed class TryGet
    {
        [Theory]
        // English/SI symbol.
        [InlineData("mg/kg", "mg/kg", Dimension.MassFraction)]
        // Russian.
        [InlineData("мг/кг", "mg/kg", Dimension.MassFraction)]
        // Chinese, with a slash and in words.
        [InlineData("毫克/千克", "mg/kg", Dimension.MassFraction)]
        [InlineData("毫克每千克", "mg/kg", Dimension.MassFraction)]
        // Spaces around the slash do not matter.
        [InlineData("mg / kg", "mg/kg", Dimension.MassFraction)]
        // MICRO SIGN U+00B5.
        [InlineData("\u00B5g/kg", "\u00B5g/kg", Dimension.MassFraction)]
        // GREEK SMALL LETTER MU U+03BC: the same unit.
        [InlineData("\u03BCg/kg", "\u00B5g/kg", Dimension.MassFraction)]
        // ASCII stand-in for µ.
        [InlineData("ug/kg", "\u00B5g/kg", Dimension.MassFraction)]
        // Russian micro.
        [InlineData("мкг/кг", "\u00B5g/kg", Dimension.MassFraction)]
        // Chinese micro.
        [InlineData("微克/千克", "\u00B5g/kg", Dimension.MassFraction)]
        // Parts per million.
        [InlineData("ppm", "ppm", Dimension.MassFraction)]
        // Russian "millionth" written as млн^-1.
        [InlineData("млн-1", "ppm", Dimension.MassFraction)]
        // Per cent.
        [InlineData("%", "%", Dimension.MassFraction)]
        // Full-width per cent sign (NFKC).
        [InlineData("％", "%", Dimension.MassFraction)]
        // Grams per 100 g in three languages, with and without the space.
        [InlineData("g/100g", "g/100g", Dimension.MassFraction)]
        [InlineData("g/100 g", "g/100g", Dimension.MassFraction)]
        [InlineData("г/100 г", "g/100g", Dimension.MassFraction)]
        [InlineData("克/100克", "g/100g", Dimension.MassFraction)]
        // Micrograms per gram are milligrams per kilogram (trace elements in coal).
        [InlineData("μg/g", "\u00B5g/g", Dimension.MassFraction)]
        [InlineData("мкг/г", "\u00B5g/g", Dimension.MassFraction)]
        // Calorific value of fuels and energy of foods.
        [InlineData("MJ/kg", "MJ/kg", Dimension.SpecificEnergy)]
        [InlineData("МДж/кг", "MJ/kg", Dimension.SpecificEnergy)]
        [InlineData("kcal/kg", "kcal/kg", Dimension.SpecificEnergy)]
        [InlineData("kJ/100 g", "kJ/100g", Dimension.SpecificEnergy)]
        [InlineData("千焦/100克", "kJ/100g", Dimension.SpecificEnergy)]
        // Mass concentration: capital and small L, Russian, Chinese.
        [InlineData("mg/L", "mg/L", Dimension.MassConcentration)]
        [InlineData("mg/l", "mg/L", Dimension.MassConcentration)]
        [InlineData("мг/л", "mg/L", Dimension.MassConcentration)]
        [InlineData("мг/дм³", "mg/L", Dimension.MassConcentration)]
        [InlineData("毫克/升", "mg/L", Dimension.MassConcentration)]
        [InlineData("µg/L", "\u00B5g/L", Dimension.MassConcentration)]
        [InlineData("мкг/л", "\u00B5g/L", Dimension.MassConcentration)]
        // Degree Celsius: two characters, the single ℃ sign (NFKC), a Cyrillic С, Chinese words.
        [InlineData("°C", "°C", Dimension.Temperature)]
        [InlineData("℃", "°C", Dimension.Temperature)]
        [InlineData("°С", "°C", Dimension.Temperature)]
        [InlineData("摄氏度", "°C", Dimension.Temperature)]
        // Pressure in three scripts.
        [InlineData("kPa", "kPa", Dimension.Pressure)]
        [InlineData("кПа", "kPa", Dimension.Pressure)]
        [InlineData("千帕", "kPa", Dimension.Pressure)]
        [InlineData("MPa", "MPa", Dimension.Pressure)]
        [InlineData("МПа", "MPa", Dimension.Pressure)]
        // Colony-forming units, Latin and Russian.
        [InlineData("CFU/g", "CFU/g", Dimension.MicrobialCountPerMass)]
        [InlineData("КОЕ/г", "CFU/g", Dimension.MicrobialCountPerMass)]
        // Colony-forming units in Mongolian (колони үүсгэх нэгж), in capitals and in small letters.
        [InlineData("КҮН/г", "CFU/g", Dimension.MicrobialCountPerMass)]
        [InlineData("КҮН/мл", "CFU/mL", Dimension.MicrobialCountPerVolume)]
        [InlineData("күн/мл", "CFU/mL", Dimension.MicrobialCountPerVolume)]
        [InlineData("КҮН/см³", "CFU/mL", Dimension.MicrobialCountPerVolume)]
        [InlineData("КҮН/100 мл", "CFU/100mL", Dimension.MicrobialCountPerVolume)]
        // Superscript exponent (m/s²) is kept as ^2, not read as m/s2.
        [InlineData("m/s²", "m/s²", Dimension.Acceleration)]
        public void Should_know_the_spelling(string spelling, string symbol, Dimension dimension)
        {
            Assert.True(Units.TryGet(spelling, out var unit), $"'{spelling}' should be known");
            Assert.Equal(symbol, unit.Symbol);
            Assert.Equal(dimension, unit.Dimension);
        }

        [Theory]
        // Not a unit.
        [InlineData("furlong")]
        // Empty.
        [InlineData("")]
        // White space.
        [InlineData("  ")]
        // Null.
        [InlineData(null)]
        public void Should_not_know_what_is_not_a_unit(string? spelling)
            => Assert.False(Units.TryGet(spelling, out _));

        [Fact]
        public void Get_should_throw_for_an_unknown_unit()
            => Assert.Throws<KeyNotFoundException>(() => Units.Get("furlong"));
    }

    public sealed class Convert
    {
        [Theory]
        // 100 µg/kg is 0.1 mg/kg (the spec's own example).
        [InlineData(100, "µg/kg", "mg/kg", 0.1)]
        // And back.
        [InlineData(0.2, "mg/kg", "μg/kg", 200)]
        // 1 ppm is 1 mg/kg.
        [InlineData(1, "ppm", "mg/kg", 1)]
        // 50 ppb is 50 µg/kg.
        [InlineData(50, "ppb", "µg/kg", 50)]
        // 1 % is 10 000 mg/kg.
        [InlineData(1, "%", "mg/kg", 10000)]
        // 0.5 % is 5 000 ppm.
        [InlineData(0.5, "%", "ppm", 5000)]
        // g/100g is a per cent.
        [InlineData(12.5, "g/100g", "%", 12.5)]
        // 1.5 g/kg is 0.15 %.
        [InlineData(1.5, "g/kg", "%", 0.15)]
        // 1 mg/L is 1 000 µg/L.
        [InlineData(1, "mg/L", "µg/L", 1000)]
        // 10 µg/L is 0.01 mg/L.
        [InlineData(10, "µg/L", "mg/L", 0.01)]
        // Temperature with an offset: 20 °C is 293.15 K.
        [InlineData(20, "°C", "K", 293.15)]
        // And back.
        [InlineData(293.15, "K", "°C", 20)]
        // °C to °C is the identity.
        [InlineData(-18, "℃", "°C", -18)]
        // 1 MPa is 1 000 kPa.
        [InlineData(1, "MPa", "kPa", 1000)]
        // 250 kPa is 0.25 MPa.
        [InlineData(250, "кПа", "МПа", 0.25)]
        // 1 bar is 100 kPa.
        [InlineData(1, "bar", "kPa", 100)]
        // 2 µg/g is 2 mg/kg.
        [InlineData(2, "µg/g", "mg/kg", 2)]
        // 5 000 kcal/kg is 20.92 MJ/kg; 1 700 kJ/100 g is 17 MJ/kg.
        [InlineData(5000, "kcal/kg", "MJ/kg", 20.92)]
        [InlineData(1700, "kJ/100g", "MJ/kg", 17)]
        public void Should_convert_within_a_dimension(double value, string from, string to, double expected)
            => Assert.Equal(expected, Units.Convert(value, Units.Get(from), Units.Get(to)), 9);

        [Theory]
        // Mass fraction and mass concentration cannot be compared without a density.
        [InlineData("mg/kg", "mg/L")]
        // Temperature and pressure.
        [InlineData("°C", "kPa")]
        // Per cent by mass and per cent by volume.
        [InlineData("%", "% (V/V)")]
        public void Should_refuse_to_convert_across_dimensions(string from, string to)
        {
            var a = Units.Get(from);
            var b = Units.Get(to);
            Assert.False(a.IsConvertibleTo(b));
            Assert.Throws<InvalidOperationException>(() => Units.Convert(1, a, b));
        }

        [Fact]
        public void Should_not_compare_bare_numbers()
            => Assert.False(Unit.None.IsConvertibleTo(Unit.None));
    }

    public sealed class Canonical
    {
        [Theory]
        // mg/kg is the canonical mass fraction.
        [InlineData(Dimension.MassFraction, "mg/kg")]
        // mg/L the canonical mass concentration.
        [InlineData(Dimension.MassConcentration, "mg/L")]
        // °C the canonical temperature.
        [InlineData(Dimension.Temperature, "°C")]
        // kPa the canonical pressure.
        [InlineData(Dimension.Pressure, "kPa")]
        public void Should_be_the_unit_with_factor_one(Dimension dimension, string symbol)
            => Assert.Equal(symbol, Units.Canonical(dimension).Symbol);
    }
}
