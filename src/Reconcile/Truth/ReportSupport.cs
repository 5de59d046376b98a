using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Reconcile.Reporting;

namespace Reconcile.Truth;

/// <summary>
/// Runs the truth model over a finished report: each claim group is a fact, each claim a source's value for it,
/// the report's wire copies count once, and user priors say which sources to trust more. The integrating code calls
/// <c>Estimate</c> from the reconciler and exposes the result on the report.
/// </summary>
/// <remarks>
/// <para>Figures are compared by the values their hedges allow (<see cref="Quantity.Range"/>), with near figures
/// lending support (1 % by default); dates by the days they cover, so "2024" and "March 2024" support each other;
/// stretches of time by their wording; member lists as sets of names, or as their count when the group also has
/// counts ("the 11 countries" and eleven names). Figures in different units never support each other.</para>
/// <para>A group whose values cover different periods (<see cref="Verdict.ScopeDiffers"/>) has no single best value:
/// it is reported as undecided, with the model's leading value named in the explanation.</para>
/// </remarks>
internal static class ReportSupport
{
    /// <summary>Estimates the best-supported value of every group and the reliability of every source.</summary>
    /// <param name="report">The report.</param>
    /// <param name="priors">The reliability (0 to 1) a user expects of some sources, by source id, or <see langword="null"/>.</param>
    /// <param name="options">The truth model's settings, or <see langword="null"/> for the defaults.</param>
    /// <returns>The supported value per group (enumerated in group order) and the reliability per source (in the report's source order).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A prior is not between 0 and 1.</exception>
    public static (IReadOnlyDictionary<ClaimGroup, SupportedValue> Values, IReadOnlyList<SourceReliability> Sources) Estimate(
        ReconciliationReport report, IReadOnlyDictionary<string, double>? priors, TruthOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        (SupportedValue[] values, IReadOnlyList<SourceReliability> sources) = Estimate(
            report.Sources, [.. report.Groups.Select(g => (g.Id, g.Claims, g.Verdict))], report.Copies, priors, options);
        var byGroup = new Dictionary<ClaimGroup, SupportedValue>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < values.Length; i++)
        {
            byGroup[report.Groups[i]] = values[i];
        }

        return (byGroup, sources);
    }

    /// <summary>Estimates the best-supported value of every fact and the reliability of every source, before the
    /// report's groups are built, so that each group is made once, with its value.</summary>
    /// <param name="reportSources">The sources, in report order.</param>
    /// <param name="facts">The groups to be: id, claims and verdict.</param>
    /// <param name="copies">The pairs of sources that republish one story.</param>
    /// <param name="priors">The reliability (0 to 1) a user expects of some sources, by source id, or <see langword="null"/>.</param>
    /// <param name="options">The truth model's settings, or <see langword="null"/> for the defaults.</param>
    /// <returns>The supported value per fact (in the order of <paramref name="facts"/>) and the reliability per source (in source order).</returns>
    public static (SupportedValue[] Values, IReadOnlyList<SourceReliability> Sources) Estimate(
        IReadOnlyList<Source> reportSources, IReadOnlyList<(string Id, IReadOnlyList<Claim> Claims, Verdict Verdict)> facts, IReadOnlyList<SourceCopy> copies, IReadOnlyDictionary<string, double>? priors, TruthOptions? options = null)
    {
        options ??= TruthOptions.Default;
        var claims = new List<TruthClaim>(facts.Sum(f => f.Claims.Count));
        var converted = new (Claim Claim, TruthValue Value)[facts.Count][];
        for (int i = 0; i < facts.Count; i++)
        {
            (string id, IReadOnlyList<Claim> factClaims, _) = facts[i];
            bool counts = factClaims.Any(c => c.Value.Kind == ClaimValueKind.Quantity && c.Value.Quantity.Unit.Dimension == UnitDimension.Count);
            (Claim, TruthValue)[] pairs = [.. factClaims.Select(c => (c, Convert(c.Value, counts, options)))];
            converted[i] = pairs;
            claims.AddRange(pairs.Select(v => new TruthClaim(v.Item1.Source.Id, id, v.Item2)));
        }

        var values = new SupportedValue[facts.Count];
        TruthResult? result = claims.Count == 0
            ? null
            : new TruthEstimator(options).Estimate(new TruthProblem(claims, copies.Select(c => (c.FirstSourceId, c.SecondSourceId)), priors));
        for (int i = 0; i < facts.Count; i++)
        {
            values[i] = Supported(facts[i].Verdict, result![facts[i].Id], converted[i]);
        }

        var sources = new List<SourceReliability>(reportSources.Count);
        Dictionary<string, SourceEstimate> estimates = result?.Sources.ToDictionary(s => s.SourceId, StringComparer.Ordinal) ?? [];
        foreach (Source source in reportSources)
        {
            if (estimates.TryGetValue(source.Id, out SourceEstimate? estimate))
            {
                sources.Add(new SourceReliability(source.Id, Round(estimate.Reliability), estimate.ClaimCount, estimate.Explanation));
            }
            else
            {
                double assumed = priors is not null && priors.TryGetValue(source.Id, out double prior) ? prior : result?.DefaultReliability ?? options.DefaultReliability;
                sources.Add(new SourceReliability(source.Id, assumed, 0, string.Create(CultureInfo.InvariantCulture, $"{source.Id} states no figure or date here; its reliability is the {assumed:0.00} assumed before any evidence.")));
            }
        }

        return (values, sources);
    }

    /// <summary>The truth model's view of a claim's value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="listsAsCounts">Whether a member list stands for its count (the group also has counts).</param>
    /// <param name="options">The settings (the closeness of figures).</param>
    /// <returns>The value as the truth model weighs it.</returns>
    public static TruthValue Convert(ClaimValue value, bool listsAsCounts, TruthOptions options)
    {
        string text = ValueText.Short(value);
        Closeness figures = Closeness.WithinShare(options.FigureTolerance);
        switch (value.Kind)
        {
            case ClaimValueKind.Quantity:
                Quantity q = value.Quantity;
                double point = q.Hedge == Hedge.Between ? (q.Value + q.High) / 2 : q.Value;
                return TruthValue.Number(q.Range, point, "unit:" + q.Unit.ToString(), figures, text);
            case ClaimValueKind.Date:
                DateValue d = value.Date;
                return TruthValue.Number(NumericRange.Between(d.First.DayNumber, d.Last.DayNumber), d.First.DayNumber, "date", Closeness.None, text);
            case ClaimValueKind.Members when listsAsCounts:
                return TruthValue.Exactly(value.Members.Count, "unit:" + Unit.Count.ToString(), figures, text);
            case ClaimValueKind.Members:
                return TruthValue.Set(value.Members.Names, text);
            default:
                return TruthValue.Category(value.DateRange.ToString(), text);
        }
    }

    private static SupportedValue Supported(Verdict verdict, ItemEstimate estimate, (Claim Claim, TruthValue Value)[] values)
    {
        ClaimValue best = values.First(v => v.Value.Equals(estimate.Best)).Claim.Value;
        if (verdict == Verdict.ScopeDiffers)
        {
            return new SupportedValue(null, "values for different periods", Round(estimate.Confidence), false, [],
                $"The values cover different periods, so no single one is best (taken together, the evidence leans to {estimate.Best}). {estimate.Explanation}");
        }

        if (!estimate.IsDecided)
        {
            string balanced = estimate.Rival is { } rival ? $"{estimate.Best} or {rival}" : $"{estimate.Best} or a value nobody stated";
            return new SupportedValue(null, balanced, Round(estimate.Confidence), false, [], estimate.Explanation);
        }

        // One weight per source: a source stating several values for the fact adds them up.
        KeyValuePair<string, double>[] supporters = [.. estimate.Supporters
            .GroupBy(s => s.SourceId, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, double>(g.Key, Round(g.Sum(s => s.Weight))))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)];
        return new SupportedValue(best, estimate.Best.ToString(), Round(estimate.Confidence), true, supporters, estimate.Explanation);
    }

    // Four decimals are more than any reader needs, and keep the JSON report short and the same on every machine.
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.ToEven);
}
