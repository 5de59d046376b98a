using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Reconcile.Json;

namespace Reconcile.Tests.Properties;

/// <summary>Promises of <see cref="Reconciler"/> and the JSON format, checked on generated articles.</summary>
public sealed class ReconcilerProperties
{
    [FsCheck.NUnit.Property(MaxTest = 60)]
    public Property Reconcile_AnyPermutation_GivesByteIdenticalReport()
    {
        Gen<(Document[] Documents, Document[] Shuffled)> documents =
            from original in Articles.Documents
            from shuffled in Gen.Shuffle(original)
            select (original, shuffled);
        return Prop.ForAll(documents.ToArbitrary(), pair =>
        {
            ReconciliationReport first = Reconciler.Default.Reconcile(pair.Documents);
            ReconciliationReport second = Reconciler.Default.Reconcile(pair.Shuffled);
            return string.Equals(first.ToString(), second.ToString(), StringComparison.Ordinal)
                && string.Equals(ReconcileJson.Serialize(first), ReconcileJson.Serialize(second), StringComparison.Ordinal);
        });
    }

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public Property Reconcile_EveryClaim_IsInExactlyOneGroup()
        => Prop.ForAll(Articles.Documents.ToArbitrary(), documents =>
        {
            ReconciliationReport report = Reconciler.Default.Reconcile(documents);
            var inGroups = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
            bool noneTwice = report.Groups.SelectMany(g => g.Claims).All(inGroups.Add);
            return noneTwice && inGroups.Count == report.Claims.Count && report.Claims.All(inGroups.Contains);
        });

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public Property Reconcile_EveryClaimSpan_HoldsExactlyItsText()
        => Prop.ForAll(Articles.Documents.ToArbitrary(), documents =>
        {
            Dictionary<string, string> texts = documents.ToDictionary(d => d.Source.Id, d => d.Text, StringComparer.Ordinal);
            ReconciliationReport report = Reconciler.Default.Reconcile(documents);
            return report.Claims.All(c => c.Span.End <= texts[c.Source.Id].Length && string.Equals(c.Span.Slice(texts[c.Source.Id]), c.Text, StringComparison.Ordinal));
        });

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public Property Json_RoundTrip_GivesAnEqualReport()
        => Prop.ForAll(Articles.Documents.ToArbitrary(), documents =>
        {
            ReconciliationReport report = Reconciler.Default.Reconcile(documents);
            string json = ReconcileJson.Serialize(report);
            ReconciliationReport again = ReconcileJson.Deserialize(json);
            return string.Equals(ReconcileJson.Serialize(again), json, StringComparison.Ordinal)
                && string.Equals(again.ToString(), report.ToString(), StringComparison.Ordinal);
        });

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Recognizer_AnyString_DoesNotThrow()
        => Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            ReconciliationReport report = Reconciler.Default.Reconcile([new Document(new Source("any"), text ?? string.Empty)]);
            return report.Claims.Count >= 0;
        });

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Recognizer_HostileText_DoesNotThrow_AndSpansHoldTheirText()
        => Prop.ForAll(Articles.Hostile.ToArbitrary(), text =>
        {
            var documents = new[] { new Document(new Source("a"), text), Document.Parse("b", text) };
            ReconciliationReport report = Reconciler.Default.Reconcile(documents);
            _ = report.ToString();
            _ = ReconcileJson.Serialize(report);
            return report.Claims.All(c => string.Equals(c.Span.Slice(text), c.Text, StringComparison.Ordinal));
        });
}
