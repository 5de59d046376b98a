using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Reconcile.Tests.Properties;

/// <summary>
/// The value types keep their invariants for any arguments: a constructor either refuses the arguments with the
/// documented exception or gives a value whose members agree with each other.
/// </summary>
public sealed class ValueProperties
{
    private static readonly double[] Special =
        [0, -0.0, 1, -1, 0.1, 1e-300, double.Epsilon, -double.Epsilon, 1e15, 1e308, -1e308, double.MaxValue, double.MinValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    /// <summary>Doubles from everywhere: special values, small fractions and arbitrary bit patterns.</summary>
    private static readonly Gen<double> AnyDouble = Gen.OneOf(
        Gen.Elements(Special),
        Gen.Choose(-100000, 100000).Select(n => n / 8.0),
        Gen.Two(Gen.Choose(int.MinValue, int.MaxValue)).Select(p => BitConverter.Int64BitsToDouble(unchecked(((long)p.Item1 << 32) | (uint)p.Item2))));

    private static readonly Gen<double?> AnyEnd = Gen.OneOf(Gen.Constant<double?>(null), AnyDouble.Select(d => (double?)d));

    private static readonly Gen<Hedge> AnyHedge = Gen.Choose(-1, 11).Select(h => (Hedge)h);

    private static readonly Gen<DateValue?> AnyDate = Gen.OneOf(
        Gen.Constant<DateValue?>(null),
        from year in Gen.Elements(1, 2, 1999, 2024, 2025, 9998, 9999)
        from month in Gen.Choose(0, 12)
        from day in Gen.Choose(0, month == 0 ? 0 : DateTime.DaysInMonth(year, month))
        select (DateValue?)new DateValue(year, month, day));

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property NumericRange_AnyEnds_RefusedOrConsistent()
    {
        Gen<(double? Lower, bool LowerInclusive, double? Upper, bool UpperInclusive)> ends =
            from lower in AnyEnd
            from lowerInclusive in ArbMap.Default.GeneratorFor<bool>()
            from upper in AnyEnd
            from upperInclusive in ArbMap.Default.GeneratorFor<bool>()
            select (lower, lowerInclusive, upper, upperInclusive);
        return Prop.ForAll(ends.ToArbitrary(), e =>
        {
            bool finite = e.Lower is not { } l || double.IsFinite(l);
            finite &= e.Upper is not { } u || double.IsFinite(u);
            bool valid = finite && (e.Lower is not { } lo || e.Upper is not { } hi || lo < hi || (lo == hi && e.LowerInclusive && e.UpperInclusive));
            if (!valid)
            {
                return Throws<ArgumentOutOfRangeException>(() => new NumericRange(e.Lower, e.LowerInclusive, e.Upper, e.UpperInclusive));
            }

            var range = new NumericRange(e.Lower, e.LowerInclusive, e.Upper, e.UpperInclusive);
            var copy = new NumericRange(e.Lower, e.LowerInclusive, e.Upper, e.UpperInclusive);
            return range.Lower == e.Lower && range.Upper == e.Upper
                && range.LowerInclusive == (e.Lower.HasValue && e.LowerInclusive)
                && range.UpperInclusive == (e.Upper.HasValue && e.UpperInclusive)
                && (range.Lower is not { } a || range.Contains(a) == range.LowerInclusive)
                && (range.Upper is not { } b || range.Contains(b) == range.UpperInclusive)
                && range.Contains(range) && range.Overlaps(range) && NumericRange.Unbounded.Contains(range)
                && range == copy && range.GetHashCode() == copy.GetHashCode()
                && range.ToString().Length > 0;
        });
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Quantity_AnyFigure_RefusedOrHasARangeThatFitsItsHedge()
    {
        Gen<(double Value, Hedge Hedge, double Step)> figures =
            from value in AnyDouble
            from hedge in AnyHedge
            from step in Gen.OneOf(Gen.Constant(0.0), AnyDouble)
            select (value, hedge, step);
        return Prop.ForAll(figures.ToArbitrary(), f =>
        {
            bool valid = double.IsFinite(f.Value) && double.IsFinite(f.Step) && f.Step >= 0 && f.Hedge is not Hedge.Between && Enum.IsDefined(f.Hedge);
            if (!valid)
            {
                return Throws<ArgumentOutOfRangeException>(() => new Quantity(f.Value, f.Hedge, Unit.Count, f.Step));
            }

            var quantity = new Quantity(f.Value, f.Hedge, Unit.Count, f.Step);
            NumericRange range = quantity.Range;
            bool holdsItsFigure = f.Hedge is not (Hedge.MoreThan or Hedge.WellOver or Hedge.LessThan or Hedge.Nearly);
            return range.Contains(f.Value) == holdsItsFigure
                && quantity == new Quantity(f.Value, f.Hedge, Unit.Count, f.Step)
                && quantity.ToString().Length > 0;
        });
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Quantity_Between_RefusedOrSpansItsEnds()
        => Prop.ForAll(Gen.Two(AnyDouble).ToArbitrary(), ends =>
        {
            (double low, double high) = ends;
            if (!double.IsFinite(low) || !double.IsFinite(high) || high < low)
            {
                return Throws<ArgumentOutOfRangeException>(() => Quantity.Between(low, high, Unit.Percent));
            }

            NumericRange range = Quantity.Between(low, high, Unit.Percent).Range;
            return range.Contains(low) && range.Contains(high) && range.Lower == low && range.Upper == high;
        });

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property DateValue_AnyParts_RefusedOrRoundTripsThroughIso()
    {
        Gen<(int Year, int Month, int Day)> parts =
            from year in Gen.OneOf(Gen.Choose(-2, 10001), Gen.Choose(1900, 2100))
            from month in Gen.Choose(-1, 13)
            from day in Gen.Choose(-1, 32)
            select (year, month, day);
        return Prop.ForAll(parts.ToArbitrary(), p =>
        {
            bool valid = p.Year is >= 1 and <= 9999 && p.Month is >= 0 and <= 12 && p.Day >= 0
                && (p.Day == 0 || (p.Month > 0 && p.Day <= DateTime.DaysInMonth(p.Year, p.Month)));
            if (!valid)
            {
                return Throws<ArgumentOutOfRangeException>(() => new DateValue(p.Year, p.Month, p.Day));
            }

            var date = new DateValue(p.Year, p.Month, p.Day);
            DateValue parsed = DateValue.ParseIso(date.ToIsoString());
            return parsed == date && parsed.GetHashCode() == date.GetHashCode()
                && date.First <= date.Last && date.Matches(date) && date.CompareTo(date) == 0
                && date.Truncate(DateGranularity.Year).Matches(date)
                && date.ToString().Length > 0;
        });
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property DateRange_AnyEnds_RefusedOrOverlapsAndMatchesItself()
        => Prop.ForAll(Gen.Two(AnyDate).ToArbitrary(), ends =>
        {
            (DateValue? start, DateValue? end) = ends;
            if (start is { } s && end is { } e && e.Last < s.First)
            {
                return Throws<ArgumentException>(() => new DateRange(start, end));
            }

            var range = new DateRange(start, end);
            return range.Start == start && range.End == end
                && range.Overlaps(range) && range.Matches(range)
                && range == new DateRange(start, end) && range.GetHashCode() == new DateRange(start, end).GetHashCode()
                && range.ToString().Length > 0;
        });

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property TextSpan_AnyStartAndLength_RefusedOrSlicesExactlyItsLength()
    {
        Gen<int> anyInt = Gen.OneOf(Gen.Choose(-3, 40), Gen.Elements(int.MaxValue, int.MinValue, int.MaxValue - 1));
        return Prop.ForAll(Gen.Two(anyInt).ToArbitrary(), p =>
        {
            (int start, int length) = p;
            if (start < 0 || length < 0 || start > int.MaxValue - length)
            {
                return Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, length));
            }

            var span = new TextSpan(start, length);
            bool slices = span.End > 100 || span.Slice(new string('x', span.End)).Length == length;
            return span.End - span.Start == length && span.End >= span.Start
                && TextSpan.FromBounds(span.Start, span.End) == span
                && span.Contains(span) && span.Overlaps(span) == (length > 0)
                && span.CompareTo(span) == 0 && slices;
        });
    }

    private static bool Throws<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }

    private static bool Throws<TException>(Func<object> create)
        where TException : Exception
        => Throws<TException>(() => { _ = create(); });
}
