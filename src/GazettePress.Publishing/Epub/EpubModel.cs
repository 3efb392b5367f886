namespace GazettePress.Publishing.Epub;

// The input of the EPUB stage: the issue as the templates see it. Property names become
// snake_case in Scriban (GazetteTitle → gazette_title). Built from the content model by
// EpubModelFactory, or directly by tests.

/// <summary>Where a print page begins: page <paramref name="Folio"/> starts in document
/// <paramref name="DocumentId"/>, in the block element with id <paramref name="BlockId"/>, before
/// the character at <paramref name="TextOffset"/> of that block's text content (UTF-16 code units
/// of the concatenated text nodes, as <c>XElement.Value</c> gives them).</summary>
public sealed record PrintPageStart(string Folio, string DocumentId, string BlockId, int TextOffset);

public sealed record LabelValue(string Label, string Value);

public sealed record EpubIssue(
    string GazetteTitle,
    string? Pinyin,
    string Sponsor,
    string? Frequency,
    string? EditionUrl,
    int Year,
    int Number,
    int? Cumulative,
    DateOnly Published,
    IReadOnlyList<string> IntroParagraphs,
    IReadOnlyList<LabelValue> EditorialBoard,
    IReadOnlyList<EpubSection> Sections,
    IReadOnlyList<LabelValue> Colophon,
    string? CoverQrCaption)
{
    public IEnumerable<EpubDocument> Documents => Sections.SelectMany(s => s.Documents);

    /// <summary>The issue's name as printed on the cover: 晋城市人民政府公报 2025年第6期.</summary>
    public string IssueName => $"{GazetteTitle} {Year}年第{Number}期";
}

public sealed record EpubSection(string Title, IReadOnlyList<EpubDocument> Documents);

/// <summary>An entry of the 附件 list; <paramref name="Url"/> is where it can be read online (the entry links there).</summary>
public sealed record EpubAttachment(string Title, bool OnlineOnly, string? Url = null);

/// <summary>A QR code: exactly one of <paramref name="Url"/> (generated), <paramref name="ImagePath"/>
/// (ready image, relative to the issue folder) or a placeholder (neither).</summary>
public sealed record EpubQr(string? Url, string? ImagePath, string? Caption);

public sealed record EpubDocument(
    string Id,
    string Kind,
    string? Registration,
    IReadOnlyList<string> TitleLines,
    string? DocNumber,
    string? Addressee,
    /// <summary>The body as BodyXhtmlRenderer gives it: sibling block elements, no root.</summary>
    string BodyXhtml,
    IReadOnlyList<string> SignatureIssuers,
    string? Signer,
    DateOnly? SignatureDate,
    string? Publicity,
    IReadOnlyList<EpubAttachment> Attachments,
    IReadOnlyList<LabelValue> Consultation,
    EpubQr? Qr)
{
    /// <summary>Title lines joined as one reads them (the print breaks are layout, not text).</summary>
    public string Title => GazettePress.Content.Rendering.DocumentTitles.Plain(TitleLines);
}
