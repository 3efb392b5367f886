using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>Where one document lies in the source lines (indices into the cleaned line list).</summary>
internal sealed record DocumentSpan(
    string Section,
    TocEntry? Entry,
    string? Registration,
    IReadOnlyList<SourceLine> TitleLines,
    string? DocNumber,
    int BodyStart,
    int End,
    int FirstLine);

/// <summary>
/// One document's lines → its front matter and body. In print order: title and 文号 (already
/// located), addressee ending in ：, notice text, issuers and date, publicity marker, attached text
/// with its own title, then the tail (附件, 咨询, 政策解读).
/// </summary>
internal static partial class DocumentParser
{
    public static bool IsDateLine(string text) => ParseDate(text) is not null;

    public static bool IsPublicity(string text) => Publicity().IsMatch(text.Trim());

    public static DateOnly? ParseDate(string text) => ParseDate(text, out _);

    /// <summary>A date line 2025年11月14日 or 二〇二五年十一月十四日; O/l read for 0/1 are repaired.</summary>
    public static DateOnly? ParseDate(string text, out bool repaired)
    {
        repaired = false;
        if (text.Length > 24) return null;
        var s = CjkText.FoldWidth(text).Replace(" ", "");
        var m = DateLine().Match(s);
        if (!m.Success && OcrDateLine().IsMatch(s))
        {
            var fixedText = OcrDigit().Replace(s, d => d.Value is "O" or "o" ? "0" : "1");
            m = DateLine().Match(fixedText);
            repaired = m.Success;
        }
        if (m.Success && MastheadParser.TryDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out var d)) return d;
        repaired = false;
        m = HanDateLine().Match(s);
        if (!m.Success) return null;
        var year = string.Concat(m.Groups[1].Value.Select(c => (char)('0' + "〇一二三四五六七八九".IndexOf(c is '零' or 'Ｏ' or 'O' ? '〇' : c))));
        var month = CjkText.ChineseNumber(m.Groups[2].Value);
        var day = CjkText.ChineseNumber(m.Groups[3].Value);
        return month is null || day is null || !MastheadParser.TryDate(year, month.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), day.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), out var hd) ? null : hd;
    }

    public static ImportedDocument Parse(string id, DocumentSpan span, IReadOnlyList<SourceLine> allLines, ReviewLog review)
    {
        var entry = span.Entry;
        var titleLines = TitleSplitter.Split(span.TitleLines.Select(l => l.Text));
        if (titleLines.Count == 0 && entry is not null) titleLines = TitleSplitter.Split([entry.Title]);
        var firstLine = span.TitleLines.Count > 0 ? span.TitleLines[0].Number : span.FirstLine;
        if (entry is not null && Similarity.Fold(string.Concat(titleLines)) != Similarity.Fold(entry.Title))
            review.Note(ReviewCategory.OcrSuspect, firstLine, ImportMessages.TitleDiffersFromToc,
                ("text", string.Concat(titleLines)), ("toc", entry.Title), ("tocLine", entry.Line));
        if (titleLines.Count == 0)
        {
            titleLines = [ImportMessages.UnknownDocumentTitle];
            review.Note(ReviewCategory.Undecided, firstLine, ImportMessages.NoTitle);
        }
        else if (titleLines.Count > 1 || string.Concat(titleLines).Length > TitleSplitter.LineCapacity)
        {
            review.Note(ReviewCategory.Title, firstLine, ImportMessages.TitleLines, ("lines", string.Join(" / ", titleLines)));
            if (titleLines.Any(l => l.Length > TitleSplitter.LineCapacity + 2))
                review.Note(ReviewCategory.Title, firstLine, ImportMessages.TitleLineTooLong);
        }

        var lines = SplitGluedDates(allLines.Skip(span.BodyStart).Take(Math.Max(0, span.End - span.BodyStart)).ToList(), review);
        var tail = DocumentTailParser.Parse(lines, review);
        var main = lines.Take(tail.Start).ToList();
        var attachments = tail.Attachments.ToList();

        var dateIndex = main.FindIndex(l => IsDateLine(l.Text));
        if (dateIndex >= 0 && ParseDate(main[dateIndex].Text, out var dateRepaired) is not null && dateRepaired)
            review.Note(ReviewCategory.OcrSuspect, main[dateIndex].Number, ImportMessages.DateDigitsRepaired, ("text", main[dateIndex].Text));
        var (addressee, addresseeEnd) = Addressee(main, dateIndex < 0 ? main.Count : dateIndex);
        List<string> issuers = new();
        string? signer = null, publicity = null;
        DateOnly? date = null;
        int noticeEnd, attachedStart;
        if (dateIndex < 0)
        {
            review.Note(ReviewCategory.Undecided, lines.FirstOrDefault()?.Number ?? firstLine, ImportMessages.NoSignatureDate);
            noticeEnd = attachedStart = main.Count;
        }
        else
        {
            date = ParseDate(main[dateIndex].Text);
            noticeEnd = Signature(main, addresseeEnd, dateIndex, issuers, ref signer, review, string.Concat(titleLines));
            attachedStart = dateIndex + 1;
            var next = main.FindIndex(attachedStart, l => !l.IsBlank);
            if (next >= 0 && IsPublicity(main[next].Text))
            {
                publicity = FullWidthBrackets(SpaceNormalizer.RemoveStraySpaces(PunctuationWidener.Widen(main[next].Text)));
                attachedStart = next + 1;
            }
        }
        var noticeLines = main.Skip(addresseeEnd).Take(Math.Max(0, noticeEnd - addresseeEnd)).ToList();
        // 附件说明 printed before the signature (GB/T 9704's place for it): the list, not the notice text.
        var before = DocumentTailParser.TrailingAttachments(noticeLines, review);
        if (before.Start < noticeLines.Count)
        {
            review.Note(ReviewCategory.Attachments, noticeLines[before.Start].Number, ImportMessages.AttachmentsBeforeSignature);
            noticeLines = noticeLines.Take(before.Start).ToList();
            attachments.InsertRange(0, before.Attachments);
        }
        var attachedLines = main.Skip(attachedStart).ToList();
        // A government order (令) prints its articles right after the signature, without a title.
        var isOrder = span.DocNumber?.Contains("令第", StringComparison.Ordinal) == true;
        // Its signature is printed between the preamble and the articles, so it goes into the body.
        string? signatureBlock = null;
        if (isOrder && date is { } orderDate)
        {
            var signatureLines = issuers.Append(signer).OfType<string>().Append(ChineseDate(orderDate));
            signatureBlock = "::: signature\n" + string.Join("\n", signatureLines.Select(BodyWriter.Escape)) + "\n:::";
            issuers = new List<string>();
            signer = null;
            date = null;
        }
        var body = BodyWriter.Write(noticeLines, attachedLines, !isOrder, review, signatureBlock);

        if (tail.QrCaption is not null && tail.QrUrl is null)
            review.Note(ReviewCategory.Attachments, lines.LastOrDefault(l => DocumentTailParser.IsQrCaption(l.Text))?.Number ?? firstLine,
                ImportMessages.QrPlaceholder, ("caption", tail.QrCaption));
        if (date is not null && issuers.Count == 0 && signer is null)
        {
            // A signature needs an issuer: the title's issuer is the likely one, and it is marked.
            var title = string.Concat(titleLines);
            var about = title.IndexOf("关于", StringComparison.Ordinal);
            var issuer = about >= 2 ? title[..about].Replace(CjkText.IdeographicSpace.ToString(), "") : ImportMessages.UnknownIssuer;
            issuers.Add(issuer);
            review.Note(ReviewCategory.Signature, lines.FirstOrDefault(l => IsDateLine(l.Text))?.Number ?? firstLine, ImportMessages.IssuerFromTitle, ("issuer", issuer));
        }
        return new ImportedDocument(
            id, KindOf(span.DocNumber, titleLines, review, firstLine), span.Registration, titleLines, span.DocNumber, addressee,
            issuers, signer, date, publicity, attachments, tail.Consultation, tail.QrCaption, tail.QrUrl, body);
    }

/// <summary>The addressee: the first lines up to one ending in a colon, if they hold no sentence.</summary>
    private static (string? Text, int End) Addressee(List<SourceLine> lines, int limit)
    {
        var text = "";
        var started = -1;
        for (var i = 0; i < limit; i++)
        {
            if (lines[i].IsBlank)
            {
                if (started >= 0) break;
                continue;
            }
            if (started < 0) started = i;
            text += lines[i].Text;
            if (i - started >= 2 || text.Contains('。')) break;
            var cleaned = BodyText.Clean(text);
            if (cleaned.EndsWith('：') && LooksLikeAddressee(cleaned)) return (cleaned, i + 1);
        }
        return (null, 0);
    }

    /// <summary>各县（市、区）人民政府…：, not an opening sentence such as 现将有关事项通知如下：.</summary>
    public static bool LooksLikeAddressee(string text) =>
        !text.Contains("如下", StringComparison.Ordinal) && !text.StartsWith("现将", StringComparison.Ordinal)
        && !text.StartsWith("为", StringComparison.Ordinal) && !text.StartsWith("根据", StringComparison.Ordinal)
        && (text.StartsWith('各') || AddresseeWord().IsMatch(text));

    /// <summary>Reads issuers (and a signer) upward from the date; returns where the notice text ends.</summary>
    private static int Signature(List<SourceLine> lines, int lowest, int dateIndex, List<string> issuers, ref string? signer, ReviewLog review, string title)
    {
        var start = dateIndex;
        var issuerLines = new List<int>();
        for (var k = dateIndex - 1; k >= lowest && dateIndex - k <= 10; k--)
        {
            var text = lines[k].Text.Trim();
            if (text.Length == 0) continue;
            var s = Signer().Match(text);
            if (s.Success && signer is null)
            {
                signer = s.Groups[1].Value + CjkText.IdeographicSpace + s.Groups[2].Value;
                start = k;
                continue;
            }
            if (IsOrganisationLine(text))
            {
                var names = text.Split([' ', CjkText.IdeographicSpace], StringSplitOptions.RemoveEmptyEntries);
                if (names.Length > 1)
                    review.Note(ReviewCategory.Signature, lines[k].Number, ImportMessages.SignatureSplit, ("count", names.Length), ("names", string.Join(" | ", names)));
                issuers.InsertRange(0, names.Select(n => PunctuationWidener.Widen(n)));
                issuerLines.Insert(0, k);
                start = k;
                continue;
            }
            var cut = text.LastIndexOfAny(['。', '；', '！', '？']);
            if (issuers.Count == 0 && signer is null && cut >= 0 && cut < text.Length - 1 && IsOrganisationLine(text[(cut + 1)..].Trim()))
            {
                var issuer = text[(cut + 1)..].Trim();
                review.Note(ReviewCategory.Signature, lines[k].Number, ImportMessages.SignatureGlued, ("issuer", issuer));
                issuers.Add(issuer);
                lines[k] = lines[k] with { Text = text[..(cut + 1)] };
                return k + 1;
            }
            break;
        }
        return issuerLines.Count > 1 ? UnderLabel(lines, lowest, issuerLines, issuers, title, review) ?? start : start;
    }

    /// <summary>
    /// Names stacked under a label alone on its line (成员单位： / 区财政局 / 区应急局 …) just above the
    /// signature read like issuer lines. When the lines above the date begin under such a label, only
    /// the last lines that name the title's issuer (or the last line) are the signature; the rest go
    /// back to the text, and the choice is a doubt. Returns where the notice text now ends, or null.
    /// </summary>
    private static int? UnderLabel(List<SourceLine> lines, int lowest, List<int> issuerLines, List<string> issuers, string title, ReviewLog review)
    {
        var above = Lines.PreviousNonBlank(lines, issuerLines[0] - 1, lowest);
        if (above < 0) return null;
        // 成员单位： alone, or 牵头单位：区人武部 with the first name on the label's line.
        var line = lines[above].Text.Trim();
        var colon = line.IndexOfAny(['：', ':']);
        if (colon is < 2 or > 8 || !line[..colon].All(CjkText.IsIdeograph)) return null;
        var value = line[(colon + 1)..].Trim();
        if (value.Length > 0 && !IsOrganisationLine(value.Split('、', '，')[^1])) return null;
        var label = line[..colon];
        var keep = issuerLines.Count - 1;
        while (keep > 0 && NamesOf(lines[issuerLines[keep - 1]].Text).All(n => title.Contains(n, StringComparison.Ordinal))
               && NamesOf(lines[issuerLines[keep]].Text).All(n => title.Contains(n, StringComparison.Ordinal))) keep--;
        var kept = issuerLines.Skip(keep).SelectMany(k => NamesOf(lines[k].Text)).Select(n => PunctuationWidener.Widen(n)).ToList();
        issuers.Clear();
        issuers.AddRange(kept);
        review.Note(ReviewCategory.Signature, lines[issuerLines[keep]].Number, ImportMessages.SignatureAfterList, ("label", label), ("issuers", string.Join("、", kept)));
        return issuerLines[keep];
    }

    private static string[] NamesOf(string text) => text.Trim().Split([' ', CjkText.IdeographicSpace], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A line made only of organisation names, separated by spaces.</summary>
    public static bool IsOrganisationLine(string text)
    {
        if (text.Length is < 2 or > 60) return false;
        var names = text.Split([' ', CjkText.IdeographicSpace], StringSplitOptions.RemoveEmptyEntries);
        return names.All(n => OrganisationName().IsMatch(n));
    }

    /// <summary>"晋城市人民政府办公室 2025年11月6日" or "……执行。晋城市人民政府办公室2025年11月6日": the date gets its own line.</summary>
    private static List<SourceLine> SplitGluedDates(List<SourceLine> lines, ReviewLog review)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            // The pattern ends in 日: most lines are ruled out without running it.
            if (!lines[i].Text.EndsWith('日') || lines[i].Text.IndexOf('年') < 0) continue;
            var m = GluedDate().Match(lines[i].Text);
            if (!m.Success || m.Groups[1].Value.Trim().Length == 0 || !IsDateLine(m.Groups[2].Value)) continue;
            var before = m.Groups[1].Value.Trim();
            var cut = before.LastIndexOfAny(['。', '；']);
            var signature = cut >= 0 ? before[(cut + 1)..].Trim() : before;
            // The issuers, or a signer (市长　薛明耀) as a government order is signed.
            if (!IsOrganisationLine(signature) && !Signer().IsMatch(signature)) continue;
            review.Note(ReviewCategory.Signature, lines[i].Number, ImportMessages.DateGlued);
            lines[i] = lines[i] with { Text = before };
            lines.Insert(i + 1, new SourceLine(lines[i].Number, m.Groups[2].Value.Trim()));
            break;
        }
        return lines;
    }

    private static readonly string[] Kinds =
        { "通知", "决定", "意见", "公告", "通告", "通报", "批复", "报告", "办法", "规定", "细则", "方案", "命令", "令", "函", "纪要", "决议", "规划" };

    private static string KindOf(string? docNumber, IReadOnlyList<string> titleLines, ReviewLog review, int line)
    {
        if (docNumber is not null && docNumber.Contains("令第", StringComparison.Ordinal)) return "令";
        var title = CjkText.Key(string.Concat(titleLines));
        foreach (var kind in Kinds)
            if (title.EndsWith(kind, StringComparison.Ordinal)) return kind;
        review.Note(ReviewCategory.Undecided, line, ImportMessages.KindGuessed);
        return "通知";
    }

    private static string ChineseDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    public static string FullWidthBrackets(string s) => s.Replace('(', '（').Replace(')', '）');

    [GeneratedRegex(@"(?:人民政府|政府|管委会|单位|部门|局|委|办|公司|学校|医院|机关|机构|支队|分局|分行|中心|厅|院)[：:]?$|(?:人民政府|管委会|单位|部门)[、，]")]
    private static partial Regex AddresseeWord();

    [GeneratedRegex(@"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^([〇零一二三四五六七八九OＯ]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$")]
    private static partial Regex HanDateLine();

    [GeneratedRegex(@"^[0-9OolI]{4}年[0-9OolI]{1,2}月[0-9OolI]{1,2}日$")]
    private static partial Regex OcrDateLine();

    [GeneratedRegex(@"[OolI]")]
    private static partial Regex OcrDigit();

    [GeneratedRegex(@"^(.*?)\s*([0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)$")]
    private static partial Regex GluedDate();

    [GeneratedRegex(@"^[(（]此件.{2,30}[)）]$")]
    private static partial Regex Publicity();

    [GeneratedRegex(@"^(市长|代市长|副市长|省长|代省长|县长|代县长|区长|代区长|主任|局长)[ \u3000]*(\p{IsCJKUnifiedIdeographs}{2,4})$")]
    private static partial Regex Signer();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}0-9（）()]{2,30}(?:政府|办公室|办公厅|局|委员会|委|军分区|分区|分行|支行|银行|支队|大队|中心|厅|部|院|会|公司|集团|处|所|站|办|社|馆|校|大学|署|团|队)$")]
    private static partial Regex OrganisationName();
}
