using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Reconcile;

/// <summary>
/// One article as it arrived: its <see cref="Source"/> and its full text. Claims point into
/// <see cref="Text"/> by UTF-16 offsets, so the text is kept exactly as read, header included.
/// </summary>
/// <remarks>
/// <para>A file may start with header lines <c>title:</c>, <c>outlet:</c>, <c>published:</c> (an ISO date,
/// <c>yyyy-MM-dd</c>) and <c>url:</c>, in any order, ended by a blank line. A file whose first line is not
/// a header line has no header and is all body.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public sealed class Document
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Initializes a document whose text is all body (no header is looked for).</summary>
    /// <param name="source">Where the text comes from.</param>
    /// <param name="text">The article text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    public Document(Source source, string text)
        : this(source, text, 0)
    {
    }

    private Document(Source source, string text, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        Source = source;
        Text = text;
        BodyStart = bodyStart;
    }

    /// <summary>Gets where the document comes from.</summary>
    public Source Source { get; }

    /// <summary>Gets the full text as read, header included; claim offsets point into it.</summary>
    public string Text { get; }

    /// <summary>Gets the offset in <see cref="Text"/> where the body starts, just after the header and its blank line.</summary>
    public int BodyStart { get; }

    /// <summary>Gets the span of the body within <see cref="Text"/>.</summary>
    public TextSpan Body => TextSpan.FromBounds(BodyStart, Text.Length);

    /// <summary>Reads a document from text that may start with a header.</summary>
    /// <param name="id">The source id, for example the file name without extension.</param>
    /// <param name="text">The text as read.</param>
    /// <param name="path">The path the text was read from, if any.</param>
    /// <returns>The document, with the header's fields on its <see cref="Source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid source id.</exception>
    /// <exception cref="DocumentFormatException">A header field is malformed, such as a <c>published:</c> value that is not a date.</exception>
    public static Document Parse(string id, string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var source = new Source(id) { Path = path };
        int bodyStart = DocumentHeader.Read(text, ref source);
        return new Document(source, text, bodyStart);
    }

    /// <summary>Reads a document from a UTF-8 file; its source id is the file name without extension.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DocumentFormatException">The file is not valid UTF-8 text, or its header is malformed.</exception>
    public static Document Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string id = System.IO.Path.GetFileNameWithoutExtension(path);
        byte[] bytes = File.ReadAllBytes(path);
        return Parse(id, Decode(id, bytes), path);
    }

    internal static string Decode(string id, byte[] bytes)
    {
        ReadOnlySpan<byte> data = bytes;
        if (data.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
        }

        if (data.IndexOf((byte)0) >= 0)
        {
            throw new DocumentFormatException(id, 1, 1, "The file holds NUL bytes: it looks like a binary file, not an article.");
        }

        try
        {
            return StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException e)
        {
            int index = e.Index < 0 ? 0 : e.Index;
            (int line, int column) = LineColumn(data[..Math.Min(index, data.Length)]);
            throw new DocumentFormatException(id, line, column, "The file is not valid UTF-8 text.");
        }
    }

    private static (int Line, int Column) LineColumn(ReadOnlySpan<byte> before)
    {
        int line = 1 + before.Count((byte)'\n');
        int lastBreak = before.LastIndexOf((byte)'\n');
        return (line, before.Length - lastBreak);
    }

    /// <summary>Returns the source id and the length of the text.</summary>
    /// <returns>A short description for debugging.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source.Id} ({Text.Length} chars)");
}
