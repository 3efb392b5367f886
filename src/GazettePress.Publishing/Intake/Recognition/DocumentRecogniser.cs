using GazettePress.Diagnostics;
using GazettePress.Importing;
using GazettePress.Intake.Model;

namespace GazettePress.Intake.Recognition;

/// <summary>
/// Recognises the parts of GB/T 9704-2012 in the neutral block sequence, in the order they are
/// printed: 版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人, red separator — dropped, the
/// issuer kept), 登记号, 标题 (its lines), 发文字号 under the title when there is no 版头, 主送机关,
/// 正文, 附件说明, 发文机关署名 and 成文日期 (or a 令's signer), 附注, the attached texts (each after
/// a page break or an 附件N label, with its own title), the gazette's consultation block and
/// 政策解读 QR caption, and the 版记 (抄送, 印发机关和印发日期 — dropped). Whatever it is unsure of
/// becomes a note.
/// </summary>
public static class DocumentRecogniser
{
    public static RecognisedDocument Recognise(SourceDocument source)
    {
        var state = new Recognition(source);
        return state.Run();
    }

    private sealed class Recognition
    {
        private readonly SourceDocument _source;
        private readonly string _name;
        private readonly List<Item> _items;
        private readonly List<Diagnostic> _notes = new();
        private readonly List<DroppedPart> _dropped = new();
        private readonly FontRole _textFont;

        public Recognition(SourceDocument source)
        {
            _source = source;
            _name = source.SourceName;
            _items = Items.From(source.Blocks);
            _notes.AddRange(source.Notes);
            _dropped.AddRange(source.Dropped);
            _textFont = _items.OfType<ParaItem>().Where(p => p.P.Font != FontRole.Unknown)
                .GroupBy(p => p.P.Font).OrderByDescending(g => g.Sum(p => p.P.Text.Length)).Select(g => g.Key).FirstOrDefault();
        }

        private SourceLocation Where => new(_name);

        private void Note(DiagnosticId id, params MessageArgument[] args) => _notes.Add(Diagnostic.Create(id, Where, args));

        public RecognisedDocument Run()
        {
            WidenPunctuation();
            var end = _items.Count;
            end = PeelRecord(end);
            var tail = PeelTail(end);
            end = tail.Start;

            var i = 0;
            var head = ReadHead(ref i);
            string? registration = null;
            SkipNonText(ref i, end);
            if (i < end && Text(i) is { } regText && Patterns.Registration(regText) is { } reg && regText.Length <= 30)
            {
                registration = reg;
                i++;
            }
            // A 文号 printed above the title without a 版头 around it (a web page made from the Word file).
            SkipNonText(ref i, end);
            string? numberAbove = null;
            if (head.DocNumber is null && i < end && Text(i) is { } aboveText && Patterns.DocNumber(aboveText) is { } above)
            {
                numberAbove = above;
                i++;
            }
            var title = ReadTitle(ref i, end);
            var docNumber = head.DocNumber ?? numberAbove;
            if (i < end && Text(i) is { } dnText)
            {
                if (Patterns.DocNumber(dnText) is { } dn)
                {
                    if (docNumber is null) docNumber = dn;
                    else if (dn != docNumber) Note(IntakeMessages.PageDisagrees, ("what", "文号"), ("page", dn), ("document", docNumber));
                    i++;
                }
                else if (dnText.EndsWith('令') && dnText.Length <= 20 && i + 1 < end && Text(i + 1) is { } on && Patterns.OrderNumber(on) is { } n)
                {
                    docNumber ??= $"{Patterns.Compact(dnText)}第{n}号";
                    i += 2;
                }
            }
            if (head.OrderIssuer is { } orderIssuer && head.OrderNumber is { } orderNumber)
                docNumber ??= $"{orderIssuer}第{orderNumber}号";
            var addressee = ReadAddressee(ref i, end);

            var closing = FindClosing(i, end);
            var builder = new BodyBuilder(_textFont, _name, _notes, BodyBuilder.MarksHeadings(_items.Skip(i).Take(end - i).OfType<ParaItem>().Select(p => p.P), _textFont));
            var isOrder = head.OrderIssuer is not null || docNumber?.Contains("令第", StringComparison.Ordinal) == true;

            string? signer = closing.Signer;
            var issuers = closing.Issuers.ToList();
            DateOnly? date = closing.Date;
            builder.Add(_items.Skip(i).Take(closing.NoticeEnd - i));
            var attachments = closing.Attachments.ToList();
            var parts = AttachedParts(closing.AfterClosing, end);
            if (title.Count == 0 && parts.Count > 0 && parts[0].Title is { } firstTitle && isOrder)
            {
                // A 令: the order's own page has no title; the document is known by the regulation it issues.
                title = firstTitle;
                parts[0] = parts[0] with { Title = null, TitleConsumed = true };
            }
            if (isOrder && (signer is not null || issuers.Count > 0) && date is { } orderDate)
            {
                var lines = new List<string>();
                lines.AddRange(signer is not null ? [signer] : issuers);
                lines.Add(Content.ChineseDates.Format(orderDate));
                builder.Signature(lines);
                signer = null;
                issuers.Clear();
                date = null;
                closing = closing with { OrderSignatureInBody = true };
            }
            foreach (var part in parts)
            {
                if (part.Title is { } t) builder.AttachedTitle(string.Concat(t));
                else if (!part.TitleConsumed)
                    Note(IntakeMessages.UntitledPart, ("start", part.Items.OfType<ParaItem>().FirstOrDefault()?.P.Text is { } s ? Excerpt(s) : "…"));
                if (part.Label is { } label && label > 0 && label <= attachments.Count && part.Title is not null)
                    attachments[label - 1] = attachments[label - 1] with { OnlineOnly = false };
                builder.Add(part.Items);
            }
            var body = builder.Finish();

            // Facts the web page states around the text fill what the text does not say.
            var page = _source.Page;
            if (title.Count == 0 && page?.Title is { Length: > 0 } pageTitle)
            {
                title = [pageTitle];
                Note(IntakeMessages.FromPageMetadata, ("what", "标题"), ("value", pageTitle));
            }
            if (page?.DocNumber is { } pageNumber && Patterns.DocNumber(pageNumber) is { } pdn)
            {
                if (docNumber is null)
                {
                    docNumber = pdn;
                    Note(IntakeMessages.FromPageMetadata, ("what", "文号"), ("value", pdn));
                }
                else if (pdn != docNumber) Note(IntakeMessages.PageDisagrees, ("what", "文号"), ("page", pdn), ("document", docNumber));
            }
            if (page?.Date is { } pageDate && Patterns.Date(pageDate)?.Value is { } pd && !closing.OrderSignatureInBody)
            {
                if (date is null && closing.DateText is null)
                {
                    date = pd;
                    Note(IntakeMessages.FromPageMetadata, ("what", "成文日期"), ("value", Content.ChineseDates.Format(pd)));
                }
                else if (date is { } d && d != pd) Note(IntakeMessages.PageDisagrees, ("what", "成文日期"), ("page", Content.ChineseDates.Format(pd)), ("document", Content.ChineseDates.Format(d)));
            }
            if (attachments.Count == 0 && page?.AttachmentTitles.Count > 0)
                attachments = page.AttachmentTitles.Select(t => new RecognisedAttachment(t, true)).ToList();
            else if (attachments.Any(a => a.OnlineOnly) && page is null)
                Note(IntakeMessages.AttachmentsNotInFile, ("titles", string.Join("；", attachments.Where(a => a.OnlineOnly).Select(a => a.Title))));

            var titleLines = TitleLines(title);
            var titleText = string.Concat(titleLines);
            if (titleLines.Count == 0)
            {
                titleLines = [Path.GetFileNameWithoutExtension(_name)];
                Note(IntakeMessages.FromPageMetadata, ("what", "标题"), ("value", titleLines[0]));
            }

            if (date is not null && issuers.Count == 0 && signer is null && !closing.OrderSignatureInBody)
            {
                var fallback = head.Issuers.Count > 0 ? (head.Issuers, IntakeMessages.SourceHead)
                    : IssuerOfTitle(titleText) is { } ti ? ([ti], IntakeMessages.SourceTitle)
                    : page?.Issuer is { Length: > 0 } pi ? ([pi], IntakeMessages.SourcePage)
                    : ((IReadOnlyList<string>)[], IntakeMessages.SourceHead);
                if (fallback.Item1.Count > 0)
                {
                    issuers.AddRange(fallback.Item1);
                    Note(IntakeMessages.IssuersFromElsewhere, ("issuers", string.Join("、", issuers)), ("source", fallback.Item2.With()));
                }
                else
                {
                    Note(IntakeMessages.NoSignatureIssuer, ("date", Content.ChineseDates.Format(date.Value)));
                    date = null;
                }
            }
            if (date is null && !closing.OrderSignatureInBody)
            {
                if (closing.DateText is { } bad) Note(IntakeMessages.DateInvalid, ("text", bad));
                else Note(IntakeMessages.NoDate);
                issuers.Clear();
                signer = null;
            }
            if (docNumber is null) Note(IntakeMessages.NoDocNumber);

            var kind = isOrder ? "令" : Patterns.KindOf(titleText);
            if (kind is null)
            {
                kind = "通知";
                Note(IntakeMessages.KindUnknown, ("title", titleText), ("kind", kind));
            }

            var qr = tail.Qr;
            if (qr is null && page?.InterpretationUrl is { } url) qr = new RecognisedQr(url, null, "政策解读");
            else if (qr is null && page?.InterpretationHref is { } href)
            {
                qr = new RecognisedQr(null, null, "政策解读");
                Note(IntakeMessages.QrLinkRelative, ("href", href));
            }
            else if (qr is { Url: null, Image: null }) Note(IntakeMessages.QrPictureMissing, ("caption", qr.Caption ?? ""));
            attachments.AddRange(tail.Attachments);

            return new RecognisedDocument
            {
                Kind = kind,
                Registration = registration,
                TitleLines = titleLines,
                DocNumber = docNumber,
                Addressee = addressee,
                Issuers = issuers,
                Signer = signer,
                Date = date,
                Publicity = closing.Publicity,
                Attachments = attachments,
                Consultation = tail.Consultation,
                Qr = qr,
                Body = body,
                HeadIssuers = head.Issuers,
                Notes = _notes,
                Dropped = _dropped,
            };
        }

        private static string Excerpt(string s) => s.Length <= 20 ? s : s[..20] + "…";

        private string? Text(int index) => index < _items.Count && _items[index] is ParaItem p ? p.P.Text : null;

        private Para? P(int index) => index < _items.Count && _items[index] is ParaItem p ? p.P : null;

        /// <summary>Half-width , : ; ( ) in Chinese text become full-width, counted in one note.</summary>
        private void WidenPunctuation()
        {
            var count = 0;
            string? example = null;
            for (var k = 0; k < _items.Count; k++)
            {
                if (_items[k] is not ParaItem { P: var p }) continue;
                var wide = PunctuationWidener.Widen(p.Text, out var n);
                if (n == 0) continue;
                count += n;
                example ??= $"{Excerpt(p.Text)} → {Excerpt(wide)}";
                _items[k] = new ParaItem(p.WithText(wide));
            }
            if (count > 0) Note(IntakeMessages.PunctuationWidened, ("count", count), ("example", example!));
        }

        // ---- 版记 -------------------------------------------------------------------------------

        /// <summary>The 版记 at the end (抄送, 印发机关和印发日期, their rules) is not reprinted: peeled off and listed.</summary>
        private int PeelRecord(int end)
        {
            var k = end;
            var record = new List<string>();
            while (k > 0)
            {
                var item = _items[k - 1];
                if (item is RuleItem or BreakItem) { k--; continue; }
                if (item is ParaItem { P: var p } && Patterns.IsRecordLine(p.Text)) { record.Insert(0, p.Text); k--; continue; }
                if (item is TableItem t && (Patterns.IsRecordLine(t.Text) || t.Table.Rows.SelectMany(r => r).Any(c => c.Paragraphs.Any(pp => Patterns.IsRecordLine(pp.Text)))))
                {
                    record.Insert(0, t.Text);
                    k--;
                    continue;
                }
                // The issuing office alone on a line right above 抄送 or the 印发 line belongs to the 版记 too.
                break;
            }
            if (record.Count > 0) _dropped.Add(new DroppedPart(TextIdPart.Record, string.Join(" / ", record)));
            // Something that looks like a 版记 line but is not certainly one stays, with a note.
            for (var j = Math.Max(0, k - 2); j < k; j++)
                if (Text(j) is { } t && Patterns.MightBeRecord(t) && t.Length <= 40)
                    Note(IntakeMessages.LooksLikeRecord, ("text", t));
            return k;
        }

        // ---- consultation, QR caption, attachment list printed last --------------------------------

        private sealed record Tail(int Start, IReadOnlyList<(string, string)> Consultation, RecognisedQr? Qr, IReadOnlyList<RecognisedAttachment> Attachments);

        private Tail PeelTail(int end)
        {
            var k = end;
            var consultation = new List<(string, string)>();
            string? caption = null, url = null;
            SourceImage? image = null;
            while (k > 0)
            {
                var item = _items[k - 1];
                if (item is BreakItem or RuleItem) { k--; continue; }
                if (item is ParaItem { P: var p })
                {
                    if (Patterns.IsConsultation(p.Text) && Patterns.LabelValue(p.Text) is { } lv) { consultation.Insert(0, lv); k--; continue; }
                    if (Patterns.IsQrCaption(p.Text) && caption is null) { caption = Patterns.Compact(p.Text); k--; continue; }
                    if (p.Text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !p.Text.Contains(' ') && url is null) { url = p.Text; k--; continue; }
                }
                if (item is ImageItem { Image: var img } && image is null && (caption is not null || NextIsCaption(k - 1)))
                {
                    image = img;
                    k--;
                    continue;
                }
                break;
            }
            // A QR picture just above its caption when the caption came last.
            if (caption is not null && image is null && k > 0 && _items[k - 1] is ImageItem { Image: var above })
            {
                image = above;
                k--;
            }
            var qr = caption is not null || url is not null ? new RecognisedQr(url, image, caption ?? "政策解读") : null;
            if (qr is null && image is not null) k++; // a picture alone at the end is a picture of the body
            return new Tail(k, consultation, qr, []);
        }

        private bool NextIsCaption(int index) =>
            index + 1 < _items.Count && _items[index + 1] is ParaItem { P: var p } && Patterns.IsQrCaption(p.Text);

        // ---- 版头 -------------------------------------------------------------------------------

        private sealed record Head(IReadOnlyList<string> Issuers, string? DocNumber, string? OrderIssuer, int? OrderNumber);

        private Head ReadHead(ref int i)
        {
            var issuers = new List<string>();
            string? docNumber = null, orderIssuer = null;
            int? orderNumber = null;
            var seen = false;
            var dropped = new List<string>();
            var start = i;
            while (i < _items.Count && i - start < 20)
            {
                var item = _items[i];
                if (item is RuleItem rule)
                {
                    if (seen || rule.Red) { seen = true; i++; break; }
                    i++;
                    continue;
                }
                if (item is ImageItem && i - start < 3) { i++; continue; }
                if (item is BreakItem) { if (seen) { i++; break; } i++; continue; }
                if (item is not ParaItem { P: var p }) break;
                var t = p.Text;
                var inFrame = p.Origin != BlockOrigin.Body;
                if (Patterns.IsCopyNumber(t) && i - start < 3 || Patterns.IsSecrecy(t) || Patterns.IsUrgency(t) || Patterns.IsSignerLine(t))
                {
                    dropped.Add(t);
                    seen = true;
                    i++;
                    continue;
                }
                if (Patterns.DocNumberWithSigner(t) is { } withSigner)
                {
                    docNumber = withSigner.DocNumber;
                    dropped.Add(t);
                    seen = true;
                    i++;
                    continue;
                }
                if (Patterns.HeadIssuer(t) is { } issuer && (p.IsRed || p.Size >= 20 || p.IsCentered || inFrame || !p.HasFonts))
                {
                    issuers.AddRange(SplitIssuers(p, issuer));
                    dropped.Add(t);
                    seen = true;
                    i++;
                    continue;
                }
                if (Patterns.Compact(t) == "文件" && (inFrame || p.IsRed))
                {
                    dropped.Add(t);
                    i++;
                    continue;
                }
                if (t.EndsWith('令') && t.Length <= 24 && (p.IsRed || p.Size >= 20 || inFrame) && P(i + 1) is { } next && Patterns.OrderNumber(next.Text) is { } n)
                {
                    orderIssuer = Patterns.Compact(t);
                    orderNumber = n;
                    dropped.Add(t + " " + next.Text);
                    seen = true;
                    i += 2;
                    continue;
                }
                if (seen && Patterns.DocNumber(t) is { } dn)
                {
                    docNumber = dn;
                    dropped.Add(t);
                    i++;
                    if (p.Look.RedRuleBelow) continue;
                    continue;
                }
                if ((inFrame || p.IsRed) && docNumber is null && p.Text.Length <= 30 && (p.IsRed && p.Size >= 18 || inFrame && i - start < 8 && IsOrganisation(t)))
                {
                    // An issuer line of a joint 版头 set without 文件 on the same line.
                    issuers.Add(Patterns.Compact(t));
                    dropped.Add(t);
                    seen = true;
                    i++;
                    continue;
                }
                break;
            }
            if (!seen)
            {
                i = start;
                return new Head([], null, null, null);
            }
            if (dropped.Count > 0) _dropped.Add(new DroppedPart(TextIdPart.Head, string.Join(" / ", dropped)));
            return new Head(issuers, docNumber, orderIssuer, orderNumber);
        }

        /// <summary>晋城市人民政府　晋城军分区文件: issuers side by side in one 版头 line.</summary>
        private static IEnumerable<string> SplitIssuers(Para p, string issuer)
        {
            var parts = p.GapSeparatedParts().Select(Patterns.Compact).ToList();
            if (parts.Count > 1)
            {
                parts[^1] = parts[^1].EndsWith("文件", StringComparison.Ordinal) ? parts[^1][..^2] : parts[^1];
                return parts.Where(x => x.Length > 0);
            }
            return [issuer];
        }

        private static readonly string[] OrganisationEndings =
        [
            "人民政府", "政府", "办公室", "办公厅", "委员会", "局", "厅", "部", "委", "院", "会", "中心", "公司", "分行", "支行", "支队", "军分区",
            "管委会", "集团", "所", "站", "处", "队", "署", "办", "党委", "市委", "县委", "区委", "政协", "法院", "检察院", "银行",
        ];

        public static bool IsOrganisation(string text)
        {
            var t = Patterns.Compact(text);
            return t.Length is >= 2 and <= 30 && OrganisationEndings.Any(e => t.EndsWith(e, StringComparison.Ordinal));
        }

        private void SkipNonText(ref int i, int end)
        {
            while (i < end && _items[i] is RuleItem or BreakItem or ImageItem) i++;
        }

        // ---- 标题 -------------------------------------------------------------------------------

        private List<string> ReadTitle(ref int i, int end)
        {
            SkipNonText(ref i, end);
            var lines = new List<string>();
            if (P(i) is not { } first || !IsTitleLine(first, first)) return lines;
            var k = i;
            while (k < end && P(k) is { } p && (k == i || SameTitle(first, p)) && lines.Count < 6)
            {
                lines.Add(p.Text);
                k++;
                if (!first.HasFonts && Patterns.KindOf(string.Concat(lines)) is not null && !(P(k) is { } nx && nx.Text.StartsWith('（'))) break;
            }
            i = k;
            return lines;
        }

        private static bool IsTitleLine(Para p, Para first)
        {
            var t = p.Text;
            if (t.Length > 80 || t.EndsWith('：') || t.EndsWith(':') || Patterns.DocNumber(t) is not null || Patterns.Date(t) is not null) return false;
            if (Patterns.EndsSentence(t)) return false;
            if (Labels.Of(t) != LabelKind.None && Labels.Of(t) != LabelKind.Chapter) return false;
            if (p.HasFonts)
                return p.IsCentered && (p.Font is FontRole.Xiaobiaosong or FontRole.Heiti || p.Size >= 18 || p.IsAllBold);
            return p.IsCentered || t.Contains("关于") || Patterns.KindOf(t) is not null || t.Length <= 40;
        }

        private static bool SameTitle(Para first, Para p)
        {
            if (!IsTitleLine(p, first)) return false;
            if (!first.HasFonts) return p.Text.Length <= 40;
            return p.IsCentered && p.Font == first.Font && Math.Abs((p.Size ?? 0) - (first.Size ?? 0)) < 1.5;
        }

        /// <summary>The printed lines; a long title given as one line is split, and a note says so.</summary>
        private List<string> TitleLines(List<string> lines)
        {
            if (lines.Count != 1 || lines[0].Length <= TitleLineSplitter.Capacity) return lines;
            var split = TitleLineSplitter.Split(lines[0]);
            Note(IntakeMessages.TitleLinesGuessed, ("lines", string.Join(" / ", split)));
            return split.ToList();
        }

        /// <summary>晋城市人民政府办公室关于…: the issuer named before 关于.</summary>
        private static string? IssuerOfTitle(string title)
        {
            var t = Patterns.Compact(title);
            var at = t.IndexOf("关于", StringComparison.Ordinal);
            return at > 1 && IsOrganisation(t[..at]) ? t[..at] : null;
        }

        // ---- 主送机关 -----------------------------------------------------------------------------

        private string? ReadAddressee(ref int i, int end)
        {
            SkipNonText(ref i, end);
            if (P(i) is not { } p) return null;
            var t = p.Text;
            if (!(t.EndsWith('：') || t.EndsWith(':')) || t.Contains('。') || t.Length > 200 || Labels.Of(t) != LabelKind.None
                || t.Contains("如下") || Patterns.IsConsultation(t))
                return null;
            var listLike = t.StartsWith('各') || t.Contains('、') || t.Contains('，') || IsOrganisation(t.TrimEnd('：', ':'));
            if (p.HasFonts && !p.IsFlushLeft && !listLike) return null;
            if (!listLike) Note(IntakeMessages.AddresseeGuessed, ("text", t));
            i++;
            return t.EndsWith(':') ? t[..^1] + "：" : t;
        }

        // ---- 附件说明, 署名, 成文日期, 附注 ------------------------------------------------------------

        private sealed record Closing(int NoticeEnd, int AfterClosing, IReadOnlyList<string> Issuers, string? Signer, DateOnly? Date, string? DateText,
            string? Publicity, IReadOnlyList<RecognisedAttachment> Attachments, bool OrderSignatureInBody = false);

        private Closing FindClosing(int start, int end)
        {
            for (var d = start; d < end; d++)
            {
                if (P(d) is not { } p || Patterns.Date(p.Text) is not { } date) continue;
                var issuerStart = d;
                var issuers = new List<string>();
                string? signer = null;
                for (var k = d - 1; k >= start && d - k <= 6; k--)
                {
                    if (_items[k] is ImageItem) { issuerStart = k; continue; }
                    if (P(k) is not { } q || !IsIssuerLine(q)) break;
                    if (Patterns.IsSignerOfOrder(q.Text)) signer = q.Text;
                    else issuers.InsertRange(0, q.GapSeparatedParts().Select(Patterns.Compact).Where(x => x.Length > 0));
                    issuerStart = k;
                }
                var placed = p.IsRightSide || !p.HasFonts || issuers.Count > 0 || signer is not null;
                if (!placed) continue;
                // Seal pictures between the issuers and the date are not reprinted.
                foreach (var seal in _items.Skip(issuerStart).Take(d - issuerStart).OfType<ImageItem>())
                    _dropped.Add(new DroppedPart(TextIdPart.Seal, seal.Image.Description ?? $"#{seal.Image.Number}"));

                var (attachments, noticeEnd) = AttachmentList(start, issuerStart);
                var after = d + 1;
                var notes = new List<string>();
                while (after < end && (P(after) is { } n && Patterns.IsNote(n.Text) || _items[after] is ImageItem && notes.Count == 0 && after == d + 1))
                {
                    if (P(after) is { } note) notes.Add(note.Text);
                    after++;
                }
                if (notes.Count > 1) Note(IntakeMessages.SeveralNotes, ("notes", string.Join(" ", notes)));
                return new Closing(noticeEnd, after, issuers, signer, date.Value, date.Value is null ? date.Text : null,
                    notes.Count > 0 ? string.Join("\u3000", notes) : null, attachments);
            }
            // No 成文日期: the notice text runs to the first page break that starts an attached text.
            var breakAt = Enumerable.Range(start, Math.Max(0, end - start)).FirstOrDefault(k => _items[k] is BreakItem, end);
            var (list, listStart) = AttachmentList(start, breakAt);
            return new Closing(listStart, breakAt, [], null, null, null, null, list);
        }

        private static bool IsIssuerLine(Para q)
        {
            var t = q.Text;
            if (t.Length > 40 || Patterns.EndsSentence(t) || t.EndsWith('：') || Labels.Of(t) != LabelKind.None || Patterns.StartsAttachmentList(t)
                || Patterns.NumberedItem(t) is not null || Patterns.IsNote(t))
                return false;
            if (Patterns.IsSignerOfOrder(t)) return true;
            if (q.HasFonts) return q.IsRightSide || q.IsCentered || q.HasWideGap && q.GapSeparatedParts().All(IsOrganisation);
            return q.GapSeparatedParts().All(IsOrganisation);
        }

        /// <summary>附件：1．… 2．… just above the signature: the attachment list; returns it and where the notice text ends.</summary>
        private (List<RecognisedAttachment> List, int Start) AttachmentList(int start, int end)
        {
            for (var a = end - 1; a >= start && end - a <= 40; a--)
            {
                if (P(a) is not { } p) continue;
                if (!Patterns.StartsAttachmentList(p.Text)) continue;
                var entries = new List<string>();
                for (var k = a; k < end; k++)
                {
                    if (P(k) is not { } q) continue;
                    var t = k == a ? q.Text[(q.Text.IndexOfAny(['：', ':']) + 1)..].Trim() : q.Text;
                    if (t.Length == 0) continue;
                    if (k == a || Patterns.NumberedItem(t) is not null || entries.Count == 0) entries.Add(t);
                    else entries[^1] += t; // a wrapped name continues the entry above
                }
                var list = entries.Select(e =>
                {
                    var title = Patterns.NumberedItem(e)?.Title ?? e;
                    var online = title.EndsWith("（见网络版）", StringComparison.Ordinal);
                    if (online) title = title[..^"（见网络版）".Length];
                    return new RecognisedAttachment(title.Trim(), true);
                }).Where(x => x.Title.Length > 0).ToList();
                return (list, a);
            }
            return ([], end);
        }

        // ---- attached texts ------------------------------------------------------------------

        private sealed record Part(int? Label, List<string>? Title, List<Item> Items, bool TitleConsumed = false);

        private List<Part> AttachedParts(int start, int end)
        {
            var parts = new List<Part>();
            var current = new List<Item>();
            void Flush()
            {
                if (current.Any(x => x is not BreakItem and not RuleItem)) parts.Add(MakePart(current));
                current = new List<Item>();
            }
            for (var k = start; k < end; k++)
            {
                var item = _items[k];
                if (item is BreakItem) { Flush(); continue; }
                if (item is ParaItem { P: var p } && Patterns.AttachmentLabel(p.Text) is not null && current.OfType<ParaItem>().Any()) Flush();
                current.Add(item);
            }
            Flush();
            return parts;
        }

        private Part MakePart(List<Item> items)
        {
            var k = 0;
            while (k < items.Count && items[k] is RuleItem or BreakItem) k++;
            int? label = null;
            if (k < items.Count && items[k] is ParaItem { P: var lp } && Patterns.AttachmentLabel(lp.Text) is { } n)
            {
                label = n;
                k++;
            }
            List<string>? title = null;
            if (k < items.Count && items[k] is ParaItem { P: var first } && IsPartTitle(first))
            {
                title = new List<string> { first.Text };
                k++;
                while (k < items.Count && items[k] is ParaItem { P: var more } && first.HasFonts && IsPartTitle(more) && more.Font == first.Font
                       && Math.Abs((more.Size ?? 0) - (first.Size ?? 0)) < 1.5 && more.IsCentered)
                {
                    title.Add(more.Text);
                    k++;
                }
            }
            return new Part(label, title, items.Skip(k).ToList());
        }

        private static bool IsPartTitle(Para p)
        {
            var t = p.Text;
            if (t.Length > 80 || Patterns.EndsSentence(t) || t.EndsWith('：') || Labels.Of(t) is not (LabelKind.None)) return false;
            return p.HasFonts ? p.IsCentered || p.Size >= 18 : t.Length <= 60;
        }
    }
}
