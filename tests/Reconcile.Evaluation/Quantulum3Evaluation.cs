using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Reconcile.Evaluation;

/// <summary>
/// quantulum3's English quantity tests (MIT): 101 sentences, 148 gold quantities. A range is stored there as
/// midpoint ± half-width, so a Reconcile range is compared by its midpoint. Value P/R/F1, matched as for NewsQuant;
/// "dimensionless" years such as "in 1979" are gold there but dates here, which costs recall by design.
/// </summary>
internal static class Quantulum3Evaluation
{
    public static void Run(string path, bool misses)
    {
        Console.WriteLine();
        Console.WriteLine("== quantulum3 (quantulum3-tests/quantities.json) ==");
        if (!File.Exists(path))
        {
            Console.WriteLine($"missing: {path}");
            return;
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(path));
        int tp = 0, predicted = 0, gold = 0;
        foreach (JsonElement item in json.RootElement.EnumerateArray())
        {
            string text = item.GetProperty("req").GetString()!;
            double[] golds = [.. item.GetProperty("res").EnumerateArray().Select(q => q.GetProperty("value").GetDouble())];
            double[] found = [.. Recognizer.Recognize(text).Where(r => r.Value.Kind == ClaimValueKind.Quantity)
                .Select(r => r.Value.Quantity).Select(q => q.Hedge == Hedge.Between ? (q.Value + q.High) / 2 : q.Value)];
            gold += golds.Length;
            predicted += found.Length;
            var used = new bool[found.Length];
            var missed = new List<double>();
            foreach (double g in golds)
            {
                int hit = -1;
                for (int k = 0; k < found.Length; k++)
                {
                    if (!used[k] && Math.Abs(found[k] - g) <= 1e-8 + (1e-5 * Math.Abs(g)))
                    {
                        hit = k;
                        break;
                    }
                }

                if (hit >= 0)
                {
                    used[hit] = true;
                    tp++;
                }
                else
                {
                    missed.Add(g);
                }
            }

            if (misses && (missed.Count > 0 || used.Any(u => !u)))
            {
                string extra = string.Join("; ", found.Where((_, k) => !used[k]).Select(v => v.ToString(CultureInfo.InvariantCulture)));
                Console.WriteLine($"- {text}\n    missed: {string.Join("; ", missed.Select(v => v.ToString(CultureInfo.InvariantCulture)))}\n    extra:  {extra}");
            }
        }

        Console.WriteLine($"value        {new Score(tp, predicted, gold)}");
    }
}
