using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Reconcile.Truth;

/// <summary>Plain-English explanations of the truth model's conclusions, for reporters.</summary>
internal static class TruthExplanations
{
    // A source with fewer checked facts than this is said to keep most of its prior.
    private const int FewClaims = 3;

    /// <summary>Explains why a value won a fact, or why the model cannot decide.</summary>
    /// <param name="best">The best-supported value.</param>
    /// <param name="confidence">Its probability.</param>
    /// <param name="decided">Whether it leads by the decision margin.</param>
    /// <param name="second">The next most probable stated value, or <see langword="null"/>.</param>
    /// <param name="secondProbability">Its probability.</param>
    /// <param name="claims">The fact's claims.</param>
    /// <param name="copies">Pairs of the fact's sources that copy one another.</param>
    /// <returns>One or more sentences.</returns>
    public static string ForItem(TruthValue best, double confidence, bool decided, TruthValue? second, double secondProbability, IReadOnlyList<ClaimView> claims, IReadOnlyList<(string First, string Second)> copies)
    {
        var text = new StringBuilder();
        string[] sources = [.. claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal)];
        ClaimView[] stating = [.. claims.Where(c => c.IsBest)];
        if (sources.Length == 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"Only {sources[0]} states this ({best}); with nothing to check it against, the confidence ({confidence:0.00}) rests on its reliability.");
        }
        else if (!decided && second is not null)
        {
            ClaimView[] stateSecond = [.. claims.Where(c => c.Value.Equals(second))];
            text.Append(CultureInfo.InvariantCulture, $"Cannot decide between {best} ({Names(stating)}) and {second} ({Names(stateSecond)}): their support is balanced ({confidence:0.00} against {secondProbability:0.00}).");
        }
        else if (!decided)
        {
            text.Append(CultureInfo.InvariantCulture, $"Cannot decide: {best} is stated by {Names(stating)}, but not reliably enough to rule out that every source is wrong (confidence {confidence:0.00}).");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{best} is best supported (confidence {confidence:0.00}): {WithReliability(stating)} {(stating.Length == 1 ? "states" : "state")} it");
            ClaimView[] consistent = [.. claims.Where(c => !c.IsBest && c.Support > 0)];
            if (consistent.Length > 0)
            {
                text.Append("; ").Append(string.Join(", ", consistent.Select(c => $"{c.SourceId}'s {c.Value}"))).Append(consistent.Length == 1 ? " is" : " are").Append(" consistent with it");
            }

            ClaimView[] against = [.. claims.Where(c => c.Support == 0)];
            if (against.Length > 0)
            {
                text.Append(". Against it: ").Append(string.Join(", ", against.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.SourceId} ({c.Value}, reliability {c.Reliability:0.00})"))));
            }

            text.Append('.');
            if (second is not null)
            {
                int forSecond = claims.Where(c => c.Value.Equals(second)).Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count();
                int forBest = stating.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count();
                if (forSecond > forBest)
                {
                    bool secondCopies = claims.Any(c => c.Value.Equals(second) && c.IsDiscounted);
                    text.Append(CultureInfo.InvariantCulture, $" It wins although more sources state {second}, because ")
                        .Append(secondCopies ? "several of those copy one another" : "those sources are less reliable on the other facts they state")
                        .Append('.');
                }
            }
        }

        if (copies.Count > 0)
        {
            text.Append(' ').Append(string.Join("; ", copies.Select(c => $"{c.First} and {c.Second}")))
                .Append(" copy one another")
                .Append(", so a value they share counts as one witness.");
        }

        return text.ToString();
    }

    /// <summary>Explains a source's reliability.</summary>
    /// <param name="sourceId">The source's id.</param>
    /// <param name="reliability">Its estimated reliability.</param>
    /// <param name="facts">How many facts it states a value for.</param>
    /// <param name="checkedFacts">How many of them sources other than its copies also state (a fact only it and its copies state cannot confirm or refute it).</param>
    /// <param name="agreements">On how many of those it states the best-supported value.</param>
    /// <param name="undecided">How many of those have no best-supported value (the evidence is balanced).</param>
    /// <param name="prior">The reliability a user set for it, or <see langword="null"/>.</param>
    /// <param name="defaultReliability">The reliability assumed for a source nobody vouched for.</param>
    /// <returns>One or two sentences.</returns>
    public static string ForSource(string sourceId, double reliability, int facts, double checkedFacts, double agreements, double undecided, double? prior, double defaultReliability)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{sourceId} has a reliability of {reliability:0.00}: ");
        if (checkedFacts > 0)
        {
            string checkedText = checkedFacts == 1 ? "the one fact" : "the " + FormatCount(checkedFacts) + " facts";
            text.Append(CultureInfo.InvariantCulture, $"it states the best-supported value for {FormatCount(agreements)} of {checkedText} that independent sources also report");
            if (undecided > 0)
            {
                text.Append(checkedFacts == 1 ? ", which is undecided" : string.Create(CultureInfo.InvariantCulture, $" ({FormatCount(undecided)} undecided)"));
            }

            double alone = facts - checkedFacts;
            text.Append(alone >= 1 ? string.Create(CultureInfo.InvariantCulture, $"; nobody independent confirms or refutes the other {FormatCount(alone)}.") : ".");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"no independent source reports the {facts} fact{(facts == 1 ? string.Empty : "s")} it states, so nothing confirms or refutes it.");
        }

        if (prior is { } p)
        {
            text.Append(CultureInfo.InvariantCulture, $" It started from a prior of {p:0.00} set by the user.");
        }
        else if (checkedFacts < FewClaims)
        {
            text.Append(CultureInfo.InvariantCulture, $" With so little to check it stays near the {defaultReliability:0.00} assumed for any source.");
        }

        return text.ToString();
    }

    private static string FormatCount(double count)
        => count == Math.Floor(count) ? count.ToString("0", CultureInfo.InvariantCulture) : count.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Names(IEnumerable<ClaimView> claims) => Join([.. claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal)]);

    private static string WithReliability(IReadOnlyList<ClaimView> claims)
    {
        string[] parts = [.. claims.Select((c, i) => i == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{c.SourceId} (reliability {c.Reliability:0.00})")
            : string.Create(CultureInfo.InvariantCulture, $"{c.SourceId} ({c.Reliability:0.00})"))];
        return Join(parts);
    }

    private static string Join(string[] parts) => parts.Length switch
    {
        0 => "no source",
        1 => parts[0],
        _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
    };
}
