using System;

namespace Reconcile;

/// <summary>
/// The period a figure covers, as the source stated it: "in 2024", "since October 2024", "last year".
/// Figures for different periods are different facts, not a conflict.
/// </summary>
/// <remarks>
/// <para><see cref="Range"/> is the period resolved to the calendar, or <see langword="null"/> when the
/// words cannot be resolved, for example "last year" in an article with no publication date.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public sealed class TimeScope : IEquatable<TimeScope>
{
    /// <summary>Initializes a scope.</summary>
    /// <param name="text">The words that state the period, as written.</param>
    /// <param name="range">The period on the calendar, or <see langword="null"/> when it cannot be resolved.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    public TimeScope(string text, DateRange? range)
        : this(text, range, text.ToUpperInvariant(), 0)
    {
    }

    internal TimeScope(string text, DateRange? range, string expression, int partialMonth)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        Range = range;
        Expression = expression;
        PartialMonth = partialMonth;
    }

    /// <summary>Gets the words that state the period, as written.</summary>
    public string Text { get; }

    /// <summary>Gets the period on the calendar, or <see langword="null"/> when it could not be resolved.</summary>
    public DateRange? Range { get; }

    /// <summary>Gets a value indicating whether the period was resolved to the calendar.</summary>
    public bool IsResolved => Range.HasValue;

    /// <summary>Gets the normalized words, used to match unresolved scopes such as two "last year"s.</summary>
    internal string Expression { get; }

    /// <summary>Gets the month of a yearless date such as "since October" (1 to 12), or 0.</summary>
    internal int PartialMonth { get; }

    /// <inheritdoc/>
    public bool Equals(TimeScope? other)
        => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal) && Nullable.Equals(Range, other.Range);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TimeScope);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), Range);

    /// <summary>Returns the words as written.</summary>
    /// <returns>The scope's text.</returns>
    public override string ToString() => Text;
}
