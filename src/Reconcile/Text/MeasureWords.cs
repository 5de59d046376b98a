using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// What figures count, as data: irregular plurals, words that name the same thing ("soldiers" are "troops",
/// "member states" are "countries"), and nouns that look like verbs ("ammunition", "building").
/// </summary>
internal static class MeasureWords
{
    /// <summary>Irregular plural to singular.</summary>
    private static readonly Lexicon<string> Irregular = new(new Dictionary<string, string>
    {
        ["children"] = "child", ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["feet"] = "foot",
        ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose", ["data"] = "data", ["media"] = "media",
        ["series"] = "series", ["species"] = "species", ["aircraft"] = "aircraft", ["personnel"] = "personnel",
        ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["halves"] = "half", ["news"] = "news",
        ["crises"] = "crisis", ["analyses"] = "analysis", ["thesis"] = "thesis", ["bus"] = "bus", ["gas"] = "gas",
        ["status"] = "status", ["virus"] = "virus", ["census"] = "census", ["campus"] = "campus",
    });

    /// <summary>Words (singular) that count the same thing, to one canonical word.</summary>
    private static readonly Lexicon<string> Synonyms = new(new Dictionary<string, string>
    {
        ["soldier"] = "troop", ["serviceman"] = "troop", ["servicemember"] = "troop", ["service member"] = "troop",
        ["nation"] = "country", ["member state"] = "country", ["member country"] = "country", ["member nation"] = "country",
        ["shell"] = "round", ["artillery shell"] = "round", ["artillery round"] = "round",
        ["individual"] = "person", ["resident"] = "person", ["people"] = "person", ["inhabitant"] = "person",
        ["civilian"] = "person", ["citizen"] = "person",
        ["staff"] = "person", ["worker"] = "person", ["staffer"] = "person", ["employee"] = "person", ["passenger"] = "person",
        ["position"] = "job", ["post"] = "job", ["role"] = "job",
        ["household"] = "home", ["house"] = "home", ["dwelling"] = "home",
        ["ship"] = "vessel", ["tanker"] = "vessel", ["boat"] = "vessel",
        // The dead are people: "14 deaths", "a death toll of 14" and "14 people were killed" are one count, and the
        // words around each figure (dead or injured, OppositeWords) tell the kinds of casualty apart.
        ["fatality"] = "person", ["dead"] = "person", ["death"] = "person", ["death toll"] = "person", ["toll"] = "person",
        ["victim"] = "person",
        // A crowd counted is people: "a crowd of 40,000", "put the turnout at 40,000" against "15,000 people took part".
        ["crowd"] = "person", ["turnout"] = "person",
        ["kid"] = "child",
        ["dollar"] = "usd",
    });

    /// <summary>Nouns that end like verbs or adverbs, so the noun-phrase reader does not stop at them.</summary>
    private static readonly Lexicon<bool> Nouns = Lexicon.Set(
        "building", "buildings", "housing", "funding", "meeting", "meetings", "shipping", "bombing", "bombings",
        "shooting", "shootings", "killing", "killings", "training", "spending", "warning", "warnings", "offering",
        "earnings", "savings", "holdings", "proceedings", "landing", "landings", "rating", "ratings", "seed",
        "seeds", "feed", "need", "needs", "speed", "hundred", "red", "bed", "beds", "shed", "sheds", "bleeding",
        "ceiling", "family", "families", "ally", "allies", "supply", "supplies", "assembly", "rally", "rallies",
        "anomaly", "monopoly", "reply", "belly", "jelly", "italy", "military", "year", "years", "month",
        "months", "time", "times", "percent", "million", "billion");

    public static bool IsKnownNoun(ReadOnlySpan<char> word) => Nouns.Contains(word);

    /// <summary>Nouns that count a group with no plural ending: "staff", "police", "personnel", "aircraft".</summary>
    private static readonly Lexicon<bool> Collectives = Lexicon.Set(
        "staff", "personnel", "police", "crew", "aircraft", "cattle", "livestock", "sheep", "deer", "fish", "offspring", "clergy");

    /// <summary>Whether a word looks like a plural noun: "hires", "countries", "people" (not "world", "glass", "status").</summary>
    public static bool IsPlural(ReadOnlySpan<char> word)
    {
        if (Collectives.Contains(word))
        {
            return true; // "30 Apple staff", "200 police"
        }

        if (Irregular.TryGet(word, out string? singular))
        {
            return !word.Equals(singular, StringComparison.OrdinalIgnoreCase);
        }

        return word.Length > 3 && (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Words that follow a counted noun without being part of what is counted: a state ("14 people dead", "30
    /// people missing") or a spread ("14,000 employees worldwide").
    /// </summary>
    private static readonly Lexicon<bool> Complements = Lexicon.Set(
        "dead", "injured", "wounded", "hurt", "missing", "killed", "alive", "homeless", "unaccounted", "trapped",
        "stranded", "worldwide", "nationwide", "globally", "overall", "abroad", "statewide", "countrywide",
        "altogether", "combined");

    /// <summary>Whether a word after a counted noun says something about the things counted rather than naming them.</summary>
    public static bool IsComplement(ReadOnlySpan<char> word) => Complements.Contains(word);

    /// <summary>
    /// Verbs and nouns of the events news counts, each to one word, so that two outlets reporting one figure with
    /// different words still share them: "14 people were killed", "14 people died", "left 14 people dead", "a death
    /// toll of 14". The classes follow the usual casualty and damage reporting of disasters and conflicts, plus the
    /// verbs of level that figures move by ("rose", "climbed", "stood at").
    /// </summary>
    private static readonly Lexicon<string> EventWords = new(new Dictionary<string, string>
    {
        ["died"] = "die", ["dies"] = "die", ["dead"] = "die", ["killed"] = "die", ["killing"] = "die", ["kills"] = "die",
        ["kill"] = "die", ["death"] = "die", ["deaths"] = "die", ["fatalities"] = "die", ["fatality"] = "die",
        ["perished"] = "die", ["toll"] = "die", ["deadliest"] = "die",
        ["injured"] = "injure", ["injuring"] = "injure", ["injuries"] = "injure", ["injury"] = "injure",
        ["wounded"] = "injure", ["wounding"] = "injure", ["hurt"] = "injure", ["hospitalised"] = "injure",
        ["hospitalized"] = "injure",
        ["missing"] = "missing", ["unaccounted"] = "missing",
        ["evacuated"] = "evacuate", ["evacuation"] = "evacuate", ["evacuations"] = "evacuate", ["displaced"] = "evacuate",
        ["fled"] = "evacuate", ["flee"] = "evacuate",
        ["destroyed"] = "destroy", ["destroying"] = "destroy", ["razed"] = "destroy", ["flattened"] = "destroy",
        ["arrested"] = "arrest", ["arrests"] = "arrest", ["detained"] = "arrest",
        // Verbs of level: outlets word the same change differently ("the toll rose to 14", "climbed to 17").
        ["rose"] = "rise", ["risen"] = "rise", ["rises"] = "rise", ["rising"] = "rise", ["climbed"] = "rise",
        ["climbs"] = "rise", ["increased"] = "rise", ["grew"] = "rise", ["jumped"] = "rise", ["surged"] = "rise",
        ["fell"] = "fall", ["fallen"] = "fall", ["falls"] = "fall", ["dropped"] = "fall", ["declined"] = "fall",
        ["decreased"] = "fall", ["slid"] = "fall", ["plunged"] = "fall",
        ["stood"] = "stand", ["stands"] = "stand", ["reached"] = "stand", ["totalled"] = "stand", ["totaled"] = "stand",
    });

    /// <summary>The one word for an event word ("killed" → "die"), or <see langword="false"/> when the word is none.</summary>
    public static bool TryEventWord(ReadOnlySpan<char> word, out string canonical) => EventWords.TryGet(word, out canonical!);

    /// <summary>The plural of a unit word from a compound ("page" → "pages").</summary>
    public static string Plural(string word)
    {
        if (word.EndsWith('s') || word.Contains('-', StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith('y') && word.Length > 2 && !IsVowel(word[^2]))
        {
            return string.Concat(word.AsSpan(0, word.Length - 1), "ies");
        }

        return word + "s";
    }

    /// <summary>The singular, lower-cased form of a noun ("Allies" → "ally", "countries" → "country").</summary>
    public static string Singular(ReadOnlySpan<char> word)
    {
        if (Irregular.TryGet(word, out string? irregular))
        {
            return irregular;
        }

        string lower = word.ToString().ToLowerInvariant();
        if (lower.Length <= 3)
        {
            return lower;
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(lower.AsSpan(0, lower.Length - 3), "y");
        }

        if (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal)
            || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal))
        {
            return lower[..^1];
        }

        return lower;
    }

    private static readonly Lexicon<bool> RatePeriods = Lexicon.Set("hour", "day", "week", "month", "year", "night", "season");

    /// <summary>Whether a word names the period of a rate: "a day", "per year".</summary>
    public static bool IsRatePeriod(ReadOnlySpan<char> word) => RatePeriods.Contains(word);

    /// <summary>
    /// The canonical word for what a measure counts: its head noun, singular, through the synonym table; for a rate
    /// ("passengers a day") the head and its period ("passenger per day").
    /// </summary>
    public static string Head(string measure)
    {
        int period = measure.LastIndexOf(' ');
        if (period > 0 && IsRatePeriod(measure.AsSpan(period + 1)))
        {
            int marker = measure.LastIndexOf(' ', period - 1);
            if (marker > 0)
            {
                return string.Concat(Head(measure[..marker]), " per ", measure.AsSpan(period + 1).ToString().ToLowerInvariant());
            }
        }

        ReadOnlySpan<char> text = measure;
        int of = text.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        ReadOnlySpan<char> main = of > 0 ? text[..of] : text;
        main = main.Trim();
        int space = main.LastIndexOf(' ');
        string head = Singular(space >= 0 ? main[(space + 1)..] : main);
        if (space >= 0)
        {
            int before = main[..space].LastIndexOf(' ');
            string pair = string.Concat(Singular(main[(before + 1)..space]), " ", head);
            if (Synonyms.TryGet(pair, out string? canonicalPair))
            {
                return canonicalPair;
            }
        }

        return Synonyms.TryGet(head, out string? canonical) ? canonical : head;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
