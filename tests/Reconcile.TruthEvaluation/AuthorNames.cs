using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Reconcile.TruthEvaluation;

/// <summary>
/// Reads the author strings of the Book data set into sets of surnames, lower case: "Knuth, Donald E." and
/// "Donald E. Knuth" are both { knuth }; "Armour, Frank, Miller, Granville", "Sedgewick, RobertFlajolet, Philippe"
/// and "Paul W. Abrahams Bruce R. Larson" are two authors each. Surnames are what the gold lists agree on; first
/// names and initials vary too much between stores to compare.
/// </summary>
internal static class AuthorNames
{
    private static readonly string[] Separators = [";", "/", "&", "|", " and ", " AND ", " And "];

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "sr", "ii", "iii", "iv", "phd", "ph.d", "md", "dr", "prof", "mr", "mrs", "ms", "editor", "editors", "ed", "eds", "author", "authors", "by",
    };

    /// <summary>The surnames in an author string; empty when it names nobody ("Not Available").</summary>
    public static IReadOnlyList<string> Surnames(string authors)
    {
        string text = Clean(authors);
        var surnames = new List<string>();
        foreach (string chunk in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] pieces = [.. chunk.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => string.Join(' ', Words(p))).Where(p => p.Length > 0)];
            if (pieces.Length == 0)
            {
                continue;
            }

            if (pieces.Length == 1)
            {
                surnames.AddRange(Unseparated(Words(pieces[0])));
            }
            else if (Words(pieces[0]).Length >= 2)
            {
                // "Paul Kline, Tim Thompson": each piece is a whole name.
                foreach (string piece in pieces)
                {
                    surnames.AddRange(Unseparated(Words(piece)));
                }
            }
            else
            {
                // "Last, First", "Last, First, Last, First" or "Dowd, Mark McDonald, John Schuh, Justin".
                surnames.Add(pieces[0]);
                bool expectSurname = false;
                for (int i = 1; i < pieces.Length; i++)
                {
                    string[] words = Words(pieces[i]);
                    if (expectSurname)
                    {
                        surnames.Add(words[^1]);
                        expectSurname = false;
                    }
                    else if (words.Length >= 2 && i < pieces.Length - 1 && !IsInitial(words[^1]))
                    {
                        surnames.Add(words[^1]);
                    }
                    else
                    {
                        expectSurname = true;
                    }
                }
            }
        }

        return [.. surnames.Select(Normalize).Where(s => s.Length > 1).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // Bracketed notes go, "By (author)" separates, and a name glued to the next ("RobertFlajolet") is split.
    private static string Clean(string authors)
    {
        string text = authors.Replace("By (author)", ";", StringComparison.OrdinalIgnoreCase).Replace("&nbsp;", " ", StringComparison.Ordinal);
        if (text.Trim().Equals("Not Available", StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 8);
        int depth = 0, wordLength = 0;
        foreach (char c in text)
        {
            if (c is '(' or '[')
            {
                depth++;
                continue;
            }

            if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (char.IsUpper(c) && wordLength >= 4 && result.Length > 0 && char.IsLower(result[^1]))
            {
                result.Append(';');
                wordLength = 0;
            }

            result.Append(c);
            wordLength = char.IsLetter(c) ? wordLength + 1 : 0;
        }

        return result.ToString();
    }

    private static string[] Words(string text)
        => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Dropped.Contains(w.Trim('.', ',')))];

    // Names without separators: "First [M.] Last" repeated ("Paul W. Abrahams Bruce R. Larson").
    private static IEnumerable<string> Unseparated(string[] words)
    {
        if (words.Length <= 3)
        {
            if (words.Length > 0)
            {
                yield return words[^1];
            }

            yield break;
        }

        int i = 0;
        while (i < words.Length)
        {
            int j = i + 1;
            while (j < words.Length && IsInitial(words[j]))
            {
                j++;
            }

            if (j < words.Length)
            {
                yield return words[j];
            }
            else
            {
                yield return words[^1];
            }

            i = j + 1;
        }
    }

    private static bool IsInitial(string word) => word.TrimEnd('.').Length <= 1 || (word.Length <= 4 && word.Contains('.', StringComparison.Ordinal) && word.Count(char.IsLetter) <= 2);

    private static string Normalize(string surname)
    {
        var result = new StringBuilder(surname.Length);
        foreach (char c in surname.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && c < 128)
            {
                result.Append(char.ToLowerInvariant(c));
            }
            else if (c == '-' && result.Length > 0)
            {
                result.Append('-');
            }
        }

        return result.ToString().Trim('-');
    }
}
