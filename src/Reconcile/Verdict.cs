namespace Reconcile;

/// <summary>What the sources in a group say about one fact, taken together.</summary>
/// <remarks>Reports list groups in this order: conflicts first.</remarks>
public enum Verdict
{
    /// <summary>At least two sources state values that cannot both hold ("more than 11,000" and "nearly 11,000").</summary>
    Conflict = 0,

    /// <summary>The values differ, but for different periods, so they are not comparable.</summary>
    ScopeDiffers = 1,

    /// <summary>The values differ in wording or precision but can all hold at once ("as many as 9 million" and "nine million").</summary>
    Compatible = 2,

    /// <summary>Every source states the same value.</summary>
    Agree = 3,

    /// <summary>Only one source states the fact: nothing confirms or contradicts it.</summary>
    SingleSource = 4,
}
