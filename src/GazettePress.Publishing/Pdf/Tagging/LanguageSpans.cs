using GazettePress.Layout.DisplayList;

namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>
/// Cuts a Span /Lang en out of the tagged glyph runs around every Latin phrase (<see cref="LatinSpans"/>)
/// of an element in the document's language. The phrases are found in the element's whole text —
/// its runs in reading order, joined over line, column and page breaks — so a phrase
/// that wraps (World Health | Organization, a word broken as Operatio | n) is one Span whose pieces
/// lie on several lines. A phrase whose edge inside a run does not fall on a glyph boundary (inside
/// a cluster) is left unmarked rather than split wrongly.
/// </summary>
internal static class LanguageSpans
{
    /// <summary>A stretch [From, To) of one run's text that belongs to Element, and where it starts in the element's joined text.</summary>
    private sealed record Segment(int Page, int Item, int From, int To, int Joined);

    /// <summary>Returns <paramref name="tags"/> (per page, per item) with the language spans cut in.</summary>
    public static ItemTag[][] Apply(IReadOnlyList<Page> pages, ItemTag[][] tags)
    {
        // The element's text, piece by piece, in reading order (the order items are painted). Pieces
        // join as they are, also over a line break (the next line, column or page): whether the source
        // had a space there is not known, and without one a broken word (Operatio|n) or address
        // (http://|www.…) stays whole, while two words (Health|Organization) still make one phrase.
        // Where another element's text comes between (a link inside the paragraph) a line feed, which
        // no phrase crosses, so that a Span never reaches over a sibling.
        var segments = new Dictionary<StructureElement, List<Segment>>(ReferenceEqualityComparer.Instance);
        var texts = new Dictionary<StructureElement, System.Text.StringBuilder>(ReferenceEqualityComparer.Instance);
        var order = new List<StructureElement>();
        StructureElement? previous = null;
        for (var p = 0; p < pages.Count; p++)
        for (var i = 0; i < pages[p].Items.Length; i++)
        {
            if (pages[p].Items[i] is not GlyphRunItem { Clusters.IsDefaultOrEmpty: false } run) continue;
            foreach (var (from, to, element) in Pieces(tags[p][i], run.Text.Length))
            {
                if (element is null || from == to) continue;
                var follows = ReferenceEquals(previous, element);
                previous = element;
                if (element.Role == StructureRole.Lbl || HasLanguage(element)) continue;
                if (!texts.TryGetValue(element, out var text))
                {
                    texts[element] = text = new System.Text.StringBuilder();
                    segments[element] = [];
                    order.Add(element);
                }
                else if (!follows) text.Append('\n');
                segments[element].Add(new Segment(p, i, from, to, text.Length));
                text.Append(run.Text, from, to - from);
            }
        }

        // Per run, the spans to cut: (start, end, span) in the run's text.
        var cuts = new Dictionary<(int Page, int Item), List<(int Start, int End, StructureElement Span)>>();
        foreach (var element in order)
        {
            var text = texts[element].ToString();
            foreach (var (start, length) in LatinSpans.Find(text))
            {
                var pieces = new List<(Segment Segment, int Start, int End)>();
                foreach (var s in segments[element])
                {
                    var (a, b) = (Math.Max(start, s.Joined), Math.Min(start + length, s.Joined + s.To - s.From));
                    while (a < b && char.IsWhiteSpace(text[a])) a++;
                    while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
                    if (a < b) pieces.Add((s, s.From + a - s.Joined, s.From + b - s.Joined));
                }
                if (pieces.Count == 0 || !pieces.All(x => IsBoundary(pages, x.Segment, x.Start) && IsBoundary(pages, x.Segment, x.End))) continue;
                var span = element.Add(new StructureElement(StructureRole.Span) { Language = LatinSpans.Language, PlacedByText = true });
                foreach (var (s, a, b) in pieces)
                {
                    if (!cuts.TryGetValue((s.Page, s.Item), out var list)) cuts[(s.Page, s.Item)] = list = [];
                    list.Add((a, b, span));
                }
            }
        }

        foreach (var ((p, i), list) in cuts)
            tags[p][i] = Cut(tags[p][i], ((GlyphRunItem)pages[p].Items[i]).Text.Length, list);
        return tags;
    }

    /// <summary>The run's parts as [from, to) stretches of its text.</summary>
    private static IEnumerable<(int From, int To, StructureElement? Element)> Pieces(ItemTag tag, int length)
    {
        switch (tag)
        {
            case ItemTag.Content content:
                yield return (0, length, content.Element);
                break;
            case ItemTag.Parts parts:
                for (var k = 0; k < parts.Pieces.Count; k++)
                    yield return (parts.Pieces[k].TextStart, k + 1 < parts.Pieces.Count ? parts.Pieces[k + 1].TextStart : length, parts.Pieces[k].Element);
                break;
        }
    }

    /// <summary>The tag with each span's stretch given to the span; the rest stays with its element.</summary>
    private static ItemTag Cut(ItemTag tag, int length, List<(int Start, int End, StructureElement Span)> spans)
    {
        var result = new List<TextPart>();
        void Add(int at, StructureElement? element)
        {
            if (at >= length) return;
            if (result.Count > 0 && result[^1].TextStart == at) result.RemoveAt(result.Count - 1); // an empty part
            if (result.Count > 0 && ReferenceEquals(result[^1].Element, element)) return;
            result.Add(new TextPart(at, element));
        }
        foreach (var (from, to, element) in Pieces(tag, length))
        {
            var at = from;
            foreach (var (start, end, span) in spans.Where(s => s.Start >= from && s.End <= to).OrderBy(s => s.Start))
            {
                if (start > at) Add(at, element);
                Add(start, span);
                at = end;
            }
            if (at < to) Add(at, element);
        }
        return result.Count == 1 && result[0].Element is { } only ? new ItemTag.Content(only) : new ItemTag.Parts(result);
    }

    private static bool IsBoundary(IReadOnlyList<Page> pages, Segment segment, int at)
    {
        var run = (GlyphRunItem)pages[segment.Page].Items[segment.Item];
        return at == run.Text.Length || run.Clusters.Contains(at);
    }

    private static bool HasLanguage(StructureElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
            if (e.Language is not null) return true;
        return false;
    }
}
