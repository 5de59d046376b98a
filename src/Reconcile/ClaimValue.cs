using System;

namespace Reconcile;

/// <summary>
/// The value a claim states: exactly one of a <see cref="Reconcile.Quantity"/>, a <see cref="DateValue"/>, a
/// <see cref="Reconcile.DateRange"/> or a <see cref="MemberSet"/>, as told by <see cref="Kind"/>.
/// </summary>
/// <remarks>
/// <para>The default value is the quantity 0. Equality compares the kind and the value.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
public readonly struct ClaimValue : IEquatable<ClaimValue>
{
    private readonly Quantity _quantity;
    private readonly DateValue _date;
    private readonly DateRange _range;
    private readonly MemberSet _members;

    private ClaimValue(ClaimValueKind kind, Quantity quantity, DateValue date, DateRange range, MemberSet members = default)
    {
        Kind = kind;
        _quantity = quantity;
        _date = date;
        _range = range;
        _members = members;
    }

    /// <summary>Gets which kind of value this is.</summary>
    public ClaimValueKind Kind { get; }

    /// <summary>Gets the figure.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="ClaimValueKind.Quantity"/>.</exception>
    public Quantity Quantity => Kind == ClaimValueKind.Quantity ? _quantity : throw WrongKind(ClaimValueKind.Quantity);

    /// <summary>Gets the date.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="ClaimValueKind.Date"/>.</exception>
    public DateValue Date => Kind == ClaimValueKind.Date ? _date : throw WrongKind(ClaimValueKind.Date);

    /// <summary>Gets the stretch of time.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="ClaimValueKind.DateRange"/>.</exception>
    public DateRange DateRange => Kind == ClaimValueKind.DateRange ? _range : throw WrongKind(ClaimValueKind.DateRange);

    /// <summary>Gets the members listed.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="ClaimValueKind.Members"/>.</exception>
    public MemberSet Members => Kind == ClaimValueKind.Members ? _members : throw WrongKind(ClaimValueKind.Members);

    /// <summary>Wraps a list of members.</summary>
    /// <param name="members">The members.</param>
    /// <returns>The claim value.</returns>
    public static ClaimValue FromMembers(MemberSet members) => new(ClaimValueKind.Members, default, default, default, members);

    /// <summary>Wraps a figure.</summary>
    /// <param name="quantity">The figure.</param>
    /// <returns>The claim value.</returns>
    public static ClaimValue FromQuantity(Quantity quantity) => new(ClaimValueKind.Quantity, quantity, default, default);

    /// <summary>Wraps a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The claim value.</returns>
    public static ClaimValue FromDate(DateValue date) => new(ClaimValueKind.Date, default, date, default);

    /// <summary>Wraps a stretch of time.</summary>
    /// <param name="range">The stretch of time.</param>
    /// <returns>The claim value.</returns>
    public static ClaimValue FromDateRange(DateRange range) => new(ClaimValueKind.DateRange, default, default, range);

    private InvalidOperationException WrongKind(ClaimValueKind wanted)
        => new($"This claim value is a {Kind}, not a {wanted}.");

    /// <inheritdoc/>
    public bool Equals(ClaimValue other) => Kind == other.Kind && Kind switch
    {
        ClaimValueKind.Quantity => _quantity.Equals(other._quantity),
        ClaimValueKind.Date => _date.Equals(other._date),
        ClaimValueKind.Members => _members.Equals(other._members),
        _ => _range.Equals(other._range),
    };

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ClaimValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Kind switch
    {
        ClaimValueKind.Quantity => HashCode.Combine(Kind, _quantity),
        ClaimValueKind.Date => HashCode.Combine(Kind, _date),
        ClaimValueKind.Members => HashCode.Combine(Kind, _members),
        _ => HashCode.Combine(Kind, _range),
    };

    /// <summary>Formats the value as a reporter writes it.</summary>
    /// <returns>The formatted value.</returns>
    public override string ToString() => Kind switch
    {
        ClaimValueKind.Quantity => _quantity.ToString(),
        ClaimValueKind.Date => _date.ToString(),
        ClaimValueKind.Members => _members.ToString(),
        _ => _range.ToString(),
    };

    /// <summary>Determines whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ClaimValue left, ClaimValue right) => left.Equals(right);

    /// <summary>Determines whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ClaimValue left, ClaimValue right) => !left.Equals(right);
}
