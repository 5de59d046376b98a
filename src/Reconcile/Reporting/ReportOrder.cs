using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Reconcile.Reporting;

/// <summary>The order every human-readable report lists groups in: conflicts first, then by how many sources back a group, then by id.</summary>
internal static class ReportOrder
{
    public static IEnumerable<ClaimGroup> Groups(ReconciliationReport report)
        => report.Groups.OrderBy(g => g.Verdict).ThenByDescending(g => g.SourceIds.Count).ThenBy(g => IdNumber(g.Id));

    private static int IdNumber(string id)
        => id.Length > 1 && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue;
}
