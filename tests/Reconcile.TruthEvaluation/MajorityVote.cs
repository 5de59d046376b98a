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
