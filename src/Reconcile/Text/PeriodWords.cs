namespace Reconcile.Text;

/// <summary>Words of calendar periods other than months and weekdays, as data: quarters, halves, parts of a period.</summary>
internal static class PeriodWords
{
    /// <summary>Ordinals that number a quarter or a half ("the third quarter", "the first half").</summary>
    public static readonly Lexicon<int> Ordinals = new(new System.Collections.Generic.Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    });

    /// <summary>Letters glued to a number that name a quarter or a half ("Q3 2016", "H1 2025"), to the months each spans.</summary>
    public static readonly Lexicon<int> Letters = new(new System.Collections.Generic.Dictionary<string, int>
    {
        ["Q"] = 3, ["H"] = 6,
    });

    /// <summary>Words before "months of" or a date that name a part of it ("the early months of this year", "late 2023", "mid-2024").
    /// The part is not resolved more finely than the period it is part of.</summary>
    public static readonly Lexicon<bool> Parts = Lexicon.Set("early", "late", "mid", "middle", "end", "start", "beginning", "first", "last", "final", "closing", "opening", "remaining");
}
