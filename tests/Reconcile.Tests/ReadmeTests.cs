using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Reconcile.Tests;

/// <summary>Keeps the README's example true: its quoted output is what the code prints.</summary>
public sealed class ReadmeTests
{
    [Test]
    public void Readme_ExampleOutput_IsWhatTheExamplePrints()
    {
        Document[] articles = Samples.Load();
        ReconciliationReport report = Reconciler.Default.Reconcile(articles);
        string printed = string.Join("\n", report.Groups.Where(g => g.Verdict == Verdict.Conflict).Select(g => $"{g.Label}: {g.Explanation}"));
        Assert.That(QuotedOutput(), Is.EqualTo(printed));
    }

    private static string QuotedOutput([CallerFilePath] string here = "")
    {
        string readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int marker = readme.IndexOf("<!-- readme-example-output -->", StringComparison.Ordinal);
        int open = readme.IndexOf("```\n", marker, StringComparison.Ordinal) + 4;
        int close = readme.IndexOf("\n```", open, StringComparison.Ordinal);
        return readme[open..close];
    }
}
