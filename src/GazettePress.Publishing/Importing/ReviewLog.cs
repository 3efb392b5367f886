using System.Text;

namespace GazettePress.Importing;

/// <summary>What a review note is about; review.md groups notes by it.</summary>
internal enum ReviewCategory
{
    Undecided,
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
    Numbering,
    BackMatter,
}

internal sealed record ReviewNote(ReviewCategory Category, int Line, string Message, string? DocumentId);

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

    public void Note(ReviewCategory category, int line, string message) =>
        _notes.Add(new ReviewNote(category, line, message, CurrentDocument));

    /// <summary>The first few items of a long list, for one-line summaries.</summary>
    public static string Sample<T>(IReadOnlyList<T> items, int count = 5) =>
        string.Join(", ", items.Take(count)) + (items.Count > count ? $", … ({items.Count} in all)" : "");

    private static readonly (ReviewCategory Category, string Heading)[] Sections =
    {
        (ReviewCategory.Undecided, "Could not decide — please check"),
        (ReviewCategory.OcrSuspect, "Suspected OCR errors"),
        (ReviewCategory.Title, "Titles and their printed line breaks"),
        (ReviewCategory.Signature, "Signatures"),
        (ReviewCategory.Registration, "Registration codes attached to documents"),
        (ReviewCategory.Numbering, "Numbering"),
        (ReviewCategory.Attachments, "Attachments, consultation blocks, QR captions"),
        (ReviewCategory.PageBreak, "Repaired page breaks (split paragraphs joined)"),
        (ReviewCategory.Punctuation, "Re-widened punctuation"),
        (ReviewCategory.Spaces, "Removed stray spaces"),
        (ReviewCategory.Bullets, "Converter bullets"),
        (ReviewCategory.Colophon, "Masthead, colophon and editorial board"),
        (ReviewCategory.BackMatter, "Back matter"),
    };

    public string ToMarkdown(string sourceName)
    {
        var text = new StringBuilder();
        text.Append("# Import review: ").Append(sourceName).Append("\n\n");
        text.Append("Line numbers refer to the source text file. Each item is a decision the importer made or\n");
        text.Append("could not make; confirm it against the printed issue and edit the issue folder where needed.\n");
        foreach (var (category, heading) in Sections)
        {
            var notes = _notes.Where(n => n.Category == category).OrderBy(n => n.Line).ToList();
            if (notes.Count == 0) continue;
            text.Append("\n## ").Append(heading).Append(" (").Append(notes.Count).Append(")\n\n");
            foreach (var note in notes)
            {
                text.Append("- line ").Append(note.Line);
                if (note.DocumentId is not null) text.Append(" [").Append(note.DocumentId).Append(']');
                text.Append(": ").Append(note.Message).Append('\n');
            }
        }
        return text.ToString();
    }
}
