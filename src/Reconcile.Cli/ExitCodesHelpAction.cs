using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;

namespace Reconcile.Cli;

/// <summary>Prints System.CommandLine's help, then an "Exit codes:" section, so scripts know what each code means.</summary>
internal sealed class ExitCodesHelpAction : SynchronousCommandLineAction
{
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
        return result;
    }
}
