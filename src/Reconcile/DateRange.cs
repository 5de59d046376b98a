using System;

namespace Reconcile;

/// <summary>
/// A stretch of calendar time between two dates, either end of which may be open: "between 1 January 2024
/// and 30 April 2025", "since 2009" (open end), "until March 2024" (open start).
/// </summary>
/// <remarks>
/// <para>Both ends are inclusive and cover their whole unit: "2009 to 2010" runs from 1 January 2009 to
/// 31 December 2010. "since 2009" is stored with no end: the reporting date it runs to is not part of the claim.</para>
/// <para>The default value is open at both ends. Equality compares both ends.</para>
/// <threadsafety>This type is an immutable value type.</threadsafety>
/// </remarks>
public readonly struct DateRange : IEquatable<DateRange>
{
    private readonly DateValue _start;
    private readonly DateValue _end;
    private readonly bool _hasStart;
    private readonly bool _hasEnd;

    /// <summary>Initializes a range; a <see langword="null"/> end is open.</summary>
    /// <param name="start">The first date, or <see langword="null"/> for an open start.</param>
    /// <param name="end">The last date, or <see langword="null"/> for an open end.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> finishes before <paramref name="start"/> begins.</exception>
    public DateRange(DateValue? start, DateValue? end)
    {
        if (start is { } s && end is { } e && e.Last < s.First)
        {
            throw new ArgumentException("A date range may not end before it starts.", nameof(end));
        }

        _hasStart = start.HasValue;
        _hasEnd = end.HasValue;
        _start = start.GetValueOrDefault();
        _end = end.GetValueOrDefault();
    }

    /// <summary>Gets the first date, or <see langword="null"/> when the start is open.</summary>
    public DateValue? Start => _hasStart ? _start : null;

    /// <summary>Gets the last date, or <see langword="null"/> when the end is open.</summary>
    public DateValue? End => _hasEnd ? _end : null;

    /// <summary>Creates the range that starts at a date and stays open: "since 2009".</summary>
    /// <param name="start">The first date.</param>
    /// <returns>The open-ended range.</returns>
    public static DateRange Since(DateValue start) => new(start, null);

    /// <summary>Determines whether two ranges can describe the same stretch: each end matches at the coarser granularity, and an end that only one range states is not compared.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when the ranges are compatible.</returns>
    public bool Matches(DateRange other)
    {
        bool startsMatch = !_hasStart || !other._hasStart || _start.Matches(other._start);
        bool endsMatch = !_hasEnd || !other._hasEnd || _end.Matches(other._end);
        return startsMatch && endsMatch;
    }

    /// <summary>Determines whether the two ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(DateRange other)
    {
        bool startsBeforeOtherEnds = !_hasStart || !other._hasEnd || _start.First <= other._end.Last;
        bool otherStartsBeforeEnd = !other._hasStart || !_hasEnd || other._start.First <= _end.Last;
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }

    /// <inheritdoc/>
    public bool Equals(DateRange other)
        => _hasStart == other._hasStart && _hasEnd == other._hasEnd
        && (!_hasStart || _start.Equals(other._start)) && (!_hasEnd || _end.Equals(other._end));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Formats the range as a reporter writes it: "since 2009", "until March 2024", "1 January 2024 to 30 April 2025".</summary>
    /// <returns>The formatted range.</returns>
    public override string ToString() => (_hasStart, _hasEnd) switch
    {
        (true, true) => string.Concat(_start.ToString(), " to ", _end.ToString()),
        (true, false) => "since " + _start.ToString(),
        (false, true) => "until " + _end.ToString(),
        _ => "any time",
    };

    /// <summary>Determines whether two ranges are equal.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Determines whether two ranges differ.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);
}
