using System.Reflection;
using System.Text;

namespace GazettePress.Diagnostics;

/// <summary>One diagnostic's catalogue entry.</summary>
public sealed record DiagnosticEntry(DiagnosticId Id, Severity Severity, Fixer Fixer,
    IReadOnlyDictionary<Language, string> Messages, IReadOnlyDictionary<Language, string> Hints, string Source)
{
    /// <summary>The argument names the message and hint use.</summary>
    public IReadOnlySet<string> Placeholders { get; } =
        MessageCatalogue.Placeholders(Messages[Language.Chinese] + Hints.GetValueOrDefault(Language.Chinese));

    /// <summary>Throws when the caller's arguments are not exactly the placeholders: that is a bug in the caller.</summary>
    public void CheckArguments(IReadOnlyList<MessageArgument> arguments)
    {
        var given = arguments.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        if (!given.SetEquals(Placeholders))
            throw new ArgumentException($"{Id} takes the arguments {{{string.Join(", ", Placeholders)}}}, not {{{string.Join(", ", given)}}}");
    }
}

/// <summary>
/// Every message GazettePress shows — diagnostics, hints, help, summaries — in Chinese and English,
/// read from the catalogue files (Catalogue/*.ini, embedded). One file per stage keeps parallel work
/// apart; together they are one catalogue: a key defined twice is an error.
/// <para>Format: <c>[GP1001]</c> starts a diagnostic (keys severity, who, zh, en, zh.hint, en.hint);
/// <c>[some.text.key]</c> starts a text (keys zh, en). Values are one line, or several between a line
/// <c>zh = """</c> and a line <c>"""</c>. <c>{name}</c> is a placeholder, <c>{{</c> and <c>}}</c> are
/// braces. Lines starting with # are comments.</para>
/// </summary>
public sealed class MessageCatalogue
{
    private static readonly Lazy<MessageCatalogue> Embedded = new(LoadEmbedded);

    private readonly Dictionary<DiagnosticId, DiagnosticEntry> _diagnostics = new();
    private readonly Dictionary<TextId, IReadOnlyDictionary<Language, string>> _texts = new();
    private readonly Dictionary<Language, DiagnosticLabels> _labels = new();

    /// <summary>The catalogue compiled into GazettePress.</summary>
    public static MessageCatalogue Default => Embedded.Value;

    public IReadOnlyCollection<DiagnosticEntry> Diagnostics => _diagnostics.Values;
    public IReadOnlyCollection<TextId> Texts => _texts.Keys;

    /// <summary>Problems found while reading the files (duplicate keys, missing languages, placeholders that differ).</summary>
    public IReadOnlyList<string> Problems { get; }

    private MessageCatalogue(IEnumerable<(string Name, string Text)> files)
    {
        var problems = new List<string>();
        foreach (var (name, text) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
            Read(name, text, problems);
        Problems = problems;
    }

    public static MessageCatalogue Parse(params (string Name, string Text)[] files) => new(files);

    public DiagnosticEntry Diagnostic(DiagnosticId id) =>
        _diagnostics.TryGetValue(id, out var entry) ? entry
        : throw new InvalidOperationException($"diagnostic {id} has no entry in the message catalogue (src/GazettePress.Diagnostics/Catalogue)");

    public bool Contains(DiagnosticId id) => _diagnostics.ContainsKey(id);
    public bool Contains(TextId id) => _texts.ContainsKey(id);

    public RenderedDiagnostic Render(Diagnostic diagnostic, Language language)
    {
        var entry = Diagnostic(diagnostic.Id);
        var hint = entry.Hints.TryGetValue(language, out var h) ? Fill(h, diagnostic.Arguments, language, entry.Id.Code) : null;
        return new RenderedDiagnostic(Fill(entry.Messages[language], diagnostic.Arguments, language, entry.Id.Code), hint);
    }

    /// <summary>A text's template as written in the catalogue, placeholders unfilled (for references generated from the catalogue).</summary>
    public string TextTemplate(TextId id, Language language) =>
        _texts.TryGetValue(id, out var texts) ? texts[language]
        : throw new InvalidOperationException($"text '{id}' has no entry in the message catalogue (src/GazettePress.Diagnostics/Catalogue)");

    public string RenderText(TextId id, IReadOnlyList<MessageArgument> arguments, Language language) =>
        _texts.TryGetValue(id, out var texts) ? Fill(texts[language], arguments, language, id.Key)
        : throw new InvalidOperationException($"text '{id}' has no entry in the message catalogue (src/GazettePress.Diagnostics/Catalogue)");

    /// <summary>The words around a diagnostic: error, warning, who fixes it.</summary>
    public DiagnosticLabels Labels(Language language)
    {
        lock (_labels)
        {
            if (_labels.TryGetValue(language, out var labels)) return labels;
            string T(string key) => RenderText(new TextId(key), [], language);
            labels = new DiagnosticLabels(T("label.error"), T("label.warning"),
                Enum.GetValues<Fixer>().ToDictionary(f => f, f => T("label.who." + f.ToString().ToLowerInvariant())));
            _labels[language] = labels;
            return labels;
        }
    }

    /// <summary>The placeholder names of a template, e.g. {"file", "line"}.</summary>
    public static IReadOnlySet<string> Placeholders(string template)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '{') { i++; continue; }
            if (template[i] != '{') continue;
            var end = template.IndexOf('}', i + 1);
            if (end < 0) break;
            names.Add(template[(i + 1)..end]);
            i = end;
        }
        return names;
    }

    private static string Fill(string template, IReadOnlyList<MessageArgument> arguments, Language language, string key)
    {
        if (template.IndexOf('{') < 0 && template.IndexOf('}') < 0) return template;
        var sb = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c) { sb.Append(c); i++; continue; }
            if (c != '{') { sb.Append(c); continue; }
            var end = template.IndexOf('}', i + 1);
            var name = end < 0 ? "" : template[(i + 1)..end];
            var found = false;
            foreach (var a in arguments)
            {
                if (a.Name != name) continue;
                sb.Append(a.Render(language));
                found = true;
                break;
            }
            if (!found)
                throw new InvalidOperationException($"message {key} needs the argument '{name}', which the caller did not give");
            i = end;
        }
        return sb.ToString();
    }

    private void Read(string file, string text, List<string> problems)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        string? section = null;
        var sectionLine = 0;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                Close();
                section = line[1..^1].Trim();
                sectionLine = i + 1;
                continue;
            }
            var eq = line.IndexOf('=');
            if (section is null || eq <= 0)
            {
                problems.Add($"{file}:{i + 1}: expected '[key]' or 'name = value'");
                continue;
            }
            var key = line[..eq].Trim();
            var value = line[(eq + 1)..].Trim();
            // A quoted one-line value keeps its edge spaces.
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"' && value != "\"\"\"") value = value[1..^1];
            if (value == "\"\"\"")
            {
                var block = new List<string>();
                for (i++; i < lines.Length && lines[i].Trim() != "\"\"\""; i++) block.Add(lines[i].TrimEnd());
                if (i >= lines.Length) problems.Add($"{file}:{sectionLine}: [{section}] {key}: the \"\"\" block is not closed");
                value = string.Join("\n", block);
            }
            if (!values.TryAdd(key, value)) problems.Add($"{file}:{i + 1}: [{section}] has '{key}' twice");
        }
        Close();

        void Close()
        {
            if (section is null) return;
            var where = $"{file}:{sectionLine}: [{section}]";
            var isDiagnostic = section.Length == 6 && section.StartsWith("GP", StringComparison.Ordinal) && section[2..].All(char.IsAsciiDigit);
            var allowed = isDiagnostic ? new[] { "severity", "who", "zh", "en", "zh.hint", "en.hint" } : new[] { "zh", "en" };
            foreach (var key in values.Keys.Where(k => !allowed.Contains(k)))
                problems.Add($"{where}: unknown key '{key}' (allowed: {string.Join(", ", allowed)})");
            if (!values.TryGetValue("zh", out var zh) || !values.TryGetValue("en", out var en))
                problems.Add($"{where}: needs both 'zh' and 'en'");
            else
            {
                var messages = new Dictionary<Language, string> { [Language.Chinese] = zh, [Language.English] = en };
                var hints = new Dictionary<Language, string>();
                var hasZhHint = values.TryGetValue("zh.hint", out var zhHint);
                var hasEnHint = values.TryGetValue("en.hint", out var enHint);
                if (hasZhHint != hasEnHint) problems.Add($"{where}: a hint must exist in both languages");
                if (hasZhHint && hasEnHint) { hints[Language.Chinese] = zhHint!; hints[Language.English] = enHint!; }
                var zhNames = Placeholders(zh + (zhHint ?? ""));
                var enNames = Placeholders(en + (enHint ?? ""));
                if (!zhNames.SetEquals(enNames))
                    problems.Add($"{where}: placeholders differ between zh ({string.Join(",", zhNames)}) and en ({string.Join(",", enNames)})");
                if (isDiagnostic)
                {
                    var id = new DiagnosticId(section);
                    var severity = values.GetValueOrDefault("severity") switch
                    {
                        "error" => Severity.Error,
                        "warning" => Severity.Warning,
                        _ => (Severity?)null,
                    };
                    Fixer? fixer = Enum.TryParse<Fixer>(values.GetValueOrDefault("who") ?? "", ignoreCase: true, out var f) ? f : null;
                    if (severity is null) problems.Add($"{where}: severity must be 'error' or 'warning'");
                    if (fixer is null) problems.Add($"{where}: who must be one of {string.Join(", ", Enum.GetNames<Fixer>().Select(n => n.ToLowerInvariant()))}");
                    if (severity is not null && fixer is not null &&
                        !_diagnostics.TryAdd(id, new DiagnosticEntry(id, severity.Value, fixer.Value, messages, hints, where)))
                        problems.Add($"{where}: {section} is already defined in {_diagnostics[id].Source}");
                }
                else if (!_texts.TryAdd(new TextId(section), messages))
                    problems.Add($"{where}: text '{section}' is defined twice");
            }
            values.Clear();
            section = null;
        }
    }

    private static MessageCatalogue LoadEmbedded()
    {
        var assembly = typeof(MessageCatalogue).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("catalogue/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add((name, reader.ReadToEnd()));
        }
        var catalogue = new MessageCatalogue(files);
        if (catalogue.Problems.Count > 0)
            throw new InvalidOperationException("the message catalogue is broken:\n" + string.Join("\n", catalogue.Problems));
        return catalogue;
    }
}

/// <summary>The fixed words of a diagnostic line in one language.</summary>
public sealed record DiagnosticLabels(string Error, string Warning, IReadOnlyDictionary<Fixer, string> Fixers);
