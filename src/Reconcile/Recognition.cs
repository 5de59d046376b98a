using System;
using System.Globalization;

namespace Reconcile;

/// <summary>
/// One figure or date found in a text by <see cref="Recognizer"/>: where its words are, and what they mean,
/// hedge, unit and period included ("more than 11,000" is (11000, ∞); "since 2009" is a range open at the end).
/// </summary>
/// <remarks>
/// <para>The default value is an empty span at offset 0 holding the quantity 0. Equality compares the span and the value.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
public readonly struct Recognition : IEquatable<Recognition>
{
    /// <summary>Initializes a recognition.</summary>
    /// <param name="span">Where the words are in the text that was read.</param>
    /// <param name="value">What they mean.</param>
    public Recognition(TextSpan span, ClaimValue value)
    {
        Span = span;
        Value = value;
    }

    /// <summary>Gets where the words are in the text that was read, hedge and unit included.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets what the words mean: a <see cref="Quantity"/>, a <see cref="DateValue"/> or a <see cref="DateRange"/>.</summary>
    public ClaimValue Value { get; }

    /// <inheritdoc/>
    public bool Equals(Recognition other) => Span == other.Span && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Recognition other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, Value);

    /// <summary>Formats the recognition as its span and value, culture-invariant: <c>[4..20) more than 11,000</c>.</summary>
    /// <returns>The formatted recognition.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Span} {Value}");

    /// <summary>Determines whether two recognitions are equal.</summary>
    /// <param name="left">The first recognition.</param>
    /// <param name="right">The second recognition.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Recognition left, Recognition right) => left.Equals(right);

    /// <summary>Determines whether two recognitions differ.</summary>
    /// <param name="left">The first recognition.</param>
    /// <param name="right">The second recognition.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Recognition left, Recognition right) => !left.Equals(right);
}
