using System.Threading;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Reconcile.Pipeline;

namespace Reconcile.Tests.Evaluation;

/// <summary>
/// The scorer's measures on a tiny event whose extraction, grouping and verdicts are set by hand, so that the
/// figures printed for the real set can be trusted whatever the library does.
/// </summary>
public sealed class EvaluationScorerTests
{
    private const string TextA = "Officials said 40 boats and 12 helicopters were sent. The toll rose to 51 deaths. Related: 7 buses.";
    private const string TextB = "Officials said 40 boats and 12 helicopters were sent. The toll rose to 49 deaths. Related: 9 buses.";

    // Boats and helicopters agree; the toll is a conflict; the buses of each source are single-source facts.
    private static GoldEvent Event(params GoldFact[] extra) => new(
        "test",
        [Document.Parse("a", TextA), Document.Parse("b", TextB)],
        [
            new GoldFact("boats", GoldVerdict.Agree, null, [new GoldClaim("a", "40 boats"), new GoldClaim("b", "40 boats")]),
            new GoldFact("helicopters", GoldVerdict.Agree, null, [new GoldClaim("a", "12 helicopters"), new GoldClaim("b", "12 helicopters")]),
            new GoldFact("toll", GoldVerdict.Conflict, null, [new GoldClaim("a", "51 deaths"), new GoldClaim("b", "49 deaths")]),
            .. extra,
        ],
        []);

    private static Tally Score(IClaimGrouper grouper, GoldEvent? gold = null, string[]? skip = null)
    {
        Reconciler reconciler = new ReconcilerBuilder()
            .ClearExtractors()
            .AddExtractor(new FigureWordExtractor(skip ?? []))
            .UseGrouper(grouper)
            .UseComparer(new SameTextComparer())
            .Build();
        return EvaluationScorer.Score([gold ?? Event()], reconciler).Total;
    }

    [Test]
    public void Score_PerfectGrouping_ScoresOne()
    {
        Tally t = Score(new ByMeasureGrouper());
        Assert.Multiple(() =>
        {
            Assert.That((t.GoldPairs, t.LibraryPairs, t.SharedPairs), Is.EqualTo((3, 3, 3)));
            Assert.That((t.ConflictFacts, t.ConflictFactsFound, t.LibraryConflicts, t.LibraryConflictsTrue), Is.EqualTo((1, 1, 1, 1)));
            Assert.That((t.JudgedFacts, t.RightVerdicts), Is.EqualTo((3, 3)));
            Assert.That((t.GoldClaims, t.MatchedClaims, t.ExactClaims), Is.EqualTo((6, 6, 6)));
        });
    }

    [Test]
    public void Score_EverythingInOneGroup_HasFullRecallAndLowPrecision()
    {
        // 3 x 3 pairs across the two sources are grouped (buses too, but they are not gold); 3 of them are gold pairs.
        Tally t = Score(new OneGroupGrouper());
        Assert.Multiple(() =>
        {
            Assert.That((t.GoldPairs, t.LibraryPairs, t.SharedPairs), Is.EqualTo((3, 9, 3)));
            Assert.That(t.PairPrecision, Is.EqualTo(1.0 / 3).Within(1e-9));
            Assert.That(t.PairRecall, Is.EqualTo(1.0));
            Assert.That((t.ConflictFactsFound, t.LibraryConflicts, t.LibraryConflictsTrue), Is.EqualTo((1, 1, 1)));
            Assert.That(t.RightVerdicts, Is.EqualTo(1), "only the toll is a conflict");
        });
    }

    [Test]
    public void Score_EveryClaimAlone_HasNoRecall()
    {
        Tally t = Score(new AloneGrouper());
        Assert.Multiple(() =>
        {
            Assert.That((t.GoldPairs, t.LibraryPairs, t.SharedPairs), Is.EqualTo((3, 0, 0)));
            Assert.That((t.PairPrecision, t.PairRecall), Is.EqualTo((1.0, 0.0)), "no grouping claims nothing wrong, and finds nothing");
            Assert.That((t.ConflictRecall, t.ConflictPrecision), Is.EqualTo((0.0, 1.0)));
            Assert.That(t.RightVerdicts, Is.Zero);
        });
    }

    [Test]
    public void Score_FalseConflict_LowersConflictPrecision()
    {
        // The buses differ (7 and 9) and are no gold conflict: grouping them makes a false alarm.
        Tally t = Score(new ByMeasureGrouper(mergeBuses: true));
        Assert.Multiple(() =>
        {
            Assert.That((t.LibraryConflicts, t.LibraryConflictsTrue), Is.EqualTo((2, 1)));
            Assert.That(t.ConflictPrecision, Is.EqualTo(0.5));
        });
    }

    [Test]
    public void Score_UnextractedClaim_IsAMissAndLeavesItsPairsOut()
    {
        Tally t = Score(new ByMeasureGrouper(), skip: ["12 helicopters"]);
        Assert.Multiple(() =>
        {
            Assert.That((t.GoldClaims, t.MatchedClaims), Is.EqualTo((6, 5)), "b's helicopters are not read");
            Assert.That((t.GoldPairs, t.SharedPairs), Is.EqualTo((2, 2)));
            Assert.That(t.JudgedFacts, Is.EqualTo(2), "a fact with no two sources matched is not judged");
        });
    }

    [Test]
    public void Score_ScopeDiffersPairs_CountNeitherWay()
    {
        var buses = new GoldFact("buses", GoldVerdict.ScopeDiffers, null, [new GoldClaim("a", "7 buses"), new GoldClaim("b", "9 buses")]);
        Tally apart = Score(new ByMeasureGrouper(), Event(buses));
        Tally together = Score(new ByMeasureGrouper(mergeBuses: true), Event(buses));
        Assert.Multiple(() =>
        {
            Assert.That((apart.GoldPairs, apart.LibraryPairs), Is.EqualTo((3, 3)));
            Assert.That((together.GoldPairs, together.LibraryPairs), Is.EqualTo((3, 3)));
            Assert.That(apart.RightVerdicts, Is.EqualTo(4), "kept apart is right");
            Assert.That(together.RightVerdicts, Is.EqualTo(3), "grouped as a conflict is wrong");
        });
    }

    [Test]
    public void Score_FurnitureReadAsAClaim_IsALeak()
    {
        GoldEvent gold = Event() with { Furniture = [new GoldClaim("a", "Related: 7 buses.")] };
        Assert.That(Score(new ByMeasureGrouper(), gold).FurnitureLeaks, Is.EqualTo(1));
    }

    [Test]
    public void Locate_TextTwiceWithoutContext_IsAProblem()
    {
        Document document = Document.Parse("a", "title: T\n\n40 boats came, then 40 boats left.");
        Assert.Multiple(() =>
        {
            Assert.That(EvaluationSet.TryLocate(document, new GoldClaim("a", "40 boats"), out _, out string? problem), Is.False);
            Assert.That(problem, Does.Contain("more than once"));
            Assert.That(EvaluationSet.TryLocate(document, new GoldClaim("a", "40 boats", "then 40 boats"), out TextSpan span, out _), Is.True);
            Assert.That(span.Start, Is.EqualTo(document.Text.IndexOf("then", StringComparison.Ordinal) + 5));
        });
    }

    /// <summary>Reads "N word" for the words of the test texts, with the word as its measure.</summary>
    private sealed class FigureWordExtractor(string[] skip) : IClaimExtractor
    {
        private static readonly string[] Words = ["boats", "helicopters", "deaths", "buses"];

        public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences)
        {
            foreach (TextSpan sentence in sentences)
            {
                string text = sentence.Slice(document.Text);
                string[] tokens = text.Split(' ');
                int offset = 0;
                for (int i = 0; i + 1 < tokens.Length; offset += tokens[i].Length + 1, i++)
                {
                    string word = tokens[i + 1].TrimEnd('.');
                    if (!Words.Contains(word) || !int.TryParse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                    {
                        continue;
                    }

                    string said = tokens[i] + " " + word;
                    if (document.Source.Id == "b" && skip.Contains(said))
                    {
                        continue;
                    }

                    var span = new TextSpan(sentence.Start + offset, said.Length);
                    yield return new Claim(document.Source, span, said, word, ClaimValue.FromQuantity(new Quantity(n, Hedge.None, Unit.Count)), sentence: sentence);
                }
            }
        }
    }

    private sealed class ByMeasureGrouper(bool mergeBuses = false) : IClaimGrouper
    {
        public IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents, CancellationToken cancellationToken)
            => [.. claims.GroupBy(c => c.Measure == "buses" && !mergeBuses ? c.Measure + c.Source.Id : c.Measure, StringComparer.Ordinal).Select(g => (IReadOnlyList<Claim>)[.. g])];
    }

    private sealed class OneGroupGrouper : IClaimGrouper
    {
        public IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents, CancellationToken cancellationToken) => [claims];
    }

    private sealed class AloneGrouper : IClaimGrouper
    {
        public IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents, CancellationToken cancellationToken) => [.. claims.Select(c => (IReadOnlyList<Claim>)[c])];
    }

    /// <summary>One source: single source; the same words everywhere: agree; anything else: conflict.</summary>
    private sealed class SameTextComparer : IClaimComparer
    {
        public GroupAssessment Compare(IReadOnlyList<Claim> claims)
        {
            Verdict verdict = claims.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal).Count() == 1 ? Verdict.SingleSource
                : claims.Select(c => c.Text).Distinct(StringComparer.Ordinal).Count() == 1 ? Verdict.Agree
                : Verdict.Conflict;
            return new GroupAssessment(verdict, [], verdict.ToString());
        }
    }
}
