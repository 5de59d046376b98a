using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;

// A stand-in for Verify.NUnit, which the NuGet mirror cannot restore. It keeps Verify's file naming
// ({Type}.{Method}.verified.{ext} beside the test file) and its string semantics, so switching to the real
// package is one step: reference Verify.NUnit and delete this file.
namespace VerifyNUnit;

/// <summary>Snapshot assertions in Verify's conventions.</summary>
public static class Verifier
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Compares <paramref name="target"/> with the verified snapshot beside the calling test file.</summary>
    /// <param name="target">The text to verify.</param>
    /// <param name="extension">The snapshot's extension, "txt" by default.</param>
    /// <param name="sourceFile">The calling test file (filled in by the compiler).</param>
    /// <returns>A completed task; the assertion fails when the snapshot differs or is missing.</returns>
    public static Task Verify(string target, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(target);
        TestContext.TestAdapter test = TestContext.CurrentContext.Test;
        string className = test.ClassName ?? "Unknown";
        className = className[(className.LastIndexOf('.') + 1)..].Replace('+', '.');
        string name = className + "." + test.MethodName + Parameters(test);
        string directory = Path.GetDirectoryName(sourceFile)!;
        string verified = Path.Combine(directory, $"{name}.verified.{extension}");
        string received = Path.Combine(directory, $"{name}.received.{extension}");
        string actual = Normalize(target);
        if (Environment.GetEnvironmentVariable("AUTO_VERIFY") == "1")
        {
            File.WriteAllText(verified, actual, Utf8WithBom);
        }

        string? expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified, Encoding.UTF8)) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return Task.CompletedTask;
        }

        File.WriteAllText(received, actual, Utf8WithBom);
        Assert.Fail(expected is null
            ? $"No verified snapshot yet. Review {received} and rename it to {verified}."
            : $"The result differs from {verified}. The new result is in {received}.");
        return Task.CompletedTask;
    }

    private static string Parameters(TestContext.TestAdapter test)
    {
        object?[] arguments = test.Arguments;
        if (arguments.Length == 0)
        {
            return string.Empty;
        }

        var method = test.Method?.MethodInfo;
        string[] names = method?.GetParameters().Select(p => p.Name ?? "arg").ToArray() ?? [];
        var text = new StringBuilder();
        for (int i = 0; i < arguments.Length; i++)
        {
            string parameterName = i < names.Length ? names[i] : "arg" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append('_').Append(parameterName).Append('=').Append(Convert.ToString(arguments[i], System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static string Normalize(string text)
    {
        string normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return normalized.EndsWith('\n') ? normalized[..^1] : normalized;
    }
}
