using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GazettePress.Layout.DisplayList;

namespace GazettePress.Publishing.Composition;

/// <summary>Turns composed pages into the engine's display lists for painting.</summary>
public sealed class DisplayListBuilder
{
    private readonly Dictionary<string, ImmutableArray<byte>> _images = new(StringComparer.Ordinal);

    /// <summary>False for the screen edition: items drawn only in proofs (<see cref="Placed.ProofOnly"/>) are left out.</summary>
    public bool Proof { get; init; } = true;

    public IReadOnlyList<Page> Build(IReadOnlyList<ComposedPage> pages) => pages.Select(Build).ToArray();

    public Page Build(ComposedPage page)
    {
        var items = new List<PageItem>();
        foreach (var placed in page.Items)
        {
            if (placed.ProofOnly && !Proof) continue;
            switch (placed)
            {
                case PlacedLine { Line: EngineLine line } l:
                    items.AddRange(line.Layout.ToItems(l.X, l.Baseline));
                    break;
                case PlacedRule r:
                    items.Add(new RuleItem(r.X1, r.Y1, r.X2, r.Y2, r.Thickness, EngineTextSetter.Color(r.Color)));
                    break;
                case PlacedRect { Stroke: > 0 } r:
                    items.Add(new RectItem(r.X, r.Y, r.Width, r.Height, null, EngineTextSetter.Color(r.Color), r.Stroke));
                    break;
                case PlacedRect r:
                    items.Add(new RectItem(r.X, r.Y, r.Width, r.Height, EngineTextSetter.Color(r.Color)));
                    break;
                case PlacedQr q:
                    items.Add(new PathItem(QrPath(q), PaintColor.Black));
                    break;
                case PlacedImage img:
                    items.Add(new ImageItem(img.X, img.Y, img.Width, img.Height, Image(img.Path), Path.GetFileName(img.Path)));
                    break;
                case PlacedLink link:
                    items.Add(new LinkItem(link.X, link.Y, link.Width, link.Height, Target(link.Href, link.DocumentId)));
                    break;
                case PlacedAnchor a:
                    items.Add(new AnchorItem(a.Name, a.X, a.Y));
                    break;
            }
        }
        return new Page(page.WidthPt, page.HeightPt, items);
    }

    /// <summary>
    /// hrefs as written in the XHTML to PDF targets: "#id" in a document → "docId/id";
    /// "other.xhtml#id" → "other/id"; "other.xhtml" → "doc-other"; "#doc-…" (TOC) stays; http… is a URI.
    /// </summary>
    public static LinkTarget Target(string href, string documentId)
    {
        // One reading of hrefs for check and build: GazettePress.Content.Links.LinkResolver.
        if (GazettePress.Content.Links.LinkResolver.IsExternal(href)) return LinkTarget.ToUri(href);
        var (doc, id) = GazettePress.Content.Links.LinkResolver.ParseXhtmlHref(href, documentId);
        if (id is not null && id.StartsWith("doc-", StringComparison.Ordinal) || doc.Length == 0) return LinkTarget.ToDestination(id ?? "");
        return LinkTarget.ToDestination(string.IsNullOrEmpty(id) ? "doc-" + doc : $"{doc}/{id}");
    }

    private static string QrPath(PlacedQr q)
    {
        var sb = new StringBuilder();
        var m = q.ModulePt;
        foreach (var r in q.Symbol.Rectangles())
        {
            sb.Append('M').Append(F(q.X + r.X * m)).Append(' ').Append(F(q.Y + r.Y * m))
              .Append('h').Append(F(r.Width * m)).Append('v').Append(F(r.Height * m))
              .Append('h').Append(F(-r.Width * m)).Append('z');
        }
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private ImmutableArray<byte> Image(string path)
    {
        if (!_images.TryGetValue(path, out var bytes))
            _images[path] = bytes = File.Exists(path) ? File.ReadAllBytes(path).ToImmutableArray() : ImmutableArray<byte>.Empty;
        return bytes;
    }
}
