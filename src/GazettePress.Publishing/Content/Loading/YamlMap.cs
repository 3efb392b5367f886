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
    private readonly string _what;
    private readonly Dictionary<string, SourceLocation> _locations;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, YamlSource source, string path, string what,
        IReadOnlyCollection<string> knownKeys, Dictionary<string, SourceLocation> locations)
    {
        _node = node;
        _source = source;
        _path = path;
        _what = what;
        _locations = locations;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode key || key.Value is null)
            {
                source.Error(ContentCodes.MalformedValue, $"a key in {what} is not plain text", source.At(keyNode),
                    "keys are snake_case words followed by ': '");
                continue;
            }
            if (!knownKeys.Contains(key.Value))
            {
                var suggestion = KeySuggester.Suggest(key.Value, knownKeys);
                if (suggestion is not null)
                {
                    _suggested.Add(suggestion);
                }
                source.Error(ContentCodes.UnknownKey, $"unknown key '{key.Value}' in {what}", source.At(key),
                    suggestion is not null
                        ? $"did you mean '{suggestion}'?"
                        : $"known keys here: {string.Join(", ", knownKeys)}");
                continue;
            }
            _entries[key.Value] = (key, value);
        }
    }

    /// <summary>Opens a node as a mapping; reports and returns null when it is something else.</summary>
    public static YamlMap? Open(YamlNode node, YamlSource source, string path, string what,
        IReadOnlyCollection<string> knownKeys, Dictionary<string, SourceLocation> locations)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, source, path, what, knownKeys, locations);
        }
        source.Error(ContentCodes.MalformedValue, $"{what} must be a mapping of 'key: value' lines", source.At(node),
            $"write {what} as indented 'key: value' lines; known keys: {string.Join(", ", knownKeys)}");
        return null;
    }

    public SourceLocation Location => _source.At(_node);

    public YamlSource Source => _source;

    public string What => _what;

    public bool Has(string key) => _entries.TryGetValue(key, out var entry) && !IsNull(entry.Value);

    public SourceLocation LocationOf(string key) =>
        _entries.TryGetValue(key, out var entry) ? _source.At(entry.Value) : Location;

    public string PathOf(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    /// <summary>The value node of a key, reporting it as missing when required.</summary>
    public YamlNode? Node(string key, bool required, string? hint = null)
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
            var message = _entries.ContainsKey(key)
                ? $"key '{key}' in {_what} has no value"
                : $"{_what} is missing the required key '{key}'";
            _source.Error(ContentCodes.MissingField, message, where, hint ?? $"add '{key}: …' to {_what}");
        }
        return null;
    }

    public string? String(string key, bool required, string? hint = null) =>
        Node(key, required, hint) is { } node ? AsString(node, PathOf(key), hint) : null;

    public int? Int(string key, bool required, int minimum, string? hint = null)
    {
        if (Node(key, required, hint) is not { } node || AsString(node, PathOf(key), hint) is not { } text)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }
        _source.Error(ContentCodes.MalformedValue, $"'{key}' must be a whole number of at least {minimum}, not \"{text}\"",
            _source.At(node), hint ?? $"write digits only, e.g. {key}: {Math.Max(minimum, 1)}");
        return null;
    }

    public double? Number(string key, bool required, string? hint = null)
    {
        if (Node(key, required, hint) is not { } node || AsString(node, PathOf(key), hint) is not { } text)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value))
        {
            return value;
        }
        _source.Error(ContentCodes.MalformedValue, $"'{key}' must be a positive number, not \"{text}\"", _source.At(node),
            hint ?? $"write a number such as {key}: 20");
        return null;
    }

    public bool? Bool(string key, bool required)
    {
        if (Node(key, required) is not { } node || AsString(node, PathOf(key), null) is not { } text)
        {
            return null;
        }
        switch (text)
        {
            case "true" or "True" or "TRUE" or "yes": return true;
            case "false" or "False" or "FALSE" or "no": return false;
        }
        _source.Error(ContentCodes.MalformedValue, $"'{key}' must be true or false, not \"{text}\"", _source.At(node),
            $"write {key}: true or {key}: false");
        return null;
    }

    public DateOnly? Date(string key, bool required, string? hint = null)
    {
        if (Node(key, required, hint) is not { } node || AsString(node, PathOf(key), hint) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Safety.DateRange.Check(date, text, _source.At(node), _source.Diagnostics) ? date : null;
        }
        _source.Error(ContentCodes.BadDate, $"'{key}' is not a date: \"{text}\"", _source.At(node),
            "write the date as YYYY-MM-DD, e.g. 2025-12-28; it is printed as 2025年12月28日");
        return null;
    }

    public YamlMap? Map(string key, bool required, string what, IReadOnlyCollection<string> knownKeys)
    {
        return Node(key, required) is { } node
            ? Open(node, _source, PathOf(key), what, knownKeys, _locations)
            : null;
    }

    /// <summary>A sequence value; a single scalar is accepted as a one-item list when <paramref name="scalarAsList"/>.</summary>
    public IReadOnlyList<YamlNode>? Sequence(string key, bool required, bool scalarAsList = false, string? hint = null)
    {
        switch (Node(key, required, hint))
        {
            case null:
                return null;
            case YamlSequenceNode sequence:
                return sequence.Children.ToArray();
            case YamlScalarNode scalar when scalarAsList:
                return new YamlNode[] { scalar };
            case var other:
                _source.Error(ContentCodes.MalformedValue, $"'{key}' in {_what} must be a list", _source.At(other),
                    hint ?? $"write the items as lines starting with '- ' under '{key}:', or as [a, b]");
                return null;
        }
    }

    /// <summary>A list of plain text items, e.g. title lines or section document ids.</summary>
    public IReadOnlyList<(string Text, YamlNode Node)>? StringList(string key, bool required, bool scalarAsList = false, string? hint = null)
    {
        if (Sequence(key, required, scalarAsList, hint) is not { } items)
        {
            return null;
        }
        var result = new List<(string, YamlNode)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (AsString(items[i], $"{PathOf(key)}[{i}]", hint) is { } text)
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
            var item = Open(items[i], _source, $"{PathOf(key)}[{i}]", $"an entry of '{key}'", PairKeys, _locations);
            var label = item?.String("label", true, "write each entry as { label: 电话, value: (0356)2198496 }");
            var value = item?.String("value", true, "write each entry as { label: 电话, value: (0356)2198496 }");
            if (label is not null && value is not null)
            {
                result.Add(new LabeledValue(label, value));
            }
        }
        return result;
    }

    private static readonly string[] PairKeys = { "label", "value" };

    /// <summary>The text of a scalar; reports lists and mappings where text was expected.</summary>
    public string? AsString(YamlNode node, string path, string? hint)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            _locations[path] = _source.At(node);
            return node is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } ? value.TrimEnd('\n') : value;
        }
        _source.Error(ContentCodes.MalformedValue, $"'{path}' must be plain text, not a {(node is YamlSequenceNode ? "list" : "mapping")}",
            _source.At(node), hint ?? "write the value on the same line after 'key: '; quote it if it contains ': ' or starts with [ or {");
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && (scalar.Value is null || scalar.Value.Length == 0 || scalar.Value is "~" or "null" or "Null" or "NULL");
}
