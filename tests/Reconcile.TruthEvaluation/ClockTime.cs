using System;
using System.Globalization;

namespace Reconcile.TruthEvaluation;

/// <summary>
/// Reads the time of day out of the Flight data set's many surface forms ("7:10 a.m.", "12/02/2011 6:55 a.m.",
/// "6:55 a.m. Dec 02", "7:10aDec 1", "Thu  22:15", "12:00noon", "2:45P 12-01-11", "1:50 p.m. (+8:00)") as minutes
/// after midnight. Dates, time-zone notes and remarks such as "(Estimated)" are dropped: the gold is a time of day.
/// </summary>
internal static class ClockTime
{
    public const double MinutesPerDay = 1440;

    /// <summary>Finds the first clock time (h:mm, not a "+8:00" offset) and its a.m./p.m./noon marker, if any.</summary>
    public static bool TryParse(string text, out int minutes)
    {
        minutes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '+' or '-' or '/')))
            {
                continue;
            }

            int j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j - i > 2 || j + 2 >= text.Length || text[j] != ':' || !char.IsAsciiDigit(text[j + 1]) || !char.IsAsciiDigit(text[j + 2]))
            {
                continue;
            }

            int hour = int.Parse(text.AsSpan(i, j - i), NumberStyles.None, CultureInfo.InvariantCulture);
            int minute = int.Parse(text.AsSpan(j + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (hour > 23 || minute > 59)
            {
                continue;
            }

            bool glued = j + 3 < text.Length && text[j + 3] != ' ';
            ReadOnlySpan<char> rest = text.AsSpan(j + 3).TrimStart(' ');
            if (rest.StartsWith("noon", StringComparison.OrdinalIgnoreCase))
            {
                hour = 12;
            }
            else if (IsMarker(rest, 'p', glued))
            {
                hour = (hour % 12) + 12;
            }
            else if (IsMarker(rest, 'a', glued))
            {
                hour %= 12;
            }

            minutes = (hour * 60) + minute;
            return true;
        }

        return false;
    }

    // "a.m.", "am", "a" or "A" (also glued to a month: "7:10aDec 1"); not the start of an ordinary word.
    private static bool IsMarker(ReadOnlySpan<char> rest, char letter, bool glued)
        => rest.Length > 0 && char.ToLowerInvariant(rest[0]) == letter
            && (rest.Length == 1 || !char.IsAsciiLetter(rest[1]) || rest[1] is 'm' or 'M' || glued);

    /// <summary>Formats minutes after midnight as the gold does: "7:10 a.m.".</summary>
    public static string Format(int minutes)
    {
        int hour = minutes / 60, minute = minutes % 60;
        int shown = hour % 12 == 0 ? 12 : hour % 12;
        return string.Create(CultureInfo.InvariantCulture, $"{shown}:{minute:D2} {(hour < 12 ? "a.m." : "p.m.")}");
    }
}
