using GazettePress.Diagnostics;

namespace GazettePress.Importing;

/// <summary>What the caller knows about the document it hands to <see cref="DocumentRecognizer.Recognize"/>.</summary>
public sealed record DocumentRecognitionOptions
{
    /// <summary>Running number of the document in its issue, for the suggested id (01-…).</summary>
    public int Index { get; init; } = 1;

    /// <summary>Line number of the text's first line in its source file (review items count from it).</summary>
    public int FirstLineNumber { get; init; } = 1;

    /// <summary>Language of the review: notes written into the front matter; the current language when null.</summary>
    public Language? Language { get; init; }
}

/// <summary>
/// One document recognised from plain text: its front matter (YAML, with the open questions under
/// <c>review:</c>), its Markdown body, and every repair and doubt with its source line.
/// </summary>
public sealed record RecognizedDocument
{
    /// <summary>A document id in the issue folder's style (01-jszb-2025-22), from the running number and the 文号.</summary>
    public required string SuggestedId { get; init; }

    /// <summary>The front matter's YAML, without the --- lines; ends with a line break.</summary>
    public required string FrontMatter { get; init; }

    /// <summary>The body in the content format's Markdown; ends with a line break (empty when no text was found).</summary>
    public required string Body { get; init; }

    /// <summary>Every repair and every doubt, with its source line; the doubts are also in the front matter's review:.</summary>
    public required IReadOnlyList<ReviewItem> Review { get; init; }

    /// <summary>The 文号 in normalised form (晋市政办〔2025〕22号, 晋城市人民政府令第5号), or null.</summary>
    public string? DocNumber { get; init; }

    /// <summary>The title as printed, one entry per line.</summary>
    public required IReadOnlyList<string> Title { get; init; }

    /// <summary>The 文种 (通知, 决定, 令, …).</summary>
    public required string Kind { get; init; }

    /// <summary>The signature date, when found.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Whether a title (and so a document) was recognised at all; false when the text had to be taken whole as the body.</summary>
    public bool Recognised { get; init; }

    /// <summary>The whole docs/&lt;id&gt;.md file: front matter between --- lines, then the body.</summary>
    public string Markdown => "---\n" + FrontMatter + "---\n" + Body;
}

/// <summary>
/// The single-document entry point: the text of one official document (title, 文号, addressee, text,
/// signature, date, attached plan, 附件, 咨询, QR caption — as extracted from a .txt, a web page or a
/// Word file) → front matter + body + review items, by the same passes as the issue importer. It never
/// throws on any text: what it cannot tell becomes a review item, and text it cannot place stays in
/// the body. Used by <c>gazettepress add</c> for text input.
/// </summary>
public static class DocumentRecognizer
{
    public static RecognizedDocument Recognize(string text, DocumentRecognitionOptions? options = null)
    {
        options ??= new DocumentRecognitionOptions();
        var language = options.Language ?? Localization.Current;
        var review = new ReviewLog();
        var offset = Math.Max(0, options.FirstLineNumber - 1);
        var rawLines = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (rawLines.Length > 0) rawLines[0] = rawLines[0].TrimStart('\uFEFF');
        var lines = MarkupCleaner.Clean(rawLines, review).Select(l => l with { Number = l.Number + offset }).ToList();
        var provisional = "doc";
        review.CurrentDocument = provisional;

        var head = FindHead(lines);
        DocumentSpan span;
        if (head is null)
        {
            var first = Lines.NextNonBlank(lines, 0, lines.Count);
            review.Note(ReviewCategory.Undecided, first >= 0 ? lines[first].Number : options.FirstLineNumber, ImportMessages.NoHeadInDocument);
            // The first line is taken as the title when it can be one; the rest is the body.
            var titleLines = first >= 0 && DocumentHeads.IsTitleLike(lines[first].Text) ? new List<SourceLine> { lines[first] } : [];
            span = new DocumentSpan("", null, null, titleLines, null, titleLines.Count > 0 ? first + 1 : 0, lines.Count, options.FirstLineNumber);
        }
        else
        {
            if (head.Evidence == HeadEvidence.GluedDocNumber)
                review.Note(ReviewCategory.Title, head.AnchorLine + 1 + offset, ImportMessages.DocNumberGlued, ("number", head.DocNumber ?? ""));
            if (head.DocNumberRepaired)
                review.Note(ReviewCategory.OcrSuspect, head.AnchorLine + 1 + offset, ImportMessages.DocNumberDigitsRepaired, ("number", head.DocNumber ?? ""));
            span = new DocumentSpan("", null, head.Registration, head.TitleLines, head.DocNumber, head.BodyStart, lines.Count, head.AnchorLine + 1 + offset);
        }
        ImportedDocument document;
        try
        {
            document = DocumentParser.Parse(provisional, span, lines, review);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException or NullReferenceException)
        {
            review.Note(ReviewCategory.Undecided, options.FirstLineNumber, ImportMessages.ParserFailed, ("error", e.GetType().Name));
            var body = string.Join("\n\n", lines.Where(l => !l.IsBlank).Select(l => BodyWriter.Escape(l.Text)));
            document = new ImportedDocument(provisional, "通知", null, [ImportMessages.UnknownDocumentTitle], null, null, [], null, null, null, [], [], null, null, body.Length > 0 ? body + "\n" : "");
        }
        var id = DocumentIds.For(options.Index, document.DocNumber);
        review.Rename(provisional, id);
        document = document with { Id = id };
        var items = review.For(id);
        var notes = IssueImporter.FrontMatterNotes(items, language);
        return new RecognizedDocument
        {
            SuggestedId = id,
            FrontMatter = IssueFolderWriter.FrontMatter(document, notes),
            Body = document.Body,
            Review = items,
            DocNumber = document.DocNumber,
            Title = document.TitleLines,
            Kind = document.Kind,
            Date = document.Date,
            Recognised = head is not null,
        };
    }

    /// <summary>The document's head: the first one found in its first lines.</summary>
    private static DocumentHead? FindHead(IReadOnlyList<SourceLine> lines)
    {
        var limit = Math.Min(lines.Count, 60);
        for (var i = 0; i < limit; i++)
        {
            if (lines[i].IsBlank) continue;
            if (DocumentHeads.At(lines, i, 0, lines.Count) is { } head) return head;
        }
        // No 文号 and no addressee: a title line (关于…的通知) followed by text.
        for (var i = 0; i < Math.Min(limit, 8); i++)
        {
            if (lines[i].IsBlank) continue;
            if (!DocumentHeads.IsTitleLike(lines[i].Text)) return null;
            var title = new List<SourceLine> { lines[i] };
            var k = i + 1;
            for (; k < lines.Count && title.Count < 4; k++)
            {
                if (lines[k].IsBlank) continue;
                if (!DocumentHeads.IsTitleLike(lines[k].Text)) break;
                title.Add(lines[k]);
            }
            if (!DocumentHeads.IsDocumentTitle(string.Concat(title.Select(l => l.Text)))) return null;
            var bodyStart = Lines.IndexOf(lines, title[^1]) + 1;
            return new DocumentHead(i, null, title, null, bodyStart - 1, bodyStart, HeadEvidence.TitleAndAddressee, false);
        }
        return null;
    }

    /// <summary>The 文种 at the end of a title (令 for a government order), or null.</summary>
    internal static string? KindOfTitle(string title, string? docNumber)
    {
        if (docNumber?.Contains("令第", StringComparison.Ordinal) == true) return "令";
        var key = CjkText.Key(title);
        foreach (var kind in new[] { "通知", "决定", "意见", "公告", "通告", "通报", "批复", "报告", "办法", "规定", "细则", "方案", "命令", "函", "纪要", "决议", "规划" })
            if (key.EndsWith(kind, StringComparison.Ordinal)) return kind;
        return null;
    }
}
