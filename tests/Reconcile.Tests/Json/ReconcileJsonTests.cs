using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Reconcile.Json;

namespace Reconcile.Tests.Json;

public sealed class ReconcileJsonTests
{
    private const string MinimalReport = """{"schemaVersion": 1, "sources": [], "groups": []}""";

    [Test]
    public Task Samples_Report() => Verify(ReconcileJson.Serialize(SampleReport.Reconcile()), "json");

    [Test]
    public void Samples_RoundTrip_IsByteIdentical()
    {
        string json = ReconcileJson.Serialize(SampleReport.Reconcile());
        Assert.That(ReconcileJson.Serialize(ReconcileJson.Deserialize(json)), Is.EqualTo(json));
    }

    [Test]
    public void Samples_RoundTrip_RebuildsAnEqualReport()
    {
        ReconciliationReport original = SampleReport.Reconcile();
        ReconciliationReport back = ReconcileJson.Deserialize(ReconcileJson.Serialize(original));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(back.ToString(), Is.EqualTo(original.ToString()));
            Assert.That(back.Sources, Is.EqualTo(original.Sources));
            Assert.That(back.Groups.Select(g => (g.Id, g.Label, g.Verdict, g.Explanation)), Is.EqualTo(original.Groups.Select(g => (g.Id, g.Label, g.Verdict, g.Explanation))));
            Assert.That(back.Claims.Select(Describe), Is.EqualTo(original.Claims.Select(Describe)));
            Assert.That(back.Claims.Select(c => c.Value), Is.EqualTo(original.Claims.Select(c => c.Value)));
            Assert.That(back.Claims.Select(c => c.Scope), Is.EqualTo(original.Claims.Select(c => c.Scope)));
            Assert.That(back.Claims.Select(c => c.Attribution), Is.EqualTo(original.Claims.Select(c => c.Attribution)));
            Assert.That(original.Claims.Count(c => c.Attribution is not null), Is.GreaterThan(0));
            Assert.That(
                back.Groups.SelectMany(g => g.Discrepancies).Select(d => (d.Kind, d.Explanation, string.Join(",", d.Claims.Select(c => c.Id)))),
                Is.EqualTo(original.Groups.SelectMany(g => g.Discrepancies).Select(d => (d.Kind, d.Explanation, string.Join(",", d.Claims.Select(c => c.Id))))));
        }
    }

    [Test]
    public void Deserialize_ReportWithoutAttributions_ReadsThemAsNone()
    {
        // Reports written before claims carried an attribution have no such key.
        Newtonsoft.Json.Linq.JObject json = Newtonsoft.Json.Linq.JObject.Parse(ReconcileJson.Serialize(SampleReport.Reconcile()));
        foreach (Newtonsoft.Json.Linq.JObject claim in json.SelectTokens("$.groups[*].claims[*]").Cast<Newtonsoft.Json.Linq.JObject>())
        {
            claim.Remove("attribution");
        }

        ReconciliationReport back = ReconcileJson.Deserialize(json.ToString());
        Assert.That(back.Claims.Select(c => c.Attribution), Is.All.Null);
    }

    [Test]
    public void Deserialize_SharesOneSourceAndOneClaimObjectPerId()
    {
        ReconciliationReport back = ReconcileJson.Deserialize(ReconcileJson.Serialize(SampleReport.Reconcile()));
        Assert.That(back.Groups.Any(g => g.Discrepancies.Count > 0), "the samples should hold a discrepancy");
        using (Assert.EnterMultipleScope())
        {
            foreach (ClaimGroup group in back.Groups)
            {
                foreach (Claim claim in group.Claims)
                {
                    Assert.That(claim.Source, Is.SameAs(back.Sources.Single(s => s.Id == claim.Source.Id)));
                }

                foreach (Claim claim in group.Discrepancies.SelectMany(d => d.Claims))
                {
                    Assert.That(group.Claims, Has.Some.SameAs(claim));
                }
            }
        }
    }

    [Test]
    public void Serialize_DocumentOrder_DoesNotChangeTheBytes()
    {
        Document[] documents = SampleReport.Documents();
        string forward = ReconcileJson.Serialize(Reconciler.Default.Reconcile(documents));
        string backward = ReconcileJson.Serialize(Reconciler.Default.Reconcile(documents.Reverse()));
        Assert.That(backward, Is.EqualTo(forward));
    }

    [Test]
    public void Serialize_UsesLineFeedsOnly_AndNoTrailingLineEnd()
    {
        string json = ReconcileJson.Serialize(SampleReport.Reconcile());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json, Does.Not.Contain("\r"));
            Assert.That(json, Does.StartWith("{\n  \"schemaVersion\": 1,\n  \"summary\": {"));
            Assert.That(json, Does.EndWith("\n}"));
        }
    }

    [Test]
    public void JsonConvert_WithConfiguredSettings_MatchesReconcileJson()
    {
        ReconciliationReport report = SampleReport.Reconcile();
        JsonSerializerSettings settings = new JsonSerializerSettings { Formatting = Formatting.Indented }.ConfigureForReconcile();
        string viaSettings = JsonConvert.SerializeObject(report, settings).ReplaceLineEndings("\n");
        ReconciliationReport back = JsonConvert.DeserializeObject<ReconciliationReport>(viaSettings, settings)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(viaSettings, Is.EqualTo(ReconcileJson.Serialize(report)));
            Assert.That(ReconcileJson.Serialize(back), Is.EqualTo(viaSettings));
        }
    }

    [Test]
    public void Deserialize_Minimal_GivesAnEmptyReport()
    {
        ReconciliationReport report = ReconcileJson.Deserialize(MinimalReport);
        Assert.That((report.Sources.Count, report.Groups.Count, report.Claims.Count), Is.EqualTo((0, 0, 0)));
    }

    [TestCase("", 0, TestName = "{m}_Empty")]
    [TestCase("{\"schemaVersion\": 1,\n  \"sources\": [", 2, TestName = "{m}_Truncated")]
    [TestCase("{\n  \"schemaVersion\": 1,\n  \"sources\": []\n  \"groups\": []\n}", 4, TestName = "{m}_MissingComma")]
    [TestCase("{\n  \"schemaVersion\": 1,\n  \"sources\": [],\n  \"groups\": [],\n}\n{}", 6, TestName = "{m}_TrailingContent")]
    [TestCase("{\n  \"schemaVersion\": 1,\n  \"sources\": [],\n  \"sources\": [],\n  \"groups\": []\n}", 4, TestName = "{m}_DuplicateKey")]
    [TestCase("{\n  \"schemaVersion\": 1,\n  \"sources\": [],\n  \"groups\": [ 'single' ]\n}", 4, TestName = "{m}_NotAGroup")]
    public void Deserialize_Malformed_ThrowsWithLineAndPosition(string json, int line)
    {
        var error = Assert.Throws<ReconcileJsonException>(() => ReconcileJson.Deserialize(json))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Line, Is.EqualTo(line), error.Message);
            Assert.That(error.Position, line == 0 ? Is.Zero : Is.Positive, error.Message);
            Assert.That(error, Is.InstanceOf<ReconcileException>());
        }
    }

    [Test]
    public void Deserialize_MalformedSyntax_WrapsTheReaderError()
    {
        var error = Assert.Throws<ReconcileJsonException>(() => ReconcileJson.Deserialize("{\"schemaVersion\": 1, \"sources\": [}"))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.InnerException, Is.InstanceOf<JsonReaderException>());
            Assert.That(error.Message, Does.StartWith("(1,").And.Contain("The JSON is malformed"));
            Assert.That(error.Line, Is.EqualTo(1));
        }
    }

    [TestCase(2)]
    [TestCase(0)]
    public void Deserialize_OtherSchemaVersion_Throws(int version)
        => Assert.That(
            () => ReconcileJson.Deserialize($$"""{"schemaVersion": {{version}}, "sources": [], "groups": []}"""),
            Throws.TypeOf<ReconcileJsonException>().With.Message.Contain("schemaVersion must be 1"));

    // Found by fuzzing (tests/fuzz.sh json): an integer beyond long made the version check throw OverflowException.
    [TestCase("9223372036854775808")]
    [TestCase("-9223372036854775809")]
    [TestCase("123456789012345678901234567890")]
    public void Deserialize_SchemaVersionBeyondLong_ThrowsReconcileJsonException(string version)
        => Assert.That(
            () => ReconcileJson.Deserialize($$"""{"schemaVersion": {{version}}, "sources": [], "groups": []}"""),
            Throws.TypeOf<ReconcileJsonException>().With.Message.Contain("schemaVersion must be 1"));

    [TestCase("9223372036854775808", "start")]
    [TestCase("1e400", "value")]
    public void Deserialize_NumberBeyondItsType_ThrowsReconcileJsonException(string number, string key)
    {
        string json = ReconcileJson.Serialize(SampleReport.Reconcile());
        string target = key == "start" ? "\"start\": " : "\"value\": 11000";
        int at = json.IndexOf(target, StringComparison.Ordinal);
        string replaced = key == "start"
            ? json[..(at + target.Length)] + number + json[json.IndexOf(',', at)..]
            : json[..at] + "\"value\": " + number + json[(at + target.Length)..];
        Assert.That(() => ReconcileJson.Deserialize(replaced), Throws.TypeOf<ReconcileJsonException>());
    }

    [Test]
    public void Deserialize_HugeIntegerFigure_ThrowsReconcileJsonException()
    {
        string json = ReconcileJson.Serialize(SampleReport.Reconcile());
        string huge = json.Replace("\"value\": 11000,", "\"value\": 1" + new string('0', 400) + ",", StringComparison.Ordinal);
        Assert.That(() => ReconcileJson.Deserialize(huge), Throws.TypeOf<ReconcileJsonException>());
    }

    [Test]
    public void Deserialize_DeepNesting_IsRejectedCleanly()
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);
        string nestedInReport = "{\"schemaVersion\": 1, \"sources\": [], \"groups\": [], \"extra\": " + new string('[', 70) + new string(']', 70) + "}";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => ReconcileJson.Deserialize(deep), Throws.TypeOf<ReconcileJsonException>().With.Message.Contain("MaxDepth"));
            Assert.That(() => ReconcileJson.Deserialize(nestedInReport), Throws.TypeOf<ReconcileJsonException>().With.Message.Contain("MaxDepth"));
            Assert.That(() => ReconcileJson.DeserializeDocuments(deep), Throws.TypeOf<ReconcileJsonException>().With.Message.Contain("MaxDepth"));
        }
    }

    [Test]
    public void Deserialize_TypeNames_AreIgnored()
    {
        // A gadget type name anywhere must be plain data: never looked up, never instantiated.
        const string Gadget = "\"$type\": \"System.IO.FileInfo, System.IO.FileSystem\", ";
        string json = ReconcileJson.Serialize(SampleReport.Reconcile());
        string tampered = json
            .Replace("{\n  \"schemaVersion\"", "{ " + Gadget + "\n  \"schemaVersion\"", StringComparison.Ordinal)
            .Replace("\"value\": {", "\"value\": { " + Gadget, StringComparison.Ordinal)
            .Replace("\"unit\": {", "\"unit\": { " + Gadget, StringComparison.Ordinal);
        Assert.That(tampered, Does.Contain("$type"));

        var lenient = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }.ConfigureForReconcile();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ReconcileJson.Serialize(ReconcileJson.Deserialize(tampered)), Is.EqualTo(json));
            Assert.That(ReconcileJson.Serialize(JsonConvert.DeserializeObject<ReconciliationReport>(tampered, lenient)!), Is.EqualTo(json));
        }
    }

    [Test]
    public void Deserialize_ClaimOfUnknownSource_PointsAtIt()
    {
        string json = ReconcileJson.Serialize(ReportFormatTests.ExampleReport())
            .Replace("\"source\": \"wire-edited\"", "\"source\": \"nobody\"", StringComparison.Ordinal);
        int line = json.Split('\n').ToList().FindIndex(l => l.Contains("\"nobody\"", StringComparison.Ordinal)) + 1;
        var error = Assert.Throws<ReconcileJsonException>(() => ReconcileJson.Deserialize(json))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Does.Contain("'nobody', which is not listed in 'sources'"));
            Assert.That(error.Line, Is.EqualTo(line));
            Assert.That(error.JsonPath, Does.StartWith("groups[0].claims["));
        }
    }

    [Test]
    public void Deserialize_ClaimTextThatDoesNotFitItsOffsets_Throws()
    {
        string json = ReconcileJson.Serialize(ReportFormatTests.ExampleReport())
            .Replace("\"text\": \"More than 11,000 troops\"", "\"text\": \"More than 11,000\"", StringComparison.Ordinal);
        Assert.That(
            () => ReconcileJson.Deserialize(json),
            Throws.TypeOf<ReconcileJsonException>().With.Message.Contain("exactly the text at its span"));
    }

    [Test]
    public void Deserialize_DiscrepancyNamingAnotherGroupsClaim_Throws()
    {
        string json = ReconcileJson.Serialize(ReportFormatTests.ExampleReport())
            .Replace("\"wire-edited/1\"\n", "\"wire-harbour/2\"\n", StringComparison.Ordinal);
        Assert.That(
            () => ReconcileJson.Deserialize(json),
            Throws.TypeOf<ReconcileJsonException>().With.Message.Contain("'wire-harbour/2', which is not in this group"));
    }

    [Test]
    public void Serialize_ClaimWithoutId_IsRefused()
    {
        var source = new Source("a");
        var claim = new Claim(source, new TextSpan(0, 2), "29", "pages", ClaimValue.FromQuantity(new Quantity(29, Hedge.None, Unit.Count)));
        var group = new ClaimGroup("g1", "pages", [claim], new GroupAssessment(Verdict.SingleSource, [], "Only a says so."));
        Assert.That(
            () => ReconcileJson.Serialize(new ReconciliationReport([source], [group])),
            Throws.ArgumentException.With.Message.Contain("unique id"));
    }

    [Test]
    public void Serialize_ClaimWhoseSourceIsNotListed_IsRefused()
    {
        var claim = new Claim(new Source("a"), new TextSpan(0, 2), "29", "pages", ClaimValue.FromQuantity(new Quantity(29, Hedge.None, Unit.Count))).WithId("a/1");
        var group = new ClaimGroup("g1", "pages", [claim], new GroupAssessment(Verdict.SingleSource, [], "Only a says so."));
        Assert.That(
            () => ReconcileJson.Serialize(new ReconciliationReport([new Source("b")], [group])),
            Throws.ArgumentException.With.Message.Contain("not among the report's sources"));
    }

    private static string Describe(Claim c)
        => $"{c.Id}|{c.Source.Id}|{c.Span}|{c.Text}|{c.Measure}|{c.Sentence}|{c.Scope?.Text}|{c.Scope?.Range}|{c.Value.Kind}|{c.Value}";
}
