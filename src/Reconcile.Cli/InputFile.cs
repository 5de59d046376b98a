namespace Reconcile.Cli;

/// <summary>A file to read: the path as shown to the user and in the report, and where it is on disk.</summary>
/// <param name="DisplayPath">The path as the user named it, or a folder's file joined to the folder as named, with '/' separators.</param>
/// <param name="FullPath">The absolute path, used to read the file and to notice the same file named twice.</param>
internal sealed record InputFile(string DisplayPath, string FullPath)
{
    /// <summary>Gets a value indicating whether the file holds a JSON array of documents rather than one article.</summary>
    public bool IsDocumentArray => FullPath.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase);
}
