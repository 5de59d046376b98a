using System;
using System.Globalization;

namespace Reconcile.Text;

/// <summary>
/// Times of day: "1:39 p.m.", "10am", "13:39", "1339 IST", "noon", "midnight", "3 o'clock", and clock-like
/// readings such as a lap time "1:36.6". The domain has no time-of-day value, so a time is recognized only
/// so that its digits are never read as counts; it does not become a claim.
/// </summary>
internal static class TimeGrammar
{
    public static bool TryRead(TokenStream s, int i, out int last)
    {
        last = i;
        if (s.IsWord(i))
        {
            return s.InLexicon(i, TimeWords.Named);
        }

        if (!s.IsNumber(i) || (s.Glued(i) && (s.IsWord(i - 1) || s.IsNumber(i - 1))))
        {
            return false;
        }

        ReadOnlySpan<char> digits = s.Span(i);

        // "1:39", "13:39:05", "1:36.6"
        if (s.IsChar(i + 1, ':') && s.Glued(i + 1) && s.IsNumber(i + 2) && s.Glued(i + 2) && digits.Length <= 2)
        {
            last = i + 2;
            if (s.IsChar(last + 1, ':') && s.Glued(last + 1) && s.IsNumber(last + 2) && s.Glued(last + 2))
            {
                last += 2;
            }

            last = AfterClock(s, last);
            return true;
        }

        // "2.13 am", "10.45pm": British clock times with a point, read only with a meridiem.
        int point = digits.IndexOf('.');
        if (point is 1 or 2 && digits.Length == point + 3 && int.TryParse(digits[..point], NumberStyles.None, CultureInfo.InvariantCulture, out int hour)
            && hour is >= 1 and <= 12 && int.TryParse(digits[(point + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int minute) && minute <= 59)
        {
            int meridiem = Meridiem(s, i + 1);
            if (meridiem > 0)
            {
                last = Zone(s, meridiem);
                return true;
            }
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            return false;
        }

        // "10 am", "10am", "10 a.m.", "3 o'clock"
        if (digits.Length <= 2 && value is >= 1 and <= 12)
        {
            int meridiem = Meridiem(s, i + 1);
            if (meridiem > 0)
            {
                last = meridiem;
                last = Zone(s, last);
                return true;
            }

            if (s.InLexicon(i + 1, TimeWords.OClock))
            {
                last = i + 1;
                return true;
            }
        }

        // "1339 IST", "0800 GMT": military time needs a zone, or a year would be read as a time.
        if (digits.Length == 4 && value / 100 <= 23 && value % 100 <= 59 && Zone(s, i) > i)
        {
            last = Zone(s, i);
            return true;
        }

        return false;
    }

    private static int AfterClock(TokenStream s, int last)
    {
        int meridiem = Meridiem(s, last + 1);
        if (meridiem > 0)
        {
            last = meridiem;
        }

        return Zone(s, last);
    }

    /// <summary>The last token of "am", "pm", "a.m." or "p.m." starting at <paramref name="j"/>, or -1.</summary>
    private static int Meridiem(TokenStream s, int j)
    {
        if (!s.IsWord(j))
        {
            return -1;
        }

        ReadOnlySpan<char> w = s.Span(j);
        if (w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            return j;
        }

        if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("p", StringComparison.OrdinalIgnoreCase))
            && s.IsChar(j + 1, '.') && s.Glued(j + 1) && s.Is(j + 2, "m") && s.Glued(j + 2))
        {
            return s.IsChar(j + 3, '.') && s.Glued(j + 3) ? j + 3 : j + 2;
        }

        return -1;
    }

    private static int Zone(TokenStream s, int last)
    {
        int j = last + 1;
        if (s.IsWord(j) && s.InLexicon(j, TimeWords.Zones) && IsAllUpper(s.Span(j)))
        {
            return j;
        }

        return last;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
