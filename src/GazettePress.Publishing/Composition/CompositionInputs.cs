using System.Collections.Immutable;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

/// <summary>What a QR figure shows, as the content gives it: typed, never parsed back from markup.</summary>
public abstract record QrSpec
{
    private QrSpec() { }

    public sealed record Url(string Value) : QrSpec;
    public sealed record Image(string RelativePath) : QrSpec;
    public sealed record Placeholder(double WidthMm, double HeightMm) : QrSpec;
}

public enum QrKind { Generated, Image, Placeholder }

/// <summary>A QR code or placeholder as composed, for the build report.</summary>
public sealed record QrRecord(string DocumentId, QrKind Kind, string Target, double WidthMm, double HeightMm);

/// <summary>
/// What the composer reads besides the XHTML: the typed content the markup refers to (a document's
/// QR code) and the issue's image files.
/// </summary>
internal sealed class CompositionInputs(IssueModel issue)
{
    private readonly Dictionary<string, ImmutableArray<byte>> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentModel> _documents = issue.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>
    /// The QR code a figure shows: data-url="…" is a URL written in the template; data-qr="&lt;document id&gt;"
    /// is that document's qr: entry; data-qr="cover" the gazette's e-edition URL.
    /// </summary>
    public QrSpec? Qr(XElement figure, string documentId)
    {
        if (figure.Attr("data-url") is { Length: > 0 } url) return new QrSpec.Url(url);
        var key = figure.Attr("data-qr");
        if (key == GazetteIds.CoverQr)
            return issue.Gazette.EditionUrl.Length > 0 ? new QrSpec.Url(issue.Gazette.EditionUrl) : null;
        if (key is null || !_documents.TryGetValue(key, out var document) || document.Qr is not { } qr) return null;
        if (qr.Url.Length > 0) return new QrSpec.Url(qr.Url);
        if (qr.Image.Length > 0) return new QrSpec.Image(qr.Image);
        if (qr.IsPlaceholder) return new QrSpec.Placeholder(qr.PlaceholderWidthMm, qr.PlaceholderHeightMm > 0 ? qr.PlaceholderHeightMm : qr.PlaceholderWidthMm);
        return null;
    }

    /// <summary>Where a body block of a document was written (its file and line), by the block's XHTML id; null for the template's own elements.</summary>
    public GazettePress.Diagnostics.SourceLocation? BodyLocation(string documentId, string? elementId) =>
        elementId is not null && _documents.TryGetValue(documentId, out var document) && document.BlockLocations.TryGetValue(elementId, out var location)
            ? location
            : null;

    /// <summary>An image file's bytes, relative to the issue folder; empty when it cannot be read.</summary>
    public ImmutableArray<byte> ReadImage(string relativePath)
    {
        if (_images.TryGetValue(relativePath, out var bytes)) return bytes;
        var path = Path.GetFullPath(Path.Combine(issue.IssueDirectory, relativePath));
        // Only from inside the issue folder, after following links (a template may name any path): else "cannot be read".
        var inside = new GazettePress.Content.Safety.IssueFolder(issue.IssueDirectory).Contains(path);
        bytes = inside && File.Exists(path) ? File.ReadAllBytes(path).ToImmutableArray() : ImmutableArray<byte>.Empty;
        _images[relativePath] = bytes;
        return bytes;
    }
}
