using System;
using System.Collections.Generic;
using Reconcile.Cleaning;
using Reconcile.Comparison;
using Reconcile.Extraction;
using Reconcile.Grouping;
using Reconcile.Pipeline;

namespace Reconcile;

/// <summary>
/// Composes a <see cref="Reconciler"/>: its options and, when the defaults do not fit, its stages. The same
/// builder serves plain code, dependency injection and the command line.
/// </summary>
/// <example>
/// <code>
/// Reconciler reconciler = new ReconcilerBuilder { Options = { GroupingThreshold = 0.3 } }
///     .AddExtractor(new MyCasualtyExtractor())
///     .Build();
/// </code>
/// </example>
public sealed class ReconcilerBuilder
{
    private readonly List<IClaimExtractor> _extractors = [];
    private IDocumentCleaner? _cleaner;
    private IClaimGrouper? _grouper;
    private IClaimComparer? _comparer;
    private bool _builtInExtractor = true;

    /// <summary>Gets the options; change them before <see cref="Build"/>.</summary>
    public ReconcilerOptions Options { get; } = new();

    /// <summary>Replaces the page-furniture cleaner.</summary>
    /// <param name="cleaner">The cleaner to use.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cleaner"/> is <see langword="null"/>.</exception>
    public ReconcilerBuilder UseCleaner(IDocumentCleaner cleaner)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        _cleaner = cleaner;
        return this;
    }

    /// <summary>Adds an extractor, run after the built-in one and those added before it.</summary>
    /// <param name="extractor">The extractor to add.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is <see langword="null"/>.</exception>
    public ReconcilerBuilder AddExtractor(IClaimExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractors.Add(extractor);
        return this;
    }

    /// <summary>Removes every extractor, the built-in figure, date and member-list extractors included.</summary>
    /// <returns>This builder.</returns>
    public ReconcilerBuilder ClearExtractors()
    {
        _extractors.Clear();
        _builtInExtractor = false;
        return this;
    }

    /// <summary>Replaces the grouper.</summary>
    /// <param name="grouper">The grouper to use.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grouper"/> is <see langword="null"/>.</exception>
    public ReconcilerBuilder UseGrouper(IClaimGrouper grouper)
    {
        ArgumentNullException.ThrowIfNull(grouper);
        _grouper = grouper;
        return this;
    }

    /// <summary>Replaces the comparer.</summary>
    /// <param name="comparer">The comparer to use.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparer"/> is <see langword="null"/>.</exception>
    public ReconcilerBuilder UseComparer(IClaimComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        _comparer = comparer;
        return this;
    }

    /// <summary>Validates the options and builds an immutable reconciler; later changes to this builder do not affect it.</summary>
    /// <returns>The reconciler.</returns>
    /// <exception cref="ReconcilerConfigurationException">The options are invalid; every problem is listed.</exception>
    public Reconciler Build()
    {
        IReadOnlyList<string> problems = Options.Validate();
        if (problems.Count > 0)
        {
            throw new ReconcilerConfigurationException(problems);
        }

        ReconcilerOptions options = Options.Clone();
        var extractors = new List<IClaimExtractor>();
        if (_builtInExtractor)
        {
            // Member lists first: "the United States and 10 allies" is one count of 11 countries, not "10 allies".
            extractors.Add(new MemberListExtractor(options.Entities));
            extractors.Add(new NewsClaimExtractor(options));
        }

        extractors.AddRange(_extractors);
        return new Reconciler(
            options,
            _cleaner ?? new PageFurnitureCleaner(),
            extractors,
            _grouper ?? new ContextGrouper(options),
            _comparer ?? new IntervalComparer());
    }
}
