using System;
using System.Buffers;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// What makes the scanner stop and look: digits and currency signs, and the words every figure or date
/// contains at least one of (number words, scale words, month and weekday names, "yesterday", "year").
/// Built from the other lexicons, so adding a number word or a month spelling adds its trigger.
/// </summary>
internal static class TriggerWords
{
    /// <summary>Words that head a relative date or a time of day and are in no other table.</summary>
    private static readonly string[] DateWords =
    [
        "yesterday", "today", "tonight", "year", "month", "week", "quarter", "decade", "century", "noon", "midnight",
        "weekend", "spring", "summer", "autumn", "fall", "winter",
    ];

    /// <summary>Characters that start a figure or a date: ASCII digits and currency signs.</summary>
    public static readonly SearchValues<char> Characters = BuildCharacters();

    /// <summary>The trigger words, and whether each must be capitalized to count ("May", not "may").</summary>
    public static readonly Lexicon<bool> Table = BuildTable();

    /// <summary>The hashes of the trigger words, for the scanner's one pass (ASCII words only: every trigger word is ASCII).</summary>
    public static readonly TriggerTable Hashes = new(Table.Words);

    private static SearchValues<char> BuildCharacters()
    {
        var chars = new List<char>("0123456789");
        foreach (string sign in UnitWords.Signs.Words)
        {
            char last = sign[^1];
            if (!char.IsAsciiLetter(last) && !chars.Contains(last))
            {
                chars.Add(last);
            }
        }

        return SearchValues.Create(chars.ToArray());
    }

    private static Lexicon<bool> BuildTable()
    {
        var words = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> list, bool capital)
        {
            foreach (string w in list)
            {
                if (w.Length > 1 && char.IsLetter(w[0]))
                {
                    words.TryAdd(w, capital);
                }
            }
        }

        Add(NumberWords.Cardinals.Words, false);
        Add(NumberWords.Scales.Words, false);
        Add(NumberWords.Collectives.Words, false);
        Add(NumberWords.VaguePlurals.Words, false);
        Add(NumberWords.Fractions.Words, false);
        Add(NumberWords.Multiples.Words, false);
        Add(NumberWords.Triggers, false);
        Add(MonthNames.Months.Words, true);
        Add(MonthNames.Weekdays.Words, true);
        Add(DateWords, false);
        return new Lexicon<bool>(words);
    }
}
