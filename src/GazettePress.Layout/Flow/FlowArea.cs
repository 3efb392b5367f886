namespace GazettePress.Layout.Flow;

/// <summary>
/// Where a flow is set: the text area of its pages, its columns and its line grid.
/// </summary>
/// <param name="GridPitchPt">
/// The body line spacing of a line grid (版心网格): when above 0, every block occupies a whole
/// number of grid lines, so the baselines of all columns line up; 0 sets blocks at their natural
/// heights.
/// </param>
public sealed record FlowArea(double WidthPt, double HeightPt, int Columns = 1, double ColumnGapPt = 0, bool BalanceColumns = true,
    double GridPitchPt = 0)
{
    public double ColumnWidthPt(int columns) => (WidthPt - ColumnGapPt * (columns - 1)) / columns;
    public double ColumnWidthPt() => ColumnWidthPt(Columns);
    public bool HasGrid => GridPitchPt > 0;

    /// <summary>The height the columns may fill: whole grid lines when there is a grid.</summary>
    public double UsableHeightPt => HasGrid ? Math.Floor(HeightPt / GridPitchPt + 1e-6) * GridPitchPt : HeightPt;
}
