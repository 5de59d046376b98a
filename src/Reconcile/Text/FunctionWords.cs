namespace Reconcile.Text;

/// <summary>Closed-class English words the grammars and the grouper treat specially, as data.</summary>
internal static class FunctionWords
{
    /// <summary>Words that carry no topic: left out of the context a claim is matched by.</summary>
    public static readonly Lexicon<bool> Stop = Lexicon.Set(
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "nor",
        "that", "this", "these", "those", "it", "its", "they", "their", "them", "he", "she", "his", "her", "we",
        "our", "us", "you", "your", "i", "me", "my", "is", "was", "were", "are", "be", "been", "being", "has",
        "have", "had", "will", "would", "could", "should", "may", "might", "can", "did", "do", "does", "not",
        "no", "as", "than", "said", "says", "say", "told", "also", "which", "who", "whom", "whose", "what",
        "when", "where", "while", "there", "here", "after", "before", "since", "between", "during", "into",
        "about", "over", "more", "most", "such", "so", "if", "then", "up", "out", "all", "any", "some",
        "other", "another", "its", "own", "per", "via", "according", "including", "under", "than", "just",
        "very", "only", "even", "still", "yet", "further", "far", "well", "nearly", "almost", "least", "many",
        "much", "both", "each", "every", "either", "neither", "through", "throughout", "until", "against",
        "s", "t", "now", "new", "year", "years", "month", "months", "week", "day", "days", "time", "times",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "million", "billion", "thousand", "hundred", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "around", "approximately", "roughly", "estimated", "last",
        "next", "earlier", "later", "ago", "today", "yesterday", "whole", "first", "second", "third");

    /// <summary>Words that end the noun phrase naming what a figure counts.</summary>
    public static readonly Lexicon<bool> NounPhraseStops = Lexicon.Set(
        "to", "in", "on", "at", "for", "from", "by", "with", "into", "since", "between", "during", "over",
        "under", "through", "across", "against", "toward", "towards", "per", "after", "before", "until",
        "amid", "among", "alongside", "within", "without", "despite", "beyond", "upon", "including", "like", "near", "via", "aboard", "inside", "outside", "than", "as",
        "and", "or", "but", "nor", "yet", "so", "the", "a", "an", "this", "that", "these", "those", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
        "might", "can", "did", "do", "does", "said", "says", "say", "told", "which", "who", "whom", "whose",
        "it", "they", "he", "she", "we", "there", "here", "when", "where", "while", "if", "because",
        "ago", "later", "earlier", "each", "apiece", "more", "less", "fewer", "or", "not", "also", "who",
        "its", "their", "his", "her", "our", "my", "your", "last", "next", "this", "every", "about", "around",
        "of", "meant", "sent", "made", "took", "gave", "went", "came", "began", "became", "brought", "bought",
        "built", "held", "kept", "left", "lost", "met", "paid", "put", "ran", "saw", "set", "shot", "sold",
        "spent", "stood", "thought", "won", "wrote", "fell", "fought", "flew", "grew", "hit", "led", "let",
        "rose", "sought", "struck", "taught", "remain", "remains", "remained", "continue", "continues", "face",
        "faces", "need", "needs", "get", "gets", "got", "make", "makes", "take", "takes", "show", "shows",
        "include", "includes", "mean", "means", "become", "becomes", "go", "goes", "come", "comes", "seem",
        "seems", "appear", "appears", "want", "wants", "know", "knows", "knew", "believe", "believes", "think",
        "thinks", "urge", "urges", "call", "calls", "claim", "claims", "warn", "warns", "hope", "hopes",
        "maintain", "work", "died", "live", "lived", "stay", "stayed", "per");

    /// <summary>Pronouns that, opening a sentence, point back to the previous one.</summary>
    public static readonly Lexicon<bool> OpeningPronouns = Lexicon.Set("it", "they", "he", "she", "this", "these", "that", "those", "its", "their");

    /// <summary>Words that open a new clause; the words naming a dated event stop there.</summary>
    public static readonly Lexicon<bool> ClauseOpeners = Lexicon.Set(
        "after", "before", "when", "because", "which", "who", "while", "as", "and", "but", "that", "where",
        "although", "though", "so", "whereas", "once", "until", "if", "said", "says", "told");

    /// <summary>Words before a figure that make it an identifier, not an amount ("Resolution 2397", "No. 10").</summary>
    public static readonly Lexicon<bool> IdentifierPrefixes = Lexicon.Set(
        "no", "number", "resolution", "resolutions", "article", "section", "chapter", "page", "room", "flight",
        "route", "level", "phase", "category", "grade", "class", "version", "item", "paragraph", "act", "unit",
        "block", "building", "gate", "platform", "terminal", "highway", "interstate", "channel", "episode",
        "season", "volume", "issue", "lot", "part", "rule", "amendment", "clause", "model", "type", "series",
        "covid", "apollo", "windows", "iphone", "galaxy", "formula", "top", "week", "day", "stage", "round",
        "game", "match", "term", "district", "ward", "zone", "sector", "line", "bus", "tier");

    /// <summary>
    /// The identifier words that mark an identifier in lower case too ("a category 4 hurricane", "stage 3 cancer",
    /// "under article 5"). Words that also measure time or amounts ("week", "day", "season", "lot", "part", "top")
    /// are left out: "each week 300 migrants arrive" is a count.
    /// </summary>
    public static readonly Lexicon<bool> LowerCaseIdentifierPrefixes = Lexicon.Set(
        "resolution", "resolutions", "article", "section", "chapter", "paragraph", "clause", "amendment", "category",
        "level", "phase", "stage", "grade", "class", "type", "version", "flight", "route", "highway", "interstate",
        "gate", "platform", "terminal", "room", "page", "episode", "volume", "tier", "zone", "district", "ward",
        "sector", "unit", "model", "channel");

    /// <summary>
    /// Street words: a capitalized one within a few names after a number makes the number an address, not an amount
    /// ("10 Downing Street", "49 Zorro Ranch Road", "22 Ave Foch").
    /// </summary>
    public static readonly Lexicon<bool> StreetWords = Lexicon.Set(
        "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way", "place",
        "court", "terrace", "crescent", "parkway", "square", "alley", "highway", "hwy");

    /// <summary>
    /// Nouns that name an amount in "a total of 2000", "an average of 1500", "a crowd of 1800": the figure after their
    /// "of" is that amount, not a year ("the summer of 1969" is not one of them).
    /// </summary>
    public static readonly Lexicon<bool> AmountNouns = Lexicon.Set(
        "total", "average", "maximum", "minimum", "median", "mean", "sum", "tally", "peak", "high", "low", "crowd",
        "population", "count", "headcount", "workforce", "fleet", "budget", "deficit", "surplus", "shortfall",
        "gain", "loss", "rise", "fall", "drop", "increase", "decrease", "decline", "jump", "price", "cost", "fine",
        "bill", "payout", "salary", "wage", "fee", "rate", "score", "margin", "majority", "turnout", "capacity");

    /// <summary>
    /// Market indexes named with a number, in any case, as lower-cased or ASCII-folded text writes them ("sp 500",
    /// "ftse 100", "nikkei 225"): the number is part of the name. Capitalized, the name rule already reads them.
    /// </summary>
    public static readonly Lexicon<bool> IndexNames = Lexicon.Set(
        "sp", "ftse", "stoxx", "nikkei", "russell", "dax", "cac", "asx", "nasdaq", "topix", "kospi", "nifty", "sensex", "msci");

    /// <summary>Words after a number that make it a code, not an amount: "the 90049 ZIP code", "the 212 area code".</summary>
    public static readonly Lexicon<bool> CodeWords = Lexicon.Set("zip", "postcode", "postal", "zipcode", "area");

    /// <summary>Words before a date or a year that mark it as a time reference.</summary>
    public static readonly Lexicon<bool> DatePrepositions = Lexicon.Set(
        "in", "since", "by", "until", "till", "from", "during", "throughout", "through", "before", "after",
        "on", "of", "between", "and", "to", "early", "late", "mid", "around", "circa", "spring", "summer",
        "autumn", "fall", "winter", "as", "at", "for", "into", "within", "end", "start", "beginning", "or");

    /// <summary>Verbs of change: "rose 5% to 10%" is a change and where it ended, not a range.</summary>
    public static readonly Lexicon<bool> ChangeVerbs = Lexicon.Set(
        "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "increased", "increase", "increases", "decreased",
        "decrease", "decreases", "climbed", "climb", "climbs", "dropped", "drop", "drops", "jumped", "jump", "jumps", "slipped",
        "grew", "grow", "grows", "declined", "decline", "declines", "surged", "surge", "plunged", "plunge", "gained", "gain",
        "lost", "up", "down", "cut", "raised", "raise", "lowered", "slid", "eased", "soared", "tumbled", "sank", "added",
        "boosted", "revised", "narrowed", "widened", "slowed", "accelerated", "rising", "falling", "increasing", "growing",
        "dropping", "climbing", "moved", "shrank", "expanded", "advanced", "retreated", "edged");

    /// <summary>Words that make a following figure relative to another one ("another 3,000", "nine other allies").</summary>
    public static readonly Lexicon<bool> RelativeMarkers = Lexicon.Set("another", "other", "additional", "more", "further", "extra");
}
