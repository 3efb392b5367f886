namespace GazettePress.Importing;

/// <summary>The web-page details that belong to one document, and whether its 文号 came from them.</summary>
internal sealed record DocumentWebDetails(IReadOnlyList<WebDetails> Blocks, bool NumberFromPage);

/// <summary>
/// Takes web-page details (发布日期, 来源, 发文字号 …, see <see cref="WebMetadata"/>) out of the documents'
/// text and gives them to the document they describe: details printed after a document's end stand
/// before the next document's title; details right after a title or 文号 are that document's. A document
/// without a printed 文号 takes the page's 发文字号, one without a signature date its 成文日期 — each a
/// review item. The details themselves are listed on the review list, so nothing of the source is lost.
/// Non-blank lines between the TOC and the first document that belong to nothing are listed as well.
/// </summary>
internal static class WebDetailsPlacement
{
    public static Dictionary<PlacedDocument, DocumentWebDetails> Place(IReadOnlyList<SourceLine> lines, IReadOnlyList<PlacedDocument> withText,
        Dictionary<PlacedDocument, DocumentSpan> spans, int bodyFrom, ReviewLog review)
    {
        var blocks = withText.ToDictionary(p => p, _ => new List<WebDetails>());
        if (withText.Count == 0) return [];
        var firstStart = withText[0].Head!.Start;
        if (firstStart > bodyFrom)
        {
            var gapEnd = firstStart;
            if (WebMetadata.BlockEndingAt(lines, bodyFrom, firstStart) is { } before)
            {
                blocks[withText[0]].Add(before);
                gapEnd = Lines.IndexOf(lines, before.Lines[0]);
            }
            var unplaced = lines.Skip(bodyFrom).Take(Math.Max(0, gapEnd - bodyFrom)).Where(l => !l.IsBlank).ToList();
            if (unplaced.Count > 0)
                review.Note(ReviewCategory.Documents, unplaced[0].Number, ImportMessages.UnplacedText, ("from", unplaced[0].Number), ("to", unplaced[^1].Number),
                    ("text", Shorten(string.Join(" / ", unplaced.Select(l => l.Text)))));
        }
        for (var i = 0; i < withText.Count; i++)
        {
            var p = withText[i];
            var span = spans[p];
            if (p.Head!.WebLines.Count > 0 && Block(lines, p.Head.WebLines) is { } inHead) blocks[p].Add(inHead);
            if (WebMetadata.BlockStartingAt(lines, span.BodyStart, span.End) is { } leading)
            {
                blocks[p].Add(leading);
                span = span with { BodyStart = Lines.IndexOf(lines, leading.Lines[^1]) + 1 };
            }
            if (WebMetadata.BlockEndingAt(lines, span.BodyStart, span.End) is { } trailing)
            {
                blocks[i + 1 < withText.Count ? withText[i + 1] : p].Add(trailing);
                var end = Lines.IndexOf(lines, trailing.Lines[0]);
                while (end > span.BodyStart && lines[end - 1].IsBlank) end--;
                // A registration code printed above the next document's details is that document's (JCBG-01-2024-0001).
                if (i + 1 < withText.Count && spans[withText[i + 1]].Registration is null && end > span.BodyStart
                    && DocumentHeads.Registration().IsMatch(lines[end - 1].Text.Trim()))
                {
                    spans[withText[i + 1]] = spans[withText[i + 1]] with { Registration = lines[end - 1].Text.Trim() };
                    end--;
                    while (end > span.BodyStart && lines[end - 1].IsBlank) end--;
                }
                span = span with { End = end };
            }
            spans[p] = span;
        }
        var result = new Dictionary<PlacedDocument, DocumentWebDetails>();
        foreach (var (p, list) in blocks)
        {
            if (list.Count == 0) continue;
            var span = spans[p];
            var fromPage = span.DocNumber is null && list.Select(b => b.DocNumber).FirstOrDefault(n => n is not null) is { } number;
            if (fromPage) spans[p] = span with { DocNumber = list.Select(b => b.DocNumber).First(n => n is not null) };
            result[p] = new DocumentWebDetails(list.OrderBy(b => b.FirstLine).ToList(), fromPage);
        }
        return result;
    }

    /// <summary>Review items for a document's details (call with the review log set to the document), and its date from 成文日期 if it has none.</summary>
    public static ImportedDocument Apply(ImportedDocument document, DocumentWebDetails details, ReviewLog review)
    {
        foreach (var block in details.Blocks)
            review.Note(ReviewCategory.WebPage, block.FirstLine, ImportMessages.WebDetailsMoved, ("from", block.FirstLine), ("to", block.LastLine), ("text", block.Text));
        var first = details.Blocks[0].FirstLine;
        if (details.NumberFromPage)
            review.Note(ReviewCategory.WebPage, first, ImportMessages.WebDocNumberUsed, ("number", document.DocNumber ?? ""));
        else if (details.Blocks.Select(b => b.DocNumber).FirstOrDefault(n => n is not null) is { } stated && document.DocNumber is { } printed && stated != printed)
            review.Note(ReviewCategory.WebPage, first, ImportMessages.WebDocNumberDiffers, ("stated", stated), ("number", printed));
        var written = details.Blocks.Select(b => b.WrittenOn).FirstOrDefault(d => d is not null);
        if (written is { } date && document.Date is null && document.Kind != "令")
        {
            var issuers = document.Issuers.Count > 0 || document.Signer is not null ? document.Issuers
                : details.Blocks.Select(b => b.Issuers).FirstOrDefault(n => n.Count > 0) ?? [ImportMessages.UnknownIssuer];
            review.Note(ReviewCategory.WebPage, first, ImportMessages.WebDateUsed, ("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                ("issuers", string.Join("、", issuers)));
            return document with { Date = date, Issuers = issuers };
        }
        if (written is { } other && document.Date is { } signed && other != signed)
            review.Note(ReviewCategory.WebPage, first, ImportMessages.WebDateDiffers, ("stated", other.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                ("date", signed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return document;
    }

    private static WebDetails? Block(IReadOnlyList<SourceLine> lines, IReadOnlyList<SourceLine> blockLines)
    {
        var from = Lines.IndexOf(lines, blockLines[0]);
        var to = Lines.IndexOf(lines, blockLines[^1]);
        return from < 0 || to < from ? null : WebMetadata.BlockEndingAt(lines, from, to + 1);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
