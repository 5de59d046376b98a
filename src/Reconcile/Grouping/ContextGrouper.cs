using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
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

    // A story that gives one figure of a kind ("seven carriages") gives it for the kind's headline fact: two outlets
    // that each give one, in conflict, are likely stating the same fact, however differently they word the sentence
    // around it ("came off the rails", "left the track"). Worth as much as the margin a conflict needs; it adds to
    // the evidence of a pair already similar enough to be tried, and makes no pair a candidate by itself.
    private const float SoleOfKindBonus = 0.05f;

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
    private readonly int _maxDegreeOfParallelism;

    public ContextGrouper(ReconcilerOptions options)
    {
        _threshold = (float)options.GroupingThreshold;
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
    }

    public IReadOnlyList<IReadOnlyList<Claim>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(documents);
        var sourceIndex = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        var texts = new string[documents.Count];
        foreach (Document document in documents)
        {
            int index = sourceIndex.Count;
            sourceIndex[document.Source.Id] = index;
            texts[index] = document.Text;
        }

        int[] sources = new int[claims.Count];
        for (int i = 0; i < claims.Count; i++)
        {
            sources[i] = sourceIndex[claims[i].Source.Id];
        }

        // "Every core" is the number of cores, not unlimited: a block takes seconds, and with no limit the thread
        // pool keeps adding workers to a loop that never yields, each with its own buffers (4.7 GB at 1M claims).
        int degree = _maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : _maxDegreeOfParallelism;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };

        // Contexts are read in chunks on every core, each chunk with a term table of its own; then, chunk after
        // chunk, each chunk's terms get their ids in the order the chunk first met them, which is the order one
        // table reading every claim in turn would have given them, so the ids, and all that follows, are the same.
        // Chunks are read a few at a time, so that only those wait in memory, each with a copy of its words; the
        // next few are read while this thread gives ids to the last ones, so that no core waits for the other.
        // The blocks depend only on the claims' values and measures: they are found while the contexts are read, not
        // after, when this thread alone would work them out (a quarter of a second at a million claims). With one
        // core allowed, after.
        Task<List<int>[]>? blocking = degree > 1 ? Task.Run(() => Blocks.Of(claims), cancellationToken) : null;
        var chunks = new ContextChunk[(claims.Count + ContextChunk.Size - 1) / ContextChunk.Size];
        int wave = Math.Max(1, degree) * 2;
        var spareChunks = new ConcurrentStack<ContextChunk>();
        Task ReadWave(int first) => first >= chunks.Length
            ? Task.CompletedTask
            : Task.Run(() => Parallel.For(first, Math.Min(chunks.Length, first + wave), parallel, k => chunks[k] = ContextChunk.Read(claims, k * ContextChunk.Size, sources, texts, spareChunks, cancellationToken)), cancellationToken);

        Task reading = ReadWave(0);

        var table = new TermTable();
        // Every context in three flat arrays (claim i's terms are at starts[i]..starts[i + 1]): a million small
        // objects that live through the whole grouping cost the garbage collector more than reading them does.
        int[] starts = new int[claims.Count + 1];
        int[] terms = new int[claims.Count * 12];
        float[] weights = new float[terms.Length];
        int at = 0;
        // Opposite words in each claim's clause; almost always the one shared empty array.
        int[][] poles = new int[claims.Count][];
        var sentences = new HashSet<(int, TextSpan)>(claims.Count);
        int[] ids = [];
        for (int c = 0; c < chunks.Length; c++)
        {
            if (c % wave == 0)
            {
                // As Parallel.For would throw: the exception itself, not wrapped.
                reading.GetAwaiter().GetResult();
                reading = ReadWave(c + wave);
            }

            ContextChunk chunk = chunks[c];
            chunks[c] = null!; // read once: it goes back to the spares below
            if (at + chunk.TermCount > terms.Length)
            {
                // Room for the rest at the rate so far, with a little to spare, rather than twice as much: these are
                // the two largest arrays of the grouping, and the old ones are alive while they are copied.
                long read = chunk.First + chunk.Count;
                long expected = (at + chunk.TermCount) * (claims.Count + (claims.Count / 20)) / read;
                int length = (int)Math.Min(Array.MaxLength, Math.Max(at + chunk.TermCount, expected));
                Array.Resize(ref terms, length);
                Array.Resize(ref weights, length);
            }
            if (ids.Length < chunk.Table.Count)
            {
                ids = new int[Math.Max(chunk.Table.Count, ids.Length * 2)];
            }

            for (int local = 0; local < chunk.Table.Count; local++)
            {
                ids[local] = table.GetOrAdd(chunk.Table[local]);
            }

            for (int k = 0; k < chunk.Count; k++)
            {
                int i = chunk.First + k;
                int from = at;
                foreach (int local in chunk.Terms(k))
                {
                    terms[at++] = ids[local];
                }

                chunk.Weights(k).CopyTo(weights.AsSpan(from));
                starts[i + 1] = at;
                poles[i] = chunk.Poles[k];
                Span<int> context = terms.AsSpan(from, at - from);
                context.Sort(weights.AsSpan(from, at - from));

                // Claims arrive in reading order, so a sentence's claims are usually neighbours: the set is only
                // asked when the sentence changes.
                Claim claim = claims[i];
                int source = sources[i];
                bool sameAsBefore = i > 0 && sources[i - 1] == source && claims[i - 1].Sentence == claim.Sentence;
                if (!sameAsBefore && sentences.Add((source, claim.Sentence)))
                {
                    foreach (int term in context)
                    {
                        table.CountSentence(term);
                    }
                }
            }

            spareChunks.Push(chunk);
        }

        // Where each claim stands in its sentence, and what the sentence says, so that in two copies of one
        // sentence the first figure is matched with the first and the second with the second.
        var words = new SentenceWords();
        var positions = new SentencePosition?[claims.Count];
        for (int i = 0; i < claims.Count; )
        {
            int j = i;
            int source = sources[i];
            while (j < claims.Count && sources[j] == source && claims[j].Sentence == claims[i].Sentence)
            {
                j++;
            }

            // A claim alone in its sentence gets its position only if a comparison needs it (see PositionOf).
            if (j - i > 1)
            {
                var position = new SentencePosition(words, claims, i, j - i, texts[source]);
                for (int k = i; k < j; k++)
                {
                    positions[k] = position;
                }
            }

            i = j;
        }

        // Each term's rarity once, not once per claim that holds it; then every claim's weights on every core (each
        // claim's own, so the order does not matter).
        int sentenceCount = Math.Max(1, sentences.Count);
        float[] rarity = ClaimContext.Rarities(table, sentenceCount);
        float[] norms = new float[claims.Count];
        int[] allTerms = terms;
        float[] allWeights = weights;
        Parallel.For(0, (claims.Count + ContextChunk.Size - 1) / ContextChunk.Size, parallel, c =>
        {
            for (int i = c * ContextChunk.Size; i < Math.Min(claims.Count, (c + 1) * ContextChunk.Size); i++)
            {
                norms[i] = ClaimContext.Weigh(allTerms.AsSpan(starts[i], starts[i + 1] - starts[i]), allWeights.AsSpan(starts[i], starts[i + 1] - starts[i]), rarity);
            }
        });

        // Blocks are independent: cluster them on every core allowed, each worker reusing one workspace, and keep
        // the results in block order, so the groups are the same on any number of threads. The largest blocks are
        // started first, so that no core is left alone with a large block at the end.
        List<int>[] ordered = blocking is null ? Blocks.Of(claims) : blocking.GetAwaiter().GetResult();
        int[] largestFirst = new int[ordered.Length];
        for (int b = 0; b < largestFirst.Length; b++)
        {
            largestFirst[b] = b;
        }

        Array.Sort(largestFirst, (x, y) => ordered[x].Count != ordered[y].Count ? ordered[y].Count.CompareTo(ordered[x].Count) : x.CompareTo(y));
        var clustered = new List<Claim[]>[ordered.Length];
        // The subjects of roundup items, in the rare report that holds a newsletter or digest.
        RoundupItems? roundups = RoundupItems.Find(texts);
        int[]? subjects = null;
        if (roundups is not null)
        {
            subjects = new int[claims.Count];
            for (int i = 0; i < claims.Count; i++)
            {
                subjects[i] = roundups.SubjectAt(sources[i], claims[i].Span.Start);
            }
        }

        var input = new GroupingInput(claims, sources, texts, words, starts, terms, weights, norms, poles, positions, roundups, subjects, _threshold, cancellationToken);

        // Parallel.For asks for a new workspace each time one of its workers yields its thread to others, which it
        // does every few hundred milliseconds, not once per core: the workspaces, with buffers sized for the largest
        // block (hundreds of megabytes in all at 1M claims), are kept here and handed back out.
        var workspaces = new ConcurrentStack<BlockClustering>();
        Parallel.For(
            0,
            ordered.Length,
            parallel,
            () => workspaces.TryPop(out BlockClustering? workspace) ? workspace : new BlockClustering(),
            (i, _, clustering) =>
            {
                int b = largestFirst[i];
                clustered[b] = clustering.Run(input, ordered[b]);
                return clustering;
            },
            workspaces.Push);

        int count = 0;
        foreach (List<Claim[]> result in clustered)
        {
            count += result.Count;
        }

        var groups = new List<IReadOnlyList<Claim>>(count);
        foreach (List<Claim[]> result in clustered)
        {
            groups.AddRange(result);
        }

        return groups;
    }

    /// <summary>
    /// The contexts of a run of neighbouring claims, read on one thread with a term table of its own: term ids are
    /// the chunk's, in the order the chunk first met each term.
    /// </summary>
    private sealed class ContextChunk
    {
        public const int Size = 16384;

        // Sized for the usual context, so that they rarely grow.
        private readonly List<int> _terms = new(Size * 16);
        private readonly List<float> _weights = new(Size * 16);
        private readonly int[] _starts = new int[Size + 1];
        private readonly TokenStream _stream = new();
        private readonly TermWeights _scratch = new();

        public int First { get; private set; }

        public int Count { get; private set; }

        public TermTable Table { get; } = new();

        public int TermCount => _terms.Count;

        public int[][] Poles { get; } = new int[Size][];

        /// <summary>
        /// Reads the contexts of the claims from <paramref name="first"/> on into a chunk from <paramref name="spare"/>
        /// (a chunk is a few megabytes, and a million claims are sixty chunks: each is used again once its terms
        /// have their ids), or a new one.
        /// </summary>
        public static ContextChunk Read(IReadOnlyList<Claim> claims, int first, int[] sources, string[] texts, ConcurrentStack<ContextChunk> spare, CancellationToken cancellationToken)
        {
            ContextChunk chunk = spare.TryPop(out ContextChunk? used) ? used : new ContextChunk();
            chunk.First = first;
            chunk.Count = Math.Min(Size, claims.Count - first);
            chunk._terms.Clear();
            chunk._weights.Clear();
            chunk.Table.Clear();
            TokenStream stream = chunk._stream;
            TermWeights scratch = chunk._scratch;
            for (int k = 0; k < chunk.Count; k++)
            {
                if ((k & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int i = first + k;
                // In no order: the ids are the chunk's, and the terms are sorted once they have their own.
                chunk.Poles[k] = ClaimContext.Collect(claims[i], texts[sources[i]], stream, chunk.Table, scratch);
                chunk._terms.AddRange(scratch.Terms);
                chunk._weights.AddRange(scratch.Weights);

                chunk._starts[k + 1] = chunk._terms.Count;
            }

            return chunk;
        }

        public ReadOnlySpan<int> Terms(int k) => CollectionsMarshal.AsSpan(_terms)[_starts[k].._starts[k + 1]];

        public ReadOnlySpan<float> Weights(int k) => CollectionsMarshal.AsSpan(_weights)[_starts[k].._starts[k + 1]];
    }

    /// <summary>What every block reads: the claims and what was worked out about each of them.</summary>
    private sealed record GroupingInput(
        IReadOnlyList<Claim> Claims,
        int[] Sources,
        string[] Texts,
        SentenceWords Words,
        int[] Starts,
        int[] Terms,
        float[] Weights,
        float[] Norms,
        int[][] Poles,
        SentencePosition?[] Positions,
        RoundupItems? Roundups,
        int[]? Subjects,
        float Threshold,
        CancellationToken CancellationToken)
    {
        /// <summary>The claim's sentence position; a claim alone in its sentence gets a new one each time (a block keeps it).</summary>
        public SentencePosition PositionOf(int claim)
            => Positions[claim] ?? new SentencePosition(Words, Claims, claim, 1, Texts[Sources[claim]]);
    }

    /// <summary>
    /// Average-linkage clustering of one block over a sparse graph of context similarities. One instance serves
    /// one thread, block after block, and keeps its buffers, so a block allocates little beyond its result.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Before comparing, the block's claims are copied next to each other (sources, values with their
    /// <see cref="ValueFacts"/>, periods, opposite words and contexts in flat arrays, in block order): a block of a
    /// million claims is spread over the whole heap, and comparing its pairs in place waited on memory more than it
    /// computed. A claim's range and size are worked out there once, not again for each of its pairs.
    /// </para>
    /// <para>
    /// Clusters are numbered by a claim's index in the block. A claim on its own has no <see cref="Cluster"/>
    /// object: one is made when it first keeps another in a merge, and a lone claim is read through a scratch
    /// cluster. The summed similarity between two clusters lives in one map for the block, keyed by the pair of
    /// cluster ids, and each cluster lists its neighbours; a merge moves the absorbed cluster's sums onto the
    /// survivor, adding them in the same order as a dictionary per cluster would, so every sum, and so every
    /// decision, is the same to the last bit.
    /// </para>
    /// </remarks>
    private sealed class BlockClustering
    {
        // Whether each claim is the only one of its block in its text, and each text's count of claims in the block.
        private bool[] _soleOfKind = [];
        private int[] _perText = [];
        private readonly Stack<Cluster> _spare = new();

        // The number of merges so far in this block, the merge count when each cluster last changed, and the pairs
        // of clusters that were refused a merge with the merge count at the time (see Run).
        private readonly RefusalMap _refused = new();
        private int _merges;
        private int[] _changedAt = [];
        private readonly Cluster _left = new();
        private readonly Cluster _right = new();
        private readonly PairSums _edges = new();
        private readonly List<long> _pairs = [];
        private readonly List<long> _postings = [];
        private readonly List<long> _kept = [];
        // Each kept edge's score, negated when its values conflict (a kept score is above zero): a quarter of the
        // size of its EdgeSum, which is worked out from it exactly when a part is loaded (see ToSum).
        private readonly List<float> _keptScores = [];
        private readonly List<Trigger> _triggers = [];
        private readonly List<int> _list = [];
        private readonly List<int> _filled = [];
        private GroupingInput _input = null!;
        private List<int> _block = [];
        private int[] _owner = [];
        private Cluster?[] _clusters = [];
        private int[] _sources = [];
        private bool[] _lone = [];

        // The positions made for claims alone in their sentence, kept for the block: a position reads its sentence's
        // words when first asked, and a claim may be compared with many claims whose sentence holds a twin.
        private SentencePosition?[] _lonePositions = [];
        private ClaimValue[] _values = [];
        private ValueFacts[] _facts = [];

        // Each claim's value by the first claim of the block with an equal one, so that clusters list values as
        // numbers and tell equal ones apart by comparing numbers (see Cluster).
        private int[] _valueIds = [];
        private readonly Dictionary<ClaimValue, int> _firstWithValue = [];
        private int[][] _poles = [];
        private TimeScope?[] _scopes = [];
        private int[] _termStart = [];
        private int[] _terms = [];
        private float[] _weights = [];
        private float[] _norms = [];
        private int[] _signatures = [];
        private int[] _lengths = [];
        private int[] _neighbourStart = [];
        private int[] _neighbours = [];
        private int[] _next = [];
        private int[] _pairStart = [];
        private long[] _triggerKeys = [];
        private int[] _rank = [];
        private int[] _byRank = [];
        private int[] _rankKeys = [];
        private int[] _partners = [];
        private List<int>?[] _moreNeighbours = [];
        private readonly Stack<List<int>> _spareLists = new();
        private int[] _slot = [];
        private int[] _part = [];
        private int[] _partTriggerStart = [];
        private long[] _partTriggers = [];
        private int[] _partEdgeStart = [];
        private long[] _partEdges = [];
        private float[] _partScores = [];

        public List<Claim[]> Run(GroupingInput input, List<int> block)
        {
            _input = input;
            _block = block;
            int n = block.Count;
            Load(n);
            List<long> pairs = CandidatePairs();
            CancellationToken cancellationToken = input.CancellationToken;
            float threshold = input.Threshold;
            _kept.Clear();
            _keptScores.Clear();
            _triggers.Clear();
            for (int p = 0; p < pairs.Count; p++)
            {
                if ((p & 4095) == 4095)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int a = First(pairs[p]), b = Second(pairs[p]);
                if (_sources[a] == _sources[b])
                {
                    continue;
                }

                ref ClaimValue va = ref _values[a];
                ref ClaimValue vb = ref _values[b];
                ref ValueFacts fa = ref _facts[a];
                ref ValueFacts fb = ref _facts[b];
                bool same = ValueComparison.SameValue(fa, va, fb, vb);
                // Two sentences of one claim each cannot be misaligned copies: neither holds a twin of the other's figure.
                if (!same && !(_lone[a] && _lone[b]) && SentencePosition.Misaligned(PositionOf(a), va, PositionOf(b), vb))
                {
                    continue; // the same sentence in two copies, but a different figure in it
                }

                if (ClaimContext.Opposed(_poles[a], _poles[b]))
                {
                    continue; // "54.8 percent in favour" and "45.2 percent against"
                }

                if (_input.Roundups is { } roundups && !roundups.Allows(_input.Subjects![_block[a]], _sources[a], _input.Subjects[_block[b]], _sources[b]))
                {
                    continue; // a digest's item about another company than the one the other outlet covers
                }

                bool canBothHold = ValueComparison.CanBothHold(fa, va, fb, vb);
                float cosine = Cosine(a, b);
                if (cosine <= 0 && !canBothHold)
                {
                    // Close figures are evidence of one fact only beside some word the two sentences share: "licensed
                    // to carry 250 passengers" and "240 had been rescued" are no conflict.
                    continue;
                }

                float score = cosine + ValueBonus(fa, va, fb, vb, same, canBothHold);
                if (score <= 0)
                {
                    continue;
                }

                // Values that cannot both hold, or are far apart, need stronger evidence of being one fact; a story's
                // only figure of a kind against another's is worth the margin (it starts no merge of its own).
                bool conflicting = !canBothHold || ValueComparison.FarApart(fa, fb);
                float evidence = conflicting && _soleOfKind[a] && _soleOfKind[b] ? score + SoleOfKindBonus : score;
                _kept.Add(pairs[p]);
                _keptScores.Add(conflicting ? -evidence : evidence);
                if (score >= threshold)
                {
                    _triggers.Add(new Trigger(score, a, b));
                }
            }

            // Strongest first; ties by position, so the result does not depend on input order.
            SortTriggers(n);
            Partition(n);
            // First gather what agrees, then let a conflict join only what it is most like: a figure that can
            // hold with one group is not pulled into a conflict with another by one strong edge. Each part is
            // done on its own (see Partition), its triggers in the order above.
            for (int part = 0; part < n; part++)
            {
                int first = _partTriggerStart[part], last = _partTriggerStart[part + 1];
                if (first == last)
                {
                    continue;
                }

                if (((part + 1) & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                _edges.Reset(_partEdgeStart[part + 1] - _partEdgeStart[part]);
                for (int e = _partEdgeStart[part]; e < _partEdgeStart[part + 1]; e++)
                {
                    _edges.GetOrAdd(_partEdges[e], out _) = ToSum(_partScores[e]);
                }

                // Starting a part costs nothing (see RefusalMap); a pass refuses at most one pair per trigger, and
                // the map grows if the two passes refuse more than one per trigger in all. The refusals of the first
                // pass are kept for the second: a pair refused for any reason but a conflict (which the second pass
                // may allow) is refused again while neither cluster changes.
                _refused.Reset(last - first);
                foreach (bool allowConflicts in (ReadOnlySpan<bool>)[false, true])
                {
                    for (int t = first; t < last; t++)
                    {
                        int a = First(_partTriggers[t]), b = Second(_partTriggers[t]);
                        int ra = _owner[a], rb = _owner[b];
                        if (ra == rb)
                        {
                            continue;
                        }

                        // Two clusters that could not merge cannot merge until one of them changes: whether they may
                        // depends only on their members and the sum between them. Many triggers join the same two.
                        long pair = Key(ra, rb);
                        // A refusal for a conflict alone is stored as the complement of its merge count, and holds
                        // only while conflicts are not allowed.
                        if (_refused.TryGetValue(pair, out int refusal))
                        {
                            int refusedAt = refusal >= 0 ? refusal : allowConflicts ? -1 : ~refusal;
                            if (_changedAt[ra] <= refusedAt && _changedAt[rb] <= refusedAt)
                            {
                                continue;
                            }
                        }

                        MergeCheck check = CanMerge(View(ra, _left), View(rb, _right), allowConflicts, threshold);
                        if (check == MergeCheck.Merge)
                        {
                            Merge(ra, rb);
                        }
                        else
                        {
                            _refused.Set(pair, check == MergeCheck.RefusedForConflict ? ~_merges : _merges);
                        }
                    }
                }
            }

            // Each cluster's claims in block order, and the clusters by their first claim, which is block order too.
            var result = new List<Claim[]>();
            _filled.Clear();
            Array.Fill(_slot, -1, 0, n);
            for (int k = 0; k < n; k++)
            {
                int root = _owner[k];
                if (_slot[root] < 0)
                {
                    _slot[root] = result.Count;
                    result.Add(new Claim[_clusters[root]?.Members.Count ?? 1]);
                    _filled.Add(0);
                }

                int at = _slot[root];
                result[at][_filled[at]++] = input.Claims[block[k]];
            }

            // Nothing of this block outlives it in the buffers.
            for (int k = 0; k < n; k++)
            {
                if (_clusters[k] is { } cluster)
                {
                    cluster.Clear();
                    _spare.Push(cluster);
                }
            }

            Array.Clear(_clusters, 0, n);
            for (int k = 0; k < n; k++)
            {
                if (_moreNeighbours[k] is { } list)
                {
                    Return(list);
                    _moreNeighbours[k] = null;
                }
            }

            Array.Clear(_values, 0, n);
            Array.Clear(_facts, 0, n);
            Array.Clear(_lonePositions, 0, n);
            _firstWithValue.Clear();
            Array.Clear(_poles, 0, n);
            Array.Clear(_scopes, 0, n);
            _input = null!;
            _block = [];
            return result;
        }

        /// <summary>Copies what the block's comparisons read into flat arrays, in block order.</summary>
        private void Load(int n)
        {
            Grow(ref _owner, n);
            Grow(ref _changedAt, n);
            Array.Clear(_changedAt, 0, n);
            _merges = 0;
            Grow(ref _clusters, n);
            Grow(ref _sources, n);
            Grow(ref _lone, n);
            Grow(ref _lonePositions, n);
            Grow(ref _values, n);
            Grow(ref _facts, n);
            Grow(ref _valueIds, n);
            _firstWithValue.Clear();
            Grow(ref _poles, n);
            Grow(ref _scopes, n);
            Grow(ref _termStart, n + 1);
            Grow(ref _norms, n);
            Grow(ref _slot, n);
            int terms = 0;
            for (int k = 0; k < n; k++)
            {
                terms += _input.Starts[_block[k] + 1] - _input.Starts[_block[k]];
            }

            Grow(ref _terms, terms);
            Grow(ref _weights, terms);
            int at = 0;
            for (int k = 0; k < n; k++)
            {
                int i = _block[k];
                Claim claim = _input.Claims[i];
                _owner[k] = k;
                _sources[k] = _input.Sources[i];
                _lone[k] = _input.Positions[i] is null;
                _values[k] = claim.Value;
                _facts[k] = new ValueFacts(claim.Value);
                ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstWithValue, claim.Value, out bool seen);
                if (!seen)
                {
                    first = k;
                }

                _valueIds[k] = first;
                _poles[k] = _input.Poles[i];
                _scopes[k] = claim.Scope;
                int length = _input.Starts[i + 1] - _input.Starts[i];
                _termStart[k] = at;
                _input.Terms.AsSpan(_input.Starts[i], length).CopyTo(_terms.AsSpan(at));
                _input.Weights.AsSpan(_input.Starts[i], length).CopyTo(_weights.AsSpan(at));
                _norms[k] = _input.Norms[i];
                at += length;
            }

            _termStart[n] = at;
            Grow(ref _soleOfKind, n);
            Grow(ref _perText, _input.Texts.Length);
            for (int k = 0; k < n; k++)
            {
                _perText[_sources[k]]++;
            }

            for (int k = 0; k < n; k++)
            {
                _soleOfKind[k] = _perText[_sources[k]] == 1;
            }

            for (int k = 0; k < n; k++)
            {
                _perText[_sources[k]] = 0;
            }
        }

        private static void Grow<T>(ref T[] array, int length)
        {
            if (array.Length < length)
            {
                array = new T[Math.Max(length, array.Length * 2)];
            }
        }

        private SentencePosition PositionOf(int k)
            => _input.Positions[_block[k]] ?? (_lonePositions[k] ??= _input.PositionOf(_block[k]));

        private ReadOnlySpan<int> Terms(int k) => _terms.AsSpan(_termStart[k], _termStart[k + 1] - _termStart[k]);

        private ReadOnlySpan<float> Weights(int k) => _weights.AsSpan(_termStart[k], _termStart[k + 1] - _termStart[k]);

        private float Cosine(int a, int b) => ClaimContext.Cosine(Terms(a), Weights(a), _norms[a], Terms(b), Weights(b), _norms[b]);

        /// <summary>
        /// The pairs worth comparing, each once, as <c>a &lt;&lt; 32 | b</c> with a &lt; b, sorted. A small block:
        /// every pair. A large one: claims that share one of their rarest context words (all pairs while the word
        /// is rare enough, otherwise each claim with its nearest neighbours in the order of their rare-word
        /// signatures), so the number of pairs grows linearly.
        /// </summary>
        private List<long> CandidatePairs()
        {
            int n = _block.Count;
            List<long> pairs = _pairs;
            pairs.Clear();
            if (n <= AllPairsLimit)
            {
                for (int a = 0; a < n; a++)
                {
                    for (int b = a + 1; b < n; b++)
                    {
                        pairs.Add(Key(a, b));
                    }
                }

                return pairs;
            }

            // Each claim's signature (its heaviest terms, sorted) in one flat array, and the postings as
            // (term, claim) entries sorted by term, then claim.
            Grow(ref _signatures, n * CandidateTerms);
            Grow(ref _lengths, n);
            int[] signatures = _signatures, lengths = _lengths;
            List<long> postings = _postings;
            postings.Clear();
            for (int k = 0; k < n; k++)
            {
                Span<int> signature = signatures.AsSpan(k * CandidateTerms, CandidateTerms);
                int length = TopTerms(Terms(k), Weights(k), signature);
                signature = signature[..length];
                signature.Sort();
                lengths[k] = length;
                foreach (int term in signature)
                {
                    postings.Add(((long)term << 32) | (uint)k);
                }
            }

            CollectionsMarshal.AsSpan(postings).Sort();
            List<int> list = _list;
            bool ranked = false;
            for (int p = 0; p < postings.Count; )
            {
                int term = First(postings[p]);
                list.Clear();
                for (; p < postings.Count && First(postings[p]) == term; p++)
                {
                    list.Add(Second(postings[p]));
                }

                if (list.Count > PostingLimit)
                {
                    // A common word: compare each claim only with the claims whose signatures sort next to its own.
                    // Each claim is in several such lists: the claims are sorted by signature once, and each list
                    // by that rank, which gives the same order.
                    if (!ranked)
                    {
                        RankBySignature(n);
                        ranked = true;
                    }

                    Span<int> members = CollectionsMarshal.AsSpan(list);
                    Grow(ref _rankKeys, members.Length);
                    Span<int> keys = _rankKeys.AsSpan(0, members.Length);
                    for (int x = 0; x < members.Length; x++)
                    {
                        keys[x] = _rank[members[x]];
                    }

                    keys.Sort(members);
                    for (int x = 0; x < list.Count; x++)
                    {
                        for (int y = x + 1; y < list.Count && y <= x + NeighbourWindow; y++)
                        {
                            pairs.Add(Key(list[x], list[y]));
                        }
                    }

                    continue;
                }

                for (int x = 0; x < list.Count; x++)
                {
                    for (int y = x + 1; y < list.Count; y++)
                    {
                        pairs.Add(Key(list[x], list[y]));
                    }
                }
            }

            // Sorted and each pair once: by the first claim in one counting pass, then each claim's partners, a few
            // dozen, sorted on their own, which is the order one sort of all the pairs gives, in a fraction of its time.
            Grow(ref _pairStart, n + 1);
            Array.Clear(_pairStart, 0, n + 1);
            foreach (long pair in pairs)
            {
                _pairStart[First(pair) + 1]++;
            }

            Accumulate(_pairStart, n);
            Grow(ref _partners, pairs.Count);
            Grow(ref _next, n);
            Array.Copy(_pairStart, _next, n);
            foreach (long pair in pairs)
            {
                _partners[_next[First(pair)]++] = Second(pair);
            }

            pairs.Clear();
            for (int a = 0; a < n; a++)
            {
                Span<int> partners = _partners.AsSpan(_pairStart[a], _pairStart[a + 1] - _pairStart[a]);
                partners.Sort();
                for (int p = 0; p < partners.Length; p++)
                {
                    if (p == 0 || partners[p] != partners[p - 1])
                    {
                        pairs.Add(Key(a, partners[p]));
                    }
                }
            }

            return pairs;
        }

        /// <summary>
        /// Sorts the triggers strongest first (<see cref="Trigger.CompareTo"/>). In a block of up to 65,536 claims a
        /// trigger fits in one <see cref="long"/> that sorts in the same order, and longs sort several times faster.
        /// </summary>
        private void SortTriggers(int n)
        {
            Span<Trigger> triggers = CollectionsMarshal.AsSpan(_triggers);
            if (n > Trigger.PackableClaims)
            {
                triggers.Sort();
                return;
            }

            Grow(ref _triggerKeys, triggers.Length);
            Span<long> keys = _triggerKeys.AsSpan(0, triggers.Length);
            for (int t = 0; t < triggers.Length; t++)
            {
                keys[t] = triggers[t].Pack();
            }

            keys.Sort();
            for (int t = 0; t < triggers.Length; t++)
            {
                triggers[t] = Trigger.Unpack(keys[t]);
            }
        }

        /// <summary>
        /// A pair strong enough to start a merge. Triggers sort strongest first, ties by the first claim, then the
        /// second, so the order is total; as a comparable struct, sorting them makes no call through a delegate or
        /// an interface.
        /// </summary>
        private readonly record struct Trigger(float Score, int A, int B) : IComparable<Trigger>
        {
            /// <summary>The most claims a block may have for its triggers to be packed in a <see cref="long"/>.</summary>
            public const int PackableClaims = 1 << 16;

            public int CompareTo(Trigger other)
                => other.Score != Score ? other.Score.CompareTo(Score) : A != other.A ? A.CompareTo(other.A) : B.CompareTo(other.B);

            /// <summary>
            /// The trigger as a number that sorts as <see cref="CompareTo"/> does: a trigger's score is above zero, and
            /// the bits of a positive float grow with it, so the score's bits, reversed, come first, then each claim
            /// in 16 bits.
            /// </summary>
            public long Pack() => ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(Score)) << 32) | ((long)A << 16) | (uint)B;

            public static Trigger Unpack(long key)
                => new(BitConverter.Int32BitsToSingle(int.MaxValue - (int)(key >> 32)), (int)((key >> 16) & 0xFFFF), (int)(key & 0xFFFF));
        }

        /// <summary>What <see cref="CanMerge"/> found.</summary>
        private enum MergeCheck
        {
            /// <summary>The clusters may merge.</summary>
            Merge,

            /// <summary>The clusters may not merge, conflicts allowed or not.</summary>
            Refused,

            /// <summary>The clusters may not merge only because their values conflict and this pass allows no conflict.</summary>
            RefusedForConflict,
        }

        /// <summary>Gives each claim of the block its place in the order of <see cref="SignatureOrder"/>.</summary>
        private void RankBySignature(int n)
        {
            Grow(ref _rank, n);
            Grow(ref _byRank, n);
            Span<int> order = _byRank.AsSpan(0, n);
            for (int k = 0; k < n; k++)
            {
                order[k] = k;
            }

            order.Sort(new SignatureOrder(_signatures, _lengths));
            for (int r = 0; r < n; r++)
            {
                _rank[order[r]] = r;
            }
        }

        /// <summary>Claims by their signatures (see <see cref="CompareSignatures"/>), then by their position.</summary>
        private readonly struct SignatureOrder(int[] signatures, int[] lengths) : IComparer<int>
        {
            public int Compare(int x, int y)
                => CompareSignatures(signatures.AsSpan(x * CandidateTerms, lengths[x]), signatures.AsSpan(y * CandidateTerms, lengths[y]), x, y);
        }

        /// <summary>
        /// The ids of a context's heaviest terms, heaviest first, ties by the smaller id (the order of
        /// <see cref="ClaimContext.TopTerms"/>), without sorting the whole context.
        /// </summary>
        private static int TopTerms(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, Span<int> top)
        {
            if (terms.Length <= top.Length)
            {
                terms.CopyTo(top);
                return terms.Length;
            }

            Span<float> topWeights = stackalloc float[top.Length];
            int count = 0;
            for (int k = 0; k < terms.Length; k++)
            {
                float w = weights[k];
                // Terms arrive in increasing id order, so among equal weights the earlier one stays ahead.
                int at = count;
                while (at > 0 && Heavier(w, topWeights[at - 1]))
                {
                    at--;
                }

                if (at >= top.Length)
                {
                    continue;
                }

                for (int m = Math.Min(count, top.Length - 1); m > at; m--)
                {
                    top[m] = top[m - 1];
                    topWeights[m] = topWeights[m - 1];
                }

                top[at] = terms[k];
                topWeights[at] = w;
                count = Math.Min(count + 1, top.Length);
            }

            return count;
        }

        // The order of ClaimContext.TopTerms: weights[y].CompareTo(weights[x]) when they differ.
        private static bool Heavier(float w, float than) => w != than && w.CompareTo(than) > 0;

        private static int CompareSignatures(ReadOnlySpan<int> x, ReadOnlySpan<int> y, int ix, int iy)
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

        private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

        private static int First(long key) => (int)(key >> 32);

        private static int Second(long key) => (int)(key & int.MaxValue);

        /// <summary>
        /// Splits the block into parts: claims joined by a chain of triggers. A merge joins two claims of one
        /// trigger, so a cluster never leaves its part, and the sum between two clusters is only read for a
        /// trigger between them: each part can be clustered on its own, with its triggers in their global order
        /// and only the edges inside it, and gives exactly what clustering the whole block at once gives. The
        /// parts are small, so their sums fit in a small map and stay in cache.
        /// </summary>
        private void Partition(int n)
        {
            Grow(ref _part, n);
            for (int k = 0; k < n; k++)
            {
                _part[k] = k;
            }

            foreach ((_, int a, int b) in _triggers)
            {
                int ra = Find(a), rb = Find(b);
                if (ra != rb)
                {
                    _part[Math.Max(ra, rb)] = Math.Min(ra, rb);
                }
            }

            for (int k = 0; k < n; k++)
            {
                _part[k] = Find(k);
            }

            // Triggers by part, in their sorted order within each part.
            Grow(ref _partTriggerStart, n + 1);
            Grow(ref _partTriggers, _triggers.Count);
            Array.Clear(_partTriggerStart, 0, n + 1);
            foreach ((_, int a, _) in _triggers)
            {
                _partTriggerStart[_part[a] + 1]++;
            }

            Accumulate(_partTriggerStart, n);
            Grow(ref _next, n);
            Array.Copy(_partTriggerStart, _next, n);
            foreach ((_, int a, int b) in _triggers)
            {
                _partTriggers[_next[_part[a]]++] = Key(a, b);
            }

            // Edges inside a part, by part; an edge between two parts is never read.
            Grow(ref _partEdgeStart, n + 1);
            Array.Clear(_partEdgeStart, 0, n + 1);
            int inside = 0;
            foreach (long edge in _kept)
            {
                int pa = _part[First(edge)];
                if (pa == _part[Second(edge)])
                {
                    _partEdgeStart[pa + 1]++;
                    inside++;
                }
            }

            Accumulate(_partEdgeStart, n);
            Grow(ref _partEdges, inside);
            Grow(ref _partScores, inside);
            Array.Copy(_partEdgeStart, _next, n);
            for (int e = 0; e < _kept.Count; e++)
            {
                long edge = _kept[e];
                int pa = _part[First(edge)];
                if (pa == _part[Second(edge)])
                {
                    int at = _next[pa]++;
                    _partEdges[at] = edge;
                    _partScores[at] = _keptScores[e];
                }
            }

            // Each claim's neighbours inside its part (compressed rows).
            Grow(ref _neighbourStart, n + 1);
            Grow(ref _moreNeighbours, n);
            Array.Clear(_neighbourStart, 0, n + 1);
            for (int e = 0; e < inside; e++)
            {
                _neighbourStart[First(_partEdges[e]) + 1]++;
                _neighbourStart[Second(_partEdges[e]) + 1]++;
            }

            Accumulate(_neighbourStart, n);
            Grow(ref _neighbours, _neighbourStart[n]);
            Array.Copy(_neighbourStart, _next, n);
            for (int e = 0; e < inside; e++)
            {
                int a = First(_partEdges[e]), b = Second(_partEdges[e]);
                _neighbours[_next[a]++] = b;
                _neighbours[_next[b]++] = a;
            }
        }

        /// <summary>
        /// An edge's sum from its kept score (<see cref="_keptScores"/>): the same bits as the sum it was kept as,
        /// zero plus the score, and zero plus the score again as the conflicting part when its values conflict.
        /// </summary>
        private static EdgeSum ToSum(float kept)
            => float.IsNegative(kept) ? new EdgeSum(0, 0) + new EdgeSum(-kept, -kept) : new EdgeSum(0, 0) + new EdgeSum(kept, 0);

        private static void Accumulate(int[] starts, int n)
        {
            for (int k = 0; k < n; k++)
            {
                starts[k + 1] += starts[k];
            }
        }

        // The smallest claim of a part; halves the path as it goes.
        private int Find(int k)
        {
            while (_part[k] != k)
            {
                _part[k] = _part[_part[k]];
                k = _part[k];
            }

            return k;
        }

        /// <summary>A cluster: its own object, or a scratch one filled with a lone claim.</summary>
        private Cluster View(int root, Cluster scratch)
        {
            if (_clusters[root] is { } cluster)
            {
                return cluster;
            }

            scratch.Reset(root, _valueIds[root], _scopes[root], _sources[root]);
            return scratch;
        }

        private MergeCheck CanMerge(Cluster left, Cluster right, bool allowConflicts, float threshold)
        {
            foreach (TimeScope? a in left.Scopes)
            {
                foreach (TimeScope? b in right.Scopes)
                {
                    if (!ScopeMatch.Compatible(a, b))
                    {
                        return MergeCheck.Refused;
                    }
                }
            }

            (Cluster small, Cluster large) = left.SourceCount <= right.SourceCount ? (left, right) : (right, left);
            long sameSourcePairs = 0;
            for (int slot = 0; slot < small.SourceCount; slot++)
            {
                int other = large.SlotOf(small.SourceAt(slot));
                if (other < 0)
                {
                    continue;
                }

                foreach (int v in small.SourceValues(slot))
                {
                    foreach (int w in large.SourceValues(other))
                    {
                        if (!SameValue(v, w))
                        {
                            return MergeCheck.Refused; // one source, two different values: two different facts
                        }
                    }
                }

                sameSourcePairs += (long)small.SourceMembers(slot) * large.SourceMembers(other);
            }

            long crossPairs = ((long)left.Members.Count * right.Members.Count) - sameSourcePairs;
            EdgeSum edges = _edges.Get(Key(left.Id, right.Id));
            if (crossPairs <= 0 || edges.Sum / crossPairs < threshold)
            {
                return MergeCheck.Refused;
            }

            long conflictingPairs = 0;
            foreach ((int Value, int Count) v in CollectionsMarshal.AsSpan(left.Values))
            {
                foreach ((int Value, int Count) w in CollectionsMarshal.AsSpan(right.Values))
                {
                    if (ValueComparison.FarApart(_facts[v.Value], _facts[w.Value]))
                    {
                        return MergeCheck.Refused; // one figure several times another is another fact, however alike the words
                    }

                    if (!CanBothHold(v.Value, w.Value))
                    {
                        conflictingPairs += (long)v.Count * w.Count;
                    }
                }
            }

            if (conflictingPairs > 0)
            {
                foreach ((int v, TimeScope? sv) in left.Stated)
                {
                    foreach ((int w, TimeScope? sw) in right.Stated)
                    {
                        if (!CanBothHold(v, w) && ScopesDiffer(sv, sw) && !(ValueComparison.Gap(_facts[v], _facts[w]) <= ScopedConflictGap))
                        {
                            return MergeCheck.Refused;
                        }
                    }
                }
            }

            if (conflictingPairs == 0)
            {
                return MergeCheck.Merge;
            }

            if (!allowConflicts)
            {
                return MergeCheck.RefusedForConflict;
            }

            return edges.ConflictSum / conflictingPairs >= threshold + ConflictMargin ? MergeCheck.Merge : MergeCheck.Refused;
        }

        private bool SameValue(int x, int y) => ValueComparison.SameValue(_facts[x], _values[x], _facts[y], _values[y]);

        private bool CanBothHold(int x, int y) => ValueComparison.CanBothHold(_facts[x], _values[x], _facts[y], _values[y]);

        private static bool ScopesDiffer(TimeScope? a, TimeScope? b)
            => (a is null) != (b is null) || (a is not null && !ScopeMatch.Same(a, b));

        private void Merge(int ra, int rb)
        {
            int sizeA = _clusters[ra]?.Members.Count ?? 1, sizeB = _clusters[rb]?.Members.Count ?? 1;
            (int keepId, int goneId) = sizeA > sizeB || (sizeA == sizeB && ra < rb) ? (ra, rb) : (rb, ra);
            Cluster keep = _clusters[keepId] ??= Rent(keepId);
            Cluster gone = View(goneId, _right);
            foreach (int k in gone.Members)
            {
                _owner[k] = keepId;
            }

            // The absorbed cluster's sums move to the survivor: the survivor's sum plus the absorbed one, as a
            // dictionary per cluster added them.
            MoveEdges(goneId, keepId, _neighbours.AsSpan(_neighbourStart[goneId], _neighbourStart[goneId + 1] - _neighbourStart[goneId]));
            if (_moreNeighbours[goneId] is { } more)
            {
                MoveEdges(goneId, keepId, CollectionsMarshal.AsSpan(more));
                _moreNeighbours[goneId] = null;
                Return(more);
            }

            _edges.Remove(Key(goneId, keepId), out _);
            keep.Absorb(gone, _facts, _values);
            _changedAt[keepId] = ++_merges;
            if (_clusters[goneId] is { } absorbed)
            {
                absorbed.Clear();
                _spare.Push(absorbed);
                _clusters[goneId] = null;
            }
        }

        /// <summary>A cluster for a lone claim: a spare one when there is one.</summary>
        private Cluster Rent(int k)
        {
            Cluster cluster = _spare.Count > 0 ? _spare.Pop() : new Cluster();
            cluster.Reset(k, _valueIds[k], _scopes[k], _sources[k]);
            return cluster;
        }

        /// <summary>
        /// An empty list for a cluster's later neighbours: a spare one when there is one. Hundreds of thousands of
        /// these lists live only until their cluster is absorbed, so they are kept and handed out again.
        /// </summary>
        private List<int> RentList() => _spareLists.Count > 0 ? _spareLists.Pop() : [];

        private void Return(List<int> list)
        {
            list.Clear();
            _spareLists.Push(list);
        }

        private void MoveEdges(int goneId, int keepId, ReadOnlySpan<int> neighbours)
        {
            foreach (int neighbour in neighbours)
            {
                // A neighbour absorbed since is not a cluster any more, and its sums have moved with it.
                if (neighbour == keepId || _owner[neighbour] != neighbour || !_edges.Remove(Key(goneId, neighbour), out EdgeSum sum))
                {
                    continue;
                }

                ref EdgeSum combined = ref _edges.GetOrAdd(Key(keepId, neighbour), out bool existed);
                combined += sum;
                if (!existed)
                {
                    (_moreNeighbours[keepId] ??= RentList()).Add(neighbour);
                    (_moreNeighbours[neighbour] ??= RentList()).Add(keepId);
                }
            }
        }

        private static float ValueBonus(in ValueFacts fa, in ClaimValue a, in ValueFacts fb, in ClaimValue b, bool same, bool canBothHold)
        {
            float bonus = same ? SameValueBonus : canBothHold ? OverlapBonus : 0;

            // Two outlets rarely word one fact alike ("killed 51 people", "the death toll rose to nearly 50"), but
            // within one story two different facts rarely share a figure of the same kind: the nearer and the more
            // specific the figures, the more they say that the claims are one fact.
            if (ValueComparison.Closeness(fa, fb) is { } closeness)
            {
                float evidence = same ? (closeness.Specific ? SpecificSameValueBonus : SameValueBonus)
                    : ValueComparison.Close(closeness) ? CloseValueBonus : NearValueBonus;
                bonus = Math.Max(bonus, closeness.Specific || same ? evidence : evidence / 2);
            }
            else if (ValueComparison.NearDates(fa, a, fb, b))
            {
                bonus = Math.Max(bonus, NearDateBonus);
            }

            return bonus;
        }
    }

    /// <summary>A cluster's members and what merging needs to know about them, kept up to date as clusters merge.</summary>
    /// <remarks>
    /// Clusters are few and small, and a worker reuses them block after block (see <see cref="BlockClustering"/>):
    /// a cluster made afresh for every merge, with two dictionaries and lambdas to search its lists, was most of the
    /// grouper's garbage. Sources are kept in the order they joined, as the dictionaries enumerated them, so every
    /// list holds the same values in the same order as before. A value is held as its value id, the first claim of
    /// the block with an equal value, so telling equal values apart is comparing two numbers, and comparing two
    /// values reads the ranges and sizes worked out once for the block (<see cref="ValueFacts"/>).
    /// </remarks>
    private sealed class Cluster
    {
        // Above this many sources, a source's slot is found through _slots rather than by a linear search.
        private const int IndexedSources = 16;

        private readonly List<int> _sources = [];
        private readonly List<int> _sourceCounts = [];

        // The distinct values of each source (by SameValue); lists beyond the live sources are kept for reuse.
        private readonly List<List<int>> _sourceValues = [];
        private readonly Dictionary<int, int> _slots = [];

        public int Id { get; private set; }

        public List<int> Members { get; } = [];

        /// <summary>Each distinct value with the number of members that state it.</summary>
        public List<(int Value, int Count)> Values { get; } = [];

        public List<TimeScope?> Scopes { get; } = [];

        /// <summary>Each distinct value with the period it was stated for.</summary>
        public List<(int Value, TimeScope? Scope)> Stated { get; } = [];

        /// <summary>Gets the number of distinct sources among the members.</summary>
        public int SourceCount => _sources.Count;

        public int SourceAt(int slot) => _sources[slot];

        public int SourceMembers(int slot) => _sourceCounts[slot];

        public ReadOnlySpan<int> SourceValues(int slot) => CollectionsMarshal.AsSpan(_sourceValues[slot]);

        /// <summary>The slot of a source among this cluster's, or -1.</summary>
        public int SlotOf(int source)
        {
            if (_sources.Count > IndexedSources)
            {
                return _slots.TryGetValue(source, out int slot) ? slot : -1;
            }

            return CollectionsMarshal.AsSpan(_sources).IndexOf(source);
        }

        /// <summary>Makes this cluster a lone claim, without allocating once it has been used.</summary>
        public void Reset(int id, int value, TimeScope? scope, int source)
        {
            Id = id;
            Members.Clear();
            Members.Add(id);
            _sources.Clear();
            _sourceCounts.Clear();
            _slots.Clear();
            AddSource(source, 1).Add(value);
            Values.Clear();
            Values.Add((value, 1));
            Scopes.Clear();
            Scopes.Add(scope);
            Stated.Clear();
            Stated.Add((value, scope));
        }

        /// <summary>Forgets the members, so that a reused cluster keeps no claim values alive.</summary>
        public void Clear()
        {
            Members.Clear();
            for (int slot = 0; slot < _sources.Count; slot++)
            {
                _sourceValues[slot].Clear();
            }

            _sources.Clear();
            _sourceCounts.Clear();
            _slots.Clear();
            Values.Clear();
            Scopes.Clear();
            Stated.Clear();
        }

        /// <summary>Takes in another cluster's members; <paramref name="facts"/> and <paramref name="values"/> are the block's, by value id.</summary>
        public void Absorb(Cluster other, ValueFacts[] facts, ClaimValue[] values)
        {
            Members.AddRange(other.Members);
            for (int theirs = 0; theirs < other._sources.Count; theirs++)
            {
                int source = other._sources[theirs];
                int slot = SlotOf(source);
                List<int> mine;
                if (slot < 0)
                {
                    mine = AddSource(source, other._sourceCounts[theirs]);
                }
                else
                {
                    _sourceCounts[slot] += other._sourceCounts[theirs];
                    mine = _sourceValues[slot];
                }

                foreach (int value in other.SourceValues(theirs))
                {
                    if (!ContainsSame(mine, value, facts, values))
                    {
                        mine.Add(value);
                    }
                }
            }

            foreach ((int value, int count) in other.Values)
            {
                int at = IndexOf(Values, value);
                if (at < 0)
                {
                    Values.Add((value, count));
                }
                else
                {
                    Values[at] = (value, Values[at].Count + count);
                }
            }

            foreach ((int value, TimeScope? scope) in other.Stated)
            {
                if (!ContainsStated(Stated, value, scope))
                {
                    Stated.Add((value, scope));
                }
            }

            foreach (TimeScope? scope in other.Scopes)
            {
                if (!ContainsScope(Scopes, scope))
                {
                    Scopes.Add(scope);
                }
            }
        }

        private List<int> AddSource(int source, int count)
        {
            int slot = _sources.Count;
            _sources.Add(source);
            _sourceCounts.Add(count);
            if (slot == _sourceValues.Count)
            {
                _sourceValues.Add([]);
            }

            if (slot >= IndexedSources)
            {
                if (slot == IndexedSources)
                {
                    for (int k = 0; k < slot; k++)
                    {
                        _slots[_sources[k]] = k;
                    }
                }

                _slots[source] = slot;
            }

            List<int> values = _sourceValues[slot];
            values.Clear();
            return values;
        }

        private static bool ContainsSame(List<int> ids, int value, ValueFacts[] facts, ClaimValue[] values)
        {
            foreach (int v in CollectionsMarshal.AsSpan(ids))
            {
                if (ValueComparison.SameValue(facts[v], values[v], facts[value], values[value]))
                {
                    return true;
                }
            }

            return false;
        }

        private static int IndexOf(List<(int Value, int Count)> values, int value)
        {
            ReadOnlySpan<(int Value, int Count)> all = CollectionsMarshal.AsSpan(values);
            for (int k = 0; k < all.Length; k++)
            {
                if (all[k].Value == value)
                {
                    return k;
                }
            }

            return -1;
        }

        private static bool ContainsStated(List<(int Value, TimeScope? Scope)> stated, int value, TimeScope? scope)
        {
            foreach (ref readonly (int Value, TimeScope? Scope) x in CollectionsMarshal.AsSpan(stated))
            {
                if (x.Value == value && Equals(x.Scope, scope))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsScope(List<TimeScope?> scopes, TimeScope? scope)
        {
            foreach (TimeScope? s in CollectionsMarshal.AsSpan(scopes))
            {
                if (Equals(s, scope))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
