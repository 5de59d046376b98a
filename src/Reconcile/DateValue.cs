using System;
using System.Globalization;
using Reconcile.Text;

namespace Reconcile;

/// <summary>
/// A calendar date at the precision a source wrote it: a year ("2009"), a month ("March 2024") or a day
/// ("1 January 2024"). A year is never a midnight pretending to be "2009".
/// </summary>
/// <remarks>
/// <para>A date covers every day from <see cref="First"/> to <see cref="Last"/> inclusive. Two dates of
/// different granularity match when the finer one lies inside the coarser one ("May 2025" matches "29 May 2025").</para>
/// <para>The default value is the year 1. Equality compares year, month, day and granularity.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
public readonly struct DateValue : IEquatable<DateValue>, IComparable<DateValue>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>Initializes a year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public DateValue(int year)
        : this(year, 0, 0)
    {
    }

    /// <summary>Initializes a month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range.</exception>
    public DateValue(int year, int month)
        : this(year, month, 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
    }

    /// <summary>Initializes a date at year, month or day granularity.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12, or 0 for a year.</param>
    /// <param name="day">The day of the month, or 0 for a month or a year.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range, or a day is given without a month.</exception>
    public DateValue(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfNegative(month);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfNegative(day);
        if (day > 0 && (month == 0 || day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), "The day does not exist in that month.");
        }

        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>Gets the year.</summary>
    public int Year => _year == 0 ? 1 : _year;

    /// <summary>Gets the month, or 0 for a year.</summary>
    public int Month => _month;

    /// <summary>Gets the day of the month, or 0 for a month or a year.</summary>
    public int Day => _day;

    /// <summary>Gets how precisely the date was written.</summary>
    public DateGranularity Granularity => _day != 0 ? DateGranularity.Day : _month != 0 ? DateGranularity.Month : DateGranularity.Year;

    /// <summary>Gets the first day the date covers.</summary>
    public DateOnly First => new(Year, Math.Max(1, Month), Math.Max(1, Day));

    /// <summary>Gets the last day the date covers.</summary>
    public DateOnly Last => Granularity switch
    {
        DateGranularity.Day => new DateOnly(Year, Month, Day),
        DateGranularity.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>Creates a date from a calendar day at the given granularity.</summary>
    /// <param name="date">The day.</param>
    /// <param name="granularity">How much of it to keep.</param>
    /// <returns>The date, truncated to <paramref name="granularity"/>.</returns>
    public static DateValue FromDate(DateOnly date, DateGranularity granularity = DateGranularity.Day) => granularity switch
    {
        DateGranularity.Year => new DateValue(date.Year),
        DateGranularity.Month => new DateValue(date.Year, date.Month),
        _ => new DateValue(date.Year, date.Month, date.Day),
    };

    /// <summary>Truncates the date to a coarser granularity; a finer one returns the date unchanged.</summary>
    /// <param name="granularity">The granularity to keep.</param>
    /// <returns>The truncated date.</returns>
    public DateValue Truncate(DateGranularity granularity)
        => granularity <= Granularity ? this : FromDate(First, granularity);

    /// <summary>Determines whether two dates can describe the same day: equal once both are truncated to the coarser granularity.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when the dates are compatible.</returns>
    public bool Matches(DateValue other)
    {
        DateGranularity coarser = Granularity > other.Granularity ? Granularity : other.Granularity;
        return Truncate(coarser).Equals(other.Truncate(coarser));
    }

    /// <summary>Reads an ISO form: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not one of the three forms.</exception>
    public static DateValue ParseIso(ReadOnlySpan<char> text)
        => TryParseIso(text, out DateValue value) ? value : throw new FormatException($"'{text}' is not yyyy, yyyy-MM or yyyy-MM-dd.");

    /// <summary>Tries to read an ISO form: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="value">The date, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is one of the three forms.</returns>
    public static bool TryParseIso(ReadOnlySpan<char> text, out DateValue value)
    {
        value = default;
        if (text.Length is not (4 or 7 or 10)
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1)
        {
            return false;
        }

        int month = 0, day = 0;
        if (text.Length >= 7 && (text[4] != '-' || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (text.Length == 10 && (text[7] != '-' || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        value = new DateValue(year, month, day);
        return true;
    }

    /// <summary>Formats the ISO form: <c>2009</c>, <c>2024-03</c> or <c>2024-01-01</c>.</summary>
    /// <returns>The ISO form, culture-invariant.</returns>
    public string ToIsoString() => Granularity switch
    {
        DateGranularity.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DateGranularity.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Formats the date as a reporter writes it: "2009", "March 2024", "1 January 2024".</summary>
    /// <returns>The formatted date, in English whatever the current culture.</returns>
    public override string ToString() => Granularity switch
    {
        DateGranularity.Day => string.Create(CultureInfo.InvariantCulture, $"{Day} {MonthNames.Name(Month)} {Year}"),
        DateGranularity.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames.Name(Month)} {Year}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc/>
    public bool Equals(DateValue other) => Year == other.Year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, _month, _day);

    /// <summary>Orders dates by their first day, then coarser before finer.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(DateValue other)
    {
        int byFirst = First.CompareTo(other.First);
        return byFirst != 0 ? byFirst : other.Granularity.CompareTo(Granularity);
    }

    /// <summary>Determines whether two dates are equal.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DateValue left, DateValue right) => left.Equals(right);

    /// <summary>Determines whether two dates differ.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(DateValue left, DateValue right) => !left.Equals(right);

    /// <summary>Determines whether one date orders before another.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders first.</returns>
    public static bool operator <(DateValue left, DateValue right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether one date orders after another.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders last.</returns>
    public static bool operator >(DateValue left, DateValue right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether one date orders before or with another.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not order last.</returns>
    public static bool operator <=(DateValue left, DateValue right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether one date orders after or with another.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not order first.</returns>
    public static bool operator >=(DateValue left, DateValue right) => left.CompareTo(right) >= 0;
}
