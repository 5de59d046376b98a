using System;
using System.IO;

namespace Reconcile.Display;

// The notebook finds these members by reflection on an instance, so they stay instance members.
#pragma warning disable CA1822 // Mark members as static
/// <summary>Renders a group: its verdict, label and explanation over a table of its claims, as HTML for a notebook.</summary>
/// <remarks>The notebook's convention finds the members by name: <see cref="MimeType"/>, <see cref="Type"/> and the
/// single public <see cref="Format"/>.</remarks>
internal sealed class ClaimGroupHtmlFormatter
{
    public string MimeType => "text/html";

    public Type Type => typeof(ClaimGroup);

    /// <summary>Writes the HTML for <paramref name="instance"/>, or declines.</summary>
    /// <param name="instance">The object to display.</param>
    /// <param name="writer">Where the HTML goes.</param>
    /// <returns><see langword="false"/> when <paramref name="instance"/> is not a <see cref="ClaimGroup"/>, so another formatter can try.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not ClaimGroup group || writer is null)
        {
            return false;
        }

        HtmlRenderer.WriteGroup(group, writer);
        return true;
    }
}
#pragma warning restore CA1822
