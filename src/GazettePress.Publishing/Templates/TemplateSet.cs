using System.Text;
using GazettePress.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GazettePress.Publishing.Templates;

/// <summary>
/// A templates/ folder: Scriban templates that render the issue to restricted XHTML, and the print
/// style file. Each literal template line is prefixed with a <c>&lt;!--@src file:line--&gt;</c>
/// marker so the composer can name the template line of anything it does not understand.
/// </summary>
public sealed class TemplateSet
{
    public const string MainTemplate = "issue.xhtml.sbn";
    public const string StyleFile = "print.css";
    public const string MarkerPrefix = "@src ";

    private readonly string _directory;
    private readonly Dictionary<string, string> _preprocessed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template?> _parsed = new(StringComparer.Ordinal);

    public StyleSheet Style { get; }

    private bool _hasSyntaxErrors;

    /// <summary>The name of an included template that was not found, when that is why rendering stopped.</summary>
    private string? _missingInclude;

    private TemplateSet(string directory, StyleSheet style)
    {
        _directory = directory;
        Style = style;
    }

    /// <summary>Display form of a template path in diagnostics: templates/name.</summary>
    public string DisplayPath(string fileName) => Path.Combine(Path.GetFileName(_directory.TrimEnd('/', '\\')), fileName).Replace('\\', '/');

    public static TemplateSet? Load(string directory, DiagnosticBag diagnostics)
    {
        var stylePath = Path.Combine(directory, StyleFile);
        var mainPath = Path.Combine(directory, MainTemplate);
        var dirName = Path.GetFileName(directory.TrimEnd('/', '\\'));
        var ok = true;
        foreach (var required in new[] { stylePath, mainPath })
        {
            if (!File.Exists(required))
            {
                diagnostics.Add(TemplateMessages.TemplateMissing, new SourceLocation(directory), ("file", Path.GetFileName(required)), ("directory", directory));
                ok = false;
            }
        }
        if (!ok) return null;
        var style = StyleSheet.Parse(File.ReadAllText(stylePath), $"{dirName}/{StyleFile}", diagnostics);
        var set = new TemplateSet(directory, style);
        // Check every template's syntax up front so all problems are reported at once.
        foreach (var file in Directory.GetFiles(directory, "*.sbn").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            if (set.Parse(file!, diagnostics) is null) set._hasSyntaxErrors = true;
        return set;
    }

    /// <summary>Renders the whole issue; null when a template failed (diagnostics say where).</summary>
    public string? Render(IssueModel issue, DiagnosticBag diagnostics)
    {
        _missingInclude = null;
        var main = Parse(MainTemplate, diagnostics);
        if (main is null || _hasSyntaxErrors) return null;
        var globals = issue.ToGlobals();
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new Loader(this, diagnostics),
            LoopLimit = 100_000,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        TemplateOutputLimit.Apply(context);
        context.PushGlobal(globals);
        try
        {
            return main.Render(context);
        }
        catch (ScriptRuntimeException ex) when (TemplateOutputLimit.Report(ex, context, issue, diagnostics))
        {
            return null;
        }
        catch (ScriptRuntimeException ex)
        {
            if (_missingInclude is { } name)
                diagnostics.Add(TemplateMessages.IncludeMissing, Locate(ex.Span), ("name", name));
            else
                diagnostics.Add(TemplateMessages.TemplateRuntime, Locate(ex.Span), ("detail", ex.OriginalMessage));
            return null;
        }
    }

    private Template? Parse(string fileName, DiagnosticBag diagnostics)
    {
        if (_parsed.TryGetValue(fileName, out var cached)) return cached; // null when it had errors
        var text = Preprocessed(fileName);
        if (text is null) return null;
        var template = Template.Parse(text, DisplayPath(fileName));
        if (template.HasErrors)
        {
            foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Add(TemplateMessages.TemplateSyntax, Locate(m.Span), ("detail", m.Message));
            _parsed[fileName] = null;
            return null;
        }
        _parsed[fileName] = template;
        return template;
    }

    private string? Preprocessed(string fileName)
    {
        if (_preprocessed.TryGetValue(fileName, out var text)) return text;
        var path = Path.Combine(_directory, fileName);
        if (!File.Exists(path)) return null;
        text = InsertLineMarkers(File.ReadAllText(path), DisplayPath(fileName));
        _preprocessed[fileName] = text;
        return text;
    }

    private SourceLocation Locate(SourceSpan span)
    {
        var file = span.FileName ?? "";
        var line = span.Start.Line + 1;
        var column = span.Start.Column + 1;
        // The line marker we inserted shifts columns on marked lines.
        var markerLength = MarkerFor(file, line).Length;
        if (_preprocessed.Values.Any(t => t.Contains(MarkerFor(file, line), StringComparison.Ordinal)) && column > markerLength)
            column -= markerLength;
        return new SourceLocation(file, line, column);
    }

    private static string MarkerFor(string file, int line) => $"<!--{MarkerPrefix}{file}:{line}-->";

    /// <summary>
    /// Prefixes each line that starts in literal text (not inside {{ }} and not inside a tag) with a
    /// source marker comment. Line numbers stay the same; only columns on marked lines shift.
    /// </summary>
    public static string InsertLineMarkers(string text, string displayPath)
    {
        var sb = new StringBuilder(text.Length + text.Length / 4);
        var inCode = false;
        var inTag = false;
        var line = 1;
        sb.Append(MarkerFor(displayPath, 1));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!inCode && c == '{' && i + 1 < text.Length && text[i + 1] == '{') { inCode = true; sb.Append("{{"); i++; continue; }
            if (inCode && c == '}' && i + 1 < text.Length && text[i + 1] == '}') { inCode = false; sb.Append("}}"); i++; continue; }
            if (!inCode)
            {
                if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/' )) inTag = true;
                else if (c == '>' && inTag) inTag = false;
            }
            sb.Append(c);
            if (c == '\n')
            {
                line++;
                if (!inCode && !inTag) sb.Append(MarkerFor(displayPath, line));
            }
        }
        return sb.ToString();
    }

    private sealed class Loader(TemplateSet set, DiagnosticBag diagnostics) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (templateName.Contains("..") || Path.IsPathRooted(templateName) || !File.Exists(Path.Combine(set._directory, templateName)))
            {
                set._missingInclude = templateName;
                throw new ScriptRuntimeException(callerSpan, $"included template '{templateName}' not found in the templates folder");
            }
            return set.DisplayPath(templateName);
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            var name = Path.GetFileName(templatePath);
            var text = set.Preprocessed(name);
            if (text is null)
            {
                set._missingInclude = name;
                throw new ScriptRuntimeException(callerSpan, $"included template '{name}' could not be read");
            }
            _ = diagnostics; // syntax was checked when the set was loaded
            return text;
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
