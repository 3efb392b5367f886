using System.Text.RegularExpressions;
using GazettePress.Diagnostics;
using YamlDotNet.Core;

namespace GazettePress.Content.Loading;

/// <summary>A YAML syntax error said for an editor: the line it is on, the cause, and the fix.</summary>
internal sealed record YamlSyntaxError(int Line, int Column, LocalizedText Problem, LocalizedText Fix);

/// <summary>
/// Turns the YAML parser's failure into the likely cause in the editor's terms — an unclosed bracket
/// or quote (named where it was opened), a list line without '- ', a value that needs quotes, a key
/// written twice, indentation — with the line as it should be written. The parser's own English
/// words are never shown.
/// </summary>
internal static partial class YamlSyntaxErrors
{
    /// <param name="text">The text the parser read (1-based lines and columns as in the parser's marks).</param>
    /// <param name="lastStart">Where the last parsed event began: errors found only at the end of the text are shown there.</param>
    /// <param name="firstLine">The file line of the text's first line: messages name file lines.</param>
    public static YamlSyntaxError Explain(string text, Exception exception, Mark lastStart, int firstLine = 1)
    {
        var lines = text.Split('\n');
        var message = exception.Message;
        var start = exception is YamlException y ? y.Start : lastStart;
        var line = (int)Math.Clamp(start.Line, 1, lines.Length);
        var column = (int)Math.Max(start.Column, 1);
        string LineText(int n) => n >= 1 && n <= lines.Length ? lines[n - 1] : "";

        if (DuplicateKey().Match(message) is { Success: true } duplicate)
        {
            var key = duplicate.Groups[1].Value;
            return new(line, column, ContentMessages.YamlDuplicateKey.With(("key", key)), ContentMessages.YamlFixDuplicateKey.With(("key", key)));
        }
        // A quote left open runs on into the next lines, so the parser fails later: the open quote is the cause.
        var unclosed = FindUnclosed(lines);
        if (unclosed is { Char: '"' or '\'' } quote && quote.Line <= line && !LineText(quote.Line)[quote.Column..].Contains(quote.Char)
            || exception is InvalidOperationException || message.Contains("end of stream", StringComparison.Ordinal)
            || message.Contains("expected ',' or", StringComparison.Ordinal) || message.Contains("quoted scalar", StringComparison.Ordinal))
        {
            if (unclosed is { } open)
            {
                var problem = open.Char is '"' or '\''
                    ? ContentMessages.YamlUnclosedQuote.With(("line", open.Line + firstLine - 1), ("quote", open.Char.ToString()))
                    : ContentMessages.YamlUnclosedBracket.With(("line", open.Line + firstLine - 1), ("open", open.Char.ToString()), ("close", Closer(open.Char)));
                var close = open.Char is '"' or '\'' ? open.Char.ToString() : Closer(open.Char);
                var opened = LineText(open.Line).TrimEnd();
                // A list or value that starts and ends on one line: the exact line to write.
                var fix = opened.EndsWith(',') || opened.Length == open.Column
                    ? ContentMessages.YamlFixClose.With(("open", open.Char.ToString()), ("close", close))
                    : ContentMessages.YamlFixReplaceLine.With(("fixed", opened.Trim() + close));
                return new(open.Line, open.Column, problem, fix);
            }
        }
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return new(line, column, ContentMessages.YamlTabIndent.With(), ContentMessages.YamlFixSpaces.With(("what", ContentMessages.Tab.With())));
        }
        if (message.Contains("expected '-' indicator", StringComparison.Ordinal))
        {
            var text0 = LineText(line);
            var indent = text0.Length - text0.TrimStart(' ').Length;
            return new(line, indent + 1, ContentMessages.YamlMissingDash.With(),
                ContentMessages.YamlFixReplaceLine.With(("fixed", "- " + text0.Trim())));
        }
        if (message.Contains("invalid mapping", StringComparison.Ordinal) || message.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            if (SplitValue(LineText(line)) is { } split && (split.Value.Contains(": ", StringComparison.Ordinal) || IsWideQuoted(split.Value)))
            {
                var inner = IsWideQuoted(split.Value) ? split.Value[1..^1] : split.Value;
                var fixedLine = (split.Prefix + Quote(inner)).Trim();
                var problem = IsWideQuoted(split.Value) ? ContentMessages.YamlFullWidthQuotes.With() : ContentMessages.YamlColonInValue.With();
                return new(line, split.Prefix.Length + 1, problem, ContentMessages.YamlFixReplaceLine.With(("fixed", fixedLine)));
            }
            return new(line, FirstNonSpace(LineText(line)), ContentMessages.YamlIndentation.With(), ContentMessages.YamlFixGeneral.With());
        }
        if (message.Contains("cannot start any token", StringComparison.Ordinal) || message.Contains("anchor", StringComparison.OrdinalIgnoreCase)
            || message.Contains("alias", StringComparison.OrdinalIgnoreCase) || message.Contains("tag", StringComparison.OrdinalIgnoreCase))
        {
            // The parser places alias errors at the start of the text: find the value that starts with the sign.
            for (var n = message.Contains("cannot start any token", StringComparison.Ordinal) ? line : 1; n <= lines.Length; n++)
            {
                if (SplitValue(LineText(n)) is { } split && split.Value.Length > 0 && split.Value[0] is '@' or '`' or '*' or '&' or '!' or '%')
                {
                    return new(n, split.Prefix.Length + 1, ContentMessages.YamlSpecialStart.With(("char", split.Value[0].ToString())),
                        ContentMessages.YamlFixReplaceLine.With(("fixed", (split.Prefix + Quote(split.Value)).Trim())));
                }
            }
        }
        if (message.Contains("did not find expected key", StringComparison.Ordinal) || message.Contains("block mapping", StringComparison.Ordinal))
        {
            return new(line, FirstNonSpace(LineText(line)), ContentMessages.YamlIndentation.With(), ContentMessages.YamlFixGeneral.With());
        }
        // Errors found only at the end of the text are shown where the last value began.
        if (start.Line > lines.Length || (start.Line == lines.Length && text.EndsWith('\n')))
        {
            line = (int)Math.Max(lastStart.Line, 1);
            column = (int)Math.Max(lastStart.Column, 1);
        }
        return new(line, column, ContentMessages.YamlOther.With(), ContentMessages.YamlFixGeneral.With());
    }

    /// <summary>
    /// An alias (*name) whose anchor (&amp;name) the text never defines is text the editor typed, e.g.
    /// <c>addressee: *各县</c>: explained as a value starting with a special sign, with the quoted line
    /// to type. Null for a real alias (refused as such by the YAML guard).
    /// </summary>
    public static YamlSyntaxError? TextTakenForAlias(string text, Mark aliasStart)
    {
        var lines = text.Split('\n');
        var line = (int)aliasStart.Line;
        if (line < 1 || line > lines.Length || SplitValue(lines[line - 1]) is not { } split || !split.Value.StartsWith('*')) return null;
        var name = new string(split.Value.Skip(1).TakeWhile(c => !char.IsWhiteSpace(c) && c is not (',' or '[' or ']' or '{' or '}')).ToArray());
        if (name.Length > 0 && text.Contains("&" + name, StringComparison.Ordinal)) return null;
        return new(line, split.Prefix.Length + 1, ContentMessages.YamlSpecialStart.With(("char", "*")),
            ContentMessages.YamlFixReplaceLine.With(("fixed", (split.Prefix + Quote(split.Value)).Trim())));
    }

    private static string Closer(char open) => open == '[' ? "]" : "}";

    private static int FirstNonSpace(string line) => line.Length - line.TrimStart(' ').Length + 1;

    private static bool IsWideQuoted(string value) => value.Length >= 2 && value[0] == '“' && value[^1] == '”';

    /// <summary>A value in ASCII double quotes, with inner quotes escaped.</summary>
    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A block line split into its key part (indentation, dashes, <c>key: </c>) and its value.</summary>
    private static (string Prefix, string Value)? SplitValue(string line)
    {
        var match = KeyPrefix().Match(line);
        if (!match.Success) return null;
        return (match.Value, line[match.Length..].TrimEnd());
    }

    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?:[A-Za-z_][A-Za-z0-9_]*:[ ]+)?")]
    private static partial Regex KeyPrefix();

    [GeneratedRegex(@"^Duplicate key (.+)$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"^[^\s:#'""\[\]{}][^:#]*?:(?:[ ]+|$)")]
    private static partial Regex BlockKey();

    /// <summary>
    /// The bracket or quote that is never closed, where it was opened (1-based line and column). Flow
    /// collections and quoted values start only where a value starts; a '[' inside plain text is text.
    /// </summary>
    internal static (int Line, int Column, char Char)? FindUnclosed(IReadOnlyList<string> lines)
    {
        var open = new Stack<(int Line, int Column, char Char)>();
        (int Line, int Column, char Char)? quote = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var s = lines[i];
            var j = 0;
            var quotedValue = false;
            if (open.Count == 0 && quote is null)
            {
                while (j < s.Length && s[j] == ' ') j++;
                while (j + 1 < s.Length && s[j] == '-' && s[j + 1] == ' ')
                {
                    j += 2;
                    while (j < s.Length && s[j] == ' ') j++;
                }
                if (BlockKey().Match(s[j..]) is { Success: true } key) j += key.Length;
                if (j >= s.Length) continue;
                var c = s[j];
                if (c is '[' or '{') open.Push((i + 1, j + 1, c));
                else if (c is '"' or '\'')
                {
                    quote = (i + 1, j + 1, c);
                    quotedValue = true;
                }
                else continue;
                j++;
            }
            for (; j < s.Length; j++)
            {
                var c = s[j];
                if (quote is { } q)
                {
                    if (c == '\\' && q.Char == '"') { j++; continue; }
                    if (c != q.Char) continue;
                    if (q.Char == '\'' && j + 1 < s.Length && s[j + 1] == '\'') { j++; continue; }
                    quote = null;
                    continue;
                }
                if (c == '#' && (j == 0 || s[j - 1] == ' ')) break;
                if (open.Count == 0) break;
                if (c is '[' or '{') open.Push((i + 1, j + 1, c));
                else if (c is ']' or '}')
                {
                    if (open.Peek().Char == (c == ']' ? '[' : '{')) open.Pop();
                    else return open.Peek();
                }
                else if (c is '"' or '\'' && PreviousSign(s, j) is '[' or '{' or ',' or ':' or '\0') quote = (i + 1, j + 1, c);
            }
            // A quoted value of front matter or issue.yaml is one line: one still open at the line's end was never closed.
            if (quotedValue && quote is { } stillOpen) return stillOpen;
        }
        return quote ?? (open.Count > 0 ? open.Peek() : null);
    }

    private static char PreviousSign(string s, int j)
    {
        for (var k = j - 1; k >= 0; k--)
            if (s[k] != ' ') return s[k];
        return '\0';
    }
}
