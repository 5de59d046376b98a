using System;
using System.Collections.Generic;
using System.Linq;

namespace Reconcile.Truth;

/// <summary>
/// Weighs sources and values together, in the family of TruthFinder, Accu and CRH: a value's support is the sum
/// of the votes of the sources that state it or a value that implies it, a source's vote is the log-odds of its
/// reliability, and a source's reliability is how often the values it states turn out best supported. The two
/// are re-estimated in turn until they settle.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Copies count once: sources given as copies, or found to copy one another (they share values the model
/// believes false, or agree far more often than their reliabilities explain), share one vote where they state the
/// same value (Dong, Berti-Equille and Srivastava's AccuCopy discount).</item>
/// <item>Near values support each other ("478,404" backs "478,403"), and hedges support the values they allow
/// ("at least 100" backs "120"), through <see cref="ValueSupport"/>.</item>
/// <item>A source with few claims keeps most of its prior reliability (Beta smoothing, as CATD does for long-tail
/// sources); a user-set prior weighs as <see cref="TruthOptions.UserPriorStrength"/> claims.</item>
/// <item>Every source without a user prior keeps a vote of at least <see cref="TruthOptions.MinimumVote"/>: it can be outweighed, not silenced.</item>
/// <item>A fact's probabilities include the chance that every source is wrong, so one source at reliability 0.8
/// gives its value a confidence of 0.8, not 1.</item>
/// </list>
/// <para>The result depends only on the problem, not on the order of its claims: every loop runs over indices
/// in ordinal order, and ties are broken by <see cref="TruthValue.CompareTo"/>.</para>
/// <threadsafety>An estimator is immutable; one instance may serve concurrent calls.</threadsafety>
/// </remarks>
internal sealed class TruthEstimator
{
    private const double Floor = 1e-3;
    private const double Ceiling = 1 - 1e-3;
    private const double TieTolerance = 1e-12;
    private const double SharedErrorThreshold = 0.8;
    private const double Converged = 1e-9;

    private readonly TruthOptions _options;

    /// <summary>Initializes an estimator.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for <see cref="TruthOptions.Default"/>.</param>
    /// <exception cref="ReconcilerConfigurationException">A setting is out of range.</exception>
    public TruthEstimator(TruthOptions? options = null)
    {
        _options = options ?? TruthOptions.Default;
        IReadOnlyList<string> problems = _options.Validate();
        if (problems.Count > 0)
        {
            throw new ReconcilerConfigurationException(problems);
        }
    }

    /// <summary>Gets the settings.</summary>
    public TruthOptions Options => _options;

    /// <summary>Estimates the best-supported value of every fact and the reliability of every source.</summary>
    /// <param name="problem">The claims, copies and priors.</param>
    /// <returns>The estimates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is <see langword="null"/>.</exception>
    public TruthResult Estimate(TruthProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var p = new IndexedProblem(problem, _options);
        var state = new EstimationState(p) { FalseValueCount = _options.FalseValueCount };
        Array.Fill(state.Defaults, _options.DefaultReliability);
        for (int s = 0; s < p.Sources.Length; s++)
        {
            state.Reliability[s] = double.IsNaN(p.Priors[s]) ? _options.DefaultReliability : Clamp(p.Priors[s]);
        }

        SetGivenCopies(p, state);
        int rounds = 0;
        for (int round = 0; round < _options.MaxIterations; round++)
        {
            rounds = round + 1;
            Vote(p, state, accumulate: true, _options);
            double change = UpdateReliabilities(p, state);
            if (_options.LearnFalseValueCount)
            {
                state.FalseValueCount = LearnedFalseValueCount(p, state);
            }
            // Copies are looked for once, when reliabilities have settled without them: earlier, a copied
            // majority passes for the truth and honest sources that agree with each other look like copiers.
            if (_options.DetectCopies && round + 1 == _options.CopyDetectionRound)
            {
                DetectCopies(p, state);
            }
            else if (change < Converged && (!_options.DetectCopies || round + 1 > _options.CopyDetectionRound))
            {
                break;
            }
        }

        Vote(p, state, accumulate: false, _options);
        return Conclude(p, state, rounds);
    }

    private static double Clamp(double reliability) => Math.Clamp(reliability, Floor, Ceiling);

    private static double VoteOf(double reliability, double floor, double falseValues)
    {
        double r = Clamp(reliability);
        return Math.Max(floor, Math.Log(falseValues * r / (1 - r)));
    }

    private static void SetGivenCopies(IndexedProblem p, EstimationState state)
    {
        state.Dependence.Clear();
        foreach ((int a, int b) in p.GivenCopies)
        {
            state.Dependence[Key(p, a, b)] = 1;
        }
    }

    private static long Key(IndexedProblem p, int a, int b)
        => a < b ? ((long)a * p.Sources.Length) + b : ((long)b * p.Sources.Length) + a;

    // One round of voting: each fact's candidate probabilities from the current reliabilities and copies.
    private static void Vote(IndexedProblem p, EstimationState state, bool accumulate, TruthOptions options)
    {
        if (accumulate)
        {
            Array.Clear(state.Expected);
            Array.Clear(state.Weight);
        }

        for (int s = 0; s < p.Sources.Length; s++)
        {
            // The floor guards against the estimate talking a source down; a user's low prior is deliberate.
            state.Vote[s] = VoteOf(state.Reliability[s], double.IsNaN(p.Priors[s]) ? options.MinimumVote : 0, state.FalseValueCount);
        }

        var order = new List<int>();
        bool copies = state.Dependence.Count > 0;
        for (int item = 0; item < p.Items.Length; item++)
        {
            int first = p.ItemCandidateStart[item], last = p.ItemCandidateStart[item + 1];
            for (int x = first; x < last; x++)
            {
                // The sources stating x, heaviest vote first: each is discounted by the copies before it.
                order.Clear();
                for (int k = p.CandidateClaimStart[x]; k < p.CandidateClaimStart[x + 1]; k++)
                {
                    order.Add(p.CandidateClaims[k]);
                }

                if (copies && order.Count > 1)
                {
                    order.Sort((c1, c2) =>
                    {
                        int byVote = state.Vote[p.ClaimSource[c2]].CompareTo(state.Vote[p.ClaimSource[c1]]);
                        return byVote != 0 ? byVote : p.ClaimSource[c1].CompareTo(p.ClaimSource[c2]);
                    });
                }

                double witness = 0;
                for (int i = 0; i < order.Count; i++)
                {
                    int c = order[i];
                    double keep = 1;
                    for (int j = 0; copies && j < i && keep > 0; j++)
                    {
                        if (state.Dependence.TryGetValue(Key(p, p.ClaimSource[c], p.ClaimSource[order[j]]), out double d))
                        {
                            keep *= 1 - d;
                        }
                    }

                    state.Discount[c] = keep;
                    state.Contribution[c] = state.Vote[p.ClaimSource[c]] * p.ClaimFraction[c] * keep;
                    witness += state.Contribution[c];
                }

                state.Witness[x] = witness;
            }

            for (int v = first; v < last; v++)
            {
                state.Score[v] = state.Witness[v];
            }

            for (int x = first; x < last; x++)
            {
                for (int k = p.SupportStart[x]; k < p.SupportStart[x + 1]; k++)
                {
                    state.Score[p.SupportTarget[k]] += state.Witness[x] * p.SupportShare[k];
                }
            }

            state.Other[item] = Normalize(state.Score, state.Probability, first, last);
            if (accumulate)
            {
                Accumulate(p, state, item);
            }
        }
    }

    // Softmax over the candidates plus "a value nobody stated" at score 0; returns that value's probability.
    private static double Normalize(double[] score, double[] probability, int first, int last)
    {
        double max = 0;
        for (int v = first; v < last; v++)
        {
            max = Math.Max(max, score[v]);
        }

        double sum = Math.Exp(-max);
        for (int v = first; v < last; v++)
        {
            probability[v] = Math.Exp(score[v] - max);
            sum += probability[v];
        }

        for (int v = first; v < last; v++)
        {
            probability[v] /= sum;
        }

        return Math.Exp(-max) / sum;
    }

    // How right each claim of a fact turned out: the probability of its value, plus partial credit for the
    // values it supports.
    private static void Accumulate(IndexedProblem p, EstimationState state, int item)
    {
        if (p.ItemSourceCount[item] < 2)
        {
            // A fact only one source states says nothing about how reliable that source is.
            return;
        }

        // Judged among the stated values: the chance that nobody is right says nothing about any one source.
        double stated = 1 - state.Other[item];
        for (int c = p.ItemClaimStart[item]; c < p.ItemClaimStart[item + 1]; c++)
        {
            int x = p.ClaimCandidate[c], s = p.ClaimSource[c];
            if (!IsChecked(p, state, item, s))
            {
                continue;
            }

            double expected = state.Probability[x];
            for (int k = p.SupportStart[x]; k < p.SupportStart[x + 1]; k++)
            {
                expected += state.Probability[p.SupportTarget[k]] * p.SupportShare[k];
            }

            state.Expected[s] += p.ClaimFraction[c] * Math.Min(1, expected / stated);
            state.Weight[s] += p.ClaimFraction[c];
        }
    }

    private double UpdateReliabilities(IndexedProblem p, EstimationState state)
    {
        if (_options.LearnDefaultReliability)
        {
            LearnDefaults(p, state);
        }

        double change = 0;
        for (int s = 0; s < p.Sources.Length; s++)
        {
            bool userPrior = !double.IsNaN(p.Priors[s]);
            double prior = userPrior ? p.Priors[s] : state.Defaults[p.SourceClass[s]];
            double strength = userPrior ? _options.UserPriorStrength : _options.DefaultPriorStrength;
            double estimate = (state.Expected[s] + (strength * prior)) / (state.Weight[s] + strength);
            if (!userPrior)
            {
                estimate = Math.Min(estimate, _options.MaxEstimatedReliability);
            }

            estimate = Clamp(estimate);
            change = Math.Max(change, Math.Abs(estimate - state.Reliability[s]));
            state.Reliability[s] = estimate;
        }

        return change;
    }

    // The empirical-Bayes prior of each class of sources (class 0: those without a class): the mean, over the class's
    // sources without a user prior that someone independent checks, of their reliability smoothed towards the class's
    // current prior, plus LearningPriorStrength sources at the configured default (a hyperprior: a report with a
    // handful of sources cannot learn much). Each source counts once, however many claims it makes, so the prior
    // describes a typical source of the class rather than its most prolific ones.
    private void LearnDefaults(IndexedProblem p, EstimationState state)
    {
        var sum = new double[state.Defaults.Length];
        var count = new int[state.Defaults.Length];
        double strength = _options.DefaultPriorStrength;
        for (int s = 0; s < p.Sources.Length; s++)
        {
            if (double.IsNaN(p.Priors[s]) && state.Weight[s] > 0)
            {
                int k = p.SourceClass[s];
                sum[k] += Math.Min((state.Expected[s] + (strength * state.Defaults[k])) / (state.Weight[s] + strength), _options.MaxEstimatedReliability);
                count[k]++;
            }
        }

        double hyper = _options.LearningPriorStrength;
        for (int k = 0; k < state.Defaults.Length; k++)
        {
            state.Defaults[k] = Clamp((sum[k] + (hyper * _options.DefaultReliability)) / (count[k] + hyper));
        }
    }

    // Accu's n from the data: over the facts, pairs of claims (independent witnesses, by their copy discounts) that the
    // model believes false, and how many of those pairs state the same value. Smoothed as if LearningPriorStrength more
    // pairs had been seen at the configured n, so that a small problem keeps close to it.
    private double LearnedFalseValueCount(IndexedProblem p, EstimationState state)
    {
        double pairs = 0, agreeing = 0;
        for (int item = 0; item < p.Items.Length; item++)
        {
            int leader = Leader(p, state, item);
            double total = 0, totalSquares = 0, sameSquares = 0;
            for (int x = p.ItemCandidateStart[item]; x < p.ItemCandidateStart[item + 1]; x++)
            {
                if (x == leader)
                {
                    continue;
                }

                double weight = 0, squares = 0;
                for (int k = p.CandidateClaimStart[x]; k < p.CandidateClaimStart[x + 1]; k++)
                {
                    int c = p.CandidateClaims[k];
                    double w = p.ClaimFraction[c] * state.Discount[c];
                    weight += w;
                    squares += w * w;
                }

                total += weight;
                totalSquares += squares;
                sameSquares += (weight * weight) - squares;
            }

            pairs += ((total * total) - totalSquares) / 2;
            agreeing += sameSquares / 2;
        }

        double strength = _options.LearningPriorStrength;
        return Math.Max(1, (pairs + strength) / (agreeing + (strength / _options.FalseValueCount)));
    }

    // Finds pairs of sources that copy one another from the facts they share: values both state that the model
    // believes false (Dong et al.'s strongest sign), or agreement far beyond what their reliabilities explain.
    private void DetectCopies(IndexedProblem p, EstimationState state)
    {
        var best = new int[p.Items.Length];
        for (int item = 0; item < p.Items.Length; item++)
        {
            best[item] = Leader(p, state, item);
        }

        var counts = new Dictionary<long, (int Shared, int Differ, int SharedFalse)>();
        var eligible = new List<int>();
        for (int item = 0; item < p.Items.Length; item++)
        {
            eligible.Clear();
            for (int c = p.ItemClaimStart[item]; c < p.ItemClaimStart[item + 1]; c++)
            {
                if (p.ClaimFraction[c] == 1 && p.SourceFactCount[p.ClaimSource[c]] >= _options.MinSharedFacts)
                {
                    eligible.Add(c);
                }
            }

            for (int i = 0; i < eligible.Count; i++)
            {
                for (int j = i + 1; j < eligible.Count; j++)
                {
                    int a = eligible[i], b = eligible[j];
                    long key = Key(p, p.ClaimSource[a], p.ClaimSource[b]);
                    (int shared, int differ, int sharedFalse) = counts.GetValueOrDefault(key);
                    shared++;
                    if (p.ClaimCandidate[a] != p.ClaimCandidate[b])
                    {
                        differ++;
                    }
                    else if (p.ClaimCandidate[a] != best[item])
                    {
                        sharedFalse++;
                    }

                    counts[key] = (shared, differ, sharedFalse);
                }
            }
        }

        SetGivenCopies(p, state);
        double rate = _options.CopyRate;
        double priorOdds = Math.Log(_options.CopyPrior / (1 - _options.CopyPrior));
        foreach (long key in counts.Keys.Order())
        {
            (int shared, int differ, int sharedFalse) = counts[key];
            if (shared < _options.MinSharedFacts)
            {
                continue;
            }

            int a = (int)(key / p.Sources.Length), b = (int)(key % p.Sources.Length);
            double dependence = 0;
            if (sharedFalse >= _options.MinSharedErrors)
            {
                double byErrors = sharedFalse / (sharedFalse + differ + 1.0);
                if (byErrors >= SharedErrorThreshold)
                {
                    dependence = byErrors;
                }
            }

            // Dong, Berti-Equille and Srivastava's test: sharing a true value is weak evidence of copying, sharing a
            // false one strong evidence, and every disagreement evidence against.
            double ra = Math.Min(state.Reliability[a], _options.MaxEstimatedReliability);
            double rb = Math.Min(state.Reliability[b], _options.MaxEstimatedReliability);
            double copierAccuracy = Math.Min(ra, rb);
            double trueIndependent = ra * rb;
            double falseIndependent = (1 - ra) * (1 - rb) * _options.CoincidentErrorRate;
            double trueCopied = (rate * copierAccuracy) + ((1 - rate) * trueIndependent);
            double falseCopied = (rate * (1 - copierAccuracy)) + ((1 - rate) * falseIndependent);
            int sharedTrue = shared - differ - sharedFalse;
            double logLikelihood = (sharedTrue * Math.Log(trueCopied / trueIndependent))
                + (sharedFalse * Math.Log(falseCopied / falseIndependent))
                + (differ * Math.Log(1 - rate)) + priorOdds;
            if (logLikelihood > 0)
            {
                dependence = Math.Max(dependence, 1 / (1 + Math.Exp(-logLikelihood)));
            }

            if (dependence > 0)
            {
                state.Dependence[key] = Math.Max(state.Dependence.GetValueOrDefault(key), dependence);
            }
        }
    }

    // The most probable candidate of a fact; exact ties go to the earliest in canonical order.
    private static int Leader(IndexedProblem p, EstimationState state, int item)
    {
        int first = p.ItemCandidateStart[item], last = p.ItemCandidateStart[item + 1];
        int leader = first;
        for (int v = first + 1; v < last; v++)
        {
            if (state.Probability[v] > state.Probability[leader] + TieTolerance)
            {
                leader = v;
            }
        }

        return leader;
    }

    private TruthResult Conclude(IndexedProblem p, EstimationState state, int rounds)
    {
        var items = new ItemEstimate[p.Items.Length];
        var agreements = new double[p.Sources.Length];
        var checkedFacts = new double[p.Sources.Length];
        var undecidedFacts = new double[p.Sources.Length];
        for (int item = 0; item < p.Items.Length; item++)
        {
            int first = p.ItemCandidateStart[item], last = p.ItemCandidateStart[item + 1];
            int leader = Leader(p, state, item);
            // The rival is the most probable value that competes with the leader. A hedge and a value it allows
            // ("at least 100" and "120", "more than 50" and "51") do not compete: one states the other less precisely.
            int rival = -1;
            for (int v = first; v < last; v++)
            {
                bool consistent = Allows(p.Candidates[v], p.Candidates[leader]) || Allows(p.Candidates[leader], p.Candidates[v]);
                if (v != leader && !consistent && (rival < 0 || state.Probability[v] > state.Probability[rival] + TieTolerance))
                {
                    rival = v;
                }
            }

            double runnerUp = Math.Max(state.Other[item], rival < 0 ? 0 : state.Probability[rival]);
            double confidence = state.Probability[leader];
            bool decided = confidence - runnerUp >= _options.DecisionMargin;
            (TruthValue, double)[] candidates = [.. Enumerable.Range(first, last - first)
                .OrderByDescending(v => state.Probability[v])
                .ThenBy(v => v)
                .Select(v => (p.Candidates[v], state.Probability[v]))];

            var supporters = new List<WeightedSource>();
            var claims = new List<ClaimView>();
            for (int c = p.ItemClaimStart[item]; c < p.ItemClaimStart[item + 1]; c++)
            {
                int s = p.ClaimSource[c], x = p.ClaimCandidate[c];
                double share = p.Support(x, leader);
                bool copy = state.Discount[c] < 1;
                claims.Add(new ClaimView(p.Sources[s], p.Candidates[x], state.Reliability[s], share, x == leader, copy));
                if (IsChecked(p, state, item, s))
                {
                    checkedFacts[s] += p.ClaimFraction[c];
                    agreements[s] += decided && x == leader ? p.ClaimFraction[c] : 0;
                    undecidedFacts[s] += decided ? 0 : p.ClaimFraction[c];
                }

                if (share > 0)
                {
                    supporters.Add(new WeightedSource(p.Sources[s], state.Contribution[c] * share, p.Candidates[x], copy));
                }
            }

            supporters.Sort(static (a, b) =>
            {
                int byWeight = b.Weight.CompareTo(a.Weight);
                return byWeight != 0 ? byWeight : string.CompareOrdinal(a.SourceId, b.SourceId);
            });
            TruthValue? second = rival < 0 ? null : p.Candidates[rival];
            double secondProbability = rival < 0 ? 0 : state.Probability[rival];
            string explanation = TruthExplanations.ForItem(p.Candidates[leader], confidence, decided, second, secondProbability, claims, CopyPairs(p, state, item));
            items[item] = new ItemEstimate(p.Items[item], p.Candidates[leader], confidence, decided, second, candidates, supporters, explanation);
        }

        var sources = new SourceEstimate[p.Sources.Length];
        for (int s = 0; s < p.Sources.Length; s++)
        {
            double? prior = double.IsNaN(p.Priors[s]) ? null : p.Priors[s];
            string explanation = TruthExplanations.ForSource(p.Sources[s], state.Reliability[s], p.SourceFactCount[s], checkedFacts[s], agreements[s], undecidedFacts[s], prior, state.Defaults[p.SourceClass[s]]);
            sources[s] = new SourceEstimate(p.Sources[s], state.Reliability[s], p.SourceFactCount[s], prior, explanation);
        }

        (string, string, double)[] copies = [.. state.Dependence.Keys.Order()
            .Select(k => (p.Sources[(int)(k / p.Sources.Length)], p.Sources[(int)(k % p.Sources.Length)], state.Dependence[k]))];
        var classDefaults = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (int k = 0; k < p.ClassNames.Length; k++)
        {
            classDefaults[p.ClassNames[k]] = state.Defaults[k + 1];
        }

        return new TruthResult(items, sources, copies, rounds, state.Defaults[0], classDefaults, state.FalseValueCount);
    }

    // Whether someone other than the source and its copies states a value for the fact: only then can the fact
    // confirm or refute the source.
    private static bool IsChecked(IndexedProblem p, EstimationState state, int item, int source)
    {
        for (int c = p.ItemClaimStart[item]; c < p.ItemClaimStart[item + 1]; c++)
        {
            int other = p.ClaimSource[c];
            if (other != source && !(state.Dependence.TryGetValue(Key(p, source, other), out double d) && d >= 0.5))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a value is a hedge that allows another: a wider range of numbers containing it.
    private static bool Allows(TruthValue hedge, TruthValue value)
        => hedge.Kind == TruthValueKind.Number && value.Kind == TruthValueKind.Number && !hedge.IsExact
            && string.Equals(hedge.Dimension, value.Dimension, StringComparison.Ordinal) && hedge.Range.Contains(value.Range);

    // The copy pairs among a fact's sources, for its explanation.
    private static List<(string First, string Second)> CopyPairs(IndexedProblem p, EstimationState state, int item)
    {
        var sources = new SortedSet<int>();
        for (int c = p.ItemClaimStart[item]; c < p.ItemClaimStart[item + 1]; c++)
        {
            sources.Add(p.ClaimSource[c]);
        }

        int[] ordered = [.. sources];
        var pairs = new List<(string, string)>();
        for (int i = 0; i < ordered.Length; i++)
        {
            for (int j = i + 1; j < ordered.Length; j++)
            {
                if (state.Dependence.TryGetValue(Key(p, ordered[i], ordered[j]), out double d) && d >= 0.5)
                {
                    pairs.Add((p.Sources[ordered[i]], p.Sources[ordered[j]]));
                }
            }
        }

        return pairs;
    }
}
