using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>What follows a document's text: 附件 list, 咨询 block, QR caption — in any order.</summary>
internal sealed record DocumentTail(
    int Start,
    IReadOnlyList<ImportedAttachment> Attachments,
    IReadOnlyList<LabelValue> Consultation,
    string? QrCaption,
    string? QrUrl);

/// <summary>
/// Stage 5a: peels the tail off a document's lines, from the end backwards: the 政策解读 caption of
/// its QR code, the consultation block (咨询单位, 政策咨询电话 and continuation lines), and the
/// attachment list (附件：1.…（见网络版）, items split over lines, items printed out of place).
/// </summary>
internal static partial class DocumentTailParser
{
    public static DocumentTail Parse(IReadOnlyList<SourceLine> lines, ReviewLog review)
    {
        var i = lines.Count - 1;
        while (i >= 0)
        {
            var line = lines[i];
            if (line.IsBlank || IsQrCaption(line.Text) || IsUrl(line.Text) || IsConsultation(line.Text)
                || IsAttachmentLine(lines, i) || IsConsultationContinuation(lines, i))
                i--;
            else break;
        }
        var start = i + 1;
        var attachmentLines = new List<SourceLine>();
        var consultation = new List<LabelValue>();
        string? caption = null, url = null;
        for (var k = start; k < lines.Count; k++)
        {
            var text = lines[k].Text;
            if (text.Length == 0) continue;
            if (IsQrCaption(text)) caption = SpaceNormalizer.RemoveStraySpaces(text);
            else if (IsUrl(text)) url = text.Trim();
            else if (IsConsultation(text))
            {
                var m = MastheadParser.LabelLine().Match(text);
                consultation.Add(new LabelValue(SpaceNormalizer.Label(m.Groups[1].Value), BodyText.Clean(m.Groups[2].Value)));
            }
            else if (IsConsultationContinuation(lines, k) && consultation.Count > 0)
            {
                consultation[^1] = consultation[^1] with { Value = consultation[^1].Value + CjkText.IdeographicSpace + BodyText.Clean(text) };
                review.Note(ReviewCategory.Attachments, lines[k].Number, ImportMessages.ConsultationContinued, ("text", text), ("label", consultation[^1].Label));
            }
            else attachmentLines.Add(lines[k]);
        }
        return new DocumentTail(start, Attachments(attachmentLines, review), consultation, caption, url);
    }

    /// <summary>
    /// An attachment list at the end of <paramref name="lines"/> (附件 head, then items and their
    /// continuations only): where it starts, and its items; Start = lines.Count when there is none.
    /// </summary>
    public static (int Start, IReadOnlyList<ImportedAttachment> Attachments) TrailingAttachments(IReadOnlyList<SourceLine> lines, ReviewLog review)
    {
        for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 30; i--)
        {
            if (!AttachmentHead().IsMatch(CjkText.FoldWidth(lines[i].Text).Trim())) continue;
            var items = lines.Skip(i).Where(l => !l.IsBlank).ToList();
            if (items.Skip(1).Any(l => l.Text.Contains('。') || l.Text.Length > 60)) return (lines.Count, []);
            return (i, Attachments(items, review));
        }
        return (lines.Count, []);
    }

    private static IReadOnlyList<ImportedAttachment> Attachments(List<SourceLine> lines, ReviewLog review)
    {
        var items = new List<(int? Number, string Text, int Line)>();
        foreach (var line in lines)
        {
            var text = CjkText.FoldWidth(line.Text).Trim();
            var head = AttachmentHead().Match(text);
            if (head.Success) text = text[head.Length..].Trim();
            var number = ItemNumber().Match(text);
            if (head.Success || number.Success || items.Count == 0)
            {
                int? n = number.Success && int.TryParse(number.Groups[1].Value, out var parsed) ? parsed : null;
                items.Add((n, number.Success ? text[number.Length..] : text, line.Number));
            }
            else items[^1] = items[^1] with { Text = items[^1].Text + text };
        }
        if (items.Count > 1 && items.All(i => i.Number is not null))
        {
            var sorted = items.OrderBy(i => i.Number).ToList();
            for (var k = 0; k < items.Count; k++)
                if (items[k] != sorted[k])
                {
                    review.Note(ReviewCategory.Attachments, items[k].Line, ImportMessages.AttachmentsSorted, ("number", items[k].Number ?? 0));
                    break;
                }
            items = sorted;
        }
        var result = new List<ImportedAttachment>();
        foreach (var (_, text, _) in items)
        {
            var online = OnlineMark().Match(text);
            var title = online.Success ? text[..online.Index] : text;
            result.Add(new ImportedAttachment(BodyText.Clean(title), online.Success));
        }
        return result;
    }

    public static bool IsQrCaption(string text)
    {
        var t = SpaceNormalizer.Label(text);
        return t.Length is >= 2 and <= 8 && (t.EndsWith("解读", StringComparison.Ordinal) || t is "扫码阅读" or "扫一扫");
    }

    private static bool IsUrl(string text) => UrlLine().IsMatch(text.Trim());

    private static bool IsConsultation(string text) => ConsultationLabel().IsMatch(text);

    /// <summary>A second unit under 咨询单位: a short name line right after a consultation line.</summary>
    private static bool IsConsultationContinuation(IReadOnlyList<SourceLine> lines, int i)
    {
        var text = lines[i].Text;
        if (text.Length is 0 or > 30 || text.IndexOfAny(['：', ':', '。', '，', ',']) >= 0) return false;
        for (var k = i - 1; k >= 0; k--)
        {
            if (lines[k].IsBlank) continue;
            return IsConsultation(lines[k].Text) || (IsConsultationContinuation(lines, k) && k >= i - 3);
        }
        return false;
    }

    /// <summary>附件 head, an item with （见网络版）, or a numbered item or fragment after a 附件 head.</summary>
    private static bool IsAttachmentLine(IReadOnlyList<SourceLine> lines, int i)
    {
        var text = CjkText.FoldWidth(lines[i].Text).Trim();
        if (AttachmentHead().IsMatch(text) || OnlineMark().IsMatch(text) || OnlineFragment().IsMatch(text)) return true;
        // A signature, its date and the publicity marker are never part of an attachment list.
        if (DocumentParser.IsDateLine(text) || DocumentParser.IsPublicity(text)) return false;
        var below = Lines.NextNonBlank(lines, i + 1, lines.Count);
        if (below >= 0 && DocumentParser.IsDateLine(lines[below].Text)) return false;
        for (var k = i - 1; k >= 0 && k >= i - 24; k--)
        {
            var t = CjkText.FoldWidth(lines[k].Text).Trim();
            if (t.Length == 0) continue;
            if (AttachmentHead().IsMatch(t)) return true;
            if (DocumentParser.IsDateLine(t) || DocumentParser.IsPublicity(t)) return false;
            var continuation = t.Length <= 20 && !CjkText.IsTerminal(t[^1]) && !t.Contains('。');
            if (!ItemNumber().IsMatch(t) && !OnlineMark().IsMatch(t) && !OnlineFragment().IsMatch(t) && !continuation) return false;
        }
        return false;
    }

    [GeneratedRegex(@"^附\s*件\s*[0-9]*\s*[:：]")]
    private static partial Regex AttachmentHead();

    [GeneratedRegex(@"^([0-9]{1,2})\s*[.．、]\s*")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"\s*[(（]\s*见\s*网\s*(?:络\s*)?(?:版\s*)?[)）]?\s*$")]
    private static partial Regex OnlineMark();

    /// <summary>The end of （见网络版） broken onto its own line: 络版）, 版）.</summary>
    [GeneratedRegex(@"^(?:网?络)?版?[)）]$")]
    private static partial Regex OnlineFragment();

    [GeneratedRegex(@"^(?:咨询单位|政策咨询电话|咨询电话|联系单位|联系电话|联系人|解读单位)\s*[:：]")]
    private static partial Regex ConsultationLabel();

    [GeneratedRegex(@"^(?:https?://)\S+$")]
    private static partial Regex UrlLine();
}
