using System;

namespace Reconcile.Benchmarks;

/// <summary>Builds the benchmark inputs, the same way in every process.</summary>
internal static class Inputs
{
    public static string Text(TextKind kind, int length) => kind switch
    {
        TextKind.News => SyntheticNews.News(length),
        TextKind.Dense => SyntheticNews.Dense(length),
        TextKind.Prose => SyntheticNews.Prose(length),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Hostile(HostileInput input, int length) => input switch
    {
        HostileInput.Digits => SyntheticNews.Repeat("0123456789", length),
        HostileInput.MoreThan => SyntheticNews.Repeat("more than ", length),
        HostileInput.NoSpaces => SyntheticNews.NoSpaces(length),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };
}
