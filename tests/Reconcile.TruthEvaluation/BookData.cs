using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Reconcile.Truth;

namespace Reconcile.TruthEvaluation;

/// <summary>
/// The Book data set (the author lists of computer-science books at online bookstores, as used by TruthFinder):
/// 895 stores list authors for 1,265 ISBNs; 100 ISBNs have a gold author list.
/// </summary>
internal static class BookData
{
    public static DataSet Load(string folder)
    {
        var claims = new List<TruthClaim>();
        var raw = new List<(string, string, string)>();
        foreach (string line in File.ReadLines(Path.Combine(folder, "book", "book.txt"), Encoding.Latin1))
        {
            string[] cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 4)
            {
                continue;
            }

            IReadOnlyList<string> surnames = AuthorNames.Surnames(cells[3]);
            if (surnames.Count == 0)
            {
                continue;
            }

            TruthValue value = Authors(surnames);
            claims.Add(new TruthClaim(cells[0].Trim(), cells[1], value));
            raw.Add((cells[0].Trim(), cells[1], value.ToString()));
        }

        var gold = new Dictionary<string, TruthValue>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, "book", "book_golden.txt"), Encoding.Latin1))
        {
            string[] cells = line.Split('\t');
            if (cells.Length < 2)
            {
                continue;
            }

            // "aiken, peter ;  allen, m. david;": one "last, first" per semicolon.
            string[] surnames = [.. cells[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .SelectMany(name => AuthorNames.Surnames(name.Split(',')[0]))];
            gold[cells[0]] = Authors(surnames);
        }

        return new DataSet("Book", claims, raw, gold, new Dictionary<string, double>(StringComparer.Ordinal), "none", new Dictionary<string, string>(), string.Empty);
    }

    public static TruthValue Authors(IReadOnlyList<string> surnames) => TruthValue.Set(surnames, string.Join("; ", surnames.Order(StringComparer.Ordinal)));
}
