using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Reconcile.Json;

namespace Reconcile.Tests.Json;

public sealed class ValueConverterTests
{
    private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings().ConfigureForReconcile();

    private static readonly Unit Usd = Unit.Currency("USD");
    private static readonly Unit Millimetre = new(UnitDimension.Length, "mm");

    public static IEnumerable<TestCaseData> Values()
    {
        static TestCaseData Case(object value, string name) => new TestCaseData(value).SetArgDisplayNames(name);

        yield return Case(new TextSpan(0, 0), "TextSpan empty");
        yield return Case(TextSpan.FromBounds(10, 26), "TextSpan 10..26");
        yield return Case(Unit.Count, "Unit count");
        yield return Case(Unit.Percent, "Unit percent");
        yield return Case(Usd, "Unit USD");
        yield return Case(Millimetre, "Unit mm");
        yield return Case(NumericRange.Unbounded, "NumericRange unbounded");
        yield return Case(NumericRange.Exactly(29), "NumericRange exactly");
        yield return Case(new NumericRange(11000, false, null, false), "NumericRange open above");
        yield return Case(new NumericRange(null, false, 0.25, true), "NumericRange open below");
        yield return Case(new NumericRange(-1.5, true, 1e20, false), "NumericRange wide");
        foreach (Hedge hedge in Enum.GetValues<Hedge>())
        {
            if (hedge != Hedge.Between)
            {
                yield return Case(new Quantity(11000, hedge, Unit.Count, 1000), "Quantity " + hedge);
            }
        }

        yield return Case(Quantity.Between(252, 287, Unit.Count), "Quantity between");
        yield return Case(Quantity.Between(14, 18, Unit.Count, approximate: true), "Quantity approximate between");
        yield return Case(new Quantity(3e9, Hedge.About, Usd, 1e9), "Quantity money");
        yield return Case(new Quantity(2.5, Hedge.None, Unit.Percent, 0.1), "Quantity fraction");
        yield return Case(new Quantity(-40.125, Hedge.LessThan, new Unit(UnitDimension.Temperature, "°C")), "Quantity negative");
        yield return Case(new Quantity(1e21, Hedge.MoreThan, Unit.Count), "Quantity huge");
        yield return Case(new Quantity(0.1 + 0.2, Hedge.None, Millimetre), "Quantity inexact double");
        yield return Case(new DateValue(2009), "DateValue year");
        yield return Case(new DateValue(2024, 3), "DateValue month");
        yield return Case(new DateValue(2024, 2, 29), "DateValue day");
        yield return Case(new DateRange(new DateValue(2024, 1, 1), new DateValue(2025, 4, 30)), "DateRange closed");
        yield return Case(DateRange.Since(new DateValue(2009)), "DateRange since");
        yield return Case(new DateRange(null, new DateValue(2024, 3)), "DateRange until");
        yield return Case(new DateRange(null, null), "DateRange any time");
        yield return Case(new TimeScope("in 2024", new DateRange(new DateValue(2024), new DateValue(2024))), "TimeScope resolved");
        yield return Case(new TimeScope("last year", null), "TimeScope unresolved");
        yield return Case(new TimeScope("at any time", new DateRange(null, null)), "TimeScope resolved open");
        yield return Case(new MemberSet([]), "MemberSet empty");
        yield return Case(new MemberSet(["United States", "Australia", "United Kingdom"]), "MemberSet three");
        yield return Case(new SourceCopy("wire-edited", "wire-harbour", 0.9375), "SourceCopy");
        yield return Case(ClaimValue.FromMembers(new MemberSet(["Canada", "France"])), "ClaimValue members");
        yield return Case(ClaimValue.FromQuantity(new Quantity(100, Hedge.AtLeast, Unit.Count, 100)), "ClaimValue quantity");
        yield return Case(ClaimValue.FromQuantity(Quantity.Between(1, 2, Usd)), "ClaimValue between");
        yield return Case(ClaimValue.FromDate(new DateValue(2025, 5, 29)), "ClaimValue date");
        yield return Case(ClaimValue.FromDateRange(DateRange.Since(new DateValue(2010))), "ClaimValue date range");
        yield return Case(new Source("wire-harbour"), "Source bare");
        yield return Case(
            new Source("wire-harbour")
            {
                Title = "US and allies say \"North Korea\" breaks UN sanctions",
                Outlet = "Harbour Wire",
                Published = new DateOnly(2025, 5, 30),
                Url = "https://example.org/harbour-wire",
                Path = "docs/samples/wire-harbour.txt",
            },
            "Source full");
    }

    [TestCaseSource(nameof(Values))]
    public void RoundTrip_GivesAnEqualValueAndTheSameJson(object value)
    {
        string json = JsonConvert.SerializeObject(value, Settings);
        object? back = JsonConvert.DeserializeObject(json, value.GetType(), Settings);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(back, Is.EqualTo(value));
            Assert.That(JsonConvert.SerializeObject(back, Settings), Is.EqualTo(json));
        }
    }

    [TestCase(typeof(TextSpan), typeof(TextSpan?))]
    [TestCase(typeof(Quantity), typeof(Quantity?))]
    [TestCase(typeof(DateValue), typeof(DateValue?))]
    [TestCase(typeof(ClaimValue), typeof(ClaimValue?))]
    public void Nullable_Null_RoundTrips_ButTheValueTypeRefusesNull(Type type, Type nullable)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonConvert.DeserializeObject("null", nullable, Settings), Is.Null);
            Assert.That(() => JsonConvert.DeserializeObject("null", type, Settings), Throws.TypeOf<ReconcileJsonException>());
        }
    }

    [Test]
    public void Quantity_MoreThan_WritesHedgeUnitStepAndRange()
    {
        string json = JsonConvert.SerializeObject(new Quantity(11000, Hedge.MoreThan, Unit.Count, 1000), Settings);
        Assert.That(json, Is.EqualTo(
            """{"hedge":"more_than","value":11000,"unit":{"dimension":"count","symbol":""},"step":1000,"lower":{"value":11000,"inclusive":false},"upper":null}"""));
    }

    [Test]
    public void Quantity_Between_WritesHigh()
    {
        string json = JsonConvert.SerializeObject(Quantity.Between(1.5, 2.25, Usd), Settings);
        Assert.That(json, Is.EqualTo(
            """{"hedge":"between","value":1.5,"high":2.25,"unit":{"dimension":"currency","symbol":"USD"},"step":0,"lower":{"value":1.5,"inclusive":true},"upper":{"value":2.25,"inclusive":true}}"""));
    }

    [Test]
    public void Quantity_Read_IgnoresTheDerivedRange()
    {
        Quantity quantity = JsonConvert.DeserializeObject<Quantity>(
            """{"hedge":"nearly","value":11000,"unit":{"dimension":"count","symbol":""},"step":1000,"lower":{"value":1,"inclusive":true},"upper":null}""", Settings);
        Assert.That(quantity, Is.EqualTo(new Quantity(11000, Hedge.Nearly, Unit.Count, 1000)));
    }

    [Test]
    public void Quantity_UnknownHedge_NamesTheAcceptedOnes()
    {
        var error = Assert.Throws<ReconcileJsonException>(() => JsonConvert.DeserializeObject<Quantity>(
            """{"hedge":"MoreThan","value":1,"unit":{"dimension":"count","symbol":""}}""", Settings))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Does.Contain("'MoreThan' is not a valid 'hedge'").And.Contain("\"more_than\""));
            Assert.That(error.Line, Is.EqualTo(1));
            Assert.That(error.JsonPath, Is.EqualTo("hedge"));
        }
    }

    [Test]
    public void ClaimValue_Members_WritesTheCanonicalNamesInOrder()
        => Assert.That(
            JsonConvert.SerializeObject(ClaimValue.FromMembers(new MemberSet(["United Kingdom", "Australia"])), Settings),
            Is.EqualTo("""{"kind":"members","members":["Australia","United Kingdom"]}"""));

    [TestCase("""{"firstSourceId":"a","secondSourceId":"a","sharedFraction":0.5}""", "copy of itself")]
    [TestCase("""{"firstSourceId":"a","secondSourceId":"b","sharedFraction":1.5}""", "between 0 and 1")]
    public void SourceCopy_Invalid_Throws(string json, string message)
        => Assert.That(
            () => JsonConvert.DeserializeObject<SourceCopy>(json, Settings),
            Throws.TypeOf<ReconcileJsonException>().With.Message.Contain(message));

    [TestCase("2009", "year")]
    [TestCase("2024-03", "month")]
    [TestCase("2025-05-29", "day")]
    public void ClaimValue_Date_WritesIsoAtItsGranularity(string iso, string granularity)
    {
        string json = JsonConvert.SerializeObject(ClaimValue.FromDate(DateValue.ParseIso(iso)), Settings);
        Assert.That(json, Is.EqualTo($$"""{"kind":"date","date":"{{iso}}","granularity":"{{granularity}}"}"""));
    }

    [TestCase("\"2024-13\"")]
    [TestCase("\"2023-02-29\"")]
    [TestCase("\"24\"")]
    [TestCase("2024")]
    public void DateValue_NotAnIsoString_Throws(string json)
        => Assert.That(() => JsonConvert.DeserializeObject<DateValue>(json, Settings), Throws.TypeOf<ReconcileJsonException>());

    [Test]
    public void DateRange_EndBeforeStart_Throws()
        => Assert.That(
            () => JsonConvert.DeserializeObject<DateRange>("""{"start":"2025","end":"2024"}""", Settings),
            Throws.TypeOf<ReconcileJsonException>().With.Message.Contain("may not end before it starts"));

    [Test]
    public void TimeScope_Unresolved_WritesNullEnds()
        => Assert.That(
            JsonConvert.SerializeObject(new TimeScope("last year", null), Settings),
            Is.EqualTo("""{"text":"last year","start":null,"end":null,"resolved":false}"""));

    [Test]
    public void Source_WritesEveryKey_PublishedAsIsoDate()
        => Assert.That(
            JsonConvert.SerializeObject(new Source("a") { Published = new DateOnly(2025, 5, 30) }, Settings),
            Is.EqualTo("""{"id":"a","title":null,"outlet":null,"published":"2025-05-30","url":null,"path":null}"""));

    [TestCase("""{"id":" padded"}""", "not a valid source id")]
    [TestCase("""{"id":"a","published":"30/05/2025"}""", "'published' must be an ISO date")]
    [TestCase("""{"title":"no id"}""", "'id' is missing")]
    public void Source_Invalid_Throws(string json, string message)
        => Assert.That(
            () => JsonConvert.DeserializeObject<Source>(json, Settings),
            Throws.TypeOf<ReconcileJsonException>().With.Message.Contain(message));

    [Test]
    public void ConfigureForReconcile_IsIdempotentAndSafe()
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All, MaxDepth = 1000, DateParseHandling = DateParseHandling.DateTime };
        settings.ConfigureForReconcile().ConfigureForReconcile();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.Converters, Has.Count.EqualTo(15));
            Assert.That(settings.TypeNameHandling, Is.EqualTo(TypeNameHandling.None));
            Assert.That(settings.MetadataPropertyHandling, Is.EqualTo(MetadataPropertyHandling.Ignore));
            Assert.That(settings.DateParseHandling, Is.EqualTo(DateParseHandling.None));
            Assert.That(settings.MaxDepth, Is.EqualTo(64));
        }
    }

    [Test]
    public void ConfigureForReconcile_KeepsALowerMaxDepth()
        => Assert.That(new JsonSerializerSettings { MaxDepth = 8 }.ConfigureForReconcile().MaxDepth, Is.EqualTo(8));
}
