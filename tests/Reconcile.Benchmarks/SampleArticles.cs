using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Reconcile.Benchmarks;

/// <summary>The articles of docs/samples, embedded in this assembly.</summary>
internal static class SampleArticles
{
    public static Document[] Load()
    {
        var assembly = typeof(SampleArticles).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("samples/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using Stream stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return Document.Parse(Path.GetFileNameWithoutExtension(name), reader.ReadToEnd(), name);
            })];
    }

    /// <summary>The samples' total size in UTF-8 bytes, for throughput.</summary>
    public static long Bytes(Document[] documents) => documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
}
