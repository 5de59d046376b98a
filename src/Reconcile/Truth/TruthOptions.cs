using System;
using System.Collections.Generic;
using System.Globalization;

namespace Reconcile.Truth;

/// <summary>The settings of the truth model. The defaults are the ones evaluated in <c>docs/truth-discovery.md</c>.</summary>
/// <remarks>Set properties with an object initializer; an instance cannot change afterwards.</remarks>
internal sealed class TruthOptions
{
    /// <summary>Gets the default options.</summary>
    public static TruthOptions Default { get; } = new();

    /// <summary>Gets the reliability assumed for a source nobody vouched for, before any evidence.</summary>
    /// <value>The default value is 0.8.</value>
    public double DefaultReliability { get; init; } = 0.8;

    /// <summary>Gets a value indicating whether the reliability assumed for a source without a user prior is learned from the
    /// data: the mean reliability of the sources that independent sources confirm or refute (an empirical-Bayes prior, as in
    /// hierarchical models of source quality), smoothed towards <see cref="DefaultReliability"/> (<see cref="LearningPriorStrength"/>).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    /// <remarks>Where most sources state one or two facts (Wikipedia edits, outlets that report once), a fixed prior
    /// decides their votes; learned, it is what sources with a record actually achieve on average.</remarks>
    public bool LearnDefaultReliability { get; init; } = true;

    /// <summary>Gets how much evidence the configured <see cref="DefaultReliability"/> and <see cref="FalseValueCount"/>
    /// count as when they are learned: as many sources at the default reliability, as many pairs of false claims at the
    /// configured false-value count.</summary>
    /// <value>The default value is 10: a report with a handful of sources stays near the configured values, a data set
    /// with hundreds of sources sets its own.</value>
    public double LearningPriorStrength { get; init; } = 10;

    /// <summary>Gets how many claims' worth of evidence the default reliability counts as (smoothing for sources with few claims).</summary>
    /// <value>The default value is 2.</value>
    public double DefaultPriorStrength { get; init; } = 2;

    /// <summary>Gets how many claims' worth of evidence a user-set prior counts as.</summary>
    /// <value>The default value is 1,000,000: a user's prior is, in practice, fixed (the source's record is still
    /// reported in its explanation). Lower it to let a long record move the prior.</value>
    public double UserPriorStrength { get; init; } = 1_000_000;

    /// <summary>Gets the highest reliability the model estimates from agreement alone; user priors may be higher.</summary>
    /// <value>The default value is 0.95: agreeing with the consensus cannot prove a source better than that.</value>
    public double MaxEstimatedReliability { get; init; } = 0.95;

    /// <summary>Gets the share of full support that a near (not equal) number, or an overlapping set of names, lends at most.</summary>
    /// <value>The default value is 0.5.</value>
    public double ImplicationWeight { get; init; } = 0.5;

    /// <summary>Gets the support a hedged value lends to a value it contains, and a value lends to a hedged value it lies in ("at least 100" and "120").</summary>
    /// <value>The default value is 0.5.</value>
    public double ContainmentSupport { get; init; } = 0.5;

    /// <summary>Gets the support between two ranges that overlap without one containing the other.</summary>
    /// <value>The default value is 0.25.</value>
    public double OverlapSupport { get; init; } = 0.25;

    /// <summary>Gets the relative closeness used for figures when the caller gives none.</summary>
    /// <value>The default value is 0.01: a figure 1 % off lends about a third of full support, times <see cref="ImplicationWeight"/>.</value>
    public double FigureTolerance { get; init; } = 0.01;

    /// <summary>Gets the least vote a source keeps, however badly it agrees with the others, unless a user set its prior lower.</summary>
    /// <value>The default value is ln 2, the vote of a source right two times in three (TruthFinder's floor): a source
    /// is outweighed, never silenced, so a consensus that has gone wrong cannot talk every dissenter down to nothing.</value>
    public double MinimumVote { get; init; } = Math.Log(2);

    /// <summary>Gets how many false values a source could state for a fact instead of the true one (Accu's <i>n</i>,
    /// Dong, Berti-Equille and Srivastava 2009): a source's vote is <c>ln(n r / (1 − r))</c> for reliability <c>r</c>.</summary>
    /// <value>The default value is 1: the vote is the log-odds of the reliability, floored at <see cref="MinimumVote"/>.</value>
    /// <remarks>With a large <i>n</i>, a source right only half the time still backs its value, because a wrong source
    /// would rarely have stated that very value; votes then differ less between sources and more with their number.</remarks>
    public double FalseValueCount { get; init; } = 1;

    /// <summary>Gets a value indicating whether <see cref="FalseValueCount"/> is learned from the data: one over the chance
    /// that two independent claims the model believes false state the same value (typos and vandalism rarely agree; a stale
    /// timetable copied everywhere does), smoothed towards <see cref="FalseValueCount"/> (<see cref="LearningPriorStrength"/>).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool LearnFalseValueCount { get; init; } = true;

    /// <summary>Gets the most rounds of re-estimating reliabilities and values.</summary>
    /// <value>The default value is 20.</value>
    public int MaxIterations { get; init; } = 20;

    /// <summary>Gets a value indicating whether sources that copy one another are detected from their claims, in addition to the given copies.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DetectCopies { get; init; } = true;

    /// <summary>Gets the round after which copies are looked for, once: reliabilities must settle first, or the copies' own agreement passes for truth.</summary>
    /// <value>The default value is 8.</value>
    public int CopyDetectionRound { get; init; } = 8;

    /// <summary>Gets how many facts two sources must both cover before their agreement can show copying.</summary>
    /// <value>The default value is 5.</value>
    public int MinSharedFacts { get; init; } = 5;

    /// <summary>Gets how many values two sources must share that the model believes false before sharing errors can show copying.</summary>
    /// <value>The default value is 3.</value>
    public int MinSharedErrors { get; init; } = 3;

    /// <summary>Gets the share of copied values assumed when two sources copy one another.</summary>
    /// <value>The default value is 0.8.</value>
    public double CopyRate { get; init; } = 0.8;

    /// <summary>Gets the prior probability that two sources covering the same facts copy one another.</summary>
    /// <value>The default value is 0.2.</value>
    public double CopyPrior { get; init; } = 0.2;

    /// <summary>Gets the chance that two independent sources that are both wrong state the same wrong value.</summary>
    /// <value>The default value is 0.25.</value>
    public double CoincidentErrorRate { get; init; } = 0.25;

    /// <summary>Gets the least lead in confidence the best value needs over the next one to count as decided.</summary>
    /// <value>The default value is 0.1.</value>
    public double DecisionMargin { get; init; } = 0.1;

    /// <summary>Checks the settings.</summary>
    /// <returns>The settings that are out of range, as sentences; empty when all are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Share(string name, double value, bool allowZero = false, bool allowOne = true)
        {
            bool ok = double.IsFinite(value) && (allowZero ? value >= 0 : value > 0) && (allowOne ? value <= 1 : value < 1);
            if (!ok)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be a share between 0 and 1; it is {value}."));
            }
        }

        Share(nameof(DefaultReliability), DefaultReliability, allowOne: false);
        Share(nameof(MaxEstimatedReliability), MaxEstimatedReliability, allowOne: false);
        Share(nameof(ImplicationWeight), ImplicationWeight, allowZero: true);
        Share(nameof(ContainmentSupport), ContainmentSupport, allowZero: true);
        Share(nameof(OverlapSupport), OverlapSupport, allowZero: true);
        Share(nameof(FigureTolerance), FigureTolerance);
        Share(nameof(CopyRate), CopyRate, allowOne: false);
        Share(nameof(CopyPrior), CopyPrior, allowOne: false);
        Share(nameof(CoincidentErrorRate), CoincidentErrorRate);
        Share(nameof(DecisionMargin), DecisionMargin, allowZero: true);
        if (!double.IsFinite(MinimumVote) || MinimumVote < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"MinimumVote must be a finite number, 0 or more; it is {MinimumVote}."));
        }

        if (!double.IsFinite(DefaultPriorStrength) || DefaultPriorStrength <= 0 || !double.IsFinite(UserPriorStrength) || UserPriorStrength <= 0
            || !double.IsFinite(LearningPriorStrength) || LearningPriorStrength <= 0)
        {
            errors.Add("Prior strengths must be positive numbers of claims, sources or pairs.");
        }

        if (!double.IsFinite(FalseValueCount) || FalseValueCount < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"FalseValueCount must be a finite number, 1 or more; it is {FalseValueCount}."));
        }

        if (MaxIterations < 1 || CopyDetectionRound < 1 || MinSharedFacts < 1 || MinSharedErrors < 1)
        {
            errors.Add("MaxIterations, CopyDetectionRound, MinSharedFacts and MinSharedErrors must be at least 1.");
        }

        return errors;
    }
}
