using System;
using Reconcile.Text;

namespace Reconcile.Grouping;

/// <summary>
/// The coarse key claims must share before their contexts are compared: figures by unit and by what they
/// count; dates by whether they are a day, a start, an end or a stretch. Blocking keeps grouping cost near
/// linear in the number of claims, and keeps "10 allies" away from "11 countries".
/// </summary>
internal static class BlockKey
{
    public static string For(Claim claim)
    {
        ClaimValue value = claim.Value;
        switch (value.Kind)
        {
            case ClaimValueKind.Quantity:
            case ClaimValueKind.Members:
                // A list of members and a count of them describe one fact: "the 11 countries" and the eleven names.
                Unit unit = value.Kind == ClaimValueKind.Members ? Unit.Count : value.Quantity.Unit;
                bool relative = claim.Measure.StartsWith("other ", StringComparison.OrdinalIgnoreCase)
                    || claim.Measure.StartsWith("more ", StringComparison.OrdinalIgnoreCase);
                string head = MeasureWords.Head(relative ? claim.Measure[(claim.Measure.IndexOf(' ', StringComparison.Ordinal) + 1)..] : claim.Measure);
                // Money and percentages are named in too many ways ("turnout of", "62% of voters", "revenue
                // rose to"), and a physical unit already says what is measured ("9,000 hectares of crops" and
                // "9,000 hectares of farmland", "14 kilometres" and "14 kilometres of open water"): their unit is
                // the block, and their context decides.
                if (unit.Dimension is not UnitDimension.Count)
                {
                    head = string.Empty;
                }

                return string.Concat("Q|", unit.Dimension.ToString(), "|", unit.Symbol, "|", relative ? "other " : string.Empty, head);
            case ClaimValueKind.Date:
                return "D|point";
            default:
                DateRange range = value.DateRange;
                return range.Start.HasValue && range.End.HasValue ? "D|range" : range.Start.HasValue ? "D|since" : "D|until";
        }
    }
}
