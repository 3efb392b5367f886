using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Tests.Composition;

/// <summary>
/// The display list's contract with PDF tagging (src/GazettePress.Layout/DisplayList/README.md):
/// every painted item names its source element or is an artifact, and the element tree says what
/// each element is.
/// </summary>
public sealed class ElementReferenceTests
{
    private static readonly Lazy<ComposedIssue> Composed = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(TestIssues.TemplatesDirectory, diagnostics)!;
        var model = TestIssues.Small();
        return new IssueComposer(set, TestEngine.NewLayouter()).Compose(model, diagnostics)!;
    });

    private static IEnumerable<(ComposedPage Page, PageItem Item)> Painted() =>
        Composed.Value.Pages.SelectMany(p => p.Content.Items.Where(i => i is not AnchorItem).Select(i => (p, i)));

    [Fact]
    public void Every_painted_item_names_an_element_or_is_an_artifact()
    {
        var orphans = Painted().Where(x => x.Item.Source is null && x.Item.Artifact == Artifact.None).ToList();
        Assert.True(orphans.Count == 0, string.Join("\n", orphans.Take(5).Select(o => $"page {o.Page.Index}: {o.Item}")));
        var tree = Composed.Value.Elements;
        Assert.All(Painted().Where(x => x.Item.Source is not null), x => Assert.True(tree.TryGet(x.Item.Source, out _), $"{x.Item.Source} not in the tree"));
    }

    [Fact]
    public void Running_heads_folios_and_leaders_are_artifacts_and_body_text_is_not()
    {
        var runs = Painted().Select(x => x.Item).OfType<GlyphRunItem>().ToList();
        Assert.Contains(runs, r => r.Artifact == Artifact.Header && r.Text.Contains("公报"));
        Assert.Contains(runs, r => r.Artifact == Artifact.Footer && r.Text.StartsWith('—'));
        Assert.All(runs.Where(r => r.Artifact != Artifact.None), r => Assert.Null(r.Source));
        var leaders = Painted().Where(x => x.Page.SectionId == "toc").Select(x => x.Item).OfType<RectItem>().ToList();
        Assert.NotEmpty(leaders);
        Assert.All(leaders, l => Assert.Equal(Artifact.Layout, l.Artifact));
    }

    [Fact]
    public void Runs_lead_through_their_parents_to_paragraphs_headings_and_their_document_section()
    {
        var tree = Composed.Value.Elements;
        var document = Composed.Value.Documents[1];
        var page = Composed.Value.Pages[document.FirstPage - 1];
        var sources = page.Content.Items.OfType<GlyphRunItem>().Where(r => r.Source is not null).Select(r => tree[r.Source!.Value]).ToList();
        Assert.Contains(sources, e => e.Name == "h1" && e.HasClass("doc-title"));
        Assert.Contains(sources, e => e.Name == "h2" && e.HeadingLevel == 2);
        Assert.Contains(sources, e => e.Name == "p");
        Assert.All(sources, e =>
        {
            var section = tree.AncestorsAndSelf(e).Last();
            Assert.Equal("section", section.Name);
            Assert.Equal(document.DocumentId, section.Attributes["data-document"]);
            Assert.Equal(document.DocumentId, e.DocumentId);
        });
    }

    [Fact]
    public void Links_and_qr_codes_name_their_a_and_figure_elements()
    {
        var tree = Composed.Value.Elements;
        var links = Painted().Select(x => x.Item).OfType<LinkItem>().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal("a", tree[l.Source!.Value].Name));
        var qrs = Painted().Select(x => x.Item).OfType<PathItem>().ToList();
        Assert.Equal(TestIssues.Small().Documents.Count() + 1, qrs.Count); // one per document and the cover's
        Assert.All(qrs, q => Assert.True(tree[q.Source!.Value] is { Name: "figure" } f && f.HasClass("qr")));
    }

    [Fact]
    public void Element_numbers_follow_document_order_with_parent_links()
    {
        var tree = Composed.Value.Elements;
        Assert.True(tree.Count > 100);
        for (var i = 0; i < tree.Count; i++)
        {
            var e = tree.Elements[i];
            Assert.Equal(i, e.Id);
            if (e.ParentId is { } p)
            {
                Assert.True(p < i, "a parent comes before its children");
                Assert.Contains(e, tree.Children(tree.Elements[p]));
            }
            else Assert.Equal("section", e.Name);
        }
    }
}
