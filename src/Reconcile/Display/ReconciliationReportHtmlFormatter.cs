using System;
using System.IO;

namespace Reconcile.Display;

// The notebook finds these members by reflection on an instance, so they stay instance members.
#pragma warning disable CA1822 // Mark members as static
/// <summary>Renders a report: a summary line and one table of every group, conflicts first, as HTML for a notebook.</summary>
/// <remarks>The notebook's convention finds the members by name: <see cref="MimeType"/>, <see cref="Type"/> and the
/// single public <see cref="Format"/>.</remarks>
internal sealed class ReconciliationReportHtmlFormatter
{
    public string MimeType => "text/html";

    public Type Type => typeof(ReconciliationReport);

    /// <summary>Writes the HTML for <paramref name="instance"/>, or declines.</summary>
    /// <param name="instance">The object to display.</param>
    /// <param name="writer">Where the HTML goes.</param>
    /// <returns><see langword="false"/> when <paramref name="instance"/> is not a <see cref="ReconciliationReport"/>, so another formatter can try.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not ReconciliationReport report || writer is null)
        {
            return false;
        }

        HtmlRenderer.WriteReport(report, writer);
        return true;
    }
}
#pragma warning restore CA1822
