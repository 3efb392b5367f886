using GazettePress.Diagnostics;
using GazettePress.Intake.Model;

namespace GazettePress.Intake.Recognition;

/// <summary>A document as recognised: the front matter fields, the body as typed blocks, the doubts and what was left out.</summary>
public sealed record RecognisedDocument
{
    public required string Kind { get; init; }
    public string? Registration { get; init; }
    public required IReadOnlyList<string> TitleLines { get; init; }
    public string? DocNumber { get; init; }
    public string? Addressee { get; init; }
    public IReadOnlyList<string> Issuers { get; init; } = [];
    /// <summary>A 令's signer (市长　张三); printed in the body as a ::: signature block, as the samples do.</summary>
    public string? Signer { get; init; }
    public DateOnly? Date { get; init; }
    public string? Publicity { get; init; }
    public IReadOnlyList<RecognisedAttachment> Attachments { get; init; } = [];
    public IReadOnlyList<(string Label, string Value)> Consultation { get; init; } = [];
    public RecognisedQr? Qr { get; init; }
    public IReadOnlyList<BodyBlock> Body { get; init; } = [];
    /// <summary>The 发文机关 named in the 版头 (…文件), used to choose a section.</summary>
    public IReadOnlyList<string> HeadIssuers { get; init; } = [];
    /// <summary>Doubts: each is a review note in the front matter and a line of the command's output.</summary>
    public IReadOnlyList<Diagnostic> Notes { get; init; } = [];
    /// <summary>Parts not reprinted in a gazette (版头, 版记, page chrome), shown on the command's output.</summary>
    public IReadOnlyList<DroppedPart> Dropped { get; init; } = [];

    public string Title => string.Concat(TitleLines);

    /// <summary>A document recognised elsewhere (the importer's text recogniser) with its front matter and body already written.</summary>
    public PrewrittenDocument? Prewritten { get; init; }
}

/// <param name="FrontMatter">YAML without the --- lines, its own doubts already under review:.</param>
/// <param name="OwnNotes">How many of the document's <see cref="RecognisedDocument.Notes"/>, counted from the first, are add's own and not yet in the front matter.</param>
public sealed record PrewrittenDocument(string FrontMatter, string Body, int OwnNotes);

public sealed record RecognisedAttachment(string Title, bool OnlineOnly);

/// <summary>The document's QR code: a link to encode, a picture from the file, or a blank box to fill in; with its caption.</summary>
public sealed record RecognisedQr(string? Url, SourceImage? Image, string? Caption);

public sealed record DroppedPart(TextIdPart Part, string Text);

/// <summary>Which part was left out (the catalogue text naming it).</summary>
public enum TextIdPart
{
    Head,
    Record,
    PageChrome,
    Seal,
}

/// <summary>A piece of running text with its emphasis.</summary>
public sealed record Inline(string Text, bool Bold = false, VerticalShift Shift = VerticalShift.None);

public abstract record BodyBlock;

/// <summary># the attached document's title.</summary>
public sealed record AttachedTitle(string Text) : BodyBlock;

/// <summary>A heading; <see cref="Level"/> 2–5 (## … #####).</summary>
public sealed record Heading(int Level, string Text) : BodyBlock;

/// <summary>A paragraph; <see cref="RunIn"/> is a bold lead (第一条, （一）切实提高政治站位。) printed run-in.</summary>
public sealed record BodyParagraph(string? RunIn, IReadOnlyList<Inline> Content) : BodyBlock;

/// <summary>A signature inside the body (a 令's signer and date).</summary>
public sealed record BodySignature(IReadOnlyList<string> Lines) : BodyBlock;

public sealed record BodyTable(IReadOnlyList<IReadOnlyList<string>> Rows) : BodyBlock;

public sealed record BodyImage(SourceImage Image, string Alt) : BodyBlock;
