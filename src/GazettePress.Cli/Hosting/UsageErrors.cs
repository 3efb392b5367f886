using System.CommandLine;
using System.CommandLine.Parsing;
using GazettePress.Diagnostics;

namespace GazettePress.Cli.Hosting;

/// <summary>
/// Turns System.CommandLine's parse errors into catalogue diagnostics (GP8001–GP8008). The library's
/// own messages are English resource strings; we read the structure of the parse instead (which
/// symbol failed, with which tokens) and say it in the language of the call.
/// </summary>
public static class UsageErrors
{
    public static IReadOnlyList<Diagnostic> Of(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = HelpWriter.CommandPath(command);
        var found = new List<Diagnostic>();
        var unknownCommandReported = false;
        foreach (var token in parse.UnmatchedTokens)
        {
            if (token.StartsWith('-') && token.Length > 1)
                found.Add(Diagnostic.Create(CliMessages.UnknownOption, SourceLocation.None, ("option", token), ("command", path)));
            else if (command.Subcommands.Count > 0 && command.Arguments.Count == 0 && !unknownCommandReported)
            {
                unknownCommandReported = true;
                found.Add(UnknownCommand(token, command));
            }
            else if (!unknownCommandReported)
                found.Add(Diagnostic.Create(CliMessages.UnexpectedArgument, SourceLocation.None, ("argument", token), ("command", path)));
        }
        foreach (var error in parse.Errors)
        {
            var diagnostic = error.SymbolResult switch
            {
                OptionResult { IdentifierToken: null } o =>
                    Diagnostic.Create(CliMessages.MissingOption, SourceLocation.None, ("option", o.Option.Name), ("command", path)),
                OptionResult { Tokens.Count: 0 } o =>
                    Diagnostic.Create(CliMessages.OptionNeedsValue, SourceLocation.None, ("option", o.IdentifierToken!.Value), ("command", path)),
                OptionResult o =>
                    Invalid(string.Join(' ', o.Tokens.Select(t => t.Value)), o.IdentifierToken!.Value, o.Option.Description, path),
                ArgumentResult { Tokens.Count: 0 } a =>
                    Diagnostic.Create(CliMessages.MissingArgument, SourceLocation.None, ("argument", $"<{a.Argument.HelpName ?? a.Argument.Name}>"), ("command", path)),
                ArgumentResult a =>
                    Invalid(string.Join(' ', a.Tokens.Select(t => t.Value)), $"<{a.Argument.HelpName ?? a.Argument.Name}>", a.Argument.Description, path),
                // Unmatched tokens (reported above) and a missing command (the root's own action shows help).
                CommandResult => null,
                _ => Diagnostic.Create(CliMessages.OtherUsageError, SourceLocation.None, ("detail", error.Message), ("command", path)),
            };
            if (diagnostic is not null && !found.Contains(diagnostic)) found.Add(diagnostic);
        }
        if (found.Count == 0)
        {
            // A command-level error we do not know the shape of: never exit 2 without saying why.
            foreach (var error in parse.Errors)
                found.Add(Diagnostic.Create(CliMessages.OtherUsageError, SourceLocation.None, ("detail", error.Message), ("command", path)));
        }
        return found;
    }

    /// <summary>"unknown command", with the nearest command's name when one is close.</summary>
    public static Diagnostic UnknownCommand(string typed, Command parent) =>
        Diagnostic.Create(CliMessages.UnknownCommand, SourceLocation.None, ("name", typed), ("command", HelpWriter.CommandPath(parent)),
            Suggestion(typed, parent.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)));

    private static Diagnostic Invalid(string value, string name, string? expected, string path) =>
        Diagnostic.Create(CliMessages.InvalidValue, SourceLocation.None, ("value", value), ("name", name), ("expected", expected ?? ""), ("command", path));

    private static MessageArgument Suggestion(string typed, IEnumerable<string> names)
    {
        var best = names
            .Select(n => (Name: n, Distance: Distance(typed.ToLowerInvariant(), n)))
            .Where(x => x.Distance <= (x.Name.Length <= 3 ? 1 : Math.Max(2, x.Name.Length / 3)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name)
            .FirstOrDefault();
        return best is null ? ("suggestion", "") : ("suggestion", CliMessages.DidYouMean.With(("name", best)));
    }

    /// <summary>Levenshtein distance, for "did you mean".</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
