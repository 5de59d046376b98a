#:project ../../src/Reconcile/Reconcile.csproj

// Reconcile quickstart: a .NET 10 file-based app. From the repository root:
//
//     dotnet run docs/samples/quickstart.cs
//     dotnet run docs/samples/quickstart.cs -- path/to/articles
//
// It reads every *.txt article in the folder (by default the one this file is in), reconciles them and prints
// the plain-text report, conflicts first.
using System;
using System.IO;
using System.Linq;
using Reconcile;

string folder = args.Length > 0
    ? args[0]
    : AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.Combine("docs", "samples");

Document[] documents = [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Document.Load)];
ReconciliationReport report = Reconciler.Default.Reconcile(documents);
Console.Write(report);
