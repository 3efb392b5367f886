using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Build;

/// <summary>
/// build.json: what was built, deterministic (timings go to a separate file). Written as an explicit
/// JSON tree (no reflection over anonymous types), so it works the same in a Native AOT binary.
/// </summary>
public static class BuildReport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(BuildContext context)
    {
        var composed = context.Composed;
        var report = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["issue"] = context.Name,
            ["pages"] = composed.Pages.Count,
            ["tocPasses"] = composed.Passes,
            ["outputs"] = Array(context.Files.Keys.Where(k => k != BuildPipeline.ReportFile).Select(k => (JsonNode?)k)),
            ["pageList"] = Array(composed.Pages.Select(p => new JsonObject
            {
                ["page"] = p.Index, ["folio"] = p.Folio, ["section"] = p.SectionId, ["document"] = p.DocumentId, ["columns"] = p.HasColumns,
            })),
            ["anchors"] = Array(composed.Anchors.Select(a => new JsonObject { ["name"] = a.Name, ["page"] = a.PageIndex, ["folio"] = a.Folio })),
            ["documents"] = Array(composed.Documents.Select(d => new JsonObject
            {
                ["id"] = d.DocumentId, ["title"] = d.Title, ["firstPage"] = d.FirstPage, ["lastPage"] = d.LastPage,
                ["firstFolio"] = d.FirstFolio, ["lastFolio"] = d.LastFolio,
            })),
            ["pageStarts"] = Array(composed.Pages.Where(p => p.Start is not null && p.Folio is not null).Select(p => new JsonObject
            {
                ["folio"] = p.Folio, ["page"] = p.Index, ["documentId"] = p.Start!.DocumentId, ["blockId"] = p.Start.BlockId,
                ["textOffset"] = p.Start.TextOffset,
            })),
            ["qrCodes"] = Array(composed.QrCodes.Where(q => q.Kind != QrKind.Placeholder).Select(q => new JsonObject
            {
                ["document"] = q.DocumentId, ["kind"] = q.Kind.ToString().ToLowerInvariant(), ["target"] = q.Target, ["sizeMm"] = q.WidthMm,
            })),
            ["qrPlaceholders"] = Array(composed.QrCodes.Where(q => q.Kind == QrKind.Placeholder).Select(q => new JsonObject
            {
                ["document"] = q.DocumentId, ["widthMm"] = q.WidthMm, ["heightMm"] = q.HeightMm, ["page"] = PlaceholderPage(context, q.DocumentId),
            })),
            ["diagnostics"] = Array(context.Diagnostics.Sorted().Select(d => new JsonObject
            {
                ["severity"] = d.Severity.ToString().ToLowerInvariant(), ["code"] = d.Code, ["location"] = d.Location.ToString(),
                ["message"] = d.Message, ["hint"] = d.Hint,
            })),
            ["timings"] = BuildPipeline.TimingsFile,
        };
        foreach (var (key, value) in context.Report) report[key] = value;
        return Serialize(writer =>
        {
            writer.WriteStartObject();
            foreach (var (key, value) in report)
            {
                writer.WritePropertyName(key);
                if (value is null) writer.WriteNullValue();
                else value.WriteTo(writer);
            }
            writer.WriteEndObject();
        });
    }

    /// <summary>A JSON array of the items (objects, strings, numbers …), in order.</summary>
    public static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());

    private static int? PlaceholderPage(BuildContext context, string documentId) =>
        context.Composed.Anchors.FirstOrDefault(a => a.Name == GazetteIds.QrPlaceholderDestination(documentId))?.PageIndex;

    public static byte[] WriteTimings(IReadOnlyList<(string Stage, double Milliseconds)> timings, double totalMilliseconds) =>
        Serialize(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("stages");
            foreach (var (stage, ms) in timings)
            {
                writer.WriteStartObject();
                writer.WriteString("stage", stage);
                writer.WriteNumber("ms", Math.Round(ms, 1));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNumber("totalMs", Math.Round(totalMilliseconds, 1));
            writer.WriteEndObject();
        });

    private static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.ToArray();
    }
}
