using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Flow;

namespace GazettePress.Layout.Pages;

/// <summary>
/// One page of a flow before it has a place in the issue: boxes at positions relative to the text
/// area's top-left corner. It becomes display items only when assembled onto a page
/// (<see cref="PageAssembler"/>), where the margins, which depend on the side of the spread, are known.
/// </summary>
public sealed class FlowPage
{
    internal List<PlacedBox> Boxes { get; } = new();
    private readonly List<ColumnFill> _columns = new();

    /// <summary>Where the page's text begins in the source (its first box with a text position).</summary>
    public TextPosition? Start { get; internal set; }
    /// <summary>The page holds columns (more than one).</summary>
    public bool HasColumns { get; internal set; }
    public bool IsEmpty => Boxes.Count == 0;
    /// <summary>Every column band set on the page, for the page-quality measures.</summary>
    public IReadOnlyList<ColumnFill> Columns => _columns;

    internal void AddColumn(ColumnFill column) => _columns.Add(column);

    /// <summary>The page's content as display items, the text area's top-left corner at (dx, dy).</summary>
    public void Emit(double dx, double dy, List<PageItem> into)
    {
        foreach (var placed in Boxes)
        {
            var y = placed.Y - (placed.AtTop ? placed.Box.ShiftAtTop : 0);
            foreach (var fragment in placed.Box.Content) fragment.Emit(placed.X + dx, y + dy, into);
            if (placed.AtTop && placed.Box.ContentAtTop is { } top)
                foreach (var fragment in top) fragment.Emit(placed.X + dx, y + dy, into);
            if (placed.AtFoot && placed.Box.ContentAtFoot is { } foot)
                foreach (var fragment in foot) fragment.Emit(placed.X + dx, y + dy, into);
        }
    }

    /// <summary>The page's lines as text, one per box, with their positions: for snapshots and tests.</summary>
    public IEnumerable<(double X, double Y, double Height, string Text, string Role)> DescribeBoxes()
    {
        foreach (var placed in Boxes)
        {
            var text = string.Concat(placed.Box.Content.Select(TextOf));
            yield return (placed.X, placed.Y, placed.Box.HeightIn(placed.AtTop), text, placed.Box.Role.ToString());
        }
    }

    private static string TextOf(Fragment f) => f switch
    {
        LineFragment l => l.Line.ToString(),
        ShiftedFragment s => TextOf(s.Inner),
        _ => "",
    };
}

internal readonly record struct PlacedBox(FlowBox Box, double X, double Y, bool AtTop, bool AtFoot = false);

/// <summary>
/// One column of a band on a page: where it is, how far its content reaches and how far it could
/// have reached. <see cref="EndsFlow"/>: the flow's last band (its columns are balanced, not full).
/// </summary>
public sealed record ColumnFill(double X, double Width, double Top, double ContentBottom, double CapacityBottom, bool EndsFlow, bool EndsWithHeading);
