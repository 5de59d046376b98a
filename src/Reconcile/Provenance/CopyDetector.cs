using System;
using System.Collections.Generic;
using System.Linq;

namespace Reconcile.Provenance;

/// <summary>
/// Finds sources that republish one story (wire copies): articles whose kept text shares a large part of its
/// eight-word passages with another's. Passages are hashed; an inverted index keeps the cost near linear in
/// the total text, and passages that stand in very many articles (boilerplate) are ignored.
/// </summary>
internal static class CopyDetector
{
    private const int ShingleWords = 8;
    private const double MinimumSharedFraction = 0.3;
    private const int MinimumSharedShingles = 15;
    private const int BoilerplateLimit = 50;

    public static IReadOnlyList<SourceCopy> Find(IReadOnlyList<Document> documents, IReadOnlyList<IReadOnlyList<TextSpan>> paragraphs)
    {
        var shingles = new HashSet<ulong>[documents.Count];
        var index = new Dictionary<ulong, List<int>>();
        for (int d = 0; d < documents.Count; d++)
        {
            shingles[d] = Shingles(documents[d].Text, paragraphs[d]);
            foreach (ulong shingle in shingles[d])
            {
                if (!index.TryGetValue(shingle, out List<int>? holders))
                {
                    index[shingle] = holders = [];
                }

                holders.Add(d);
            }
        }

        var shared = new Dictionary<(int, int), int>();
        foreach (List<int> holders in index.Values)
        {
            if (holders.Count < 2 || holders.Count > BoilerplateLimit)
            {
                continue;
            }

            for (int a = 0; a < holders.Count; a++)
            {
                for (int b = a + 1; b < holders.Count; b++)
                {
                    var key = (holders[a], holders[b]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        var copies = new List<SourceCopy>();
        foreach (((int a, int b), int count) in shared)
        {
            int smaller = Math.Min(shingles[a].Count, shingles[b].Count);
            double fraction = smaller == 0 ? 0 : (double)count / smaller;
            if (count >= MinimumSharedShingles && fraction >= MinimumSharedFraction)
            {
                copies.Add(new SourceCopy(documents[a].Source.Id, documents[b].Source.Id, Math.Round(fraction, 2)));
            }
        }

        return [.. copies.OrderBy(c => c.FirstSourceId, StringComparer.Ordinal).ThenBy(c => c.SecondSourceId, StringComparer.Ordinal)];
    }

    /// <summary>Groups source ids into sets of copies of one story (transitively).</summary>
    public static Dictionary<string, string> Witnesses(IEnumerable<string> sourceIds, IReadOnlyList<SourceCopy> copies)
    {
        var parent = sourceIds.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        string Root(string id)
        {
            while (!string.Equals(parent[id], id, StringComparison.Ordinal))
            {
                id = parent[id] = parent[parent[id]];
            }

            return id;
        }

        foreach (SourceCopy copy in copies)
        {
            string a = Root(copy.FirstSourceId), b = Root(copy.SecondSourceId);
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                // The ordinally smaller id names the witness, so the result does not depend on order.
                if (string.CompareOrdinal(a, b) < 0)
                {
                    parent[b] = a;
                }
                else
                {
                    parent[a] = b;
                }
            }
        }

        return parent.Keys.ToList().ToDictionary(id => id, Root, StringComparer.Ordinal);
    }

    private static HashSet<ulong> Shingles(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = new HashSet<ulong>();
        var window = new ulong[ShingleWords];
        int filled = 0;
        foreach (TextSpan paragraph in paragraphs)
        {
            ReadOnlySpan<char> span = text.AsSpan(paragraph.Start, paragraph.Length);
            int i = 0;
            while (i < span.Length)
            {
                while (i < span.Length && !char.IsLetterOrDigit(span[i]))
                {
                    i++;
                }

                int start = i;
                while (i < span.Length && char.IsLetterOrDigit(span[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    break;
                }

                window[filled % ShingleWords] = WordHash(span[start..i]);
                filled++;
                if (filled >= ShingleWords)
                {
                    ulong hash = 1469598103934665603UL;
                    for (int k = 0; k < ShingleWords; k++)
                    {
                        hash = unchecked((hash ^ window[(filled + k) % ShingleWords]) * 1099511628211UL);
                    }

                    result.Add(hash);
                }
            }
        }

        return result;
    }

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        ulong hash = 1469598103934665603UL;
        foreach (char c in word)
        {
            hash = unchecked((hash ^ char.ToLowerInvariant(c)) * 1099511628211UL); // FNV-1a wraps by design
        }

        return hash;
    }
}
