using System;
using System.Collections.Generic;
using System.Linq;
using Reconcile.Truth;

namespace Reconcile.Tests.Truth;

/// <summary>The truth model on small hand-built facts: copies, reliability, balance, closeness, hedges, priors, order.</summary>
public sealed class TruthEstimatorTests
{
    private static readonly Closeness Figures = Closeness.WithinShare(0.01);

    private static TruthValue N(double value) => TruthValue.Exactly(value, string.Empty, Figures);

    private static TruthClaim C(string source, string item, TruthValue value) => new(source, item, value);

    private static TruthResult Estimate(IEnumerable<TruthClaim> claims, IEnumerable<(string, string)>? copies = null, IReadOnlyDictionary<string, double>? priors = null, TruthOptions? options = null)
        => new TruthEstimator(options).Estimate(new TruthProblem(claims, copies, priors));

    [Test]
    public void Estimate_GivenCopies_CountOnce()
    {
        // Three outlets republish one wire story saying 10; two independent outlets say 20.
        TruthClaim[] claims = [C("wire-a", "f", N(10)), C("wire-b", "f", N(10)), C("wire-c", "f", N(10)), C("x", "f", N(20)), C("y", "f", N(20))];
        TruthResult apart = Estimate(claims);
        TruthResult copies = Estimate(claims, [("wire-a", "wire-b"), ("wire-b", "wire-c"), ("wire-a", "wire-c")]);
        Assert.Multiple(() =>
        {
            Assert.That(apart["f"].Best, Is.EqualTo(N(10)));
            Assert.That(copies["f"].Best, Is.EqualTo(N(20)));
            Assert.That(copies["f"].IsDecided, Is.True);
            Assert.That(copies["f"].Explanation, Does.Contain("copy one another"));
        });
    }

    [Test]
    public void Estimate_ReliableSource_BreaksATie()
    {
        // On five facts "good" agrees with two others and "bad" does not; on the sixth they disagree alone.
        var claims = new List<TruthClaim>();
        for (int i = 0; i < 5; i++)
        {
            string fact = "f" + i;
            claims.AddRange([C("good", fact, N(100 + i)), C("p", fact, N(100 + i)), C("q", fact, N(100 + i)), C("bad", fact, N(900 + i))]);
        }

        claims.AddRange([C("good", "tie", N(7)), C("bad", "tie", N(3))]);
        TruthResult result = Estimate(claims);
        ItemEstimate tie = result["tie"];
        Assert.Multiple(() =>
        {
            Assert.That(tie.Best, Is.EqualTo(N(7)));
            Assert.That(tie.IsDecided, Is.True);
            Assert.That(result.Sources.Single(s => s.SourceId == "good").Reliability, Is.GreaterThan(result.Sources.Single(s => s.SourceId == "bad").Reliability));
            Assert.That(tie.Supporters.Select(s => s.SourceId), Is.EqualTo(new[] { "good" }));
        });
    }

    [Test]
    public void Estimate_BalancedEvidence_CannotDecide()
    {
        ItemEstimate fact = Estimate([C("a", "f", N(11)), C("b", "f", N(12))])["f"];
        Assert.Multiple(() =>
        {
            Assert.That(fact.IsDecided, Is.False);
            Assert.That(fact.Explanation, Does.StartWith("Cannot decide between 11 (a) and 12 (b)"));
            // The tie is broken the same way every time: the smaller figure leads.
            Assert.That(fact.Best, Is.EqualTo(N(11)));
            Assert.That(fact.Candidates[0].Probability, Is.EqualTo(fact.Candidates[1].Probability));
        });
    }

    [Test]
    public void Estimate_SingleSource_ConfidenceIsItsReliability()
    {
        ItemEstimate fact = Estimate([C("a", "f", N(5))])["f"];
        Assert.Multiple(() =>
        {
            Assert.That(fact.Confidence, Is.EqualTo(TruthOptions.Default.DefaultReliability).Within(1e-9));
            Assert.That(fact.IsDecided, Is.True);
            Assert.That(fact.Explanation, Does.StartWith("Only a states this (5)").And.Contain("0.80"));
        });
    }

    [Test]
    public void Support_NearFigure_OutweighsFarFigure()
    {
        TruthOptions options = TruthOptions.Default;
        double near = ValueSupport.Of(N(1010), N(1000), options);
        double far = ValueSupport.Of(N(100000), N(1000), options);
        Assert.Multiple(() =>
        {
            Assert.That(near, Is.GreaterThan(0.1));
            Assert.That(far, Is.Zero);
            Assert.That(ValueSupport.Of(N(1000), N(1000), options), Is.EqualTo(1));
        });
    }

    [Test]
    public void Estimate_NearFigures_BeatAFarOne()
    {
        // One figure each: the two that are 1 % apart back each other, the one 100 times off stands alone.
        ItemEstimate fact = Estimate([C("a", "f", N(1000)), C("b", "f", N(1010)), C("c", "f", N(100000))])["f"];
        double far = fact.Candidates.Single(c => c.Value.Equals(N(100000))).Probability;
        Assert.Multiple(() =>
        {
            Assert.That(fact.Best, Is.EqualTo(N(1000)));
            Assert.That(fact.Candidates.Where(c => !c.Value.Equals(N(100000))).Select(c => c.Probability), Has.All.GreaterThan(far));
            Assert.That(fact.Supporters.Select(s => s.SourceId), Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void Estimate_Hedge_SupportsTheValuesItAllows()
    {
        // "at least 100" allows 120 but not 90: with one source each, 120 is best supported.
        TruthValue atLeast = TruthValue.Number(new NumericRange(100, true, null, false), 100, string.Empty, Figures, "at least 100");
        ItemEstimate fact = Estimate([C("a", "f", atLeast), C("b", "f", N(120)), C("c", "f", N(90))])["f"];
        Assert.Multiple(() =>
        {
            Assert.That(fact.Best, Is.EqualTo(N(120)));
            Assert.That(fact.IsDecided, Is.True);
            Assert.That(fact.Candidates[^1].Value, Is.EqualTo(N(90)));
            Assert.That(fact.Supporters.Select(s => s.SourceId), Is.EqualTo(new[] { "b", "a" }));
            Assert.That(fact.Explanation, Does.Contain("a's at least 100 is consistent with it").And.Contain("Against it: c (90"));
        });
    }

    [Test]
    public void Estimate_HedgeAndAValueItAllows_DoNotCompete()
    {
        // "more than 50" and "51" can both be true: the precise figure is best supported, and nothing is balanced.
        TruthValue moreThan = TruthValue.Number(new NumericRange(50, false, null, false), 50, string.Empty, Figures, "more than 50");
        ItemEstimate fact = Estimate([C("a", "f", moreThan), C("b", "f", N(51))])["f"];
        Assert.Multiple(() =>
        {
            Assert.That(fact.Best, Is.EqualTo(N(51)));
            Assert.That(fact.IsDecided, Is.True);
            Assert.That(fact.Rival, Is.Null);
        });
    }

    [Test]
    public void Support_DisjointHedges_Contradict()
    {
        TruthValue moreThan = TruthValue.Number(new NumericRange(11000, false, null, false), 11000, string.Empty, Figures);
        TruthValue nearly = TruthValue.Number(new NumericRange(9900, true, 11000, false), 11000, string.Empty, Figures);
        Assert.That(ValueSupport.Of(moreThan, nearly, TruthOptions.Default), Is.Zero);
    }

    [Test]
    public void Support_NamesAndUnits()
    {
        TruthValue one = TruthValue.Set(["knuth"]);
        TruthValue two = TruthValue.Set(["fuller", "knuth"]);
        TruthValue other = TruthValue.Set(["sedgewick"]);
        Assert.Multiple(() =>
        {
            Assert.That(ValueSupport.Of(one, two, TruthOptions.Default), Is.EqualTo(0.25));
            Assert.That(ValueSupport.Of(one, other, TruthOptions.Default), Is.Zero);
            Assert.That(ValueSupport.Of(TruthValue.Exactly(5, "unit:USD", Figures), TruthValue.Exactly(5, "unit:EUR", Figures), TruthOptions.Default), Is.Zero);
            Assert.That(ValueSupport.Of(TruthValue.Category("since 2009"), TruthValue.Category("since 2010"), TruthOptions.Default), Is.Zero);
        });
    }

    [Test]
    public void Estimate_Prior_ShiftsTheResult()
    {
        TruthClaim[] claims = [C("agency", "f", N(11)), C("blog", "f", N(12))];
        ItemEstimate without = Estimate(claims)["f"];
        TruthResult with = Estimate(claims, priors: new Dictionary<string, double> { ["agency"] = 0.95 });
        Assert.Multiple(() =>
        {
            Assert.That(without.IsDecided, Is.False);
            Assert.That(with["f"].Best, Is.EqualTo(N(11)));
            Assert.That(with["f"].IsDecided, Is.True);
            Assert.That(with.Sources.Single(s => s.SourceId == "agency").Reliability, Is.EqualTo(0.95).Within(1e-3));
            Assert.That(with.Sources.Single(s => s.SourceId == "agency").Explanation, Does.Contain("prior of 0.95 set by the user"));
        });

        // A distrusted source loses to an unknown one.
        Assert.That(Estimate(claims, priors: new Dictionary<string, double> { ["agency"] = 0.3 })["f"].Best, Is.EqualTo(N(12)));
    }

    [Test]
    public void Estimate_SameClaimsInAnyOrder_SameResult()
    {
        var claims = new List<TruthClaim>();
        for (int i = 0; i < 12; i++)
        {
            string fact = "f" + (i % 4);
            claims.Add(C("s" + (i % 5), fact, N(100 + (i % 3))));
            claims.Add(C("t" + (i % 3), fact, N(100 + (i % 2))));
        }

        var classes = new Dictionary<string, string>(StringComparer.Ordinal) { ["s0"] = "x", ["s3"] = "x", ["t1"] = "y" };
        string expected = Describe(new TruthEstimator().Estimate(new TruthProblem(claims, [("s1", "s2")], sourceClasses: classes)));
        var random = new Random(7);
        for (int trial = 0; trial < 5; trial++)
        {
            TruthClaim[] shuffled = [.. claims.OrderBy(_ => random.Next())];
            var reordered = classes.OrderBy(_ => random.Next()).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            Assert.That(Describe(new TruthEstimator().Estimate(new TruthProblem(shuffled, [("s2", "s1")], sourceClasses: reordered))), Is.EqualTo(expected));
        }
    }

    [Test]
    public void Estimate_SourcesThatShareErrors_AreFoundToCopy()
    {
        // Four independent sources agree on eight facts; two others repeat the same wrong value on six of them.
        var claims = new List<TruthClaim>();
        for (int i = 0; i < 8; i++)
        {
            string fact = "f" + i;
            claims.AddRange(new[] { "a", "b", "c", "d" }.Select(s => C(s, fact, N(1000 + (i * 10)))));
            TruthValue copied = i < 6 ? N(5000 + i) : N(1000 + (i * 10));
            claims.AddRange([C("copier-1", fact, copied), C("copier-2", fact, copied)]);
        }

        TruthResult result = Estimate(claims);
        Assert.Multiple(() =>
        {
            Assert.That(result.Copies.Select(c => (c.First, c.Second)), Does.Contain(("copier-1", "copier-2")));
            Assert.That(result.Items.Select(i => i.Best.Point), Is.EqualTo(Enumerable.Range(0, 8).Select(i => 1000.0 + (i * 10))));
        });
    }

    [Test]
    public void Estimate_IndependentSourcesThatAgree_AreNotCopies()
    {
        // Three outlets that get the same six facts right are three witnesses, not one.
        var claims = new List<TruthClaim>();
        for (int i = 0; i < 6; i++)
        {
            claims.AddRange(new[] { "a", "b", "c" }.Select(s => C(s, "f" + i, N(10 + i))));
            claims.Add(C("d", "f" + i, N(i % 2 == 0 ? 10 + i : 50 + i)));
        }

        Assert.That(Estimate(claims).Copies, Is.Empty);
    }

    [Test]
    public void Estimate_SourceWithSeveralValues_SharesItsVote()
    {
        ItemEstimate fact = Estimate([C("a", "f", N(1)), C("a", "f", N(2)), C("b", "f", N(2))])["f"];
        Assert.That(fact.Best, Is.EqualTo(N(2)));
    }

    [Test]
    public void Estimate_SingleClaimSourcesThatAreWrong_LowerTheLearnedDefault()
    {
        // Three regular sources agree on thirty facts; on each, a source seen only once states a wrong value of its own.
        var claims = new List<TruthClaim>();
        for (int i = 0; i < 30; i++)
        {
            string fact = "f" + i;
            claims.AddRange([C("r1", fact, N(100 + i)), C("r2", fact, N(100 + i)), C("r3", fact, N(100 + i)), C("once" + i, fact, N(500 + (7 * i)))]);
        }

        TruthResult learned = Estimate(claims);
        TruthResult fixedDefault = Estimate(claims, options: new TruthOptions { LearnDefaultReliability = false });
        Assert.Multiple(() =>
        {
            Assert.That(learned.DefaultReliability, Is.LessThan(0.7));
            Assert.That(fixedDefault.DefaultReliability, Is.EqualTo(TruthOptions.Default.DefaultReliability));
            Assert.That(learned.Sources.Single(s => s.SourceId == "once0").Reliability, Is.LessThan(fixedDefault.Sources.Single(s => s.SourceId == "once0").Reliability));
            Assert.That(learned.Items.Select(i => i.Best), Is.EqualTo(fixedDefault.Items.Select(i => i.Best)));
        });
    }

    [Test]
    public void Estimate_SourceClasses_LearnTheirOwnDefault()
    {
        // On thirty facts a one-off source of the class "tips" is wrong and one of the class "desk" right; on the last
        // fact one source of each class disagrees alone: the class record decides.
        var claims = new List<TruthClaim>();
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < 30; i++)
        {
            string fact = "f" + i;
            claims.AddRange([C("r1", fact, N(100 + i)), C("r2", fact, N(100 + i)), C("tip" + i, fact, N(500 + (7 * i))), C("desk" + i, fact, N(100 + i))]);
            classes["tip" + i] = "tips";
            classes["desk" + i] = "desk";
        }

        claims.AddRange([C("tip-last", "last", N(3)), C("desk-last", "last", N(7))]);
        classes["tip-last"] = "tips";
        classes["desk-last"] = "desk";
        TruthResult result = new TruthEstimator().Estimate(new TruthProblem(claims, sourceClasses: classes));
        Assert.Multiple(() =>
        {
            Assert.That(result.ClassDefaults.Keys, Is.EqualTo(new[] { "desk", "tips" }));
            Assert.That(result.ClassDefaults["tips"], Is.LessThan(0.6));
            Assert.That(result.ClassDefaults["desk"], Is.GreaterThan(0.8));
            Assert.That(result["last"].Best, Is.EqualTo(N(7)));
            Assert.That(result.Sources.Single(s => s.SourceId == "tip-last").Explanation, Does.Contain(result.ClassDefaults["tips"].ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public void Problem_EmptySourceClass_Throws()
        => Assert.Throws<ArgumentException>(() => _ = new TruthProblem([C("a", "f", N(1))], sourceClasses: new Dictionary<string, string> { ["a"] = string.Empty }));

    [Test]
    public void Estimate_ErrorsThatNeverCoincide_RaiseTheFalseValueCount()
    {
        // On twenty facts two sources are wrong: each with a value of its own, or both with the same value.
        var scattered = new List<TruthClaim>();
        var coincident = new List<TruthClaim>();
        for (int i = 0; i < 20; i++)
        {
            string fact = "f" + i;
            TruthClaim[] right = [C("a", fact, N(100 + i)), C("b", fact, N(100 + i)), C("c", fact, N(100 + i))];
            scattered.AddRange([.. right, C("x", fact, N(500 + i)), C("y", fact, N(900 + i))]);
            coincident.AddRange([.. right, C("x", fact, N(500 + i)), C("y", fact, N(500 + i))]);
        }

        double spread = Estimate(scattered).FalseValueCount;
        Assert.Multiple(() =>
        {
            Assert.That(spread, Is.EqualTo(3).Within(1e-9)); // (20 pairs + 10) / (0 agreeing + 10)
            Assert.That(Estimate(coincident).FalseValueCount, Is.LessThan(spread));
            Assert.That(Estimate(scattered, options: new TruthOptions { LearnFalseValueCount = false }).FalseValueCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void Construction_FalseValueCountBelowOne_Throws()
        => Assert.Throws<ReconcilerConfigurationException>(() => _ = new TruthEstimator(new TruthOptions { FalseValueCount = 0.5 }));

    [Test]
    public void Explanation_IsCultureInvariant()
        => Assert.That(Estimate([C("a", "f", N(5))])["f"].Explanation, Does.Contain("0.80").And.Not.Contain("0,80"));

    [Test]
    public void Construction_InvalidOptions_ListsEveryProblem()
    {
        var error = Assert.Throws<ReconcilerConfigurationException>(() => _ = new TruthEstimator(new TruthOptions { DefaultReliability = 1.5, MaxIterations = 0 }));
        Assert.That(error!.Problems, Has.Count.EqualTo(2));
    }

    [Test]
    public void Problem_PriorOutOfRange_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TruthProblem([C("a", "f", N(1))], priors: new Dictionary<string, double> { ["a"] = 1.2 }));

    private static string Describe(TruthResult result)
        => string.Join("\n", result.Items.Select(i => $"{i} {string.Join(",", i.Candidates.Select(c => c.Probability.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))} {i.Explanation}"))
            + "\n" + string.Join("\n", result.Sources.Select(s => $"{s} {s.Reliability.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"))
            + "\n" + string.Join("\n", result.Copies)
            + "\n" + result.DefaultReliability.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            + "\n" + string.Join(",", result.ClassDefaults.Select(c => c.Key + "=" + c.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))
            + "\n" + result.FalseValueCount.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
