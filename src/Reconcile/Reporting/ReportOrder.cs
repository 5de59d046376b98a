using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Reconcile.Reporting;

/// <summary>
/// What every human-readable report shows and in which order: groups with conflicts first, then by how many sources
/// back a group, then by id; the best-supported value where sources differ; sources by reliability.
/// </summary>
internal static class ReportOrder
{
    /// <summary>Whether a group's best-supported value is worth a reader's line: only where sources state different
    /// values for one period (a conflict, or hedges that are compatible), since agreeing or single-source groups
    /// have nothing to weigh and a group whose values cover different periods has no single best value.</summary>
    public static bool ShowsSupport(ClaimGroup group)
        => group.Supported is not null && group.Verdict is Verdict.Conflict or Verdict.Compatible;

    /// <summary>Whether the report weighs more than one source, so a table of reliabilities says something.</summary>
    public static bool ShowsReliability(ReconciliationReport report)
        => report.SourceReliabilities.Count > 1 && report.Groups.Any(g => g.SourceIds.Count > 1);

    /// <summary>The report in one phrase: "5 sources, 69 claims, 33 groups (2 conflict, 0 scope differs, 1 compatible, 15 agree, 15 single source)".</summary>
    public static string Summary(ReconciliationReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"{report.Sources.Count} sources, {report.Claims.Count} claims, {report.Groups.Count} groups ({report.Count(Verdict.Conflict)} conflict, {report.Count(Verdict.ScopeDiffers)} scope differs, {report.Count(Verdict.Compatible)} compatible, {report.Count(Verdict.Agree)} agree, {report.Count(Verdict.SingleSource)} single source)");

    /// <summary>The sources' reliabilities, most reliable first, then by id.</summary>
    public static IEnumerable<SourceReliability> Reliabilities(ReconciliationReport report)
        => report.SourceReliabilities.OrderByDescending(r => r.Reliability).ThenBy(r => r.SourceId, StringComparer.Ordinal);

    public static IEnumerable<ClaimGroup> Groups(ReconciliationReport report)
        => report.Groups.OrderBy(g => g.Verdict).ThenByDescending(g => g.SourceIds.Count).ThenBy(g => IdNumber(g.Id));

    private static int IdNumber(string id)
        => id.Length > 1 && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue;
}
