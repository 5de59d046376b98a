using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Reconcile.Evaluation;

/// <summary>
/// NewsQuant (CQE, EMNLP 2023): 590 news sentences with 904 gold quantities. Each gold quantity is matched to
/// the first unmatched recognized figure of its sentence with the same value (a range by both ends), within a
/// relative tolerance of 1e-5, as CQE's own evaluation compares values; a figure matches at most one gold
/// quantity. Dates are not quantities in NewsQuant, so only <see cref="ClaimValueKind.Quantity"/> results count.
/// </summary>
/// <remarks>
/// Two figures are printed: <c>strict</c>, one recognized figure per gold quantity, and <c>aligned</c>, which also
/// applies two documented alignments between NewsQuant's annotation conventions and Reconcile's readings (see
/// docs/accuracy.md, "Matching"): a change annotated as one "range" from its start to its end ("fell from $2,415
/// to $2,315" as 2415-2315, in either direction) matches the two figures Reconcile reads for it when they are next
/// to each other and equal to the two ends, and counts as one prediction; and a vague plural ("millions",
/// "dozens", "tens of thousands"), annotated as a whole order of magnitude ("millions" as 1,000,000-10,000,000),
/// matches Reconcile's reading of it ("at least two million and under ten million") when that range lies inside
/// the gold one and reaches the same top.
/// </remarks>
internal static class NewsQuantEvaluation
{
    public static void Run(string path, bool misses)
    {
        Console.WriteLine();
        Console.WriteLine("== NewsQuant (cqe-newsquant/NewsQuant.json) ==");
        if (!File.Exists(path))
        {
            Console.WriteLine($"missing: {path}");
            return;
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(path));
        int tp = 0, tpBound = 0, predicted = 0, gold = 0;
        int alignedTp = 0, alignedTpBound = 0, alignedPairs = 0;
        foreach (JsonElement item in json.RootElement.EnumerateArray())
        {
            string text = item.GetProperty("text").GetString()!;
            var golds = new List<(double Low, double High, string Bound, string Unit)>();
            foreach (JsonElement q in item.GetProperty("quantities").EnumerateArray())
            {
                (double low, double high) = ParseGoldValue(q.GetProperty("value").GetString()!);
                golds.Add((low, high, Bounds.OfGold(q.GetProperty("change").GetString()!), q.GetProperty("unit").GetString()!));
            }

            var found = new List<(double Low, double High, string Bound, string Text)>();
            foreach (Recognition r in Recognizer.Recognize(text))
            {
                if (r.Value.Kind == ClaimValueKind.Quantity)
                {
                    Quantity v = r.Value.Quantity;
                    found.Add((v.Value, v.High, Bounds.Of(v), r.Span.Slice(text)));
                }
            }

            gold += golds.Count;
            predicted += found.Count;
            var used = new bool[found.Count];
            var missed = new List<string>();
            var unmatched = new List<(double Low, double High, string Bound, string Unit)>();
            foreach ((double low, double high, string bound, string unit) in golds)
            {
                int hit = -1;
                for (int k = 0; k < found.Count; k++)
                {
                    if (!used[k] && Close(found[k].Low, low) && Close(found[k].High, high))
                    {
                        hit = k;
                        break;
                    }
                }

                if (hit < 0)
                {
                    unmatched.Add((low, high, bound, unit));
                    continue;
                }

                used[hit] = true;
                tp++;
                if (found[hit].Bound == bound)
                {
                    tpBound++;
                }
                else if (misses)
                {
                    Console.WriteLine($"  bound: gold {bound}, found {found[hit].Bound} \"{found[hit].Text}\" in: {text}");
                }
            }

            foreach ((double low, double high, string bound, string unit) in unmatched)
            {
                if (TryAlign(found, used, low, high, out int first, out int second))
                {
                    alignedTp++;
                    bool pair = second >= 0;
                    alignedPairs += pair ? 1 : 0;
                    string alignedBound = pair ? (found[first].Bound == "=" && found[second].Bound == "=" ? "=" : "?") : found[first].Bound;
                    alignedTpBound += alignedBound == bound ? 1 : 0;
                    if (misses)
                    {
                        string how = pair ? $"\"{found[first].Text}\" + \"{found[second].Text}\"" : $"\"{found[first].Text}\"";
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  aligned: gold {bound} {low}-{high} {unit} as {how}"));
                    }

                    continue;
                }

                {
                    missed.Add(string.Create(CultureInfo.InvariantCulture, $"{bound} {low}{(high != low ? "-" + high.ToString(CultureInfo.InvariantCulture) : string.Empty)} {unit}"));
                }
            }

            if (misses)
            {
                var extra = new List<string>();
                for (int k = 0; k < found.Count; k++)
                {
                    if (!used[k])
                    {
                        extra.Add(string.Create(CultureInfo.InvariantCulture, $"\"{found[k].Text}\"={found[k].Low}"));
                    }
                }

                if (missed.Count > 0 || extra.Count > 0)
                {
                    Console.WriteLine($"- {text}\n    missed: {string.Join("; ", missed)}\n    extra:  {string.Join("; ", extra)}");
                }
            }
        }

        Console.WriteLine($"value        strict   {new Score(tp, predicted, gold)}");
        Console.WriteLine($"value+bound  strict   {new Score(tpBound, predicted, gold)}");
        Console.WriteLine($"value        aligned  {new Score(tp + alignedTp, predicted - alignedPairs, gold)}");
        Console.WriteLine($"value+bound  aligned  {new Score(tpBound + alignedTpBound, predicted - alignedPairs, gold)}");
        Console.WriteLine($"aligned: {alignedPairs} changes read as their start and end, {alignedTp - alignedPairs} vague plurals");
        Console.WriteLine("published (value F1 / value+change F1): CQE 92.0 / 88.1; Recognizers-Text 69.1 / -; quantulum3 73.0 / -");
    }

    /// <summary>A gold value: "6.0", "-1.3", or a range "252.0-287.0" / "3.0 - 4.0".</summary>
    private static (double Low, double High) ParseGoldValue(string value)
    {
        value = value.Trim();
        int dash = value.IndexOf('-', 1);
        if (dash > 0 && !value.Contains('E', StringComparison.OrdinalIgnoreCase))
        {
            double low = double.Parse(value.AsSpan(0, dash).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            double high = double.Parse(value.AsSpan(dash + 1).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return (low, high);
        }

        double v = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
        return (v, v);
    }

    /// <summary>
    /// Applies the two alignments of the remarks to a gold range that no single figure matched: two adjacent
    /// unused single figures equal to its ends, in either order (<paramref name="second"/> is then their
    /// second), or, for a gold range of one order of magnitude, one unused range inside it that reaches its top
    /// within 1% (<paramref name="second"/> is -1).
    /// </summary>
    private static bool TryAlign(List<(double Low, double High, string Bound, string Text)> found, bool[] used, double low, double high, out int first, out int second)
    {
        first = second = -1;
        if (low == high)
        {
            return false;
        }

        for (int k = 0; k + 1 < found.Count; k++)
        {
            var (a, b) = (found[k], found[k + 1]);
            if (!used[k] && !used[k + 1] && a.Low == a.High && b.Low == b.High
                && ((Close(a.Low, low) && Close(b.Low, high)) || (Close(a.Low, high) && Close(b.Low, low))))
            {
                (first, second) = (k, k + 1);
                used[k] = used[k + 1] = true;
                return true;
            }
        }

        // Only a gold range of one whole order of magnitude ("millions" as 1,000,000-10,000,000) is a vague plural.
        if (low > 0 && Close(high, 10 * low))
        {
            for (int k = 0; k < found.Count; k++)
            {
                var f = found[k];
                if (!used[k] && f.Low < f.High && f.Low >= low && f.High <= high && f.High >= high * 0.99)
                {
                    first = k;
                    used[k] = true;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-8 + (1e-5 * Math.Abs(b));
}
