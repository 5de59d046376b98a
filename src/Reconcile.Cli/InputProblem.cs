using System.Globalization;

namespace Reconcile.Cli;

/// <summary>An input that could not be read, reported on standard error as <c>path(line,column): error: message</c>.</summary>
/// <param name="Path">The input as the user named it (or a folder's file, joined to the folder as named).</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
/// <param name="Line">The 1-based line of the problem, or 0 when it concerns the whole input.</param>
/// <param name="Column">The 1-based column of the problem, or 0 when unknown.</param>
internal sealed record InputProblem(string Path, string Message, int Line = 0, int Column = 0)
{
    /// <summary>Formats the problem the way compilers do, so editors can jump to it.</summary>
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): error: {Message}")
        : $"{Path}: error: {Message}";
}
