using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Reconcile.Cli;

/// <summary>
/// Turns the paths on the command line into the files to read: a file is read whatever its extension; a
/// folder contributes its own <c>.txt</c>, <c>.md</c> and <c>.json</c> files (not those of its subfolders),
/// except a README. The result is sorted and free of repeats, so the same set of paths in any order reads
/// the same files in the same order.
/// </summary>
internal static class InputPaths
{
    private static readonly string[] FolderExtensions = [".txt", ".md", ".json"];

    /// <summary>Expands <paramref name="arguments"/>, resolving relative paths against <paramref name="workingDirectory"/>.</summary>
    /// <param name="arguments">The paths as typed.</param>
    /// <param name="workingDirectory">The directory relative paths start from.</param>
    /// <param name="problems">Receives a problem for each path that names nothing readable.</param>
    /// <returns>The files, ordered by display path, each full path once.</returns>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> arguments, string workingDirectory, ICollection<InputProblem> problems)
    {
        var files = new List<InputFile>();
        foreach (string argument in arguments)
        {
            string display = ToDisplay(argument);
            string full;
            try
            {
                full = Path.GetFullPath(argument, workingDirectory);
            }
            catch (ArgumentException)
            {
                problems.Add(new InputProblem(display.Length == 0 ? "\"\"" : display, "not a valid path."));
                continue;
            }

            if (File.Exists(full))
            {
                files.Add(new InputFile(display, full));
            }
            else if (Directory.Exists(full))
            {
                AddFolder(display, full, files, problems);
            }
            else
            {
                problems.Add(new InputProblem(display, "no such file or folder."));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return
        [
            .. files
                .OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
                .ThenBy(f => f.FullPath, StringComparer.Ordinal)
                .Where(f => seen.Add(f.FullPath)),
        ];
    }

    private static void AddFolder(string display, string full, List<InputFile> files, ICollection<InputProblem> problems)
    {
        string[] names;
        try
        {
            names = Directory.GetFiles(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(display, "the folder cannot be read: " + e.Message));
            return;
        }

        int before = files.Count;
        foreach (string path in names)
        {
            string name = Path.GetFileName(path);
            if (IsArticleFile(name))
            {
                files.Add(new InputFile(Join(display, name), path));
            }
        }

        if (files.Count == before)
        {
            problems.Add(new InputProblem(display, "the folder holds no .txt, .md or .json files."));
        }
    }

    // A README describes the folder; it is not an article. Naming it on the command line still reads it.
    private static bool IsArticleFile(string name)
        => FolderExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        && !Path.GetFileNameWithoutExtension(name).Equals("README", StringComparison.OrdinalIgnoreCase);

    private static string Join(string folder, string name)
        => folder.Length == 0 || folder.EndsWith('/') ? folder + name : folder + "/" + name;

    // Reports name files with '/' on every platform, so the same inputs give the same report everywhere.
    private static string ToDisplay(string argument)
        => Path.DirectorySeparatorChar == '\\' ? argument.Replace('\\', '/') : argument;
}
