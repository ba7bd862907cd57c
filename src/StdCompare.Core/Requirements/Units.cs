using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace StdCompare.Requirements;

/// <summary>The units StdCompare knows, with the ways they are written in the corpus's languages.</summary>
public static class Units
{
    private static readonly Dictionary<string, Unit> BySpelling = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Unit> BySymbol = new(StringComparer.Ordinal);

    /// <summary>Spellings longest first, for scanning text.</summary>
    internal static readonly string[] SpellingsLongestFirst;

    static Units()
    {
        // Mass fraction, canonical mg/kg.
        Add("mg/kg", Dimension.MassFraction, 1, "mg/kg", "мг/кг", "毫克每千克", "毫克/千克", "mg kg-1");
        Add("µg/kg", Dimension.MassFraction, 0.001, "μg/kg", "µg/kg", "ug/kg", "мкг/кг", "微克每千克", "微克/千克");
        Add("ng/kg", Dimension.MassFraction, 0.000001, "ng/kg", "нг/кг");
        Add("g/kg", Dimension.MassFraction, 1000, "g/kg", "г/кг", "克每千克", "克/千克");
        Add("mg/g", Dimension.MassFraction, 1000, "mg/g", "мг/г", "毫克/克");
        Add("µg/g", Dimension.MassFraction, 1, "μg/g", "µg/g", "ug/g", "мкг/г", "微克/克", "微克每克");
        Add("ppm", Dimension.MassFraction, 1, "ppm", "mass ppm", "質量ppm", "млн-1", "млн^-1");
        Add("ppb", Dimension.MassFraction, 0.001, "ppb", "млрд-1");
        Add("%", Dimension.MassFraction, 10000, "%", "% (m/m)", "%(m/m)", "% (質量分率)", "质量分数%", "% по массе", "mass %", "% mass", "% масс", "% масс.");
        Add("g/100g", Dimension.MassFraction, 10000, "g/100g", "g/100 g", "г/100 г", "г/100г", "克/100克");
        Add("mg/100g", Dimension.MassFraction, 10, "mg/100g", "mg/100 g", "мг/100 г", "мг/100г", "毫克/100克", "mg/100 mL");

        // Mass concentration, canonical mg/L.
        Add("mg/L", Dimension.MassConcentration, 1, "mg/L", "mg/l", "мг/л", "мг/дм^3", "мг/дм3", "毫克每升", "毫克/升");
        Add("µg/L", Dimension.MassConcentration, 0.001, "μg/L", "µg/L", "μg/l", "ug/L", "ug/l", "мкг/л", "мкг/дм^3", "мкг/дм3", "微克每升", "微克/升");
        Add("ng/L", Dimension.MassConcentration, 0.000001, "ng/L", "ng/l", "нг/л");
        Add("g/L", Dimension.MassConcentration, 1000, "g/L", "g/l", "г/л", "г/дм^3", "г/дм3", "克/升");

        // Volume fraction, canonical % (V/V).
        Add("% (V/V)", Dimension.VolumeFraction, 1, "% (V/V)", "%(V/V)", "% (v/v)", "%(v/v)", "% vol", "%vol", "% об.", "% об", "об. %", "% (体积分数)", "体积分数%", "vol %", "vol%", "% по объему", "容量%", "体積%");

        // Radioactivity.
        Add("Bq/kg", Dimension.SpecificActivity, 1, "Bq/kg", "Бк/кг", "贝可/千克");
        Add("Bq/L", Dimension.ActivityConcentration, 1, "Bq/L", "Bq/l", "Бк/л", "Бк/дм3", "贝可/升");

        // Microbiology. Colony-forming units are КОЕ in Russian and Kazakh, КҮН (колони үүсгэх нэгж) in Mongolian.
        Add("CFU/g", Dimension.MicrobialCountPerMass, 1, "CFU/g", "cfu/g", "КОЕ/г", "КОЕ/г-д", "CFU/ g", "КҮН/г", "күн/г");
        Add("MPN/g", Dimension.MicrobialCountPerMass, 1, "MPN/g", "MPN/ g");
        Add("CFU/mL", Dimension.MicrobialCountPerVolume, 1, "CFU/mL", "CFU/ml", "cfu/mL", "КОЕ/мл", "КОЕ/см^3", "КОЕ/см3", "КҮН/мл", "күн/мл", "КҮН/см^3", "КҮН/см3");
        Add("CFU/100mL", Dimension.MicrobialCountPerVolume, 0.01, "CFU/100mL", "CFU/100 mL", "CFU/100 ml", "КОЕ/100 мл", "КОЕ/100 см^3", "КОЕ/100см3", "КОЕ/100 см3", "КҮН/100 мл", "КҮН/100мл");
        Add("MPN/100mL", Dimension.MicrobialCountPerVolume, 0.01, "MPN/100mL", "MPN/100 mL", "MPN/100 ml");
        Add("CFU/250mL", Dimension.MicrobialCountPerVolume, 0.004, "CFU/250mL", "CFU/250 mL", "КОЕ/250 мл", "КОЕ/250 см3", "КҮН/250 мл");

        // Pressure, canonical kPa.
        Add("kPa", Dimension.Pressure, 1, "kPa", "кПа", "千帕");
        Add("Pa", Dimension.Pressure, 0.001, "Pa", "Па");
        Add("MPa", Dimension.Pressure, 1000, "MPa", "МПа", "兆帕");
        Add("bar", Dimension.Pressure, 100, "bar", "бар");

        // Temperature, canonical °C.
        Add("°C", Dimension.Temperature, 1, "°C", "°С", "ºC", "° C", "摄氏度");
        Add("K", Dimension.Temperature, 1, -273.15, "K");

        // Sound.
        Add("dB(A)", Dimension.SoundLevel, 1, "dB(A)", "dB (A)", "dBA", "дБ(А)", "дБА", "дБ (А)", "分贝(A)");
        Add("dB(µV/m)", Dimension.FieldStrengthLevel, 1, "dB(μV/m)", "dBμV/m", "dB(uV/m)", "дБ(мкВ/м)", "dB μV/m");

        // Speed, canonical km/h.
        Add("km/h", Dimension.Speed, 1, "km/h", "км/ч", "公里/小时", "千米/小时", "km/hr");
        Add("m/s", Dimension.Speed, 3.6, "m/s", "м/с");

        // Length, canonical mm.
        Add("mm", Dimension.Length, 1, "mm", "мм", "毫米");
        Add("cm", Dimension.Length, 10, "cm", "см", "厘米");
        Add("m", Dimension.Length, 1000, "m", "м", "米");
        Add("µm", Dimension.Length, 0.001, "μm", "µm", "um", "мкм", "微米");
        Add("km", Dimension.Length, 1000000, "km", "км", "千米", "公里");

        // Mass, canonical g.
        Add("g", Dimension.Mass, 1, "g", "г", "克");
        Add("kg", Dimension.Mass, 1000, "kg", "кг", "千克", "公斤");
        Add("mg", Dimension.Mass, 0.001, "mg", "мг", "毫克");
        Add("t", Dimension.Mass, 1000000, "t", "т", "吨");

        // Time, canonical s.
        Add("s", Dimension.Time, 1, "s", "с", "秒");
        Add("ms", Dimension.Time, 0.001, "ms", "мс", "毫秒");
        Add("min", Dimension.Time, 60, "min", "мин", "分钟");
        Add("h", Dimension.Time, 3600, "h", "ч", "小时", "時間");
        Add("d", Dimension.Time, 86400, "d", "сут", "天", "日");

        // Force, canonical N.
        Add("N", Dimension.Force, 1, "N", "Н", "牛");
        Add("kN", Dimension.Force, 1000, "kN", "кН", "千牛");

        // Acceleration, canonical m/s².
        Add("m/s²", Dimension.Acceleration, 1, "m/s^2", "m/s2", "м/с^2", "м/с2", "米/秒^2");
        Add("g_n", Dimension.Acceleration, 9.80665, "gn", "g_n");

        // Frequency, canonical Hz.
        Add("Hz", Dimension.Frequency, 1, "Hz", "Гц", "赫兹");
        Add("kHz", Dimension.Frequency, 1000, "kHz", "кГц");
        Add("MHz", Dimension.Frequency, 1000000, "MHz", "МГц");
        Add("GHz", Dimension.Frequency, 1000000000, "GHz", "ГГц");

        // Density, canonical kg/m³.
        Add("kg/m³", Dimension.Density, 1, "kg/m^3", "kg/m3", "кг/м^3", "кг/м3", "千克/立方米");
        Add("g/cm³", Dimension.Density, 1000, "g/cm^3", "g/cm3", "г/см^3", "г/см3", "g/mL", "g/ml");

        // Viscosity, canonical mm²/s.
        Add("mm²/s", Dimension.Viscosity, 1, "mm^2/s", "mm2/s", "мм^2/с", "мм2/с", "cSt", "сСт");

        // Light.
        Add("cd", Dimension.LuminousIntensity, 1, "cd", "кд", "坎德拉");
        Add("lx", Dimension.Illuminance, 1, "lx", "лк", "勒克斯");

        // Power and energy.
        Add("W", Dimension.Power, 1, "W", "Вт", "瓦");
        Add("kW", Dimension.Power, 1000, "kW", "кВт", "千瓦");
        Add("kW/m²", Dimension.HeatFlux, 1, "kW/m^2", "kW/m2", "кВт/м^2", "кВт/м2");
        Add("J", Dimension.Energy, 1, "J", "Дж", "焦");
        Add("kJ", Dimension.Energy, 1000, "kJ", "кДж", "千焦");
        Add("MJ/m²", Dimension.Energy, 1000000, "MJ/m^2", "MJ/m2", "МДж/м2");

        // Energy per mass (calorific value of fuels, energy of foods), canonical MJ/kg.
        Add("MJ/kg", Dimension.SpecificEnergy, 1, "MJ/kg", "МДж/кг", "兆焦/千克", "兆焦每千克");
        Add("kJ/kg", Dimension.SpecificEnergy, 0.001, "kJ/kg", "кДж/кг", "千焦/千克");
        Add("kcal/kg", Dimension.SpecificEnergy, 0.004184, "kcal/kg", "ккал/кг", "千卡/千克", "cal/g", "кал/г");
        Add("kJ/100g", Dimension.SpecificEnergy, 0.01, "kJ/100g", "kJ/100 g", "кДж/100 г", "кДж/100г", "千焦/100克");
        Add("kcal/100g", Dimension.SpecificEnergy, 0.04184, "kcal/100g", "kcal/100 g", "ккал/100 г", "ккал/100г", "千卡/100克");

        // Angle and voltage.
        Add("°", Dimension.Angle, 1, "°");
        Add("V", Dimension.Voltage, 1, "V", "В", "伏");
        Add("kV", Dimension.Voltage, 1000, "kV", "кВ", "千伏");

        SpellingsLongestFirst = [.. BySpelling.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];
    }

    /// <summary>All known units, by normalised symbol.</summary>
    public static IReadOnlyCollection<Unit> All => BySymbol.Values;

    /// <summary>Finds a unit by any of its spellings (<c>мг/кг</c>, <c>μg/kg</c>, <c>毫克每千克</c>).</summary>
    public static bool TryGet(string? spelling, [NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        if (string.IsNullOrWhiteSpace(spelling))
        {
            return false;
        }

        var key = Key(spelling);
        return BySpelling.TryGetValue(key, out unit) || BySymbol.TryGetValue(key, out unit);
    }

    /// <summary>Finds a unit by spelling; throws when unknown.</summary>
    public static Unit Get(string spelling)
        => TryGet(spelling, out var unit) ? unit : throw new KeyNotFoundException($"Unknown unit '{spelling}'.");

    /// <summary>Converts <paramref name="value"/> from one unit to another of the same dimension.</summary>
    public static double Convert(double value, Unit from, Unit to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!from.IsConvertibleTo(to))
        {
            throw new InvalidOperationException($"Cannot convert {from.Symbol} ({from.Dimension}) to {to.Symbol} ({to.Dimension}).");
        }

        return to.FromCanonical(from.ToCanonical(value));
    }

    /// <summary>The canonical unit of a dimension.</summary>
    public static Unit Canonical(Dimension dimension)
        => BySymbol.Values.First(u => u.Dimension == dimension && u.Factor == 1 && u.Offset == 0);

    /// <summary>Lookup key: NFKC, superscripts as <c>^n</c>, µ as μ, no spaces around '/'.</summary>
    internal static string Key(string spelling)
    {
        var s = TextNormalizer.Normalize(spelling).Trim();
        if (s.AsSpan().IndexOfAny(' ', 'µ') < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ' && ((i > 0 && s[i - 1] == '/') || (i + 1 < s.Length && s[i + 1] == '/')))
            {
                continue;
            }

            sb.Append(c == 'µ' ? 'μ' : c);
        }

        return sb.ToString();
    }

    private static void Add(string symbol, Dimension dimension, double factor, params string[] spellings)
        => Add(symbol, dimension, factor, 0, spellings);

    private static void Add(string symbol, Dimension dimension, double factor, double offset, params string[] spellings)
    {
        var unit = new Unit(symbol, dimension, factor, offset);
        BySymbol[Key(symbol)] = unit;
        foreach (var spelling in spellings)
        {
            BySpelling.TryAdd(Key(spelling), unit);
        }
    }
}
