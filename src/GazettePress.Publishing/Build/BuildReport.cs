using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Build;

/// <summary>build.json: what was built, deterministic (timings go to a separate file).</summary>
public static class BuildReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(BuildContext context)
    {
        var composed = context.Composed;
        var report = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["issue"] = context.Name,
            ["pages"] = composed.Pages.Count,
            ["tocPasses"] = composed.Passes,
            ["outputs"] = context.Files.Keys.Where(k => k != BuildPipeline.ReportFile).ToList(),
            ["pageList"] = composed.Pages.Select(p => new { page = p.Index, folio = p.Folio, section = p.SectionId, document = p.DocumentId, columns = p.HasColumns }).ToList(),
            ["anchors"] = composed.Anchors.Select(a => new { name = a.Name, page = a.PageIndex, folio = a.Folio }).ToList(),
            ["documents"] = composed.Documents.Select(d => new { id = d.DocumentId, title = d.Title, firstPage = d.FirstPage, lastPage = d.LastPage, firstFolio = d.FirstFolio, lastFolio = d.LastFolio }).ToList(),
            ["pageStarts"] = composed.Pages.Where(p => p.Start is not null && p.Folio is not null)
                .Select(p => new { folio = p.Folio, page = p.Index, documentId = p.Start!.DocumentId, blockId = p.Start.BlockId, textOffset = p.Start.TextOffset }).ToList(),
            ["qrCodes"] = composed.QrCodes.Where(q => q.Kind != QrKind.Placeholder).Select(q => new { document = q.DocumentId, kind = q.Kind.ToString().ToLowerInvariant(), target = q.Target, sizeMm = q.WidthMm }).ToList(),
            ["qrPlaceholders"] = composed.QrCodes.Where(q => q.Kind == QrKind.Placeholder).Select(q => new { document = q.DocumentId, widthMm = q.WidthMm, heightMm = q.HeightMm, page = PlaceholderPage(context, q.DocumentId) }).ToList(),
            ["diagnostics"] = context.Diagnostics.Sorted().Select(d => new { severity = d.Severity.ToString().ToLowerInvariant(), code = d.Code, location = d.Location.ToString(), message = d.Message, hint = d.Hint }).ToList(),
            ["timings"] = BuildPipeline.TimingsFile,
        };
        foreach (var (key, value) in context.Report) report[key] = value;
        return JsonSerializer.SerializeToUtf8Bytes(report, Options);
    }

    private static int? PlaceholderPage(BuildContext context, string documentId) =>
        context.Composed.Anchors.FirstOrDefault(a => a.Name == GazetteIds.QrPlaceholderDestination(documentId))?.PageIndex;

    public static byte[] WriteTimings(IReadOnlyList<(string Stage, double Milliseconds)> timings) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            stages = timings.Select(t => new { stage = t.Stage, ms = Math.Round(t.Milliseconds, 1) }).ToList(),
            totalMs = Math.Round(timings.Where(t => !t.Stage.EndsWith("(cpu)", StringComparison.Ordinal)).Sum(t => t.Milliseconds), 1),
        }, Options);
}
