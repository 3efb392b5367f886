using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Templates;

/// <summary>
/// The properties the style file understands, with their value checks. Anything else is reported
/// with a did-you-mean hint instead of being ignored silently.
/// </summary>
public static class StyleProperties
{
    private enum Kind { Length, LengthOrFactor, Color, Keyword, Integer, QuotedOrNone, Size, Margin, Border, Name }

    private sealed record Spec(Kind Kind, string[]? Keywords = null);

    private static readonly string[] Fonts = ["song", "hei", "kai", "fangsong"];

    private static readonly Dictionary<string, Spec> ElementProperties = new(StringComparer.Ordinal)
    {
        ["font-family"] = new(Kind.Keyword, Fonts),
        ["font-weight"] = new(Kind.Keyword, ["normal", "bold"]),
        ["font-size"] = new(Kind.Length),
        ["line-height"] = new(Kind.LengthOrFactor),
        ["color"] = new(Kind.Color),
        ["text-align"] = new(Kind.Keyword, ["justify", "left", "center", "right"]),
        ["text-indent"] = new(Kind.Length),
        ["letter-spacing"] = new(Kind.Length),
        ["margin-top"] = new(Kind.LengthOrFactor),
        ["margin-bottom"] = new(Kind.LengthOrFactor),
        ["margin-left"] = new(Kind.Length),
        ["margin-right"] = new(Kind.Length),
        ["break-before"] = new(Kind.Keyword, ["auto", "page", "right", "column", "avoid"]),
        ["break-after"] = new(Kind.Keyword, ["auto", "avoid"]),
        ["break-inside"] = new(Kind.Keyword, ["auto", "avoid"]),
        ["widows"] = new(Kind.Integer),
        ["orphans"] = new(Kind.Integer),
        ["column-span"] = new(Kind.Keyword, ["none", "all"]),
        ["columns"] = new(Kind.Integer),
        ["column-gap"] = new(Kind.Length),
        ["column-fill"] = new(Kind.Keyword, ["balance", "auto"]),
        ["page"] = new(Kind.Name),
        ["width"] = new(Kind.Length),
        ["height"] = new(Kind.Length),
        ["border-top"] = new(Kind.Border),
        ["border-bottom"] = new(Kind.Border),
        ["vertical-align"] = new(Kind.Keyword, ["baseline", "super", "sub"]),
        ["leader"] = new(Kind.Keyword, ["none", "dots"]),
        ["display"] = new(Kind.Keyword, ["block", "none"]),
        ["vertical-position"] = new(Kind.Keyword, ["top", "bottom"]),
        ["float"] = new(Kind.Keyword, ["none", "right"]),
        ["hanging-indent"] = new(Kind.Keyword, ["none", "label"]),
        ["word-break"] = new(Kind.Keyword, ["normal", "auto-phrase"]),
        ["label-width"] = new(Kind.Length),
        ["text-wrap"] = new(Kind.Keyword, ["wrap", "balance", "pretty"]),
    };

    private static readonly Dictionary<string, Spec> PageProperties = new(StringComparer.Ordinal)
    {
        ["size"] = new(Kind.Size),
        ["margin"] = new(Kind.Margin),
        ["margin-top"] = new(Kind.Length),
        ["margin-bottom"] = new(Kind.Length),
        ["margin-inside"] = new(Kind.Length),
        ["margin-outside"] = new(Kind.Length),
        ["mirror-margins"] = new(Kind.Keyword, ["yes", "no"]),
        ["page-numbering"] = new(Kind.Keyword, ["count", "skip"]),
        ["running-head"] = new(Kind.QuotedOrNone),
        ["running-head-position"] = new(Kind.Keyword, ["outside", "center", "inside"]),
        ["running-head-font"] = new(Kind.Keyword, Fonts),
        ["running-head-size"] = new(Kind.Length),
        ["running-head-color"] = new(Kind.Color),
        ["running-head-rule"] = new(Kind.Length),
        ["running-head-baseline"] = new(Kind.Length),
        ["folio"] = new(Kind.QuotedOrNone),
        ["folio-position"] = new(Kind.Keyword, ["outside", "center", "inside"]),
        ["folio-font"] = new(Kind.Keyword, Fonts),
        ["folio-size"] = new(Kind.Length),
        ["folio-baseline"] = new(Kind.Length),
    };

    public static IReadOnlyCollection<string> ElementPropertyNames => ElementProperties.Keys;
    public static IReadOnlyCollection<string> PagePropertyNames => PageProperties.Keys;

    public static void ValidateElement(StyleDeclaration d, DiagnosticBag bag) => Validate(d, ElementProperties, TemplateMessages.WhereElement, bag);
    public static void ValidatePage(StyleDeclaration d, DiagnosticBag bag) => Validate(d, PageProperties, TemplateMessages.WherePage, bag);

    private static void Validate(StyleDeclaration d, Dictionary<string, Spec> known, TextId where, DiagnosticBag bag)
    {
        if (!known.TryGetValue(d.Property, out var spec))
        {
            var near = DidYouMean(d.Property, known.Keys);
            bag.Add(TemplateMessages.StyleProperty, d.Location, ("where", where.With()), ("property", d.Property),
                ("fix", near is null
                    ? TemplateMessages.KnownProperties.With(("names", string.Join(", ", known.Keys.Order(StringComparer.Ordinal))))
                    : TemplateMessages.DidYouMean.With(("name", near))));
            return;
        }
        if (Check(spec, d.Value) is { } problem)
            bag.Add(TemplateMessages.StyleValue, d.Location, ("property", d.Property), ("value", d.Value), ("fix", problem));
    }

    private static LocalizedText? Check(Spec spec, string value)
    {
        switch (spec.Kind)
        {
            case Kind.Length:
                return StyleValues.TryParseLength(value, out _) ? null : TemplateMessages.ValueLength.With();
            case Kind.LengthOrFactor:
                return StyleValues.TryParseLength(value, out _, allowUnitless: true) ? null : TemplateMessages.ValueLengthOrFactor.With();
            case Kind.Color:
                return StyleValues.TryParseColor(value, out _) ? null : TemplateMessages.ValueColor.With();
            case Kind.Keyword:
                return spec.Keywords!.Contains(value) ? null : TemplateMessages.ValueKeyword.With(("keywords", string.Join(", ", spec.Keywords!)));
            case Kind.Integer:
                return int.TryParse(value, out var n) && n >= 0 ? null : TemplateMessages.ValueInteger.With();
            case Kind.QuotedOrNone:
                return value == "none" || StyleValues.TryParseString(value, out _) ? null : TemplateMessages.ValueQuoted.With();
            case Kind.Name:
                return value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? null : TemplateMessages.ValueName.With();
            case Kind.Size:
                if (value is "A4" or "A5" or "B5") return null;
                var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return parts.Length == 2 && parts.All(p => StyleValues.TryParseLength(p, out var l) && l.Unit != LengthUnit.Em)
                    ? null : TemplateMessages.ValueSize.With();
            case Kind.Margin:
                var m = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return m.Length is 1 or 2 or 4 && m.All(p => StyleValues.TryParseLength(p, out _))
                    ? null : TemplateMessages.ValueMargin.With();
            case Kind.Border:
                return TryParseBorder(value, out _, out _) ? null : TemplateMessages.ValueBorder.With();
        }
        return null;
    }

    public static bool TryParseBorder(string value, out Length width, out uint color)
    {
        width = Length.Points(0);
        color = 0;
        if (value == "none") return true;
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "solid").ToArray();
        if (parts.Length is < 1 or > 2 || !StyleValues.TryParseLength(parts[0], out width)) return false;
        return parts.Length == 1 || StyleValues.TryParseColor(parts[1], out color);
    }

    /// <summary>The closest known name within two edits, for hints.</summary>
    public static string? DidYouMean(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var k in known.Order(StringComparer.Ordinal))
        {
            var d = EditDistance(name, k);
            if (d < bestDistance) { bestDistance = d; best = k; }
        }
        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}

/// <summary>The restricted XHTML the composer reads: these elements and nothing else.</summary>
public static class XhtmlVocabulary
{
    public static readonly IReadOnlySet<string> BlockElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "section", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "th", "td", "img", "figure", "figcaption", "hr",
    };

    public static readonly IReadOnlySet<string> InlineElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "strong", "em", "sup", "sub", "a", "span", "br",
    };

    public static readonly IReadOnlySet<string> Elements = BlockElements.Concat(InlineElements).ToHashSet(StringComparer.Ordinal);

    /// <summary>Classes with a meaning to the composer itself (not only to the style file).</summary>
    public static readonly IReadOnlySet<string> BuiltInClasses = new HashSet<string>(StringComparer.Ordinal)
    {
        "qr", "toc-page", "spacer",
    };
}
