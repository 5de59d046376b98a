using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Reconcile.Truth;

namespace Reconcile.TruthEvaluation;

/// <summary>
/// The Population data set (Pasternack and Roth, COLING 2010, conflict subset as preprocessed by Zhao and Han):
/// Wikipedia editors' values for city populations; 277 city-years have a gold value.
/// </summary>
internal static class PopulationData
{
    /// <summary>Loads the conflict subset, or with <paramref name="allClaims"/> every claim of the full file
    /// (<c>population-new.txt</c>, 50,239 claims from 4,173 sources): the model then also learns reliabilities from
    /// the 41,561 facts without a conflict, while only the same 277 gold city-years of the subset are scored.</summary>
    public static DataSet Load(string folder, Closeness closeness, bool allClaims = false)
    {
        Encoding latin1 = Encoding.Latin1;
        var claims = new List<TruthClaim>();
        var raw = new List<(string, string, string)>();
        var items = new HashSet<string>(StringComparer.Ordinal);
        var priors = new Dictionary<string, double>(StringComparer.Ordinal);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, "population", allClaims ? "population-new.txt" : "population-new-new.txt"), latin1))
        {
            string[] cells = line.Split('\t');
            if (cells.Length < 4 || !long.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                continue;
            }

            claims.Add(new TruthClaim(cells[1], cells[0], Figure(value, closeness)));
            raw.Add((cells[1], cells[0], cells[2]));
            items.Add(cells[0]);

            // Anonymous edits (user #0, an IP address) are trusted less, as a newsroom trusts an unsigned tip less.
            // The same split as a class whose typical reliability the model learns instead of being told.
            bool anonymous = cells[1].StartsWith("contributor #0 (", StringComparison.Ordinal);
            if (anonymous)
            {
                priors[cells[1]] = 0.2;
            }

            classes[cells[1]] = anonymous ? "anonymous" : "named";
        }

        if (allClaims)
        {
            // Score the conflict subset's facts only, as with the subset: the full file holds the same claims for them.
            items.Clear();
            foreach (string line in File.ReadLines(Path.Combine(folder, "population", "population-new-new.txt"), latin1))
            {
                items.Add(line.Split('\t')[0]);
            }
        }

        var gold = new Dictionary<string, TruthValue>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, "population", "population-gd.txt"), latin1))
        {
            // "cleveland, ohio, 2000, 478403" is the object "cleveland, ohio_2000".
            string[] parts = line.TrimEnd('\r').Split(", ");
            if (parts.Length < 3 || !long.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                continue;
            }

            string item = string.Join(", ", parts[..^2]) + "_" + parts[^2];
            if (items.Contains(item))
            {
                gold[item] = Figure(value, closeness);
            }
        }

        return new DataSet(allClaims ? "Population, all claims" : "Population", claims, raw, gold, priors, "anonymous edits (contributor #0, an IP address) at 0.2",
            classes, "anonymous edits and named editors");
    }

    private static TruthValue Figure(long value, Closeness closeness) => TruthValue.Exactly(value, string.Empty, closeness);
}
