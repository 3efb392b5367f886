using GazettePress.Layout.Painting;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Build;

/// <summary>The screen PDF: pages painted by the engine, then outline, language and metadata added by the PDF finisher.</summary>
public sealed class ScreenPdfWriter : IOutputWriter
{
    public string Name => "screen-pdf";

    public void Write(BuildContext context)
    {
        var model = context.Model;
        var date = new DateTimeOffset(model.PublishedDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var title = $"{model.Gazette.Title} {model.Year}年第{model.Number}期";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var stream = new MemoryStream();
        var painted = PdfPainter.Paint(context.Pages, new PdfMetadata(title, model.Gazette.Sponsor, date, date, Subject: $"总第{model.Cumulative}期"), stream);
        context.Timings.Add(("screen-pdf/paint", clock.Elapsed.TotalMilliseconds));
        clock.Restart();
        var outline = context.Composed.Outline
            .Select(s => OutlineEntry.ToDestination(s.Title, s.Destination, s.Children.Select(d => OutlineEntry.ToDestination(d.Title, d.Destination)).ToArray()))
            .ToList();
        var finished = PdfFinisher.FinishScreen(stream.ToArray(), new ScreenPdfOptions
        {
            Metadata = new DocumentMetadata { Title = title, Author = model.Gazette.Sponsor, Subject = $"总第{model.Cumulative}期", Date = date },
            Outline = outline,
        });
        context.Timings.Add(("screen-pdf/finish", clock.Elapsed.TotalMilliseconds));
        context.Files[$"{context.Name}.pdf"] = finished;
        context.Report["fonts"] = painted.Fonts.Select(f => new { name = f.Name, file = Path.GetFileName(f.FilePath), codePoints = f.CodePoints, glyphs = f.Glyphs, subsetBytes = f.SubsetBytes }).ToList();
    }
}
