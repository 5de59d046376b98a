using System;
using System.Collections.Generic;
using System.Linq;
using Reconcile.Text;

namespace Reconcile.Grouping;

/// <summary>Names what a group's fact is about, from its claims' measures.</summary>
internal static class GroupLabels
{
    public static string For(IReadOnlyList<Claim> claims)
    {
        // The measure most claims use, lower-cased. Among equally used ones, the one that shares most words with
        // the other claims' measures (the wording the sources have in common rather than one outlet's own), then
        // the fuller ("North Korea's first nuclear test explosion" before "its first nuclear test"); last, the one
        // used first (GroupBy keeps first-appearance order and OrderBy is stable).
        var words = claims.Select(c => Words(c.Measure)).ToList();
        string measure = claims
            .Select((c, i) => (c.Measure, Index: i))
            .GroupBy(x => x.Measure, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => Shared(words, g.First().Index))
            .ThenByDescending(g => g.Key.Length)
            .First().Key;
        ClaimValue value = claims[0].Value;
        return value.Kind switch
        {
            ClaimValueKind.Quantity or ClaimValueKind.Members => measure,
            ClaimValueKind.Date => "when: " + measure,
            _ when value.DateRange.Start.HasValue && value.DateRange.End.HasValue => "period: " + measure,
            _ when value.DateRange.Start.HasValue => "since when: " + measure,
            _ => "until when: " + measure,
        };
    }

    private static HashSet<string> Words(string measure)
        => new(measure.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !FunctionWords.Stop.Contains(w)).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>How many words of one claim's measure the other claims' measures share.</summary>
    private static int Shared(List<HashSet<string>> words, int index)
    {
        int shared = 0;
        for (int k = 0; k < words.Count; k++)
        {
            if (k != index)
            {
                shared += words[k].Count(words[index].Contains);
            }
        }

        return shared;
    }
}
