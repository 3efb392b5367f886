using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Tests.Composition;

/// <summary>
/// Page-quality measures of a composed issue, computed from its pages (display lists and the flow's
/// column fills): what a typesetter checks on a proof.
/// </summary>
internal sealed record PageQuality(
    int BodyLines, int SharedLines, int ColumnsShort, int LinesShort, int ColumnsEndingWithHeading,
    IReadOnlyList<(int Page, double Fill)> UnderThirdFull, IReadOnlyList<(int Page, int Difference)> UnbalancedLastPages,
    IReadOnlyList<SignatureGeometry> Signatures)
{
    public double SharedRatio => BodyLines == 0 ? 1 : (double)SharedLines / BodyLines;

    public override string ToString() =>
        $"shared baselines {SharedLines}/{BodyLines} = {SharedRatio:0.000}; short columns {ColumnsShort} ({LinesShort} lines); " +
        $"columns ending with a heading {ColumnsEndingWithHeading}; pages under a third full {string.Join(",", UnderThirdFull.Select(p => $"{p.Page}:{p.Fill:0.00}"))}; " +
        $"unbalanced last pages {string.Join(",", UnbalancedLastPages.Select(p => $"{p.Page}:{p.Difference}"))}; " +
        $"signatures {string.Join(" ", Signatures.Select(s => $"[p{s.Page} date {s.DateRightGapEm:0.##}em issuers {string.Join("/", s.IssuerCentreOffsetsPt.Select(o => o.ToString("0.#")))}]"))}";

    public static PageQuality Measure(ComposedIssue issue)
    {
        var tree = issue.Elements;
        int body = 0, shared = 0, shortColumns = 0, shortLines = 0, headingEnds = 0;
        var underThird = new List<(int, double)>();
        var unbalanced = new List<(int, int)>();
        var signatures = new List<SignatureGeometry>();
        var lastPages = issue.Documents.Select(d => d.LastPage).ToHashSet();
        foreach (var page in issue.Pages.Where(p => p.Flow is not null && p.DocumentId.Length > 0))
        {
            var flow = page.Flow!;
            const double grid = 16;
            foreach (var column in flow.Columns.Where(c => c.Width < page.WidthPt / 2))
            {
                if (column.EndsWithHeading) headingEnds++;
                if (!column.EndsFlow && column.CapacityBottom - column.ContentBottom > 0.01)
                {
                    shortColumns++;
                    shortLines += (int)Math.Round((column.CapacityBottom - column.ContentBottom) / grid);
                }
            }
            var fill = flow.Columns.Count == 0 ? 1 : flow.Columns.Max(c => c.ContentBottom) / flow.Columns.Max(c => c.CapacityBottom);
            if (fill < 1.0 / 3) underThird.Add((page.Index, fill));
            if (lastPages.Contains(page.Index))
            {
                var band = flow.Columns.Where(c => c.EndsFlow).ToList();
                if (band.Count == 2)
                {
                    var difference = (int)Math.Round(Math.Abs(band[0].ContentBottom - band[1].ContentBottom) / grid);
                    if (difference > 1) unbalanced.Add((page.Index, difference));
                }
            }
            if (!page.HasColumns) continue;

            // Body lines: content glyph runs in the body size, grouped into lines by column and baseline.
            var middle = page.WidthPt / 2;
            var lines = page.Content.Items.OfType<GlyphRunItem>()
                .Where(r => r.Artifact == Artifact.None && Math.Abs(r.SizePt - 10.5) < 0.01 && !r.X.IsEmpty)
                .GroupBy(r => (Left: r.StartX < middle, Baseline: Math.Round(r.BaselineY, 1)))
                .Select(g => g.Key).ToList();
            var left = lines.Where(l => l.Left).Select(l => l.Baseline).ToHashSet();
            var right = lines.Where(l => !l.Left).Select(l => l.Baseline).ToHashSet();
            if (left.Count == 0 || right.Count == 0) continue;
            body += left.Count + right.Count;
            shared += left.Count(y => right.Any(z => Math.Abs(y - z) < 0.5)) + right.Count(y => left.Any(z => Math.Abs(y - z) < 0.5));

            signatures.AddRange(SignatureGeometry.On(page, tree));
        }
        return new PageQuality(body, shared, shortColumns, shortLines, headingEnds, underThird, unbalanced, signatures);
    }

    /// <summary>Composes an issue folder with the repository's templates and fonts.</summary>
    public static ComposedIssue Compose(string issueDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(TestIssues.TemplatesDirectory, diagnostics)!;
        var loaded = IssueLoader.Load(issueDirectory);
        Assert.NotNull(loaded.Issue);
        var model = IssueModelBuilder.Build(loaded.Issue!);
        var issue = new IssueComposer(templates, TestEngine.NewLayouter()).Compose(model, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Select(d => d.Format(Language.English))));
        return issue!;
    }
}

/// <summary>Where a signature's date and issuers sit: the date's gap to the column's right edge in em, each issuer's centre minus the date's.</summary>
internal sealed record SignatureGeometry(int Page, double DateRightGapEm, IReadOnlyList<double> IssuerCentreOffsetsPt)
{
    public static IEnumerable<SignatureGeometry> On(ComposedPage page, ElementTree tree)
    {
        var runs = page.Content.Items.OfType<GlyphRunItem>().Where(r => r.Source is not null && !r.X.IsEmpty).ToList();
        (double Left, double Right) Extent(IEnumerable<GlyphRunItem> rs) =>
            (rs.Min(r => r.StartX), rs.Max(r => r.X[^1] + r.SizePt));
        var byElement = runs.GroupBy(r => r.Source!.Value).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (element, dateRuns) in byElement)
        {
            var e = tree[element];
            if (!e.HasClass("date") || e.Name != "p") continue;
            var (dl, dr) = Extent(dateRuns);
            // The column's right edge: where most of its lines end (justified lines end on it; a line
            // ending in a half-width mark ends half an em before it).
            var sameColumn = runs.Where(r => Math.Abs(r.SizePt - 10.5) < 0.01 && r.Artifact == Artifact.None && (r.StartX < page.WidthPt / 2) == (dl < page.WidthPt / 2));
            var columnRight = sameColumn.GroupBy(r => r.BaselineY).Select(g => Math.Round(g.Max(r => r.X[^1] + r.SizePt), 1))
                .GroupBy(x => x).OrderByDescending(g => g.Count()).First().Key;
            var issuers = byElement.Where(kv => tree[kv.Key].HasClass("issuer") && tree[kv.Key].ParentId == e.ParentId)
                .Select(kv => Extent(kv.Value)).Select(x => (x.Left + x.Right) / 2 - (dl + dr) / 2).ToList();
            yield return new SignatureGeometry(page.Index, (columnRight - dr) / 10.5, issuers);
        }
    }
}
