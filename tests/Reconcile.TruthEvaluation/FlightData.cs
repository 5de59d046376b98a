using System;
using System.Collections.Generic;
using System.IO;
using Reconcile.Truth;

namespace Reconcile.TruthEvaluation;

/// <summary>
/// The Flight data set (Li et al., PVLDB 2012, as cut to 100 flights by PClean): 38 flight-status sites give the
/// scheduled and actual departure and arrival times of each flight; the gold has 400 times.
/// </summary>
internal static class FlightData
{
    public const string Dimension = "time of day";

    private static readonly string[] Attributes = ["sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time"];

    // Clock times from different sites are minutes apart when they disagree about a departure, never hours:
    // a time lends support to one a few minutes away, on a 24-hour circle.
    private static readonly Closeness Minutes = Closeness.WithinDistance(5, ClockTime.MinutesPerDay);

    public static DataSet Load(string folder)
    {
        string[] dirty = File.ReadAllLines(Path.Combine(folder, "flight", "flights_dirty.csv"));
        string[] clean = File.ReadAllLines(Path.Combine(folder, "flight", "flights_clean.csv"));
        var claims = new List<TruthClaim>();
        var raw = new List<(string, string, string)>();
        var gold = new Dictionary<string, TruthValue>(StringComparer.Ordinal);
        for (int line = 1; line < dirty.Length; line++)
        {
            string[] cells = dirty[line].Split(',');
            string[] truth = clean[line].Split(',');
            string source = cells[1], flight = cells[2];
            for (int a = 0; a < Attributes.Length; a++)
            {
                string item = flight + "/" + Attributes[a];
                if (ClockTime.TryParse(truth[3 + a], out int goldMinutes))
                {
                    gold[item] = Time(goldMinutes);
                }

                string value = cells[3 + a];
                if (value.Length == 0)
                {
                    continue;
                }

                raw.Add((source, item, value));
                if (ClockTime.TryParse(value, out int minutes))
                {
                    claims.Add(new TruthClaim(source, item, Time(minutes)));
                }
            }
        }

        // A user who knows an airline's own site is the authority on its flights says so (as PClean's model does).
        var priors = new Dictionary<string, double>(StringComparer.Ordinal) { ["aa"] = 0.99, ["ua"] = 0.99, ["CO"] = 0.99 };
        return new DataSet("Flight", claims, raw, gold, priors, "airline sites aa, ua, CO at 0.99 (they cover only their own flights)", new Dictionary<string, string>(), string.Empty);
    }

    public static TruthValue Time(int minutes) => TruthValue.Exactly(minutes, Dimension, Minutes, ClockTime.Format(minutes));
}
