using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>Month and weekday names, full and abbreviated, as data.</summary>
internal static class MonthNames
{
    private static readonly string[] Names =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Month names and abbreviations, to month numbers 1 to 12.</summary>
    public static readonly Lexicon<int> Months = new(new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    });

    /// <summary>Weekday names and abbreviations, to <see cref="System.DayOfWeek"/> numbers (Sunday = 0).</summary>
    public static readonly Lexicon<int> Weekdays = new(new Dictionary<string, int>
    {
        ["sunday"] = 0, ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6,
    });

    /// <summary>Gets the English name of a month, 1 to 12.</summary>
    public static string Name(int month) => Names[month - 1];
}
