using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// Converts a figure to the canonical unit of its dimension (the metre, the kilogram, the litre, the square metre,
/// the kilometre per hour, the degree Celsius, the day), so "a foot" and "12 inches" can be seen to be the same.
/// </summary>
/// <remarks>
/// Comparison does not call this yet: claims in different units of one dimension are still kept apart
/// (see docs/accuracy.md, "Gaps"). Counts, money, percentages and counts of a unit (GB, kW) have no conversion.
/// </remarks>
internal static class UnitConversions
{
    /// <summary>Factor to the canonical unit, by symbol; temperature is affine and handled apart.</summary>
    private static readonly Dictionary<string, (double Factor, string Canonical)> Factors = new(System.StringComparer.Ordinal)
    {
        ["mm"] = (0.001, "m"), ["cm"] = (0.01, "m"), ["dm"] = (0.1, "m"), ["m"] = (1, "m"), ["km"] = (1000, "m"), ["nm"] = (1e-9, "m"),
        ["in"] = (0.0254, "m"), ["ft"] = (0.3048, "m"), ["yd"] = (0.9144, "m"), ["mi"] = (1609.344, "m"),
        ["µg"] = (1e-9, "kg"), ["mg"] = (1e-6, "kg"), ["g"] = (0.001, "kg"), ["kg"] = (1, "kg"), ["t"] = (1000, "kg"),
        ["lb"] = (0.45359237, "kg"), ["oz"] = (0.028349523125, "kg"),
        ["ml"] = (0.001, "l"), ["l"] = (1, "l"), ["gal"] = (3.785411784, "l"), ["barrel"] = (158.987294928, "l"),
        ["m³"] = (1000, "l"), ["ft³"] = (28.316846592, "l"),
        ["m²"] = (1, "m²"), ["ha"] = (10_000, "m²"), ["km²"] = (1e6, "m²"), ["acre"] = (4046.8564224, "m²"),
        ["ft²"] = (0.09290304, "m²"), ["mi²"] = (2_589_988.110336, "m²"),
        ["km/h"] = (1, "km/h"), ["mph"] = (1.609344, "km/h"), ["kn"] = (1.852, "km/h"),
        ["second"] = (1.0 / 86_400, "day"), ["minute"] = (1.0 / 1440, "day"), ["hour"] = (1.0 / 24, "day"), ["day"] = (1, "day"),
        ["week"] = (7, "day"), ["month"] = (365.2425 / 12, "day"), ["year"] = (365.2425, "day"),
    };

    /// <summary>The figure in the canonical unit of its dimension, hedge kept; false when there is no conversion.</summary>
    public static bool TryToCanonical(Quantity quantity, out Quantity canonical)
    {
        canonical = quantity;
        Unit unit = quantity.Unit;
        if (unit.Dimension == UnitDimension.Temperature)
        {
            if (unit.Symbol != "°F")
            {
                return unit.Symbol == "°C";
            }

            var celsius = new Unit(UnitDimension.Temperature, "°C");
            static double C(double f) => (f - 32) * 5 / 9;
            canonical = quantity.Hedge == Hedge.Between
                ? Quantity.Between(C(quantity.Value), C(quantity.High), celsius, quantity.IsApproximate)
                : new Quantity(C(quantity.Value), quantity.Hedge, celsius, quantity.Step * 5 / 9);
            return true;
        }

        if (unit.Dimension is UnitDimension.Count or UnitDimension.Currency or UnitDimension.Percent || !Factors.TryGetValue(unit.Symbol, out (double Factor, string Canonical) f))
        {
            return false;
        }

        var to = new Unit(unit.Dimension, f.Canonical);
        canonical = quantity.Hedge == Hedge.Between
            ? Quantity.Between(quantity.Value * f.Factor, quantity.High * f.Factor, to, quantity.IsApproximate)
            : new Quantity(quantity.Value * f.Factor, quantity.Hedge, to, quantity.Step * f.Factor);
        return true;
    }
}
