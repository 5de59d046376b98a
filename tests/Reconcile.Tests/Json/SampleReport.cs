using System;
using System.IO;
using System.Linq;

namespace Reconcile.Tests.Json;

/// <summary>The sample articles with the paths a user in the repository root would give, so reports hold no machine-specific path.</summary>
internal static class SampleReport
{
    public static Document[] Documents()
        => [.. Directory.GetFiles(Samples.Folder, "*.txt").Order(StringComparer.Ordinal).Select(Relative)];

    public static ReconciliationReport Reconcile() => Reconciler.Default.Reconcile(Documents());

    private static Document Relative(string path)
    {
        Document loaded = Document.Load(path);
        return Document.Parse(loaded.Source.Id, loaded.Text, "docs/samples/" + Path.GetFileName(path));
    }
}
