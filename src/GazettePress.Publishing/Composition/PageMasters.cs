using System.Globalization;
using GazettePress.Layout.Pages;
using GazettePress.Layout.Text;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

/// <summary>
/// Page geometry and furniture for one named page, from the style file's <c>@page</c> rules, as the
/// layout engine's <see cref="PageMaster"/>. Furniture patterns get the issue's facts here ({title},
/// {year}, {number}, {cumulative}); the page number {n} is filled in by the pages stage.
/// </summary>
public static class PageMasters
{
    private sealed record Spec
    {
        public PageMaster Master { get; init; } = new();
        public string? RunningHead { get; init; }
        public PageSide RunningHeadSide { get; init; } = PageSide.Outside;
        public string RunningHeadFont { get; init; } = "song";
        public double RunningHeadSizePt { get; init; } = 9;
        public uint RunningHeadColor { get; init; }
        public double RunningHeadRulePt { get; init; } = 0.5;
        public double RunningHeadBaselinePt { get; init; } = 16 * Length.PointsPerMm;
        public string? Folio { get; init; } = "— {n} —";
        public PageSide FolioSide { get; init; } = PageSide.Outside;
        public string FolioFont { get; init; } = "song";
        public double FolioSizePt { get; init; } = 10.5;
        public double FolioBaselinePt { get; init; } = 12 * Length.PointsPerMm;
    }

    /// <summary>Resolves a named master: the unnamed <c>@page</c> rules first, then <c>@page name</c>.</summary>
    public static PageMaster Resolve(StyleSheet sheet, string? name, IssueModel issue)
    {
        var spec = new Spec { Master = new PageMaster { Name = name ?? "" } };
        foreach (var rule in sheet.PageRules.Where(r => r.Name is null))
            spec = rule.Declarations.Aggregate(spec, Apply);
        if (name is not null)
            foreach (var rule in sheet.PageRules.Where(r => r.Name == name))
                spec = rule.Declarations.Aggregate(spec, Apply);
        return spec.Master with
        {
            RunningHead = spec.RunningHead is { } head
                ? new Furniture(Expand(head, issue), Style(spec.RunningHeadFont, spec.RunningHeadSizePt, spec.RunningHeadColor), spec.RunningHeadSide, spec.RunningHeadBaselinePt)
                : null,
            RunningHeadRulePt = spec.RunningHead is null ? 0 : spec.RunningHeadRulePt,
            Folio = spec.Folio is { } folio
                ? new Furniture(Expand(folio, issue), Style(spec.FolioFont, spec.FolioSizePt, 0), spec.FolioSide, spec.FolioBaselinePt)
                : null,
        };
    }

    private static TextStyle Style(string font, double size, uint color) =>
        new(InlineText.Role(font), false, size, 0, InlineText.Color(color));

    /// <summary>Fills a running head or folio pattern's issue facts: {title}, {year}, {number}, {cumulative}.</summary>
    internal static string Expand(string pattern, IssueModel issue) => pattern
        .Replace("{title}", issue.Gazette.Title, StringComparison.Ordinal)
        .Replace("{year}", issue.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{number}", issue.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{cumulative}", issue.Cumulative.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static double Pt(string v, double size = 10.5) => StyleValues.TryParseLength(v, out var l) ? l.ToPoints(size) : 0;

    private static PageSide ParseSide(string v) => v switch { "center" => PageSide.Center, "inside" => PageSide.Inside, _ => PageSide.Outside };

    private static string? Text(string v) => StyleValues.TryParseString(v, out var s) ? s : null;

    private static Spec Apply(Spec s, StyleDeclaration d)
    {
        var v = d.Value;
        var m = s.Master;
        switch (d.Property)
        {
            case "size":
                if (v == "A4") return s with { Master = m with { WidthPt = 210 * Length.PointsPerMm, HeightPt = 297 * Length.PointsPerMm } };
                if (v == "A5") return s with { Master = m with { WidthPt = 148 * Length.PointsPerMm, HeightPt = 210 * Length.PointsPerMm } };
                if (v == "B5") return s with { Master = m with { WidthPt = 176 * Length.PointsPerMm, HeightPt = 250 * Length.PointsPerMm } };
                var wh = v.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return wh.Length == 2 ? s with { Master = m with { WidthPt = Pt(wh[0]), HeightPt = Pt(wh[1]) } } : s;
            case "margin":
                var p = v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => Pt(x)).ToArray();
                return p.Length switch
                {
                    1 => s with { Master = m with { MarginTopPt = p[0], MarginOutsidePt = p[0], MarginBottomPt = p[0], MarginInsidePt = p[0] } },
                    2 => s with { Master = m with { MarginTopPt = p[0], MarginBottomPt = p[0], MarginOutsidePt = p[1], MarginInsidePt = p[1] } },
                    4 => s with { Master = m with { MarginTopPt = p[0], MarginOutsidePt = p[1], MarginBottomPt = p[2], MarginInsidePt = p[3] } },
                    _ => s,
                };
            case "margin-top": return s with { Master = m with { MarginTopPt = Pt(v) } };
            case "margin-bottom": return s with { Master = m with { MarginBottomPt = Pt(v) } };
            case "margin-inside": return s with { Master = m with { MarginInsidePt = Pt(v) } };
            case "margin-outside": return s with { Master = m with { MarginOutsidePt = Pt(v) } };
            case "mirror-margins": return s with { Master = m with { Mirror = v == "yes" } };
            case "page-numbering": return s with { Master = m with { Counted = v == "count" } };
            case "running-head": return s with { RunningHead = Text(v) };
            case "running-head-position": return s with { RunningHeadSide = ParseSide(v) };
            case "running-head-font": return s with { RunningHeadFont = v };
            case "running-head-size": return s with { RunningHeadSizePt = Pt(v) };
            case "running-head-color": return StyleValues.TryParseColor(v, out var c) ? s with { RunningHeadColor = c } : s;
            case "running-head-rule": return s with { RunningHeadRulePt = Pt(v) };
            case "running-head-baseline": return s with { RunningHeadBaselinePt = Pt(v) };
            case "folio": return s with { Folio = Text(v) };
            case "folio-position": return s with { FolioSide = ParseSide(v) };
            case "folio-font": return s with { FolioFont = v };
            case "folio-size": return s with { FolioSizePt = Pt(v) };
            case "folio-baseline": return s with { FolioBaselinePt = Pt(v) };
            default: return s;
        }
    }
}
