using System;
using System.Collections.Generic;
using System.Linq;

namespace Reconcile.Grouping;

/// <summary>Names what a group's fact is about, from its claims' measures.</summary>
internal static class GroupLabels
{
    public static string For(IReadOnlyList<Claim> claims)
    {
        // The measure most claims use, lower-cased; ties go to the first claim's.
        // GroupBy keeps first-appearance order, so ties go to the measure used first.
        string measure = claims
            .GroupBy(c => c.Measure, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
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
}
