using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace Reconcile.Cli;

/// <summary>
/// A one-line progress bar on standard error for long runs: <c>extracting [#######.............] 1,234/5,000</c>,
/// redrawn in place with a carriage return. It stays silent for the first half second, so a quick run shows
/// nothing, redraws at most ten times a second, and wipes its line when disposed, before any other output.
/// </summary>
/// <remarks>Only made when standard error is a terminal and <c>--quiet</c> is not given: a redirected or captured
/// standard error never receives carriage returns. Reports may arrive from several threads at once.</remarks>
internal sealed class ProgressBar : IProgress<ReconcileProgress>, IDisposable
{
    private const int BarWidth = 24;
    private static readonly TimeSpan QuietStart = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly Lock _lock = new();
    private long _lastDrawn = long.MinValue;
    private int _drawnWidth;
    private bool _disposed;

    /// <summary>Initializes a bar that draws on <paramref name="writer"/>.</summary>
    /// <param name="writer">Standard error, a terminal.</param>
    /// <param name="time">The clock that paces redrawing; <see cref="TimeProvider.System"/> but in tests.</param>
    public ProgressBar(TextWriter writer, TimeProvider? time = null)
    {
        _writer = writer;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>Shows how far reading the input files has got.</summary>
    /// <param name="completed">Files read.</param>
    /// <param name="total">Files to read.</param>
    public void ReportReading(int completed, int total) => Draw("reading", completed, total, completed == total);

    /// <inheritdoc/>
    public void Report(ReconcileProgress value)
        => Draw(value.Stage.ToString().ToLowerInvariant(), value.Completed, value.Total, value.Completed == value.Total);

    /// <summary>Wipes the bar's line, if it drew one.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (!_disposed && _drawnWidth > 0)
            {
                _writer.Write('\r' + new string(' ', _drawnWidth) + '\r');
                _writer.Flush();
            }

            _disposed = true;
        }
    }

    private void Draw(string stage, int completed, int total, bool stageEnds)
    {
        long now = _time.GetTimestamp();
        if (_time.GetElapsedTime(_started, now) < QuietStart)
        {
            return;
        }

        lock (_lock)
        {
            // A stage's end is always drawn, so the bar never sits on a count that is already out of date for long.
            if (_disposed || (!stageEnds && _lastDrawn != long.MinValue && _time.GetElapsedTime(_lastDrawn, now) < RedrawInterval))
            {
                return;
            }

            int filled = total == 0 ? BarWidth : (int)((long)completed * BarWidth / total);
            string line = string.Create(CultureInfo.InvariantCulture, $"{stage,-10} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {completed:N0}/{total:N0}");
            _writer.Write('\r' + line.PadRight(_drawnWidth));
            _writer.Flush();
            _drawnWidth = Math.Max(_drawnWidth, line.Length);
            _lastDrawn = now;
        }
    }
}
