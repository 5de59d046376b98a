using System.Collections.Generic;
using Reconcile.Pipeline;

namespace Reconcile.Tests.DependencyInjection;

/// <summary>A cleaner that keeps nothing, so a reconciler using it finds no claims at all.</summary>
internal sealed class EmptyCleaner : IDocumentCleaner
{
    public IReadOnlyList<TextSpan> Clean(Document document) => [];
}
