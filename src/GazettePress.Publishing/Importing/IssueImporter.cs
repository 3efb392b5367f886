using System.Text;
using GazettePress.Diagnostics;

namespace GazettePress.Importing;

/// <summary>
/// The result of an import: every file of the issue folder (relative path → text) with review.md,
/// or the reasons no folder could be made (only when the text holds no document at all).
/// </summary>
public sealed record ImportResult(IReadOnlyDictionary<string, string> Files, string Review, IReadOnlyList<Diagnostic> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Documents written (those found only in the TOC included).</summary>
    public int DocumentCount { get; init; }

    /// <summary>Entries the TOC lists.</summary>
    public int TocEntryCount { get; init; }

    /// <summary>Documents the TOC lists whose text was not found (written empty, with a review note).</summary>
    public int MissingTextCount { get; init; }

    /// <summary>Items on the review list.</summary>
    public int ReviewItemCount { get; init; }

    /// <summary>The one-line summary for the editor, in the current language.</summary>
    public string Summary { get; init; } = "";
}

/// <summary>How to import: what the decoder found out about the file, and the language of the review list.</summary>
public sealed record ImportOptions
{
    /// <summary>How the file's bytes were read (its encoding and any doubt about it), for the review list.</summary>
    public Decoding.DecodedText? Decoding { get; init; }

    /// <summary>Language of review.md and the documents' review: notes; the current language when null.</summary>
    public Language? Language { get; init; }
}

/// <summary>
/// Turns one issue as extracted text into an issue folder, best effort: markup cleaning → colophon →
/// documents found in the body → 目录 heading, masthead and TOC → the TOC and the body reconciled →
/// each document parsed → Markdown. An issue-level field that cannot be read gets a marked value and a
/// review item; only a text with no recognisable document is refused. Nothing is written here; the
/// caller writes the files all at once.
/// </summary>
public static class IssueImporter
{
    public const string ReviewFileName = "review.md";

    public static ImportResult Import(string text, string sourceName) => Import(text, sourceName, new ImportOptions());

    public static ImportResult Import(string text, string sourceName, ImportOptions options)
    {
        var language = options.Language ?? Localization.Current;
        var review = new ReviewLog();
        if (options.Decoding is { } decoding) NoteDecoding(decoding, review);
        var rawLines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (rawLines.Length > 0) rawLines[0] = rawLines[0].TrimStart('\uFEFF');
        var lines = MarkupCleaner.Clean(rawLines, review);

        var (colophon, colophonStart, _) = ColophonParser.Parse(lines, review);
        var firstBody = FirstConfirmedHead(lines, 0, lines.Count);
        var tocHeading = MastheadParser.FindTocHeading(lines, firstBody, review);
        var mastheadEnd = tocHeading >= 0 ? tocHeading : MastheadEnd(lines, firstBody);
        var reading = MastheadParser.Parse(lines, mastheadEnd, review);
        lines = RunningHeadRemover.Remove(lines, Math.Max(mastheadEnd, tocHeading + 1), reading.Title ?? "", review);

        var textEnd = colophonStart > mastheadEnd ? colophonStart : lines.Count;
        var tocStart = tocHeading >= 0 ? tocHeading + 1 : mastheadEnd;
        // The TOC ends at the latest where the first document confirmed by its text begins.
        var limit = FirstConfirmedHead(lines, tocStart, textEnd);
        var confirmed = limit < textEnd ? new HashSet<int> { limit } : new HashSet<int>();
        var government = reading.Title is { } t && t.EndsWith("公报", StringComparison.Ordinal) ? t[..^2] : null;
        var toc = TocParser.Parse(lines, tocStart, limit, confirmed, government, review, reading.DisplacedSection);
        var bodyFrom = Math.Max(tocStart, toc.EndIndex);
        if (tocHeading < 0 && toc.Entries.Count == 0)
            review.Note(ReviewCategory.Toc, 1, ImportMessages.NoToc);

        var heads = DocumentHeads.Find(lines, bodyFrom, textEnd);
        var placed = Reconciler.Reconcile(toc.Entries, heads, lines, bodyFrom, textEnd, review);
        if (!placed.Any(p => p.Head is not null))
        {
            var line = toc.Entries.Count > 0 ? toc.Entries[0].Line : 1;
            return new ImportResult(new Dictionary<string, string>(), "",
                [Diagnostic.Create(ImportMessages.NoDocument, new SourceLocation(sourceName, line), ("entries", toc.Entries.Count))]);
        }

        var withText = placed.Where(p => p.Head is not null).ToList();
        var spans = new Dictionary<PlacedDocument, DocumentSpan>();
        for (var i = 0; i < withText.Count; i++)
        {
            var head = withText[i].Head!;
            var end = i + 1 < withText.Count ? withText[i + 1].Head!.Start : textEnd;
            spans[withText[i]] = Span(withText[i], head, TrimEnd(lines, head.BodyStart, end), review);
        }
        var webDetails = WebDetailsPlacement.Place(lines, withText, spans, bodyFrom, review);
        var (backMatter, backStart) = BackMatter(lines, spans[withText[^1]], textEnd);
        spans[withText[^1]] = spans[withText[^1]] with { End = Math.Min(spans[withText[^1]].End, backStart) };

        var corrections = OcrSuspects.Scan(lines, review);
        var documents = new List<(ImportedDocument Document, string Section)>();
        for (var i = 0; i < placed.Count; i++)
        {
            var p = placed[i];
            var number = p.Head is null ? p.Entry!.DocNumber : spans[p].DocNumber;
            var id = DocumentIds.For(i + 1, number);
            review.CurrentDocument = id;
            if (p.Head is null)
                review.Note(ReviewCategory.Documents, p.Entry!.Line, ImportMessages.TocEntryWithoutText, ("title", p.Entry.Title), ("number", p.Entry.DocNumber ?? "—"));
            var document = p.Head is null ? Stub(id, p.Entry!) : ParseSafely(id, spans[p], lines, review);
            if (webDetails.TryGetValue(p, out var details)) document = WebDetailsPlacement.Apply(document, details, review);
            if (p.Head is not null) SummariseRepairs(lines, spans[p], review);
            documents.Add((document, p.Section));
        }
        review.CurrentDocument = null;

        string? coverCaption = null;
        var backText = new List<string>();
        foreach (var line in backMatter)
        {
            var clean = SpaceNormalizer.RemoveStraySpaces(line.Text);
            if (clean.EndsWith("公报", StringComparison.Ordinal) && clean.Length <= 6) coverCaption = clean;
            else backText.Add(line.Text.Trim());
        }
        if (backMatter.Count > 0)
            review.Note(ReviewCategory.BackMatter, backMatter[0].Number, ImportMessages.BackMatter, ("text", string.Join(" / ", backMatter.Select(l => l.Text))));

        var sectionTitles = toc.Sections.Where(x => x.Length > 0).ToList();
        foreach (var (_, section) in documents)
            if (!sectionTitles.Contains(section) && section.Length > 0) sectionTitles.Add(section);
        var sections = sectionTitles
            .Select(title => (title, (IReadOnlyList<ImportedDocument>)documents.Where(d => d.Section == title).Select(d => d.Document).ToList()))
            .ToList();
        var untitled = documents.Where(d => d.Section.Length == 0).Select(d => d.Document).ToList();
        if (untitled.Count > 0)
        {
            sections.Add((ImportMessages.UnsortedSection, untitled));
            review.Note(ReviewCategory.Toc, 1, ImportMessages.NoSections, ("section", ImportMessages.UnsortedSection));
        }
        sections = sections.Where(x => x.Item2.Count > 0).ToList();

        var masthead = MastheadFallbacks.Complete(reading, colophon, documents.Select(d => d.Document).ToList(), review, out var marked);
        var editionUrl = EditionUrl(colophon, reading.Intro, review);
        var issue = new ImportedIssue(
            masthead with { EditionUrl = editionUrl },
            reading.Intro, reading.EditorialBoard, sections, colophon, coverCaption,
            backText.Count > 0 ? string.Join(" ", backText) : null);

        var firstId = sections[0].Item2[0].Id;
        var notes = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (document, _) in documents)
        {
            var items = review.For(document.Id).ToList();
            if (document.Id == firstId) items.InsertRange(0, review.For(null).Where(n => n.Category is ReviewCategory.Masthead or ReviewCategory.Encoding && n.IsDoubt));
            notes[document.Id] = FrontMatterNotes(items, language);
        }
        var files = IssueFolderWriter.Render(issue, notes, marked, language);
        foreach (var key in files.Keys.ToList())
            foreach (var (wrong, right) in corrections)
                files[key] = files[key].Replace(wrong, right, StringComparison.Ordinal);

        var missingText = placed.Count(p => p.Head is null);
        var summary = ImportMessages.Summary.With(("documents", documents.Count), ("toc", toc.Entries.Count), ("missing", missingText),
            ("review", review.Notes.Count)).Render(language);
        var reviewMarkdown = review.ToMarkdown(Path.GetFileName(sourceName), language, summary);
        files[ReviewFileName] = reviewMarkdown;
        return new ImportResult(files, reviewMarkdown, [])
        {
            DocumentCount = documents.Count,
            TocEntryCount = toc.Entries.Count,
            MissingTextCount = missingText,
            ReviewItemCount = review.Notes.Count,
            Summary = summary,
        };
    }

    /// <summary>
    /// What the front matter's review: holds: each doubt as a note of its own (an editor must see every
    /// one), and all routine repairs in one note that counts them by kind — a wall of routine notes,
    /// each a GP1050 warning in check, would hide the doubts. review.md lists every item either way.
    /// </summary>
    internal static IReadOnlyList<string> FrontMatterNotes(IReadOnlyList<ReviewItem> items, Language language)
    {
        var notes = items.Where(i => i.IsDoubt).OrderBy(i => i.Line).Select(i => ImportMessages.FrontMatterNote.With(("line", i.Line), ("text", i.Text)).Render(language)).ToList();
        var routine = items.Where(i => !i.IsDoubt).ToList();
        if (routine.Count > 0)
        {
            var kinds = routine.GroupBy(i => ImportMessages.RoutineKind(i.Text.Id))
                .Select(g => g.Key.With(("count", g.Count())).Render(language));
            notes.Add(ImportMessages.FrontMatterRepairs.With(("count", routine.Count),
                ("kinds", string.Join(ImportMessages.ListSeparator.With().Render(language), kinds))).Render(language));
        }
        return notes;
    }

    private static void NoteDecoding(Decoding.DecodedText decoding, ReviewLog review)
    {
        if (decoding.AlsoValidUtf8)
            review.Note(ReviewCategory.Encoding, 1, ImportMessages.EncodingAmbiguous);
        else if (decoding.Encoding == Importing.Decoding.TextEncodingKind.Gb18030)
            review.Note(ReviewCategory.Encoding, 1, decoding.Confidence == Importing.Decoding.DecodingConfidence.Likely ? ImportMessages.EncodingGb : ImportMessages.EncodingGbDoubtful,
                ("share", Math.Round(decoding.CommonShare * 100, 1)));
        foreach (var line in decoding.DamagedLines.Take(50))
            review.Note(ReviewCategory.Encoding, line, ImportMessages.EncodingDamagedLine, ("encoding", decoding.EncodingName));
    }

    /// <summary>Where the masthead ends when there is no 目录 heading: at the first TOC-shaped or section line, or the first document.</summary>
    private static int MastheadEnd(IReadOnlyList<SourceLine> lines, int firstBody)
    {
        for (var i = 0; i < firstBody && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0) continue;
            if (DocumentHeads.IsTocShaped(text) || TocParser.SectionLabel(text, out _, out _)) return i;
        }
        return Math.Min(firstBody, lines.Count);
    }

    /// <summary>
    /// Line index of the first head whose text (up to the next head) holds a sentence, an addressee or a
    /// date — a document, not a TOC entry — or <paramref name="to"/> when there is none.
    /// </summary>
    private static int FirstConfirmedHead(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        DocumentHead? previous = null;
        foreach (var head in DocumentHeads.Enumerate(lines, from, to))
        {
            if (previous is not null && HasText(previous, head.Start, lines)) return previous.Start;
            previous = head;
        }
        return previous is not null && HasText(previous, to, lines) ? previous.Start : to;
    }

    /// <summary>Whether the first lines after a head (up to <paramref name="end"/>) hold running text or a date.</summary>
    private static bool HasText(DocumentHead head, int end, IReadOnlyList<SourceLine> lines)
    {
        for (var k = head.BodyStart; k < end && k < head.BodyStart + 12; k++)
        {
            var text = lines[k].Text;
            if (text.Length == 0) continue;
            if (TocParser.IsRunningText(text) || DocumentParser.IsDateLine(text)) return true;
        }
        return false;
    }

    private static DocumentSpan Span(PlacedDocument placed, DocumentHead head, int end, ReviewLog review)
    {
        var number = head.DocNumber;
        if (placed.Entry?.DocNumber is { } tocNumber && number != tocNumber)
        {
            if (number is not null)
                review.Note(ReviewCategory.OcrSuspect, head.AnchorLine + 1, ImportMessages.DocNumberDiffers, ("text", number), ("toc", tocNumber));
            number = tocNumber;
        }
        else if (head.DocNumberRepaired)
            review.Note(ReviewCategory.OcrSuspect, head.AnchorLine + 1, ImportMessages.DocNumberDigitsRepaired, ("number", number ?? ""));
        if (head.Evidence == HeadEvidence.GluedDocNumber)
            review.Note(ReviewCategory.Title, head.AnchorLine + 1, ImportMessages.DocNumberGlued, ("number", number ?? ""));
        if (head.Registration is not null)
            review.Note(ReviewCategory.Registration, head.Start + 1, ImportMessages.RegistrationAttached, ("code", head.Registration), ("number", number ?? "—"));
        if (placed.Entry is null && head.Evidence != HeadEvidence.TocTitle)
            review.Note(ReviewCategory.Title, head.TitleLines.Count > 0 ? head.TitleLines[0].Number : head.AnchorLine + 1, ImportMessages.TitleGuessed);
        return new DocumentSpan(placed.Section, placed.Entry, head.Registration, head.TitleLines, number, head.BodyStart, end, head.AnchorLine + 1);
    }

    /// <summary>A document's end without the blank lines and section labels that belong to the next one.</summary>
    private static int TrimEnd(IReadOnlyList<SourceLine> lines, int from, int end)
    {
        var e = end;
        while (e > from && (lines[e - 1].IsBlank || TocParser.SectionLabel(lines[e - 1].Text, out _, out _) && lines[e - 1].Text.TrimStart().StartsWith('【'))) e--;
        return e;
    }

    /// <summary>A document parsed; should the parser fail on some input, its text is kept whole as the body, and the failure is on the review list.</summary>
    private static ImportedDocument ParseSafely(string id, DocumentSpan span, IReadOnlyList<SourceLine> lines, ReviewLog review)
    {
        try
        {
            return DocumentParser.Parse(id, span, lines, review);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException or NullReferenceException)
        {
            review.Note(ReviewCategory.Undecided, span.FirstLine, ImportMessages.ParserFailed, ("error", e.GetType().Name));
            var text = string.Join("\n\n", lines.Skip(span.BodyStart).Take(span.End - span.BodyStart).Where(l => !l.IsBlank).Select(l => BodyWriter.Escape(l.Text)));
            var title = TitleSplitter.Split(span.TitleLines.Select(l => l.Text));
            return new ImportedDocument(id, "通知", span.Registration, title.Count > 0 ? title : [ImportMessages.UnknownDocumentTitle], span.DocNumber, null, [], null, null, null, [], [], null, null, text + "\n");
        }
    }

    private static ImportedDocument Stub(string id, TocEntry entry)
    {
        var title = TitleSplitter.Split([entry.Title]);
        var kind = DocumentRecognizer.KindOfTitle(entry.Title, entry.DocNumber) ?? "通知";
        return new ImportedDocument(id, kind, null, title, entry.DocNumber, null, [], null, null, null, [], [], null, null, "");
    }

    private static string? EditionUrl(IReadOnlyList<LabelValue> colophon, IReadOnlyList<string> intro, ReviewLog review)
    {
        var raw = colophon.FirstOrDefault(p => p.Label == "网址")?.Value ?? intro.Select(UrlIn).FirstOrDefault(u => u is not null);
        if (raw is null) return null;
        var url = raw.Trim().Trim('<', '>', '(', ')', '（', '）', ' ');
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && url.All(c => c is > ' ' and < (char)127))
            return url;
        if (!url.Contains("://", StringComparison.Ordinal) && Uri.TryCreate("http://" + url, UriKind.Absolute, out var guessed) && url.All(c => c is > ' ' and < (char)127) && url.Contains('.'))
        {
            review.Note(ReviewCategory.Colophon, 1, ImportMessages.EditionUrlScheme, ("url", guessed.ToString()));
            return guessed.ToString();
        }
        review.Note(ReviewCategory.Colophon, 1, ImportMessages.EditionUrlInvalid, ("url", raw));
        return null;
    }

    private static string? UrlIn(string text)
    {
        var i = text.IndexOf("http", StringComparison.Ordinal);
        if (i < 0) return null;
        var end = i;
        while (end < text.Length && text[end] < 128 && text[end] is not (' ' or ')' or '>' or '<')) end++;
        return text[i..end];
    }

    /// <summary>
    /// Short decorative lines after the last document (a painting's caption, slogans, the cover QR
    /// caption) are not part of it; they are peeled off the end.
    /// </summary>
    private static (List<SourceLine> Lines, int Start) BackMatter(IReadOnlyList<SourceLine> lines, DocumentSpan last, int end)
    {
        var start = Math.Min(end, last.End);
        for (var i = start - 1; i >= last.BodyStart; i--)
        {
            var t = lines[i].Text.Trim();
            if (t.Length == 0) continue;
            if (t.Length > 20 || CjkText.IsTerminal(t[^1]) || t.Contains('。') || DocumentTailParser.IsQrCaption(t)
                || Labels.Of(t) != LabelKind.None || t.Contains("见网") || t.Contains('：') || t.Contains(':')
                || DocumentParser.IsDateLine(t) || DocumentParser.IsPublicity(t) || DocumentParser.IsOrganisationLine(t))
                break;
            start = i;
        }
        var peeled = lines.Skip(start).Take(Math.Max(0, end - start)).Where(l => !l.IsBlank).ToList();
        return (peeled, start);
    }

    /// <summary>«…before…» → «…after…» around the first changed character.</summary>
    private static string Example(string before, string after)
    {
        var i = 0;
        while (i < before.Length && i < after.Length && before[i] == after[i]) i++;
        var start = Math.Max(0, i - 6);
        var length = Math.Max(0, Math.Min(14, Math.Min(before.Length, after.Length) - start));
        return $"«{before.Substring(start, length)}» → «{after.Substring(start, length)}»";
    }

    /// <summary>One review line per document for the punctuation and spaces repairs, with first examples.</summary>
    private static void SummariseRepairs(IReadOnlyList<SourceLine> lines, DocumentSpan span, ReviewLog review)
    {
        var widenedLines = new List<int>();
        var spacedLines = new List<int>();
        int widened = 0, spaces = 0;
        string? example = null;
        var first = span.TitleLines.Count > 0 ? span.TitleLines[0].Number - 1 : span.BodyStart;
        for (var i = Math.Max(0, first); i < span.End && i < lines.Count; i++)
        {
            var w = PunctuationWidener.Widen(lines[i].Text, out var nw);
            SpaceNormalizer.RemoveStraySpaces(w, out var ns);
            if (nw > 0)
            {
                widened += nw;
                widenedLines.Add(lines[i].Number);
                example ??= Example(lines[i].Text, w);
            }
            if (ns > 0) { spaces += ns; spacedLines.Add(lines[i].Number); }
        }
        if (widened > 0)
            review.Note(ReviewCategory.Punctuation, widenedLines[0], ImportMessages.PunctuationWidened,
                ("count", widened), ("lineCount", widenedLines.Count), ("lines", ReviewLog.Sample(widenedLines)), ("example", example ?? ""));
        if (spaces > 0)
            review.Note(ReviewCategory.Spaces, spacedLines[0], ImportMessages.SpacesRemoved,
                ("count", spaces), ("lineCount", spacedLines.Count), ("lines", ReviewLog.Sample(spacedLines)));
    }
}

/// <summary>File names for documents: running number, pinyin initials of the issuer code, year, number.</summary>
internal static class DocumentIds
{
    private static readonly Dictionary<char, char> Initials = new()
    {
        ['晋'] = 'j', ['市'] = 's', ['政'] = 'z', ['发'] = 'f', ['办'] = 'b', ['公'] = 'g', ['通'] = 't', ['字'] = 'z',
        ['改'] = 'g', ['规'] = 'g', ['府'] = 'f', ['函'] = 'h', ['委'] = 'w', ['财'] = 'c', ['教'] = 'j', ['卫'] = 'w',
        ['建'] = 'j', ['交'] = 'j', ['农'] = 'n', ['水'] = 's', ['环'] = 'h', ['商'] = 's', ['审'] = 's', ['批'] = 'p',
        ['应'] = 'y', ['急'] = 'j', ['城'] = 'c', ['管'] = 'g', ['局'] = 'j', ['省'] = 's', ['县'] = 'x', ['区'] = 'q',
        ['厅'] = 't', ['安'] = 'a', ['监'] = 'j', ['税'] = 's', ['统'] = 't', ['自'] = 'z', ['资'] = 'z', ['文'] = 'w',
        ['旅'] = 'l', ['体'] = 't', ['科'] = 'k', ['技'] = 'j', ['工'] = 'g', ['信'] = 'x', ['能'] = 'n', ['住'] = 'z',
        ['房'] = 'f', ['医'] = 'y', ['保'] = 'b', ['民'] = 'm', ['人'] = 'r', ['数'] = 's', ['据'] = 'j', ['生'] = 's',
        ['态'] = 't', ['法'] = 'f', ['司'] = 's', ['军'] = 'j', ['退'] = 't', ['役'] = 'y', ['育'] = 'y', ['金'] = 'j',
        ['融'] = 'r', ['银'] = 'y', ['行'] = 'x', ['消'] = 'x', ['防'] = 'f', ['电'] = 'd', ['务'] = 'w', ['经'] = 'j',
        ['泽'] = 'z', ['高'] = 'g', ['阳'] = 'y', ['陵'] = 'l', ['沁'] = 'q', ['平'] = 'p', ['川'] = 'c', ['令'] = 'l',
        ['济'] = 'j', ['党'] = 'd', ['纪'] = 'j', ['组'] = 'z', ['宣'] = 'x', ['传'] = 'c', ['林'] = 'l', ['草'] = 'c',
    };

    public static string For(int index, string? docNumber)
    {
        var prefix = index.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        if (docNumber is null) return prefix + "-doc";
        var order = docNumber.IndexOf("令第", StringComparison.Ordinal);
        if (order >= 0) return $"{prefix}-ling-{Digits(docNumber[order..])}";
        var open = docNumber.IndexOf('〔');
        var close = docNumber.IndexOf('〕');
        if (open < 0 || close < open) return prefix + "-doc";
        var code = new StringBuilder();
        foreach (var c in docNumber[..open])
            if (Initials.TryGetValue(c, out var i)) code.Append(i);
        return $"{prefix}-{(code.Length > 0 ? code.ToString() : "doc")}-{docNumber[(open + 1)..close]}-{Digits(docNumber[close..])}";
    }

    private static string Digits(string s) => new(s.Where(char.IsAsciiDigit).ToArray());
}
