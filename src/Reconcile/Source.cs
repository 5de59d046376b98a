using System;

namespace Reconcile;

/// <summary>
/// Where a document comes from: its id (the file name without extension for files), and what its
/// header says about it. Every claim names its source, so a reporter knows whom to call.
/// </summary>
/// <remarks>
/// Equality is by value over every property. Ids are compared ordinally, and reports list sources in
/// ordinal order of their ids.
/// </remarks>
public sealed record Source
{
    /// <summary>Initializes a source with an id and no other details.</summary>
    /// <param name="id">The source id: not empty, no leading or trailing white space.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or padded with white space.</exception>
    public Source(string id)
    {
        Id = id;
    }

    /// <summary>Gets the source id, unique within one reconciliation.</summary>
    /// <exception cref="ArgumentException">The value set is empty or padded with white space.</exception>
    public string Id
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            if (value.Trim().Length != value.Length)
            {
                throw new ArgumentException("A source id may not start or end with white space.", nameof(value));
            }

            field = value;
        }
    }

    /// <summary>Gets the headline, from the <c>title:</c> header line, or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the publisher, from the <c>outlet:</c> header line, or <see langword="null"/>.</summary>
    public string? Outlet { get; init; }

    /// <summary>
    /// Gets the publication date, from the <c>published:</c> header line, or <see langword="null"/>.
    /// Relative expressions such as "on Thursday" or "last year" resolve against it; without it they
    /// stay unresolved rather than guessed.
    /// </summary>
    public DateOnly? Published { get; init; }

    /// <summary>Gets the article's address, from the <c>url:</c> header line, or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the path the document was read from, as given by the caller, or <see langword="null"/>.</summary>
    public string? Path { get; init; }
}
