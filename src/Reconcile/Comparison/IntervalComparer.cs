using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Reconcile.Grouping;
using Reconcile.Pipeline;
using Reconcile.Reporting;

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
            string values = string.Join("; ", classes.Select(c => c.Short));
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
                Claim[] involved = [.. a.Claims, .. b.Claims];
                discrepancies.Add(scopesDiffer
                    ? new Discrepancy(DiscrepancyKind.ScopeDiffers, involved, $"{a.Says(true)}; {b.Says(true)}: these cover different periods, so both may be right.")
                    : new Discrepancy(DiscrepancyKind.Conflict, involved, $"{a.Says(false)}; {b.Says(false)}: both cannot hold.{MemberDifference(a, b)}{PartyDifference(a, b)}"));
            }
        }

        Discrepancy? conflict = discrepancies.FirstOrDefault(d => d.Kind == DiscrepancyKind.Conflict);
        if (conflict is not null)
        {
            var explanation = new StringBuilder("Sources disagree. ").Append(conflict.Explanation);
            int more = discrepancies.Count(d => d.Kind == DiscrepancyKind.Conflict) - 1 + unlisted;
            if (more > 0)
            {
                explanation.Append(CultureInfo.InvariantCulture, $" ({more} more conflicting pair{(more == 1 ? string.Empty : "s")} below.)");
            }

            var inConflict = new HashSet<Claim>(conflict.Claims, ReferenceEqualityComparer.Instance);
            ValueClass[] sides = [.. classes.Where(o => inConflict.Contains(o.Claims[0]))];
            IEnumerable<ValueClass> bridging = classes.Where(c => !inConflict.Contains(c.Claims[0]) && sides.All(o => CanBothHold(c, o)));
            foreach (ValueClass c in bridging)
            {
                explanation.Append(' ').Append(c.Says(false)).Append(", which fits either.");
            }

            return new GroupAssessment(Verdict.Conflict, discrepancies, explanation.ToString());
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

        string parts = string.Join("; ", classes.Select(c => c.Says(false)));
        string? common = Common(classes);
        return new GroupAssessment(
            Verdict.Compatible,
            [],
            $"Worded differently, but all can be right: {parts}." + (common is null ? string.Empty : $" Together they point to {common}."));
    }

    /// <summary>
    /// The claims of a group that state one value, with their sources in the order they first appear, and what
    /// the explanations say of them, each worded once however many pairs of classes quote it.
    /// </summary>
    private sealed class ValueClass(ClaimValue value, int order)
    {
        private string? _short;
        private string? _says;
        private string? _saysWithScope;

        public ClaimValue Value { get; } = value;

        /// <summary>The value's range and size, worked out once for all the comparisons of the group.</summary>
        public ValueFacts Facts { get; } = new(value);

        public List<Claim> Claims { get; } = [];

        public int Order { get; } = order;

        /// <summary>The distinct source ids, in the order of the claims (as <c>Distinct</c> gives them).</summary>
        public List<string> Sources { get; } = [];

        public List<TimeScope?> Scopes { get; } = [];

        /// <summary>The value as the explanations write it.</summary>
        public string Short => _short ??= ValueText.Short(Value);

        /// <summary>Who says the value ("A and B say 51"), with the period of the first claim when asked for.</summary>
        public string Says(bool withScope)
        {
            if (withScope && Claims[0].Scope is { } s)
            {
                return _saysWithScope ??= $"{Who()} {Verb} {Short} ({s.Text})";
            }

            return _says ??= $"{Who()} {Verb} {Short}";
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
                match = new ValueClass(claim.Value, classes.Count);
                classes.Add(match);
            }

            match.Claims.Add(claim);
            // Ordinal: string equality.
            if (!CollectionsMarshal.AsSpan(match.Sources).Contains(claim.Source.Id))
            {
                match.Sources.Add(claim.Source.Id);
            }

            if (!HasScope(match.Scopes, claim.Scope))
            {
                match.Scopes.Add(claim.Scope);
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

    private static bool HasScope(List<TimeScope?> scopes, TimeScope? scope)
    {
        foreach (TimeScope? s in scopes)
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

        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (ValueClass c in classes)
        {
            all.UnionWith(c.Sources);
        }

        return all.Count;
    }

    // Two classes of one source each are one source disagreeing with itself only when it is the same source.
    private static bool DifferentSources(ValueClass a, ValueClass b)
        => a.Sources.Count > 1 || b.Sources.Count > 1 || !string.Equals(a.Sources[0], b.Sources[0], StringComparison.Ordinal);

    // Every claim on both sides states a period, and no two of those periods are worded as the same one.
    private static bool ScopesDiffer(ValueClass a, ValueClass b)
        => a.Scopes.TrueForAll(x => x is not null && b.Scopes.TrueForAll(y => y is not null && !ScopeMatch.Same(x, y)));

    /// <summary>
    /// " The sources credit different parties: ..." when every claim of each side names one party and the two
    /// parties differ ("police" against "organisers"): then each outlet may be reporting its party right, and
    /// the disagreement is between the parties.
    /// </summary>
    private static string PartyDifference(ValueClass a, ValueClass b)
    {
        string? first = CommonParty(a), second = CommonParty(b);
        if (first is null || second is null || string.Equals(first, second, StringComparison.OrdinalIgnoreCase) || IsGeneric(first) || IsGeneric(second))
        {
            return string.Empty; // "fire officials" and "Cal Fire" may well be one authority
        }

        return $" They credit different parties ({string.Join(" and ", a.Sources)}: {first}; {string.Join(" and ", b.Sources)}: {second}), so each may report its party right.";

        static bool IsGeneric(string party)
        {
            string head = party[(party.LastIndexOf(' ') + 1)..];
            return GenericParties.Contains(head, StringComparer.OrdinalIgnoreCase);
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
    private static readonly string[] GenericParties =
        ["officials", "official", "authorities", "sources", "source", "spokesman", "spokeswoman", "spokesperson", "statement", "people"];

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
