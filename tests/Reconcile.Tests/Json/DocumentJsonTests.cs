using System;
using System.Linq;
using Reconcile.Json;

namespace Reconcile.Tests.Json;

public sealed class DocumentJsonTests
{
    [Test]
    public void Deserialize_IdAndTextOnly_IsAllBody()
    {
        Document document = ReconcileJson.DeserializeDocuments("""[{"id": "a", "text": "title: not a header\n\nMore than 5 cats."}]""").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Source, Is.EqualTo(new Source("a")));
            Assert.That(document.BodyStart, Is.Zero);
            Assert.That(document.Text, Is.EqualTo("title: not a header\n\nMore than 5 cats."));
        }
    }

    [Test]
    public void Deserialize_AllFields_FillTheSource()
    {
        Document document = ReconcileJson.DeserializeDocuments("""
            [
              {
                "id": "wire-harbour",
                "title": "Arms trade breaks UN sanctions",
                "outlet": "Harbour Wire",
                "published": "2025-05-30",
                "url": "https://example.org/a",
                "text": "Body."
              }
            ]
            """).Single();
        Assert.That(document.Source, Is.EqualTo(new Source("wire-harbour")
        {
            Title = "Arms trade breaks UN sanctions",
            Outlet = "Harbour Wire",
            Published = new DateOnly(2025, 5, 30),
            Url = "https://example.org/a",
        }));
    }

    [Test]
    public void RoundTrip_Samples_KeepsSourcesAndBodies()
    {
        Document[] samples = SampleReport.Documents();
        string json = ReconcileJson.SerializeDocuments(samples);
        var back = ReconcileJson.DeserializeDocuments(json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(back.Select(d => d.Source), Is.EqualTo(samples.Select(d => d.Source with { Path = null })));
            Assert.That(back.Select(d => d.Text), Is.EqualTo(samples.Select(d => d.Text[d.BodyStart..])));
            Assert.That(ReconcileJson.SerializeDocuments(back), Is.EqualTo(json));
        }
    }

    [Test]
    public void RoundTrip_Samples_GivesTheSameVerdicts()
    {
        Document[] samples = SampleReport.Documents();
        var back = ReconcileJson.DeserializeDocuments(ReconcileJson.SerializeDocuments(samples));
        ReconciliationReport original = Reconciler.Default.Reconcile(samples);
        ReconciliationReport again = Reconciler.Default.Reconcile(back);
        Assert.That(again.Groups.Select(g => (g.Verdict, g.Explanation)), Is.EqualTo(original.Groups.Select(g => (g.Verdict, g.Explanation))));
    }

    [TestCase("{}", 1, "an array of documents", TestName = "{m}_NotAnArray")]
    [TestCase("[\n  {\"id\": \"a\"}\n]", 2, "'text' is missing", TestName = "{m}_NoText")]
    [TestCase("[\n  {\"id\": \"a\", \"text\": 5}\n]", 2, "'text' to be a string", TestName = "{m}_TextNotAString")]
    [TestCase("[\n  {\"id\": \"a\", \"text\": \"\"},\n  {\"id\": \"a\", \"text\": \"\"}\n]", 3, "'a' appears more than once", TestName = "{m}_DuplicateId")]
    [TestCase("[\n  {\"id\": \"a\",\n   \"published\": \"May 30\", \"text\": \"\"}\n]", 3, "'published' must be an ISO date", TestName = "{m}_BadPublished")]
    [TestCase("[\n  {\"id\": \"a\", \"text\": \"x\"\n]", 3, "malformed", TestName = "{m}_Malformed")]
    public void Deserialize_Invalid_ThrowsWithLine(string json, int line, string message)
    {
        var error = Assert.Throws<ReconcileJsonException>(() => ReconcileJson.DeserializeDocuments(json))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Does.Contain(message));
            Assert.That(error.Line, Is.EqualTo(line), error.Message);
            Assert.That(error.Position, Is.Positive);
        }
    }

    [Test]
    public void Deserialize_TypeNames_AreIgnored()
    {
        Document document = ReconcileJson.DeserializeDocuments(
            """[{"$type": "System.IO.FileInfo, System.IO.FileSystem", "id": "a", "text": "x"}]""").Single();
        Assert.That(document.Source.Id, Is.EqualTo("a"));
    }
}
