using GazettePress.Diagnostics;

namespace GazettePress.Cli.Hosting;

/// <summary>
/// The last line of defence of every command: an exception that reaches it is a bug (input problems
/// are diagnostics), so it becomes one line asking for a bug report, the stack trace only with
/// <c>--verbose</c>, and exit code 70.
/// </summary>
public static class CommandBoundary
{
    public static int Report(Exception exception, string commandLine, CliContext cli)
    {
        try
        {
            var what = exception is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : exception;
            var detail = $"{what.GetType().Name}: {what.Message}".ReplaceLineEndings(" ");
            var bug = Diagnostic.Create(CliMessages.Bug, SourceLocation.None, ("command", commandLine), ("exception", detail));
            cli.Error.WriteLine(bug.ToString());
            if (cli.Verbose) cli.Error.WriteLine(exception.ToString());
        }
        catch (Exception nested)
        {
            // The catalogue itself failed: still say something, in both languages.
            cli.Error.WriteLine($"gazettepress 内部错误（程序缺陷），请报告 / internal error (a bug), please report it: {exception.GetType().Name}: {exception.Message} ({nested.GetType().Name})".ReplaceLineEndings(" "));
            if (cli.Verbose) cli.Error.WriteLine(exception.ToString());
        }
        return ExitCodes.Bug;
    }
}
