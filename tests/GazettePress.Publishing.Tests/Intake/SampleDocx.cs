using GazettePress.Content;
using GazettePress.Content.Rendering;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>
/// Writes a document of a sample issue out as the Word file its office would have sent: 版头 (in
/// paragraphs, a table, a text box, or none), title, 主送机关, notice text, 附件说明, 署名, 成文日期,
/// 附注, the attached text after a page break, the consultation block and 政策解读 caption, and a
/// 版记 — formatted directly or by styles, with WPS's split runs or not, chosen per document.
/// </summary>
internal static class SampleDocx
{
    public sealed record Variant(Formatting Formatting, HeadLayout Head, bool WpsRuns, bool TitleBreaks, bool SectionBreak)
    {
        public static Variant For(int index) => new(
            index % 2 == 0 ? Formatting.Direct : Formatting.Styles,
            (HeadLayout)(index % 4),
            index % 3 == 0,
            index % 2 == 1,
            index % 5 == 0);
    }

    public static byte[] Write(GazetteDocument document, Variant variant)
    {
        var docx = new OfficeDocx(variant.Formatting, variant.WpsRuns, seed: document.Id.GetHashCode(StringComparison.Ordinal));
        var isOrder = document.Kind == "令";
        var issuers = document.Signature?.Issuers ?? [];
        if (isOrder)
        {
            var number = document.DocNumber!.Printed;
            var at = number.IndexOf("令第", StringComparison.Ordinal);
            docx.Head(variant.Head == HeadLayout.None ? HeadLayout.Paragraphs : variant.Head, [number[..(at + 1)]], null, number[(at + 1)..]);
        }
        else
        {
            docx.Head(variant.Head, issuers.Count > 0 ? issuers : [document.TitleLines[0]], document.DocNumber?.Printed);
        }
        if (document.Registration is { } registration) docx.Line(registration, Role.Addressee);
        if (!isOrder)
        {
            docx.Title(document.TitleLines, variant.TitleBreaks);
            if (variant.Head == HeadLayout.None && document.DocNumber is { } dn) docx.Line(dn.Printed, Role.DocNumber);
        }
        if (document.Addressee is { } addressee) docx.Line(addressee, Role.Addressee);

        var blocks = BodyMarkdown.Parse(document.BodyMarkdown).ToList();
        var firstAttached = blocks.FindIndex(b => b is HeadingBlock { Level: 1 });
        var notice = firstAttached < 0 ? blocks : blocks.Take(firstAttached).ToList();
        // A 令's regulation follows its signature directly in the sample; in Word it starts on a new page.
        var orderSignature = isOrder ? notice.FindIndex(b => b is CustomContainer { Info: "signature" }) : -1;
        foreach (var block in orderSignature >= 0 ? notice.Take(orderSignature + 1) : notice) Block(docx, block);

        if (document.Attachments.Count > 0)
        {
            docx.Empty();
            for (var i = 0; i < document.Attachments.Count; i++)
            {
                var title = document.Attachments[i].Title;
                var text = document.Attachments.Count == 1 ? "附件：" + title : i == 0 ? $"附件：1．{title}" : $"　　　{i + 1}．{title}";
                docx.Line(text, Role.Note);
            }
        }
        if (document.Signature is { } signature)
        {
            docx.Empty().Empty();
            foreach (var issuer in signature.Issuers) docx.Line(issuer, Role.Signature);
            if (signature.Signer is { } signer) docx.Line(signer, Role.Signature);
            docx.Line(signature.PrintedDate, Role.Date);
        }
        if (document.Publicity is { } publicity) docx.Line(publicity, Role.Note);
        if (orderSignature >= 0)
        {
            Break(docx, variant);
            docx.Title(document.TitleLines, variant.TitleBreaks);
            foreach (var block in notice.Skip(orderSignature + 1)) Block(docx, block);
        }
        if (firstAttached >= 0)
        {
            foreach (var block in blocks.Skip(firstAttached))
            {
                if (block is HeadingBlock { Level: 1 } h)
                {
                    Break(docx, variant);
                    docx.Title([string.Concat(Pieces(h.Inline).Select(p => p.Text))], false);
                }
                else Block(docx, block);
            }
        }
        if (document.Consultation.Count > 0)
        {
            docx.Empty();
            foreach (var c in document.Consultation) docx.Line($"{c.Label}：{c.Value}", Role.Addressee);
        }
        if (document.Qr?.Caption is { } caption) docx.Line(caption, Role.Centered);
        if (!isOrder && issuers.Count > 0 && document.Signature is { } s)
            docx.Record("市委各部门，市人大常委会办公室，市政协办公室。", issuers[^1], s.PrintedDate);
        return docx.Save();
    }

    private static void Break(OfficeDocx docx, Variant variant)
    {
        if (variant.SectionBreak) docx.SectionBreak();
        else docx.PageBreak();
    }

    private static void Block(OfficeDocx docx, Block block)
    {
        switch (block)
        {
            case HeadingBlock h:
                docx.Add(Pieces(h.Inline), h.Level switch { 2 => Role.Heading1, 3 => Role.Heading2, _ => Role.Heading3 });
                break;
            case ParagraphBlock p:
                docx.Add(Pieces(p.Inline));
                break;
            case CustomContainer { Info: "keyvalue" } kv:
                foreach (var line in kv.OfType<ParagraphBlock>())
                {
                    var pieces = Pieces(line.Inline);
                    var text = string.Concat(pieces.Select(x => x.Text));
                    var colon = text.IndexOf('：');
                    docx.Add([new Piece(text[..(colon + 1)], Bold: true), new Piece(text[(colon + 1)..])]);
                }
                break;
            case CustomContainer { Info: "signature" } signature:
                var lines = signature.OfType<ParagraphBlock>().SelectMany(p => string.Concat(Pieces(p.Inline, softBreaks: true).Select(x => x.Text)).Split('\n')).ToList();
                docx.Empty();
                for (var i = 0; i < lines.Count; i++) docx.Line(lines[i], i == lines.Count - 1 ? Role.Date : Role.Signature);
                break;
            case Table table:
                docx.Table(table.OfType<TableRow>().Select(r => (IReadOnlyList<string>)r.OfType<TableCell>()
                    .Select(c => string.Concat(c.OfType<ParagraphBlock>().SelectMany(p => Pieces(p.Inline)).Select(x => x.Text))).ToList()).ToList());
                break;
        }
    }

    public static List<Piece> Pieces(ContainerInline? inline, bool bold = false, string? shift = null, bool softBreaks = false)
    {
        var pieces = new List<Piece>();
        if (inline is null) return pieces;
        foreach (var child in inline)
        {
            switch (child)
            {
                case LiteralInline literal:
                    pieces.Add(new Piece(literal.Content.ToString(), bold, shift));
                    break;
                case EmphasisInline emphasis:
                    var isBold = bold || emphasis.DelimiterChar == '*' && emphasis.DelimiterCount == 2;
                    var s = emphasis.DelimiterChar == '^' ? "sup" : emphasis.DelimiterChar == '~' ? "sub" : shift;
                    pieces.AddRange(Pieces(emphasis, isBold, s, softBreaks));
                    break;
                case LineBreakInline br:
                    if (br.IsHard || softBreaks) pieces.Add(new Piece("\n", bold, shift));
                    break;
                case CodeInline code:
                    pieces.Add(new Piece(code.Content, bold, shift));
                    break;
                case HtmlEntityInline entity:
                    pieces.Add(new Piece(entity.Transcoded.ToString(), bold, shift));
                    break;
                case HtmlInline html:
                    pieces.Add(new Piece(html.Tag, bold, shift));
                    break;
                case ContainerInline container:
                    pieces.AddRange(Pieces(container, bold, shift, softBreaks));
                    break;
            }
        }
        return pieces;
    }
}
