using System;
using System.IO;

namespace Reconcile.Display;

// The notebook finds these members by reflection on an instance, so they stay instance members.
#pragma warning disable CA1822 // Mark members as static
/// <summary>Renders a claim: its source, words, measure, value and period, as HTML for a notebook.</summary>
/// <remarks>The notebook's convention finds the members by name: <see cref="MimeType"/>, <see cref="Type"/> and the
/// single public <see cref="Format"/>.</remarks>
internal sealed class ClaimHtmlFormatter
{
    public string MimeType => "text/html";

    public Type Type => typeof(Claim);

    /// <summary>Writes the HTML for <paramref name="instance"/>, or declines.</summary>
    /// <param name="instance">The object to display.</param>
    /// <param name="writer">Where the HTML goes.</param>
    /// <returns><see langword="false"/> when <paramref name="instance"/> is not a <see cref="Claim"/>, so another formatter can try.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not Claim claim || writer is null)
        {
            return false;
        }

        HtmlRenderer.WriteClaim(claim, writer);
        return true;
    }
}
#pragma warning restore CA1822
