using System;

namespace Reconcile.Text;

/// <summary>Which grammars a word can start a match for.</summary>
[Flags]
internal enum Starts : byte
{
    None = 0,
    Time = 1,
    Date = 2,
    Quantity = 4,

    /// <summary>A word that always passes <see cref="QuantityGrammar.IsCandidate"/> (a number word, "a", "tens"), so that test is skipped.</summary>
    QuantityWord = 8,
}
