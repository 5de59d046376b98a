namespace Reconcile.Text;

/// <summary>Words of times of day, as data: "a.m."/"p.m.", time-zone abbreviations, "noon", "midnight".</summary>
internal static class TimeWords
{
    /// <summary>Morning and afternoon markers after an hour ("10 am", "1:39pm"); the dotted "a.m." is read letter by letter.</summary>
    public static readonly Lexicon<bool> Meridiem = Lexicon.Set("am", "pm", "a", "p");

    /// <summary>Time-zone abbreviations after a clock time ("1339 IST", "0800 GMT"); matched in capitals only.</summary>
    public static readonly Lexicon<bool> Zones = Lexicon.Set(
        "GMT", "UTC", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT",
        "PST", "PDT", "AKST", "HST", "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "SGT", "HKT", "PKT",
        "WIB", "ET", "PT", "CT", "MT", "Z");

    /// <summary>Named times of day.</summary>
    public static readonly Lexicon<bool> Named = Lexicon.Set("noon", "midnight", "midday");

    /// <summary>"o'clock" after an hour.</summary>
    public static readonly Lexicon<bool> OClock = Lexicon.Set("o'clock", "o’clock");
}
