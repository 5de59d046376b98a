using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Reconcile.Json;

namespace Reconcile.Cli;

/// <summary>
/// Reads input files into documents: a <c>.json</c> file as an array of documents, any other file as one
/// article with an optional header. A file that cannot be read becomes an <see cref="InputProblem"/>; the
/// others are still read.
/// </summary>
internal static class DocumentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="files"/> in order. A source id already taken by an earlier file is a problem, not a second document.</summary>
    /// <param name="files">The files, in the order to read them.</param>
    /// <param name="problems">Receives one problem per file that cannot be read.</param>
    /// <param name="cancellationToken">Stops reading between files.</param>
    /// <param name="progress">Told how many files have been read, of how many, or <see langword="null"/>.</param>
    /// <returns>The documents read; each source's path is the file's display path.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<Document> Load(IReadOnlyList<InputFile> files, ICollection<InputProblem> problems, CancellationToken cancellationToken, Action<int, int>? progress = null)
    {
        var documents = new List<Document>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        int done = 0;
        foreach (InputFile file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Invoke(done++, files.Count);
            List<Document>? read = TryRead(file, problems);
            if (read is null)
            {
                continue;
            }

            string? clash = null;
            foreach (Document document in read)
            {
                if (owners.TryGetValue(document.Source.Id, out string? owner))
                {
                    clash = $"the source id '{document.Source.Id}' is already taken by {owner}; source ids must be unique, so rename one of them.";
                    break;
                }
            }

            if (clash is not null)
            {
                problems.Add(new InputProblem(file.DisplayPath, clash));
                continue;
            }

            foreach (Document document in read)
            {
                owners.Add(document.Source.Id, file.DisplayPath);
                documents.Add(document);
            }
        }

        progress?.Invoke(files.Count, files.Count);
        return documents;
    }

    private static List<Document>? TryRead(InputFile file, ICollection<InputProblem> problems)
    {
        try
        {
            return file.IsDocumentArray ? ReadDocumentArray(file) : [ReadArticle(file)];
        }
        catch (DocumentFormatException e)
        {
            problems.Add(new InputProblem(file.DisplayPath, WithoutPlace(e.Message, e.SourceId, e.Line, e.Column), e.Line, e.Column));
        }
        catch (ReconcileJsonException e)
        {
            problems.Add(new InputProblem(file.DisplayPath, WithoutPlace(e.Message, string.Empty, e.Line, e.Position), e.Line, e.Position));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(file.DisplayPath, "cannot be read: " + e.Message));
        }
        catch (ArgumentException e)
        {
            // The file name is not a valid source id (for example it starts with a space).
            problems.Add(new InputProblem(file.DisplayPath, "cannot be used as a source: " + e.Message));
        }

        return null;
    }

    private static Document ReadArticle(InputFile file)
    {
        Document loaded = Document.Load(file.FullPath);

        // Re-read the same text so the source's path is the one the user typed, not the absolute one.
        return Document.Parse(loaded.Source.Id, loaded.Text, file.DisplayPath);
    }

    private static List<Document> ReadDocumentArray(InputFile file)
    {
        byte[] bytes = File.ReadAllBytes(file.FullPath);
        ReadOnlySpan<byte> data = bytes;
        if (data.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
        }

        string json;
        try
        {
            json = StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            throw new ReconcileJsonException("The file is not valid UTF-8 text.");
        }

        var documents = new List<Document>();
        foreach (Document document in ReconcileJson.DeserializeDocuments(json))
        {
            documents.Add(new Document(document.Source with { Path = file.DisplayPath }, document.Text));
        }

        return documents;
    }

    // The exceptions put "id(line,column): " or "(line,column): " before the problem; the CLI prints the place itself.
    private static string WithoutPlace(string message, string? sourceId, int line, int column)
    {
        string prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sourceId}({line},{column}): ");
        return line > 0 && message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }
}
