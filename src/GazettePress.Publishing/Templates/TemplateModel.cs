namespace GazettePress.Publishing.Templates;

// What the Scriban templates see. Scriban's standard renamer exposes these PascalCase members as
// snake_case (TitleLines → title_lines). The model is filled from the loaded issue; page numbers
// come from the previous layout pass (empty on the first).

public sealed class LabelValue
{
    public string Label { get; init; } = "";
    public string Value { get; init; } = "";
}

public sealed class GazetteModel
{
    public string Title { get; init; } = "";
    public string Pinyin { get; init; } = "";
    public string Sponsor { get; init; } = "";
    public string Frequency { get; init; } = "";
    public string EditionUrl { get; init; } = "";
}

public sealed class CoverModel
{
    public string Image { get; init; } = "";
    public string QrCaption { get; init; } = "";
}

public sealed class BackCoverModel
{
    public string Image { get; init; } = "";
    public string Text { get; init; } = "";
}

public sealed class QrModel
{
    public string Url { get; init; } = "";
    public string Image { get; init; } = "";
    public double PlaceholderWidthMm { get; init; }
    public double PlaceholderHeightMm { get; init; }
    public string Caption { get; init; } = "";
    public bool IsPlaceholder => PlaceholderWidthMm > 0;
}

public sealed class AttachmentModel
{
    public int Number { get; init; }
    public string Title { get; init; } = "";
    public bool OnlineOnly { get; init; }
}

public sealed class DocumentModel
{
    public string Id { get; init; } = "";
    /// <summary>The XHTML id of the document's section, used by TOC links and the outline.</summary>
    public string Anchor => GazetteIds.DocumentAnchor(Id);
    public string Kind { get; init; } = "";
    public string Registration { get; init; } = "";
    public IReadOnlyList<string> TitleLines { get; init; } = [];
    public string Title => string.Concat(TitleLines);
    public string DocNumber { get; init; } = "";
    public string Addressee { get; init; } = "";
    public IReadOnlyList<string> Issuers { get; init; } = [];
    public string Signer { get; init; } = "";
    /// <summary>The signature date as printed, e.g. 2025年11月14日.</summary>
    public string Date { get; init; } = "";
    public string Publicity { get; init; } = "";
    /// <summary>Body XHTML up to the attached title (the notice text).</summary>
    public string NoticeHtml { get; init; } = "";
    /// <summary>Body XHTML from the attached title on.</summary>
    public string AttachedHtml { get; init; } = "";
    public IReadOnlyList<AttachmentModel> Attachments { get; init; } = [];
    public IReadOnlyList<LabelValue> Consultation { get; init; } = [];
    public QrModel? Qr { get; init; }
    public string SectionTitle { get; init; } = "";
    /// <summary>The folio where the document starts, from the previous layout pass ("" on the first pass).</summary>
    public string Page { get; set; } = "";
    /// <summary>Markdown source file, for diagnostics.</summary>
    public string SourcePath { get; init; } = "";
}

public sealed class SectionModel
{
    public string Title { get; init; } = "";
    public IReadOnlyList<DocumentModel> Documents { get; init; } = [];
}

public sealed class IssueModel
{
    public GazetteModel Gazette { get; init; } = new();
    public int Year { get; init; }
    public int Number { get; init; }
    public int Cumulative { get; init; }
    /// <summary>Publication date as printed, e.g. 2025年12月28日.</summary>
    public string Published { get; init; } = "";
    public DateOnly PublishedDate { get; init; }
    public IReadOnlyList<string> Intro { get; init; } = [];
    public IReadOnlyList<LabelValue> EditorialBoard { get; init; } = [];
    public IReadOnlyList<SectionModel> Sections { get; init; } = [];
    public IReadOnlyList<LabelValue> Colophon { get; init; } = [];
    public CoverModel Cover { get; init; } = new();
    public BackCoverModel BackCover { get; init; } = new();
    /// <summary>The issue's name for files, e.g. jincheng-2025-06.</summary>
    public string Name { get; init; } = "";
    public string IssueDirectory { get; init; } = "";

    public IEnumerable<DocumentModel> Documents => Sections.SelectMany(s => s.Documents);

    /// <summary>Formats a date the way gazettes print it: 2025年11月14日.</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
