using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Templates;

/// <summary>One "property: value" as written, with where it was written.</summary>
public sealed record StyleDeclaration(string Property, string Value, SourceLocation Location);

/// <summary>One simple selector part: an element name (or null for any) and classes, e.g. <c>p.item.item-1</c>.</summary>
public sealed record CompoundSelector(string? Element, IReadOnlyList<string> Classes)
{
    public int Specificity => (Element is null ? 0 : 1) + 10 * Classes.Count;

    public bool Matches(string element, IReadOnlyList<string> classes) =>
        (Element is null || Element == element) && Classes.All(c => classes.Contains(c));

    public override string ToString() => (Element ?? (Classes.Count == 0 ? "*" : "")) + string.Concat(Classes.Select(c => "." + c));
}

/// <summary>A descendant selector: compound parts from outermost to the subject, e.g. <c>section.toc p</c>.</summary>
public sealed record Selector(IReadOnlyList<CompoundSelector> Parts)
{
    public int Specificity => Parts.Sum(p => p.Specificity);
    public CompoundSelector Subject => Parts[^1];
    public override string ToString() => string.Join(' ', Parts);
}

public sealed record StyleRule(IReadOnlyList<Selector> Selectors, IReadOnlyList<StyleDeclaration> Declarations, int Order);

/// <summary>An <c>@page</c> or <c>@page name</c> block.</summary>
public sealed record PageRule(string? Name, IReadOnlyList<StyleDeclaration> Declarations);

/// <summary>
/// The print style file: a small, documented subset of CSS (see docs/templates.md). Parsing never
/// throws; every problem is a diagnostic with the style file's line and column.
/// </summary>
public sealed class StyleSheet
{
    public required string Path { get; init; }
    public required IReadOnlyList<StyleRule> Rules { get; init; }
    public required IReadOnlyList<PageRule> PageRules { get; init; }

    /// <summary>Every class any selector names: a class used in the XHTML but not here is reported.</summary>
    public IReadOnlySet<string> KnownClasses =>
        _knownClasses ??= Rules.SelectMany(r => r.Selectors).SelectMany(s => s.Parts).SelectMany(p => p.Classes).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _knownClasses;

    public static StyleSheet Parse(string text, string path, DiagnosticBag diagnostics) =>
        new StyleSheetParser(text, path, diagnostics).Parse();
}

internal sealed class StyleSheetParser(string text, string path, DiagnosticBag diagnostics)
{
    private int _pos;
    private int _line = 1;
    private int _col = 1;

    public StyleSheet Parse()
    {
        var rules = new List<StyleRule>();
        var pages = new List<PageRule>();
        while (true)
        {
            SkipSpaceAndComments();
            if (_pos >= text.Length) break;
            var headLocation = Here();
            var head = ReadUntil('{', out var found).Trim();
            if (!found)
            {
                Syntax(TemplateMessages.ExpectedBlock.With(("head", Shorten(head))), TemplateMessages.FixBlock.With(), headLocation);
                break;
            }
            Advance(); // '{'
            var declarations = ReadDeclarations();
            if (head.StartsWith('@'))
            {
                var parts = head.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
                if (parts[0] != "@page" || parts.Length > 2)
                {
                    diagnostics.Add(TemplateMessages.StyleAtRule, headLocation, ("rule", Shorten(head)));
                    continue;
                }
                var name = parts.Length == 2 ? parts[1] : null;
                foreach (var d in declarations) StyleProperties.ValidatePage(d, diagnostics);
                pages.Add(new PageRule(name, declarations));
            }
            else
            {
                var selectors = new List<Selector>();
                foreach (var raw in head.Split(','))
                {
                    var selector = ParseSelector(raw.Trim(), headLocation);
                    if (selector is not null) selectors.Add(selector);
                }
                foreach (var d in declarations) StyleProperties.ValidateElement(d, diagnostics);
                if (selectors.Count > 0) rules.Add(new StyleRule(selectors, declarations, rules.Count));
            }
        }
        return new StyleSheet { Path = path, Rules = rules, PageRules = pages };
    }

    private Selector? ParseSelector(string raw, SourceLocation location)
    {
        if (raw.Length == 0)
        {
            diagnostics.Add(TemplateMessages.StyleSelector, location, ("problem", TemplateMessages.EmptySelector.With()), ("fix", TemplateMessages.FixStrayComma.With()));
            return null;
        }
        var parts = new List<CompoundSelector>();
        foreach (var token in raw.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = token.Split('.');
            var element = pieces[0] is "" or "*" ? null : pieces[0];
            var classes = pieces.Skip(1).ToArray();
            var bad = token.IndexOfAny(['>', '+', '~', '#', ':', '[', ']', '(', ')']) >= 0
                      || classes.Any(c => c.Length == 0)
                      || (element is not null && !XhtmlVocabulary.Elements.Contains(element));
            if (bad)
            {
                var fix = element is not null && !XhtmlVocabulary.Elements.Contains(element) && token.IndexOfAny(['>', '+', '~', '#', ':', '[']) < 0
                    ? TemplateMessages.FixSelectorElement.With(("element", element), ("known", string.Join(", ", XhtmlVocabulary.Elements.Order(StringComparer.Ordinal))))
                    : TemplateMessages.FixSelectorGeneral.With();
                diagnostics.Add(TemplateMessages.StyleSelector, location, ("problem", TemplateMessages.UnsupportedSelector.With(("selector", raw))), ("fix", fix));
                return null;
            }
            parts.Add(new CompoundSelector(element, classes));
        }
        return new Selector(parts);
    }

    private List<StyleDeclaration> ReadDeclarations()
    {
        var list = new List<StyleDeclaration>();
        while (true)
        {
            SkipSpaceAndComments();
            if (_pos >= text.Length)
            {
                Syntax(TemplateMessages.MissingClose.With(), TemplateMessages.FixClose.With(), Here());
                return list;
            }
            if (text[_pos] == '}') { Advance(); return list; }
            var location = Here();
            var decl = ReadDeclarationText();
            if (decl.Trim().Length == 0) continue;
            var colon = decl.IndexOf(':');
            if (colon <= 0)
            {
                Syntax(TemplateMessages.ExpectedDeclaration.With(("text", Shorten(decl.Trim()))), TemplateMessages.FixSeparate.With(), location);
                continue;
            }
            list.Add(new StyleDeclaration(decl[..colon].Trim().ToLowerInvariant(), decl[(colon + 1)..].Trim(), location));
        }
    }

    /// <summary>Reads up to ';' or '}' (not consuming '}'), respecting quoted strings and skipping comments.</summary>
    private string ReadDeclarationText()
    {
        var sb = new System.Text.StringBuilder();
        char quote = '\0';
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (quote != '\0')
            {
                sb.Append(c); Advance();
                if (c == quote) quote = '\0';
                continue;
            }
            if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '*') { SkipComment(); continue; }
            if (c == '"' || c == '\'') { quote = c; sb.Append(c); Advance(); continue; }
            if (c == ';') { Advance(); break; }
            if (c == '}') break;
            sb.Append(c); Advance();
        }
        return sb.ToString();
    }

    private string ReadUntil(char stop, out bool found)
    {
        var sb = new System.Text.StringBuilder();
        while (_pos < text.Length)
        {
            if (text[_pos] == '/' && _pos + 1 < text.Length && text[_pos + 1] == '*') { SkipComment(); continue; }
            if (text[_pos] == stop) { found = true; return sb.ToString(); }
            if (text[_pos] == '}') { Syntax(TemplateMessages.UnexpectedClose.With(), TemplateMessages.FixRemoveClose.With(), Here()); Advance(); continue; }
            sb.Append(text[_pos]);
            Advance();
        }
        found = false;
        return sb.ToString();
    }

    private void SkipSpaceAndComments()
    {
        while (_pos < text.Length)
        {
            if (char.IsWhiteSpace(text[_pos])) Advance();
            else if (text[_pos] == '/' && _pos + 1 < text.Length && text[_pos + 1] == '*') SkipComment();
            else break;
        }
    }

    private void SkipComment()
    {
        var start = Here();
        Advance(); Advance();
        while (_pos < text.Length && !(text[_pos] == '*' && _pos + 1 < text.Length && text[_pos + 1] == '/')) Advance();
        if (_pos >= text.Length) { Syntax(TemplateMessages.UnclosedComment.With(), TemplateMessages.FixComment.With(), start); return; }
        Advance(); Advance();
    }

    private void Advance()
    {
        if (text[_pos] == '\n') { _line++; _col = 1; } else _col++;
        _pos++;
    }

    private SourceLocation Here() => new(path, _line, _col);

    private void Syntax(LocalizedText problem, LocalizedText fix, SourceLocation location) =>
        diagnostics.Add(TemplateMessages.StyleSyntax, location, ("problem", problem), ("fix", fix));

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
