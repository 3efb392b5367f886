using GazettePress.Layout.Text;

namespace GazettePress.Layout.Pages;

public enum PageSide { Outside, Center, Inside }

/// <summary>A running head or folio: its text pattern ({n} is the page number), style, side and baseline.</summary>
/// <param name="BaselinePt">From the top edge of the page for a running head, from the bottom edge for a folio.</param>
public sealed record Furniture(string Pattern, TextStyle Style, PageSide Side, double BaselinePt);

/// <summary>Page geometry and furniture for one kind of page; lengths in points.</summary>
public sealed record PageMaster
{
    public const double PointsPerMm = 72 / 25.4;

    public string Name { get; init; } = "";
    public double WidthPt { get; init; } = 210 * PointsPerMm;
    public double HeightPt { get; init; } = 297 * PointsPerMm;
    public double MarginTopPt { get; init; } = 25 * PointsPerMm;
    public double MarginBottomPt { get; init; } = 22 * PointsPerMm;
    public double MarginInsidePt { get; init; } = 21 * PointsPerMm;
    public double MarginOutsidePt { get; init; } = 19 * PointsPerMm;
    /// <summary>Inside and outside margins swap between left- and right-hand pages.</summary>
    public bool Mirror { get; init; } = true;
    /// <summary>The page gets a number in the gazette's counting (the cover does not).</summary>
    public bool Counted { get; init; } = true;
    public Furniture? RunningHead { get; init; }
    /// <summary>A rule under the running head, this thick (0: none).</summary>
    public double RunningHeadRulePt { get; init; }
    public Furniture? Folio { get; init; }

    public double TextWidthPt => WidthPt - MarginInsidePt - MarginOutsidePt;
    public double TextHeightPt => HeightPt - MarginTopPt - MarginBottomPt;

    /// <summary>Left margin of a page: recto (odd, right-hand) pages have the inside margin on the left.</summary>
    public double LeftMarginPt(bool recto) => !Mirror || recto ? MarginInsidePt : MarginOutsidePt;
}
