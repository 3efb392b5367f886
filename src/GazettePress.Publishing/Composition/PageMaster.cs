using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

public enum Side { Outside, Center, Inside }

/// <summary>Page geometry and furniture (running head, folio) for one named page, from <c>@page</c> rules.</summary>
public sealed record PageMaster
{
    public string Name { get; init; } = "";
    public double WidthPt { get; init; } = 210 * Length.PointsPerMm;
    public double HeightPt { get; init; } = 297 * Length.PointsPerMm;
    public double MarginTopPt { get; init; } = 25 * Length.PointsPerMm;
    public double MarginBottomPt { get; init; } = 22 * Length.PointsPerMm;
    public double MarginInsidePt { get; init; } = 21 * Length.PointsPerMm;
    public double MarginOutsidePt { get; init; } = 19 * Length.PointsPerMm;
    public bool Mirror { get; init; } = true;
    public bool Counted { get; init; } = true;
    public string? RunningHead { get; init; }
    public Side RunningHeadSide { get; init; } = Side.Outside;
    public string RunningHeadFont { get; init; } = "song";
    public double RunningHeadSizePt { get; init; } = 9;
    public uint RunningHeadColor { get; init; }
    public double RunningHeadRulePt { get; init; } = 0.5;
    public double RunningHeadBaselinePt { get; init; } = 16 * Length.PointsPerMm;
    public string? Folio { get; init; } = "— {n} —";
    public Side FolioSide { get; init; } = Side.Outside;
    public string FolioFont { get; init; } = "song";
    public double FolioSizePt { get; init; } = 10.5;
    public double FolioBaselinePt { get; init; } = 12 * Length.PointsPerMm;

    public double TextWidthPt => WidthPt - MarginInsidePt - MarginOutsidePt;
    public double TextHeightPt => HeightPt - MarginTopPt - MarginBottomPt;

    /// <summary>Left margin of a page: recto (odd, right-hand) pages have the inside margin on the left.</summary>
    public double LeftMarginPt(bool recto) => !Mirror || recto ? MarginInsidePt : MarginOutsidePt;

    /// <summary>Resolves a named master: the unnamed <c>@page</c> rules first, then <c>@page name</c>.</summary>
    public static PageMaster Resolve(StyleSheet sheet, string? name)
    {
        var master = new PageMaster { Name = name ?? "" };
        foreach (var rule in sheet.PageRules.Where(r => r.Name is null))
            master = rule.Declarations.Aggregate(master, Apply);
        if (name is not null)
            foreach (var rule in sheet.PageRules.Where(r => r.Name == name))
                master = rule.Declarations.Aggregate(master, Apply);
        return master;
    }

    private static double Pt(string v, double size = 10.5) => StyleValues.TryParseLength(v, out var l) ? l.ToPoints(size) : 0;

    private static Side ParseSide(string v) => v switch { "center" => Side.Center, "inside" => Side.Inside, _ => Side.Outside };

    private static string? Text(string v) => StyleValues.TryParseString(v, out var s) ? s : null;

    private static PageMaster Apply(PageMaster m, StyleDeclaration d)
    {
        var v = d.Value;
        switch (d.Property)
        {
            case "size":
                if (v == "A4") return m with { WidthPt = 210 * Length.PointsPerMm, HeightPt = 297 * Length.PointsPerMm };
                if (v == "A5") return m with { WidthPt = 148 * Length.PointsPerMm, HeightPt = 210 * Length.PointsPerMm };
                if (v == "B5") return m with { WidthPt = 176 * Length.PointsPerMm, HeightPt = 250 * Length.PointsPerMm };
                var wh = v.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return wh.Length == 2 ? m with { WidthPt = Pt(wh[0]), HeightPt = Pt(wh[1]) } : m;
            case "margin":
                var p = v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => Pt(x)).ToArray();
                return p.Length switch
                {
                    1 => m with { MarginTopPt = p[0], MarginOutsidePt = p[0], MarginBottomPt = p[0], MarginInsidePt = p[0] },
                    2 => m with { MarginTopPt = p[0], MarginBottomPt = p[0], MarginOutsidePt = p[1], MarginInsidePt = p[1] },
                    4 => m with { MarginTopPt = p[0], MarginOutsidePt = p[1], MarginBottomPt = p[2], MarginInsidePt = p[3] },
                    _ => m,
                };
            case "margin-top": return m with { MarginTopPt = Pt(v) };
            case "margin-bottom": return m with { MarginBottomPt = Pt(v) };
            case "margin-inside": return m with { MarginInsidePt = Pt(v) };
            case "margin-outside": return m with { MarginOutsidePt = Pt(v) };
            case "mirror-margins": return m with { Mirror = v == "yes" };
            case "page-numbering": return m with { Counted = v == "count" };
            case "running-head": return m with { RunningHead = Text(v) };
            case "running-head-position": return m with { RunningHeadSide = ParseSide(v) };
            case "running-head-font": return m with { RunningHeadFont = v };
            case "running-head-size": return m with { RunningHeadSizePt = Pt(v) };
            case "running-head-color": return StyleValues.TryParseColor(v, out var c) ? m with { RunningHeadColor = c } : m;
            case "running-head-rule": return m with { RunningHeadRulePt = Pt(v) };
            case "running-head-baseline": return m with { RunningHeadBaselinePt = Pt(v) };
            case "folio": return m with { Folio = Text(v) };
            case "folio-position": return m with { FolioSide = ParseSide(v) };
            case "folio-font": return m with { FolioFont = v };
            case "folio-size": return m with { FolioSizePt = Pt(v) };
            case "folio-baseline": return m with { FolioBaselinePt = Pt(v) };
            default: return m;
        }
    }
}
