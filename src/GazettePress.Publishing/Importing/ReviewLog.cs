using System.Text;
using GazettePress.Diagnostics;

namespace GazettePress.Importing;

/// <summary>What a review note is about; review.md groups notes by it.</summary>
public enum ReviewCategory
{
    Undecided,
    Documents,
    Toc,
    Masthead,
    OcrSuspect,
    PageBreak,
    Signature,
    Registration,
    Title,
    Attachments,
    Colophon,
    Punctuation,
    Spaces,
    Bullets,
    Markup,
    Numbering,
    BackMatter,
    Encoding,
    WebPage,
}

/// <summary>
/// One point a person should confirm: the source line it comes from (1-based, in the decoded text),
/// what it is about, and its text from the message catalogue (rendered in the reader's language).
/// </summary>
public sealed record ReviewItem(ReviewCategory Category, int Line, LocalizedText Text)
{
    public string Render(Language language) => Text.Render(language);

    /// <summary>Doubts stay open one by one in the document's front matter; routine repairs are counted there in one note.</summary>
    public bool IsDoubt => !ImportMessages.IsRoutine(Text.Id);
}

internal sealed record ReviewNote(ReviewItem Item, string? DocumentId)
{
    public ReviewCategory Category => Item.Category;
    public int Line => Item.Line;
    public string Message => Item.Render(Language.English);
}

/// <summary>
/// Everything the importer decided that a human should confirm, with the source line it came from.
/// The importer never guesses silently: each repair or doubtful choice adds a note here.
/// </summary>
internal sealed class ReviewLog
{
    private readonly List<ReviewNote> _notes = new();

    /// <summary>The document the next notes belong to (null for masthead, TOC, colophon).</summary>
    public string? CurrentDocument { get; set; }

    public IReadOnlyList<ReviewNote> Notes => _notes;

    public void Note(ReviewCategory category, int line, TextId text, params MessageArgument[] arguments) =>
        _notes.Add(new ReviewNote(new ReviewItem(category, line, text.With(arguments)), CurrentDocument));

    /// <summary>Moves the notes made for a provisional id to the document's final id.</summary>
    public void Rename(string from, string to)
    {
        for (var i = 0; i < _notes.Count; i++)
            if (_notes[i].DocumentId == from) _notes[i] = _notes[i] with { DocumentId = to };
    }

    public IReadOnlyList<ReviewItem> For(string? documentId) =>
        _notes.Where(n => n.DocumentId == documentId).Select(n => n.Item).ToList();

    /// <summary>The first few items of a long list, for one-line summaries.</summary>
    public static string Sample<T>(IReadOnlyList<T> items, int count = 5) =>
        string.Join(", ", items.Take(count)) + (items.Count > count ? $", … ({items.Count})" : "");

    private static readonly ReviewCategory[] Order =
    {
        ReviewCategory.Documents, ReviewCategory.Undecided, ReviewCategory.Toc, ReviewCategory.Masthead, ReviewCategory.Encoding,
        ReviewCategory.OcrSuspect, ReviewCategory.Title, ReviewCategory.WebPage, ReviewCategory.Signature, ReviewCategory.Registration, ReviewCategory.Numbering,
        ReviewCategory.Attachments, ReviewCategory.PageBreak, ReviewCategory.Punctuation, ReviewCategory.Spaces, ReviewCategory.Bullets,
        ReviewCategory.Markup, ReviewCategory.Colophon, ReviewCategory.BackMatter,
    };

    public string ToMarkdown(string sourceName, Language language, string summary)
    {
        string T(TextId id, params MessageArgument[] args) => id.With(args).Render(language);
        var text = new StringBuilder();
        text.Append("# ").Append(T(ImportMessages.ReviewTitle, ("file", sourceName))).Append("\n\n");
        text.Append(summary).Append("\n\n");
        text.Append(T(ImportMessages.ReviewIntro)).Append('\n');
        foreach (var category in Order)
        {
            var notes = _notes.Where(n => n.Category == category).OrderBy(n => n.Line).ToList();
            if (notes.Count == 0) continue;
            text.Append("\n## ").Append(T(ImportMessages.CategoryHeading(category))).Append(" (").Append(notes.Count).Append(")\n\n");
            foreach (var note in notes)
            {
                text.Append("- ").Append(T(ImportMessages.ReviewLine, ("line", note.Line)));
                if (note.DocumentId is not null) text.Append(" [").Append(note.DocumentId).Append(']');
                text.Append(language == Language.Chinese ? "：" : ": ").Append(note.Item.Render(language)).Append('\n');
            }
        }
        return text.ToString();
    }
}
