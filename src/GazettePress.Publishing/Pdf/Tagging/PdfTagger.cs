using GazettePress.Layout.DisplayList;

namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>
/// Makes Skia's untagged PDF a tagged one (ISO 32000-1 §14.7–14.8, PDF/UA-1 structure): marked
/// content around every graphics object of every page (content with an MCID, or an artifact), a
/// structure tree (StructTreeRoot → Document → …) whose order is the reading order of the content,
/// a ParentTree from page content and link annotations back to their elements, /StructParents on
/// pages and /StructParent, /Contents on link annotations, tab order by structure, /MarkInfo.
/// The display lists the pages were painted from prove which object is which (<see cref="ItemMatcher"/>);
/// any doubt throws <see cref="TaggingException"/> before the file is changed.
/// </summary>
public static class PdfTagger
{
    public static void Apply(PdfFile file, TaggingPlan plan)
    {
        var pageReferences = file.PageReferences();
        if (pageReferences.Count != plan.Pages.Count)
            throw new TaggingException($"the PDF has {pageReferences.Count} pages, the plan {plan.Pages.Count}");

        // First everything that can fail, then the changes.
        var marked = new List<(PdfReference Page, List<ContentOperation> Operations)>();
        var content = new List<MarkedContent>();
        var links = new List<(PdfReference Page, PdfReference Annotation, StructureElement Link)>();
        var observations = new ToUnicodeRepair.Observations();
        for (var i = 0; i < pageReferences.Count; i++)
        {
            var page = file.Page(pageReferences[i]);
            var data = ContentStream.PageContent(file, page) ?? throw new TaggingException($"page {i + 1}: its content cannot be decoded");
            var original = ContentStream.Parse(data);
            var (operations, pieces, matches) = PageMarker.Mark(plan.Pages[i], original, i);
            Observe(file, page, plan.Pages[i].Page, original, matches, observations);
            marked.Add((pageReferences[i], operations));
            content.AddRange(pieces);
            links.AddRange(MatchLinks(file, page, pageReferences[i], plan.Pages[i], i));
        }
        var inTree = plan.Root.DescendantsAndSelf().ToHashSet();
        foreach (var piece in content.Where(p => !inTree.Contains(p.Element)))
            throw new TaggingException($"page {piece.PageIndex + 1}: content is tagged with a {piece.Element.Role} element that is not in the structure tree");

        for (var i = 0; i < marked.Count; i++)
        {
            var page = file.Page(marked[i].Page);
            var stream = new PdfStream(new PdfDictionary(), []);
            PdfFilters.SetFlateData(stream, ContentStream.Write(marked[i].Operations));
            page["Contents"] = file.Add(stream);
            page["StructParents"] = new PdfNumber(i);
            if (links.Any(l => l.Page.Equals(marked[i].Page))) page["Tabs"] = new PdfName("S");
        }
        StructureTreeWriter.Write(file, plan.Root, pageReferences, content, links);
        ToUnicodeRepair.Apply(file, observations);
        var catalog = file.Catalog;
        catalog["MarkInfo"] = new PdfDictionary { ["Marked"] = PdfBoolean.True };
    }

    /// <summary>Notes, for each glyph that is alone in its cluster, the characters it stands for and the font it is shown in.</summary>
    private static void Observe(PdfFile file, PdfDictionary page, Page display, IReadOnlyList<ContentOperation> ops, List<MatchedGroup> matches,
        ToUnicodeRepair.Observations observations)
    {
        var fonts = file.ResolveDictionary(file.ResolveDictionary(file.Inherited(page, "Resources"))?["Font"]);
        if (fonts is null) return;
        foreach (var match in matches.Where(m => m.Group.Kind == GroupKind.Text))
        {
            if (display.Items[match.ItemIndex] is not GlyphRunItem run || run.Clusters.IsDefaultOrEmpty) continue;
            var tf = Enumerable.Range(match.Group.Start, match.Group.End - match.Group.Start).Select(k => ops[k]).FirstOrDefault(o => o.Operator == "Tf");
            if (tf?.Operands.FirstOrDefault() is not PdfName name || fonts[name.Value] is not PdfReference font) continue;
            for (var g = 0; g < run.Glyphs.Length; g++)
            {
                var start = run.Clusters[g];
                var shared = (g > 0 && run.Clusters[g - 1] == start) || (g + 1 < run.Glyphs.Length && run.Clusters[g + 1] == start);
                if (shared) continue;
                var end = run.Clusters.Where(c => c > start).DefaultIfEmpty(run.Text.Length).Min();
                if (start < 0 || end > run.Text.Length || end <= start) continue;
                observations.Add(font.Number, run.Glyphs[g], run.Text[start..end]);
            }
        }
    }

    /// <summary>Skia writes one /Link annotation per link rectangle, in drawing order: pair them with
    /// the page's link items, checking the rectangle and the target.</summary>
    private static IEnumerable<(PdfReference, PdfReference, StructureElement)> MatchLinks(PdfFile file, PdfDictionary page, PdfReference pageReference,
        TaggedPage tagged, int pageIndex)
    {
        var annotations = (file.Resolve(page["Annots"]) as PdfArray)?.Items ?? [];
        var linkAnnotations = annotations
            .Select(a => (Reference: a as PdfReference, Dictionary: file.ResolveDictionary(a)))
            .Where(a => a.Dictionary?["Subtype"] is PdfName { Value: "Link" })
            .ToList();
        var items = tagged.Page.Items.Select((item, index) => (item, index)).Where(x => x.item is LinkItem).ToList();
        if (linkAnnotations.Count != items.Count)
            throw new TaggingException($"page {pageIndex + 1}: {linkAnnotations.Count} link annotations, {items.Count} link items");
        var height = file.InheritedBox(page, "MediaBox")?.Top ?? tagged.Page.HeightPt;
        var result = new List<(PdfReference, PdfReference, StructureElement)>();
        for (var k = 0; k < items.Count; k++)
        {
            var (item, index) = items[k];
            var link = (LinkItem)item;
            var (reference, annotation) = linkAnnotations[k];
            if (reference is null) throw new TaggingException($"page {pageIndex + 1}: link annotation {k + 1} is not an indirect object");
            if (tagged.Tags[index] is not ItemTag.Annotation { Link: var element })
                throw new TaggingException($"page {pageIndex + 1}, item {index}: a link rectangle must be tagged with its Link element");
            var rect = file.Resolve(annotation!["Rect"]) as PdfArray;
            double[] expected = [link.X, height - link.Y - link.Height, link.X + link.Width, height - link.Y];
            if (rect is not { Count: 4 } || Enumerable.Range(0, 4).Any(j => Math.Abs(((PdfNumber)file.Resolve(rect[j])!).Value - expected[j]) > 0.1))
                throw new TaggingException($"page {pageIndex + 1}: link annotation {k + 1} is not where link item {index} is");
            result.Add((pageReference, reference, element));
        }
        return result;
    }
}
