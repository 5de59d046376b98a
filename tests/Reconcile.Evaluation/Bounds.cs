namespace Reconcile.Evaluation;

/// <summary>The bound a recognized figure carries, in NewsQuant's notation: <c>=</c>, <c>~</c>, <c>&gt;</c> or <c>&lt;</c>.</summary>
internal static class Bounds
{
    /// <summary>
    /// Maps a hedge to NewsQuant's bound. "nearly" and "almost" are <c>~</c> there (its README: "about/around/nearly"),
    /// "at least" is <c>&gt;</c> and "up to"/"at most" are <c>&lt;</c>; a range is <c>=</c>, or <c>~</c> when hedged as a whole ("about 14-18 mpg").
    /// </summary>
    public static string Of(Quantity quantity) => quantity.IsApproximate ? "~" : Of(quantity.Hedge);

    /// <summary>Maps a hedge to NewsQuant's bound, as <see cref="Of(Quantity)"/> does for a figure that is not an approximate range.</summary>
    public static string Of(Hedge hedge) => hedge switch
    {
        Hedge.MoreThan or Hedge.WellOver or Hedge.AtLeast => ">",
        Hedge.LessThan or Hedge.UpTo or Hedge.AtMost => "<",
        Hedge.About or Hedge.Nearly => "~",
        _ => "=",
    };

    /// <summary>NewsQuant's <c>change</c> as a bound: <c>up</c> and <c>down</c> are changes, not bounds, so they count as <c>=</c>.</summary>
    public static string OfGold(string change) => change is "up" or "down" ? "=" : change;
}
