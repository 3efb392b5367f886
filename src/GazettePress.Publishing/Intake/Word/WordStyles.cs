using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GazettePress.Intake.Word;

/// <summary>
/// The styles of a Word file resolved through their basedOn chains: what a paragraph or run of a
/// given style looks like before its own direct formatting is applied.
/// </summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ParagraphFormat Paragraph, RunFormat Run, string? Name)> _paragraphCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunFormat> _characterCache = new(StringComparer.Ordinal);
    private readonly WordTheme _theme;
    private readonly string? _defaultParagraphStyle;
    private readonly string? _defaultTableStyle;

    public WordStyles(StyleDefinitionsPart? part, WordTheme theme)
    {
        _theme = theme;
        var styles = part?.Styles;
        if (styles is null)
        {
            DefaultRun = new RunFormat(SizePt: 10.5);
            return;
        }
        foreach (var style in styles.Elements<Style>())
            if (style.StyleId?.Value is { } id) _byId.TryAdd(id, style);
        var defaults = styles.DocDefaults;
        DefaultRun = new RunFormat(SizePt: 10.5).Then(RunFormat.Read(defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle, theme));
        DefaultParagraph = ParagraphFormat.Read(defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle);
        _defaultParagraphStyle = styles.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        _defaultTableStyle = styles.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Table && s.Default?.Value == true)?.StyleId?.Value;
    }

    public RunFormat DefaultRun { get; }

    public ParagraphFormat DefaultParagraph { get; } = ParagraphFormat.Empty;

    /// <summary>The paragraph and run formatting a paragraph style gives, and its name.</summary>
    public (ParagraphFormat Paragraph, RunFormat Run, string? Name) Paragraph(string? styleId)
    {
        styleId ??= _defaultParagraphStyle;
        if (styleId is null) return (DefaultParagraph, DefaultRun, null);
        if (_paragraphCache.TryGetValue(styleId, out var cached)) return cached;
        var paragraph = DefaultParagraph;
        var run = DefaultRun;
        foreach (var style in Chain(styleId))
        {
            paragraph = paragraph.Then(ParagraphFormat.Read(style.StyleParagraphProperties));
            run = run.Then(RunFormat.Read(style.StyleRunProperties, _theme));
        }
        var name = _byId.TryGetValue(styleId, out var own) ? own.StyleName?.Val?.Value ?? styleId : null;
        var result = (paragraph, run, name);
        _paragraphCache[styleId] = result;
        return result;
    }

    /// <summary>The run formatting of a character style (only what the style itself sets).</summary>
    public RunFormat Character(string? styleId)
    {
        if (styleId is null) return RunFormat.Empty;
        if (_characterCache.TryGetValue(styleId, out var cached)) return cached;
        var run = RunFormat.Empty;
        foreach (var style in Chain(styleId))
            run = run.Then(RunFormat.Read(style.StyleRunProperties, _theme));
        _characterCache[styleId] = run;
        return run;
    }

    /// <summary>Whether a table style draws borders.</summary>
    public bool TableStyleHasBorders(string? styleId)
    {
        styleId ??= _defaultTableStyle;
        if (styleId is null) return false;
        return Chain(styleId).Any(s => s.StyleTableProperties?.TableBorders is { } b && WordTables.Draws(b));
    }

    /// <summary>The style and its ancestors, outermost first.</summary>
    private List<Style> Chain(string styleId)
    {
        var chain = new List<Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Add(id) && _byId.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
            chain.Add(style);
        chain.Reverse();
        return chain;
    }
}
