using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace Reconcile.Tests.Extraction;

public sealed class NewsClaimExtractorTests
{
    private static Claim[] Claims(string text, DateOnly? published = null)
        => [.. Reconciler.Default.Reconcile([new Document(new Source("a") { Published = published }, text)]).Claims];

    [Test]
    public void Extract_Seeds_AreReadRight()
    {
        const string text = "The more than 11,000 troops deployed since October 2024 were joined by nearly 11,000 others. "
            + "It shipped as many as 9 million rounds. A rival count gave nine million rounds. "
            + "At least 100 ballistic missiles and well over 100 drones were sent. "
            + "The panel had monitored sanctions since 2009. Russia vetoed the plan in March 2024. "
            + "The report covers the period between 1 January 2024 and 30 April 2025. The team spoke on Thursday.";
        Claim[] claims = Claims(text, new DateOnly(2025, 5, 30));
        string[] values = [.. claims.Select(c => c.Value.ToString())];
        Assert.That(values, Is.EqualTo(new[]
        {
            "more than 11,000", "nearly 11,000", "up to 9 million", "9 million", "at least 100", "well over 100",
            "since 2009", "March 2024", "1 January 2024 to 30 April 2025", "29 May 2025",
        }));
    }

    [Test]
    public void Extract_Spans_HoldExactlyTheirText()
    {
        const string text = "North Korea sent over 11,000 troops to Russia in 2024, the report said.";
        Claim claim = Claims(text).Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.Text, Is.EqualTo("over 11,000 troops"));
            Assert.That(text.Substring(claim.Span.Start, claim.Span.Length), Is.EqualTo(claim.Text));
            Assert.That(claim.Scope!.Text, Is.EqualTo("in 2024"));
            Assert.That(claim.Scope.Range, Is.EqualTo(new DateRange(new DateValue(2024), new DateValue(2024))));
        });
    }

    [Test]
    public void Extract_DigitsInsideDates_AreNotCounts()
    {
        Claim[] claims = Claims("The report covers the period between January 1, 2024, and April 30, 2025.");
        Assert.That(claims.Select(c => c.Value.Kind), Is.EqualTo(new[] { ClaimValueKind.DateRange }));
    }

    [Test]
    public void Extract_Years_AreNeverCounts()
        => Assert.That(Claims("The 2024 election was held after 2023 ended."), Has.None.Matches<Claim>(c => c.Value.Kind == ClaimValueKind.Quantity));

    [TestCase("Resolution 2397 was adopted.")]
    [TestCase("An F-16 crashed.")]
    [TestCase("COVID-19 cases rose.")]
    [TestCase("It happened at 1:39 p.m.")]
    [TestCase("He was the 2nd to arrive.")]
    [TestCase("One of them left.")]
    public void Extract_IdentifiersTimesOrdinals_AreNotFigures(string text)
        => Assert.That(Claims(text).Where(c => c.Value.Kind == ClaimValueKind.Quantity), Is.Empty);

    [TestCase("One person was killed and 7 were injured.", "1 person")]
    [TestCase("One soldier has died, the army said.", "1 soldier")]
    public void Extract_LoneOneCasualty_IsAClaim(string text, string first)
    {
        Claim claim = Claims(text).First();
        Assert.That(claim.Value + " " + claim.Measure, Is.EqualTo(first));
    }

    [Test]
    public void Extract_LoneOne_IsACountButNotAClaim()
    {
        const string text = "One of the people left, and one man stayed.";
        Assert.Multiple(() =>
        {
            Assert.That(Recognizer.Recognize(text).Select(r => r.Value.ToString()), Is.EqualTo(new[] { "1", "1" }));
            Assert.That(Claims(text), Is.Empty);
        });
    }

    [Test]
    public void Extract_Decade_IsAPeriodClaim()
    {
        Claim claim = Claims("The program was shut down in the 1990s.").Single();
        Assert.That(claim.Value, Is.EqualTo(ClaimValue.FromDateRange(new DateRange(new DateValue(1990), new DateValue(1999)))));
    }

    [Test]
    public void Extract_TimesOfDay_AreNeitherCountsNorClaims()
        => Assert.That(Claims("The vote came at 1:39 p.m. local time, or 1339 IST, shortly after midnight talks."), Is.Empty);

    [Test]
    public void Extract_FrontedPeriod_ScopesTheWholeSentence()
    {
        Claim[] claims = Claims("The envoy said that since September 2023, North Korea has sent over 24,000 containers and well over 100 missiles.");
        Assert.That(claims.Select(c => c.Scope?.Text), Is.EqualTo(new[] { "since September 2023", "since September 2023" }));
    }

    [Test]
    public void Extract_SingleDay_IsNotAScope()
    {
        Claim[] claims = Claims("Officials from 10 agencies met on Thursday to review it.", new DateOnly(2025, 5, 30));
        Assert.Multiple(() =>
        {
            Assert.That(claims[0].Text, Is.EqualTo("10 agencies"));
            Assert.That(claims[0].Scope, Is.Null);
            Assert.That(claims[1].Value.Date, Is.EqualTo(new DateValue(2025, 5, 29)));
        });
    }

    [TestCase("Children under five account for more than half of all cases.", "more than 0.5")]
    [TestCase("The vaccine is offered to 3,000 people over 65 this winter.", "3,000")]
    public void Extract_AgeBoundOfPeople_IsNotACount(string text, string only)
        => Assert.That(Claims(text).Where(c => c.Value.Kind == ClaimValueKind.Quantity).Select(c => c.Value.ToString()), Is.EqualTo(new[] { only }));

    [TestCase("The deal is expected to close in the fourth quarter.", 2025)]
    [TestCase("Sales fell in the fourth quarter.", 2024)]
    public void Extract_YearlessQuarterInAFutureClause_IsTheComingOne(string text, int year)
        => Assert.That(Claims(text, new DateOnly(2025, 4, 16)).Single().Value.DateRange.Start, Is.EqualTo(new DateValue(year, 10)));

    [Test]
    public void Extract_ThePassiveOfASpeechVerb_DatesWhatWasDeclared()
        => Assert.That(Claims("The outbreak was declared on Sept. 12 in the capital.", new DateOnly(2025, 10, 3)).Single().Value.Date, Is.EqualTo(new DateValue(2025, 9, 12)));

    [Test]
    public void Extract_TheDayOfAStatement_IsNotAClaim()
        => Assert.That(Claims("Officials said on Thursday that the dam held.", new DateOnly(2025, 5, 30)), Is.Empty);

    [TestCase("Turnout was 62.3 percent, officials said.", "Turnout")]
    [TestCase("The company reported revenue of $4.2 billion.", "revenue")]
    [TestCase("It posted a net loss of $310 million.", "net loss")]
    public void Extract_MoneyAndPercentages_AreNamedByTheirNoun(string text, string measure)
        => Assert.That(Claims(text).Single().Measure, Is.EqualTo(measure));

    [TestCase("Shareholders will receive $47.50 per share.", "per share")]
    [TestCase("The cap is $60 a barrel.", "per barrel")]
    [TestCase("Revenue for 2024 came in at $3.9 billion.", "Revenue")]
    [TestCase("Unemployment stood at 5.2% in May.", "Unemployment")]
    public void Extract_MoneyAndPercentages_AreNamedByTheSubjectOfTheirVerb(string text, string measure)
        => Assert.That(Claims(text).Single().Measure, Is.EqualTo(measure));

    [TestCase("The death toll rose to 14 on Wednesday, officials said.", "death toll", "14")]
    [TestCase("The death toll from the earthquake has now risen to 17.", "death toll", "17")]
    [TestCase("The death toll stands at 14.", "death toll", "14")]
    [TestCase("The death toll in Varen province rose to 14.", "death toll", "14")]
    [TestCase("Revenue in the first quarter rose to $2 billion.", "Revenue", "$2 billion")]
    [TestCase("The storm left a death toll of 14.", "death toll", "14")]
    [TestCase("The number of displaced people reached 3,000.", "people", "3,000")]
    [TestCase("The death toll from a ferry that sank off Lomar island has climbed to 26, officials said.", "death toll", "26")]
    [TestCase("The number of people confirmed dead in the sinking off Lomar rose to 27 on Friday.", "people", "27")]
    [TestCase("The death toll from the storm in the east of the island has risen to 41.", "death toll", "41")]
    public void Extract_BareCount_IsNamedByTheSubjectOfAVerbOfLevel(string text, string measure, string value)
    {
        Claim claim = Claims(text).Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.Measure, Is.EqualTo(measure));
            Assert.That(claim.Value.ToString(), Is.EqualTo(value));
        });
    }

    [TestCase("A magnitude 6.4 earthquake struck the coast.", "6.4")]
    [TestCase("The 6.2-magnitude quake struck shortly after 3 a.m.", "6.2-magnitude")]
    [TestCase("A 7.1 magnitude tremor shook the capital.", "7.1 magnitude")]
    public void Extract_Magnitude_IsAReadingOnItsScale(string text, string claimText)
    {
        Claim claim = Claims(text).Single(c => c.Value.Kind == ClaimValueKind.Quantity);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Measure, Is.EqualTo("magnitude"));
            Assert.That(claim.Text, Is.EqualTo(claimText));
        });
    }

    [TestCase("The pilot, a 61-year-old flight instructor, died.", "age of flight instructor", "61")]
    [TestCase("The pilot, 59, had logged 7,500 hours.", "age of pilot", "59")]
    [TestCase("The suspect, aged 45, was held.", "age of suspect", "45")]
    [TestCase("Jane Doe, 72, of Brill was hurt.", "age", "72")]
    [TestCase("The girl was 12 years old.", "age", "12 years")]
    public void Extract_Age_IsMeasuredAsAnAge(string text, string measure, string value)
    {
        Claim claim = Claims(text).First();
        Assert.Multiple(() =>
        {
            Assert.That(claim.Measure, Is.EqualTo(measure));
            Assert.That(claim.Value.ToString(), Is.EqualTo(value));
        });
    }

    [TestCase("Of the 12, 9 were rescued.")]
    [TestCase("In 2024, 12, or a third, were sold.")]
    public void Extract_NumberBetweenCommasAfterNoNoun_IsNoAge(string text)
        => Assert.That(Claims(text).Select(c => c.Measure), Has.None.StartWith("age"));

    [TestCase("The union put the turnout at 40,000.", "turnout", "40,000")]
    [TestCase("Organisers estimated the crowd at about 50,000.", "crowd", "about 50,000")]
    [TestCase("Analysts pegged the annual cost at $2 billion.", "annual cost", "$2 billion")]
    public void Extract_Estimate_IsNamedByItsObject(string text, string measure, string value)
    {
        Claim claim = Claims(text).Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.Measure, Is.EqualTo(measure));
            Assert.That(claim.Value.ToString(), Is.EqualTo(value));
        });
    }

    [TestCase("Organisers put the figure at 50,000.")]
    [TestCase("The total rose to 14.")]
    [TestCase("Prices went from 10 to 14.")]
    [TestCase("Two of them were rescued.")]
    public void Extract_BareCount_WithoutANamedSubject_IsNotAClaim(string text)
        => Assert.That(Claims(text).Where(c => c.Value.Kind == ClaimValueKind.Quantity), Is.Empty);

    [TestCase("The party won 58 of the 169 seats.", new[] { "58", "169" }, "seats")]
    [TestCase("Divers reached three of the five miners.", new[] { "3", "5" }, "miners")]
    public void Extract_PartOfAWhole_CountsTheWholesNoun(string text, string[] values, string measure)
    {
        Claim[] claims = Claims(text);
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Value.ToString()), Is.EqualTo(values));
            Assert.That(claims.Select(c => c.Measure), Is.All.EqualTo(measure));
        });
    }

    [Test]
    public void Extract_FigureFollowedByATimeAgo_HasNoTimeAsMeasure()
        => Assert.That(Claims("Turnout was 77.4%, down from 79.9% four years ago.").Select(c => c.Measure), Has.None.Contains("years"));

    [TestCase("She said she would begin coalition talks on Tuesday.", 2025, 9, 16)]
    [TestCase("Talks are due to resume on Tuesday.", 2025, 9, 16)]
    [TestCase("Talks resumed on Tuesday.", 2025, 9, 9)]
    public void Extract_WeekdayInAFutureClause_IsTheComingOne(string text, int year, int month, int day)
        => Assert.That(Claims(text, new DateOnly(2025, 9, 15)).Single().Value.Date, Is.EqualTo(new DateValue(year, month, day)));

    [TestCase("The blast killed 14 and injured 30.", new[] { "14", "30" })]
    [TestCase("A quake struck, killing 14 and injuring 30, officials said.", new[] { "14", "30" })]
    [TestCase("At least 17 died and 45 were injured.", new[] { "at least 17", "45" })]
    [TestCase("The crash left 14 dead.", new[] { "14" })]
    [TestCase("A plane crashed near the airport, killing all five on board.", new[] { "5" })]
    [TestCase("About 45 remain unaccounted for.", new[] { "about 45" })]
    [TestCase("Unions said more than 45,000 marched.", new[] { "more than 45,000" })]
    [TestCase("About 300 took part in the vigil.", new[] { "about 300" })]
    [TestCase("The outbreak has infected more than 2,100.", new[] { "more than 2,100" })]
    public void Extract_CasualtiesWithoutANoun_AreCountsOfPeople(string text, string[] values)
    {
        Claim[] claims = Claims(text);
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Value.ToString()), Is.EqualTo(values));
            Assert.That(claims.Select(c => c.Measure), Is.All.EqualTo("people"));
        });
    }

    [Test]
    public void Extract_UnresolvedRelativeScope_IsKeptUnresolved()
    {
        Claim claim = Claims("North Korea last year transferred at least 100 ballistic missiles.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.Scope!.Text, Is.EqualTo("last year"));
            Assert.That(claim.Scope.IsResolved, Is.False);
        });
    }

    [Test]
    public void Extract_Ellipsis_InheritsTheMeasure()
    {
        Claim[] claims = Claims("North Korea sent over 11,000 troops in 2024, and another 3,000 in the early months of this year.", new DateOnly(2025, 5, 30));
        Assert.Multiple(() =>
        {
            Assert.That(claims[1].Text, Is.EqualTo("another 3,000"));
            Assert.That(claims[1].Measure, Is.EqualTo("other troops"));
            Assert.That(claims[1].Scope!.Range!.Value.Start, Is.EqualTo(new DateValue(2025)));
        });
    }

    [Test]
    public void Extract_HostileInputs_FinishInTimeProportionalToSize()
    {
        // Generous bounds: a failure here means super-linear behaviour, not a slow machine.
        string[] inputs =
        [
            new string('7', 200_000),
            string.Concat(Enumerable.Repeat("more than ", 20_000)) + "5 troops.",
            new string('x', 200_000),
            string.Concat(Enumerable.Repeat("1,000,", 30_000)),
            string.Concat(Enumerable.Repeat("between 1 and ", 15_000)),
        ];
        foreach (string input in inputs)
        {
            var watch = Stopwatch.StartNew();
            Claims(input);
            Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(10), $"input starting '{input[..20]}'");
        }
    }

    [Test]
    public void Extract_NeverThrows_OnOddText()
    {
        var random = new Random(11);
        const string alphabet = "0123456789 ,.-–$%£€abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ'\"()\n\t:;?!/";
        string[] words = ["more", "than", "nearly", "since", "between", "and", "May", "Thursday", "million", "the", "of", "in", "2024", "11,000", "last", "year"];
        for (int round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            int length = random.Next(1, 300);
            for (int i = 0; i < length; i++)
            {
                text.Append(random.Next(3) == 0 ? words[random.Next(words.Length)] + " " : alphabet[random.Next(alphabet.Length)].ToString());
            }

            var published = random.Next(2) == 0 ? (DateOnly?)new DateOnly(2025, 1, 1).AddDays(random.Next(365)) : null;
            Assert.DoesNotThrow(() => Claims(text.ToString(), published), text.ToString());
        }
    }
    [TestCase("The plant will close in June.", "June 2025")]
    [TestCase("The plant is due to close in June.", "June 2025")]
    [TestCase("The plant closed in June.", "June 2024")]
    [TestCase("The plant will close in June 2024.", "June 2024")]
    [TestCase("The plant will close in January.", "January 2026")]
    [TestCase("The plant will close in February.", "February 2025")]
    public void Extract_YearlessMonth_InTheFutureTense_IsTheComingOne(string text, string expected)
        => Assert.That(Claims(text, new DateOnly(2025, 2, 6)).Single().Value.ToString(), Is.EqualTo(expected));

    [Test]
    public void Extract_DateOfAPassiveVerb_IsAClaimNotAScope()
    {
        Claim[] claims = Claims("The company was founded in 1994 by two university engineers.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Value.ToString()), Is.EquivalentTo(new[] { "2", "1994" }));
            Assert.That(claims.Single(c => c.Value.Kind == ClaimValueKind.Quantity).Scope, Is.Null);
        });
    }

    [Test]
    public void Extract_SinceDateOfARecord_IsAClaimNotAScope()
    {
        Claim[] claims = Claims("Its shares fell 12 percent, their steepest one-day drop since 2020.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Value.ToString()), Does.Contain("since 2020"));
            Assert.That(claims.Where(c => c.Value.Kind == ClaimValueKind.Quantity).Select(c => c.Scope), Has.All.Null);
        });
    }

    [Test]
    public void Extract_DateAfterASubordinateClause_IsNotTheScopeOfTheFigureBefore()
    {
        Claim jobs = Claims("It will cut 1,800 jobs after revenue for 2024 came in at $3.9 billion.").First(c => c.Text.Contains("jobs", StringComparison.Ordinal));
        Assert.That(jobs.Scope, Is.Null);
    }
    [Test]
    public void Extract_FigureAYearEarlier_CoversTheYearBeforeTheStatedOne()
    {
        Claim[] claims = Claims("It reported revenue of $4.2 billion for 2024, down from $4.9 billion a year earlier.");
        Claim earlier = claims.Single(c => c.Text.Contains("4.9", StringComparison.Ordinal));
        Assert.That(earlier.Scope!.Range, Is.EqualTo(new DateRange(new DateValue(2023), new DateValue(2023))));
    }

    [Test]
    public void Extract_ParentheticalDate_IsBothAScopeAndAClaim()
    {
        Claim[] claims = Claims("The last time Orsa held a referendum, in 2011, only 48 percent of voters took part.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Value.Kind == ClaimValueKind.Quantity).Scope!.Text, Is.EqualTo("in 2011"));
            Assert.That(claims.Select(c => c.Value.ToString()), Does.Contain("2011"));
        });
    }
    [Test]
    public void Extract_FiguresOfAWhenClause_HappenedAtTheDateBeforeIt()
    {
        Claim[] claims = Claims("It is the deadliest crash since 1994, when a collision near Sturla killed 22 people.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Value.Kind == ClaimValueKind.Quantity).Scope!.Range, Is.EqualTo(new DateRange(new DateValue(1994), new DateValue(1994))));
            Assert.That(claims.Select(c => c.Value.ToString()), Does.Contain("since 1994"));
        });
    }

    [TestCase("The crash left 14 people dead.", "people")]
    [TestCase("Halden has 14,000 employees worldwide.", "employees")]
    public void Extract_Complement_IsNotPartOfTheMeasure(string text, string measure)
        => Assert.That(Claims(text).Single().Measure, Is.EqualTo(measure));
    [Test]
    public void Extract_DatelineDay_IsNoClaim()
        => Assert.That(Claims("KESSEL, Sept 17 (Capital Wire) -- A train derailed on Tuesday.", new DateOnly(2025, 9, 17)).Select(c => c.Text), Is.EqualTo(new[] { "on Tuesday" }));

    [TestCase("The dam, completed in 1987, was reinforced later.", "The dam completed")]
    [TestCase("The last time Orsa held a referendum, in 2011, only 48 percent of voters took part.", "The last time Orsa held a referendum")]
    public void Extract_DateInAnAside_IsNamedByTheClauseItDates(string text, string measure)
        => Assert.That(Claims(text).First(c => c.Value.Kind == ClaimValueKind.Date).Measure, Is.EqualTo(measure));
    [TestCase("The route carries about 9,000 passengers a day.", "passengers a day")]
    [TestCase("The route carried about 9,000 passengers a year ago.", "passengers")]
    public void Extract_RatePeriod_IsPartOfTheMeasure(string text, string measure)
        => Assert.That(Claims(text).First(c => c.Value.Kind == ClaimValueKind.Quantity).Measure, Is.EqualTo(measure));
}
