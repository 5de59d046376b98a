using System;
using System.IO;
using Reconcile.Cli;

namespace Reconcile.Tests.Cli;

/// <summary>The progress bar on standard error: silent on quick runs, paced, and gone when the run ends.</summary>
public sealed class ProgressBarTests
{
    [Test]
    public void QuickRun_DrawsNothing()
    {
        var time = new ManualTime();
        var writer = new StringWriter();
        using (var bar = new ProgressBar(writer, time))
        {
            bar.Report(new ReconcileProgress(ReconcileStage.Extracting, 1, 2));
            bar.Report(new ReconcileProgress(ReconcileStage.Extracting, 2, 2));
        }

        Assert.That(writer.ToString(), Is.Empty);
    }

    [Test]
    public void LongRun_DrawsTheStageAndCount_ThenWipesItsLine()
    {
        var time = new ManualTime();
        var writer = new StringWriter();
        using (var bar = new ProgressBar(writer, time))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            bar.Report(new ReconcileProgress(ReconcileStage.Extracting, 1234, 5000));
            Assert.That(writer.ToString(), Is.EqualTo("\rextracting [#####...................] 1,234/5,000"));
        }

        string all = writer.ToString();
        Assert.That(all, Does.EndWith("\r" + new string(' ', "extracting [#####...................] 1,234/5,000".Length) + "\r"));
    }

    [Test]
    public void Redraws_AtMostTenTimesASecond_ButAlwaysAtAStagesEnd()
    {
        var time = new ManualTime();
        var writer = new StringWriter();
        using var bar = new ProgressBar(writer, time);
        time.Advance(TimeSpan.FromSeconds(1));
        bar.Report(new ReconcileProgress(ReconcileStage.Comparing, 1, 10));
        bar.Report(new ReconcileProgress(ReconcileStage.Comparing, 2, 10));
        time.Advance(TimeSpan.FromMilliseconds(50));
        bar.Report(new ReconcileProgress(ReconcileStage.Comparing, 3, 10));
        bar.Report(new ReconcileProgress(ReconcileStage.Comparing, 10, 10));
        time.Advance(TimeSpan.FromMilliseconds(200));
        bar.ReportReading(5, 9);
        string[] frames = writer.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(frames, Is.EqualTo(new[]
        {
            "comparing  [##......................] 1/10",
            "comparing  [########################] 10/10",
            "reading    [#############...........] 5/9  ",
        }));
    }

    [Test]
    public void AfterDispose_ReportsAreIgnored()
    {
        var time = new ManualTime();
        var writer = new StringWriter();
        var bar = new ProgressBar(writer, time);
        bar.Dispose();
        time.Advance(TimeSpan.FromSeconds(1));
        bar.Report(new ReconcileProgress(ReconcileStage.Weighing, 1, 1));
        Assert.That(writer.ToString(), Is.Empty);
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
