using GazettePress.Diagnostics;

namespace GazettePress.Content;

/// <summary>One official document of an issue: front matter fields plus its Markdown body. Immutable.</summary>
public sealed record GazetteDocument(
    string Id,
    string SourcePath,
    string Kind,
    string? Registration,
    IReadOnlyList<string> TitleLines,
    DocNumber? DocNumber,
    string? Addressee,
    Signature? Signature,
    string? Publicity,
    IReadOnlyList<Attachment> Attachments,
    IReadOnlyList<LabeledValue> Consultation,
    DocumentQr? Qr,
    string BodyMarkdown,
    int BodyStartLine,
    SourceMap Locations)
{
    /// <summary>Open questions left by import or add (front matter <c>review:</c>); each is a warning until deleted.</summary>
    public IReadOnlyList<string> ReviewNotes { get; init; } = [];

    /// <summary>Front matter <c>draft: true</c>: a document not ready to be listed; unlisted drafts are not an error.</summary>
    public bool IsDraft { get; init; }

    /// <summary>The title as one string: the printed lines joined, without the display spacing of a short line (通　知 → 通知).</summary>
    public string Title => Rendering.DocumentTitles.Plain(TitleLines);

    /// <summary>The file location of a body line (1-based line within <see cref="BodyMarkdown"/>).</summary>
    public SourceLocation BodyLocation(int bodyLine, int column = 1) =>
        new(SourcePath, BodyStartLine + bodyLine - 1, column);
}

/// <summary>
/// 文号. <see cref="Printed"/> is the normalised printed form, e.g. 晋市政办〔2025〕22号 or
/// 晋城市人民政府令第5号 (政府令 numbers have no year).
/// </summary>
public sealed record DocNumber(string IssuerCode, int? Year, int Number, string Printed)
{
    public override string ToString() => Printed;
}

/// <summary>Issuers stacked right-aligned, an optional signer (令: 市长　张三) and the date.</summary>
public sealed record Signature(IReadOnlyList<string> Issuers, string? Signer, DateOnly Date)
{
    /// <summary>The date as printed: 2025年11月14日.</summary>
    public string PrintedDate => ChineseDates.Format(Date);
}

/// <summary>An entry of the 附件 list; online-only attachments print …（见网络版）.</summary>
public sealed record Attachment(string Title, bool OnlineOnly)
{
    /// <summary>Where the attachment can be read online (front matter <c>url:</c>); the e-edition links the entry to it.</summary>
    public string? Url { get; init; }
}

/// <summary>A document's QR code (e.g. 政策解读) and its caption.</summary>
public sealed record DocumentQr(QrSource Source, string? Caption);

/// <summary>Where a QR code comes from: exactly one of a URL to encode, a ready-made image, or a blank box.</summary>
public abstract record QrSource
{
    private QrSource() { }

    public sealed record Url(string Value) : QrSource;

    public sealed record Image(ImageRef File) : QrSource;

    public sealed record Placeholder(double WidthMm, double HeightMm) : QrSource;
}

/// <summary>Dates the way Chinese official documents print them.</summary>
public static class ChineseDates
{
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
