using System;
using System.IO;
using System.Text;

namespace Reconcile.Tests.Cli;

/// <summary>A scratch folder for one test; the command runs inside it with relative paths, so no temp path reaches its output.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("reconcile-cli-").FullName;
    }

    public string Path { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string CopySample(string name, string? relativePath = null)
        => WriteBytes(relativePath ?? name, File.ReadAllBytes(System.IO.Path.Combine(Samples.Folder, name)));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
