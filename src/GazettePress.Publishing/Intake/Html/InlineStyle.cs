using System.Globalization;
using AngleSharp.Dom;
using GazettePress.Intake.Model;
using GazettePress.Intake.Word;

namespace GazettePress.Intake.Html;

/// <summary>
/// What the page's own markup says about how text looks: style="…" declarations (pages made from
/// Word keep font-family, font-size, text-align, text-indent, color), align="…", &lt;font face color size&gt;,
/// &lt;strong&gt;/&lt;b&gt;, &lt;sup&gt;/&lt;sub&gt;. Style sheets are not applied: a saved page's CSS is the site's chrome.
/// </summary>
internal static class InlineStyle
{
    public static string? Declaration(IElement e, string property)
    {
        var style = e.GetAttribute("style");
        if (string.IsNullOrEmpty(style)) return null;
        foreach (var part in style.Split(';'))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0) continue;
            if (part[..colon].Trim().Equals(property, StringComparison.OrdinalIgnoreCase)) return part[(colon + 1)..].Trim().Trim('"', '\'').Replace("!important", "").Trim();
        }
        return null;
    }

    /// <summary>The nearest value of a property on the element or its ancestors up to <paramref name="root"/>.</summary>
    public static string? Inherited(IElement e, IElement root, Func<IElement, string?> read)
    {
        for (var x = e; x is not null; x = x.ParentElement)
        {
            if (read(x) is { Length: > 0 } value) return value;
            if (x == root) break;
        }
        return null;
    }

    public static string? FontFamily(IElement e) =>
        Declaration(e, "font-family") ?? (e.LocalName == "font" ? e.GetAttribute("face") : null);

    public static bool IsBold(IElement e, IElement root)
    {
        for (var x = e; x is not null; x = x.ParentElement)
        {
            if (x.LocalName is "strong" or "b") return true;
            if (Declaration(x, "font-weight") is { } w) return w is "bold" or "bolder" or "700" or "800" or "900";
            if (x == root) break;
        }
        return false;
    }

    public static VerticalShift Shift(IElement e, IElement root)
    {
        for (var x = e; x is not null && x != root; x = x.ParentElement)
        {
            if (x.LocalName == "sup" || Declaration(x, "vertical-align") == "super") return VerticalShift.Superscript;
            if (x.LocalName == "sub" || Declaration(x, "vertical-align") == "sub") return VerticalShift.Subscript;
        }
        return VerticalShift.None;
    }

    public static bool IsRed(IElement e, IElement root)
    {
        var color = Inherited(e, root, x => Declaration(x, "color") ?? (x.LocalName == "font" ? x.GetAttribute("color") : null));
        if (color is null) return false;
        color = color.Trim().ToLowerInvariant();
        if (color is "red") return true;
        if (color.StartsWith('#') && color.Length == 7) return WordColors.IsRed(color[1..]);
        if (color.StartsWith("rgb(", StringComparison.Ordinal))
        {
            var parts = color[4..].TrimEnd(')').Split(',').Select(p => int.TryParse(p.Trim(), CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray();
            return parts.Length == 3 && parts[0] >= 0xB0 && parts[1] <= 0x50 && parts[2] <= 0x50;
        }
        return false;
    }

    /// <summary>A CSS length in points (pt, px, em/rem relative to <paramref name="emPt"/>, 三号-style keywords not handled).</summary>
    public static double? Points(string? value, double emPt = 16)
    {
        if (value is null) return null;
        var v = value.Trim().ToLowerInvariant();
        double Number(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
        double n;
        if (v.EndsWith("pt", StringComparison.Ordinal)) n = Number(v[..^2]);
        else if (v.EndsWith("px", StringComparison.Ordinal)) n = Number(v[..^2]) * 0.75;
        else if (v.EndsWith("rem", StringComparison.Ordinal)) n = Number(v[..^3]) * emPt;
        else if (v.EndsWith("em", StringComparison.Ordinal)) n = Number(v[..^2]) * emPt;
        else if (v.EndsWith("cm", StringComparison.Ordinal)) n = Number(v[..^2]) * 72 / 2.54;
        else if (v.EndsWith("mm", StringComparison.Ordinal)) n = Number(v[..^2]) * 72 / 25.4;
        else return null;
        return double.IsNaN(n) ? null : n;
    }

    public static TextAlign Align(IElement e, IElement root)
    {
        var value = Inherited(e, root, x => Declaration(x, "text-align") ?? x.GetAttribute("align") ?? (x.LocalName == "center" ? "center" : null));
        return value?.ToLowerInvariant() switch
        {
            "center" => TextAlign.Center,
            "right" or "end" => TextAlign.End,
            "justify" => TextAlign.Justify,
            "left" or "start" => TextAlign.Start,
            _ => TextAlign.Unknown,
        };
    }
}
