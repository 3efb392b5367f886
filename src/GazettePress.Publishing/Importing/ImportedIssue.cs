namespace GazettePress.Importing;

/// <summary>A label/value pair printed as given (colophon, 编辑委员会, 咨询 block).</summary>
internal sealed record LabelValue(string Label, string Value);

/// <summary>The issue as recovered from the text, before it is written as an issue folder.</summary>
internal sealed record ImportedIssue(
    Masthead Masthead,
    IReadOnlyList<string> Intro,
    IReadOnlyList<LabelValue> EditorialBoard,
    IReadOnlyList<(string Title, IReadOnlyList<ImportedDocument> Documents)> Sections,
    IReadOnlyList<LabelValue> Colophon,
    string? CoverQrCaption,
    string? BackCoverText);

internal sealed record ImportedAttachment(string Title, bool OnlineOnly);

/// <summary>One document: its front matter fields and its body as Markdown.</summary>
internal sealed record ImportedDocument(
    string Id,
    string Kind,
    string? Registration,
    IReadOnlyList<string> TitleLines,
    string? DocNumber,
    string? Addressee,
    IReadOnlyList<string> Issuers,
    string? Signer,
    DateOnly? Date,
    string? Publicity,
    IReadOnlyList<ImportedAttachment> Attachments,
    IReadOnlyList<LabelValue> Consultation,
    string? QrCaption,
    string? QrUrl,
    string Body);
