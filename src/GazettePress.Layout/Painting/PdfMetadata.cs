namespace GazettePress.Layout.Painting;

/// <summary>
/// Document information written into a PDF. Dates are given, never taken from the clock, so the
/// same input gives the same bytes. Skia cannot write <see cref="Language"/>: it is carried for
/// the post-processing step that adds /Lang.
/// </summary>
public sealed record PdfMetadata(
    string Title,
    string Author,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    string Subject = "",
    string Keywords = "",
    string Creator = "GazettePress",
    string Producer = "GazettePress (SkiaSharp PDF)",
    string Language = "zh-CN");
