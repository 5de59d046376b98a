using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Reconcile.Tests.Display;

/// <summary>
/// Loads the HTML report of the samples in a real browser (Debian's chromium, headless) and checks what a reader
/// sees once its script has run: conflicts first, each claim's words marked in its sentence, the weighing, the
/// sources by reliability, and the verdict filter (opened through a <c>#verdict=</c> link).
/// </summary>
/// <remarks>.ci/run installs chromium where it is missing; elsewhere the tests are ignored, saying why.</remarks>
[NonParallelizable]
public sealed partial class BrowserTests
{
    private static readonly string? Chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    private string _folder = string.Empty;

    [OneTimeSetUp]
    public void WriteThePage()
    {
        if (Chromium is null)
        {
            // CI must run them: .ci/run installs chromium. A developer without it is told how to get it.
            const string Missing = "No chromium here (apt-get install chromium); .ci/run installs it.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(Missing);
            }

            Assert.Ignore(Missing);
        }

        _folder = Path.Combine(Path.GetTempPath(), "reconcile-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Document[] documents = Samples.Load();
        File.WriteAllText(Path.Combine(_folder, "report.html"), Reconciler.Default.Reconcile(documents).ToHtml(documents));
    }

    [OneTimeTearDown]
    public void RemoveThePage()
    {
        if (_folder.Length > 0)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void Reader_SeesConflictsFirst_WithTheClaimsMarkedInTheirSentences()
    {
        string dom = Browse("--dump-dom", Page(string.Empty));
        string[] verdicts = [.. TbodyPattern().Matches(dom).Select(m => m.Groups["verdict"].Value)];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dom, Does.Contain("<title>Reconcile report</title>"));
            Assert.That(verdicts, Is.Not.Empty);
            Assert.That(verdicts.TakeWhile(v => v == "conflict").Count(), Is.EqualTo(2), "the two conflicts come first");
            Assert.That(TbodyPattern().Matches(dom).Select(m => m.Value), Has.None.Contain("hidden"), "nothing is hidden before a filter is chosen");
            Assert.That(dom, Does.Contain("<mark>more than 11,000 troops</mark>"));
            Assert.That(dom, Does.Contain("⚖ more than 11,000 is best supported"));
            Assert.That(dom, Does.Contain("Sources by reliability"));
        }
    }

    [Test]
    public void Reader_FollowingAConflictLink_SeesOnlyTheConflicts()
    {
        string dom = Browse("--dump-dom", Page("#verdict=conflict"));
        Match[] groups = [.. TbodyPattern().Matches(dom).Cast<Match>()];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(groups.Where(m => m.Groups["verdict"].Value == "conflict").Select(m => m.Value), Has.None.Contain("hidden"));
            Assert.That(groups.Where(m => m.Groups["verdict"].Value != "conflict").Select(m => m.Value), Has.All.Contain("hidden"));
            Assert.That(groups.Count(m => m.Groups["verdict"].Value != "conflict"), Is.GreaterThan(0));
        }
    }

    [Test]
    public void Reader_GetsAScreenshotWithContent()
    {
        string png = Path.Combine(_folder, "report.png");
        Browse("--screenshot=" + png, "--window-size=1280,900", "--hide-scrollbars", Page(string.Empty));
        byte[] bytes = File.ReadAllBytes(png);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG");
            // A blank 1280x900 page compresses to a few kilobytes; text and coloured badges take far more.
            Assert.That(bytes.Length, Is.GreaterThan(30_000));
        }
    }

    private string Page(string fragment) => new Uri(Path.Combine(_folder, "report.html")).AbsoluteUri + fragment;

    private string Browse(params string[] arguments)
    {
        var start = new ProcessStartInfo(Chromium!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (string argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + Path.Combine(_folder, "profile"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using Process browser = Process.Start(start)!;
        var stderr = browser.StandardError.ReadToEndAsync();
        string stdout = browser.StandardOutput.ReadToEnd();
        if (!browser.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            browser.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within two minutes.");
        }

        Assert.That(browser.ExitCode, Is.Zero, stderr.Result);
        return stdout;
    }

    [GeneratedRegex("<tbody data-verdict=\"(?<verdict>[a-z_]+)\"[^>]*>")]
    private static partial Regex TbodyPattern();
}
