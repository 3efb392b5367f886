using GazettePress.Layout.DisplayList;

namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>A piece of content on a page that belongs to an element: marked-content id on that page,
/// and its place in painting order (for sorting an element's content into reading order). With
/// <paramref name="ActualText"/>, the piece is a cluster whose glyph does not spell its characters:
/// it gets a Span element of its own, inside <paramref name="Element"/>, that carries the text.</summary>
public sealed record MarkedContent(StructureElement Element, int PageIndex, int Mcid, int Sequence, PdfString? ActualText = null);

/// <summary>
/// Rewrites one page's content with marked content: each graphics object that paints becomes part
/// of a BDC … EMC sequence, either <c>/Artifact</c> (page furniture) or tagged with its element's role
/// and a marked-content id (MCID). Consecutive objects of the same element (or artifacts of one kind)
/// share one sequence when no q/Q lies between them. State operations stay where they are.
/// </summary>
public static class PageMarker
{
    /// <summary>Returns the new operations, the content pieces in painting order, and which display item painted which graphics object.</summary>
    public static (List<ContentOperation> Operations, List<MarkedContent> Content, List<MatchedGroup> Matches) Mark(TaggedPage tagged, IReadOnlyList<ContentOperation> ops, int pageIndex)
    {
        tagged.Validate(pageIndex);
        var groups = ContentGroups.Split(ops);
        var matches = ItemMatcher.Match(tagged.Page, ops, groups, pageIndex);

        var result = new List<ContentOperation>(ops.Count + 2 * matches.Count);
        var content = new List<MarkedContent>();
        var mcid = 0;
        var position = 0; // next operation of ops not yet copied

        ContentOperation Open(Span span, PdfString? actualText = null)
        {
            if (span.Element is null) return Artifact(span.Artifact);
            content.Add(new MarkedContent(span.Element, pageIndex, mcid, content.Count, actualText));
            var properties = new PdfDictionary { ["MCID"] = new PdfNumber(mcid++) };
            if (actualText is null)
                return new ContentOperation([new PdfName(span.Element.Role.ToString()), properties], "BDC");
            // The text is on the Span element that owns this MCID (for structure readers) and in the
            // property list (§14.9.4, for readers of the content stream).
            properties["ActualText"] = actualText;
            return new ContentOperation([new PdfName("Span"), properties], "BDC");
        }

        var m = 0;
        while (m < matches.Count)
        {
            var first = matches[m];
            var tag = tagged.Tags[first.ItemIndex];
            for (; position < first.Group.Start; position++) result.Add(ops[position]);

            if (tag is ItemTag.Parts parts)
            {
                if (first.Group.Kind != GroupKind.Text)
                    throw new TaggingException($"page {pageIndex + 1}, item {first.ItemIndex}: only a glyph run can be split into parts");
                var run = (GlyphRunItem)tagged.Page.Items[first.ItemIndex];
                var starts = GlyphStarts(run, parts.Pieces, pageIndex, first.ItemIndex);
                var spans = parts.Pieces.Select(p => p.Element is null ? Span.ArtifactOf(ArtifactKind.Layout) : Span.Of(p.Element)).ToArray();
                // An empty part (two parts starting at one glyph, or one starting after the last glyph) is left out.
                var keep = starts.Select((s, k) => (s, k)).Where(x => x.s < run.Glyphs.Length).GroupBy(x => x.s).Select(g => g.Last()).ToArray();
                result.AddRange(TextObject.MarkParts(ops, first.Group, keep.Select(x => x.s).ToArray(),
                    k => spans[keep[k].k].Element is not null, (k, actual) => Open(spans[keep[k].k], actual)));
                position = first.Group.End;
                m++;
                continue;
            }

            var spanOf = SpanOf(tag, pageIndex, first.ItemIndex);
            if (first.Group.Kind == GroupKind.Text && spanOf.Element is not null && TextObject.HasMarkedContent(ops, first.Group))
            {
                // Skia's ActualText spans inside: mark inside the text object (see TextObject.MarkParts).
                result.AddRange(TextObject.MarkParts(ops, first.Group, [0], _ => true, (_, actual) => Open(spanOf, actual)));
                position = first.Group.End;
                m++;
                continue;
            }
            // Extend over the following objects of the same span, while no q/Q lies between.
            var last = m;
            while (last + 1 < matches.Count
                   && tagged.Tags[matches[last + 1].ItemIndex] is not ItemTag.Parts
                   && SpanOf(tagged.Tags[matches[last + 1].ItemIndex], pageIndex, matches[last + 1].ItemIndex) == spanOf
                   && !(spanOf.Element is not null && matches[last + 1].Group.Kind == GroupKind.Text && TextObject.HasMarkedContent(ops, matches[last + 1].Group))
                   && !Enumerable.Range(matches[last].Group.End, matches[last + 1].Group.Start - matches[last].Group.End).Any(k => ops[k].Operator is "q" or "Q"))
                last++;
            result.Add(Open(spanOf));
            for (; position < matches[last].Group.End; position++) result.Add(ops[position]);
            result.Add(new ContentOperation([], "EMC"));
            m = last + 1;
        }
        for (; position < ops.Count; position++) result.Add(ops[position]);
        return (result, content, matches);
    }

    private readonly record struct Span(StructureElement? Element, ArtifactKind Artifact)
    {
        public static Span Of(StructureElement element) => new(element, default);
        public static Span ArtifactOf(ArtifactKind kind) => new(null, kind);
    }

    private static Span SpanOf(ItemTag tag, int pageIndex, int itemIndex) => tag switch
    {
        ItemTag.Content c => Span.Of(c.Element),
        ItemTag.Artifact a => Span.ArtifactOf(a.Kind),
        _ => throw new TaggingException($"page {pageIndex + 1}, item {itemIndex} paints, but its tag is {tag.GetType().Name}"),
    };

    private static ContentOperation Artifact(ArtifactKind kind)
    {
        var properties = kind switch
        {
            ArtifactKind.Header => new PdfDictionary { ["Type"] = new PdfName("Pagination"), ["Subtype"] = new PdfName("Header") },
            ArtifactKind.Footer => new PdfDictionary { ["Type"] = new PdfName("Pagination"), ["Subtype"] = new PdfName("Footer") },
            ArtifactKind.Page => new PdfDictionary { ["Type"] = new PdfName("Page") },
            ArtifactKind.Background => new PdfDictionary { ["Type"] = new PdfName("Background") },
            _ => new PdfDictionary { ["Type"] = new PdfName("Layout") },
        };
        return new ContentOperation([new PdfName("Artifact"), properties], "BDC");
    }

    /// <summary>The first glyph of each part: the first glyph whose character is at or after the part's text start.</summary>
    private static int[] GlyphStarts(GlyphRunItem run, IReadOnlyList<TextPart> parts, int pageIndex, int itemIndex)
    {
        if (parts.Count == 0 || parts[0].TextStart != 0)
            throw new TaggingException($"page {pageIndex + 1}, item {itemIndex}: the first part of a glyph run starts at character 0");
        var starts = new int[parts.Count];
        for (var p = 0; p < parts.Count; p++)
        {
            if (p > 0 && parts[p].TextStart < parts[p - 1].TextStart)
                throw new TaggingException($"page {pageIndex + 1}, item {itemIndex}: parts of a glyph run must be in text order");
            var g = 0;
            while (g < run.Glyphs.Length && Cluster(run, g) < parts[p].TextStart) g++;
            starts[p] = g;
        }
        return starts;
    }

    private static int Cluster(GlyphRunItem run, int glyph) => run.Clusters.IsDefaultOrEmpty ? 0 : run.Clusters[glyph];
}
