using System;
using System.Collections.Generic;
using Reconcile.Text;

namespace Reconcile.Grouping;

/// <summary>
/// The words around a claim that say what it is about, weighted by closeness to the claim and by how rare
/// they are across all the claims' sentences (inverse sentence frequency). For a date, its clause's subject
/// weighs most; a sentence that opens with a pronoun ("It had been issuing reports…") borrows the sentence
/// before it. Stored as sorted term ids and weights, so comparing two contexts is one merge.
/// </summary>
internal sealed class ClaimContext
{
    private const float SubjectWeight = 2.0f;
    private const float OwnWordWeight = 1.5f;
    private const float NeighbourWeight = 1.5f;
    private const int NeighbourDistance = 3;
    private const float AntecedentWeight = 0.5f;
    private const int SubjectWords = 4;
    private const int MaxWordLength = 48;

    private const float ClauseWeight = 2.0f;
    private const int PoleWindow = 8;

    private int[] _terms;
    private float[] _weights;

    // The signed poles (OppositeWords) in the claim's clause: a count "in favour" and one "against".
    private int[] _poles;

    private ClaimContext(int[] terms, float[] weights, int[] poles)
    {
        _terms = terms;
        _weights = weights;
        _poles = poles;
    }

    /// <summary>
    /// Whether the two claims' clauses hold opposite words ("backed" and "opposed", "exports" and "imports") and
    /// neither holds both: then they state different facts.
    /// </summary>
    public static bool Opposed(ClaimContext a, ClaimContext b) => Opposed(a._poles, b._poles);

    /// <summary>Whether two claims' poles (<see cref="ClausePoles"/>) are opposed; see <see cref="Opposed(ClaimContext, ClaimContext)"/>.</summary>
    public static bool Opposed(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        foreach (int pole in a)
        {
            if (b.Contains(-pole) && !a.Contains(-pole) && !b.Contains(pole))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the signed poles of the claim's clause (empty, and shared, when it has none).</summary>
    public int[] ClausePoles => _poles;

    public float Norm { get; private set; }

    public ReadOnlySpan<int> Terms => _terms;

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Reads the raw (unweighted by rarity) context of a claim.</summary>
    public static ClaimContext Read(Claim claim, string text, TokenStream stream, TermTable table, TermWeights scratch)
    {
        int[] poles = Collect(claim, text, stream, table, scratch);
        int[] terms = scratch.Terms.ToArray();
        float[] weights = scratch.Weights.ToArray();
        Array.Sort(terms, weights);
        return new ClaimContext(terms, weights, poles);
    }

    /// <summary>
    /// Reads the raw context of a claim into <paramref name="scratch"/> (term ids and weights, in no particular order) and
    /// returns the poles of its clause, so that a caller keeping contexts in flat arrays allocates nothing per claim.
    /// </summary>
    public static int[] Collect(Claim claim, string text, TokenStream stream, TermTable table, TermWeights scratch)
    {
        scratch.Clear();
        stream.Reset(text, claim.Sentence);
        int claimFirst = -1, claimLast = -1;
        for (int i = 0; i < stream.Count; i++)
        {
            Token t = stream[i];
            if (t.Start >= claim.Span.Start && t.End <= claim.Span.End)
            {
                if (claimFirst < 0)
                {
                    claimFirst = i;
                }

                claimLast = i;
            }
        }

        bool isDate = claim.Value.Kind is ClaimValueKind.Date or ClaimValueKind.DateRange;

        // For a date, the words of its own clause name the event it dates ("the worst flooding in the region since
        // 1998"), so they weigh as much as a date's subject.
        (int clauseFirst, int clauseLast) = isDate && claimFirst >= 0 ? DatedClause(stream, claimFirst, claimLast) : (-1, -2);
        for (int i = 0; i < stream.Count; i++)
        {
            if (!stream.IsWord(i))
            {
                continue;
            }

            int distance = claimFirst < 0 ? 8 : i < claimFirst ? claimFirst - i : i > claimLast ? i - claimLast : 0;
            if (distance == 0 && isDate)
            {
                continue; // "last year" says when, not what
            }

            // For a figure, the words right around it say which fact it is: "50 people died", "30 people missing".
            float weight = distance == 0 ? OwnWordWeight
                : !isDate && distance <= NeighbourDistance ? NeighbourWeight
                : i >= clauseFirst && i <= clauseLast ? ClauseWeight
                : 1.0f / (1.0f + (distance / 4.0f));
            Add(scratch, table, stream.Span(i), weight);
        }

        if (isDate && claimFirst >= 0)
        {
            AddSubject(scratch, table, stream, claimFirst, claim.Antecedent is not null);
        }

        int[] poles = claimFirst >= 0 ? Poles(stream, claimFirst, claimLast) : [];

        if (claim.Antecedent is { } antecedent)
        {
            stream.Reset(text, antecedent);
            for (int i = 0; i < stream.Count; i++)
            {
                if (stream.IsWord(i))
                {
                    Add(scratch, table, stream.Span(i), AntecedentWeight);
                }
            }

            if (isDate)
            {
                // The pronoun stands for the last noun phrase of the sentence before.
                int end = stream.Count - 1;
                while (end >= 0 && !stream.IsWord(end))
                {
                    end--;
                }

                AddPhrase(scratch, table, stream, end, backwards: true);
            }
        }

        return poles;
    }

    /// <summary>
    /// The opposite words (<see cref="OppositeWords"/>) in the clause around the claim. When the clause holds both
    /// sides of one pair, the side nearer the figure is the claim's: in "killing 14 and injuring 30", 14 is a death
    /// toll and 30 a count of injured.
    /// </summary>
    private static int[] Poles(TokenStream stream, int claimFirst, int claimLast)
    {
        List<(int Pole, int Distance)>? poles = null;
        for (int i = claimFirst; i <= claimLast; i++)
        {
            if (stream.IsWord(i) && OppositeWords.Poles.TryGet(stream.Span(i), out int own))
            {
                Note(poles ??= [], own, -1); // "14 died": the claim's own words are nearest of all
            }
        }

        for (int step = -1; step <= 1; step += 2)
        {
            for (int i = step < 0 ? claimFirst - 1 : claimLast + 1, n = 0; stream.InRange(i) && n < PoleWindow; i += step, n++)
            {
                if (stream.IsPunctuation(i) && !(stream.IsDash(i) && stream.Glued(i)))
                {
                    break;
                }

                if (stream.IsWord(i) && OppositeWords.Poles.TryGet(stream.Span(i), out int pole))
                {
                    Note(poles ??= [], pole, n);
                }
            }
        }

        if (poles is null)
        {
            return [];
        }

        var kept = new List<int>(poles.Count);
        foreach ((int pole, int distance) in poles)
        {
            int other = IndexOf(poles, -pole);
            if (other < 0 || poles[other].Distance >= distance)
            {
                kept.Add(pole); // equally near: both kept, and the claim is on neither side
            }
        }

        return [.. kept];

        static void Note(List<(int Pole, int Distance)> poles, int pole, int distance)
        {
            int at = IndexOf(poles, pole);
            if (at < 0)
            {
                poles.Add((pole, distance));
            }
            else if (distance < poles[at].Distance)
            {
                poles[at] = (pole, distance);
            }
        }

        // A plain loop: a predicate capturing the pole would allocate a closure per call on the grouping path.
        static int IndexOf(List<(int Pole, int Distance)> poles, int pole)
        {
            for (int i = 0; i < poles.Count; i++)
            {
                if (poles[i].Pole == pole)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// The words of the clause a date stands in: back to the punctuation or clause opener before it, or, when the
    /// date opens its clause, on to the punctuation after it.
    /// </summary>
    private static (int First, int Last) DatedClause(TokenStream stream, int claimFirst, int claimLast)
    {
        int first = claimFirst;
        int words = 0;
        for (int i = claimFirst - 1; i >= 0 && !(stream.IsPunctuation(i) && !(stream.IsDash(i) && stream.Glued(i))) && !stream.InLexicon(i, FunctionWords.ClauseOpeners); i--)
        {
            first = i;
            words += stream.IsWord(i) ? 1 : 0;
        }

        if (words >= 2)
        {
            return (first, claimFirst - 1);
        }

        int last = claimLast;
        for (int i = claimLast + 1; stream.InRange(i) && !(stream.IsPunctuation(i) && !(stream.IsDash(i) && stream.Glued(i))); i++)
        {
            last = i;
        }

        return (claimLast + 1, last);
    }

    /// <summary>The distinct words of a sentence, unweighted, to recognize the same sentence in two copies of a story.</summary>
    public static int[] SentenceTerms(string text, TextSpan sentence, TokenStream stream, TermTable table, TermWeights scratch)
    {
        scratch.Clear();
        stream.Reset(text, sentence);
        for (int i = 0; i < stream.Count; i++)
        {
            if (stream.IsWord(i))
            {
                Add(scratch, table, stream.Span(i), 1);
            }
        }

        int[] terms = scratch.Terms.ToArray();
        Array.Sort(terms);
        return terms;
    }

    /// <summary>Multiplies each weight by its term's rarity and computes the norm.</summary>
    public void Weigh(TermTable table, int sentences) => Norm = Weigh(_terms, _weights, table, sentences);

    /// <summary>
    /// Multiplies each weight of a context given as spans by its term's rarity, in place, and returns the norm, so
    /// a caller may keep many contexts in flat arrays.
    /// </summary>
    public static float Weigh(ReadOnlySpan<int> terms, Span<float> weights, TermTable table, int sentences)
    {
        double norm = 0;
        for (int k = 0; k < terms.Length; k++)
        {
            float w = weights[k] * Math.Max(0f, table.Idf(terms[k], sentences));
            weights[k] = w;
            norm += w * w;
        }

        return (float)Math.Sqrt(norm);
    }

    /// <summary>What <see cref="Weigh(ReadOnlySpan{int}, Span{float}, TermTable, int)"/> multiplies each term's weight by, for every term of the table.</summary>
    public static float[] Rarities(TermTable table, int sentences)
    {
        float[] rarity = new float[table.Count];
        for (int id = 0; id < rarity.Length; id++)
        {
            rarity[id] = Math.Max(0f, table.Idf(id, sentences));
        }

        return rarity;
    }

    /// <summary>
    /// <see cref="Weigh(ReadOnlySpan{int}, Span{float}, TermTable, int)"/> with each term's factor from
    /// <see cref="Rarities"/>: the same weights and norm.
    /// </summary>
    public static float Weigh(ReadOnlySpan<int> terms, Span<float> weights, ReadOnlySpan<float> rarity)
    {
        double norm = 0;
        for (int k = 0; k < terms.Length; k++)
        {
            float w = weights[k] * rarity[terms[k]];
            weights[k] = w;
            norm += w * w;
        }

        return (float)Math.Sqrt(norm);
    }

    public float Cosine(ClaimContext other) => Cosine(_terms, _weights, Norm, other._terms, other._weights, other.Norm);

    /// <summary>
    /// The cosine of two contexts given as sorted term ids, weights and norms, so a caller may keep many contexts
    /// in flat arrays (the grouper copies a block's contexts next to each other before comparing them).
    /// </summary>
    public static float Cosine(ReadOnlySpan<int> a, ReadOnlySpan<float> wa, float normA, ReadOnlySpan<int> b, ReadOnlySpan<float> wb, float normB)
    {
        if (normA == 0 || normB == 0)
        {
            return 0;
        }

        int i = 0, j = 0;
        double dot = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                dot += wa[i++] * wb[j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (float)(dot / (normA * normB));
    }

    /// <summary>The ids of the heaviest terms, for finding candidate pairs.</summary>
    public void TopTerms(int count, List<int> into)
    {
        into.Clear();
        if (_terms.Length <= count)
        {
            into.AddRange(_terms);
            return;
        }

        int[] order = new int[_terms.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        float[] weights = _weights;
        int[] terms = _terms;
        Array.Sort(order, (x, y) => weights[y] != weights[x] ? weights[y].CompareTo(weights[x]) : terms[x].CompareTo(terms[y]));
        for (int k = 0; k < count; k++)
        {
            into.Add(_terms[order[k]]);
        }
    }

    private static void AddSubject(TermWeights terms, TermTable table, TokenStream stream, int claimFirst, bool pronoun)
    {
        int clauseStart = claimFirst;
        while (clauseStart > 0 && !(stream.IsPunctuation(clauseStart - 1) && !(stream.IsDash(clauseStart - 1) && stream.Glued(clauseStart - 1))))
        {
            clauseStart--;
        }

        if (stream.Is(clauseStart, "which") || stream.Is(clauseStart, "who") || stream.Is(clauseStart, "that"))
        {
            // A relative clause: its subject is the phrase before the comma.
            AddPhrase(terms, table, stream, clauseStart - 2, backwards: true);
            return;
        }

        if (clauseStart == 0 && pronoun)
        {
            return; // the antecedent supplies it
        }

        AddPhrase(terms, table, stream, clauseStart, backwards: false);
    }

    private static void AddPhrase(TermWeights terms, TermTable table, TokenStream stream, int from, bool backwards)
    {
        int taken = 0;
        for (int i = from; stream.InRange(i) && taken < SubjectWords; i += backwards ? -1 : 1)
        {
            if (!stream.IsWord(i) && !(stream.IsDash(i) && stream.Glued(i)))
            {
                break;
            }

            ReadOnlySpan<char> word = stream.Span(i);
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (FunctionWords.NounPhraseStops.Contains(word))
            {
                break;
            }

            Add(terms, table, word, SubjectWeight);
            taken++;
        }
    }

    private static void Add(TermWeights terms, TermTable table, ReadOnlySpan<char> word, float weight)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0)
        {
            word = word[..apostrophe];
        }

        if (word.Length > MaxWordLength)
        {
            return;
        }

        // The same words recur claim after claim ("said", "people", a story's names): each word's term, or that it is
        // none, is worked out once per table.
        if (!table.TryGetWord(word, out int id))
        {
            id = TermOf(table, word);
            table.AddWord(word, id);
        }

        if (id >= 0)
        {
            terms.Add(id, weight);
        }
    }

    /// <summary>The id of a word's term in the table, added if new; -1 when the word is too short or a stop word.</summary>
    private static int TermOf(TermTable table, ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || FunctionWords.Stop.Contains(word))
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[MaxWordLength];
        int length;
        if (MeasureWords.TryEventWord(word, out string canonical))
        {
            canonical.CopyTo(buffer); // "killed", "died" and "dead" are one word to compare by
            length = canonical.Length;
        }
        else
        {
            length = Normalize(word, buffer);
        }

        return table.GetOrAdd(buffer[..length]);
    }

    /// <summary>Lower-cases, drops a plural ending and a verb ending, in place: "Reports" → "report", "issuing" → "issu".</summary>
    private static int Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = word.ToLowerInvariant(buffer);
        ReadOnlySpan<char> w = buffer[..n];
        if (n > 3)
        {
            if (w.EndsWith("ies"))
            {
                buffer[n - 3] = 'y';
                n -= 2;
            }
            else if (w.EndsWith("sses") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes"))
            {
                n -= 2;
            }
            else if (w.EndsWith('s') && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
            {
                n -= 1;
            }
        }

        w = buffer[..n];
        if (n > 5 && w.EndsWith("ing"))
        {
            n -= 3;
        }
        else if (n > 4 && w.EndsWith("ed"))
        {
            n -= 2;
        }
        else if (n > 5 && w.EndsWith("ion"))
        {
            n -= 3;
        }

        return n;
    }
}
