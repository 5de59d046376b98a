using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Reconcile.Tests.Specs;

/// <summary>
/// Runs the tables of <c>hedges.md</c> and <c>dates.md</c>: specifications that are also documentation
/// (after Markdig's spec files).
/// </summary>
public sealed class SpecTests
{
    [TestCaseSource(nameof(HedgeCases))]
    public void Hedges(string input, string value, string range, string measure)
    {
        Claim claim = FirstClaim($"Officials said that {input} were involved.", published: null)
            ?? throw new AssertionException($"No claim found in '{input}'.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Value.Kind, Is.EqualTo(ClaimValueKind.Quantity));
            Assert.That(claim.Value.ToString(), Is.EqualTo(value), "value");
            Assert.That(claim.Value.Quantity.Range.ToString(), Is.EqualTo(range), "range");
            Assert.That(claim.Measure, Is.EqualTo(measure), "measure");
            Assert.That(input, Does.Contain(claim.Text.Split(' ')[0]), "span");
        });
    }

    [TestCaseSource(nameof(DateCases))]
    public void Dates(string published, string input, string value)
    {
        DateOnly? date = published == "-" ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Claim? claim = FirstClaim($"Officials said the change came {input}.", date);
        if (value == "(none)")
        {
            Assert.That(claim, Is.Null, "an unresolvable expression must not become a claim");
            return;
        }

        Assert.That(claim, Is.Not.Null, $"No claim found in '{input}'.");
        Assert.Multiple(() =>
        {
            Assert.That(claim!.Value.ToString(), Is.EqualTo(value));
            Assert.That(claim.Text, Is.EqualTo(input.Replace("came ", string.Empty, StringComparison.Ordinal)).Or.EqualTo(input), "the claim's text is the whole expression");
        });
    }

    public static IEnumerable<TestCaseData> HedgeCases() => Rows("hedges.md").Select(r => new TestCaseData(r[0], r[1], r[2], r[3]).SetName($"Hedges({r[0]})"));

    public static IEnumerable<TestCaseData> DateCases() => Rows("dates.md").Select(r => new TestCaseData(r[0], r[1], r[2]).SetName($"Dates({r[0]}, {r[1]})"));

    private static Claim? FirstClaim(string sentence, DateOnly? published)
    {
        var source = new Source("spec") { Published = published };
        ReconciliationReport report = Reconciler.Default.Reconcile([new Document(source, sentence)]);
        return report.Claims.Count > 0 ? report.Claims[0] : null;
    }

    private static IEnumerable<string[]> Rows(string file, [CallerFilePath] string here = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(here)!, file);
        bool inTable = false;
        foreach (string line in File.ReadLines(path))
        {
            if (!line.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            string[] cells = [.. line.Trim('|').Split('|').Select(c => c.Trim())];
            if (cells.All(c => c.StartsWith("---", StringComparison.Ordinal)))
            {
                inTable = true;
                continue;
            }

            if (inTable)
            {
                yield return cells;
            }
        }
    }
}
