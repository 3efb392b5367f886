using System.Diagnostics;
using System.Globalization;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;

namespace GazettePress.Cli.Hosting;

/// <summary>
/// Shows the running build stage on one line of stderr, redrawn in place, once the build has taken
/// longer than <see cref="CliContext.ProgressDelay"/> — only when stderr is a terminal and the user
/// did not ask for <c>--quiet</c>, so scripts and logs never see it. The line is erased at the end.
/// </summary>
public sealed class TerminalProgress : IBuildProgress, IDisposable
{
    private static readonly TextId Line = new("cli.progress");
    private static readonly TextId Load = new("cli.stage.load");
    private static readonly TextId Compose = new("cli.stage.compose");
    private static readonly TextId Paint = new("cli.stage.paint");
    private static readonly TextId ScreenPdf = new("cli.stage.screen-pdf");
    private static readonly TextId PrintPdf = new("cli.stage.print-pdf");
    private static readonly TextId Epub = new("cli.stage.epub");
    private static readonly TextId Output = new("cli.stage.output");
    private static readonly TextId Write = new("cli.stage.write");

    private static TextId TextOf(BuildStage stage) => stage switch
    {
        BuildStage.Load => Load,
        BuildStage.Compose => Compose,
        BuildStage.Paint => Paint,
        BuildStage.ScreenPdf => ScreenPdf,
        BuildStage.PrintPdf => PrintPdf,
        BuildStage.Epub => Epub,
        BuildStage.Write => Write,
        _ => Output,
    };

    // Erase the line and return to its start (VT100; Windows 10+ consoles understand it too).
    private const string EraseLine = "\r\u001b[2K";

    private readonly TextWriter _error;
    private readonly TimeSpan _delay;
    private readonly Language _language;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly object _gate = new();
    private string _stage = "";
    private bool _shown;
    private bool _disposed;

    private TerminalProgress(TextWriter error, TimeSpan delay)
    {
        _error = error;
        _delay = delay;
        _language = Localization.Current; // the timer thread does not flow the command's language
        _timer = new Timer(_ => Redraw(), null, delay, TimeSpan.FromMilliseconds(250));
    }

    /// <summary>Progress for this command, or null when it must stay silent (not a terminal, --quiet).</summary>
    public static TerminalProgress? For(CliContext cli) =>
        cli.ErrorIsTerminal && !cli.Quiet ? new TerminalProgress(cli.Error, cli.ProgressDelay) : null;

    public void Started(BuildStage stage, int pass = 0)
    {
        var text = TextOf(stage).With(("pass", pass)).Render(_language);
        lock (_gate) _stage = text;
        if (_clock.Elapsed >= _delay) Redraw();
    }

    private void Redraw()
    {
        lock (_gate)
        {
            if (_disposed || _stage.Length == 0) return;
            var seconds = _clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            _error.Write(EraseLine + Line.With(("seconds", seconds), ("stage", _stage)).Render(_language));
            _error.Flush();
            _shown = true;
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            if (_shown)
            {
                _error.Write(EraseLine);
                _error.Flush();
            }
        }
    }
}
