using System.Text;
using System.Text.RegularExpressions;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>One slip of a Chinese keyboard where YAML needs ASCII, with where it is and the line as it should be.</summary>
internal sealed record YamlTypo(int Line, int Column, LocalizedText Problem, LocalizedText Fix, bool Repaired);

/// <summary>
/// Finds the slips a Chinese keyboard makes in YAML before the parser does, so the editor reads the
/// cause and the exact fix instead of the parser's words: a full-width colon after a key
/// (<c>addressee：</c>), a key without ': ', indentation with full-width spaces or tabs, a list item
/// started with a full-width dash. Unambiguous slips (the colons, the dash) are repaired in the text
/// handed to the parser, so that every other problem of the file is still found in the same run;
/// the slips themselves are errors, so nothing is built from a repaired file.
/// </summary>
internal static partial class YamlTypos
{
    /// <summary>Every key any issue.yaml or front matter mapping knows: a missing ': ' is only recognised after one of these.</summary>
    public static IReadOnlySet<string> KnownKeys { get; } = IssueFileReader.AllKeys.Concat(DocumentFileReader.AllKeys).ToHashSet(StringComparer.Ordinal);

    public static (string Text, IReadOnlyList<YamlTypo> Typos, ColumnShifts Shifts) Scan(string text)
    {
        var lines = text.Split('\n');
        var typos = new List<YamlTypo>();
        var shifts = new ColumnShifts();
        var blockIndent = -1; // inside a | or > block scalar: the indent of the key that opened it
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (blockIndent >= 0)
            {
                if (line.Trim().Length == 0 || indent > blockIndent) continue;
                blockIndent = -1;
            }
            var content = line.TrimStart(' ');
            if (content.StartsWith('#')) continue;
            var lineNumber = i + 1;

            var whitespace = line.Length - line.TrimStart(' ', '\t', '\u3000').Length;
            var tab = line.IndexOf('\t', 0, whitespace);
            var wide = line.IndexOf('\u3000', 0, whitespace);
            if (tab >= 0 || wide >= 0)
            {
                var at = tab >= 0 && (wide < 0 || tab < wide) ? tab : wide;
                typos.Add(new YamlTypo(lineNumber, at + 1,
                    (at == tab ? ContentMessages.YamlTabIndent : ContentMessages.YamlFullWidthIndent).With(),
                    ContentMessages.YamlFixSpaces.With(("what", at == tab ? ContentMessages.Tab.With() : ContentMessages.FullWidthSpace.With())),
                    Repaired: false));
                continue;
            }

            if (FullWidthDash().Match(line) is { Success: true } dash)
            {
                var fixedLine = dash.Groups["indent"].Value + "- " + dash.Groups["rest"].Value;
                typos.Add(new YamlTypo(lineNumber, dash.Groups["mark"].Index + 1,
                    ContentMessages.YamlFullWidthDash.With(("mark", dash.Groups["mark"].Value)),
                    ContentMessages.YamlFixReplaceLine.With(("fixed", fixedLine.Trim())), Repaired: true));
                shifts.Add(lineNumber, dash.Groups["mark"].Index + 1, fixedLine.Length - line.Length);
                lines[i] = line = fixedLine;
            }

            if (TightDash().Match(line) is { Success: true } tight && IsListItemPlace(lines, i, tight.Groups["indent"].Length))
            {
                var fixedLine = tight.Groups["indent"].Value + "- " + tight.Groups["rest"].Value;
                typos.Add(new YamlTypo(lineNumber, tight.Groups["indent"].Length + 1, ContentMessages.YamlDashWithoutSpace.With(),
                    ContentMessages.YamlFixReplaceLine.With(("fixed", fixedLine.Trim())), Repaired: true));
                shifts.Add(lineNumber, tight.Groups["indent"].Length + 2, 1);
                lines[i] = line = fixedLine;
            }

            var repaired = RepairColons(line, lineNumber, typos, shifts);
            if (repaired != line) lines[i] = line = repaired;

            if (BlockScalarStart().IsMatch(line)) blockIndent = indent;
        }
        return (string.Join('\n', lines), typos, shifts);
    }

    /// <summary>
    /// Where a list item belongs: a neighbouring line at the same indentation is a "- " item, or the
    /// line above is a key that opens a block (<c>attachments:</c>). Elsewhere "-x" may be text.
    /// </summary>
    private static bool IsListItemPlace(string[] lines, int index, int indent)
    {
        string? Neighbour(int step)
        {
            for (var j = index + step; j >= 0 && j < lines.Length; j += step)
                if (lines[j].Trim().Length > 0 && !lines[j].TrimStart().StartsWith('#')) return lines[j];
            return null;
        }
        bool IsItem(string? l) => l is not null && l.Length - l.TrimStart(' ').Length == indent && l.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal);
        var above = Neighbour(-1);
        return IsItem(above) || IsItem(Neighbour(1))
            || above is not null && above.TrimEnd().EndsWith(':') && above.Length - above.TrimStart(' ').Length <= indent;
    }

    /// <summary>Repairs <c>key：value</c>, <c>key:value</c> and <c>key value</c> (a known key without its colon).</summary>
    private static string RepairColons(string line, int lineNumber, List<YamlTypo> typos, ColumnShifts shifts)
    {
        // Keys start a line (after indentation and list dashes) or follow { or , in a flow mapping.
        var colons = KeyWithWideColon().Matches(line)
            .Where(m => m.Value[0] is not ('{' or ',') || line.IndexOf('{') is >= 0 and var brace && brace <= m.Index)
            .ToArray();
        var result = line;
        if (colons.Length > 0)
        {
            var sb = new StringBuilder();
            var at = 0;
            var deltas = new List<(int Column, int Delta)>();
            foreach (var match in colons)
            {
                var colon = match.Groups["colon"];
                var afterColon = colon.Index + colon.Length;
                var skipped = 0;
                while (afterColon + skipped < line.Length && line[afterColon + skipped] is ' ' or '\u3000') skipped++;
                sb.Append(line, at, colon.Index - at).Append(": ");
                at = afterColon + skipped;
                deltas.Add((colon.Index + 1, 2 - colon.Length - skipped));
            }
            sb.Append(line, at, line.Length - at);
            result = sb.ToString();
            foreach (var ((column, delta), match) in deltas.Zip(colons))
            {
                typos.Add(new YamlTypo(lineNumber, column, ContentMessages.YamlFullWidthColon.With(("key", match.Groups["key"].Value)),
                    ContentMessages.YamlFixReplaceLine.With(("fixed", result.Trim())), Repaired: true));
                shifts.Add(lineNumber, column, delta);
            }
        }
        if (result != line) return result;

        if (KnownKeyNoSpace().Match(line) is { Success: true } tight && KnownKeys.Contains(tight.Groups["key"].Value))
        {
            var key = tight.Groups["key"].Value;
            var colonAt = tight.Groups["key"].Index + key.Length;
            result = line[..(colonAt + 1)] + " " + line[(colonAt + 1)..];
            typos.Add(new YamlTypo(lineNumber, colonAt + 1, ContentMessages.YamlNoSpaceAfterColon.With(("key", key)),
                ContentMessages.YamlFixReplaceLine.With(("fixed", result.Trim())), Repaired: true));
            shifts.Add(lineNumber, colonAt + 2, 1);
            return result;
        }
        if (KnownKeyNoColon().Match(line) is { Success: true } bare && KnownKeys.Contains(bare.Groups["key"].Value) && !line.Contains(": ", StringComparison.Ordinal))
        {
            var key = bare.Groups["key"].Value;
            var keyEnd = bare.Groups["key"].Index + key.Length;
            var rest = line[keyEnd..].TrimStart(' ', '\u3000');
            result = line[..keyEnd] + ": " + rest;
            typos.Add(new YamlTypo(lineNumber, keyEnd + 1, ContentMessages.YamlMissingColon.With(("key", key)),
                ContentMessages.YamlFixReplaceLine.With(("fixed", result.Trim())), Repaired: true));
            shifts.Add(lineNumber, keyEnd + 1, result.Length - line.Length);
        }
        return result;
    }

    [GeneratedRegex(@"(?:^[ ]*(?:-[ ]+)*|[{,][ ]*)(?<key>[A-Za-z_][A-Za-z0-9_]*)[ ]*(?<colon>：)")]
    private static partial Regex KeyWithWideColon();

    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?<key>[A-Za-z_][A-Za-z0-9_]*):(?=[^\s/:])")]
    private static partial Regex KnownKeyNoSpace();

    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?<key>[A-Za-z_][A-Za-z0-9_]*)[ \u3000]+(?=[^\s:：#])")]
    private static partial Regex KnownKeyNoColon();

    [GeneratedRegex(@"^(?<indent>[ ]*)(?<mark>[－—–•·・])[ \u3000]+(?<rest>\S.*)$")]
    private static partial Regex FullWidthDash();

    [GeneratedRegex(@"^(?<indent>[ ]*)-(?<rest>[^\s\-0-9.].*)$")]
    private static partial Regex TightDash();

    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*[A-Za-z_][A-Za-z0-9_]*:[ ]*[|>][-+0-9]*[ ]*(?:#.*)?$")]
    private static partial Regex BlockScalarStart();
}

/// <summary>Column changes made by repairs, to map the parser's columns back to the file the editor wrote.</summary>
internal sealed class ColumnShifts
{
    private readonly List<(int Line, int Column, int Delta)> _shifts = new();

    /// <summary>From <paramref name="column"/> on (1-based, in the original line), the repaired line is <paramref name="delta"/> longer.</summary>
    public void Add(int line, int column, int delta)
    {
        if (delta != 0) _shifts.Add((line, column, delta));
    }

    /// <summary>The original column of a column in the repaired text.</summary>
    public int Original(int line, int column)
    {
        foreach (var (l, c, delta) in _shifts)
            if (l == line && column > c) column -= delta;
        return Math.Max(column, 1);
    }
}
