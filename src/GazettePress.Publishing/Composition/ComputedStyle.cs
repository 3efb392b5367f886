using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

public enum TextAlign { Justify, Left, Center, Right }

public enum BreakBefore { Auto, Page, Right, Column, Avoid }

public enum TextWrap { Wrap, Balance, Pretty }

/// <summary>The resolved style of one element after the cascade; lengths in points.</summary>
public sealed record ComputedStyle
{
    // Inherited
    public string FontRole { get; init; } = "song";
    public bool Bold { get; init; }
    public double SizePt { get; init; } = 10.5;
    public double LeadingPt { get; init; } = 16;
    public uint Color { get; init; }
    public TextAlign Align { get; init; } = TextAlign.Justify;
    public Length TextIndent { get; init; } = Length.Points(0);
    public double LetterSpacingEm { get; init; }
    public int Widows { get; init; } = 2;
    public int Orphans { get; init; } = 2;
    /// <summary>word-break: auto-phrase — lines break only between words (titles, TOC entries).</summary>
    public bool KeepWords { get; init; }
    /// <summary>text-wrap: balance — lines of about equal length, no last line under three characters; pretty — only the latter.</summary>
    public TextWrap TextWrap { get; init; }

    // Not inherited
    public double MarginTopPt { get; init; }
    public double MarginBottomPt { get; init; }
    public double MarginLeftPt { get; init; }
    public double MarginRightPt { get; init; }
    public BreakBefore BreakBefore { get; init; }
    public bool KeepWithNext { get; init; }
    public bool KeepTogether { get; init; }
    public bool ColumnSpanAll { get; init; }
    public int Columns { get; init; } = 1;
    public double ColumnGapPt { get; init; } = 18;
    public bool BalanceColumns { get; init; } = true;
    public string? Page { get; init; }
    public double? WidthPt { get; init; }
    public double? HeightPt { get; init; }
    public double BorderTopPt { get; init; }
    public uint BorderTopColor { get; init; }
    public double BorderBottomPt { get; init; }
    public uint BorderBottomColor { get; init; }
    public int VerticalShift { get; init; } // 1 super, -1 sub
    public bool DotLeader { get; init; }
    public bool Hidden { get; init; }
    public bool AtPageBottom { get; init; }
    /// <summary>float: right — a figure set at the right of the block before it when that block still fits beside it.</summary>
    public bool FloatRight { get; init; }
    /// <summary>hanging-indent: label — wrapped lines start under the text after the paragraph's first inline element (附件：1.).</summary>
    public bool HangUnderLabel { get; init; }
    /// <summary>label-width — with hanging-indent: label, the label is padded to this width, so the values of a list of label–value lines start at one x.</summary>
    public double LabelWidthPt { get; init; }

    public double TextIndentPt => TextIndent.ToPoints(SizePt);

    /// <summary>What a child inherits: the inherited properties, the rest reset.</summary>
    public ComputedStyle Inherit() => new()
    {
        FontRole = FontRole, Bold = Bold, SizePt = SizePt, LeadingPt = LeadingPt, Color = Color, Align = Align,
        TextIndent = TextIndent, LetterSpacingEm = LetterSpacingEm, Widows = Widows, Orphans = Orphans, KeepWords = KeepWords, TextWrap = TextWrap,
    };
}

/// <summary>Applies the style file's rules to elements: specificity, then file order, as in CSS.</summary>
public sealed class StyleResolver(StyleSheet sheet)
{
    public StyleSheet Sheet => sheet;

    public static readonly ComputedStyle Root = new();

    /// <summary>Computes the style of <paramref name="element"/> whose ancestors (outermost first) are given.</summary>
    public ComputedStyle Compute(XElement element, IReadOnlyList<XElement> ancestors, ComputedStyle parent)
    {
        var style = parent.Inherit();
        // Built-in defaults for inline semantics, overridable by the style file.
        style = element.Name switch
        {
            "strong" => style with { Bold = true },
            "sup" => style with { VerticalShift = 1 },
            "sub" => style with { VerticalShift = -1 },
            _ => style,
        };
        var matches = new List<(int Specificity, int Order, StyleRule Rule)>();
        foreach (var rule in sheet.Rules)
        {
            var best = -1;
            foreach (var selector in rule.Selectors)
                if (Matches(selector, element, ancestors) && selector.Specificity > best) best = selector.Specificity;
            if (best >= 0) matches.Add((best, rule.Order, rule));
        }
        if (matches.Count == 0) return style;
        matches.Sort((a, b) => a.Specificity != b.Specificity ? a.Specificity.CompareTo(b.Specificity) : a.Order.CompareTo(b.Order));
        foreach (var (_, _, rule) in matches)
            foreach (var d in rule.Declarations)
                style = Apply(style, d, parent);
        return style;
    }

    private static bool Matches(Selector selector, XElement element, IReadOnlyList<XElement> ancestors)
    {
        var parts = selector.Parts;
        if (!parts[^1].Matches(element.Name, element.Classes)) return false;
        var a = ancestors.Count - 1;
        for (var p = parts.Count - 2; p >= 0; p--)
        {
            while (a >= 0 && !parts[p].Matches(ancestors[a].Name, ancestors[a].Classes)) a--;
            if (a < 0) return false;
            a--;
        }
        return true;
    }

    /// <summary>Applies one declaration; values were validated when the style file was parsed, bad ones are skipped.</summary>
    private static ComputedStyle Apply(ComputedStyle s, StyleDeclaration d, ComputedStyle parent)
    {
        var v = d.Value;
        Length len;
        switch (d.Property)
        {
            case "font-family": return s with { FontRole = v };
            case "font-weight": return s with { Bold = v == "bold" };
            case "font-size":
                if (!StyleValues.TryParseLength(v, out len)) return s;
                var size = len.ToPoints(parent.SizePt);
                // Keep the line spacing proportional when the size changes after line-height was set as a factor of it.
                return s with { SizePt = size, LeadingPt = s.LeadingPt * size / s.SizePt };
            case "line-height":
                if (!StyleValues.TryParseLength(v, out len, allowUnitless: true)) return s;
                return s with { LeadingPt = len.ToPoints(s.SizePt) };
            case "color": return StyleValues.TryParseColor(v, out var c) ? s with { Color = c } : s;
            case "text-align":
                return s with { Align = v switch { "left" => TextAlign.Left, "center" => TextAlign.Center, "right" => TextAlign.Right, _ => TextAlign.Justify } };
            case "text-indent": return StyleValues.TryParseLength(v, out len) ? s with { TextIndent = len } : s;
            case "letter-spacing":
                return StyleValues.TryParseLength(v, out len) ? s with { LetterSpacingEm = len.Unit == LengthUnit.Em ? len.Value : len.ToPoints(s.SizePt) / s.SizePt } : s;
            case "margin-top": return s with { MarginTopPt = Vertical(v, s) };
            case "margin-bottom": return s with { MarginBottomPt = Vertical(v, s) };
            case "margin-left": return StyleValues.TryParseLength(v, out len) ? s with { MarginLeftPt = len.ToPoints(s.SizePt) } : s;
            case "margin-right": return StyleValues.TryParseLength(v, out len) ? s with { MarginRightPt = len.ToPoints(s.SizePt) } : s;
            case "break-before":
                return s with { BreakBefore = v switch { "page" => BreakBefore.Page, "right" => BreakBefore.Right, "column" => BreakBefore.Column, "avoid" => BreakBefore.Avoid, _ => BreakBefore.Auto } };
            case "break-after": return s with { KeepWithNext = v == "avoid" };
            case "break-inside": return s with { KeepTogether = v == "avoid" };
            case "widows": return int.TryParse(v, out var w) ? s with { Widows = w } : s;
            case "orphans": return int.TryParse(v, out var o) ? s with { Orphans = o } : s;
            case "column-span": return s with { ColumnSpanAll = v == "all" };
            case "columns": return int.TryParse(v, out var n) && n >= 1 ? s with { Columns = n } : s;
            case "column-gap": return StyleValues.TryParseLength(v, out len) ? s with { ColumnGapPt = len.ToPoints(s.SizePt) } : s;
            case "column-fill": return s with { BalanceColumns = v == "balance" };
            case "page": return s with { Page = v };
            case "width": return StyleValues.TryParseLength(v, out len) ? s with { WidthPt = len.ToPoints(s.SizePt) } : s;
            case "height": return StyleValues.TryParseLength(v, out len) ? s with { HeightPt = len.ToPoints(s.SizePt) } : s;
            case "border-top":
                return StyleProperties.TryParseBorder(v, out len, out var ct) ? s with { BorderTopPt = len.ToPoints(s.SizePt), BorderTopColor = ct } : s;
            case "border-bottom":
                return StyleProperties.TryParseBorder(v, out len, out var cb) ? s with { BorderBottomPt = len.ToPoints(s.SizePt), BorderBottomColor = cb } : s;
            case "vertical-align": return s with { VerticalShift = v == "super" ? 1 : v == "sub" ? -1 : 0 };
            case "leader": return s with { DotLeader = v == "dots" };
            case "display": return s with { Hidden = v == "none" };
            case "vertical-position": return s with { AtPageBottom = v == "bottom" };
            case "float": return s with { FloatRight = v == "right" };
            case "hanging-indent": return s with { HangUnderLabel = v == "label" };
            case "label-width": return StyleValues.TryParseLength(v, out len) ? s with { LabelWidthPt = len.ToPoints(s.SizePt) } : s;
            case "word-break": return s with { KeepWords = v == "auto-phrase" };
            case "text-wrap": return s with { TextWrap = v switch { "balance" => TextWrap.Balance, "pretty" => TextWrap.Pretty, _ => TextWrap.Wrap } };
            default: return s;
        }
    }

    /// <summary>Vertical margins: lengths, or a plain number meaning that many body lines.</summary>
    private static double Vertical(string v, ComputedStyle s) =>
        StyleValues.TryParseLength(v, out var len, allowUnitless: true)
            ? len.Unit == LengthUnit.Factor ? len.Value * s.LeadingPt : len.ToPoints(s.SizePt)
            : 0;
}
