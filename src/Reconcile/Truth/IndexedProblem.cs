using System;
using System.Collections.Generic;
using System.Linq;

namespace Reconcile.Truth;

/// <summary>
/// A <see cref="TruthProblem"/> laid out in flat arrays for the estimator: sources, facts and candidate values
/// by index, each fact's claims and candidates as contiguous runs, and the sparse support between candidates.
/// </summary>
/// <remarks>
/// Memory is linear in the number of claims plus the number of nonzero supports between the distinct values of a
/// fact; supports between far-apart numbers and disjoint lists are zero and not stored.
/// </remarks>
internal sealed class IndexedProblem
{
    /// <summary>Lays a problem out for the estimator.</summary>
    /// <param name="problem">The claims, copies and priors.</param>
    /// <param name="options">The settings that decide how values support each other.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IndexedProblem(TruthProblem problem, TruthOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        Sources = [.. problem.SourceIds];
        var sourceIndex = new Dictionary<string, int>(Sources.Length, StringComparer.Ordinal);
        for (int s = 0; s < Sources.Length; s++)
        {
            sourceIndex[Sources[s]] = s;
        }

        IReadOnlyList<TruthClaim> claims = problem.Claims;
        var items = new List<string>();
        var itemClaimStart = new List<int>();
        var itemCandidateStart = new List<int>();
        var candidates = new List<TruthValue>();
        var claimSource = new List<int>();
        var claimItem = new List<int>();
        var claimCandidate = new List<int>();
        var claimFraction = new List<double>();
        var sourceFacts = new int[Sources.Length];
        var itemSources = new List<int>();

        int start = 0;
        while (start < claims.Count)
        {
            int end = start;
            while (end < claims.Count && string.Equals(claims[end].ItemId, claims[start].ItemId, StringComparison.Ordinal))
            {
                end++;
            }

            int item = items.Count;
            items.Add(claims[start].ItemId);
            itemSources.Add(0);
            itemClaimStart.Add(claimSource.Count);
            itemCandidateStart.Add(candidates.Count);

            // The fact's distinct values, in canonical order.
            var distinct = new List<TruthValue>();
            var seen = new HashSet<TruthValue>();
            for (int c = start; c < end; c++)
            {
                if (seen.Add(claims[c].Value))
                {
                    distinct.Add(claims[c].Value);
                }
            }

            distinct.Sort(static (a, b) => a.CompareTo(b));
            var local = new Dictionary<TruthValue, int>(distinct.Count);
            for (int k = 0; k < distinct.Count; k++)
            {
                local[distinct[k]] = candidates.Count + k;
            }

            candidates.AddRange(distinct);

            // Claims come ordered by source, then value: a source's distinct values for the fact share its vote.
            int run = start;
            while (run < end)
            {
                int runEnd = run;
                while (runEnd < end && string.Equals(claims[runEnd].SourceId, claims[run].SourceId, StringComparison.Ordinal))
                {
                    runEnd++;
                }

                var values = new List<int>();
                for (int c = run; c < runEnd; c++)
                {
                    int candidate = local[claims[c].Value];
                    if (!values.Contains(candidate))
                    {
                        values.Add(candidate);
                    }
                }

                int source = sourceIndex[claims[run].SourceId];
                sourceFacts[source]++;
                itemSources[item]++;
                foreach (int candidate in values)
                {
                    claimSource.Add(source);
                    claimItem.Add(item);
                    claimCandidate.Add(candidate);
                    claimFraction.Add(1.0 / values.Count);
                }

                run = runEnd;
            }

            start = end;
        }

        itemClaimStart.Add(claimSource.Count);
        itemCandidateStart.Add(candidates.Count);
        Items = [.. items];
        ItemClaimStart = [.. itemClaimStart];
        ItemCandidateStart = [.. itemCandidateStart];
        Candidates = [.. candidates];
        ClaimSource = [.. claimSource];
        ClaimItem = [.. claimItem];
        ClaimCandidate = [.. claimCandidate];
        ClaimFraction = [.. claimFraction];
        SourceFactCount = sourceFacts;
        ItemSourceCount = [.. itemSources];

        // Claims per candidate (already in source order within a fact).
        CandidateClaimStart = new int[Candidates.Length + 1];
        foreach (int candidate in ClaimCandidate)
        {
            CandidateClaimStart[candidate + 1]++;
        }

        for (int k = 0; k < Candidates.Length; k++)
        {
            CandidateClaimStart[k + 1] += CandidateClaimStart[k];
        }

        CandidateClaims = new int[ClaimCandidate.Length];
        int[] fill = (int[])CandidateClaimStart.Clone();
        for (int c = 0; c < ClaimCandidate.Length; c++)
        {
            CandidateClaims[fill[ClaimCandidate[c]]++] = c;
        }

        // Sparse support between different candidates of one fact.
        var supportStart = new int[Candidates.Length + 1];
        var targets = new List<int>();
        var shares = new List<double>();
        for (int item = 0; item < Items.Length; item++)
        {
            for (int x = ItemCandidateStart[item]; x < ItemCandidateStart[item + 1]; x++)
            {
                supportStart[x] = targets.Count;
                for (int v = ItemCandidateStart[item]; v < ItemCandidateStart[item + 1]; v++)
                {
                    double share = v == x ? 0 : ValueSupport.Of(Candidates[x], Candidates[v], options);
                    if (share > 0)
                    {
                        targets.Add(v);
                        shares.Add(share);
                    }
                }
            }
        }

        supportStart[Candidates.Length] = targets.Count;
        SupportStart = supportStart;
        SupportTarget = [.. targets];
        SupportShare = [.. shares];

        Priors = new double[Sources.Length];
        for (int s = 0; s < Sources.Length; s++)
        {
            Priors[s] = problem.Priors.TryGetValue(Sources[s], out double prior) ? prior : double.NaN;
        }

        // Class 0 holds the sources without a class; the named classes follow in ordinal order.
        string[] classNames = [.. problem.SourceClasses.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        ClassNames = classNames;
        SourceClass = new int[Sources.Length];
        for (int s = 0; s < Sources.Length; s++)
        {
            SourceClass[s] = problem.SourceClasses.TryGetValue(Sources[s], out string? name) ? Array.BinarySearch(classNames, name, StringComparer.Ordinal) + 1 : 0;
        }

        var copies = new List<(int, int)>();
        foreach ((string first, string second) in problem.Copies)
        {
            if (sourceIndex.TryGetValue(first, out int a) && sourceIndex.TryGetValue(second, out int b))
            {
                copies.Add((Math.Min(a, b), Math.Max(a, b)));
            }
        }

        GivenCopies = [.. copies];
    }

    /// <summary>Gets the source ids, in ordinal order.</summary>
    public string[] Sources { get; }

    /// <summary>Gets the fact ids, in ordinal order.</summary>
    public string[] Items { get; }

    /// <summary>Gets where each fact's claims start; the last entry is the number of claims.</summary>
    public int[] ItemClaimStart { get; }

    /// <summary>Gets where each fact's candidates start; the last entry is the number of candidates.</summary>
    public int[] ItemCandidateStart { get; }

    /// <summary>Gets every fact's distinct values, fact by fact, each fact's in canonical order.</summary>
    public TruthValue[] Candidates { get; }

    /// <summary>Gets each claim's source index.</summary>
    public int[] ClaimSource { get; }

    /// <summary>Gets each claim's fact index.</summary>
    public int[] ClaimItem { get; }

    /// <summary>Gets each claim's candidate index.</summary>
    public int[] ClaimCandidate { get; }

    /// <summary>Gets each claim's share of its source's vote on the fact (1 unless the source states several values).</summary>
    public double[] ClaimFraction { get; }

    /// <summary>Gets how many facts each source states a value for.</summary>
    public int[] SourceFactCount { get; }

    /// <summary>Gets how many sources state a value for each fact.</summary>
    public int[] ItemSourceCount { get; }

    /// <summary>Gets where each candidate's claims start in <see cref="CandidateClaims"/>.</summary>
    public int[] CandidateClaimStart { get; }

    /// <summary>Gets the claims of each candidate, in source order.</summary>
    public int[] CandidateClaims { get; }

    /// <summary>Gets where each candidate's outgoing supports start.</summary>
    public int[] SupportStart { get; }

    /// <summary>Gets the candidate each support goes to.</summary>
    public int[] SupportTarget { get; }

    /// <summary>Gets the share of each support, 0 to 1.</summary>
    public double[] SupportShare { get; }

    /// <summary>Gets each source's user-set prior, or NaN.</summary>
    public double[] Priors { get; }

    /// <summary>Gets the names of the source classes, in ordinal order; class index <c>k</c> is <c>ClassNames[k - 1]</c>.</summary>
    public string[] ClassNames { get; }

    /// <summary>Gets each source's class index: 0 for a source without a class, otherwise one more than its place in <see cref="ClassNames"/>.</summary>
    public int[] SourceClass { get; }

    /// <summary>Gets the given copy pairs by source index, smaller index first.</summary>
    public (int First, int Second)[] GivenCopies { get; }

    /// <summary>The share of support candidate <paramref name="from"/> lends candidate <paramref name="to"/> of the same fact.</summary>
    /// <param name="from">The stated value.</param>
    /// <param name="to">The candidate.</param>
    /// <returns>1 when equal, the stored share otherwise, or 0.</returns>
    public double Support(int from, int to)
    {
        if (from == to)
        {
            return 1;
        }

        for (int k = SupportStart[from]; k < SupportStart[from + 1]; k++)
        {
            if (SupportTarget[k] == to)
            {
                return SupportShare[k];
            }
        }

        return 0;
    }
}
