using System;
using System.Globalization;
using System.Linq;
using Reconcile.Text;

namespace Reconcile;

/// <summary>
/// A figure as a source wrote it: the number, the <see cref="Hedge"/> that qualifies it, its
/// <see cref="Unit"/>, and how round it was written. <see cref="Range"/> turns all of that into the set of
/// values the source allows, which is what claims are compared by.
/// </summary>
/// <remarks>
/// <para>"more than 11,000" is <c>Value = 11000, Hedge = MoreThan, Step = 1000</c> and allows (11000, ∞);
/// "nine million" is <c>Value = 9000000, Hedge = None, Step = 1000000</c> and allows [8500000, 9500000].</para>
/// <para>The default value is an exact count of 0. Equality compares every field exactly.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>
{
    private readonly double _high;

    /// <summary>Initializes a single hedged figure.</summary>
    /// <param name="value">The figure as written, in <paramref name="unit"/>.</param>
    /// <param name="hedge">How the source qualified it; not <see cref="Hedge.Between"/> (use <see cref="Between(double, double, Unit)"/>).</param>
    /// <param name="unit">The unit the figure is written in.</param>
    /// <param name="step">The step the figure was rounded to (1,000 for "11,000"), or 0 when it is exact.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite, <paramref name="step"/> is negative or not finite, or <paramref name="hedge"/> is <see cref="Hedge.Between"/> or undefined.</exception>
    public Quantity(double value, Hedge hedge, Unit unit, double step = 0)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A figure must be a finite number.");
        }

        if (!double.IsFinite(step) || step < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), "The rounding step must be 0 or a positive finite number.");
        }

        if (hedge is Hedge.Between || !Enum.IsDefined(hedge))
        {
            throw new ArgumentOutOfRangeException(nameof(hedge), "Use Quantity.Between for a range, and a defined hedge otherwise.");
        }

        Value = value;
        _high = value;
        Hedge = hedge;
        Unit = unit;
        Step = step;
    }

    private Quantity(double low, double high, Unit unit, bool approximate)
    {
        Value = low;
        _high = high;
        Hedge = Hedge.Between;
        Unit = unit;
        Step = 0;
        IsApproximate = approximate;
    }

    /// <summary>Gets the figure as written (the lower figure of a "between" range).</summary>
    public double Value { get; }

    /// <summary>Gets the upper figure of a "between" range, or <see cref="Value"/> for any other hedge.</summary>
    public double High => _high;

    /// <summary>Gets how the source qualified the figure.</summary>
    public Hedge Hedge { get; }

    /// <summary>Gets the unit the figure is written in.</summary>
    public Unit Unit { get; }

    /// <summary>Gets the step the figure was rounded to (1,000 for "11,000"), or 0 when it is exact.</summary>
    public double Step { get; }

    /// <summary>
    /// Gets whether a range is hedged as a whole: "about 14-18 mpg", "roughly 10 to 12 percent". Its ends then
    /// spread as <see cref="Hedge.About"/> spreads a single figure, by a tenth each way. Always
    /// <see langword="false"/> for a single figure, whose <see cref="Hedge"/> says how it is qualified.
    /// </summary>
    public bool IsApproximate { get; }

    /// <summary>Gets the values the source allows, following the documented meaning of its <see cref="Hedge"/>.</summary>
    public NumericRange Range
    {
        get
        {
            double v = Value;
            double tenth = Math.Abs(v) / 10;
            switch (Hedge)
            {
                case Hedge.MoreThan:
                case Hedge.WellOver:
                    return new NumericRange(v, false, null, false);
                case Hedge.AtLeast:
                    return new NumericRange(v, true, null, false);
                case Hedge.Nearly:
                    // "nearly 0" has no tenth to go by: one unit below.
                    double below = Math.Max(Step, tenth);
                    return Within(v - (below > 0 ? below : 1), true, v, false);
                case Hedge.About:
                    double spread = Math.Max(Step / 2, tenth);
                    return spread == 0 ? NumericRange.Exactly(v) : Band(v, spread);
                case Hedge.UpTo:
                case Hedge.AtMost:
                    return new NumericRange(null, false, v, true);
                case Hedge.LessThan:
                    return new NumericRange(null, false, v, false);
                case Hedge.Between when IsApproximate:
                    return Within(v - tenth, true, _high + (Math.Abs(_high) / 10), true);
                case Hedge.Between:
                    return NumericRange.Between(v, _high);
                default:
                    // Rounding half up: 2,500 rounds to 3,000, 3,500 does not, so "3,000" and "2,000" never meet.
                    return Step == 0 ? NumericRange.Exactly(v) : Band(v, Step / 2);
            }
        }
    }

    // The values that round to v: closed below, open above, unless the spread is lost in v's own precision.
    private static NumericRange Band(double v, double spread)
        => Within(v - spread, true, v + spread, !(v + spread > v));

    // A figure near the largest double can spread past it: that end is then unbounded rather than infinite,
    // which NumericRange refuses.
    private static NumericRange Within(double lower, bool lowerInclusive, double upper, bool upperInclusive)
        => new(double.IsFinite(lower) ? lower : null, lowerInclusive, double.IsFinite(upper) ? upper : null, upperInclusive);

    /// <summary>Creates a range figure such as "between 252 and 287".</summary>
    /// <param name="low">The lower figure.</param>
    /// <param name="high">The upper figure, at least <paramref name="low"/>.</param>
    /// <param name="unit">The unit both figures are written in.</param>
    /// <returns>The range figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is not finite, or <paramref name="high"/> is below <paramref name="low"/>.</exception>
    public static Quantity Between(double low, double high, Unit unit) => Between(low, high, unit, approximate: false);

    /// <summary>Creates a range figure, hedged as a whole when <paramref name="approximate"/>: "about 14-18 mpg".</summary>
    /// <param name="low">The lower figure.</param>
    /// <param name="high">The upper figure, at least <paramref name="low"/>.</param>
    /// <param name="unit">The unit both figures are written in.</param>
    /// <param name="approximate">Whether the source hedged the range as approximate ("about", "roughly", "around").</param>
    /// <returns>The range figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is not finite, or <paramref name="high"/> is below <paramref name="low"/>.</exception>
    public static Quantity Between(double low, double high, Unit unit, bool approximate)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), "A figure must be a finite number.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(high, low);
        return new Quantity(low, high, unit, approximate);
    }

    /// <summary>Reads a figure such as "more than 11,000", "as many as 9 million" or "$3bn".</summary>
    /// <param name="text">The figure and its hedge, and nothing else.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not one figure.</exception>
    public static Quantity Parse(ReadOnlySpan<char> text)
        => TryParse(text, out Quantity quantity)
            ? quantity
            : throw new FormatException($"'{text}' is not a figure Reconcile can read.");

    /// <summary>Tries to read a figure such as "more than 11,000", "as many as 9 million" or "$3bn".</summary>
    /// <param name="text">The figure and its hedge, and nothing else.</param>
    /// <param name="quantity">The figure, when the text is one.</param>
    /// <returns><see langword="true"/> when the whole text is one figure.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Quantity quantity) => QuantityGrammar.TryParseWhole(text, out quantity);

    /// <inheritdoc/>
    public bool Equals(Quantity other)
        => Value.Equals(other.Value) && _high.Equals(other._high) && Hedge == other.Hedge && Unit == other.Unit && Step.Equals(other.Step) && IsApproximate == other.IsApproximate;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, _high, Hedge, Unit, Step, IsApproximate);

    /// <summary>Formats the figure the way a source would write it, culture-invariant: "more than 11,000", "as many as 9 million", "$3 billion".</summary>
    /// <returns>The formatted figure.</returns>
    public override string ToString()
    {
        if (Hedge == Hedge.Between)
        {
            return IsApproximate
                ? string.Concat("about ", FormatAmount(Value), " to ", FormatAmount(_high))
                : string.Concat("between ", FormatAmount(Value), " and ", FormatAmount(_high));
        }

        string amount = FormatAmount(Value);
        string? phrase = HedgeWords.Canonical(Hedge);
        return phrase is null ? amount : string.Concat(phrase, " ", amount);
    }

    private string FormatAmount(double value)
    {
        string number = FormatNumber(value);
        return Unit.Dimension switch
        {
            // A counted unit without a dimension of its own ("300 kW", "40 GB", "2°") keeps its symbol.
            UnitDimension.Count => Unit.Symbol.Length == 0 ? number : Unit.Symbol == "°" ? number + "°" : number + " " + Unit.Symbol,
            UnitDimension.Percent => number + "%",
            UnitDimension.Currency => Unit.Symbol switch
            {
                "USD" => "$" + number,
                "GBP" => "£" + number,
                "EUR" => "€" + number,
                _ => number + " " + Unit.Symbol,
            },
            _ => number + " " + (value != 1 && Unit.Symbol.Length >= 4 && Unit.Symbol.All(char.IsAsciiLetter) ? Unit.Symbol + "s" : Unit.Symbol),
        };
    }

    internal static string FormatNumber(double value)
    {
        double magnitude = Math.Abs(value);
        if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-6))
        {
            return value.ToString("0.#####E+0", CultureInfo.InvariantCulture); // "1.99E-30 kg", "6.02E+23"
        }

        if (magnitude >= 1e9 && Math.Round(value / 1e7) * 1e7 == value)
        {
            return (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + " billion";
        }

        if (magnitude >= 1e6 && Math.Round(value / 1e4) * 1e4 == value)
        {
            return (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + " million";
        }

        return value == Math.Floor(value)
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.########", CultureInfo.InvariantCulture);
    }

    /// <summary>Determines whether two figures are equal.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Determines whether two figures differ.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);
}
