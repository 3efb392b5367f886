using GazettePress.Content.Safety;
using GazettePress.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GazettePress.Content.Loading;

/// <summary>
/// One YAML text (issue.yaml or a front matter block) with the file it came from and the line it
/// starts on, so that every node can be turned into a file:line:col location.
/// </summary>
internal sealed class YamlSource
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

    private ColumnShifts _shifts = new();

    public SourceLocation At(Mark mark) => new(File, (int)mark.Line + FirstLine - 1, _shifts.Original((int)mark.Line, (int)mark.Column));

    public SourceLocation At(YamlNode node) => At(node.Start);

    /// <summary>A 1-based line and column of <see cref="Text"/> as a file location.</summary>
    public SourceLocation At(int line, int column) => new(File, line + FirstLine - 1, column);

    public SourceLocation FileStart => new(File, FirstLine, 1);

    public void Add(DiagnosticId id, SourceLocation location, params MessageArgument[] arguments) =>
        Diagnostics.Add(Diagnostic.Create(id, location, arguments));

    /// <summary>
    /// Parses the text; reports every syntax slip and returns null when it is not YAML. Full-width
    /// colons and dashes are reported and repaired before parsing, so the rest is still checked.
    /// </summary>
    public YamlNode? Parse()
    {
        var (text, typos, shifts) = YamlTypos.Scan(Text);
        foreach (var typo in typos)
            Add(ContentMessages.YamlSyntax, At(typo.Line, typo.Column), ("problem", typo.Problem), ("fix", typo.Fix));
        if (typos.Any(t => !t.Repaired))
        {
            return null; // indentation with tabs or full-width spaces: the structure cannot be known
        }
        _shifts = shifts;
        var parser = new TrackingParser(new YamlGuard(new Parser(new StringReader(text))));
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
            if (ex.IsAlias && YamlSyntaxErrors.TextTakenForAlias(text, ex.Start) is { } typed)
            {
                Add(ContentMessages.YamlSyntax, At(typed.Line, shifts.Original(typed.Line, typed.Column)), ("problem", typed.Problem), ("fix", typed.Fix));
                return null;
            }
            Diagnostics.Add(SafetyMessages.ForYamlLimit(ex, At(ex.Start)));
            return null;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet fails with InvalidOperationException when the text ends inside a flow collection or quote.
            var error = YamlSyntaxErrors.Explain(text, ex, parser.LastStart, FirstLine);
            Add(ContentMessages.YamlSyntax, At(error.Line, shifts.Original(error.Line, error.Column)), ("problem", error.Problem), ("fix", error.Fix));
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
}
