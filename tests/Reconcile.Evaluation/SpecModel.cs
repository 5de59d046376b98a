using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Reconcile.Evaluation;

/// <summary>
/// One Recognizers-Text spec file, as this evaluation reads it: which cases are in scope (and why the others are
/// not), what each case expects and what Reconcile finds, both as comparable strings in text order.
/// </summary>
internal sealed class SpecModel
{
    public required string File { get; init; }

    /// <summary>Returns why a case is out of scope, or <see langword="null"/> when it is in scope.</summary>
    public required Func<string, JsonElement, string?> Exclude { get; init; }

    /// <summary>The expected results of a case, as strings.</summary>
    public required Func<JsonElement, IEnumerable<string>> Expected { get; init; }

    /// <summary>What Reconcile finds in an input, as strings; the reference date is given for date files.</summary>
    public required Func<string, DateOnly?, IEnumerable<string>> Found { get; init; }

    /// <summary>Whether one found string matches one expected string; ordinal equality unless a file needs more.</summary>
    public Func<string, string, bool> Matches { get; init; } = static (expected, found) => string.Equals(expected, found, StringComparison.Ordinal);
}
