using System;
using System.Diagnostics.CodeAnalysis;

namespace Reconcile.Display;

/// <summary>
/// Names the class that renders a type in a .NET Interactive notebook. The notebook's formatter finds this
/// attribute by its type name alone, whatever its namespace and even though it is internal, reads its two
/// properties by reflection, and creates the source with its parameterless constructor. So Reconcile renders as
/// HTML in a notebook without referencing any notebook package.
/// </summary>
/// <remarks>The convention is documented in dotnet/interactive's <c>docs/formatting.md</c> and implemented in
/// <c>Formatter.TryRegisterFromFormatterSources</c>; see notes/ecosystem.md §2a.</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    private const DynamicallyAccessedMemberTypes Reflected = DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods;

    public TypeFormatterSourceAttribute([DynamicallyAccessedMembers(Reflected)] Type formatterSourceType)
        => FormatterSourceType = formatterSourceType;

    /// <summary>Gets the class whose public <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    [DynamicallyAccessedMembers(Reflected)]
    public Type FormatterSourceType { get; }

    /// <summary>Gets or sets the MIME types a notebook should prefer for the attributed type.</summary>
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "The notebook's convention reads a string[] property by this name.")]
    public string[]? PreferredMimeTypes { get; set; }
}
