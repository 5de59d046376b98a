using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Reconcile.Truth;

/// <summary>
/// A value a source states about one fact, as the truth model sees it: a number line range (a hedged figure,
/// a date, a time of day), a categorical label, or a set of names.
/// </summary>
/// <remarks>
/// <para>Equality compares what the value means, not how it is displayed: the kind, and for a number its
/// dimension, range and point; for a label its text (ordinally); for a set its members (ordinally, in order).</para>
/// <para><see cref="CompareTo"/> is the canonical order used for deterministic output and tie-breaking: the more
/// specific value first (an exact figure before a range, a narrow range before a wide one, a longer list before a
/// shorter one), then the smaller number, then ordinal text order.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
internal sealed class TruthValue : IEquatable<TruthValue>, IComparable<TruthValue>
{
    private readonly ImmutableArray<string> _members;
    private readonly string? _text;

    private TruthValue(TruthValueKind kind, NumericRange range, double point, string dimension, Closeness closeness, string label, ImmutableArray<string> members, string? text)
    {
        Kind = kind;
        Range = range;
        Point = point;
        Dimension = dimension;
        Closeness = closeness;
        Label = label;
        _members = members;
        _text = text;
    }

    /// <summary>Gets which kind of value this is.</summary>
    public TruthValueKind Kind { get; }

    /// <summary>Gets the values a number allows ("at least 100" is [100, ∞)); unbounded for other kinds.</summary>
    public NumericRange Range { get; }

    /// <summary>Gets the number as written, used to measure closeness ("at least 100" is 100); 0 for other kinds.</summary>
    public double Point { get; }

    /// <summary>Gets what a number measures (a unit, "date", "time of day"); numbers of different dimensions never support each other.</summary>
    public string Dimension { get; }

    /// <summary>Gets how near another number must be to lend this one support.</summary>
    public Closeness Closeness { get; }

    /// <summary>Gets the label of a categorical value; empty for other kinds.</summary>
    public string Label { get; }

    /// <summary>Gets the members of a set, in ordinal order without duplicates; empty for other kinds.</summary>
    public IReadOnlyList<string> Members => _members.IsDefault ? [] : _members;

    /// <summary>Gets a value indicating whether a number holds exactly one value.</summary>
    public bool IsExact => Kind != TruthValueKind.Number || Range.IsPoint;

    /// <summary>Creates an exact number.</summary>
    /// <param name="value">The number.</param>
    /// <param name="dimension">What it measures; empty for a plain count.</param>
    /// <param name="closeness">How near another number must be to support it.</param>
    /// <param name="text">How to display it, or <see langword="null"/> for the invariant number.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public static TruthValue Exactly(double value, string dimension = "", Closeness closeness = default, string? text = null)
        => Number(NumericRange.Exactly(value), value, dimension, closeness, text);

    /// <summary>Creates a number that allows a range of values, such as a hedged figure.</summary>
    /// <param name="range">The values allowed.</param>
    /// <param name="point">The number as written ("more than 11,000" is 11,000).</param>
    /// <param name="dimension">What it measures; empty for a plain count.</param>
    /// <param name="closeness">How near another number must be to support it.</param>
    /// <param name="text">How to display it, or <see langword="null"/> for the range.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="point"/> is not finite.</exception>
    public static TruthValue Number(NumericRange range, double point, string dimension = "", Closeness closeness = default, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        if (!double.IsFinite(point))
        {
            throw new ArgumentOutOfRangeException(nameof(point), "A number must be finite.");
        }

        return new TruthValue(TruthValueKind.Number, range, point, dimension, closeness, string.Empty, default, text);
    }

    /// <summary>Creates a categorical value.</summary>
    /// <param name="label">The label, compared ordinally.</param>
    /// <param name="text">How to display it, or <see langword="null"/> for the label.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public static TruthValue Category(string label, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new TruthValue(TruthValueKind.Label, NumericRange.Unbounded, 0, string.Empty, default, label, default, text);
    }

    /// <summary>Creates a set of names; duplicates are dropped and the names kept in ordinal order.</summary>
    /// <param name="members">The names.</param>
    /// <param name="text">How to display it, or <see langword="null"/> for the names joined by commas.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is or holds <see langword="null"/>.</exception>
    public static TruthValue Set(IEnumerable<string> members, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        string[] sorted = [.. members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        foreach (string member in sorted)
        {
            ArgumentNullException.ThrowIfNull(member, nameof(members));
        }

        return new TruthValue(TruthValueKind.Set, NumericRange.Unbounded, 0, string.Empty, default, string.Empty, [.. sorted], text);
    }

    /// <inheritdoc/>
    public bool Equals(TruthValue? other)
    {
        if (other is null || Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            TruthValueKind.Number => string.Equals(Dimension, other.Dimension, StringComparison.Ordinal) && Range == other.Range && Point.Equals(other.Point),
            TruthValueKind.Label => string.Equals(Label, other.Label, StringComparison.Ordinal),
            _ => Members.SequenceEqual(other.Members, StringComparer.Ordinal),
        };
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TruthValue);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        switch (Kind)
        {
            case TruthValueKind.Number:
                hash.Add(Dimension, StringComparer.Ordinal);
                hash.Add(Range);
                hash.Add(Point);
                break;
            case TruthValueKind.Label:
                hash.Add(Label, StringComparer.Ordinal);
                break;
            default:
                foreach (string member in Members)
                {
                    hash.Add(member, StringComparer.Ordinal);
                }

                break;
        }

        return hash.ToHashCode();
    }

    /// <summary>Orders values canonically: the more specific first, then the smaller number, then ordinal text.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(TruthValue? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byKind = Kind.CompareTo(other.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        switch (Kind)
        {
            case TruthValueKind.Number:
                int byDimension = string.CompareOrdinal(Dimension, other.Dimension);
                if (byDimension != 0)
                {
                    return byDimension;
                }

                int bySpecificity = Specificity(Range).CompareTo(Specificity(other.Range));
                if (bySpecificity != 0)
                {
                    return bySpecificity;
                }

                int byWidth = Width(Range).CompareTo(Width(other.Range));
                if (byWidth != 0)
                {
                    return byWidth;
                }

                int byPoint = Point.CompareTo(other.Point);
                return byPoint != 0 ? byPoint : string.CompareOrdinal(Range.ToString(), other.Range.ToString());
            case TruthValueKind.Label:
                return string.CompareOrdinal(Label, other.Label);
            default:
                // A longer list is the more specific claim ("Knuth; Fuller" before "Knuth").
                int byCount = other.Members.Count.CompareTo(Members.Count);
                if (byCount != 0)
                {
                    return byCount;
                }

                for (int i = 0; i < Members.Count; i++)
                {
                    int byMember = string.CompareOrdinal(Members[i], other.Members[i]);
                    if (byMember != 0)
                    {
                        return byMember;
                    }
                }

                return 0;
        }
    }

    // 0 exact, 1 bounded, 2 open at one end, 3 open at both.
    private static int Specificity(NumericRange range)
    {
        if (range.IsPoint)
        {
            return 0;
        }

        int openEnds = (range.Lower.HasValue ? 0 : 1) + (range.Upper.HasValue ? 0 : 1);
        return 1 + openEnds;
    }

    private static double Width(NumericRange range)
        => range.Lower is { } lower && range.Upper is { } upper ? upper - lower : double.PositiveInfinity;

    /// <summary>Returns the value as it should be displayed.</summary>
    /// <returns>The display text, culture-invariant.</returns>
    public override string ToString()
    {
        if (_text is not null)
        {
            return _text;
        }

        return Kind switch
        {
            TruthValueKind.Number => Range.IsPoint ? Point.ToString("R", CultureInfo.InvariantCulture) : Range.ToString(),
            TruthValueKind.Label => Label,
            _ => string.Join(", ", Members),
        };
    }
}
