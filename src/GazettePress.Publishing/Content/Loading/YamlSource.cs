using System.Text.RegularExpressions;
using GazettePress.Content.Safety;
using GazettePress.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GazettePress.Content.Loading;

/// <summary>
/// One YAML text (issue.yaml or a front matter block) with the file it came from and the line it
/// starts on, so that every node can be turned into a file:line:col location.
/// </summary>
internal sealed partial class YamlSource
{
    public YamlSource(string file, string text, int firstLine, DiagnosticBag diagnostics)
    {
        File = file;
        Text = text;
        FirstLine = firstLine;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public string Text { get; }

    /// <summary>The 1-based file line that holds the first line of <see cref="Text"/>.</summary>
    public int FirstLine { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Every scalar value read, for the character coverage check.</summary>
    public List<YamlScalarNode> Scalars { get; } = new();

    public SourceLocation At(Mark mark) => new(File, (int)mark.Line + FirstLine - 1, (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation FileStart => new(File, FirstLine, 1);

    public void Error(string code, string message, SourceLocation location, string? hint = null) =>
        Diagnostics.Add(Diagnostic.LegacyError(code, message, location, hint));

    /// <summary>Parses the text; reports a syntax error and returns null when it is not YAML.</summary>
    public YamlNode? Parse()
    {
        var parser = new TrackingParser(new YamlGuard(new Parser(new StringReader(Text))));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                return null;
            }
            CollectScalars(stream.Documents[0].RootNode);
            return stream.Documents[0].RootNode;
        }
        catch (YamlLimitException ex)
        {
            Diagnostics.Add(SafetyMessages.ForYamlLimit(ex, At(ex.Start)));
            return null;
        }
        catch (YamlException ex)
        {
            var message = CleanMessage(ex);
            var shown = DuplicateKey().Match(message) is { Success: true } duplicate ? $"the key '{duplicate.Groups[1].Value}' appears twice" : message;
            Error(ContentCodes.YamlSyntax, $"YAML syntax error: {shown}", At(WhereToShow(ex, parser)), HintFor(message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way when the text ends inside a flow collection or quote.
            Error(ContentCodes.YamlSyntax, "YAML syntax error: the text ends inside an unclosed '[', '{' or quote", At(parser.LastStart),
                "close the bracket or quote that was opened here, or write the list as lines starting with '- '");
            return null;
        }
    }

    /// <summary>Remembers where the last parsed event started, to locate errors the parser does not.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastStart { get; private set; } = Mark.Empty;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
            {
                LastStart = current.Start;
            }
            return moved;
        }
    }

    private Mark WhereToShow(YamlException ex, TrackingParser parser)
    {
        if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab() is { } tab)
        {
            return tab;
        }
        // Errors found only at the end of the text (an unclosed bracket) are shown where the last value began.
        var lines = Text.Split('\n').Length;
        return ex.Start.Line > lines || (ex.Start.Line == lines && Text.EndsWith('\n')) ? parser.LastStart : ex.Start;
    }

    private Mark? FirstIndentingTab()
    {
        var lines = Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new Mark(0, i + 1, tab + 1);
            }
        }
        return null;
    }

    private static string HintFor(string message)
    {
        if (DuplicateKey().Match(message) is { Success: true } duplicate)
        {
            return $"each key may appear once in a mapping: remove or merge the second '{duplicate.Groups[1].Value}'";
        }
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return "indent with spaces: YAML does not allow tabs for indentation";
        }
        return "check indentation (spaces only, no tabs), that every key is followed by ': ', and quote values that start with a special character such as [ { * & ! | > ' \" % @ `";
    }

    [GeneratedRegex(@"^Duplicate key (.+)$")]
    private static partial Regex DuplicateKey();

    private void CollectScalars(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                Scalars.Add(scalar);
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    CollectScalars(child);
                }
                break;
            case YamlMappingNode mapping:
                foreach (var child in mapping.Children)
                {
                    CollectScalars(child.Value);
                }
                break;
        }
    }

    private static string CleanMessage(YamlException ex)
    {
        var message = MarkPrefix().Replace(ex.Message, "").Trim();
        if (ex.InnerException is not null && ex.InnerException.Message.Length > 0)
        {
            message = $"{message} ({ex.InnerException.Message.Trim()})";
        }
        return message.Length == 0 ? "the text is not valid YAML" : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
