using System.Globalization;
using GazettePress.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GazettePress.Content.Loading;

/// <summary>
/// Typed, diagnosing access to one YAML mapping. Unknown keys are reported (with a did-you-mean hint)
/// when the map is opened; each accessor reports a missing or malformed value and returns null,
/// so the caller can carry on and every problem is reported in one run.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly YamlSource _source;
    private readonly string _path;
    private readonly LocalizedText _where;
    private readonly Dictionary<string, SourceLocation> _locations;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, YamlSource source, string path, LocalizedText where,
        IReadOnlyCollection<string> knownKeys, Dictionary<string, SourceLocation> locations)
    {
        _node = node;
        _source = source;
        _path = path;
        _where = where;
        _locations = locations;
        var written = node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode key || key.Value is null)
            {
                source.Add(ContentMessages.MalformedValue, source.At(keyNode), ("problem", ContentMessages.KeyNotText.With()),
                    ("fix", ContentMessages.KnownKeys.With(("keys", string.Join(", ", knownKeys)))));
                continue;
            }
            if (!knownKeys.Contains(key.Value))
            {
                // Never suggest a key that is written here already: the editor meant another one.
                var suggestion = KeySuggester.Suggest(key.Value, knownKeys.Where(k => !written.Contains(k)).ToArray());
                if (suggestion is not null)
                {
                    _suggested.Add(suggestion);
                }
                source.Add(ContentMessages.UnknownKey, source.At(key), ("key", key.Value), ("where", where),
                    ("fix", suggestion is not null
                        ? ContentMessages.DidYouMean.With(("name", suggestion))
                        : ContentMessages.KnownKeys.With(("keys", string.Join(", ", knownKeys.Where(k => !written.Contains(k)))))));
                continue;
            }
            _entries[key.Value] = (key, value);
        }
    }

    /// <summary>Opens a node as a mapping; reports and returns null when it is something else.</summary>
    public static YamlMap? Open(YamlNode node, YamlSource source, string path, LocalizedText where,
        IReadOnlyCollection<string> knownKeys, Dictionary<string, SourceLocation> locations)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, source, path, where, knownKeys, locations);
        }
        source.Add(ContentMessages.MalformedValue, source.At(node), ("problem", ContentMessages.NotMapping.With(("where", where))),
            ("fix", ContentMessages.FixMapping.With(("key", LastKey(path)), ("keys", string.Join(", ", knownKeys)))));
        return null;
    }

    /// <summary>Where the keys of a mapping at <paramref name="path"/> are written, for messages.</summary>
    public static LocalizedText WhereOf(string path) =>
        path.Length == 0 ? ContentMessages.WhereIssue.With()
        : path.EndsWith(']') && path.LastIndexOf('[') is var open and > 0
            ? ContentMessages.WhereItem.With(("key", path[..open]), ("n", int.Parse(path[(open + 1)..^1], CultureInfo.InvariantCulture) + 1))
            : ContentMessages.WhereUnder.With(("key", path));

    private static string LastKey(string path)
    {
        var dot = path.LastIndexOf('.');
        var key = dot < 0 ? path : path[(dot + 1)..];
        var bracket = key.IndexOf('[');
        return bracket < 0 ? key : key[..bracket];
    }

    public SourceLocation Location => _source.At(_node);

    public YamlSource Source => _source;

    public LocalizedText Where => _where;

    public bool Has(string key) => _entries.TryGetValue(key, out var entry) && !IsNull(entry.Value);

    public SourceLocation LocationOf(string key) =>
        _entries.TryGetValue(key, out var entry) ? _source.At(entry.Value) : Location;

    public string PathOf(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    /// <summary>
    /// The value node of a key, reporting it as missing when required. <paramref name="example"/> is the
    /// line to add, e.g. <c>year: 2025</c>.
    /// </summary>
    public YamlNode? Node(string key, bool required, string? example = null)
    {
        if (_entries.TryGetValue(key, out var entry) && !IsNull(entry.Value))
        {
            _locations[PathOf(key)] = _source.At(entry.Value);
            return entry.Value;
        }
        // A misspelt required key was already reported as unknown with this key as the suggestion.
        if (required && !(_suggested.Contains(key) && !_entries.ContainsKey(key)))
        {
            var where = _entries.TryGetValue(key, out var empty) ? _source.At(empty.Key) : Location;
            var problem = (_entries.ContainsKey(key) ? ContentMessages.MissingValue : ContentMessages.MissingKey).With(("key", key), ("where", _where));
            _source.Add(ContentMessages.MissingField, where, ("problem", problem),
                ("fix", ContentMessages.FixAddLine.With(("example", example ?? key + ": …"))));
        }
        return null;
    }

    public string? String(string key, bool required, string? example = null) =>
        Node(key, required, example) is { } node ? AsString(node, PathOf(key)) : null;

    public int? Int(string key, bool required, int minimum, string? example = null)
    {
        if (Node(key, required, example) is not { } node || AsString(node, PathOf(key)) is not { } text)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }
        _source.Add(ContentMessages.MalformedValue, _source.At(node),
            ("problem", ContentMessages.NotNumber.With(("key", key), ("minimum", minimum), ("value", text))),
            ("fix", ContentMessages.FixDigits.With(("key", key), ("example", AsciiDigits(text) is { } digits && int.TryParse(digits, out var d) && d >= minimum ? digits : Math.Max(minimum, 1).ToString(CultureInfo.InvariantCulture)))));
        return null;
    }

    /// <summary>Full-width digits (２０２５) as ASCII, or null when the text has other characters.</summary>
    private static string? AsciiDigits(string text)
    {
        var chars = text.Trim().Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).ToArray();
        return chars.Length > 0 && chars.All(char.IsAsciiDigit) ? new string(chars) : null;
    }

    public double? Number(string key, bool required)
    {
        if (Node(key, required) is not { } node || AsString(node, PathOf(key)) is not { } text)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value))
        {
            return value;
        }
        _source.Add(ContentMessages.MalformedValue, _source.At(node),
            ("problem", ContentMessages.NotPositive.With(("key", key), ("value", text))), ("fix", ContentMessages.FixPositive.With(("key", key))));
        return null;
    }

    public bool? Bool(string key, bool required)
    {
        if (Node(key, required) is not { } node || AsString(node, PathOf(key)) is not { } text)
        {
            return null;
        }
        switch (text)
        {
            case "true" or "True" or "TRUE" or "yes": return true;
            case "false" or "False" or "FALSE" or "no": return false;
        }
        _source.Add(ContentMessages.MalformedValue, _source.At(node),
            ("problem", ContentMessages.NotBool.With(("key", key), ("value", text))), ("fix", ContentMessages.FixBool.With(("key", key))));
        return null;
    }

    public DateOnly? Date(string key, bool required, string? example = null)
    {
        if (Node(key, required, example) is not { } node || AsString(node, PathOf(key)) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Safety.DateRange.Check(date, text, _source.At(node), _source.Diagnostics) ? date : null;
        }
        _source.Add(ContentMessages.BadDate, _source.At(node), ("key", key), ("value", text), ("fix", DateFixes.For(key, text)));
        return null;
    }

    public YamlMap? Map(string key, bool required, IReadOnlyCollection<string> knownKeys, string? example = null)
    {
        return Node(key, required, example) is { } node
            ? Open(node, _source, PathOf(key), WhereOf(PathOf(key)), knownKeys, _locations)
            : null;
    }

    /// <summary>A sequence value; a single scalar is accepted as a one-item list when <paramref name="scalarAsList"/>.</summary>
    public IReadOnlyList<YamlNode>? Sequence(string key, bool required, bool scalarAsList = false, string? example = null)
    {
        switch (Node(key, required, example))
        {
            case null:
                return null;
            case YamlSequenceNode sequence:
                return sequence.Children.ToArray();
            case YamlScalarNode scalar when scalarAsList:
                if (WrappedLines(scalar) is { } lines)
                {
                    // Lines meant as items but written without '- ' were folded into one line by YAML.
                    _source.Add(ContentMessages.ListWithoutDashes, _source.At(scalar), ("key", key), ("text", scalar.Value ?? ""),
                        ("example", string.Join("  ", lines.Select(l => "- " + l.TrimStart('-', ' ')))));
                    return null;
                }
                return new YamlNode[] { scalar };
            case var other:
                _source.Add(ContentMessages.MalformedValue, _source.At(other), ("problem", ContentMessages.NotList.With(("key", key))),
                    ("fix", ContentMessages.FixList.With(("key", key))));
                return null;
        }
    }

    /// <summary>The source lines of a plain scalar written over several lines, or null for a one-line value.</summary>
    private string[]? WrappedLines(YamlScalarNode scalar)
    {
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || scalar.Start.Line == scalar.End.Line || scalar.Value is null)
        {
            return null;
        }
        var lines = _source.Text.Split('\n');
        var first = (int)scalar.Start.Line - 1;
        var last = Math.Min((int)scalar.End.Line - (scalar.End.Column <= 1 ? 2 : 1), lines.Length - 1);
        if (last <= first)
        {
            return null;
        }
        var result = new List<string> { lines[first][Math.Min((int)scalar.Start.Column - 1, lines[first].Length)..].Trim() };
        for (var i = first + 1; i <= last; i++) result.Add(lines[i].Trim());
        return result.Where(l => l.Length > 0).ToArray();
    }

    /// <summary>A list of plain text items, e.g. title lines or section document ids.</summary>
    public IReadOnlyList<(string Text, YamlNode Node)>? StringList(string key, bool required, bool scalarAsList = false, string? example = null)
    {
        if (Sequence(key, required, scalarAsList, example) is not { } items)
        {
            return null;
        }
        var result = new List<(string, YamlNode)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (AsString(items[i], $"{PathOf(key)}[{i}]") is { } text)
            {
                result.Add((text, items[i]));
            }
        }
        return result;
    }

    /// <summary>An ordered list of <c>{ label: …, value: … }</c> pairs.</summary>
    public IReadOnlyList<LabeledValue> Pairs(string key, bool required)
    {
        if (Sequence(key, required) is not { } items)
        {
            return Array.Empty<LabeledValue>();
        }
        var result = new List<LabeledValue>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{PathOf(key)}[{i}]";
            var item = Open(items[i], _source, path, WhereOf(path), PairKeys, _locations);
            var label = item?.String("label", true, "{ label: 电话, value: \"(0356)2198496\" }");
            var value = item?.String("value", true, "{ label: 电话, value: \"(0356)2198496\" }");
            if (label is not null && value is not null)
            {
                result.Add(new LabeledValue(label, value));
            }
        }
        return result;
    }

    private static readonly string[] PairKeys = { "label", "value" };

    /// <summary>The text of a scalar; reports lists and mappings where text was expected.</summary>
    public string? AsString(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } value } scalar)
        {
            _locations[path] = _source.At(node);
            WarnAboutWideQuotes(scalar, path);
            return scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded ? value.TrimEnd('\n') : value;
        }
        var key = LastKey(path);
        _source.Add(ContentMessages.MalformedValue, _source.At(node),
            ("problem", ContentMessages.NotText.With(("key", key), ("shape", (node is YamlSequenceNode ? ContentMessages.ShapeList : ContentMessages.ShapeMapping).With()))),
            ("fix", ContentMessages.FixText.With(("key", key))));
        return null;
    }

    /// <summary>“2043136” meant as YAML quotes: full-width quotes around a value with no Chinese in it would be printed.</summary>
    private void WarnAboutWideQuotes(YamlScalarNode scalar, string path)
    {
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || scalar.Value is not { Length: >= 3 } value
            || value[0] != '“' || value[^1] != '”' || value[1..^1].Any(c => c is '“' or '”' || c > 0x2E7F))
        {
            return;
        }
        var key = LastKey(path);
        _source.Add(ContentMessages.FullWidthQuotes, _source.At(scalar), ("key", key),
            ("fixed", (path.EndsWith(']') ? "- " : key + ": ") + YamlSyntaxErrors.Quote(value[1..^1])));
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && (scalar.Value is null || scalar.Value.Length == 0 || scalar.Value is "~" or "null" or "Null" or "NULL");
}
