using System;
using System.IO;
using System.Linq;
using System.Text;
using Reconcile.Json;

namespace Reconcile.Tests.Reliability;

/// <summary>
/// Hostile input (issue 6): each gets a clear, typed error or a correct result, in time that grows with its size.
/// Sizes are scaled down where the full size would slow CI; docs/reliability.md lists the full-size figures.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [Test]
    public void Reconcile_OneMegabyteOfDigits_IsNoFigure()
    {
        ReconciliationReport report = HostileInput.Within(Generous, () => HostileInput.ReconcileOne(new string('7', 1_000_000)));
        Assert.That(report.Claims, Is.Empty);
    }

    [Test]
    public void Reconcile_OneMegabyteOfGroupedDigits_IsNoFigure()
    {
        ReconciliationReport report = HostileInput.Within(Generous, () => HostileInput.ReconcileOne(HostileInput.Repeat("1,000,", 1_000_000)));
        Assert.That(report.Claims, Is.Empty);
    }

    [Test]
    public void Reconcile_100000StackedHedges_GivesTheOneFigure()
    {
        string text = HostileInput.Repeat("more than ", 1_000_000) + "11,000 troops were sent.";
        ReconciliationReport report = HostileInput.Within(Generous, () => HostileInput.ReconcileOne(text));
        Claim troops = report.Claims.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(troops.Text, Does.EndWith("more than 11,000 troops"));
            Assert.That(troops.Value.Quantity.Hedge, Is.EqualTo(Hedge.MoreThan));
            Assert.That(troops.Value.Quantity.Value, Is.EqualTo(11_000));
        }
    }

    [Test]
    public void Reconcile_TwoMegabyteLineOfWords_HasNoClaims()
    {
        // Scaled down from the 10 MB line (10 MB: about 1 s in Release, docs/reliability.md).
        string text = HostileInput.Repeat("the troops were sent and ", 2_000_000);
        ReconciliationReport report = HostileInput.Within(Generous, () => HostileInput.ReconcileOne(text));
        Assert.That(report.Claims, Is.Empty);
    }

    [Test]
    public void Reconcile_LineDenseWithFigures_IsReadInBoundedSentences()
    {
        // 250 KB, one line, a figure every 36 characters and no full stop: before the sentence cap every claim
        // re-read the whole line, and 1 MB of this took 491 s.
        string text = HostileInput.Repeat("more than 11,000 troops since 2009, ", 250_000);
        ReconciliationReport report = HostileInput.Within(Generous, () => HostileInput.ReconcileOne(text));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Claims, Has.Count.GreaterThan(6_900));
            Assert.That(report.Claims.Where(c => c.Span.Slice(text) != c.Text), Is.Empty);
            Assert.That(report.Claims.Select(c => c.Sentence.Length), Is.All.LessThanOrEqualTo(1000));
        }
    }

    [Test]
    public void Reconcile_ManySentencesWithOneMeasure_GroupsInNearLinearTime()
    {
        // 12,000 figures of one measure in one article: the grouper's pair set used to hash neighbour pairs into a
        // few buckets, and 8,000 such sentences took 8.6 s.
        var text = new StringBuilder();
        for (int i = 0; i < 12_000; i++)
        {
            text.Append("More than ").Append(i * 7 + 3).Append(" troops were sent since ").Append(1900 + (i % 200)).Append(". ");
        }

        ReconciliationReport report = HostileInput.Within(Generous, () => HostileInput.ReconcileOne(text.ToString()));
        Assert.That(report.Claims, Has.Count.EqualTo(12_000));
    }

    [Test]
    public void Load_InvalidUtf8_IsATypedErrorWithLineAndColumn()
    {
        using var file = new ScratchFile([.. "title: T\n\nfirst line\nsecond "u8, 0xE2, 0x28, 0xA1, .. " rest\n"u8]);
        DocumentFormatException error = Assert.Throws<DocumentFormatException>(() => Document.Load(file.Path))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Line, Is.EqualTo(4));
            Assert.That(error.Column, Is.EqualTo(8));
            Assert.That(error.Message, Does.Contain("not valid UTF-8"));
        }
    }

    [Test]
    public void Load_TruncatedUtf8AtTheEnd_IsATypedError()
    {
        using var file = new ScratchFile([.. "More than 11,000 troops "u8, 0xF0, 0x9F]);
        DocumentFormatException error = Assert.Throws<DocumentFormatException>(() => Document.Load(file.Path))!;
        Assert.That((error.Line, error.Column), Is.EqualTo((1, 25)));
    }

    [Test]
    public void Load_BinaryFile_IsATypedError()
    {
        byte[] bytes = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. Enumerable.Range(0, 4096).Select(i => unchecked((byte)(i * 31)))];
        using var file = new ScratchFile(bytes);
        DocumentFormatException error = Assert.Throws<DocumentFormatException>(() => Document.Load(file.Path))!;
        Assert.That(error.Message, Does.Contain("binary"));
    }

    [Test]
    public void Load_BinaryWithoutNul_IsATypedError()
    {
        using var file = new ScratchFile([.. Enumerable.Range(0, 4096).Select(i => (byte)(0x80 + (i % 0x7F)))]);
        Assert.Throws<DocumentFormatException>(() => Document.Load(file.Path));
    }

    [Test]
    public void Load_EmptyFile_IsAnEmptyDocumentWithNoClaims()
    {
        using var file = new ScratchFile([]);
        Document document = Document.Load(file.Path);
        ReconciliationReport report = Reconciler.Default.Reconcile([document]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Text, Is.Empty);
            Assert.That(report.Sources, Has.Count.EqualTo(1));
            Assert.That(report.Claims, Is.Empty);
        }
    }

    [TestCase("title: Only a title")]
    [TestCase("title: Only a title\n")]
    [TestCase("title: T\r\noutlet: O\r\npublished: 2025-05-30\r\nurl: https://example.org\r\n\r\n")]
    public void Parse_HeaderOnly_HasAnEmptyBodyAndNoClaims(string text)
    {
        Document document = Document.Parse("a", text);
        ReconciliationReport report = Reconciler.Default.Reconcile([document]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Body.IsEmpty, Is.True);
            Assert.That(report.Claims, Is.Empty);
        }
    }

    [TestCase("title: T\noutlet: O\npublished: 2025-02-30\n\nBody.", 3, 12)]
    [TestCase("published:   30 May 2025\n\nBody.", 1, 14)]
    [TestCase("title: T\r\npublished: 2025-5-3\r\n\r\nBody.", 2, 12)]
    [TestCase("Published:\t2025-13-01\n\nBody.", 1, 12)]
    public void Parse_HeaderWithBadDate_IsATypedErrorWithLineAndColumn(string text, int line, int column)
    {
        DocumentFormatException error = Assert.Throws<DocumentFormatException>(() => Document.Parse("a", text))!;
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.Message);
    }

    [TestCase("[", "]")]
    [TestCase("{\"a\":", "}")]
    public void Json_DeeplyNested_IsATypedError_NotAStackOverflow(string open, string close)
    {
        string json = string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, 100_000));
        using (Assert.EnterMultipleScope())
        {
            ReconcileJsonException report = Assert.Throws<ReconcileJsonException>(() => ReconcileJson.Deserialize(json))!;
            ReconcileJsonException documents = Assert.Throws<ReconcileJsonException>(() => ReconcileJson.DeserializeDocuments(json))!;
            Assert.That(report.Message, Does.Contain("MaxDepth"));
            Assert.That((documents.Line, documents.Position), Is.EqualTo((1, (64 * open.Length) + 1)), "just past the 64th level");
        }
    }

    [Test]
    public void Json_TwentyThousandDocuments_AreRead()
    {
        var json = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"id\":\"d").Append(i).Append("\",\"published\":\"2025-05-30\",\"text\":\"More than ").Append(i).Append(" troops.\"}");
        }

        string text = json.Append(']').ToString();
        var documents = HostileInput.Within(Generous, () => ReconcileJson.DeserializeDocuments(text));
        Assert.That(documents, Has.Count.EqualTo(20_000));
    }

    [Test]
    public void Json_TenMegabyteString_IsRead()
    {
        string body = HostileInput.Repeat("More than 11,000 troops. ", 10_000_000);
        string text = "[{\"id\":\"big\",\"text\":\"" + body + "\"}]";
        Document document = HostileInput.Within(Generous, () => ReconcileJson.DeserializeDocuments(text)).Single();
        Assert.That(document.Text, Has.Length.EqualTo(body.Length));
    }

    [Test]
    public void Json_LargeReport_RoundTrips()
    {
        string text = HostileInput.Repeat("More than 11,000 troops were sent since 2009, officials said on Thursday. ", 300_000);
        ReconciliationReport report = Reconciler.Default.Reconcile([Document.Parse("big", "published: 2025-05-30\n\n" + text)]);
        string json = ReconcileJson.Serialize(report);
        ReconciliationReport again = HostileInput.Within(Generous, () => ReconcileJson.Deserialize(json));
        Assert.That(ReconcileJson.Serialize(again), Is.EqualTo(json));
    }

    /// <summary>A temporary file holding given bytes.</summary>
    private sealed class ScratchFile : IDisposable
    {
        public ScratchFile(byte[] bytes)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reconcile-hostile-" + Guid.NewGuid().ToString("N") + ".txt");
            File.WriteAllBytes(Path, bytes);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
