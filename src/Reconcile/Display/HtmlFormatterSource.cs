using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Reconcile.Display;

// The notebook finds these members by reflection on an instance, so they stay instance members.
#pragma warning disable CA1822 // Mark members as static
/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on the report, group and claim types:
/// a notebook creates it by reflection and calls <see cref="CreateTypeFormatters"/> the first time it displays
/// one of them.
/// </summary>
internal sealed class HtmlFormatterSource
{
    /// <summary>Returns one HTML formatter per displayed type; each says which type it is for.</summary>
    /// <returns>The formatters.</returns>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ReconciliationReportHtmlFormatter))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ClaimGroupHtmlFormatter))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ClaimHtmlFormatter))]
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new ReconciliationReportHtmlFormatter(),
        new ClaimGroupHtmlFormatter(),
        new ClaimHtmlFormatter(),
    ];
}
#pragma warning restore CA1822
