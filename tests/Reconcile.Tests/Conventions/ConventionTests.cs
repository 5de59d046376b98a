using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Reconcile.Tests.Conventions;

/// <summary>
/// The house style, checked over every public type of the shipped assemblies (STYLE.md rules 1, 4 and 5;
/// NodaTime's MutabilityTest, Serilog's convention tests). XML docs on public members are not checked here: the
/// compiler already fails the build without them.
/// </summary>
public sealed class ConventionTests
{
    private static readonly Assembly[] Shipped =
    [
        typeof(Reconciler).Assembly,
        typeof(ReconcileServiceCollectionExtensions).Assembly,
        typeof(Reconcile.Json.ReconcileJson).Assembly,
        typeof(Reconcile.Cli.ReconcileCommand).Assembly,
    ];

    /// <summary>Public classes designed for inheritance, and why.</summary>
    private static readonly Dictionary<Type, string> DesignedForInheritance = new()
    {
        [typeof(ReconcileException)] = "the base of every error Reconcile raises on purpose: callers catch it to handle them all, and the library derives its specific errors from it",
    };

    /// <summary>Public types that are mutable on purpose, and why.</summary>
    private static readonly Dictionary<Type, string> MutableUntilBuild = new()
    {
        [typeof(ReconcilerOptions)] = "settings, documented as mutable only until ReconcilerBuilder.Build copies and validates them",
        [typeof(ReconcilerBuilder)] = "the builder, documented as mutable until Build; the Reconciler it builds is immutable",
    };

    private static IEnumerable<Type> PublicTypes => Shipped.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Test]
    public void Public_classes_are_sealed_static_or_abstract()
    {
        // A static class is abstract and sealed in metadata, so IsSealed || IsAbstract covers all three.
        Type[] open = [.. PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)];

        Assert.Multiple(() =>
        {
            Assert.That(open.Where(t => !DesignedForInheritance.ContainsKey(t)).Select(t => t.FullName), Is.Empty,
                "Seal these classes, or list them in DesignedForInheritance with the reason.");
            Assert.That(DesignedForInheritance.Keys.Where(t => !open.Contains(t)).Select(t => t.FullName), Is.Empty,
                "These are no longer open classes; remove them from DesignedForInheritance.");
        });
    }

    [Test]
    public void Public_structs_are_readonly()
    {
        Type[] structs = [.. PublicTypes.Where(t => t.IsValueType && !t.IsEnum)];

        Assert.That(structs, Is.Not.Empty);
        Assert.That(structs.Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false)).Select(t => t.FullName), Is.Empty,
            "Declare these as readonly struct: values with invariants must not change after their constructor checked them.");
    }

    [Test]
    public void Public_types_have_no_public_setters_except_the_options_and_the_builder()
    {
        var mutable = new List<string>();
        foreach (Type type in PublicTypes)
        {
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            mutable.AddRange(type.GetProperties(Declared).Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)).Select(p => $"{type.FullName}.{p.Name}"));
            mutable.AddRange(type.GetFields(Declared).Where(f => !f.IsInitOnly && !f.IsLiteral && !f.IsSpecialName).Select(f => $"{type.FullName}.{f.Name}"));
        }

        string[] allowed = [.. MutableUntilBuild.Keys.Select(t => t.FullName + ".")];
        Assert.Multiple(() =>
        {
            // init accessors are allowed: they only set a value while the object is created (records such as Source,
            // whose init accessors validate).
            Assert.That(mutable.Where(m => !allowed.Any(a => m.StartsWith(a, StringComparison.Ordinal))), Is.Empty,
                "Make these get-only (or init), or document the type as mutable until Build and list it in MutableUntilBuild.");
            Assert.That(mutable.Any(m => m.StartsWith(typeof(ReconcilerOptions).FullName + ".", StringComparison.Ordinal)), Is.True,
                "The test must see the options' setters; otherwise it checks nothing.");
        });
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
