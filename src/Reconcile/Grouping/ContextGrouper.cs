using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Reconcile.Comparison;
using Reconcile.Pipeline;
using Reconcile.Text;

namespace Reconcile.Grouping;

/// <summary>
/// Groups claims by what they measure and what surrounds them. Within a block (same unit and counted thing,
/// or same kind of date), claims from different sources are merged by average-linkage clustering over the
/// cosine similarity of their contexts, strongest pairs first, under three constraints: a source never
/// contributes two different values to one fact; the stated periods must be compatible; and the average
/// similarity between the two clusters must reach the threshold, higher when their values conflict.
/// </summary>
/// <remarks>
/// Large blocks are not compared pair by pair: candidate pairs are claims that share one of their heaviest
/// context words, and words shared by very many claims are skipped, so the cost grows about linearly with the
/// number of claims.
/// </remarks>
internal sealed class ContextGrouper : IClaimGrouper
{
    private const float SameValueBonus = 0.2f;
    private const float OverlapBonus = 0.05f;
    private const float SpecificSameValueBonus = 0.3f;
    private const float CloseValueBonus = 0.25f;
    private const float NearValueBonus = 0.12f;
    private const float NearDateBonus = 0.1f;

    // A figure stated for a period and one stated without, or for another period, are only taken for one fact in
    // conflict when the figures are close: "19,000 hectares in 2024" is another fact than "12,400 hectares".
    private const double ScopedConflictGap = 0.1;

    // Calling a conflict costs a reporter's time, so two values that cannot both hold must be more alike in
    // context than two that can before they are taken for one fact.
    private const float ConflictMargin = 0.05f;

    private const int AllPairsLimit = 48;
    private const int CandidateTerms = 6;
    private const int PostingLimit = 32;
    private const int NeighbourWindow = 8;

    private readonly float _threshold;

    public ContextGrouper(ReconcilerOptions options) => _threshold = (float)options.GroupingThreshold;

    public IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(documents);
        var texts = new Dictionary<string, string>(documents.Count, StringComparer.Ordinal);
        var sourceIndex = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        foreach (Document document in documents)
        {
            texts[document.Source.Id] = document.Text;
            sourceIndex[document.Source.Id] = sourceIndex.Count;
        }

        var table = new TermTable();
        var stream = new TokenStream();
        var scratch = new Dictionary<int, float>();
        var contexts = new ClaimContext[claims.Count];
        var sentences = new HashSet<(int, TextSpan)>();
        for (int i = 0; i < claims.Count; i++)
        {
            Claim claim = claims[i];
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            contexts[i] = ClaimContext.Read(claim, texts[claim.Source.Id], stream, table, scratch);
            if (sentences.Add((sourceIndex[claim.Source.Id], claim.Sentence)))
            {
                foreach (int term in contexts[i].Terms)
                {
                    table.CountSentence(term);
                }
            }
        }

        // Where each claim stands in its sentence, and what the sentence says, so that in two copies of one
        // sentence the first figure is matched with the first and the second with the second.
        var sentenceTerms = new Dictionary<(int, TextSpan), int[]>();
        var positions = new SentencePosition[claims.Count];
        for (int i = 0; i < claims.Count; )
        {
            int j = i;
            int source = sourceIndex[claims[i].Source.Id];
            while (j < claims.Count && sourceIndex[claims[j].Source.Id] == source && claims[j].Sentence == claims[i].Sentence)
            {
                j++;
            }

            var key = (source, claims[i].Sentence);
            if (!sentenceTerms.TryGetValue(key, out int[]? terms))
            {
                sentenceTerms[key] = terms = ClaimContext.SentenceTerms(texts[claims[i].Source.Id], claims[i].Sentence, stream, table, scratch);
            }

            var position = new SentencePosition(terms, [.. claims.Skip(i).Take(j - i).Select(c => c.Value)]);
            for (int k = i; k < j; k++)
            {
                positions[k] = position;
            }

            i = j;
        }

        int sentenceCount = Math.Max(1, sentences.Count);
        foreach (ClaimContext context in contexts)
        {
            context.Weigh(table, sentenceCount);
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

        int[] sources = [.. claims.Select(c => sourceIndex[c.Source.Id])];
        var groups = new List<IReadOnlyList<Claim>>(claims.Count);
        foreach (List<int> block in blocks.Values)
        {
            foreach (List<int> cluster in new BlockClustering(block, claims, sources, contexts, positions, _threshold, cancellationToken).Run())
            {
                groups.Add([.. cluster.Select(i => claims[i])]);
            }
        }

        return groups;
    }

    /// <summary>Average-linkage clustering of one block over a sparse graph of context similarities.</summary>
    private sealed class BlockClustering
    {
        private readonly List<int> _block;
        private readonly IReadOnlyList<Claim> _claims;
        private readonly int[] _sources;
        private readonly ClaimContext[] _contexts;
        private readonly SentencePosition[] _positions;
        private readonly float _threshold;
        private readonly Cluster?[] _clusters;
        private readonly int[] _owner;

        private readonly CancellationToken _cancellationToken;

        public BlockClustering(List<int> block, IReadOnlyList<Claim> claims, int[] sources, ClaimContext[] contexts, SentencePosition[] positions, float threshold, CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            _positions = positions;
            _block = block;
            _claims = claims;
            _sources = sources;
            _contexts = contexts;
            _threshold = threshold;
            _clusters = new Cluster?[block.Count];
            _owner = new int[block.Count];
        }

        public List<List<int>> Run()
        {
            int n = _block.Count;
            for (int k = 0; k < n; k++)
            {
                _clusters[k] = new Cluster(k, _claims[_block[k]], _sources[_block[k]]);
                _owner[k] = k;
            }

            var triggers = new List<(float Score, int A, int B)>();
            long compared = 0;
            foreach ((int a, int b) in CandidatePairs())
            {
                if ((++compared & 4095) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                Claim ca = _claims[_block[a]], cb = _claims[_block[b]];
                if (_sources[_block[a]] == _sources[_block[b]])
                {
                    continue;
                }

                if (SentencePosition.Misaligned(_positions[_block[a]], ca.Value, _positions[_block[b]], cb.Value))
                {
                    continue; // the same sentence in two copies, but a different figure in it
                }

                if (ClaimContext.Opposed(_contexts[_block[a]], _contexts[_block[b]]))
                {
                    continue; // "54.8 percent in favour" and "45.2 percent against"
                }

                float score = _contexts[_block[a]].Cosine(_contexts[_block[b]]) + ValueBonus(ca, cb);
                if (score <= 0)
                {
                    continue;
                }

                // Values that cannot both hold, or are far apart, need stronger evidence of being one fact.
                bool conflicting = !ValueComparison.CanBothHold(ca.Value, cb.Value) || ValueComparison.FarApart(ca.Value, cb.Value);
                _clusters[a]!.AddEdge(b, score, conflicting);
                _clusters[b]!.AddEdge(a, score, conflicting);
                if (score >= _threshold)
                {
                    triggers.Add((score, a, b));
                }
            }

            // Strongest first; ties by position, so the result does not depend on input order.
            triggers.Sort(static (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
            // First gather what agrees, then let a conflict join only what it is most like: a figure that can
            // hold with one group is not pulled into a conflict with another by one strong edge.
            foreach (bool allowConflicts in (ReadOnlySpan<bool>)[false, true])
            {
                foreach ((_, int a, int b) in triggers)
                {
                    int ra = _owner[a], rb = _owner[b];
                    if (ra != rb && CanMerge(_clusters[ra]!, _clusters[rb]!, allowConflicts))
                    {
                        Merge(ra, rb);
                    }
                }
            }

            var result = new List<List<int>>();
            foreach (Cluster? cluster in _clusters)
            {
                if (cluster is not null)
                {
                    cluster.Members.Sort();
                    result.Add([.. cluster.Members.Select(k => _block[k])]);
                }
            }

            result.Sort(static (x, y) => x[0].CompareTo(y[0]));
            return result;
        }

        /// <summary>
        /// The pairs worth comparing. A small block: every pair. A large one: claims that share one of their
        /// rarest context words (all pairs while the word is rare enough, otherwise each claim with its nearest
        /// neighbours in the order of their rare-word signatures), so the number of pairs grows linearly.
        /// </summary>
        private IEnumerable<(int A, int B)> CandidatePairs()
        {
            int n = _block.Count;
            if (n <= AllPairsLimit)
            {
                for (int a = 0; a < n; a++)
                {
                    for (int b = a + 1; b < n; b++)
                    {
                        yield return (a, b);
                    }
                }

                yield break;
            }

            var postings = new Dictionary<int, List<int>>();
            var signatures = new int[n][];
            var top = new List<int>(CandidateTerms);
            for (int k = 0; k < n; k++)
            {
                _contexts[_block[k]].TopTerms(CandidateTerms, top);
                top.Sort();
                signatures[k] = [.. top];
                foreach (int term in top)
                {
                    if (!postings.TryGetValue(term, out List<int>? list))
                    {
                        postings[term] = list = [];
                    }

                    list.Add(k);
                }
            }

            // Keyed by the pair itself: a long key (a << 32 | b) hashes to a ^ b, which is tiny for neighbours and
            // put tens of thousands of pairs in a few buckets.
            var seen = new HashSet<(int, int)>();
            foreach (int term in postings.Keys.Order())
            {
                List<int> list = postings[term];
                if (list.Count > PostingLimit)
                {
                    // A common word: compare each claim only with the claims whose signatures sort next to its own.
                    list.Sort((x, y) => CompareSignatures(signatures[x], signatures[y], x, y));
                    for (int x = 0; x < list.Count; x++)
                    {
                        for (int y = x + 1; y < list.Count && y <= x + NeighbourWindow; y++)
                        {
                            if (Pair(list[x], list[y], seen, out (int, int) pair))
                            {
                                yield return pair;
                            }
                        }
                    }

                    continue;
                }

                for (int x = 0; x < list.Count; x++)
                {
                    for (int y = x + 1; y < list.Count; y++)
                    {
                        if (Pair(list[x], list[y], seen, out (int, int) pair))
                        {
                            yield return pair;
                        }
                    }
                }
            }
        }

        private static bool Pair(int x, int y, HashSet<(int, int)> seen, out (int A, int B) pair)
        {
            int a = Math.Min(x, y), b = Math.Max(x, y);
            pair = (a, b);
            return seen.Add(pair);
        }

        private static int CompareSignatures(int[] x, int[] y, int ix, int iy)
        {
            int length = Math.Min(x.Length, y.Length);
            for (int k = 0; k < length; k++)
            {
                if (x[k] != y[k])
                {
                    return x[k].CompareTo(y[k]);
                }
            }

            return x.Length != y.Length ? x.Length.CompareTo(y.Length) : ix.CompareTo(iy);
        }

        private bool CanMerge(Cluster left, Cluster right, bool allowConflicts)
        {
            foreach (TimeScope? a in left.Scopes)
            {
                foreach (TimeScope? b in right.Scopes)
                {
                    if (!ScopeMatch.Compatible(a, b))
                    {
                        return false;
                    }
                }
            }

            (Cluster small, Cluster large) = left.SourceValues.Count <= right.SourceValues.Count ? (left, right) : (right, left);
            long sameSourcePairs = 0;
            foreach ((int source, List<ClaimValue> values) in small.SourceValues)
            {
                if (!large.SourceValues.TryGetValue(source, out List<ClaimValue>? others))
                {
                    continue;
                }

                foreach (ClaimValue v in values)
                {
                    foreach (ClaimValue w in others)
                    {
                        if (!ValueComparison.SameValue(v, w))
                        {
                            return false; // one source, two different values: two different facts
                        }
                    }
                }

                sameSourcePairs += (long)small.SourceCounts[source] * large.SourceCounts[source];
            }

            long crossPairs = ((long)left.Members.Count * right.Members.Count) - sameSourcePairs;
            EdgeSum edges = left.Edges.GetValueOrDefault(right.Id);
            if (crossPairs <= 0 || edges.Sum / crossPairs < _threshold)
            {
                return false;
            }

            long conflictingPairs = 0;
            foreach ((ClaimValue v, int countV) in left.Values)
            {
                foreach ((ClaimValue w, int countW) in right.Values)
                {
                    if (ValueComparison.FarApart(v, w))
                    {
                        return false; // one figure several times another is another fact, however alike the words
                    }

                    if (!ValueComparison.CanBothHold(v, w))
                    {
                        conflictingPairs += (long)countV * countW;
                    }
                }
            }

            if (conflictingPairs > 0)
            {
                foreach ((ClaimValue v, TimeScope? sv) in left.Stated)
                {
                    foreach ((ClaimValue w, TimeScope? sw) in right.Stated)
                    {
                        if (!ValueComparison.CanBothHold(v, w) && ScopesDiffer(sv, sw) && !(ValueComparison.Gap(v, w) <= ScopedConflictGap))
                        {
                            return false;
                        }
                    }
                }
            }

            return conflictingPairs == 0 || (allowConflicts && edges.ConflictSum / conflictingPairs >= _threshold + ConflictMargin);
        }

        private static bool ScopesDiffer(TimeScope? a, TimeScope? b)
            => (a is null) != (b is null) || (a is not null && !ScopeMatch.Same(a, b));

        private void Merge(int ra, int rb)
        {
            Cluster a = _clusters[ra]!, b = _clusters[rb]!;
            (Cluster keep, Cluster gone) = a.Members.Count > b.Members.Count || (a.Members.Count == b.Members.Count && a.Id < b.Id) ? (a, b) : (b, a);
            foreach (int k in gone.Members)
            {
                _owner[k] = keep.Id;
            }

            foreach ((int neighbour, EdgeSum sum) in gone.Edges)
            {
                if (neighbour == keep.Id)
                {
                    continue;
                }

                Cluster other = _clusters[neighbour]!;
                other.Edges.Remove(gone.Id);
                EdgeSum combined = keep.Edges.GetValueOrDefault(neighbour) + sum;
                keep.Edges[neighbour] = combined;
                other.Edges[keep.Id] = combined;
            }

            keep.Edges.Remove(gone.Id);
            keep.Absorb(gone);
            _clusters[gone.Id] = null;
        }

        private static float ValueBonus(Claim a, Claim b)
        {
            bool same = ValueComparison.SameValue(a.Value, b.Value);
            float bonus = same ? SameValueBonus : ValueComparison.CanBothHold(a.Value, b.Value) ? OverlapBonus : 0;

            // Two outlets rarely word one fact alike ("killed 51 people", "the death toll rose to nearly 50"), but
            // within one story two different facts rarely share a figure of the same kind: the nearer and the more
            // specific the figures, the more they say that the claims are one fact.
            if (ValueComparison.Closeness(a.Value, b.Value) is { } closeness)
            {
                float evidence = same ? (closeness.Specific ? SpecificSameValueBonus : SameValueBonus)
                    : ValueComparison.Close(closeness) ? CloseValueBonus : NearValueBonus;
                bonus = Math.Max(bonus, closeness.Specific || same ? evidence : evidence / 2);
            }
            else if (ValueComparison.NearDates(a.Value, b.Value))
            {
                bonus = Math.Max(bonus, NearDateBonus);
            }

            return bonus;
        }
    }

    private readonly record struct EdgeSum(double Sum, double ConflictSum)
    {
        public static EdgeSum operator +(EdgeSum x, EdgeSum y) => new(x.Sum + y.Sum, x.ConflictSum + y.ConflictSum);
    }

    /// <summary>A cluster's members and what merging needs to know about them, kept up to date as clusters merge.</summary>
    private sealed class Cluster
    {
        public Cluster(int id, Claim claim, int source)
        {
            Id = id;
            Members = [id];
            SourceCounts = new Dictionary<int, int> { [source] = 1 };
            SourceValues = new Dictionary<int, List<ClaimValue>> { [source] = [claim.Value] };
            Values = [(claim.Value, 1)];
            Scopes = [claim.Scope];
            Stated = [(claim.Value, claim.Scope)];
        }

        public int Id { get; }

        public List<int> Members { get; }

        public Dictionary<int, int> SourceCounts { get; }

        public Dictionary<int, List<ClaimValue>> SourceValues { get; }

        public List<(ClaimValue Value, int Count)> Values { get; }

        public List<TimeScope?> Scopes { get; }

        /// <summary>Each distinct value with the period it was stated for.</summary>
        public List<(ClaimValue Value, TimeScope? Scope)> Stated { get; }

        public Dictionary<int, EdgeSum> Edges { get; } = [];

        public void AddEdge(int other, float score, bool conflicting)
            => Edges[other] = Edges.GetValueOrDefault(other) + new EdgeSum(score, conflicting ? score : 0);

        public void Absorb(Cluster other)
        {
            Members.AddRange(other.Members);
            foreach ((int source, int count) in other.SourceCounts)
            {
                SourceCounts[source] = SourceCounts.GetValueOrDefault(source) + count;
            }

            foreach ((int source, List<ClaimValue> values) in other.SourceValues)
            {
                if (!SourceValues.TryGetValue(source, out List<ClaimValue>? mine))
                {
                    SourceValues[source] = mine = [];
                }

                foreach (ClaimValue value in values)
                {
                    if (!mine.Exists(v => ValueComparison.SameValue(v, value)))
                    {
                        mine.Add(value);
                    }
                }
            }

            foreach ((ClaimValue value, int count) in other.Values)
            {
                int at = Values.FindIndex(v => v.Value.Equals(value));
                if (at < 0)
                {
                    Values.Add((value, count));
                }
                else
                {
                    Values[at] = (value, Values[at].Count + count);
                }
            }

            foreach ((ClaimValue value, TimeScope? scope) in other.Stated)
            {
                if (!Stated.Exists(x => x.Value.Equals(value) && Equals(x.Scope, scope)))
                {
                    Stated.Add((value, scope));
                }
            }

            foreach (TimeScope? scope in other.Scopes)
            {
                if (!Scopes.Exists(s => Equals(s, scope)))
                {
                    Scopes.Add(scope);
                }
            }
        }
    }
}
