using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Reconcile.Grouping;

/// <summary>
/// Splits claims into blocks by their <see cref="BlockKey"/>, the blocks in the ordinal order of their keys and each
/// block's claims in input order.
/// </summary>
/// <remarks>
/// A block key depends only on a claim's kind of value, its unit and its measure ("people killed"), and a million
/// claims share a few thousand of those: the key is worked out, and its string made, once per distinct unit and
/// measure, not once per claim.
/// </remarks>
internal static class Blocks
{
    /// <summary>The indexes of the claims of each block, blocks in the ordinal order of their keys.</summary>
    public static List<int>[] Of(IReadOnlyList<Claim> claims)
    {
        var blockOf = new Dictionary<(ClaimValueKind Kind, Unit Unit, bool Starts, bool Ends, string? Measure), int>();
        var blockOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var members = new List<List<int>>();
        for (int i = 0; i < claims.Count; i++)
        {
            Claim claim = claims[i];
            ref int block = ref CollectionsMarshal.GetValueRefOrAddDefault(blockOf, Signature(claim), out bool known);
            if (!known)
            {
                string key = BlockKey.For(claim);
                ref int byKey = ref CollectionsMarshal.GetValueRefOrAddDefault(blockOfKey, key, out bool keyKnown);
                if (!keyKnown)
                {
                    byKey = keys.Count;
                    keys.Add(key);
                    members.Add([]);
                }

                block = byKey;
            }

            members[block].Add(i);
        }

        int[] order = new int[keys.Count];
        for (int b = 0; b < order.Length; b++)
        {
            order[b] = b;
        }

        Array.Sort(order, (x, y) => string.CompareOrdinal(keys[x], keys[y]));
        var blocks = new List<int>[order.Length];
        for (int b = 0; b < order.Length; b++)
        {
            blocks[b] = members[order[b]];
        }

        return blocks;
    }

    // All that BlockKey.For reads of a claim: the kind of value, a figure's unit and measure, a period's ends.
    private static (ClaimValueKind Kind, Unit Unit, bool Starts, bool Ends, string? Measure) Signature(Claim claim)
    {
        ClaimValue value = claim.Value;
        return value.Kind switch
        {
            ClaimValueKind.Quantity => (value.Kind, value.Quantity.Unit, false, false, claim.Measure),
            ClaimValueKind.Members => (value.Kind, Unit.Count, false, false, claim.Measure),
            ClaimValueKind.Date => (value.Kind, default, false, false, null),
            _ => (value.Kind, default, value.DateRange.Start.HasValue, value.DateRange.End.HasValue, null),
        };
    }
}
