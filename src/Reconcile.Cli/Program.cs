using System;
using System.Threading;
using Reconcile.Cli;

return await new ReconcileCommand(Environment.CurrentDirectory, interactive: !Console.IsErrorRedirected).RunAsync(args, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
