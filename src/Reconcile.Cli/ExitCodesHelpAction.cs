using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;

namespace Reconcile.Cli;

/// <summary>Prints System.CommandLine's help, then an "Exit codes:" section, so scripts know what each code means,
/// and an "Examples:" section with the commands people run most.</summary>
internal sealed class ExitCodesHelpAction : SynchronousCommandLineAction
{
    private static readonly (string Command, string Meaning)[] Examples =
    [
        ("reconcile articles/", "the plain-text report, conflicts first"),
        ("reconcile articles/ -f html -o report.html", "a page to read in a browser"),
        ("reconcile articles/ -f json | jq .summary", "JSON for programs (docs/report-format.md)"),
        ("reconcile feed.json drafts/ --summary", "one line: sources, claims, groups, verdicts"),
    ];

    private readonly HelpAction _help;

    public ExitCodesHelpAction(HelpAction help)
    {
        ArgumentNullException.ThrowIfNull(help);
        _help = help;
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        int result = _help.Invoke(parseResult);
        TextWriter output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Exit codes:");
        foreach ((int code, string meaning) in ExitCodes.All)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {code,-5}{meaning}"));
        }

        output.WriteLine();
        output.WriteLine("Examples:");
        foreach ((string command, string meaning) in Examples)
        {
            output.WriteLine($"  {command,-46}{meaning}");
        }

        output.WriteLine();
        return result;
    }
}
