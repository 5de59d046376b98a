using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// The words that qualify a figure, and the <see cref="Hedge"/> each means. A reviewable table: a
/// journalist can read and extend it without touching the grammar. Phrases are matched as whole words,
/// longest first, immediately before the figure (or, for the "after" table, immediately after it).
/// </summary>
internal static class HedgeWords
{
    /// <summary>Phrases that stand before a figure.</summary>
    public static readonly (string Phrase, Hedge Hedge)[] Before =
    [
        ("more than", Hedge.MoreThan),
        ("over", Hedge.MoreThan),
        ("above", Hedge.MoreThan),
        ("exceeding", Hedge.MoreThan),
        ("in excess of", Hedge.MoreThan),
        ("upwards of", Hedge.MoreThan),
        ("upward of", Hedge.MoreThan),
        ("greater than", Hedge.MoreThan),
        ("well over", Hedge.WellOver),
        ("well above", Hedge.WellOver),
        ("well in excess of", Hedge.WellOver),
        ("far more than", Hedge.WellOver),
        ("at least", Hedge.AtLeast),
        ("no fewer than", Hedge.AtLeast),
        ("no less than", Hedge.AtLeast),
        ("not less than", Hedge.AtLeast),
        ("a minimum of", Hedge.AtLeast),
        ("nearly", Hedge.Nearly),
        ("almost", Hedge.Nearly),
        ("just under", Hedge.Nearly),
        ("just shy of", Hedge.Nearly),
        ("close to", Hedge.Nearly),
        ("approaching", Hedge.Nearly),
        ("about", Hedge.About),
        ("around", Hedge.About),
        ("approximately", Hedge.About),
        ("roughly", Hedge.About),
        ("some", Hedge.About),
        ("an estimated", Hedge.About),
        ("estimated", Hedge.About),
        ("circa", Hedge.About),
        ("barely", Hedge.About),
        ("up to", Hedge.UpTo),
        ("as many as", Hedge.UpTo),
        ("as much as", Hedge.UpTo),
        ("as high as", Hedge.UpTo),
        ("at most", Hedge.AtMost),
        ("no more than", Hedge.AtMost),
        ("not more than", Hedge.AtMost),
        ("a maximum of", Hedge.AtMost),
        ("less than", Hedge.LessThan),
        ("fewer than", Hedge.LessThan),
        ("under", Hedge.LessThan),
        ("below", Hedge.LessThan),
        ("just over", Hedge.MoreThan),
        ("just above", Hedge.MoreThan),
        ("higher than", Hedge.MoreThan),
        ("lower than", Hedge.LessThan),
        ("under the age of", Hedge.LessThan),
        ("below the age of", Hedge.LessThan),
        ("over the age of", Hedge.MoreThan),
        ("above the age of", Hedge.MoreThan),
        ("over than", Hedge.MoreThan),
        ("more then", Hedge.MoreThan),
        ("~", Hedge.About),
        ("c.", Hedge.About),
    ];

    /// <summary>Prefixes glued to a figure by a hyphen ("sub-300 sq m", "sub-7 nanometre").</summary>
    public static readonly (string Prefix, Hedge Hedge)[] Prefixes =
    [
        ("sub", Hedge.LessThan),
    ];

    /// <summary>Phrases that stand after a figure ("100 or more").</summary>
    public static readonly (string Phrase, Hedge Hedge)[] After =
    [
        ("or more", Hedge.AtLeast),
        ("or over", Hedge.AtLeast),
        ("or above", Hedge.AtLeast),
        ("or so", Hedge.About),
        ("or less", Hedge.AtMost),
        ("or fewer", Hedge.AtMost),
        ("or higher", Hedge.AtLeast),
        ("or greater", Hedge.AtLeast),
        ("and above", Hedge.AtLeast),
        ("and over", Hedge.AtLeast),
        ("and up", Hedge.AtLeast),
        ("and more", Hedge.AtLeast),
        ("plus", Hedge.AtLeast),
        ("or under", Hedge.AtMost),
        ("and under", Hedge.AtMost),
        ("and below", Hedge.AtMost),
        ("or thereabouts", Hedge.About),
        ("odd", Hedge.About),
    ];

    /// <summary>The longest phrase of <see cref="Before"/>, in words.</summary>
    public static readonly int MaxBeforeWords = MaxWords(Before);

    /// <summary>The words a hedge is written with in reports.</summary>
    public static string? Canonical(Hedge hedge) => hedge switch
    {
        Hedge.MoreThan => "more than",
        Hedge.WellOver => "well over",
        Hedge.AtLeast => "at least",
        Hedge.Nearly => "nearly",
        Hedge.About => "about",
        Hedge.UpTo => "up to",
        Hedge.AtMost => "at most",
        Hedge.LessThan => "less than",
        Hedge.Between => "between",
        _ => null,
    };

    /// <summary>The split phrases of a table, for word-by-word matching.</summary>
    public static (string[] Words, Hedge Hedge)[] Split((string Phrase, Hedge Hedge)[] table)
    {
        var result = new List<(string[], Hedge)>(table.Length);
        foreach ((string phrase, Hedge hedge) in table)
        {
            result.Add((phrase.Split(' '), hedge));
        }

        // Longest first, so "well over" wins over "over".
        result.Sort(static (a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return [.. result];
    }

    private static int MaxWords((string Phrase, Hedge Hedge)[] table)
    {
        int max = 0;
        foreach ((string phrase, _) in table)
        {
            max = Math.Max(max, phrase.Split(' ').Length);
        }

        return max;
    }
}
