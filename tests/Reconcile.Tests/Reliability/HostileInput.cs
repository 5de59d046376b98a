using System;
using System.Diagnostics;
using System.Text;

namespace Reconcile.Tests.Reliability;

/// <summary>Builds hostile inputs and times what the library does with them, with bounds far above the expected time.</summary>
internal static class HostileInput
{
    /// <summary>Repeats a piece of text until it is at least <paramref name="length"/> characters long.</summary>
    public static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length)
        {
            text.Append(piece);
        }

        return text.ToString();
    }

    /// <summary>Runs <paramref name="action"/> and fails if it takes longer than <paramref name="bound"/>.</summary>
    /// <remarks>The bounds are about ten times what the inputs take on a shared two-core machine in a Debug build,
    /// so they catch work that grows with the square of the input (which took minutes), not noise.</remarks>
    public static T Within<T>(TimeSpan bound, Func<T> action)
    {
        var clock = Stopwatch.StartNew();
        T result = action();
        clock.Stop();
        TestContext.Out.WriteLine($"took {clock.ElapsedMilliseconds} ms (bound {bound.TotalMilliseconds} ms)");
        Assert.That(clock.Elapsed, Is.LessThan(bound), "took too long for its size");
        return result;
    }

    /// <summary>Reconciles one document with the default reconciler.</summary>
    public static ReconciliationReport ReconcileOne(string text)
        => Reconciler.Default.Reconcile([new Document(new Source("hostile"), text)]);
}
