using System;
using System.Collections.Generic;
using System.Linq;
using Reconcile.Truth;

namespace Reconcile.TruthEvaluation;

/// <summary>The baseline: each fact takes the value the most sources state; ties go to the first value in canonical order.</summary>
internal static class MajorityVote
{
    public static Dictionary<string, TruthValue> Run(IEnumerable<TruthClaim> claims)
        => claims
            .GroupBy(c => c.ItemId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(c => c.Value)
                    .Select(v => (Value: v.Key, Sources: v.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count()))
                    .OrderByDescending(v => v.Sources)
                    .ThenBy(v => v.Value)
                    .First().Value,
                StringComparer.Ordinal);

    /// <summary>
    /// The accuracy majority vote has on average when a tie is broken at random: a tied fact counts 1/k when the gold
    /// value is one of the k tied values. A fixed tie rule can do better or worse by luck of the data set.
    /// </summary>
    public static double ExpectedAccuracy(IEnumerable<TruthClaim> claims, IReadOnlyDictionary<string, TruthValue> gold)
    {
        double right = 0;
        foreach (IGrouping<string, TruthClaim> fact in claims.GroupBy(c => c.ItemId, StringComparer.Ordinal))
        {
            if (!gold.TryGetValue(fact.Key, out TruthValue? truth))
            {
                continue;
            }

            (TruthValue Value, int Sources)[] counts = [.. fact.GroupBy(c => c.Value).Select(v => (v.Key, v.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count()))];
            int top = counts.Max(c => c.Sources);
            TruthValue[] tied = [.. counts.Where(c => c.Sources == top).Select(c => c.Value)];
            right += tied.Contains(truth) ? 1.0 / tied.Length : 0;
        }

        return right / gold.Count;
    }

    /// <summary>Majority vote over the values exactly as written (ties to the ordinally smallest string).</summary>
    public static Dictionary<string, string> RunRaw(IEnumerable<(string Source, string Item, string Value)> claims)
        => claims
            .GroupBy(c => c.Item, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(c => c.Value, StringComparer.Ordinal)
                    .Select(v => (Value: v.Key, Sources: v.Select(c => c.Source).Distinct(StringComparer.Ordinal).Count()))
                    .OrderByDescending(v => v.Sources)
                    .ThenBy(v => v.Value, StringComparer.Ordinal)
                    .First().Value,
                StringComparer.Ordinal);
}
