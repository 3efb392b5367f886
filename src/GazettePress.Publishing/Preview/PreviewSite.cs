using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Preview;

/// <summary>
/// The preview's pages, for <see cref="PreviewServer"/>: <c>/</c> the page (HTML with a small script),
/// <c>/state?since=N</c> the current snapshot as JSON (held open until a newer one exists, so the
/// page reloads by itself), <c>/page/N.png</c> a page image, <c>/source?file=…&amp;line=N</c> a read-only
/// view of a file of the issue or templates folder at a line (the diagnostics link there).
/// </summary>
public sealed class PreviewSite(WatchSession session, Language language)
{
    public static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(25);

    public async Task<PreviewResponse> Handle(PreviewRequest request, CancellationToken cancel)
    {
        switch (request.Path)
        {
            case "/":
                return Html(PreviewHtml.Page(session.IssueName, language));
            case "/state":
                var since = request.Query.TryGetValue("since", out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : -1;
                var snapshot = await session.WaitForNewerThan(since, LongPoll, cancel);
                return new PreviewResponse(200, "application/json; charset=utf-8", StateJson(snapshot));
            case "/source":
                return Source(request.Query.GetValueOrDefault("file") ?? "", request.Query.TryGetValue("line", out var l) && int.TryParse(l, out var line) ? line : 0);
        }
        if (request.Path.StartsWith("/page/", StringComparison.Ordinal) && request.Path.EndsWith(".png", StringComparison.Ordinal)
            && int.TryParse(request.Path["/page/".Length..^".png".Length], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            var page = session.Current.Pages.FirstOrDefault(p => p.Index == index);
            if (page is null) return PreviewResponse.Text(404, "no such page");
            var png = await Task.Run(() => session.Images.Png(page), cancel);
            // The URL names the page's fingerprint: the same URL is always the same picture.
            return new PreviewResponse(200, "image/png", png, Cacheable: request.Query.GetValueOrDefault("f") == page.Fingerprint);
        }
        return PreviewResponse.Text(404, "not found");
    }

    private static PreviewResponse Html(string html) => new(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    private byte[] StateJson(PreviewSnapshot snapshot)
    {
        var labels = MessageCatalogue.Default.Labels(language);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", snapshot.Version);
            json.WriteBoolean("hasErrors", snapshot.HasErrors);
            json.WriteBoolean("stale", snapshot.PagesAreStale);
            if (snapshot.JumpToPage is { } jump) json.WriteNumber("jump", jump); else json.WriteNull("jump");
            json.WriteString("status", snapshot.Version == 0 ? PreviewMessages.Waiting.With().Render(language)
                : snapshot.HasErrors ? (snapshot.Pages.Count == 0 ? PreviewMessages.NoPages.With() : PreviewMessages.Errors.With(("count", snapshot.Diagnostics.Count(d => d.Severity == Severity.Error)))).Render(language)
                : PreviewMessages.Updated.With(("version", snapshot.Version), ("ms", (long)Math.Round(snapshot.BuildMilliseconds))).Render(language));
            json.WriteStartArray("pages");
            foreach (var page in snapshot.Pages)
            {
                json.WriteStartObject();
                json.WriteNumber("index", page.Index);
                json.WriteString("label", (page.Folio is { } folio ? PreviewMessages.Page.With(("folio", folio)) : PreviewMessages.Sheet.With(("index", page.Index))).Render(language));
                json.WriteString("document", page.DocumentId);
                json.WriteString("f", page.Fingerprint);
                json.WriteNumber("w", Math.Round(page.Content.WidthPt, 1));
                json.WriteNumber("h", Math.Round(page.Content.HeightPt, 1));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var d in snapshot.Diagnostics)
            {
                var text = d.Render(language);
                json.WriteStartObject();
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("label", d.Severity == Severity.Error ? labels.Error : labels.Warning);
                json.WriteString("code", d.Code);
                json.WriteString("who", labels.Fixers[d.Fixer]);
                json.WriteString("file", session.Display(d.Location.File));
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", text.Message);
                if (text.Hint is { } hint) json.WriteString("hint", hint); else json.WriteNull("hint");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("edited", PreviewMessages.Edited.With().Render(language));
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private PreviewResponse Source(string file, int line)
    {
        if (session.Resolve(file) is not { } path)
            return Html(PreviewHtml.Source(PreviewMessages.SourceNotFound.With().Render(language), [], 0, language));
        var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        return Html(PreviewHtml.Source(PreviewMessages.SourceTitle.With(("file", file)).Render(language), lines, line, language));
    }
}
