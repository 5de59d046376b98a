using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Reconcile.Grouping;
using Reconcile.Pipeline;
using Reconcile.Reporting;
using Reconcile.Text;

namespace Reconcile.Comparison;

/// <summary>
/// Compares a group's claims by interval semantics: each hedged figure is a range, each date covers its
/// unit. Two values from different sources that cannot both hold are a conflict, unless their stated periods
/// differ, which makes them a scope difference. Identical values agree; overlapping ones are compatible.
/// </summary>
internal sealed class IntervalComparer : IClaimComparer
{
    // A group with many distinct values lists its best-supported conflicts and counts the rest.
    private const int MaxDiscrepancies = 10;

    public GroupAssessment Compare(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            throw new ArgumentException("A group has at least one claim.", nameof(claims));
        }

        List<ValueClass> classes = Classify(claims);
        int sources = CountSources(classes);
        if (sources == 1)
        {
            string only = claims[0].Source.Id;
            string values = JoinShort(classes);
            return new GroupAssessment(Verdict.SingleSource, [], $"Only {only} reports this ({values}); no other source confirms or contradicts it.");
        }

        // The best-supported values first, so the first discrepancy is the one most worth a reporter's call.
        classes.Sort(static (x, y) => x.Claims.Count != y.Claims.Count ? y.Claims.Count.CompareTo(x.Claims.Count) : x.Order.CompareTo(y.Order));
        var discrepancies = new List<Discrepancy>();
        int unlisted = 0;
        for (int i = 0; i < classes.Count; i++)
        {
            for (int j = i + 1; j < classes.Count; j++)
            {
                ValueClass a = classes[i], b = classes[j];
                if (CanBothHold(a, b) || !DifferentSources(a, b))
                {
                    continue;
                }

                if (discrepancies.Count >= MaxDiscrepancies)
                {
                    unlisted++;
                    continue;
                }

                bool scopesDiffer = ScopesDiffer(a, b);
                discrepancies.Add(scopesDiffer
                    ? new Discrepancy(DiscrepancyKind.ScopeDiffers, a.Claims, b.Claims, $"{a.Says(true)}; {b.Says(true)}: these cover different periods, so both may be right.")
                    : new Discrepancy(DiscrepancyKind.Conflict, a.Claims, b.Claims, $"{a.Says(false)}; {b.Says(false)}: both cannot hold.{MemberDifference(a, b)}{PartyDifference(a, b)}"));
            }
        }

        Discrepancy? conflict = null;
        int conflicts = 0;
        foreach (Discrepancy d in discrepancies)
        {
            if (d.Kind == DiscrepancyKind.Conflict)
            {
                conflict ??= d;
                conflicts++;
            }
        }

        if (conflict is not null)
        {
            // Written on the stack (a pooled buffer if it grows past it): only the finished sentence is allocated.
            var explanation = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[512]);
            explanation.AppendLiteral("Sources disagree. ");
            explanation.AppendLiteral(conflict.Explanation);
            int more = conflicts - 1 + unlisted;
            if (more > 0)
            {
                explanation.AppendLiteral(" (");
                explanation.AppendFormatted(more);
                explanation.AppendLiteral(more == 1 ? " more conflicting pair below.)" : " more conflicting pairs below.)");
            }

            // A class is a side of the conflict when its first claim is one of the conflict's; every other class
            // that can hold with both sides bridges them. Groups are small: a scan, not a set.
            foreach (ValueClass c in classes)
            {
                if (InConflict(conflict, c) || !FitsBothSides(classes, conflict, c))
                {
                    continue;
                }

                explanation.AppendLiteral(" ");
                explanation.AppendLiteral(c.Says(false));
                explanation.AppendLiteral(", which fits either.");
            }

            return new GroupAssessment(Verdict.Conflict, discrepancies, explanation.ToStringAndClear());
        }

        if (discrepancies.Count > 0)
        {
            return new GroupAssessment(Verdict.ScopeDiffers, discrepancies, "The figures differ, but for different periods: " + discrepancies[0].Explanation);
        }

        if (classes.Count == 1)
        {
            string agreed = classes[0].Claims.Exists(c => c.Value.Kind == ClaimValueKind.Members) && classes[0].Claims.Exists(c => c.Value.Kind == ClaimValueKind.Quantity)
                ? ValueText.Short(classes[0].Claims.Find(c => c.Value.Kind == ClaimValueKind.Quantity)!.Value) + ", and the members listed add up to it"
                : classes[0].Short;
            int lists = classes[0].Claims.Count(c => c.Value.Kind == ClaimValueKind.Members);
            if (lists > 1)
            {
                agreed += string.Create(CultureInfo.InvariantCulture, $"; {lists} lists name the same {classes[0].Claims.First(c => c.Value.Kind == ClaimValueKind.Members).Value.Members.Count} members, however each spells them");
            }
            return new GroupAssessment(Verdict.Agree, [], string.Create(CultureInfo.InvariantCulture, $"All {sources} sources agree: {agreed}."));
        }

        string parts = JoinSays(classes);
        string? common = Common(classes);
        return new GroupAssessment(
            Verdict.Compatible,
            [],
            $"Worded differently, but all can be right: {parts}." + (common is null ? string.Empty : $" Together they point to {common}."));
    }

    private static bool InConflict(Discrepancy conflict, ValueClass c)
    {
        Claim first = c.Claims[0];
        IReadOnlyList<Claim> involved = conflict.Claims;
        for (int i = 0; i < involved.Count; i++)
        {
            if (ReferenceEquals(involved[i], first))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FitsBothSides(List<ValueClass> classes, Discrepancy conflict, ValueClass c)
    {
        foreach (ValueClass o in classes)
        {
            if (InConflict(conflict, o) && !CanBothHold(c, o))
            {
                return false;
            }
        }

        return true;
    }

    // string.Join("; ", classes.Select(c => c.Short)), with no iterator or array on the way.
    private static string JoinShort(List<ValueClass> classes)
    {
        if (classes.Count == 1)
        {
            return classes[0].Short;
        }

        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        for (int i = 0; i < classes.Count; i++)
        {
            if (i > 0)
            {
                text.AppendLiteral("; ");
            }

            text.AppendLiteral(classes[i].Short);
        }

        return text.ToStringAndClear();
    }

    // string.Join("; ", classes.Select(c => c.Says(false))), with no iterator or array on the way.
    private static string JoinSays(List<ValueClass> classes)
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        for (int i = 0; i < classes.Count; i++)
        {
            if (i > 0)
            {
                text.AppendLiteral("; ");
            }

            text.AppendLiteral(classes[i].Says(false));
        }

        return text.ToStringAndClear();
    }

    /// <summary>
    /// The claims of a group that state one value, with their sources in the order they first appear, and what
    /// the explanations say of them, each worded once however many pairs of classes quote it.
    /// </summary>
    private sealed class ValueClass(Claim first, int order)
    {
        // The first claim, not a copy of its value: a value is over a hundred bytes, and a group has a class per value.
        private readonly Claim _first = first;
        private string? _short;
        private string? _says;
        private string? _saysWithScope;

        /// <summary>The value of the class's first claim, which every claim of the class states.</summary>
        public ClaimValue Value => _first.Value;

        /// <summary>The value's range and size, worked out once for all the comparisons of the group.</summary>
        public ValueFacts Facts { get; } = new(first.Value);

        public List<Claim> Claims { get; } = [];

        public int Order { get; } = order;

        /// <summary>The distinct source ids, in the order of the claims (as <c>Distinct</c> gives them).</summary>
        public List<string> Sources { get; } = [];

        /// <summary>Gets or sets whether some claim of the class states no period.</summary>
        public bool Unscoped { get; set; }

        /// <summary>The distinct periods the claims state, made when the first is met: most claims state none.</summary>
        public List<TimeScope>? Scopes { get; set; }

        /// <summary>The value as the explanations write it.</summary>
        public string Short => _short ??= ValueText.Short(Value);

        /// <summary>Who says the value ("A and B say 51"), with the period of the first claim when asked for.</summary>
        public string Says(bool withScope)
        {
            if (withScope && Claims[0].Scope is { } s)
            {
                return _saysWithScope ??= Sources.Count switch
                {
                    1 => $"{Sources[0]} {Verb} {Short} ({s.Text})",
                    2 => $"{Sources[0]} and {Sources[1]} {Verb} {Short} ({s.Text})",
                    _ => $"{Who()} {Verb} {Short} ({s.Text})",
                };
            }

            // One and two sources, the usual cases, written straight into the sentence rather than through Who().
            return _says ??= Sources.Count switch
            {
                1 => $"{Sources[0]} {Verb} {Short}",
                2 => $"{Sources[0]} and {Sources[1]} {Verb} {Short}",
                _ => $"{Who()} {Verb} {Short}",
            };
        }

        private string Verb => Sources.Count == 1 ? "says" : "say";

        private string Who() => Sources.Count switch
        {
            1 => Sources[0],
            2 => $"{Sources[0]} and {Sources[1]}",
            _ => string.Join(", ", Sources.GetRange(0, Sources.Count - 1)) + " and " + Sources[^1],
        };
    }

    private static List<ValueClass> Classify(IReadOnlyList<Claim> claims)
    {
        var classes = new List<ValueClass>();
        foreach (Claim claim in claims)
        {
            ValueClass? match = null;
            var facts = new ValueFacts(claim.Value);
            foreach (ValueClass c in classes)
            {
                if (Joins(c, claim, facts))
                {
                    match = c;
                    break;
                }
            }

            if (match is null)
            {
                match = new ValueClass(claim, classes.Count);
                classes.Add(match);
            }

            match.Claims.Add(claim);
            // Ordinal: string equality.
            if (!CollectionsMarshal.AsSpan(match.Sources).Contains(claim.Source.Id))
            {
                match.Sources.Add(claim.Source.Id);
            }

            if (claim.Scope is not { } scope)
            {
                match.Unscoped = true;
            }
            else if (match.Scopes is null)
            {
                match.Scopes = [scope];
            }
            else if (!HasScope(match.Scopes, scope))
            {
                match.Scopes.Add(scope);
            }
        }

        return classes;
    }

    // Equal values are one class; a list and a count only share a class when every member agrees with it.
    private static bool Joins(ValueClass c, Claim claim, in ValueFacts facts)
    {
        if (!ValueComparison.SameValue(c.Facts, c.Value, facts, claim.Value))
        {
            return false;
        }

        if (c.Value.Kind == claim.Value.Kind)
        {
            return true;
        }

        foreach (Claim x in c.Claims)
        {
            if (!ValueComparison.SameValue(x.Value, claim.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CanBothHold(ValueClass a, ValueClass b) => ValueComparison.CanBothHold(a.Facts, a.Value, b.Facts, b.Value);

    private static bool HasScope(List<TimeScope> scopes, TimeScope scope)
    {
        foreach (TimeScope s in scopes)
        {
            if (Equals(s, scope))
            {
                return true;
            }
        }

        return false;
    }

    // The number of distinct sources in the group: each class knows its own.
    private static int CountSources(List<ValueClass> classes)
    {
        if (classes.Count == 1)
        {
            return classes[0].Sources.Count;
        }

        // Each source counted in the first class that names it; groups are small, so a scan, not a set.
        int count = 0;
        for (int i = 0; i < classes.Count; i++)
        {
            foreach (string source in classes[i].Sources)
            {
                bool seen = false;
                for (int j = 0; j < i && !seen; j++)
                {
                    seen = CollectionsMarshal.AsSpan(classes[j].Sources).Contains(source);
                }

                if (!seen)
                {
                    count++;
                }
            }
        }

        return count;
    }

    // Two classes of one source each are one source disagreeing with itself only when it is the same source.
    private static bool DifferentSources(ValueClass a, ValueClass b)
        => a.Sources.Count > 1 || b.Sources.Count > 1 || !string.Equals(a.Sources[0], b.Sources[0], StringComparison.Ordinal);

    // Every claim on both sides states a period, and no two of those periods are worded as the same one.
    private static bool ScopesDiffer(ValueClass a, ValueClass b)
    {
        // A class always has a claim, so a class with no claim unscoped has at least one period.
        if (a.Unscoped || b.Unscoped)
        {
            return false;
        }

        foreach (TimeScope x in a.Scopes!)
        {
            foreach (TimeScope y in b.Scopes!)
            {
                if (ScopeMatch.Same(x, y))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// " The sources credit different parties: ..." when every claim of each side names one party and the two
    /// parties differ ("police" against "organisers"): then each outlet may be reporting its party right, and
    /// the disagreement is between the parties.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static string PartyDifference(ValueClass a, ValueClass b)
    {
        string? first = CommonParty(a), second = CommonParty(b);
        if (first is null || second is null || string.Equals(first, second, StringComparison.OrdinalIgnoreCase) || IsGeneric(first) || IsGeneric(second)
            || Abbreviates(first, second) || Abbreviates(second, first))
        {
            return string.Empty; // "fire officials" and "Cal Fire" may well be one authority; "NTSB" is one
        }

        return $" They credit different parties ({string.Join(" and ", a.Sources)}: {first}; {string.Join(" and ", b.Sources)}: {second}), so each may report its party right.";

        // "officials", "his employer": a role or a relation, not a named party.
        static bool IsGeneric(string party) => GenericParties.Contains(party.AsSpan(party.LastIndexOf(' ') + 1))
            || party.StartsWith("his ", StringComparison.OrdinalIgnoreCase) || party.StartsWith("her ", StringComparison.OrdinalIgnoreCase)
            || party.StartsWith("their ", StringComparison.OrdinalIgnoreCase) || party.StartsWith("its ", StringComparison.OrdinalIgnoreCase);

        // "NTSB" and "National Transportation Safety Board": the initials of the capitalised words, in order.
        static bool Abbreviates(string acronym, string name)
        {
            if (acronym.Length is < 2 or > 8 || acronym.AsSpan().ContainsAnyExcept(UpperLetters))
            {
                return false;
            }

            int at = 0;
            foreach (Range range in name.AsSpan().Split(' '))
            {
                ReadOnlySpan<char> word = name.AsSpan()[range];
                if (word.Length > 0 && char.IsUpper(word[0]))
                {
                    if (at >= acronym.Length || char.ToUpperInvariant(acronym[at]) != word[0])
                    {
                        return false;
                    }

                    at++;
                }
            }

            return at == acronym.Length && at >= 2;
        }

        static string? CommonParty(ValueClass side)
        {
            string? party = side.Claims[0].Attribution;
            foreach (Claim claim in side.Claims)
            {
                if (claim.Attribution is null || !string.Equals(claim.Attribution, party, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            return party;
        }
    }

    /// <summary>Words that name a role, not a party: "officials said", "authorities said", "a spokesman said".</summary>
    private static readonly Lexicon<bool> GenericParties = Lexicon.Set(
        "officials", "official", "authorities", "sources", "source", "spokesman", "spokeswoman", "spokesperson", "statement", "people");

    private static string MemberDifference(ValueClass a, ValueClass b)
    {
        if (a.Value.Kind != ClaimValueKind.Members || b.Value.Kind != ClaimValueKind.Members)
        {
            return string.Empty;
        }

        IReadOnlyList<string> onlyA = a.Value.Members.Except(b.Value.Members);
        IReadOnlyList<string> onlyB = b.Value.Members.Except(a.Value.Members);
        var text = new StringBuilder();
        if (onlyA.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Only {a.Claims[0].Source.Id} names {string.Join(", ", onlyA)}.");
        }

        if (onlyB.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Only {b.Claims[0].Source.Id} names {string.Join(", ", onlyB)}.");
        }

        return text.ToString();
    }

    private static string? Common(List<ValueClass> classes)
    {
        ClaimValue first = classes[0].Value;
        if (classes.Exists(c => c.Value.Kind != first.Kind))
        {
            return null;
        }

        if (first.Kind == ClaimValueKind.Quantity)
        {
            double? lower = null, upper = null;
            bool lowerInclusive = false, upperInclusive = false;
            foreach (ValueClass c in classes)
            {
                NumericRange r = c.Value.Quantity.Range;
                if (r.Lower is { } lo && (lower is null || lo > lower || (lo == lower && !r.LowerInclusive)))
                {
                    lower = lo;
                    lowerInclusive = r.LowerInclusive;
                }

                if (r.Upper is { } hi && (upper is null || hi < upper || (hi == upper && !r.UpperInclusive)))
                {
                    upper = hi;
                    upperInclusive = r.UpperInclusive;
                }
            }

            return Describe(lower, lowerInclusive, upper, upperInclusive, first.Quantity.Unit);
        }

        if (first.Kind == ClaimValueKind.Date)
        {
            DateValue finest = classes.Select(c => c.Value.Date).OrderBy(d => d.Granularity).First();
            return finest.ToString();
        }

        return null;
    }

    private static string? Describe(double? lower, bool lowerInclusive, double? upper, bool upperInclusive, Unit unit)
    {
        string Format(double v) => new Quantity(v, Hedge.None, unit).ToString();
        return (lower, upper) switch
        {
            ({ } lo, { } hi) when lo == hi => Format(lo),
            ({ } lo, { } hi) => $"a figure between {Format(lo)} and {Format(hi)}",
            ({ } lo, null) => (lowerInclusive ? "at least " : "more than ") + Format(lo),
            (null, { } hi) => (upperInclusive ? "at most " : "less than ") + Format(hi),
            _ => null,
        };
    }
}
