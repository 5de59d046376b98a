using System;
using System.Globalization;
using System.Text;

namespace Reconcile;

/// <summary>
/// The set of values a hedged figure allows: a lower and an upper end, each inclusive, exclusive or
/// unbounded. Verdicts come from whether these ranges overlap, not from word-pair rules.
/// </summary>
/// <remarks>
/// <para>The default value is the unbounded range, which allows every value.</para>
/// <para>Equality compares both ends and their inclusivity exactly.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
public readonly struct NumericRange : IEquatable<NumericRange>
{
    private readonly double _lower;
    private readonly double _upper;
    private readonly Ends _ends;

    /// <summary>Initializes a range from its two ends; a <see langword="null"/> end is unbounded.</summary>
    /// <param name="lower">The lower end, or <see langword="null"/> for none.</param>
    /// <param name="lowerInclusive">Whether the lower end itself is allowed; ignored when <paramref name="lower"/> is <see langword="null"/>.</param>
    /// <param name="upper">The upper end, or <see langword="null"/> for none.</param>
    /// <param name="upperInclusive">Whether the upper end itself is allowed; ignored when <paramref name="upper"/> is <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite, the upper end is below the lower end, or the range is empty.</exception>
    public NumericRange(double? lower, bool lowerInclusive, double? upper, bool upperInclusive)
    {
        if (lower is { } l && !double.IsFinite(l))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), "A range end must be a finite number; use null for an unbounded end.");
        }

        if (upper is { } u && !double.IsFinite(u))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), "A range end must be a finite number; use null for an unbounded end.");
        }

        if (lower is { } lo && upper is { } hi && (hi < lo || (hi == lo && !(lowerInclusive && upperInclusive))))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), "The upper end must not be below the lower end, and the range must not be empty.");
        }

        _lower = lower ?? 0;
        _upper = upper ?? 0;
        _ends = (lower.HasValue ? Ends.HasLower : 0)
            | (upper.HasValue ? Ends.HasUpper : 0)
            | (lower.HasValue && lowerInclusive ? Ends.LowerInclusive : 0)
            | (upper.HasValue && upperInclusive ? Ends.UpperInclusive : 0);
    }

    [Flags]
    private enum Ends : byte
    {
        HasLower = 1,
        HasUpper = 2,
        LowerInclusive = 4,
        UpperInclusive = 8,
    }

    /// <summary>Gets the range that allows every value.</summary>
    public static NumericRange Unbounded => default;

    /// <summary>Gets the lower end, or <see langword="null"/> when the range has none.</summary>
    public double? Lower => HasFlag(Ends.HasLower) ? _lower : null;

    /// <summary>Gets the upper end, or <see langword="null"/> when the range has none.</summary>
    public double? Upper => HasFlag(Ends.HasUpper) ? _upper : null;

    /// <summary>Gets a value indicating whether the lower end itself is in the range (false when unbounded).</summary>
    public bool LowerInclusive => HasFlag(Ends.LowerInclusive);

    /// <summary>Gets a value indicating whether the upper end itself is in the range (false when unbounded).</summary>
    public bool UpperInclusive => HasFlag(Ends.UpperInclusive);

    /// <summary>Gets a value indicating whether the range holds exactly one value.</summary>
    public bool IsPoint => HasFlag(Ends.HasLower) && HasFlag(Ends.HasUpper) && _lower == _upper;

    /// <summary>Creates the range holding one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>[value, value]</c>.</returns>
    public static NumericRange Exactly(double value) => new(value, true, value, true);

    /// <summary>Creates a closed range.</summary>
    /// <param name="lower">The inclusive lower end.</param>
    /// <param name="upper">The inclusive upper end.</param>
    /// <returns><c>[lower, upper]</c>.</returns>
    public static NumericRange Between(double lower, double upper) => new(lower, true, upper, true);

    /// <summary>Determines whether a value lies in the range.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><see langword="true"/> when the range allows <paramref name="value"/>.</returns>
    public bool Contains(double value)
    {
        if (HasFlag(Ends.HasLower) && (value < _lower || (value == _lower && !LowerInclusive)))
        {
            return false;
        }

        return !HasFlag(Ends.HasUpper) || (value <= _upper && (value != _upper || UpperInclusive));
    }

    /// <summary>Determines whether two ranges share at least one value: whether both claims can hold at once.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when some value lies in both ranges.</returns>
    public bool Overlaps(NumericRange other) => Below(this, other) && Below(other, this);

    /// <summary>Determines whether every value of another range lies in this one.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when this range contains <paramref name="other"/>.</returns>
    public bool Contains(NumericRange other)
    {
        bool lowerOk = !HasFlag(Ends.HasLower)
            || (other.Lower is { } ol && (ol > _lower || (ol == _lower && (LowerInclusive || !other.LowerInclusive))));
        bool upperOk = !HasFlag(Ends.HasUpper)
            || (other.Upper is { } ou && (ou < _upper || (ou == _upper && (UpperInclusive || !other.UpperInclusive))));
        return lowerOk && upperOk;
    }

    // True when a's lower end does not lie above b's upper end.
    private static bool Below(NumericRange a, NumericRange b)
    {
        if (a.Lower is not { } lo || b.Upper is not { } hi)
        {
            return true;
        }

        return lo < hi || (lo == hi && a.LowerInclusive && b.UpperInclusive);
    }

    private bool HasFlag(Ends flag) => (_ends & flag) != 0;

    /// <inheritdoc/>
    public bool Equals(NumericRange other) => _ends == other._ends && _lower.Equals(other._lower) && _upper.Equals(other._upper);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NumericRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_lower, _upper, _ends);

    /// <summary>Formats the range in interval notation, for example <c>(11000, ∞)</c> or <c>[100, ∞)</c>.</summary>
    /// <returns>The formatted range, culture-invariant.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(LowerInclusive ? '[' : '(');
        text.Append(Lower is { } lo ? lo.ToString("R", CultureInfo.InvariantCulture) : "-∞");
        text.Append(", ");
        text.Append(Upper is { } hi ? hi.ToString("R", CultureInfo.InvariantCulture) : "∞");
        text.Append(UpperInclusive ? ']' : ')');
        return text.ToString();
    }

    /// <summary>Determines whether two ranges are equal.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(NumericRange left, NumericRange right) => left.Equals(right);

    /// <summary>Determines whether two ranges differ.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(NumericRange left, NumericRange right) => !left.Equals(right);
}
