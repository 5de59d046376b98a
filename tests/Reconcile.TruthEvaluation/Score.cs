using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Reconcile.Truth;

namespace Reconcile.TruthEvaluation;

/// <summary>The measures reported per data set.</summary>
internal static class Score
{
    /// <summary>The share of gold facts whose predicted value equals the gold value.</summary>
    public static double Accuracy(IReadOnlyDictionary<string, TruthValue> gold, Func<string, TruthValue?> predicted)
        => gold.Count(g => predicted(g.Key) is { } p && p.Equals(g.Value)) / (double)gold.Count;

    /// <summary>Population's measures: exact accuracy, error rate (relative error above 1 %), MAE and RMSE.</summary>
    public static string Figures(IReadOnlyDictionary<string, TruthValue> gold, Func<string, TruthValue?> predicted)
    {
        int exact = 0, errors = 0;
        double absolute = 0, squared = 0;
        foreach ((string item, TruthValue truth) in gold)
        {
            double value = predicted(item)?.Point ?? 0;
            double difference = Math.Abs(value - truth.Point);
            exact += difference == 0 ? 1 : 0;
            errors += truth.Point == 0 ? (difference == 0 ? 0 : 1) : (difference / Math.Abs(truth.Point) > 0.01 ? 1 : 0);
            absolute += difference;
            squared += difference * difference;
        }

        int n = gold.Count;
        return string.Create(CultureInfo.InvariantCulture, $"exact {exact / (double)n:0.0000}, error rate {errors / (double)n:0.0000}, MAE {absolute / n:#,0}, RMSE {Math.Sqrt(squared / n):#,0}");
    }

    /// <summary>Book's measures: exact author-set accuracy and mean author precision, recall and F1.</summary>
    public static string Authors(IReadOnlyDictionary<string, TruthValue> gold, Func<string, TruthValue?> predicted)
    {
        int exact = 0;
        double precision = 0, recall = 0, f1 = 0;
        foreach ((string item, TruthValue truth) in gold)
        {
            IReadOnlyList<string> guess = predicted(item)?.Members ?? [];
            int shared = guess.Intersect(truth.Members, StringComparer.Ordinal).Count();
            double p = guess.Count == 0 ? 0 : shared / (double)guess.Count;
            double r = truth.Members.Count == 0 ? 0 : shared / (double)truth.Members.Count;
            exact += guess.SequenceEqual(truth.Members, StringComparer.Ordinal) ? 1 : 0;
            precision += p;
            recall += r;
            f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        int n = gold.Count;
        return string.Create(CultureInfo.InvariantCulture, $"exact {exact / (double)n:0.0000}, author precision {precision / n:0.0000}, recall {recall / n:0.0000}, F1 {f1 / n:0.0000}");
    }
}
