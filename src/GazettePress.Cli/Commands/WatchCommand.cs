using System.CommandLine;
using System.Net.Sockets;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Preview;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress watch &lt;issue-dir&gt; [--port N]</c>: the live preview (<see cref="WatchSession"/>) until
/// Ctrl+C. Prints the address, one line per rebuild and the errors of each rebuild.
/// </summary>
public sealed class WatchCommand : ICliCommand
{
    public const int DefaultPort = 5170;

    private static readonly TextId Summary = new("cli.watch");
    private static readonly TextId IssueHelp = new("cli.watch.issue-dir");
    private static readonly TextId PortHelp = new("cli.watch.port");
    private static readonly TextId TemplatesHelp = new("cli.watch.templates");
    private static readonly TextId FontsHelp = new("cli.watch.fonts");
    private static readonly TextId Serving = new("cli.watch.serving");
    private static readonly TextId RebuiltLine = new("cli.watch.rebuilt");
    private static readonly TextId KeptLine = new("cli.watch.kept");
    public static readonly DiagnosticId PortInUse = new("GP8501");

    /// <summary>The warnings printed after the last rebuild (one watch per process).</summary>
    private static HashSet<string> _lastShown = new(StringComparer.Ordinal);

    public Command Create(CliContext cli)
    {
        var issue = new Argument<string>("issue-dir") { Description = IssueHelp.Render() };
        var port = new Option<int>("--port", "-p") { Description = PortHelp.Render(), HelpName = "N", DefaultValueFactory = _ => DefaultPort }.AtLeast(0);
        port.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var n) && n > 65535) r.AddError("<= 65535"); });
        var templates = new Option<string?>("--templates") { Description = TemplatesHelp.Render(), HelpName = "dir" };
        var fonts = new Option<string?>("--fonts") { Description = FontsHelp.Render(), HelpName = "dir" };
        var command = new Command("watch", Summary.Render()) { issue, port, templates, fonts };
        command.SetAction(parse => Run(cli, parse.GetRequiredValue(issue), parse.GetValue(port), parse.GetValue(templates), parse.GetValue(fonts)));
        return command;
    }

    private static int Run(CliContext cli, string issue, int port, string? templates, string? fonts)
    {
        var fontsDirectory = fonts ?? BundledResources.Fonts();
        if (fontsDirectory is null)
        {
            cli.Error.WriteLine(Diagnostic.Create(SetupMessages.FontsNotFound, SourceLocation.None));
            return ExitCodes.InputProblems;
        }
        using var stop = new ManualResetEventSlim();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Set(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            WatchSession session;
            try
            {
                session = WatchSession.Start(issue, templates, fontsDirectory, port, Localization.Current, snapshot => Report(cli, snapshot));
            }
            catch (SocketException)
            {
                cli.Error.WriteLine(Diagnostic.Create(PortInUse, SourceLocation.None, ("port", port), ("issue", issue)));
                return ExitCodes.InputProblems;
            }
            foreach (var d in EnvironmentNotices.ForUser().ForDisplay(session.Builder.EnvironmentDiagnostics, fontsDirectory))
                cli.Error.WriteLine(d);
            cli.Out.WriteLine(Serving.Render(("url", session.Address.ToString())));
            cli.Out.Flush();
            stop.Wait();
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void Report(CliContext cli, PreviewSnapshot snapshot)
    {
        var errors = snapshot.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        // Errors every time; a warning once, until it goes away (the page lists them all).
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in snapshot.Diagnostics)
        {
            var line = d.ToString();
            shown.Add(line);
            if (d.Severity == Severity.Error || (!cli.Quiet && !_lastShown.Contains(line))) cli.Error.WriteLine(line);
        }
        _lastShown = shown;
        if (snapshot.HasErrors)
            cli.Error.WriteLine(KeptLine.Render(("version", snapshot.Version), ("errors", Counts.OfErrors(errors.Length))));
        else if (!cli.Quiet)
            cli.Error.WriteLine(RebuiltLine.Render(("version", snapshot.Version), ("pages", snapshot.Pages.Count), ("ms", (long)Math.Round(snapshot.BuildMilliseconds)),
                ("errors", Counts.OfErrors(0)), ("warnings", Counts.OfWarnings(snapshot.Diagnostics.Count))));
    }
}
