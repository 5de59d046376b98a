using System;
using System.Collections.Generic;
using Reconcile.Text;

namespace Reconcile.Grouping;

/// <summary>
/// The words around a claim that say what it is about, weighted by closeness to the claim and by how rare
/// they are across all the claims' sentences (inverse document frequency at sentence level). A sentence that
/// opens with a pronoun ("It had been issuing reports…") borrows the previous sentence's words at half weight.
/// </summary>
internal sealed class ClaimContext
{
    private ClaimContext(Dictionary<string, double> weights) => Weights = weights;

    public Dictionary<string, double> Weights { get; }

    public double Norm { get; private set; }

    public static Dictionary<string, double> RawTerms(Claim claim, string text, TokenStream stream)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
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

            double weight = distance == 0 ? 1.5 : 1.0 / (1.0 + (distance / 4.0));
            Add(terms, stream.Span(i), weight);
        }

        // What a date dates is said by its clause's subject: "the Panel of Experts, which had overseen … since 2009".
        if (isDate && claimFirst >= 0)
        {
            AddSubject(terms, stream, claimFirst, claim.Antecedent is not null);
        }

        if (claim.Antecedent is { } antecedent)
        {
            stream.Reset(text, antecedent);
            for (int i = 0; i < stream.Count; i++)
            {
                if (stream.IsWord(i))
                {
                    Add(terms, stream.Span(i), 0.5);
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

                AddPhrase(terms, stream, end, backwards: true);
            }
        }

        return terms;
    }

    private const double SubjectWeight = 2.0;
    private const int SubjectWords = 4;

    private static void AddSubject(Dictionary<string, double> terms, TokenStream stream, int claimFirst, bool pronoun)
    {
        int clauseStart = claimFirst;
        while (clauseStart > 0 && !(stream.IsPunctuation(clauseStart - 1) && !(stream.IsDash(clauseStart - 1) && stream.Glued(clauseStart - 1))))
        {
            clauseStart--;
        }

        if (stream.Is(clauseStart, "which") || stream.Is(clauseStart, "who") || stream.Is(clauseStart, "that"))
        {
            // A relative clause: its subject is the phrase before the comma.
            AddPhrase(terms, stream, clauseStart - 2, backwards: true);
            return;
        }

        if (clauseStart == 0 && pronoun)
        {
            return; // the antecedent supplies it
        }

        AddPhrase(terms, stream, clauseStart, backwards: false);
    }

    private static void AddPhrase(Dictionary<string, double> terms, TokenStream stream, int from, bool backwards)
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

            Add(terms, word, SubjectWeight);
            taken++;
        }
    }

    public static ClaimContext Weigh(Dictionary<string, double> raw, Func<string, double> idf)
    {
        var weights = new Dictionary<string, double>(raw.Count, StringComparer.Ordinal);
        double norm = 0;
        foreach ((string term, double w) in raw)
        {
            double v = w * idf(term);
            if (v > 0)
            {
                weights[term] = v;
                norm += v * v;
            }
        }

        return new ClaimContext(weights) { Norm = Math.Sqrt(norm) };
    }

    public double Cosine(ClaimContext other)
    {
        if (Norm == 0 || other.Norm == 0)
        {
            return 0;
        }

        (ClaimContext small, ClaimContext large) = Weights.Count <= other.Weights.Count ? (this, other) : (other, this);
        double dot = 0;
        foreach ((string term, double w) in small.Weights)
        {
            if (large.Weights.TryGetValue(term, out double v))
            {
                dot += w * v;
            }
        }

        return dot / (Norm * other.Norm);
    }

    private static void Add(Dictionary<string, double> terms, ReadOnlySpan<char> word, double weight)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0)
        {
            word = word[..apostrophe];
        }

        if (word.Length < 2 || FunctionWords.Stop.Contains(word))
        {
            return;
        }

        string term = Stem(MeasureWords.Singular(word));
        ref double slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(terms, term, out _);
        slot = Math.Max(slot, weight);
    }

    private static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 5 && word.EndsWith("ion", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        return word;
    }
}
