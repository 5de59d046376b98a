using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>
/// Words with an opposite that tell two figures of one sentence apart, as data: "54.8 percent in favour" and
/// "45.2 percent against", "exports rose" and "imports fell". Each word maps to a signed pole: a pair shares its
/// number, one side positive and the other negative. Two claims whose clauses hold opposite poles (and not both)
/// state different facts, however alike the rest of their words.
/// </summary>
internal static class OppositeWords
{
    private static readonly (int Pole, string[] Words)[] Table =
    [
        // For and against a proposal, in a vote or a poll.
        (1, ["yes", "favour", "favor", "backed", "backing", "supported", "approved", "endorsed"]),
        (-1, ["no", "against", "opposed", "opposing", "rejected", "opposition"]),

        // Up and down.
        (2, ["rose", "rise", "rising", "risen", "increased", "increase", "grew", "growth", "gained", "gain", "climbed", "jumped"]),
        (-2, ["fell", "fall", "falling", "fallen", "decreased", "decrease", "declined", "decline", "shrank", "dropped", "drop", "slid"]),

        // Winning and losing.
        (3, ["won", "wins", "winning", "winner", "winners"]),
        (-3, ["lost", "loses", "losing", "loser", "losers"]),

        // Goods and money going out and coming in.
        (4, ["exports", "exported", "export", "outflows", "outflow"]),
        (-4, ["imports", "imported", "import", "inflows", "inflow"]),

        // Men and women, boys and girls.
        (5, ["men", "male", "males", "boys"]),
        (-5, ["women", "female", "females", "girls"]),

        // The dead and the injured of one disaster: "killing 14 and injuring 30" are two facts.
        (6, ["killed", "killing", "kills", "dead", "died", "deaths", "death", "fatalities", "perished", "toll"]),
        (-6, ["injured", "injuring", "injuries", "wounded", "wounding", "hurt", "hospitalised", "hospitalized"]),
    ];

    /// <summary>The pole of each word: pair number, signed by side.</summary>
    public static readonly Lexicon<int> Poles = Build();

    private static Lexicon<int> Build()
    {
        var entries = new Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
        foreach ((int pole, string[] words) in Table)
        {
            foreach (string word in words)
            {
                entries[word] = pole;
            }
        }

        return new Lexicon<int>(entries);
    }
}
