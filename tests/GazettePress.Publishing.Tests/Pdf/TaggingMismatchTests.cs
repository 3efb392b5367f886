using System.Collections.Immutable;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Pdf.Tagging;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// The tagger never tags by guesswork: when the display lists it is given are not exactly what Skia
/// painted — an item missing or added, two items swapped, one glyph or one coordinate different, a
/// link moved, a page missing — it throws and changes nothing. Mutations are drawn at random
/// (seeded, fixed budget) over every item of the synthetic pages.
/// </summary>
public sealed class TaggingMismatchTests : IDisposable
{
    private readonly FontRegistry _fonts = FontRegistry.LoadDirectory(Path.Combine(SamplePdf.RepoRoot(), "fonts"));
    private readonly TaggedSample _sample;
    private readonly byte[] _skia;

    public TaggingMismatchTests()
    {
        _sample = new TaggedSample(_fonts);
        _skia = _sample.PaintSkia();
    }

    public void Dispose() => _fonts.Dispose();

    private static bool Paints(PageItem item) => item switch
    {
        GlyphRunItem run => run.Glyphs.Length > 0,
        RuleItem or RectItem or PathItem or ImageItem => true,
        _ => false,
    };

    private void AssertRefused(TaggingPlan plan, string what)
    {
        var before = (byte[])_skia.Clone();
        var error = Assert.Throws<TaggingException>(() => PdfFinisher.FinishScreen(_skia, TaggedSample.Options(plan)));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), what);
        Assert.Equal(before, _skia);
    }

    private TaggingPlan WithPage(int pageIndex, Func<List<PageItem>, List<ItemTag>, (List<PageItem>, List<ItemTag>)> change)
    {
        var plan = _sample.Plan;
        var pages = plan.Pages.ToList();
        var (items, tags) = change(pages[pageIndex].Page.Items.ToList(), pages[pageIndex].Tags.ToList());
        pages[pageIndex] = new TaggedPage(new Page(pages[pageIndex].Page.WidthPt, pages[pageIndex].Page.HeightPt, items), tags);
        return plan with { Pages = pages };
    }

    [Fact]
    public void TheUnchangedPlanIsAccepted() =>
        Assert.NotEmpty(PdfFinisher.FinishScreen(_skia, TaggedSample.Options(_sample.Plan)));

    [Fact]
    public void APageTooFewIsRefused() =>
        AssertRefused(_sample.Plan with { Pages = _sample.Plan.Pages.Take(1).ToArray() }, "one page");

    [Fact]
    public void EveryMissingPaintingItemIsRefused()
    {
        for (var p = 0; p < 2; p++)
            for (var i = 0; i < _sample.Plan.Pages[p].Page.Items.Length; i++)
            {
                if (!Paints(_sample.Plan.Pages[p].Page.Items[i])) continue;
                var index = i;
                AssertRefused(WithPage(p, (items, tags) =>
                {
                    items.RemoveAt(index);
                    tags.RemoveAt(index);
                    return (items, tags);
                }), $"page {p + 1} without item {i}");
            }
    }

    [Fact]
    public void RandomChangesToPaintingItemsAreRefused()
    {
        var random = new Random(1414);
        var refused = 0;
        for (var trial = 0; trial < 60; trial++)
        {
            var p = random.Next(2);
            var page = _sample.Plan.Pages[p].Page;
            var painting = Enumerable.Range(0, page.Items.Length).Where(i => Paints(page.Items[i])).ToArray();
            var i = painting[random.Next(painting.Length)];
            var kind = random.Next(4);
            var plan = WithPage(p, (items, tags) =>
            {
                switch (kind)
                {
                    case 0: // a different glyph, or a moved shape
                        items[i] = Changed(items[i], random);
                        break;
                    case 1: // swapped with the next painting item that paints differently
                        var j = painting.FirstOrDefault(k => k > i && !SamePainting(items[k], items[i]), -1);
                        if (j < 0) goto default;
                        (items[i], items[j]) = (items[j], items[i]);
                        (tags[i], tags[j]) = (tags[j], tags[i]);
                        break;
                    case 2: // an item the painter never drew
                        items.Insert(i, new RectItem(10, 10, 5, 5, PaintColor.Black));
                        tags.Insert(i, new ItemTag.Artifact(ArtifactKind.Layout));
                        break;
                    default:
                        items.RemoveAt(i);
                        tags.RemoveAt(i);
                        break;
                }
                return (items, tags);
            });
            AssertRefused(plan, $"trial {trial}: change {kind} of page {p + 1} item {i}");
            refused++;
        }
        Assert.Equal(60, refused);
    }

    [Fact]
    public void AMovedLinkIsRefused()
    {
        var page = _sample.Plan.Pages[1].Page;
        var index = page.Items.ToList().FindIndex(i => i is LinkItem);
        AssertRefused(WithPage(1, (items, tags) =>
        {
            var link = (LinkItem)items[index];
            items[index] = link with { X = link.X + 30 };
            return (items, tags);
        }), "moved link");
    }

    private static bool SamePainting(PageItem a, PageItem b) =>
        a is GlyphRunItem ga && b is GlyphRunItem gb ? ga.Glyphs.SequenceEqual(gb.Glyphs) : a.GetType() == b.GetType() && a.Equals(b);

    private static PageItem Changed(PageItem item, Random random) => item switch
    {
        GlyphRunItem run => run with { Glyphs = run.Glyphs.SetItem(random.Next(run.Glyphs.Length), (ushort)(run.Glyphs[0] == 3 ? 4 : 3)) },
        RuleItem rule => rule with { X1 = rule.X1 + 2 },
        RectItem rect => rect with { Y = rect.Y + 2 },
        PathItem path => path with { SvgPathData = "M1 1h3v3h-3z" },
        ImageItem image => new RuleItem(image.X, image.Y, image.X + image.Width, image.Y, 1, PaintColor.Black),
        _ => item,
    };
}
