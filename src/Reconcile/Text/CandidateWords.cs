using System;
using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// The words that can start a time, a date or a figure, built from the other lexicons, so the scanner tests a word
/// with one lookup and runs a grammar only where it can match.
/// </summary>
internal static class CandidateWords
{
    private static readonly string[] DateStarters =
    [
        "in", "on", "during", "throughout", "by", "since", "until", "till", "through", "before", "after", "yesterday", "today",
        "last", "this", "next", "between", "from", "the", "earlier",
    ];

    private static readonly string[] QuantityStarters = ["a", "an", "tens", "half", "quarter", "third"];

    public static readonly Lexicon<Starts> Table = Build();

    private static Lexicon<Starts> Build()
    {
        var table = new Dictionary<string, Starts>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, Starts starts)
        {
            foreach (string w in words)
            {
                table[w] = (table.TryGetValue(w, out Starts had) ? had : Starts.None) | starts;
            }
        }

        Add(TimeWords.Named.Words, Starts.Time);
        Add(DateStarters, Starts.Date);
        Add(MonthNames.Months.Words, Starts.Date);
        Add(MonthNames.Weekdays.Words, Starts.Date);
        Add(PeriodWords.Parts.Words, Starts.Date);
        Add(PeriodWords.Ordinals.Words, Starts.Date);
        Add(PeriodWords.Letters.Words, Starts.Date);
        Add(QuantityStarters, Starts.Quantity | Starts.QuantityWord);
        Add(NumberWords.Cardinals.Words, Starts.Quantity | Starts.QuantityWord);
        Add(NumberWords.VaguePlurals.Words, Starts.Quantity | Starts.QuantityWord);
        Add(NumberWords.Negative.Words, Starts.Quantity | Starts.QuantityWord);
        Add(NumberWords.Fractions.Words, Starts.Quantity | Starts.QuantityWord);
        Add(NumberWords.Multiples.Words, Starts.Quantity | Starts.QuantityWord);
        Add(UnitWords.PrefixCodes.Words, Starts.Quantity);
        Add(UnitWords.MillionCodes.Words, Starts.Quantity);
        Add(UnitWords.FoldedSigns.Words, Starts.Quantity);
        Add(UnitWords.DollarCountries.Words, Starts.Quantity);
        Add(UnitWords.Words.Words, Starts.Quantity);
        return new Lexicon<Starts>(table);
    }
}
