namespace Reconcile;

/// <summary>What kind of amount a <see cref="Unit"/> measures. Figures of different dimensions are never compared.</summary>
public enum UnitDimension
{
    /// <summary>A plain count of things: troops, missiles, pages. The thing counted is the claim's measure.</summary>
    Count = 0,

    /// <summary>Money, in one currency named by its ISO 4217 code.</summary>
    Currency,

    /// <summary>A percentage.</summary>
    Percent,

    /// <summary>A length, canonical unit the metre.</summary>
    Length,

    /// <summary>A mass, canonical unit the kilogram.</summary>
    Mass,

    /// <summary>A volume, canonical unit the litre.</summary>
    Volume,

    /// <summary>A span of time such as years or days, canonical unit the day.</summary>
    Duration,

    /// <summary>An area, canonical unit the square metre.</summary>
    Area,

    /// <summary>A speed, canonical unit the kilometre per hour.</summary>
    Speed,

    /// <summary>A temperature, canonical unit the degree Celsius.</summary>
    Temperature,
}
