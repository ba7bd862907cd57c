namespace StdCompare.Requirements;

/// <summary>What a unit measures; values convert only within one dimension.</summary>
public enum Dimension
{
    /// <summary>No unit, or a unit StdCompare does not know.</summary>
    None,
    /// <summary>Mass per mass: mg/kg (canonical), µg/kg, g/kg, ppm, ppb, %, g/100g.</summary>
    MassFraction,
    /// <summary>Mass per volume: mg/L (canonical), µg/L, g/L.</summary>
    MassConcentration,
    /// <summary>Volume per volume: % (V/V) (canonical).</summary>
    VolumeFraction,
    /// <summary>Activity per mass: Bq/kg.</summary>
    SpecificActivity,
    /// <summary>Activity per volume: Bq/L.</summary>
    ActivityConcentration,
    /// <summary>Colony-forming units per gram: CFU/g.</summary>
    MicrobialCountPerMass,
    /// <summary>Colony-forming units per volume: CFU/mL, MPN/100mL.</summary>
    MicrobialCountPerVolume,
    /// <summary>Pressure: kPa.</summary>
    Pressure,
    /// <summary>Temperature: °C.</summary>
    Temperature,
    /// <summary>Sound level: dB(A).</summary>
    SoundLevel,
    /// <summary>Speed: km/h.</summary>
    Speed,
    /// <summary>Length: mm.</summary>
    Length,
    /// <summary>Mass: g.</summary>
    Mass,
    /// <summary>Time: s.</summary>
    Time,
    /// <summary>Force: N.</summary>
    Force,
    /// <summary>Acceleration: m/s².</summary>
    Acceleration,
    /// <summary>Frequency: Hz.</summary>
    Frequency,
    /// <summary>Density: kg/m³.</summary>
    Density,
    /// <summary>Kinematic viscosity: mm²/s.</summary>
    Viscosity,
    /// <summary>Luminous intensity: cd.</summary>
    LuminousIntensity,
    /// <summary>Illuminance: lx.</summary>
    Illuminance,
    /// <summary>Power: W.</summary>
    Power,
    /// <summary>Heat release rate per area: kW/m².</summary>
    HeatFlux,
    /// <summary>Energy: J.</summary>
    Energy,
    /// <summary>Electric field strength level: dB(µV/m).</summary>
    FieldStrengthLevel,
    /// <summary>Angle: degree.</summary>
    Angle,
    /// <summary>Voltage: V.</summary>
    Voltage,
    /// <summary>Energy per mass (calorific value, food energy): MJ/kg (canonical), kJ/kg, kcal/kg, kJ/100g, kcal/100g.</summary>
    SpecificEnergy,
}
