using System;
using System.Collections.Generic;
using System.Linq;
using Reconcile.Comparison;
using Reconcile.Pipeline;
using Reconcile.Text;

namespace Reconcile.Grouping;

/// <summary>
/// Groups claims by what they measure and what surrounds them. Within a block (same unit and counted thing,
/// or same kind of date), claims from different sources are merged by average-linkage clustering over the
/// cosine similarity of their contexts, strongest pairs first, under three constraints: a source never
/// contributes two different values to one fact; the stated periods must be compatible; and the average
/// similarity between the two clusters must reach the threshold.
/// </summary>
internal sealed class ContextGrouper : IClaimGrouper
{
    private const double SameValueBonus = 0.2;
    private const double OverlapBonus = 0.05;

    // Calling a conflict costs a reporter's time, so two values that cannot both hold must be more alike in
    // context than two that can before they are taken for one fact.
    private const double ConflictMargin = 0.1;
    private readonly double _threshold;

    public ContextGrouper(ReconcilerOptions options) => _threshold = options.GroupingThreshold;

    public IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(documents);
        var texts = documents.ToDictionary(d => d.Source.Id, d => d.Text, StringComparer.Ordinal);
        var stream = new TokenStream();
        var raw = new Dictionary<string, double>[claims.Count];
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new HashSet<(string, TextSpan)>();
        for (int i = 0; i < claims.Count; i++)
        {
            Claim claim = claims[i];
            raw[i] = ClaimContext.RawTerms(claim, texts[claim.Source.Id], stream);
            if (sentences.Add((claim.Source.Id, claim.Sentence)))
            {
                foreach (string term in raw[i].Keys)
                {
                    frequency[term] = frequency.GetValueOrDefault(term) + 1;
                }
            }
        }

        double total = Math.Max(1, sentences.Count);
        double Idf(string term) => Math.Log((total + 1) / (frequency.GetValueOrDefault(term) + 0.5));
        var contexts = new ClaimContext[claims.Count];
        for (int i = 0; i < claims.Count; i++)
        {
            contexts[i] = ClaimContext.Weigh(raw[i], Idf);
        }

        var blocks = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < claims.Count; i++)
        {
            string key = BlockKey.For(claims[i]);
            if (!blocks.TryGetValue(key, out List<int>? members))
            {
                blocks[key] = members = [];
            }

            members.Add(i);
        }

        var groups = new List<IReadOnlyList<Claim>>();
        foreach (List<int> block in blocks.Values)
        {
            foreach (List<int> cluster in Cluster(block, claims, contexts))
            {
                groups.Add([.. cluster.Select(i => claims[i])]);
            }
        }

        return groups;
    }

    private List<List<int>> Cluster(List<int> block, IReadOnlyList<Claim> claims, ClaimContext[] contexts)
    {
        int n = block.Count;
        var clusters = new List<int>?[n];
        var owner = new int[n];
        for (int k = 0; k < n; k++)
        {
            clusters[k] = [k];
            owner[k] = k;
        }

        var similarity = new double[n, n];
        var pairs = new List<(double Score, int A, int B)>();
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                Claim ca = claims[block[a]], cb = claims[block[b]];
                double score = contexts[block[a]].Cosine(contexts[block[b]]) + ValueBonus(ca, cb);
                similarity[a, b] = similarity[b, a] = score;
                if (!string.Equals(ca.Source.Id, cb.Source.Id, StringComparison.Ordinal) && score >= _threshold)
                {
                    pairs.Add((score, a, b));
                }
            }
        }

        // Strongest first; ties by position, so the result does not depend on input order.
        pairs.Sort(static (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        foreach ((_, int a, int b) in pairs)
        {
            int ra = owner[a], rb = owner[b];
            if (ra == rb)
            {
                continue;
            }

            List<int> left = clusters[ra]!, right = clusters[rb]!;
            if (!CanMerge(left, right, block, claims, similarity))
            {
                continue;
            }

            left.AddRange(right);
            foreach (int k in right)
            {
                owner[k] = ra;
            }

            clusters[rb] = null;
        }

        var result = new List<List<int>>();
        foreach (List<int>? cluster in clusters)
        {
            if (cluster is not null)
            {
                cluster.Sort();
                result.Add([.. cluster.Select(k => block[k])]);
            }
        }

        return result;
    }

    private bool CanMerge(List<int> left, List<int> right, List<int> block, IReadOnlyList<Claim> claims, double[,] similarity)
    {
        double sum = 0, conflicting = 0;
        int count = 0, conflicts = 0;
        foreach (int a in left)
        {
            Claim ca = claims[block[a]];
            foreach (int b in right)
            {
                Claim cb = claims[block[b]];
                if (!ScopeMatch.Compatible(ca.Scope, cb.Scope))
                {
                    return false;
                }

                if (string.Equals(ca.Source.Id, cb.Source.Id, StringComparison.Ordinal))
                {
                    if (!ValueComparison.SameValue(ca.Value, cb.Value))
                    {
                        return false; // one source, two different values: two different facts
                    }

                    continue;
                }

                if (!ValueComparison.CanBothHold(ca.Value, cb.Value))
                {
                    conflicting += similarity[a, b];
                    conflicts++;
                }

                sum += similarity[a, b];
                count++;
            }
        }

        return count > 0 && sum / count >= _threshold && (conflicts == 0 || conflicting / conflicts >= _threshold + ConflictMargin);
    }

    private static double ValueBonus(Claim a, Claim b)
        => ValueComparison.SameValue(a.Value, b.Value) ? SameValueBonus : ValueComparison.CanBothHold(a.Value, b.Value) ? OverlapBonus : 0;
}
