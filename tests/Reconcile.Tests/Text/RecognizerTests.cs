using System;
using System.Diagnostics;
using System.Linq;

namespace Reconcile.Tests.Text;

public sealed class RecognizerTests
{
    private static string[] Values(string text, DateOnly? published = null)
        => [.. Recognizer.Recognize(text, published).Select(r => $"{r.Span.Slice(text)} = {r.Value}")];

    [Test]
    public void Recognize_FiguresAndDates_WithTheirWords()
        => Assert.That(
            Values("North Korea sent more than 11,000 troops since 2009 and as many as 9 million rounds on Thursday.", new DateOnly(2025, 5, 30)),
            Is.EqualTo(new[] { "more than 11,000 = more than 11,000", "since 2009 = since 2009", "as many as 9 million = up to 9 million", "on Thursday = 29 May 2025" }));

    [Test]
    public void Recognize_PossessiveWeekday_IsTheDay()
        => Assert.That(
            Values("The death toll from Tuesday's earthquake rose to 41.", new DateOnly(2025, 10, 15)),
            Is.EqualTo(new[] { "Tuesday's = 14 October 2025", "41 = 41" }));

    [Test]
    public void Recognize_DigitsInsideDatesAndTimes_AreNotCounts()
        => Assert.That(
            Values("At 1:39 p.m. on May 29, 2025, and again at 1339 IST and at midnight, the 1990s were recalled."),
            Is.EqualTo(new[] { "on May 29, 2025 = 29 May 2025", "the 1990s = 1990 to 1999" }));

    [Test]
    public void Recognize_OrdinalsIdentifiersAndNames_AreNotCounts()
        => Assert.That(Values("The 22nd amendment, Resolution 2397, the S&P 500, an F-16 and the iPhone 11 were cited."), Is.Empty);

    [Test]
    public void Recognize_RelativeDatesWithoutPublication_AreLeftOut()
        => Assert.That(Values("It happened last year, on Thursday and in October."), Is.Empty);

    [Test]
    public void Recognize_VagueAmounts_AreRanges()
        => Assert.That(Values("Tens of thousands of people and dozens of cars."), Is.EqualTo(new[]
        {
            "Tens of thousands = between 20,000 and 99,999", "dozens = between 24 and 99",
        }));

    [Test]
    public void Recognize_Spans_HoldExactlyTheirText()
    {
        const string text = "Officials said about $3.5bn, or 12 per cent, went to 29-page reports.";
        Recognition[] found = [.. Recognizer.Recognize(text)];
        Assert.That(found.Select(r => r.Span.Slice(text)), Is.EqualTo(new[] { "about $3.5bn", "12 per cent", "29-page" }));
    }

    [Test]
    public void Recognition_Equality()
    {
        var value = ClaimValue.FromQuantity(new Quantity(11000, Hedge.MoreThan, Unit.Count));
        EqualityContract.Check(
            new Recognition(new TextSpan(1, 5), value),
            new Recognition(new TextSpan(1, 5), value),
            new Recognition(new TextSpan(1, 6), value),
            new Recognition(new TextSpan(1, 5), ClaimValue.FromDate(new DateValue(2009))));
    }

    [TestCase("digits")]
    [TestCase("more than")]
    [TestCase("no spaces")]
    [TestCase("dense triggers")]
    public void Recognize_HostileMegabyte_IsLinearAndAllocatesLittle(string kind)
    {
        const int Mb = 1 << 20;
        string text = kind switch
        {
            "digits" => new string('7', Mb),
            "more than" => string.Concat(Enumerable.Repeat("more than ", Mb / 10)),
            "no spaces" => string.Concat(Enumerable.Repeat("abcdefghij", Mb / 10)),
            _ => string.Concat(Enumerable.Repeat("x1 ", Mb / 3)),
        };
        Recognizer.Recognize("warm up 5 troops");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        int found = Recognizer.Recognize(text).Count;
        watch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Zero);
            Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(5), "generous: a failure means super-linear work, not a slow machine");
            Assert.That(allocated, Is.LessThan(64 * 1024), "allocation must not grow with the text when nothing is found");
        });
    }

    /// <summary>
    /// A few English cases from Microsoft Recognizers-Text (MIT License, Copyright (c) Microsoft Corporation),
    /// Specs/Number/English/NumberModel.json and Specs/NumberWithUnit/English/CurrencyModel.json at commit
    /// 90e968ea44dc8fda3f2e1c3e4b20aa233817488d; expected values as there.
    /// </summary>
    [TestCase("1,234,567", "1,234,567")]
    [TestCase(" half a  dozen", "6")]
    [TestCase(" three dozens ", "36")]
    [TestCase("twenty-one trillion three hundred", "21,000,000,000,300")]
    [TestCase("4 thousand 3 hundred and 21 is a valid number.", "4,321")]
    [TestCase("Twenty-six people die in accident at Techiman", "26")]
    [TestCase("the parent company of first national bank of chicago , with $ 48 billion in assets", "$48 billion")]
    [TestCase("mr . bowder said the c $ 300 million charge to earnings", "300 million CAD")]
    [TestCase("it only cost thirteen dollars and forty-five cents", "$13.45")]
    [TestCase("The client estimates an increase to 120 MEUR", "€120 million")]
    [TestCase("The company has annual revenues of about MAUD 60", "about 60 million AUD")]
    [TestCase("It costs 15 dollars and 50.", "$15.5")]
    [TestCase("The weight is 20 (kg)", "20 kg")]
    [TestCase("that one mile can provide.", "1 mi")]
    public void Recognize_RecognizersTextCases(string input, string value)
        => Assert.That(Recognizer.Recognize(input).Select(r => r.Value.ToString()), Is.EqualTo(new[] { value }));

    [TestCase("Shares fell 0.6% while the FTSE -0.6% and the DAX -1.6% closed lower.", "0.6% | -0.6% | -1.6%")]
    [TestCase("The trade balance fell to $-50.8bn in April.", "$-50.8 billion")]
    [TestCase("They had been out of work for one to two years.", "between 1 year and 2 years")]
    [TestCase("Over the past three or four years prices rose 5 per cent.", "between 3 years and 4 years | 5%")]
    [TestCase("Flats range from 450 sq ft up to 900 sq ft.", "between 450 ft² and 900 ft²")]
    [TestCase("A 75 -300mm lens.", "between 75 mm and 300 mm")]
    [TestCase("Losses in excess of 30 MUSD and a charge of 75 USD million were booked.", "more than $30 million | $75 million")]
    [TestCase("A category 4 storm hit stage 3 of the race, and 550 megawatt of capacity went offline.", "550 MW")]
    [TestCase("It tested 200 people for COVID -19 and found one per cent positive.", "200 | 1%")]
    [TestCase("The package was worth up to PS2.7m, after a PS6m bonus; the PS5 sold out.", "up to £2.7 million | £6 million")]
    [TestCase("The mass is approximately 1.99×10−30 kilograms, about 6.02 x 10^23 atoms.", "about 1.99E-30 kg | about 6.02E+23")]
    [TestCase("Deposits of more than 7.5 million Danish crowns (US $1.1 million) are charged.", "more than 7.5 million DKK | more than $1.1 million")]
    [TestCase("Employment for women aged 25 to 54 rose; warming of 1.5 to 2 degree was the aim; the game ended 89-89.", "between 25 and 54 | between 1.5° and 2°")]
    [TestCase("Children under the age of 5 and people over the age of 65 were most at risk.", "less than 5 | more than 65")]
    [TestCase("Temperatures dropped by 1 to 1.5 degrees Celsius; the forecast was cut by 0.2 to 3.1 percent.", "between 1 °C and 1.5 °C | 0.2 | 3.1%")]
    [TestCase("The homes at 9 E 71st St and 49 Zorro Ranch Road, and a unit at 16-18 Industrial Avenue, were worth $56 million.", "$56 million")]
    [TestCase("He laundered S$1 million (RM3.06mil) through 10 Downing Street.", "1 million SGD | 3.06 million MYR")]
    [TestCase("Mileage rose from about 14-18 mpg to 24, and some 300 to 400 people, roughly 10 to 12 percent, came.", "about 14 mpg to 18 mpg | 24 | about 300 to 400 | about 10% to 12%")]
    [TestCase("Revenue grew more than sixfold, a threefold rise on an earlier 2.5-fold gain.", "more than 6 | 3 | 2.5")]
    [TestCase("The chain will go from 1500 to 2500 stores, with a total of 1800 staff.", "between 1,500 and 2,500 | 1,800")]
    [TestCase("Between 1600 and 1900 world temperatures fell.", "1600 to 1900")]
    [TestCase("Barclays fell 12 p to 1450 p; the route is 1950 km long, in 2020 dollars.", "12 GBX | 1,450 GBX | 1,950 km")]
    [TestCase("The new model does 0-to-60-mph in 4 seconds; a 10-to-15-minute walk; a 6-to-3 ruling and a 2-to-1 margin.", "between 0 mph and 60 mph | 4 seconds | between 10 and 15")]
    [TestCase("The then-37-year-old and her now-18-month-old son; the F-16 and the MiG-29.", "37 | 18")]
    [TestCase("Fossils dated 200,000 to-260,000 years old.", "between 200,000 years and 260,000 years")]
    [TestCase("The airline parked two new 737 Max jets; the 787 Dreamliner flew on; the 11 Pro and 11 Pro Max sold.", "2")]
    [TestCase("Police said 12 Chinese, 40 Iraqi soldiers, 150 Labour MPs, 500 New York teachers and about 460 Kia and Hyundai cars.", "12 | 40 | 150 | 500 | about 460")]
    [TestCase("The firm hired 250 Google engineers and 30 Apple staff; 200 Border Police joined.", "250 | 30 | 200")]
    [TestCase("He runs 3 Michelin-starred restaurants and bought 2 Boeing 747s. The 5 Series and the 737 Max 8 sold well.", "3 | 2")]
    [TestCase("the sp 500 fell 2% and the ftse 100 rose; homes in the 90210 ZIP code and the 212 area code.", "2%")]
    [TestCase("Analysts put the downside and upside at $7/$9 a share; the shop is open 24/7.", "between $7 and $9")]
    [TestCase("Nearly 8 B people live there, revenue was $5 B, and group 12 B members voted.", "nearly 8 billion | $5 billion | 12")]
    [TestCase("Plans call for a 6- to 12-meter mirror and a 20- to 30-minute briefing.", "between 6 m and 12 m | between 20 and 30")]
    [TestCase("Drivers earn $18.50/hour, crude sold at $71/barrel, and the debt hit $1.3T.", "$18.5 | $71 | $1300 billion")]
    [TestCase("Each guest drank 2 to 3 L of water; it has a 1.5 L engine.", "between 2 l and 3 l | 1.5 l")]
    [TestCase("The talks lasted two and a half hours; one and a half million people watched; the polls closed at 9.30 pm.", "2.5 hours | 1.5 million")]
    [TestCase("Roughly one in four renters and 2 out of 5 young voters agree, one US official said; it rained one in 10 days.", "about 0.25 | 0.4 | 1 | 10 day")]
    [TestCase("The shares trade at barely 9 times earnings in the run-up to 2,000 points; tyres at 32 psi, rated above 50 MPa (7.3 ksi).", "about 9 | 2,000 | 32 psi | more than 50 MPa | more than 7.3 ksi")]
    [TestCase("The club expects its value to climb from 1.5 to 2-3 billion euros, and costs 4-6 million dollars.", "€1.5 billion | between €2 billion and €3 billion | between $4 million and $6 million")]
    [TestCase("The 5G phone weighs 180g.", "5 G | 180 g")]
    public void Recognize_NewsFigures(string input, string values)
        => Assert.That(string.Join(" | ", Recognizer.Recognize(input).Select(r => r.Value.ToString())), Is.EqualTo(values));

    [Test]
    public void Recognize_LeapDayWithoutYear_IsTheLastLeapYears()
        => Assert.That(Values("The rule took effect on Feb 29.", new DateOnly(2017, 3, 22)), Is.EqualTo(new[] { "on Feb 29 = 29 February 2016" }));

    [Test]
    public void Recognize_CapitalizedMonthWithoutPreposition_IsAMonthButNotAName()
        => Assert.That(Values("February was the wettest month, April Ryan said, June told us, and sales may fall.", new DateOnly(2025, 5, 30)), Is.EqualTo(new[] { "February = February 2025" }));
}
