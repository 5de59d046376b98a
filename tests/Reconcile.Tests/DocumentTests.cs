using System;
using System.IO;
using System.Text;

namespace Reconcile.Tests;

public sealed class DocumentTests
{
    [Test]
    public void Parse_Header_FillsSourceAndStartsBodyAfterBlankLine()
    {
        const string text = "title: Troops sent\noutlet: Harbour Wire\npublished: 2025-05-30\nurl: https://example.org/a\n\nBody starts here.";
        Document document = Document.Parse("a", text);
        Assert.Multiple(() =>
        {
            Assert.That(document.Source.Title, Is.EqualTo("Troops sent"));
            Assert.That(document.Source.Outlet, Is.EqualTo("Harbour Wire"));
            Assert.That(document.Source.Published, Is.EqualTo(new DateOnly(2025, 5, 30)));
            Assert.That(document.Source.Url, Is.EqualTo("https://example.org/a"));
            Assert.That(document.Body.Slice(document.Text), Is.EqualTo("Body starts here."));
            Assert.That(document.Text, Is.EqualTo(text), "the text is kept as read");
        });
    }

    [Test]
    public void Parse_NoHeader_IsAllBody()
    {
        Document document = Document.Parse("a", "Seoul: officials said on Thursday.\nMore.");
        Assert.Multiple(() =>
        {
            Assert.That(document.BodyStart, Is.Zero);
            Assert.That(document.Source.Title, Is.Null);
        });
    }

    [Test]
    public void Parse_BadPublishedDate_ThrowsWithLineAndColumn()
    {
        var error = Assert.Throws<DocumentFormatException>(() => Document.Parse("a", "title: T\npublished: 30/05/2025\n\nBody."));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Line, Is.EqualTo(2));
            Assert.That(error.Column, Is.EqualTo(12));
            Assert.That(error.SourceId, Is.EqualTo("a"));
            Assert.That(error.Message, Does.Contain("a(2,12)").And.Contain("30/05/2025"));
        });
    }

    [Test]
    public void Parse_HeaderOnly_HasEmptyBody()
    {
        Document document = Document.Parse("a", "title: Only a title\n");
        Assert.That(document.Body.IsEmpty, Is.True);
    }

    [Test]
    public void Load_InvalidUtf8_ThrowsDocumentFormatException()
    {
        string path = Path.Combine(Path.GetTempPath(), "reconcile-invalid-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("Fine line.\nBad "), 0xC3, 0x28, (byte)'.']);
        try
        {
            var error = Assert.Throws<DocumentFormatException>(() => Document.Load(path));
            Assert.That(error!.Line, Is.EqualTo(2));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_BinaryFile_ThrowsDocumentFormatException()
    {
        string path = Path.Combine(Path.GetTempPath(), "reconcile-binary-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, [0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 1]);
        try
        {
            Assert.Throws<DocumentFormatException>(() => Document.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_IdIsFileNameWithoutExtension()
    {
        string path = Path.Combine(Path.GetTempPath(), "000_abc.txt");
        File.WriteAllText(path, "Nothing here.");
        try
        {
            Assert.That(Document.Load(path).Source.Id, Is.EqualTo("000_abc"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Source_PaddedId_Throws() => Assert.Throws<ArgumentException>(() => _ = new Source(" a"));

    [Test]
    public void Source_With_StillValidates() => Assert.Throws<ArgumentException>(() => _ = new Source("a") with { Id = "" });
}
