using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Reconcile.Cli;
using Reconcile.Json;

namespace Reconcile.Tests.Cli;

public sealed class CliTests
{
    private static readonly string[] SampleFiles =
        ["samples/envoy-remarks.txt", "samples/un-briefing.txt", "samples/upi-style.txt", "samples/wire-edited.txt", "samples/wire-harbour.txt"];

    [Test]
    public async Task Samples_Text()
    {
        CliResult result = await RunAsync(AppContext.BaseDirectory, "samples");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stderr, Is.Empty);
            Assert.That(result.Stdout, Is.EqualTo(Reconciler.Default.Reconcile(SamplesAsNamed()).ToString()));
        }

        await Verify(result.Stdout);
    }

    [Test]
    public async Task Samples_Json_IsTheReportWithThePathsAsNamed()
    {
        CliResult result = await RunAsync(AppContext.BaseDirectory, "samples", "--format", "json");
        ReconciliationReport report = ReconcileJson.Deserialize(result.Stdout);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stdout, Is.EqualTo(ReconcileJson.Serialize(Reconciler.Default.Reconcile(SamplesAsNamed())) + "\n"));
            Assert.That(report.Sources.Select(s => s.Path), Is.EqualTo(SampleFiles));
        }
    }

    [Test]
    public void Docs_TheTextExampleIsTheStartOfTheSnapshot()
    {
        string docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "cli.md")).ReplaceLineEndings("\n");
        const string Opening = "reconcile docs/samples\n```\n\n```text\n";
        int start = docs.IndexOf(Opening, StringComparison.Ordinal) + Opening.Length;
        string example = docs[start..docs.IndexOf("\n...\n```", start, StringComparison.Ordinal)];
        string snapshot = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ThisFile())!, "CliTests.Samples_Text.verified.txt")).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        Assert.That(snapshot, Does.StartWith(example + "\n"), "Paste the start of Cli/CliTests.Samples_Text.verified.txt into docs/cli.md.");
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    [Test]
    public async Task Samples_Summary_IsOneLine()
    {
        CliResult result = await RunAsync(AppContext.BaseDirectory, "samples", "--summary");
        ReconciliationReport report = Reconciler.Default.Reconcile(SamplesAsNamed());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stderr, Is.Empty);
            Assert.That(result.Stdout, Is.EqualTo(string.Create(CultureInfo.InvariantCulture,
                $"5 sources, {report.Claims.Count} claims, {report.Groups.Count} groups: {report.Count(Verdict.Conflict)} conflict, {report.Count(Verdict.ScopeDiffers)} scope differs, {report.Count(Verdict.Compatible)} compatible, {report.Count(Verdict.Agree)} agree, {report.Count(Verdict.SingleSource)} single source\n")));
        }
    }

    [Test]
    public async Task Samples_Html_IsThePageWithEachClaimInItsSentence()
    {
        CliResult result = await RunAsync(AppContext.BaseDirectory, "samples", "--format", "html");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stdout, Is.EqualTo(Reconciler.Default.Reconcile(SamplesAsNamed()).ToHtml(SamplesAsNamed())));
            Assert.That(result.Stdout, Does.Contain("<mark>more than 11,000 troops</mark>"));
        }
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("html")]
    public async Task ArgumentOrder_DoesNotChangeTheReport(string format)
    {
        string[][] orders =
        [
            [.. SampleFiles],
            [.. SampleFiles.Reverse()],
            ["samples"],
            ["samples/wire-harbour.txt", "samples", "samples/upi-style.txt"],
            [.. SampleFiles.Skip(2), "samples", .. SampleFiles.Take(2)],
        ];
        string[] outputs = new string[orders.Length];
        for (int i = 0; i < orders.Length; i++)
        {
            CliResult result = await RunAsync(AppContext.BaseDirectory, [.. orders[i], "-f", format]);
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
            outputs[i] = result.Stdout;
        }

        Assert.That(outputs.Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task MissingFile_IsNamed_AndTheRestReconciled()
    {
        CliResult result = await RunAsync(AppContext.BaseDirectory, "samples/wire-harbour.txt", "samples/missing.txt", "samples/wire-edited.txt");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Partial));
            Assert.That(result.Stderr, Is.EqualTo("samples/missing.txt: error: no such file or folder.\n"));
            Assert.That(result.Stdout, Does.StartWith("Reconcile: 2 sources,"));
        }
    }

    [Test]
    public async Task NothingReadable_ExitsWithNoInput_AndWritesNoReport()
    {
        CliResult result = await RunAsync(AppContext.BaseDirectory, "samples/missing.txt", "no-such-folder");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(result.Stderr, Does.Contain("no-such-folder: error: no such file or folder.").And.Contain("samples/missing.txt: error:"));
        }
    }

    [Test]
    public async Task BadPublishedHeader_IsNamedWithLineAndColumn_AndTheRestReconciled()
    {
        using var folder = new TempFolder();
        folder.Write("bad.txt", "title: Troops\npublished: 30/05/2025\n\nMore than 11,000 troops were sent.\n");
        folder.CopySample("wire-edited.txt");
        CliResult result = await RunAsync(folder.Path, ".");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Partial));
            Assert.That(result.Stderr, Is.EqualTo("./bad.txt(2,12): error: 'published:' must be an ISO date (yyyy-MM-dd), not '30/05/2025'.\n"));
            Assert.That(result.Stdout, Does.StartWith("Reconcile: 1 sources,"));
        }
    }

    [Test]
    public async Task InvalidUtf8_IsNamedWithLineAndColumn()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("binary.txt", [.. "line one\nline two\nbad "u8, 0xFF, .. " byte\n"u8]);
        folder.CopySample("wire-edited.txt");
        CliResult result = await RunAsync(folder.Path, "binary.txt", "wire-edited.txt");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Partial));
            Assert.That(result.Stderr, Is.EqualTo("binary.txt(3,5): error: The file is not valid UTF-8 text.\n"));
        }
    }

    [Test]
    public async Task BinaryFile_IsNamed_AndTheRestReconciled()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("program.txt", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0]);
        folder.CopySample("wire-edited.txt");
        CliResult result = await RunAsync(folder.Path, ".");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Partial));
            Assert.That(result.Stderr, Is.EqualTo("./program.txt(1,1): error: The file holds NUL bytes: it looks like a binary file, not an article.\n"));
            Assert.That(result.Stdout, Does.StartWith("Reconcile: 1 sources,"));
        }
    }

    [Test]
    public async Task EmptyAndHeaderOnlyFiles_AreSourcesWithNoClaims()
    {
        using var folder = new TempFolder();
        folder.Write("empty.txt", string.Empty);
        folder.Write("header-only.txt", "title: Only a title\npublished: 2025-05-30\n");
        folder.CopySample("wire-edited.txt");
        CliResult result = await RunAsync(folder.Path, ".", "--format", "json");
        ReconciliationReport report = ReconcileJson.Deserialize(result.Stdout);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stderr, Is.Empty);
            Assert.That(report.Sources.Select(s => s.Id), Is.EqualTo(new[] { "empty", "header-only", "wire-edited" }));
            Assert.That(report.Claims.Where(c => c.Source.Id != "wire-edited"), Is.Empty);
        }
    }

    [Test]
    public async Task SeveralBadInputs_AreEachNamedInPathOrder_AndTheRestReconciled()
    {
        using var folder = new TempFolder();
        folder.Write("a-deep.json", new string('[', 10_000) + new string(']', 10_000));
        folder.WriteBytes("b-latin1.txt", [.. "Caf"u8, 0xE9, .. " troops\n"u8]);
        folder.Write("c-bad-date.md", "published: 2025-02-30\n\nBody.");
        folder.Write("d-good.txt", "More than 11,000 troops were sent.");
        folder.CopySample("wire-edited.txt");
        CliResult result = await RunAsync(folder.Path, ".");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Partial));
            Assert.That(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3));
            Assert.That(result.Stderr, Does.StartWith("./a-deep.json(1,65): error: ").And.Contain("MaxDepth"));
            Assert.That(result.Stderr, Does.Contain("\n./b-latin1.txt(1,4): error: The file is not valid UTF-8 text.\n"));
            Assert.That(result.Stderr, Does.Contain("\n./c-bad-date.md(1,12): error: 'published:' must be an ISO date (yyyy-MM-dd), not '2025-02-30'.\n"));
            Assert.That(result.Stdout, Does.StartWith("Reconcile: 2 sources,"));
        }
    }

    [Test]
    public async Task JsonDocumentArray_IsRead_WithTheFileAsPath()
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", """
            [
              { "id": "first", "published": "2025-05-30", "text": "More than 11,000 troops were sent to Russia." },
              { "id": "second", "text": "Nearly 11,000 troops were sent to Russia." }
            ]
            """);
        CliResult result = await RunAsync(folder.Path, ".", "-f", "json");
        ReconciliationReport report = ReconcileJson.Deserialize(result.Stdout);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
            Assert.That(report.Sources.Select(s => (s.Id, s.Path)), Is.EqualTo(new[] { ("first", "./articles.json"), ("second", "./articles.json") }));
            Assert.That(report.Claims, Is.Not.Empty);
        }
    }

    [Test]
    public async Task MalformedJsonDocumentArray_IsNamedWithLineAndPosition()
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", "[\n  { \"id\": \"first\", \"published\": \"May 30\", \"text\": \"x\" }\n]");
        folder.CopySample("wire-edited.txt");
        CliResult result = await RunAsync(folder.Path, "articles.json", "wire-edited.txt");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Partial));
            Assert.That(result.Stderr, Does.StartWith("articles.json(2,").And.Contain("'published' must be an ISO date"));
        }
    }

    [Test]
    public async Task SameSourceIdTwice_TheLaterFileIsRefused()
    {
        using var folder = new TempFolder();
        folder.CopySample("wire-edited.txt", "a/story.txt");
        folder.CopySample("wire-harbour.txt", "b/story.txt");
        CliResult result = await RunAsync(folder.Path, "b", "a");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Partial));
            Assert.That(result.Stderr, Does.StartWith("b/story.txt: error: the source id 'story' is already taken by a/story.txt"));
            Assert.That(result.Stdout, Does.StartWith("Reconcile: 1 sources,"));
        }
    }

    [Test]
    public async Task Folder_ReadsOnlyItsOwnArticleFiles()
    {
        using var folder = new TempFolder();
        folder.CopySample("wire-edited.txt");
        folder.CopySample("wire-harbour.txt", "wire-harbour.md");
        folder.CopySample("upi-style.txt", "nested/upi-style.txt");
        folder.CopySample("un-briefing.txt", "un-briefing.html");
        folder.Write("README.md", "More than 5 notes about this folder.\n");
        CliResult result = await RunAsync(folder.Path, ".", "-f", "json");
        Assert.That(ReconcileJson.Deserialize(result.Stdout).Sources.Select(s => s.Path), Is.EqualTo(new[] { "./wire-edited.txt", "./wire-harbour.md" }));
    }

    [Test]
    public async Task Output_WritesTheFile_AndNotStdout()
    {
        using var folder = new TempFolder();
        folder.CopySample("wire-edited.txt", "in/wire-edited.txt");
        folder.CopySample("wire-harbour.txt", "in/wire-harbour.txt");
        CliResult toStdout = await RunAsync(folder.Path, "in", "--format", "json");
        CliResult toFile = await RunAsync(folder.Path, "in", "--format", "json", "--output", "report.json");
        CliResult quiet = await RunAsync(folder.Path, "in", "-o", "report.txt", "-q");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(toFile.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(toFile.Stdout, Is.Empty);
            Assert.That(File.ReadAllText(Path.Combine(folder.Path, "report.json")), Is.EqualTo(toStdout.Stdout));
            Assert.That(toFile.Stderr, Does.StartWith("reconcile: wrote report.json: 2 sources,"));
            Assert.That(quiet.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(quiet.Stderr, Is.Empty);
            Assert.That(File.ReadAllText(Path.Combine(folder.Path, "report.txt")), Does.StartWith("Reconcile: 2 sources,"));
        }
    }

    [Test]
    public async Task Output_InsideTheFolderRead_IsNotReadBack()
    {
        using var folder = new TempFolder();
        folder.CopySample("wire-edited.txt");
        CliResult first = await RunAsync(folder.Path, ".", "-f", "json", "-o", "report.json");
        CliResult second = await RunAsync(folder.Path, ".", "-f", "json", "-o", "report.json");
        CliResult other = await RunAsync(folder.Path, ".", "-f", "json", "-o", "other.json");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)));
            Assert.That(other.ExitCode, Is.EqualTo(ExitCodes.Partial));
            Assert.That(other.Stderr, Does.StartWith("./report.json(1,1): error: This is a Reconcile report, not an array of documents to reconcile."));
        }
    }

    [Test]
    public async Task Output_Unwritable_ExitsWithOutputFailed()
    {
        using var folder = new TempFolder();
        folder.CopySample("wire-edited.txt");
        CliResult result = await RunAsync(folder.Path, ".", "--output", "no-such-folder/report.txt");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.OutputFailed));
            Assert.That(result.Stderr, Does.StartWith("no-such-folder/report.txt: error: the report cannot be written"));
        }
    }

    [Test]
    public async Task Help_ExitsWithSuccess_AndListsEveryExitCode()
    {
        CliResult result = await RunAsync(AppContext.BaseDirectory, "--help");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Stdout, Does.Contain("Usage:\n  reconcile <inputs>... [options]"));
            Assert.That(result.Stdout, Does.Contain("--format <text|json|html|markdown>").And.Contain("--output <FILE>").And.Contain("--quiet").And.Contain("--summary").And.Contain("Examples:"));
            Assert.That(result.Stdout, Does.Contain("Exit codes:\n"));
            foreach ((int code, string meaning) in ExitCodes.All)
            {
                Assert.That(result.Stdout, Does.Contain($"  {code,-5}{meaning}\n"));
            }
        }
    }

    [TestCase("", TestName = "{m}_NoInputs")]
    [TestCase("samples --format xml", TestName = "{m}_UnknownFormat")]
    [TestCase("samples --fromat json", TestName = "{m}_MistypedOption")]
    public async Task UsageError_ExitsWithUsage(string commandLine)
    {
        CliResult result = await RunAsync(AppContext.BaseDirectory, commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Stderr, Is.Not.Empty);
        }
    }

    [Test]
    public async Task Cancelled_ExitsWith130()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        CliResult result = await RunAsync(AppContext.BaseDirectory, ["samples"], cancelled.Token);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled));
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(result.Stderr, Is.EqualTo("reconcile: cancelled.\n"));
        }
    }

    [Test]
    public void Docs_ListEveryExitCodeAndOption()
    {
        string docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "cli.md")).ReplaceLineEndings("\n");
        using (Assert.EnterMultipleScope())
        {
            foreach ((int code, _) in ExitCodes.All)
            {
                Assert.That(docs, Does.Contain($"| {code} |"));
            }

            foreach (string option in new[] { "--format", "--output", "--quiet", "--help", "--version" })
            {
                Assert.That(docs, Does.Contain(option));
            }
        }
    }

    private static Task<CliResult> RunAsync(string workingDirectory, params string[] args)
        => RunAsync(workingDirectory, args, CancellationToken.None);

    private static async Task<CliResult> RunAsync(string workingDirectory, string[] args, CancellationToken cancellationToken)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = await new ReconcileCommand(workingDirectory).RunAsync(args, stdout, stderr, cancellationToken);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    // The samples as the command reads them from the test folder: paths as named on its command line.
    private static Document[] SamplesAsNamed()
        => [.. SampleFiles.Select(path =>
        {
            Document loaded = Document.Load(Path.Combine(AppContext.BaseDirectory, path));
            return Document.Parse(loaded.Source.Id, loaded.Text, path);
        })];
}
