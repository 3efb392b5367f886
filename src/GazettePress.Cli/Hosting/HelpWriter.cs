using System.CommandLine;
using System.CommandLine.Invocation;
using GazettePress.Diagnostics;

namespace GazettePress.Cli.Hosting;

/// <summary>
/// Writes help in the language of the call. System.CommandLine's own help takes its section titles
/// from .NET resources (by UI culture, English only here); ours takes every word from the catalogue:
/// the descriptions are set when the tree is built (<see cref="ICliCommand.Create"/>), the titles here.
/// </summary>
public static class HelpWriter
{
    public static void Write(Command command, TextWriter output)
    {
        output.WriteLine(CliMessages.HelpUsage.Render(("usage", UsageLine(command))));
        output.WriteLine();
        if (!string.IsNullOrEmpty(command.Description))
        {
            output.WriteLine(command.Description);
            output.WriteLine();
        }
        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), a.Description ?? "")).ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")).ToList();
        var own = command.Options.Where(o => !o.Hidden && !o.Recursive).Select(o => (OptionLabel(o), Described(o))).ToList();
        var global = GlobalOptions(command).Select(o => (OptionLabel(o), Described(o))).ToList();
        var width = arguments.Concat(subcommands).Concat(own).Concat(global).Select(r => r.Item1.Length).DefaultIfEmpty(0).Max() + 2;
        Section(output, CliMessages.HelpCommands, subcommands, width);
        Section(output, CliMessages.HelpArguments, arguments, width);
        Section(output, CliMessages.HelpOptions, own, width);
        Section(output, CliMessages.HelpGlobalOptions, global, width);
        if (command is RootCommand) output.WriteLine(CliMessages.HelpMore.Render());
        output.WriteLine(CliMessages.HelpExitCodes.Render());
    }

    /// <summary>e.g. <c>gazettepress build &lt;issue-dir&gt; -o &lt;dir&gt; [options]</c>.</summary>
    public static string UsageLine(Command command)
    {
        var parts = new List<string> { CommandPath(command) };
        if (command.Subcommands.Count > 0) parts.Add(CliMessages.HelpCommandPlaceholder.Render());
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
            parts.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{ArgumentLabel(argument)}]" : ArgumentLabel(argument));
        foreach (var option in command.Options.Where(o => o.Required && !o.Hidden))
            parts.Add($"{ShortestAlias(option)} <{ValueName(option)}>");
        parts.Add(CliMessages.HelpOptionsPlaceholder.Render());
        return string.Join(' ', parts);
    }

    /// <summary>"gazettepress build": the words that name the command on the command line.</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
            names.Insert(0, s is RootCommand ? CommandLineName : s.Name);
        return string.Join(' ', names);
    }

    public const string CommandLineName = "gazettepress";

    /// <summary>Options every command has: the recursive options of the command's ancestors (and its own).</summary>
    public static IEnumerable<Option> GlobalOptions(Command command)
    {
        var seen = new HashSet<Option>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
        {
            if (s is not Command c) continue;
            foreach (var option in c.Options)
                if (!option.Hidden && option.Recursive && seen.Add(option))
                    yield return option;
        }
    }

    private static void Section(TextWriter output, TextId title, List<(string Label, string Text)> rows, int width)
    {
        if (rows.Count == 0) return;
        output.WriteLine(title.Render());
        foreach (var (label, text) in rows)
        {
            var lines = text.Split('\n');
            output.WriteLine(("  " + label.PadRight(width) + lines[0]).TrimEnd());
            foreach (var more in lines.Skip(1)) output.WriteLine(new string(' ', width + 2) + more);
        }
        output.WriteLine();
    }

    private static string Described(Option option) =>
        (option.Description ?? "") + (option.Required ? CliMessages.HelpRequired.Render() : "");

    private static string ArgumentLabel(Argument argument) => $"<{argument.HelpName ?? argument.Name}>";

    private static string OptionLabel(Option option)
    {
        var names = Names(option).ToList();
        var label = string.Join(", ", names);
        return IsFlag(option) ? label : $"{label} <{ValueName(option)}>";
    }

    /// <summary>The POSIX spellings: -x and --name (not the /h and -? that System.CommandLine also accepts).</summary>
    private static IEnumerable<string> Names(Option option) =>
        option.Aliases.Append(option.Name).Distinct()
            .Where(n => n.StartsWith("--", StringComparison.Ordinal) || (n.Length == 2 && n[0] == '-' && char.IsAsciiLetter(n[1])))
            .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);

    /// <summary>An option given without a value (a bool switch, --help, --version).</summary>
    private static bool IsFlag(Option option) => option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool);

    private static string ShortestAlias(Option option) => Names(option).First();

    private static string ValueName(Option option) => option.HelpName ?? option.Name.TrimStart('-');

    /// <summary>The action of every <c>--help</c>: our help of the command the option was given to.</summary>
    public sealed class Action(CliContext cli) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            Write(parseResult.CommandResult.Command, cli.Out);
            return ExitCodes.Ok;
        }
    }
}
