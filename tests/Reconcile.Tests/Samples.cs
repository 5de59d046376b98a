using System;
using System.IO;
using System.Linq;

namespace Reconcile.Tests;

/// <summary>The sample articles of docs/samples, copied beside the test assembly.</summary>
internal static class Samples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static Document[] Load()
        => [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(Document.Load)];
}
