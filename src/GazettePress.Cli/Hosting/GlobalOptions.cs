using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using GazettePress.Diagnostics;

namespace GazettePress.Cli.Hosting;

/// <summary>
/// The options every command accepts, anywhere on the line (recursive): <c>--lang</c>, <c>--quiet</c>,
/// <c>--verbose</c>, <c>--help</c>; and <c>--version</c> on the root.
/// </summary>
public sealed class GlobalOptions
{
    public Option<string> Lang { get; } = new("--lang")
    {
        Recursive = true,
        HelpName = "zh|en",
        Description = CliMessages.LangOption.Render(),
        Validators = { r => { if (r.Tokens.Count > 0 && Localization.Parse(r.Tokens[0].Value) is null) r.AddError("zh|en"); } },
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Recursive = true, Description = CliMessages.QuietOption.Render() };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Recursive = true, Description = CliMessages.VerboseOption.Render() };

    /// <summary>Adds the options to the root, in place of System.CommandLine's English --help and --version.</summary>
    public void AddTo(RootCommand root, CliContext cli)
    {
        foreach (var option in root.Options.Where(o => o is HelpOption or VersionOption).ToList()) root.Options.Remove(option);
        root.Add(new HelpOption("--help", "-h") { Description = CliMessages.HelpOption.Render(), Action = new HelpWriter.Action(cli) });
        root.Add(new Option<bool>("--version") { Description = CliMessages.VersionOption.Render(), Action = new VersionAction(cli) });
        root.Add(Lang);
        root.Add(Quiet);
        root.Add(Verbose);
    }

    public Verbosity VerbosityOf(ParseResult parse) =>
        parse.GetValue(Verbose) ? Verbosity.Verbose : parse.GetValue(Quiet) ? Verbosity.Quiet : Verbosity.Normal;

    /// <summary>
    /// The language asked for on the command line, read before the tree is built, because the tree's
    /// descriptions are rendered in it. An unknown value is left for the parser to report.
    /// </summary>
    public static Language? LanguageOf(IReadOnlyList<string> args)
    {
        Language? chosen = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--") break;
            var value = arg == "--lang" && i + 1 < args.Count ? args[++i]
                : arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal) ? arg[7..]
                : null;
            if (value is not null && Localization.Parse(value) is { } language) chosen = language;
        }
        return chosen;
    }

    /// <summary>The product version, e.g. <c>0.12.0+1a2b3c4</c> (the informational version carries the commit).</summary>
    public static string Version =>
        typeof(GlobalOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(GlobalOptions).Assembly.GetName().Version?.ToString() ?? "unknown";

    private sealed class VersionAction(CliContext cli) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            cli.Out.WriteLine($"{HelpWriter.CommandLineName} {Version}");
            return ExitCodes.Ok;
        }
    }
}
