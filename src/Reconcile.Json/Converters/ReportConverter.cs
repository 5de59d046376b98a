using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>
/// Converts a <see cref="ReconciliationReport"/> in the format of docs/report-format.md: <c>schemaVersion</c>,
/// <c>summary</c>, <c>sources</c>, <c>copies</c>, <c>sourceReliability</c>, then <c>groups</c> with their claims,
/// discrepancies and best-supported value, always in that key order, so equal reports give identical text.
/// </summary>
/// <remarks>
/// Claims name their source by id and discrepancies name their claims by id, so reading rebuilds one shared
/// <see cref="Source"/> and <see cref="Claim"/> object per id. <c>summary</c> and <c>sourceIds</c> are derived
/// and ignored when reading.
/// </remarks>
internal sealed class ReportConverter : ReconcileConverter<ReconciliationReport>
{
    /// <summary>The version of the format written; a reader refuses any other.</summary>
    public const int SchemaVersion = 1;

    private static readonly SourceConverter Sources = new();
    private static readonly SourceCopyConverter Copies = new();
    private static readonly TextSpanConverter Spans = new();
    private static readonly TimeScopeConverter Scopes = new();
    private static readonly ClaimValueConverter Values = new();
    private static readonly SupportedValueConverter Supported = new();
    private static readonly SourceReliabilityConverter Reliabilities = new();

    public override void Write(JsonWriter writer, ReconciliationReport value)
    {
        CheckWritable(value);
        writer.WriteStartObject();
        writer.WritePropertyName("schemaVersion");
        writer.WriteValue(SchemaVersion);
        WriteSummary(writer, value);
        writer.WritePropertyName("sources");
        writer.WriteStartArray();
        foreach (Source source in value.Sources)
        {
            Sources.Write(writer, source);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("copies");
        writer.WriteStartArray();
        foreach (SourceCopy copy in value.Copies)
        {
            Copies.Write(writer, copy);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("sourceReliability");
        writer.WriteStartArray();
        foreach (SourceReliability reliability in value.SourceReliabilities)
        {
            Reliabilities.Write(writer, reliability);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("groups");
        writer.WriteStartArray();
        foreach (ClaimGroup group in value.Groups)
        {
            WriteGroup(writer, group);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public override ReconciliationReport Read(JToken token)
    {
        JObject report = JsonFields.Object(token, "a report");
        JToken version = JsonFields.Required(report, "schemaVersion");
        // An integer beyond long is a BigInteger, which (long) refuses with OverflowException: match the value, not a cast.
        if (version is not JValue { Value: long number } || number != SchemaVersion)
        {
            throw JsonFields.Error(version, $"This is not a report in a format this version reads: schemaVersion must be {SchemaVersion}, found {version.ToString(Formatting.None)}.");
        }

        var sources = new List<Source>();
        var sourcesById = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (JToken item in JsonFields.RequiredArray(report, "sources"))
        {
            Source source = Sources.Read(item);
            if (!sourcesById.TryAdd(source.Id, source))
            {
                throw JsonFields.Error(item, $"The source id '{source.Id}' appears more than once.");
            }

            sources.Add(source);
        }

        var copies = new List<SourceCopy>();
        if (JsonFields.Optional(report, "copies") is { } copyList)
        {
            foreach (JToken item in JsonFields.Array(copyList, "'copies'"))
            {
                SourceCopy copy = Copies.Read(item);
                foreach (string id in (string[])[copy.FirstSourceId, copy.SecondSourceId])
                {
                    if (!sourcesById.ContainsKey(id))
                    {
                        throw JsonFields.Error(item, $"The copy names source '{id}', which is not listed in 'sources'.");
                    }
                }

                copies.Add(copy);
            }
        }

        var reliabilities = new List<SourceReliability>();
        if (JsonFields.Optional(report, "sourceReliability") is { } reliabilityList)
        {
            foreach (JToken item in JsonFields.Array(reliabilityList, "'sourceReliability'"))
            {
                SourceReliability reliability = Reliabilities.Read(item);
                if (!sourcesById.ContainsKey(reliability.SourceId))
                {
                    throw JsonFields.Error(item, $"The reliability names source '{reliability.SourceId}', which is not listed in 'sources'.");
                }

                reliabilities.Add(reliability);
            }
        }

        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<ClaimGroup>();
        foreach (JToken item in JsonFields.RequiredArray(report, "groups"))
        {
            groups.Add(ReadGroup(JsonFields.Object(item, "a group"), sourcesById, claimIds));
        }

        try
        {
            return new ReconciliationReport(sources, groups, copies, reliabilities);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(report, e.Message, e);
        }
    }

    // A report that names a claim's source or a discrepancy's claims ambiguously cannot be read back; refuse to write it.
    private static void CheckWritable(ReconciliationReport report)
    {
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (Source source in report.Sources)
        {
            if (!sourceIds.Add(source.Id))
            {
                throw new ArgumentException($"The report lists source '{source.Id}' twice, so its claims cannot name their source by id.", nameof(report));
            }
        }

        foreach (SourceCopy copy in report.Copies)
        {
            if (!sourceIds.Contains(copy.FirstSourceId) || !sourceIds.Contains(copy.SecondSourceId))
            {
                throw new ArgumentException($"The copy of '{copy.FirstSourceId}' and '{copy.SecondSourceId}' names a source that is not among the report's sources.", nameof(report));
            }
        }

        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (Claim claim in report.Claims)
        {
            if (claim.Id.Length == 0 || !claimIds.Add(claim.Id))
            {
                throw new ArgumentException($"Every claim needs a unique id to be written; \"{claim.Text}\" has {(claim.Id.Length == 0 ? "none" : "a duplicate id " + claim.Id)}.", nameof(report));
            }

            if (!sourceIds.Contains(claim.Source.Id))
            {
                throw new ArgumentException($"Claim {claim.Id} names source '{claim.Source.Id}', which is not among the report's sources.", nameof(report));
            }
        }
    }

    private static void WriteSummary(JsonWriter writer, ReconciliationReport report)
    {
        writer.WritePropertyName("summary");
        writer.WriteStartObject();
        writer.WritePropertyName("sources");
        writer.WriteValue(report.Sources.Count);
        writer.WritePropertyName("claims");
        writer.WriteValue(report.Claims.Count);
        writer.WritePropertyName("groups");
        writer.WriteValue(report.Groups.Count);
        writer.WritePropertyName("conflict");
        writer.WriteValue(report.Count(Verdict.Conflict));
        writer.WritePropertyName("scopeDiffers");
        writer.WriteValue(report.Count(Verdict.ScopeDiffers));
        writer.WritePropertyName("compatible");
        writer.WriteValue(report.Count(Verdict.Compatible));
        writer.WritePropertyName("agree");
        writer.WriteValue(report.Count(Verdict.Agree));
        writer.WritePropertyName("singleSource");
        writer.WriteValue(report.Count(Verdict.SingleSource));
        writer.WriteEndObject();
    }

    private static void WriteGroup(JsonWriter writer, ClaimGroup group)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(group.Id);
        writer.WritePropertyName("label");
        writer.WriteValue(group.Label);
        writer.WritePropertyName("status");
        writer.WriteValue(WireNames.Verdicts.Name(group.Verdict));
        writer.WritePropertyName("explanation");
        writer.WriteValue(group.Explanation);
        writer.WritePropertyName("sourceIds");
        writer.WriteStartArray();
        foreach (string id in group.SourceIds)
        {
            writer.WriteValue(id);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("independentSources");
        writer.WriteValue(group.IndependentSourceCount);
        writer.WritePropertyName("claims");
        writer.WriteStartArray();
        foreach (Claim claim in group.Claims)
        {
            WriteClaim(writer, claim);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("discrepancies");
        writer.WriteStartArray();
        foreach (Discrepancy discrepancy in group.Discrepancies)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("kind");
            writer.WriteValue(WireNames.DiscrepancyKinds.Name(discrepancy.Kind));
            writer.WritePropertyName("claims");
            writer.WriteStartArray();
            foreach (Claim claim in discrepancy.Claims)
            {
                writer.WriteValue(claim.Id);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("explanation");
            writer.WriteValue(discrepancy.Explanation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("supported");
        if (group.Supported is { } supported)
        {
            Supported.Write(writer, supported);
        }
        else
        {
            writer.WriteNull();
        }

        writer.WriteEndObject();
    }

    private static void WriteClaim(JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(claim.Id);
        writer.WritePropertyName("source");
        writer.WriteValue(claim.Source.Id);
        TextSpanConverter.WriteBounds(writer, claim.Span);
        writer.WritePropertyName("text");
        writer.WriteValue(claim.Text);
        writer.WritePropertyName("measure");
        writer.WriteValue(claim.Measure);
        writer.WritePropertyName("sentence");
        Spans.Write(writer, claim.Sentence);
        writer.WritePropertyName("scope");
        if (claim.Scope is { } scope)
        {
            Scopes.Write(writer, scope);
        }
        else
        {
            writer.WriteNull();
        }

        writer.WritePropertyName("value");
        Values.Write(writer, claim.Value);
        writer.WritePropertyName("attribution");
        writer.WriteValue(claim.Attribution);
        writer.WriteEndObject();
    }

    private static ClaimGroup ReadGroup(JObject group, Dictionary<string, Source> sources, HashSet<string> claimIds)
    {
        string id = JsonFields.RequiredString(group, "id");
        string label = JsonFields.RequiredString(group, "label");
        Verdict verdict = WireNames.Verdicts.Read(group, "status");
        string explanation = JsonFields.RequiredString(group, "explanation");
        int? independent = JsonFields.Optional(group, "independentSources") is null ? null : JsonFields.RequiredOffset(group, "independentSources");

        var claims = new List<Claim>();
        var claimsById = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (JToken item in JsonFields.RequiredArray(group, "claims"))
        {
            JObject claimObject = JsonFields.Object(item, "a claim");
            Claim claim = ReadClaim(claimObject, sources);
            if (!claimIds.Add(claim.Id))
            {
                throw JsonFields.Error(claimObject["id"]!, $"The claim id '{claim.Id}' appears more than once.");
            }

            claimsById.Add(claim.Id, claim);
            claims.Add(claim);
        }

        var discrepancies = new List<Discrepancy>();
        if (JsonFields.Optional(group, "discrepancies") is { } list)
        {
            foreach (JToken item in JsonFields.Array(list, "'discrepancies'"))
            {
                discrepancies.Add(ReadDiscrepancy(JsonFields.Object(item, "a discrepancy"), claimsById));
            }
        }

        SupportedValue? supported = JsonFields.Optional(group, "supported") is { } supportedToken ? Supported.Read(supportedToken) : null;
        try
        {
            return new ClaimGroup(id, label, claims, new GroupAssessment(verdict, discrepancies, explanation), independent, supported);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(group, e.Message, e);
        }
    }

    private static Claim ReadClaim(JObject claim, Dictionary<string, Source> sources)
    {
        string id = JsonFields.RequiredString(claim, "id");
        if (id.Length == 0)
        {
            throw JsonFields.Error(claim["id"]!, "A claim id may not be empty.");
        }

        JToken sourceToken = JsonFields.Required(claim, "source");
        string sourceId = JsonFields.String(sourceToken, "source");
        if (!sources.TryGetValue(sourceId, out Source? source))
        {
            throw JsonFields.Error(sourceToken, $"The claim names source '{sourceId}', which is not listed in 'sources'.");
        }

        TextSpan span = TextSpanConverter.ReadBounds(claim);
        string text = JsonFields.RequiredString(claim, "text");
        string measure = JsonFields.RequiredString(claim, "measure");
        TextSpan sentence = Spans.Read(JsonFields.Required(claim, "sentence"));
        TimeScope? scope = JsonFields.Optional(claim, "scope") is { } scopeToken ? Scopes.Read(scopeToken) : null;
        ClaimValue value = Values.Read(JsonFields.Required(claim, "value"));
        try
        {
            return new Claim(source, span, text, measure, value, scope, sentence) { Attribution = JsonFields.OptionalString(claim, "attribution") }.WithId(id);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(claim, e.Message, e);
        }
    }

    private static Discrepancy ReadDiscrepancy(JObject discrepancy, Dictionary<string, Claim> claimsById)
    {
        DiscrepancyKind kind = WireNames.DiscrepancyKinds.Read(discrepancy, "kind");
        var claims = new List<Claim>();
        foreach (JToken item in JsonFields.RequiredArray(discrepancy, "claims"))
        {
            string id = JsonFields.String(item, "claims");
            claims.Add(claimsById.TryGetValue(id, out Claim? claim)
                ? claim
                : throw JsonFields.Error(item, $"The discrepancy names claim '{id}', which is not in this group."));
        }

        string explanation = JsonFields.RequiredString(discrepancy, "explanation");
        try
        {
            return new Discrepancy(kind, claims, explanation);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(discrepancy, e.Message, e);
        }
    }
}
