using System;
using System.Collections.Generic;
using System.Threading;
using Reconcile.Pipeline;
using Reconcile.Text;

namespace Reconcile.Extraction;

/// <summary>
/// Reads lists of named members and counts built on named entities. "comprised of the US, UK, Australia…"
/// becomes a <see cref="MemberSet"/> claim; "the United States and 10 allies" and "the United States, South
/// Korea and nine other allies" become counts of 11 countries, so they can be checked against "the 11 countries".
/// </summary>
internal sealed class MemberListExtractor : IClaimExtractor
{
    private const int MinimumListLength = 3;
    private const int CueDistance = 6;

    /// <summary>Words before a list that say it lists members.</summary>
    private static readonly Lexicon<bool> MembershipCues = Lexicon.Set(
        "comprised", "composed", "consisting", "consists", "comprising", "comprises", "includes", "include",
        "included", "including", "members", "member", "made", "joined", "participants", "signatories", "are");

    /// <summary>Nouns that, after named countries, count more countries: "the US and 10 allies".</summary>
    private static readonly Lexicon<bool> CountryNouns = Lexicon.Set(
        "allies", "ally", "partners", "partner", "nations", "nation", "countries", "country", "states", "members",
        "governments", "democracies", "economies");

    private static readonly Lexicon<bool> Prepositions = Lexicon.Set(
        "with", "between", "from", "of", "to", "against", "for", "on", "in", "by", "at", "into", "than", "among", "including");

    private readonly EntityCatalog _catalog;

    public MemberListExtractor(EntityCatalog catalog) => _catalog = catalog;

    public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences)
        => Extract(document, sentences, CancellationToken.None);

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        var claims = new List<Claim>();
        var stream = new TokenStream();
        var mentions = new List<Mention>();
        foreach (TextSpan sentence in sentences)
        {
            // A sentence is at most about a thousand characters (SentenceSplitter), so this bounds the wait.
            cancellationToken.ThrowIfCancellationRequested();
            stream.Reset(document.Text, sentence);
            FindMentions(stream, mentions);
            if (mentions.Count > 0)
            {
                ReadRuns(document, sentence, stream, mentions, claims);
            }
        }

        return claims;
    }

    private readonly record struct Mention(int First, int Last, Entity Entity);

    private void FindMentions(TokenStream s, List<Mention> mentions)
    {
        mentions.Clear();
        for (int i = 0; i < s.Count; i++)
        {
            if (!s.IsWord(i) || !char.IsUpper(s.Span(i)[0]))
            {
                continue;
            }

            foreach (string[] words in _catalog.AliasesStartingWith(s.Span(i)))
            {
                int last = MatchWords(s, i, words);
                if (last >= 0 && _catalog.TryResolve(string.Join(' ', words), out Entity entity))
                {
                    mentions.Add(new Mention(i, last, entity));
                    i = last;
                    break;
                }
            }
        }
    }

    private static int MatchWords(TokenStream s, int start, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (!s.IsWord(start + k) || !s.Span(start + k).Equals(words[k], StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return start + words.Length - 1;
    }

    private static void ReadRuns(Document document, TextSpan sentence, TokenStream s, List<Mention> mentions, List<Claim> claims)
    {
        int runStart = 0;
        for (int k = 1; k <= mentions.Count; k++)
        {
            bool continues = k < mentions.Count && mentions[k].Entity.Kind == mentions[k - 1].Entity.Kind && OnlySeparators(s, mentions[k - 1].Last + 1, mentions[k].First - 1);
            if (continues)
            {
                continue;
            }

            ReadRun(document, sentence, s, mentions, runStart, k - 1, claims);
            runStart = k;
        }
    }

    private static void ReadRun(Document document, TextSpan sentence, TokenStream s, List<Mention> mentions, int first, int last, List<Claim> claims)
    {
        int count = last - first + 1;
        int firstToken = mentions[first].First;
        int lastToken = mentions[last].Last;
        EntityKind kind = mentions[first].Entity.Kind;

        // "the United States and 10 allies", "the US, South Korea and nine other allies"
        int and = lastToken + 1;
        if (kind == EntityKind.Country && s.Is(and, "and") && s.InRange(and + 1) && QuantityGrammar.IsCandidate(s, and + 1)
            && QuantityGrammar.TryRead(s, and + 1, out QuantityMatch match) && match.First == and + 1
            && match.Quantity.Unit.Dimension == UnitDimension.Count && match.Quantity.Hedge is Hedge.None or Hedge.MoreThan or Hedge.AtLeast or Hedge.Nearly or Hedge.About)
        {
            int noun = match.Last + 1;
            if (s.Is(noun, "other") || s.Is(noun, "more"))
            {
                noun++;
            }

            // "partnership with North Korea, the United States, South Korea and nine other allies": whether the
            // first name belongs to the count is ambiguous, and a wrong total would be a false alarm: skip.
            int before = s.Is(firstToken - 1, "the") ? firstToken - 2 : firstToken - 1;
            bool ambiguous = count > 1 && s.InLexicon(before, Prepositions);
            if (s.InLexicon(noun, CountryNouns) && count <= 5 && !ambiguous && distinct(mentions, first, last) == count)
            {
                Quantity q = match.Quantity;
                var total = new Quantity(q.Value + count, q.Hedge, Unit.Count, 0);
                TextSpan span = s.SpanOf(firstToken, noun);
                claims.Add(new Claim(document.Source, span, span.Slice(document.Text), "countries", ClaimValue.FromQuantity(total), null, sentence));
                return;
            }
        }

        if (count < MinimumListLength || !HasCue(s, firstToken))
        {
            return;
        }

        var names = new List<string>(count);
        for (int k = first; k <= last; k++)
        {
            names.Add(mentions[k].Entity.Name);
        }

        var members = new MemberSet(names);
        if (members.Count < MinimumListLength)
        {
            return;
        }

        TextSpan listSpan = s.SpanOf(firstToken, lastToken);
        string measure = kind == EntityKind.Country ? "member countries" : kind == EntityKind.Organization ? "member organizations" : "members";
        claims.Add(new Claim(document.Source, listSpan, listSpan.Slice(document.Text), measure, ClaimValue.FromMembers(members), null, sentence));

        static int distinct(List<Mention> mentions, int first, int last)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int k = first; k <= last; k++)
            {
                seen.Add(mentions[k].Entity.Name);
            }

            return seen.Count;
        }
    }

    private static bool OnlySeparators(TokenStream s, int from, int to)
    {
        if (to < from)
        {
            return false; // two names back to back are one longer name we do not know
        }

        for (int i = from; i <= to; i++)
        {
            if (!(s.IsChar(i, ',') || s.Is(i, "and") || s.Is(i, "the") || s.IsChar(i, '&')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCue(TokenStream s, int firstToken)
    {
        for (int i = firstToken - 1; i >= 0 && i >= firstToken - CueDistance; i--)
        {
            if (s.InLexicon(i, MembershipCues))
            {
                return true;
            }
        }

        return false;
    }
}
