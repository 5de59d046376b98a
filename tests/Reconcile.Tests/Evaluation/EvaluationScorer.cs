using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Reconcile.Tests.Evaluation;

/// <summary>Counts behind the figures, for one event or summed over all.</summary>
internal sealed class Tally
{
    public int GoldClaims { get; set; }

    public int MatchedClaims { get; set; }

    public int ExactClaims { get; set; }

    public int GoldPairs { get; set; }

    public int LibraryPairs { get; set; }

    public int SharedPairs { get; set; }

    public int ConflictFacts { get; set; }

    public int ConflictFactsFound { get; set; }

    public int LibraryConflicts { get; set; }

    public int LibraryConflictsTrue { get; set; }

    public int JudgedFacts { get; set; }

    public int RightVerdicts { get; set; }

    public int FurnitureLeaks { get; set; }

    public double ExtractionRecall => Ratio(MatchedClaims, GoldClaims);

    public double PairPrecision => Ratio(SharedPairs, LibraryPairs);

    public double PairRecall => Ratio(SharedPairs, GoldPairs);

    public double ConflictPrecision => Ratio(LibraryConflictsTrue, LibraryConflicts);

    public double ConflictRecall => Ratio(ConflictFactsFound, ConflictFacts);

    public double VerdictAccuracy => Ratio(RightVerdicts, JudgedFacts);

    public void Add(Tally other)
    {
        GoldClaims += other.GoldClaims;
        MatchedClaims += other.MatchedClaims;
        ExactClaims += other.ExactClaims;
        GoldPairs += other.GoldPairs;
        LibraryPairs += other.LibraryPairs;
        SharedPairs += other.SharedPairs;
        ConflictFacts += other.ConflictFacts;
        ConflictFactsFound += other.ConflictFactsFound;
        LibraryConflicts += other.LibraryConflicts;
        LibraryConflictsTrue += other.LibraryConflictsTrue;
        JudgedFacts += other.JudgedFacts;
        RightVerdicts += other.RightVerdicts;
        FurnitureLeaks += other.FurnitureLeaks;
    }

    /// <summary>A share that is 1 when there is nothing to count: no predictions cannot be wrong, no gold cannot be missed.</summary>
    private static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;
}

/// <summary>What the library got wrong on one event, in words a reporter can check against the articles.</summary>
internal sealed class EventErrors
{
    public List<string> ExtractionMisses { get; } = [];

    public List<string> PartialMatches { get; } = [];

    public List<string> SplitFacts { get; } = [];

    public List<string> WrongMerges { get; } = [];

    public List<string> MissedConflicts { get; } = [];

    public List<string> FalseConflicts { get; } = [];

    public List<string> WrongVerdicts { get; } = [];

    public List<string> FurnitureLeaks { get; } = [];
}

internal sealed record EventResult(string Name, Tally Tally, EventErrors Errors);

/// <summary>The scores of one run over the whole evaluation set.</summary>
internal sealed class EvaluationResult
{
    public EvaluationResult(IReadOnlyList<EventResult> events)
    {
        Events = events;
        foreach (EventResult e in events)
        {
            Total.Add(e.Tally);
        }
    }

    public IReadOnlyList<EventResult> Events { get; }

    public Tally Total { get; } = new();

    /// <summary>The table of figures per event and overall, then every error by event.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        Line(text, FormattableString.Invariant($"{"event",-12} {"claims found",13} {"exact",6} {"pair P",7} {"pair R",7} {"confl P",8} {"confl R",8} {"verdicts",9} {"furniture",10}"));
        foreach (EventResult e in Events)
        {
            Row(text, e.Name, e.Tally);
        }

        Row(text, "overall", Total);
        Line(text, FormattableString.Invariant($"pairs: {Total.SharedPairs} shared, {Total.LibraryPairs} grouped by the library, {Total.GoldPairs} in gold; conflicts: {Total.ConflictFactsFound} of {Total.ConflictFacts} gold conflicts found, {Total.LibraryConflictsTrue} of {Total.LibraryConflicts} library conflicts true"));
        foreach (EventResult e in Events)
        {
            text.Append('\n');
            Line(text, $"== {e.Name}");
            Section(text, "extraction misses (gold claim with no extracted claim over it)", e.Errors.ExtractionMisses);
            Section(text, "split (one gold fact in several library groups)", e.Errors.SplitFacts);
            Section(text, "wrongly merged (claims of different gold facts in one library group)", e.Errors.WrongMerges);
            Section(text, "missed conflicts", e.Errors.MissedConflicts);
            Section(text, "false conflicts (library Conflict groups that are no gold conflict)", e.Errors.FalseConflicts);
            Section(text, "wrong verdicts", e.Errors.WrongVerdicts);
            Section(text, "page furniture read as claims", e.Errors.FurnitureLeaks);
            Section(text, "claims read with other words than the gold text", e.Errors.PartialMatches);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, Tally t)
        => Line(text, FormattableString.Invariant($"{name,-12} {Fraction(t.MatchedClaims, t.GoldClaims),13} {t.ExactClaims,6} {t.PairPrecision,7:0.00} {t.PairRecall,7:0.00} {t.ConflictPrecision,8:0.00} {t.ConflictRecall,8:0.00} {Fraction(t.RightVerdicts, t.JudgedFacts),9} {t.FurnitureLeaks,10}"));

    private static string Fraction(int part, int whole) => FormattableString.Invariant($"{part}/{whole}");

    private static void Section(StringBuilder text, string title, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        Line(text, FormattableString.Invariant($"{title}: {lines.Count}"));
        foreach (string line in lines)
        {
            Line(text, "  " + line);
        }
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}

/// <summary>
/// Scores a reconciler against the evaluation set: maps every gold claim to the extracted claim over its words,
/// then compares the library's groups and verdicts with the gold facts. See Evaluation/README.md for the measures.
/// </summary>
internal static class EvaluationScorer
{
    public static EvaluationResult Score(IReadOnlyList<GoldEvent> events, Reconciler reconciler)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(reconciler);
        return new EvaluationResult([.. events.Select(e => ScoreEvent(e, reconciler))]);
    }

    private sealed record Match(GoldFact Fact, GoldClaim Gold, Claim Claim, ClaimGroup Group);

    private static EventResult ScoreEvent(GoldEvent gold, Reconciler reconciler)
    {
        ReconciliationReport report = reconciler.Reconcile(gold.Documents);
        var documents = gold.Documents.ToDictionary(d => d.Source.Id, StringComparer.Ordinal);
        var groupOf = new Dictionary<Claim, ClaimGroup>(ReferenceEqualityComparer.Instance);
        foreach (ClaimGroup group in report.Groups)
        {
            foreach (Claim claim in group.Claims)
            {
                groupOf[claim] = group;
            }
        }

        var tally = new Tally();
        var errors = new EventErrors();
        var matches = new List<Match>();
        foreach (GoldFact fact in gold.Facts)
        {
            foreach (GoldClaim g in fact.Claims)
            {
                tally.GoldClaims++;
                TextSpan span = EvaluationSet.Locate(documents[g.Source], g);
                Claim? claim = BestOverlap(report.Claims, g.Source, span);
                if (claim is null)
                {
                    errors.ExtractionMisses.Add($"{fact.Id}: {g.Source} \"{g.Text}\"");
                    continue;
                }

                tally.MatchedClaims++;
                if (string.Equals(claim.Text, g.Text, StringComparison.Ordinal))
                {
                    tally.ExactClaims++;
                }
                else
                {
                    errors.PartialMatches.Add($"{fact.Id}: {g.Source} \"{g.Text}\" read as \"{claim.Text}\"");
                }

                matches.Add(new Match(fact, g, claim, groupOf[claim]));
            }
        }

        CountPairs(matches, tally, errors);
        ScoreConflicts(gold, report, matches, tally, errors);
        ScoreVerdicts(gold, matches, tally, errors);
        FindFurniture(gold, report, documents, groupOf, tally, errors);
        return new EventResult(gold.Name, tally, errors);
    }

    /// <summary>
    /// The extracted claim of the source over the gold words: one that holds them or lies within them first,
    /// then the one that overlaps them most, then the closest in length, then the first.
    /// </summary>
    private static Claim? BestOverlap(IReadOnlyList<Claim> claims, string source, TextSpan gold)
        => claims
            .Where(c => string.Equals(c.Source.Id, source, StringComparison.Ordinal) && c.Span.Overlaps(gold))
            .OrderBy(c => c.Span.Contains(gold) || gold.Contains(c.Span) ? 0 : 1)
            .ThenByDescending(c => Math.Min(c.Span.End, gold.End) - Math.Max(c.Span.Start, gold.Start))
            .ThenBy(c => Math.Abs(c.Span.Length - gold.Length))
            .ThenBy(c => c.Span)
            .FirstOrDefault();

    /// <summary>
    /// Pairs of matched gold claims from different sources: the gold puts a pair in one fact or not, the library in
    /// one group or not. Pairs inside a scope_differs fact count neither way: keeping them apart and grouping them
    /// as ScopeDiffers are both right.
    /// </summary>
    private static void CountPairs(List<Match> matches, Tally tally, EventErrors errors)
    {
        var merged = new SortedDictionary<int, List<(Match A, Match B)>>();
        for (int i = 0; i < matches.Count; i++)
        {
            for (int j = i + 1; j < matches.Count; j++)
            {
                Match a = matches[i];
                Match b = matches[j];
                if (string.Equals(a.Gold.Source, b.Gold.Source, StringComparison.Ordinal))
                {
                    continue;
                }

                bool goldSame = ReferenceEquals(a.Fact, b.Fact);
                if (goldSame && a.Fact.Verdict == GoldVerdict.ScopeDiffers)
                {
                    continue;
                }

                bool librarySame = ReferenceEquals(a.Group, b.Group);
                tally.GoldPairs += goldSame ? 1 : 0;
                tally.LibraryPairs += librarySame ? 1 : 0;
                tally.SharedPairs += goldSame && librarySame ? 1 : 0;
                if (librarySame && !goldSame)
                {
                    int key = GroupNumber(a.Group);
                    if (!merged.TryGetValue(key, out List<(Match A, Match B)>? pairs))
                    {
                        merged[key] = pairs = [];
                    }

                    pairs.Add((a, b));
                }
            }
        }

        foreach (List<(Match A, Match B)> pairs in merged.Values)
        {
            ClaimGroup group = pairs[0].A.Group;
            var facts = pairs.SelectMany(p => new[] { p.A, p.B }).Select(m => m.Fact).Distinct().ToList();
            string parts = string.Join(" + ", facts.Select(f => $"{f.Id} [{Detailed(matches.Where(m => m.Fact == f && m.Group == group))}]"));
            errors.WrongMerges.Add($"{Describe(group)} merges {parts}");
        }

        foreach (GoldFact fact in matches.Select(m => m.Fact).Distinct())
        {
            if (fact.Verdict is GoldVerdict.SingleSource or GoldVerdict.ScopeDiffers)
            {
                continue;
            }

            var mine = matches.Where(m => m.Fact == fact).ToList();
            var groups = mine.Select(m => m.Group).Distinct().OrderBy(GroupNumber).ToList();
            if (groups.Count > 1 && mine.Select(m => m.Gold.Source).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                errors.SplitFacts.Add($"{fact.Id} ({Name(fact.Verdict)}): " + string.Join(" | ", groups.Select(g => $"{g.Id} {Detailed(mine.Where(m => m.Group == g))}")));
            }
        }
    }

    /// <summary>
    /// A gold conflict is found when a library Conflict group holds its claims from at least two sources; a library
    /// Conflict group is true when it holds some gold conflict's claims from at least two sources.
    /// </summary>
    private static void ScoreConflicts(GoldEvent gold, ReconciliationReport report, List<Match> matches, Tally tally, EventErrors errors)
    {
        bool Holds(ClaimGroup group, GoldFact fact)
            => matches.Where(m => m.Fact == fact && m.Group == group).Select(m => m.Gold.Source).Distinct(StringComparer.Ordinal).Count() >= 2;

        var conflicts = gold.Facts.Where(f => f.Verdict == GoldVerdict.Conflict).ToList();
        foreach (GoldFact fact in conflicts)
        {
            tally.ConflictFacts++;
            if (report.Groups.Any(g => g.Verdict == Verdict.Conflict && Holds(g, fact)))
            {
                tally.ConflictFactsFound++;
            }
            else
            {
                errors.MissedConflicts.Add($"{fact.Id}: {Treatment(fact, matches)}");
            }
        }

        foreach (ClaimGroup group in report.Groups.Where(g => g.Verdict == Verdict.Conflict))
        {
            tally.LibraryConflicts++;
            if (conflicts.Any(f => Holds(group, f)))
            {
                tally.LibraryConflictsTrue++;
                continue;
            }

            string claims = string.Join(", ", group.Claims.Select(c =>
            {
                Match? m = matches.FirstOrDefault(x => ReferenceEquals(x.Claim, c));
                return $"{c.Source.Id} \"{c.Text}\" ({m?.Fact.Id ?? "not in gold"})";
            }));
            errors.FalseConflicts.Add($"{Describe(group)}: {claims}");
        }
    }

    /// <summary>
    /// The verdict of each fact with claims matched from enough sources. A multi-source fact takes the verdict of
    /// the group that holds most of its claims, if that group holds claims from two of its sources (otherwise it is
    /// split, which is wrong); a scope_differs fact is right when no group holds two of its sources under another
    /// verdict than ScopeDiffers; a single-source fact is right when its group's verdict is SingleSource.
    /// </summary>
    private static void ScoreVerdicts(GoldEvent gold, List<Match> matches, Tally tally, EventErrors errors)
    {
        foreach (GoldFact fact in gold.Facts)
        {
            var mine = matches.Where(m => m.Fact == fact).ToList();
            int sources = mine.Select(m => m.Gold.Source).Distinct(StringComparer.Ordinal).Count();
            if (sources == 0 || (fact.Verdict != GoldVerdict.SingleSource && sources < 2))
            {
                continue; // an extraction miss, counted there
            }

            tally.JudgedFacts++;
            string? wrong = fact.Verdict switch
            {
                GoldVerdict.SingleSource => mine[0].Group.Verdict == Verdict.SingleSource ? null : $"library {mine[0].Group.Verdict} in {Describe(mine[0].Group)}",
                GoldVerdict.ScopeDiffers => mine.GroupBy(m => m.Group)
                    .Where(g => g.Select(m => m.Gold.Source).Distinct(StringComparer.Ordinal).Count() >= 2 && g.Key.Verdict != Verdict.ScopeDiffers)
                    .Select(g => $"library {g.Key.Verdict} in {Describe(g.Key)}")
                    .FirstOrDefault(),
                _ => MainVerdict(mine) is { } verdict && Matches(fact.Verdict, verdict) ? null : Treatment(fact, matches),
            };
            if (wrong is null)
            {
                tally.RightVerdicts++;
            }
            else
            {
                errors.WrongVerdicts.Add($"{fact.Id}: gold {Name(fact.Verdict)}, {wrong}");
            }
        }
    }

    private static void FindFurniture(GoldEvent gold, ReconciliationReport report, Dictionary<string, Document> documents, Dictionary<Claim, ClaimGroup> groupOf, Tally tally, EventErrors errors)
    {
        foreach (GoldClaim furniture in gold.Furniture)
        {
            TextSpan span = EvaluationSet.Locate(documents[furniture.Source], furniture);
            foreach (Claim claim in report.Claims.Where(c => string.Equals(c.Source.Id, furniture.Source, StringComparison.Ordinal) && c.Span.Overlaps(span)))
            {
                tally.FurnitureLeaks++;
                ClaimGroup group = groupOf[claim];
                string with = group.SourceIds.Count > 1 ? $", grouped in {Describe(group)} with {Said(group.Claims.Where(c => c != claim))}" : string.Empty;
                errors.FurnitureLeaks.Add($"{furniture.Source} \"{claim.Text}\"{with}");
            }
        }
    }

    /// <summary>The library's verdict for a fact: that of the group holding most of its claims, if it holds two of its sources.</summary>
    private static Verdict? MainVerdict(List<Match> mine)
    {
        ClaimGroup main = mine.GroupBy(m => m.Group).OrderByDescending(g => g.Count()).ThenBy(g => GroupNumber(g.Key)).First().Key;
        int sources = mine.Where(m => m.Group == main).Select(m => m.Gold.Source).Distinct(StringComparer.Ordinal).Count();
        return sources >= 2 ? main.Verdict : null;
    }

    private static bool Matches(GoldVerdict gold, Verdict library) => gold switch
    {
        GoldVerdict.Agree => library == Verdict.Agree,
        GoldVerdict.Compatible => library == Verdict.Compatible,
        GoldVerdict.Conflict => library == Verdict.Conflict,
        GoldVerdict.ScopeDiffers => library == Verdict.ScopeDiffers,
        _ => library == Verdict.SingleSource,
    };

    /// <summary>How the library treated a fact's claims: the groups they landed in, with their verdicts.</summary>
    private static string Treatment(GoldFact fact, List<Match> matches)
    {
        var mine = matches.Where(m => m.Fact == fact).ToList();
        if (mine.Count == 0)
        {
            return "none of its claims was extracted";
        }

        var groups = mine.Select(m => m.Group).Distinct().OrderBy(GroupNumber).ToList();
        string where = string.Join(" | ", groups.Select(g => $"{g.Verdict} {g.Id} [{Said(mine.Where(m => m.Group == g))}]"));
        return groups.Count == 1 ? $"library {where}" : $"library split: {where}";
    }

    private static string Describe(ClaimGroup group) => $"{group.Id} \"{group.Label}\" ({group.Verdict})";

    private static string Said(IEnumerable<Match> matches) => string.Join(", ", matches.Select(m => $"{m.Gold.Source} \"{m.Claim.Text}\""));

    /// <summary>The claims with what the library read as their measure and period, to see why they were split or merged.</summary>
    private static string Detailed(IEnumerable<Match> matches)
        => string.Join(", ", matches.Select(m => $"{m.Gold.Source} \"{m.Claim.Text}\" <{m.Claim.Measure}{(m.Claim.Scope is { } scope ? "; " + scope.Text : string.Empty)}>"));

    private static string Said(IEnumerable<Claim> claims) => string.Join(", ", claims.Select(c => $"{c.Source.Id} \"{c.Text}\""));

    private static string Name(GoldVerdict verdict) => verdict switch
    {
        GoldVerdict.Agree => "agree",
        GoldVerdict.Compatible => "compatible",
        GoldVerdict.Conflict => "conflict",
        GoldVerdict.ScopeDiffers => "scope_differs",
        _ => "single_source",
    };

    /// <summary>The number of a group id "g12", for ordering groups as the report numbers them.</summary>
    private static int GroupNumber(ClaimGroup group)
        => group.Id.Length > 1 && int.TryParse(group.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue;
}
