using GazettePress.Diagnostics;

namespace GazettePress.Cli.Hosting;

/// <summary>Catalogue entries (cli.ini) of the command line as a whole: help, usage errors, global options.</summary>
public static class CliMessages
{
    // Usage errors (exit 2).
    public static readonly DiagnosticId UnknownCommand = new("GP8001");
    public static readonly DiagnosticId UnknownOption = new("GP8002");
    public static readonly DiagnosticId UnexpectedArgument = new("GP8003");
    public static readonly DiagnosticId MissingArgument = new("GP8004");
    public static readonly DiagnosticId MissingOption = new("GP8005");
    public static readonly DiagnosticId OptionNeedsValue = new("GP8006");
    public static readonly DiagnosticId InvalidValue = new("GP8007");
    public static readonly DiagnosticId OtherUsageError = new("GP8008");
    public static readonly TextId DidYouMean = new("cli.did-you-mean");

    // The root command and the options every command has.
    public static readonly TextId Root = new("cli.root");
    public static readonly TextId LangOption = new("cli.option.lang");
    public static readonly TextId QuietOption = new("cli.option.quiet");
    public static readonly TextId VerboseOption = new("cli.option.verbose");
    public static readonly TextId HelpOption = new("cli.option.help");
    public static readonly TextId VersionOption = new("cli.option.version");

    // Help layout.
    public static readonly TextId HelpUsage = new("cli.help.usage");
    public static readonly TextId HelpOptionsPlaceholder = new("cli.help.options-placeholder");
    public static readonly TextId HelpCommandPlaceholder = new("cli.help.command-placeholder");
    public static readonly TextId HelpArguments = new("cli.help.arguments");
    public static readonly TextId HelpOptions = new("cli.help.options");
    public static readonly TextId HelpGlobalOptions = new("cli.help.global-options");
    public static readonly TextId HelpCommands = new("cli.help.commands");
    public static readonly TextId HelpRequired = new("cli.help.required");
    public static readonly TextId HelpMore = new("cli.help.more");
    public static readonly TextId HelpExitCodes = new("cli.help.exit-codes");

    // A bug caught at the command boundary (exit 70).
    public static readonly DiagnosticId Bug = new("GP9001");
}
