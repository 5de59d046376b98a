using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Reconcile.Tests.Evaluation;

/// <summary>The verdict a careful reporter gives a fact, as gold.json spells it.</summary>
internal enum GoldVerdict
{
    Agree,
    Compatible,
    Conflict,
    ScopeDiffers,
    SingleSource,
}

/// <summary>
/// One claim of a gold fact: the exact words of one source. <see cref="Context"/>, when given, is a longer
/// passage of the same article that holds <see cref="Text"/> and pins down which occurrence is meant.
/// </summary>
internal sealed record GoldClaim(string Source, string Text, string? Context = null);

/// <summary>One fact of an event as a reporter reads it: the claims that state it and the verdict they deserve.</summary>
internal sealed record GoldFact(string Id, GoldVerdict Verdict, string? Note, IReadOnlyList<GoldClaim> Claims);

/// <summary>One event: its articles, its gold facts, and passages of page furniture whose figures must never count.</summary>
internal sealed record GoldEvent(string Name, IReadOnlyList<Document> Documents, IReadOnlyList<GoldFact> Facts, IReadOnlyList<GoldClaim> Furniture);

/// <summary>Loads the evaluation set: Evaluation/gold.json and Evaluation/Articles/&lt;event&gt;/*.txt, copied beside the test assembly.</summary>
internal static class EvaluationSet
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Evaluation");

    public static string ArticlesFolder => Path.Combine(Folder, "Articles");

    private static readonly Lazy<IReadOnlyList<GoldEvent>> Loaded = new(() => Load(Folder));

    /// <summary>Gets the evaluation set, read once per test run.</summary>
    public static IReadOnlyList<GoldEvent> Events => Loaded.Value;

    public static IReadOnlyList<GoldEvent> Load(string folder)
    {
        string json = File.ReadAllText(Path.Combine(folder, "gold.json"));
        return Parse(json, name => [.. Directory.GetFiles(Path.Combine(folder, "Articles", name), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(Document.Load)]);
    }

    /// <summary>Reads gold.json; <paramref name="documents"/> gives the articles of an event by its name.</summary>
    public static IReadOnlyList<GoldEvent> Parse(string json, Func<string, IReadOnlyList<Document>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using JsonDocument gold = JsonDocument.Parse(json);
        var events = new List<GoldEvent>();
        foreach (JsonElement e in gold.RootElement.GetProperty("events").EnumerateArray())
        {
            string name = e.GetProperty("event").GetString()!;
            var facts = new List<GoldFact>();
            foreach (JsonElement f in e.GetProperty("facts").EnumerateArray())
            {
                string? note = f.TryGetProperty("note", out JsonElement n) ? n.GetString() : null;
                facts.Add(new GoldFact(f.GetProperty("id").GetString()!, ParseVerdict(f.GetProperty("verdict").GetString()!), note, Claims(f.GetProperty("claims"))));
            }

            IReadOnlyList<GoldClaim> furniture = e.TryGetProperty("furniture", out JsonElement furnitureElement) ? Claims(furnitureElement) : [];
            events.Add(new GoldEvent(name, documents(name), facts, furniture));
        }

        return events;
    }

    public static GoldVerdict ParseVerdict(string verdict) => verdict switch
    {
        "agree" => GoldVerdict.Agree,
        "compatible" => GoldVerdict.Compatible,
        "conflict" => GoldVerdict.Conflict,
        "scope_differs" => GoldVerdict.ScopeDiffers,
        "single_source" => GoldVerdict.SingleSource,
        _ => throw new InvalidDataException($"Unknown verdict '{verdict}' in gold.json: use agree, compatible, conflict, scope_differs or single_source."),
    };

    /// <summary>
    /// Finds a gold claim's words in its article's body: <see cref="GoldClaim.Context"/> (or the text itself)
    /// must occur exactly once after the header, so that a claim means one place in the article.
    /// </summary>
    public static bool TryLocate(Document document, GoldClaim claim, out TextSpan span, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(claim);
        span = default;
        string pin = claim.Context ?? claim.Text;
        int within = pin.IndexOf(claim.Text, StringComparison.Ordinal);
        if (claim.Text.Length == 0 || within < 0)
        {
            problem = $"the context \"{pin}\" does not hold the text \"{claim.Text}\"";
            return false;
        }

        int at = document.Text.IndexOf(pin, document.BodyStart, StringComparison.Ordinal);
        if (at < 0)
        {
            problem = $"\"{pin}\" is not in the body of {document.Source.Id}";
            return false;
        }

        if (document.Text.IndexOf(pin, at + 1, StringComparison.Ordinal) >= 0)
        {
            problem = $"\"{pin}\" occurs more than once in {document.Source.Id}: give a context that occurs once";
            return false;
        }

        span = new TextSpan(at + within, claim.Text.Length);
        problem = null;
        return true;
    }

    public static TextSpan Locate(Document document, GoldClaim claim)
        => TryLocate(document, claim, out TextSpan span, out string? problem) ? span : throw new InvalidDataException(problem);

    private static List<GoldClaim> Claims(JsonElement array)
    {
        var claims = new List<GoldClaim>();
        foreach (JsonElement c in array.EnumerateArray())
        {
            string? context = c.TryGetProperty("context", out JsonElement x) ? x.GetString() : null;
            claims.Add(new GoldClaim(c.GetProperty("source").GetString()!, c.GetProperty("text").GetString()!, context));
        }

        return claims;
    }
}
