using System;

namespace Reconcile;

/// <summary>
/// The unit a figure is written in: a count, a currency such as <c>USD</c>, a percentage, or a physical
/// unit such as <c>mm</c> or <c>barrel</c>.
/// </summary>
/// <remarks>
/// <para>The default value is <see cref="Count"/>. Equality compares the dimension and the symbol ordinally.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
public readonly struct Unit : IEquatable<Unit>
{
    private readonly string? _symbol;

    /// <summary>Initializes a unit.</summary>
    /// <param name="dimension">What the unit measures.</param>
    /// <param name="symbol">The canonical symbol: an ISO 4217 code for money, <c>%</c> for percent, a short unit name otherwise; empty for a count.</param>
    /// <exception cref="ArgumentNullException"><paramref name="symbol"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> is empty for a dimension other than a count.</exception>
    public Unit(UnitDimension dimension, string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (dimension != UnitDimension.Count && symbol.Length == 0)
        {
            throw new ArgumentException("Only a count may have an empty symbol.", nameof(symbol));
        }

        Dimension = dimension;
        _symbol = symbol;
    }

    /// <summary>Gets the unit of a plain count.</summary>
    public static Unit Count => default;

    /// <summary>Gets the percent unit.</summary>
    public static Unit Percent => new(UnitDimension.Percent, "%");

    /// <summary>Gets what the unit measures.</summary>
    public UnitDimension Dimension { get; }

    /// <summary>Gets the canonical symbol (an ISO 4217 code for money); empty for a count.</summary>
    public string Symbol => _symbol ?? string.Empty;

    /// <summary>Creates a currency unit.</summary>
    /// <param name="isoCode">The ISO 4217 code, such as <c>USD</c>.</param>
    /// <returns>The currency unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="isoCode"/> is not three letters.</exception>
    public static Unit Currency(string isoCode)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        if (isoCode.Length != 3)
        {
            throw new ArgumentException("A currency is named by its three-letter ISO 4217 code.", nameof(isoCode));
        }

        return new Unit(UnitDimension.Currency, isoCode);
    }

    /// <inheritdoc/>
    public bool Equals(Unit other) => Dimension == other.Dimension && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dimension, StringComparer.Ordinal.GetHashCode(Symbol));

    /// <summary>Returns the symbol, or <c>count</c> for a plain count.</summary>
    /// <returns>The unit's name.</returns>
    public override string ToString() => Dimension == UnitDimension.Count ? "count" : Symbol;

    /// <summary>Determines whether two units are equal.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Unit left, Unit right) => left.Equals(right);

    /// <summary>Determines whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Unit left, Unit right) => !left.Equals(right);
}
