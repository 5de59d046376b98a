using System;

namespace Reconcile.Truth;

/// <summary>
/// How near two different numbers must be for one to lend support to the other: within a share of their size
/// (a population of 478,403 and one of 478,404) or within a fixed distance (two clock times five minutes apart),
/// optionally on a circle (times of day wrap at midnight).
/// </summary>
/// <remarks>
/// <para>Support decays as <c>exp(-distance / tolerance)</c>: a value one tolerance away lends about a third of
/// what an equal value lends (before <see cref="TruthOptions.ImplicationWeight"/>), a value a hundred times off
/// lends nothing. The default value is <see cref="None"/>: only equal values support each other.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
internal readonly struct Closeness : IEquatable<Closeness>
{
    private Closeness(double relative, double absolute, double period)
    {
        Relative = relative;
        Absolute = absolute;
        Period = period;
    }

    /// <summary>Gets the closeness under which different numbers never support each other.</summary>
    public static Closeness None => default;

    /// <summary>Gets the tolerance as a share of the larger magnitude, or 0.</summary>
    public double Relative { get; }

    /// <summary>Gets the tolerance as a distance, or 0.</summary>
    public double Absolute { get; }

    /// <summary>Gets the length of the circle the numbers lie on (1,440 minutes for times of day), or 0 for a line.</summary>
    public double Period { get; }

    /// <summary>Gets a value indicating whether different numbers can support each other at all.</summary>
    public bool IsNone => Relative == 0 && Absolute == 0;

    /// <summary>Creates a closeness relative to the size of the numbers: 0.01 means "within about 1 %".</summary>
    /// <param name="tolerance">The share, above 0.</param>
    /// <returns>The closeness.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is not a positive finite number.</exception>
    public static Closeness WithinShare(double tolerance)
    {
        CheckPositive(tolerance, nameof(tolerance));
        return new Closeness(tolerance, 0, 0);
    }

    /// <summary>Creates a closeness in absolute distance, on a line or on a circle.</summary>
    /// <param name="tolerance">The distance, above 0.</param>
    /// <param name="period">The circle's length (1,440 for minutes of a day), or 0 for a line.</param>
    /// <returns>The closeness.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or not finite, or <paramref name="tolerance"/> is 0.</exception>
    public static Closeness WithinDistance(double tolerance, double period = 0)
    {
        CheckPositive(tolerance, nameof(tolerance));
        if (!double.IsFinite(period) || period < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(period), "The period must be 0 or a positive finite number.");
        }

        return new Closeness(0, tolerance, period);
    }

    /// <summary>How much a number lends to another: 1 when equal, decaying with distance, 0 when far or when closeness is <see cref="None"/>.</summary>
    /// <param name="a">One number.</param>
    /// <param name="b">The other number.</param>
    /// <returns>A share between 0 and 1.</returns>
    public double Of(double a, double b)
    {
        if (a == b)
        {
            return 1;
        }

        double distance = Math.Abs(a - b);
        if (Period > 0)
        {
            distance %= Period;
            distance = Math.Min(distance, Period - distance);
        }

        double tolerance = Relative > 0 ? Relative * Math.Max(Math.Abs(a), Math.Abs(b)) : Absolute;
        if (tolerance <= 0)
        {
            return 0;
        }

        double share = Math.Exp(-distance / tolerance);
        return share < Negligible ? 0 : share;
    }

    // Below this, support is dropped so that far values stay out of the sparse support lists.
    private const double Negligible = 1e-3;

    private static void CheckPositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, "A tolerance must be a positive finite number.");
        }
    }

    /// <inheritdoc/>
    public bool Equals(Closeness other) => Relative.Equals(other.Relative) && Absolute.Equals(other.Absolute) && Period.Equals(other.Period);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Closeness other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Relative, Absolute, Period);

    /// <summary>Determines whether two closenesses are equal.</summary>
    /// <param name="left">The first closeness.</param>
    /// <param name="right">The second closeness.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Closeness left, Closeness right) => left.Equals(right);

    /// <summary>Determines whether two closenesses differ.</summary>
    /// <param name="left">The first closeness.</param>
    /// <param name="right">The second closeness.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Closeness left, Closeness right) => !left.Equals(right);
}
