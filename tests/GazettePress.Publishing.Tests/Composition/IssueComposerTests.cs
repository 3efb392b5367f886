using GazettePress.Layout.DisplayList;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Tests.Composition;

public class IssueComposerTests
{
    private static (ComposedIssue? Issue, DiagnosticBag Diagnostics) Compose(IssueModel model, string? templates = null)
    {
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(templates ?? TestIssues.TemplatesDirectory, diagnostics);
        Assert.NotNull(set);
        var composer = new IssueComposer(set!, TestEngine.NewLayouter());
        return (composer.Compose(model, diagnostics), diagnostics);
    }

    [Fact]
    public void Default_templates_compose_without_diagnostics()
    {
        var (issue, diagnostics) = Compose(TestIssues.Small());
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(issue);
        Assert.True(issue!.Pages.Count >= 8, $"only {issue.Pages.Count} pages");
    }

    [Fact]
    public void Toc_numbers_equal_the_folio_where_each_document_starts()
    {
        var model = TestIssues.Small();
        var (issue, _) = Compose(model);
        foreach (var document in model.Documents)
        {
            var anchor = issue!.Anchors.Single(a => a.Name == document.Anchor);
            Assert.Equal(anchor.Folio, document.Page);
            Assert.Contains($"<span class=\"toc-page\">{document.Page}</span>", issue.Xhtml);
        }
        Assert.InRange(issue!.Passes, 2, IssueComposer.MaxPasses);
    }

    [Fact]
    public void Cover_is_not_numbered_and_toc_is_page_one()
    {
        var (issue, _) = Compose(TestIssues.Small());
        Assert.Null(issue!.Pages[0].Number);
        var toc = issue.Pages.First(p => p.SectionId == "toc");
        Assert.Equal(1, toc.Number);
        var first = issue.Pages.First(p => p.DocumentId.Length > 0);
        Assert.Equal(2, first.Number);
    }

    [Fact]
    public void Each_document_starts_on_a_new_page_with_columns()
    {
        var model = TestIssues.Small();
        var (issue, _) = Compose(model);
        foreach (var d in issue!.Documents)
        {
            var page = issue.Pages[d.FirstPage - 1];
            Assert.Equal(d.DocumentId, page.DocumentId);
            Assert.True(page.HasColumns);
            Assert.NotEqual(page.DocumentId, issue.Pages[d.FirstPage - 2].DocumentId);
        }
    }

    [Fact]
    public void Body_lines_sit_in_two_columns_of_about_22_characters()
    {
        var (issue, _) = Compose(TestIssues.Small());
        var page = issue!.Pages.First(p => p.DocumentId.Length > 0 && p.Index > issue.Documents[0].FirstPage);
        var lines = PrintedLine.Of(page).Where(l => l.Artifact == Artifact.None && l.Text.Length >= 21).ToList(); // full lines, not the indented first ones
        var lefts = lines.Select(l => Math.Round(l.X)).Distinct().Order().ToList();
        Assert.Equal(2, lefts.Count);
        var full = lines.Select(l => l.Text.Length).Max();
        Assert.Equal(22, full);
    }

    [Fact]
    public void Columns_are_balanced_on_a_documents_last_page()
    {
        var (issue, _) = Compose(TestIssues.Small());
        foreach (var d in issue!.Documents)
        {
            var page = issue.Pages[d.LastPage - 1];
            var lines = PrintedLine.Of(page).Where(l => l.Artifact == Artifact.None && l.Baseline > 150 && l.Baseline < 770).ToList();
            var columnSplit = lines.Max(l => l.X) - 1;
            var left = lines.Where(l => l.X < columnSplit).Max(l => l.Baseline);
            var right = lines.Where(l => l.X >= columnSplit).Select(l => l.Baseline).DefaultIfEmpty(0).Max();
            Assert.True(Math.Abs(left - right) < 60, $"{d.DocumentId}: left column ends at {left}, right at {right}");
        }
    }

    [Fact]
    public void A_changing_toc_converges_and_every_document_has_a_bookmark()
    {
        var model = TestIssues.Small(documents: 6, paragraphsPerDocument: 3);
        var (issue, diagnostics) = Compose(model);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "GP3022");
        Assert.Equal(6, issue!.Outline.Sum(s => s.Children.Count));
        Assert.Equal(2, issue.Outline.Count);
    }

    [Fact]
    public void Toc_entries_are_links_to_the_documents()
    {
        var model = TestIssues.Small();
        var (issue, _) = Compose(model);
        var tocLinks = issue!.Pages.Where(p => p.SectionId == "toc").SelectMany(p => p.Content.Items.OfType<LinkItem>()).Select(l => l.Target.Destination).Distinct().ToList();
        Assert.Equal(model.Documents.Select(d => d.Anchor).Order(), tocLinks.Order());
    }

    [Fact]
    public void Running_heads_and_folios_on_body_pages_only_and_on_the_outer_side()
    {
        var (issue, _) = Compose(TestIssues.Small());
        const string head = "晋城市人民政府公报　2025年第6期";
        foreach (var page in issue!.Pages)
        {
            var lines = PrintedLine.Of(page);
            var runningHead = lines.FirstOrDefault(l => l.Text == head);
            var folio = lines.FirstOrDefault(l => l.Text == $"— {page.Number} —");
            if (page.DocumentId.Length == 0)
            {
                Assert.Null(runningHead);
                Assert.Null(folio);
                continue;
            }
            Assert.NotNull(runningHead);
            Assert.NotNull(folio);
            Assert.Equal(Artifact.Header, runningHead!.Artifact);
            Assert.Equal(Artifact.Footer, folio!.Artifact);
            var recto = page.Index % 2 == 1;
            // Outer side: right on right-hand (odd) pages, left on left-hand pages.
            if (recto) Assert.True(folio!.X > page.WidthPt / 2, $"page {page.Index}: folio at {folio.X}");
            else Assert.True(folio!.X < page.WidthPt / 2, $"page {page.Index}: folio at {folio.X}");
        }
    }

    [Fact]
    public void Margins_are_mirrored_on_left_and_right_pages()
    {
        var (issue, _) = Compose(TestIssues.Small());
        double LeftEdge(ComposedPage p) => PrintedLine.Of(p).Where(l => l.Artifact == Artifact.None && l.Text.Length > 15).Min(l => l.X);
        var body = issue!.Pages.Where(p => p.DocumentId.Length > 0).ToList();
        var recto = body.Where(p => p.Index % 2 == 1).Select(LeftEdge).Distinct().ToList();
        var verso = body.Where(p => p.Index % 2 == 0).Select(LeftEdge).Distinct().ToList();
        Assert.Single(recto);
        Assert.Single(verso);
        Assert.Equal(2 * GazettePress.Publishing.Templates.Length.PointsPerMm, recto[0] - verso[0], 2); // inside 21 mm, outside 19 mm
    }

    [Fact]
    public void Page_starts_name_document_block_and_offset()
    {
        var (issue, _) = Compose(TestIssues.Small());
        var continued = issue!.Pages.Where(p => p.DocumentId.Length > 0 && p.Start is not null && p.Index != issue.Documents.First(d => d.DocumentId == p.DocumentId).FirstPage).ToList();
        Assert.NotEmpty(continued);
        Assert.All(continued, p => Assert.StartsWith("b-", p.Start!.BlockId));
    }
}

public class TocLoopTests
{
    [Fact]
    public void A_toc_whose_length_depends_on_its_numbers_never_settles_and_says_so_with_each_history()
    {
        // A deliberately bad template: every TOC entry adds one filler line per page of its number,
        // so each pass pushes the documents further back and the numbers keep growing.
        var dir = TestIssues.CopyTemplates();
        var toc = Path.Combine(dir, "toc.xhtml.sbn");
        File.WriteAllText(toc, File.ReadAllText(toc).Replace("<span class=\"toc-page\">{{ document.page }}</span></p>",
            "<span class=\"toc-page\">{{ document.page }}</span></p>{{ if document.page != \"\" }}{{ for i in 1..((document.page | string.to_int) * 40) }}<p class=\"toc-entry\">填充</p>{{ end }}{{ end }}"));
        var diagnostics = new GazettePress.Diagnostics.DiagnosticBag();
        var set = GazettePress.Publishing.Templates.TemplateSet.Load(dir, diagnostics)!;
        var model = TestIssues.Small(2, 1);
        var issue = new IssueComposer(set, TestEngine.NewLayouter()).Compose(model, diagnostics);
        Assert.NotNull(issue);
        Assert.Equal(IssueComposer.MaxPasses, issue!.Passes);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "GP3022");
        var english = warning.Render(GazettePress.Diagnostics.Language.English).Message;
        Assert.Contains($"{model.Documents.First().Id}: ", english);
        Assert.Contains(" → ", english);
        Assert.Contains("目录页码", warning.Render(GazettePress.Diagnostics.Language.Chinese).Message);
    }
}
