using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Reconcile.Json;

namespace Reconcile.Cli;

/// <summary>
/// The <c>reconcile</c> command: reads articles, reconciles them and writes the report as text or JSON. Data goes
/// to standard output (or <c>--output</c>), diagnostics to standard error, so <c>--format json | jq</c> works.
/// </summary>
internal sealed class ReconcileCommand
{
    private const string TextFormat = "text";
    private const string JsonFormat = "json";
    private const string HtmlFormat = "html";
    private const string MarkdownFormat = "markdown";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _workingDirectory;
    private readonly bool _interactive;
    private readonly Reconciler _reconciler;
    private readonly Command _root;

    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = "Article files (.txt, .md, any text), JSON document arrays (.json), or folders holding them (not their subfolders; a README is skipped).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "The report's form: text for people, json for programs (docs/report-format.md), html for a page to read in a browser, markdown for CMS notes and chat.",
        DefaultValueFactory = _ => TextFormat,
        HelpName = "text|json|html|markdown",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to FILE (UTF-8) instead of standard output.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = "Write only errors to standard error: no notes and no progress bar.",
    };

    private readonly Option<bool> _summary = new("--summary", "-s")
    {
        Description = "Write only a one-line summary (sources, claims, groups, conflicts and the other verdicts) instead of the report.",
    };

    /// <summary>Initializes the command.</summary>
    /// <param name="workingDirectory">The directory relative paths on the command line start from.</param>
    /// <param name="reconciler">The reconciler to use; <see cref="Reconciler.Default"/> when <see langword="null"/>.</param>
    /// <param name="interactive">Whether standard error is a terminal a person watches, which gets a progress bar on long runs.</param>
    public ReconcileCommand(string workingDirectory, Reconciler? reconciler = null, bool interactive = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(workingDirectory);
        _workingDirectory = workingDirectory;
        _interactive = interactive;
        _reconciler = reconciler ?? Reconciler.Default;
        _format.AcceptOnlyFromAmong(TextFormat, JsonFormat, HtmlFormat, MarkdownFormat);

        // An input that looks like an option and names nothing on disk is a mistyped option ("--fromat"), a
        // usage error, not a missing article.
        _inputs.Validators.Add(result =>
        {
            foreach (Token token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1 && !PathExists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'. To read a file whose name starts with '-', write ./{token.Value}.");
                }
            }
        });
        _root = CreateRootCommand();
    }

    /// <summary>Gets the root command's description, shown at the top of <c>--help</c>.</summary>
    internal static string Description =>
        "Reconciles the figures and dates that several news articles state about one event, and reports where the sources agree and where they conflict.";

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where the report (and help) goes.</param>
    /// <param name="stderr">Where errors and notes go.</param>
    /// <param name="cancellationToken">Cancels the run; Ctrl+C does too.</param>
    /// <returns>One of the <see cref="ExitCodes"/>.</returns>
    public Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,

            // System.CommandLine 2.0.0 leaves this null, which leaves Ctrl+C to kill the process outright; with
            // it, Ctrl+C cancels the token, and the run stops within two seconds with exit code 130.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(2),
        };
        return _root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    private Command CreateRootCommand()
    {
        // A plain Command rather than RootCommand: RootCommand names itself after the executable, which is
        // "Reconcile.Cli" (the assembly cannot be called "reconcile" next to the core's Reconcile.dll), while
        // users type the tool command "reconcile". Help and --version are added as RootCommand would.
        var help = new HelpOption();
        help.Action = new ExitCodesHelpAction((HelpAction)help.Action!);
        var root = new Command("reconcile", Description) { _inputs, _format, _output, _quiet, _summary, help, new VersionOption() };

        root.SetAction((parseResult, cancellationToken) => ExecuteAsync(
            parseResult.GetValue(_inputs) ?? [],
            parseResult.GetValue(_format) ?? TextFormat,
            parseResult.GetValue(_output),
            parseResult.GetValue(_quiet),
            parseResult.GetValue(_summary),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return root;
    }

    private string? OutputPath(string output)
    {
        try
        {
            return Path.GetFullPath(output, _workingDirectory);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private bool PathExists(string path)
    {
        try
        {
            string full = Path.GetFullPath(path, _workingDirectory);
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task<int> ExecuteAsync(string[] inputs, string format, string? output, bool quiet, bool summary, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // System.CommandLine starts listening for Ctrl+C only once this method returns its task; without
        // this yield the (synchronous) reading and reconciling would run before that, and Ctrl+C would kill
        // the process instead of cancelling the token.
        await Task.Yield();

        // Said as soon as Ctrl+C arrives: a long grouping stage may not stop before System.CommandLine gives up waiting.
        using CancellationTokenRegistration notice = cancellationToken.Register(() => stderr.WriteLine("reconcile: cancelled."));
        try
        {
            var problems = new List<InputProblem>();
            IReadOnlyList<InputFile> files = InputPaths.Expand(inputs, _workingDirectory, problems);
            if (output is not null && OutputPath(output) is { } outputPath)
            {
                // A report written into a folder being read is not an input the next time round.
                files = [.. files.Where(f => !string.Equals(f.FullPath, outputPath, StringComparison.Ordinal))];
            }

            IReadOnlyList<Document> documents;
            ReconciliationReport? report = null;
            using (ProgressBar? bar = _interactive && !quiet ? new ProgressBar(stderr) : null)
            {
                documents = DocumentLoader.Load(files, problems, cancellationToken, bar is null ? null : bar.ReportReading);
                if (documents.Count > 0)
                {
                    report = _reconciler.Reconcile(documents, bar, cancellationToken);
                }
            }

            foreach (InputProblem problem in problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.ToString(), StringComparer.Ordinal))
            {
                await stderr.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            if (report is null)
            {
                await stderr.WriteLineAsync("reconcile: error: no document could be read, so there is nothing to reconcile.").ConfigureAwait(false);
                return ExitCodes.NoInput;
            }

            string text = summary ? SummaryLine(report) + "\n" : format switch
            {
                JsonFormat => ReconcileJson.Serialize(report) + "\n",
                HtmlFormat => report.ToHtml(documents),
                MarkdownFormat => report.ToMarkdown(),
                _ => report.ToString(),
            };
            if (output is null)
            {
                await stdout.WriteAsync(text).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (!await TryWriteFileAsync(output, text, report, quiet, stderr, cancellationToken).ConfigureAwait(false))
            {
                return ExitCodes.OutputFailed;
            }

            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Partial;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>The report in one line: <c>5 sources, 61 claims, 27 groups: 2 conflict, 1 scope differs, 1 compatible, 8 agree, 15 single source</c>.</summary>
    internal static string SummaryLine(ReconciliationReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"{report.Sources.Count} sources, {report.Claims.Count} claims, {report.Groups.Count} groups: {report.Count(Verdict.Conflict)} conflict, {report.Count(Verdict.ScopeDiffers)} scope differs, {report.Count(Verdict.Compatible)} compatible, {report.Count(Verdict.Agree)} agree, {report.Count(Verdict.SingleSource)} single source");

    private async Task<bool> TryWriteFileAsync(string output, string text, ReconciliationReport report, bool quiet, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            string path = Path.GetFullPath(output, _workingDirectory);
            await File.WriteAllTextAsync(path, text, Utf8NoBom, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await stderr.WriteLineAsync($"{output}: error: the report cannot be written: {e.Message}").ConfigureAwait(false);
            return false;
        }

        if (!quiet)
        {
            await stderr.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"reconcile: wrote {output}: {report.Sources.Count} sources, {report.Claims.Count} claims, {report.Groups.Count} groups, {report.Count(Verdict.Conflict)} in conflict.")).ConfigureAwait(false);
        }

        return true;
    }
}
