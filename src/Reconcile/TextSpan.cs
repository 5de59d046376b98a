using System;
using System.Globalization;

namespace Reconcile;

/// <summary>
/// A run of UTF-16 code units in a document's full text, as read: where a claim, a sentence or a kept
/// paragraph sits, so that every value can be traced back to the words it came from.
/// </summary>
/// <remarks>
/// <para>The start is inclusive and the end exclusive; an empty span has <see cref="Start"/> equal to
/// <see cref="End"/>. The default value is the empty span at offset 0.</para>
/// <para>Two spans are equal when their start and length are equal.</para>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for further information.</threadsafety>
/// </remarks>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    /// <summary>Initializes a span from its start offset and its length.</summary>
    /// <param name="start">The offset of the first code unit, 0 or more.</param>
    /// <param name="length">The number of code units, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or their sum overflows.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start > int.MaxValue - length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "The span's end would overflow.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>Gets the offset of the first code unit (inclusive).</summary>
    public int Start { get; }

    /// <summary>Gets the number of code units in the span.</summary>
    public int Length { get; }

    /// <summary>Gets the offset just past the last code unit (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Gets a value indicating whether the span covers no text.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start offset (inclusive) and an end offset (exclusive).</summary>
    /// <param name="start">The inclusive start offset.</param>
    /// <param name="end">The exclusive end offset, at least <paramref name="start"/>.</param>
    /// <returns>The span from <paramref name="start"/> to <paramref name="end"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Determines whether this span wholly contains another.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies within this span.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Determines whether this span shares at least one code unit with another.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Gets the text this span covers.</summary>
    /// <param name="text">The full text the span points into.</param>
    /// <returns>The covered text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span reaches past the end of <paramref name="text"/>.</exception>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(End, text.Length, nameof(text));
        return text.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Orders spans by start, then by length.</summary>
    /// <param name="other">The span to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(TextSpan other)
    {
        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <summary>Formats the span as <c>[start..end)</c>.</summary>
    /// <returns>The formatted span.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");

    /// <summary>Determines whether two spans are equal.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Determines whether two spans differ.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>Determines whether one span orders before another.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders first.</returns>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether one span orders after another.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders last.</returns>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether one span orders before or with another.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not order last.</returns>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether one span orders after or with another.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not order first.</returns>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
