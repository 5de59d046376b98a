using System.Collections.Generic;

namespace Reconcile.Truth;

/// <summary>The working arrays of one run of <see cref="TruthEstimator"/>; created per call and never shared.</summary>
internal sealed class EstimationState
{
    /// <summary>Allocates the arrays for a problem.</summary>
    /// <param name="problem">The problem the estimation runs on.</param>
    public EstimationState(IndexedProblem problem)
    {
        Defaults = new double[problem.ClassNames.Length + 1];
        Reliability = new double[problem.Sources.Length];
        Vote = new double[problem.Sources.Length];
        Expected = new double[problem.Sources.Length];
        Weight = new double[problem.Sources.Length];
        Contribution = new double[problem.ClaimSource.Length];
        Discount = new double[problem.ClaimSource.Length];
        Witness = new double[problem.Candidates.Length];
        Score = new double[problem.Candidates.Length];
        Probability = new double[problem.Candidates.Length];
        Other = new double[problem.Items.Length];
    }

    /// <summary>Gets the reliability currently assumed for a source without a user prior, by class index (0: no class).</summary>
    public double[] Defaults { get; }

    /// <summary>Gets or sets the number of false values currently assumed per fact (Accu's <i>n</i>).</summary>
    public double FalseValueCount { get; set; }

    /// <summary>Gets each source's current reliability.</summary>
    public double[] Reliability { get; }

    /// <summary>Gets each source's vote in the current round: the log-odds of its reliability, at least 0.</summary>
    public double[] Vote { get; }

    /// <summary>Gets each source's expected number of right claims in the current round.</summary>
    public double[] Expected { get; }

    /// <summary>Gets each source's number of claims counted in the current round.</summary>
    public double[] Weight { get; }

    /// <summary>Gets each claim's vote after the copy discount.</summary>
    public double[] Contribution { get; }

    /// <summary>Gets each claim's copy discount, 1 for an independent witness.</summary>
    public double[] Discount { get; }

    /// <summary>Gets each candidate's summed votes from the sources that state it.</summary>
    public double[] Witness { get; }

    /// <summary>Gets each candidate's support, including partial support from related values.</summary>
    public double[] Score { get; }

    /// <summary>Gets each candidate's probability of being the truth.</summary>
    public double[] Probability { get; }

    /// <summary>Gets each fact's probability that its truth is a value nobody stated.</summary>
    public double[] Other { get; }

    /// <summary>Gets the probability that two sources copy one another, by pair key; absent pairs are independent.</summary>
    public Dictionary<long, double> Dependence { get; } = [];
}
