using System.Text;
using GazettePress.Diagnostics;

namespace GazettePress.Importing;

/// <summary>The result of an import: every file of the issue folder (relative path → text), review.md, or the reasons it failed.</summary>
public sealed record ImportResult(IReadOnlyDictionary<string, string> Files, string Review, IReadOnlyList<Diagnostic> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Turns one issue as extracted text into an issue folder, in small passes: markup cleaning →
/// masthead and TOC → colophon → locating documents → parsing each document → Markdown. Nothing is
/// written here; the caller writes the files all at once.
/// </summary>
public static class IssueImporter
{
    public static ImportResult Import(string text, string sourceName)
    {
        var errors = new List<(int Line, string Message)>();
        var review = new ReviewLog();
        var rawLines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var lines = MarkupCleaner.Clean(rawLines, review);

        var (colophon, colophonStart, _) = ColophonParser.Parse(lines, review);
        var front = MastheadParser.Parse(lines, review, colophon.FirstOrDefault(p => p.Label == "主办单位")?.Value);
        if (front.Masthead is null) return Fail(front.Problems, sourceName, MastheadHint);
        lines = RunningHeadRemover.Remove(lines, front.TocStart + 1, front.Masthead.Title, review);
        var government = front.Masthead.Title.EndsWith("公报", StringComparison.Ordinal) ? front.Masthead.Title[..^2] : null;
        var toc = TocParser.Parse(lines, front.TocStart + 1, government);
        if (toc.Entries.Count == 0)
            return Fail([(lines[front.TocStart].Number, "the 目录 lists no document")], sourceName,
                "entries look like 标题（晋市政办〔2025〕22号）（5）, or title, 文号 and page separated by tabs");

        var textEnd = colophonStart > toc.EndIndex ? colophonStart : lines.Count;
        var spans = DocumentLocator.Locate(lines, toc, textEnd, review, errors);
        if (errors.Count > 0) return Fail(errors, sourceName, "every document the 目录 lists must follow in the text with its title and 文号; is the file complete?");

        var (backMatter, backStart) = BackMatter(lines, spans[^1], textEnd);
        spans[^1] = spans[^1] with { End = backStart };

        var corrections = OcrSuspects.Scan(lines, review);
        var documents = new List<ImportedDocument>();
        for (var i = 0; i < spans.Count; i++)
        {
            var id = DocumentIds.For(i + 1, spans[i].Entry.DocNumber);
            review.CurrentDocument = id;
            documents.Add(DocumentParser.Parse(id, spans[i], lines, review));
            SummariseRepairs(lines, spans[i], i + 1 < spans.Count ? spans[i + 1].BodyStart : backStart, review);
        }
        review.CurrentDocument = null;

        string? coverCaption = null;
        var backText = new List<string>();
        foreach (var line in backMatter)
        {
            var t = SpaceNormalizer.RemoveStraySpaces(line.Text);
            if (t.EndsWith("公报", StringComparison.Ordinal) && t.Length <= 6) coverCaption = t;
            else backText.Add(line.Text.Trim());
        }
        if (backMatter.Count > 0)
            review.Note(ReviewCategory.BackMatter, backMatter[0].Number,
                $"lines after the last document ({string.Join(" / ", backMatter.Select(l => l.Text))}) taken as cover/back-cover text; check where they were printed");

        var sections = toc.Sections
            .Select(s => (s, (IReadOnlyList<ImportedDocument>)documents.Where(d => spans[documents.IndexOf(d)].Entry.Section == s).ToList()))
            .Where(s => s.Item2.Count > 0)
            .ToList();
        var editionUrl = colophon.FirstOrDefault(p => p.Label == "网址")?.Value
            ?? front.Intro.Select(UrlIn).FirstOrDefault(u => u is not null);
        var issue = new ImportedIssue(
            front.Masthead with { EditionUrl = editionUrl },
            front.Intro, front.EditorialBoard, sections, colophon, coverCaption,
            backText.Count > 0 ? string.Join(" ", backText) : null);

        var files = IssueFolderWriter.Render(issue);
        foreach (var key in files.Keys.ToList())
            foreach (var (wrong, right) in corrections)
                files[key] = files[key].Replace(wrong, right, StringComparison.Ordinal);
        return new ImportResult(files, review.ToMarkdown(Path.GetFileName(sourceName)), []);
    }

    private const string MastheadHint =
        "the text must start with the masthead: title …公报, 2025年第6期 (总第294期), …主办, 2025年12月28日出版, then 目录";

    private static ImportResult Fail(IEnumerable<(int Line, string Message)> problems, string sourceName, string hint) =>
        new(new Dictionary<string, string>(), "",
            problems.Select(p => Diagnostic.LegacyError(ImportCodes.UnusableInput, p.Message, new SourceLocation(sourceName, p.Line), hint)).ToList());

    private static string? UrlIn(string text)
    {
        var i = text.IndexOf("http", StringComparison.Ordinal);
        if (i < 0) return null;
        var end = i;
        while (end < text.Length && text[end] < 128 && text[end] != ' ' && text[end] != ')') end++;
        return text[i..end];
    }

    /// <summary>
    /// Short decorative lines after the last document (a painting's caption, slogans, the cover QR
    /// caption) are not part of it; they are peeled off the end.
    /// </summary>
    private static (List<SourceLine> Lines, int Start) BackMatter(IReadOnlyList<SourceLine> lines, DocumentSpan last, int end)
    {
        var start = end;
        for (var i = end - 1; i >= last.BodyStart; i--)
        {
            var t = lines[i].Text.Trim();
            if (t.Length == 0) continue;
            if (t.Length > 20 || CjkText.IsTerminal(t[^1]) || t.Contains('。') || DocumentTailParser.IsQrCaption(t)
                || Labels.Of(t) != LabelKind.None || t.Contains("见网") || t.Contains('：') || t.Contains(':')
                || DocumentParser.IsDateLine(t) || DocumentParser.IsPublicity(t))
                break;
            start = i;
        }
        return (lines.Skip(start).Take(end - start).Where(l => !l.IsBlank).ToList(), start);
    }

    /// <summary>«…before…» → «…after…» around the first changed character.</summary>
    private static string Example(string before, string after)
    {
        var i = 0;
        while (i < before.Length && i < after.Length && before[i] == after[i]) i++;
        var start = Math.Max(0, i - 6);
        var length = Math.Min(14, Math.Min(before.Length, after.Length) - start);
        return $"«{before.Substring(start, length)}» → «{after.Substring(start, length)}»";
    }

    /// <summary>One review line per document for the punctuation and spaces repairs, with first examples.</summary>
    private static void SummariseRepairs(IReadOnlyList<SourceLine> lines, DocumentSpan span, int end, ReviewLog review)
    {
        var widenedLines = new List<int>();
        var spacedLines = new List<int>();
        int widened = 0, spaces = 0;
        string? example = null;
        var first = span.TitleLines.Count > 0 ? span.TitleLines[0].Number - 1 : span.BodyStart;
        for (var i = first; i < end && i < lines.Count; i++)
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
            review.Note(ReviewCategory.Punctuation, widenedLines[0],
                $"{widened} half-width marks made full-width on {widenedLines.Count} lines (first: {ReviewLog.Sample(widenedLines)}), e.g. {example}");
        if (spaces > 0)
            review.Note(ReviewCategory.Spaces, spacedLines[0], $"{spaces} stray spaces removed on {spacedLines.Count} lines (first: {ReviewLog.Sample(spacedLines)}); spaced titles keep U+3000");
    }
}

/// <summary>Diagnostic codes of the importer.</summary>
public static class ImportCodes
{
    public const string InputNotFound = "GP0301";
    public const string NotUtf8 = "GP0302";
    public const string UnusableInput = "GP0303";
    public const string CannotWrite = "GP0304";
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
