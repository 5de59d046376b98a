using System.Collections.Generic;

namespace Reconcile.Cli;

/// <summary>The exit codes of the <c>reconcile</c> command, as documented in <c>--help</c> and <c>docs/cli.md</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and the report was written.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong: an unknown option, a bad <c>--format</c>, no inputs (System.CommandLine's own code).</summary>
    public const int Usage = 1;

    /// <summary>No input could be read, so no report was written.</summary>
    public const int NoInput = 2;

    /// <summary>Some inputs could not be read (each is named on standard error); the others were reconciled and the report was written.</summary>
    public const int Partial = 3;

    /// <summary>The report could not be written to the <c>--output</c> file.</summary>
    public const int OutputFailed = 4;

    /// <summary>Cancelled by Ctrl+C (SIGINT), following the shell convention 128 + 2.</summary>
    public const int Cancelled = 130;

    /// <summary>Gets each code with a one-line description, in numeric order, for the help text.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Success, "success: every input was read and the report written"),
        (Usage, "usage error: unknown option, bad --format value or no inputs"),
        (NoInput, "no input could be read (missing paths, unreadable files); no report"),
        (Partial, "partial: some inputs could not be read (named on stderr); the rest were reconciled and the report written"),
        (OutputFailed, "the --output file could not be written"),
        (Cancelled, "cancelled (Ctrl+C)"),
    ];
}
