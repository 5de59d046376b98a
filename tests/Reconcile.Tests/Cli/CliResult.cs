namespace Reconcile.Tests.Cli;

/// <summary>What one run of the command produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
