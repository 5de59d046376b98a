using System;

namespace Reconcile.Tests;

public sealed class ValueTypeTests
{
    [Test]
    public void TextSpan_Equality() => EqualityContract.Check(new TextSpan(3, 4), TextSpan.FromBounds(3, 7), new TextSpan(3, 5), new TextSpan(4, 4));

    [Test]
    public void TextSpan_Construction_NegativeLength_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TextSpan(1, -1));

    [Test]
    public void TextSpan_FromBounds_EndBeforeStart_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 4));

    [Test]
    public void TextSpan_Slice_ReturnsCoveredText()
        => Assert.That(new TextSpan(4, 5).Slice("the quick fox"), Is.EqualTo("quick"));

    [Test]
    public void NumericRange_Equality()
        => EqualityContract.Check(new NumericRange(1, true, 5, false), new NumericRange(1, true, 5, false), new NumericRange(1, false, 5, false), NumericRange.Between(1, 5), NumericRange.Unbounded);

    [Test]
    public void NumericRange_Construction_UpperBelowLower_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new NumericRange(5, true, 4, true));

    [Test]
    public void NumericRange_Construction_EmptyPoint_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new NumericRange(5, true, 5, false));

    [Test]
    public void NumericRange_Construction_Infinite_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new NumericRange(double.PositiveInfinity, true, null, false));

    [Test]
    public void NumericRange_MoreThanAndNearly_DoNotOverlap()
    {
        NumericRange moreThan = Quantity.Parse("more than 11,000").Range;
        NumericRange nearly = Quantity.Parse("nearly 11,000").Range;
        NumericRange bare = Quantity.Parse("11,000").Range;
        Assert.Multiple(() =>
        {
            Assert.That(moreThan.Overlaps(nearly), Is.False);
            Assert.That(nearly.Overlaps(moreThan), Is.False);
            Assert.That(bare.Overlaps(moreThan), Is.True);
            Assert.That(bare.Overlaps(nearly), Is.True);
        });
    }

    [Test]
    public void NumericRange_TouchingEnds_OverlapOnlyWhenBothInclusive()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new NumericRange(null, false, 10, true).Overlaps(new NumericRange(10, true, null, false)), Is.True);
            Assert.That(new NumericRange(null, false, 10, false).Overlaps(new NumericRange(10, true, null, false)), Is.False);
            Assert.That(new NumericRange(null, false, 10, true).Overlaps(new NumericRange(10, false, null, false)), Is.False);
        });
    }

    [Test]
    public void NumericRange_Contains_RespectsInclusivity()
    {
        var range = new NumericRange(100, true, 200, false);
        Assert.Multiple(() =>
        {
            Assert.That(range.Contains(100), Is.True);
            Assert.That(range.Contains(200), Is.False);
            Assert.That(range.Contains(new NumericRange(150, true, 160, true)), Is.True);
            Assert.That(range.Contains(NumericRange.Between(150, 200)), Is.False);
        });
    }

    [Test]
    public void Quantity_Equality()
        => EqualityContract.Check(
            new Quantity(11000, Hedge.MoreThan, Unit.Count, 1000),
            Quantity.Parse("more than 11,000"),
            new Quantity(11000, Hedge.Nearly, Unit.Count, 1000),
            new Quantity(11000, Hedge.MoreThan, Unit.Percent, 1000),
            Quantity.Between(1, 2, Unit.Count),
            Quantity.Between(1, 2, Unit.Count, approximate: true));

    [Test]
    public void Quantity_ApproximateRange_SpreadsEachEndByATenth()
    {
        Quantity about = Quantity.Parse("about 14-18 mpg");
        Assert.Multiple(() =>
        {
            Assert.That(about, Is.EqualTo(Quantity.Between(14, 18, about.Unit, approximate: true)));
            Assert.That(about.Hedge, Is.EqualTo(Hedge.Between));
            Assert.That(about.Range.Lower!.Value, Is.EqualTo(12.6).Within(1e-9));
            Assert.That(about.Range.Upper!.Value, Is.EqualTo(19.8).Within(1e-9));
            Assert.That(about.ToString(), Is.EqualTo("about 14 mpg to 18 mpg"));
            Assert.That(Quantity.Parse(about.ToString()), Is.EqualTo(about));
            Assert.That(Quantity.Parse("between 14 and 18").IsApproximate, Is.False);
        });
    }

    [TestCase(Hedge.Nearly)]
    [TestCase(Hedge.About)]
    [TestCase(Hedge.MoreThan)]
    [TestCase(Hedge.LessThan)]
    public void Quantity_Range_OfZero_IsValid(Hedge hedge)
        => Assert.That(new Quantity(0, hedge, Unit.Count).Range.Contains(0) || hedge is Hedge.Nearly or Hedge.MoreThan or Hedge.LessThan, Is.True);

    [Test]
    public void Quantity_Range_OfNegative_Nearly_IsBelow()
        => Assert.That(new Quantity(-5, Hedge.Nearly, Unit.Count).Range.ToString(), Is.EqualTo("[-5.5, -5)"));

    // Found by the property tests (Properties/ValueProperties.cs): the spread of a figure near double.MaxValue
    // overflowed to infinity, and NumericRange refused the end, so Range threw for a valid Quantity.
    [TestCase(-double.MaxValue, Hedge.Nearly, 0)]
    [TestCase(double.MaxValue, Hedge.About, 0)]
    [TestCase(-double.MaxValue, Hedge.About, 0)]
    [TestCase(double.MaxValue, Hedge.None, 1e308)]
    [TestCase(-1.7976931348623157E+308, Hedge.None, 1e308)]
    public void Quantity_Range_NearTheLargestDouble_HasAnUnboundedEnd(double value, Hedge hedge, double step)
    {
        NumericRange range = new Quantity(value, hedge, Unit.Count, step).Range;
        Assert.That(range.Lower is null || range.Upper is null, Is.True, range.ToString());
    }

    [Test]
    public void Quantity_Construction_BetweenHedge_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Quantity(1, Hedge.Between, Unit.Count));

    [Test]
    public void Quantity_Construction_NegativeStep_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Quantity(1, Hedge.None, Unit.Count, -1));

    [Test]
    public void Quantity_Between_HighBelowLow_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Between(5, 4, Unit.Count));

    [TestCase("more than 11,000", "more than 11,000")]
    [TestCase("as many as 9 million", "up to 9 million")]
    [TestCase("nine million", "9 million")]
    [TestCase("$3bn", "$3 billion")]
    [TestCase("at least 100", "at least 100")]
    [TestCase("well over 100", "well over 100")]
    public void Quantity_Parse_ReadsLikeTheSource(string text, string expected)
        => Assert.That(Quantity.Parse(text).ToString(), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("troops")]
    [TestCase("11,000 troops")]
    [TestCase("in 2024")]
    public void Quantity_TryParse_NotOneFigure_ReturnsFalse(string text)
        => Assert.That(Quantity.TryParse(text, out _), Is.False);

    [Test]
    public void Quantity_Parse_NotAFigure_ThrowsFormatException()
        => Assert.Throws<FormatException>(() => Quantity.Parse("troops"));

    [Test]
    public void Unit_Equality() => EqualityContract.Check(Unit.Currency("USD"), new Unit(UnitDimension.Currency, "USD"), Unit.Currency("EUR"), Unit.Count, Unit.Percent);

    [Test]
    public void Unit_Currency_NotThreeLetters_Throws() => Assert.Throws<ArgumentException>(() => Unit.Currency("US"));

    [Test]
    public void DateValue_Equality() => EqualityContract.Check(new DateValue(2024, 3), DateValue.ParseIso("2024-03"), new DateValue(2024), new DateValue(2024, 3, 1));

    [Test]
    public void DateValue_Construction_InvalidDay_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DateValue(2025, 2, 29));

    [Test]
    public void DateValue_Matches_ComparesAtCoarserGranularity()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new DateValue(2025, 5).Matches(new DateValue(2025, 5, 29)), Is.True);
            Assert.That(new DateValue(2009).Matches(new DateValue(2010)), Is.False);
            Assert.That(new DateValue(2024).Matches(new DateValue(2024, 10)), Is.True);
        });
    }

    [TestCase("2009", "2009", DateGranularity.Year)]
    [TestCase("2024-03", "March 2024", DateGranularity.Month)]
    [TestCase("2024-01-01", "1 January 2024", DateGranularity.Day)]
    public void DateValue_ParseIso_RoundTrips(string iso, string text, DateGranularity granularity)
    {
        DateValue value = DateValue.ParseIso(iso);
        Assert.Multiple(() =>
        {
            Assert.That(value.ToIsoString(), Is.EqualTo(iso));
            Assert.That(value.ToString(), Is.EqualTo(text));
            Assert.That(value.Granularity, Is.EqualTo(granularity));
        });
    }

    [TestCase("24")]
    [TestCase("2024-13")]
    [TestCase("2025-02-29")]
    [TestCase("2024/03/01")]
    public void DateValue_TryParseIso_Invalid_ReturnsFalse(string text) => Assert.That(DateValue.TryParseIso(text, out _), Is.False);

    [Test]
    public void DateRange_Equality()
        => EqualityContract.Check(DateRange.Since(new DateValue(2009)), new DateRange(new DateValue(2009), null), DateRange.Since(new DateValue(2010)), new DateRange(new DateValue(2009), new DateValue(2010)), default);

    [Test]
    public void DateRange_Construction_EndBeforeStart_Throws()
        => Assert.Throws<ArgumentException>(() => _ = new DateRange(new DateValue(2025), new DateValue(2024)));

    [Test]
    public void DateRange_SinceDifferentYears_DoNotMatch()
        => Assert.That(DateRange.Since(new DateValue(2009)).Matches(DateRange.Since(new DateValue(2010))), Is.False);

    [Test]
    public void ClaimValue_Equality()
        => EqualityContract.Check(ClaimValue.FromDate(new DateValue(2024)), ClaimValue.FromDate(new DateValue(2024)), ClaimValue.FromDate(new DateValue(2025)), ClaimValue.FromDateRange(DateRange.Since(new DateValue(2024))), ClaimValue.FromQuantity(default));

    [Test]
    public void ClaimValue_WrongKind_Throws()
        => Assert.Throws<InvalidOperationException>(() => _ = ClaimValue.FromDate(new DateValue(2024)).Quantity);
}
