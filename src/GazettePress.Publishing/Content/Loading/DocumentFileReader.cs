using GazettePress.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace GazettePress.Content.Loading;

/// <summary>Reads one docs/&lt;id&gt;.md file: front matter fields and the Markdown body.</summary>
internal sealed class DocumentFileReader
{
    private static readonly string[] Keys =
        { "kind", "registration", "title", "doc_number", "addressee", "signature", "publicity", "attachments", "consultation", "qr", "review" };
    private static readonly string[] SignatureKeys = { "issuers", "signer", "date" };
    private static readonly string[] AttachmentKeys = { "title", "online_only", "url" };
    private static readonly string[] QrKeys = { "url", "image", "placeholder", "caption" };
    private static readonly string[] PlaceholderKeys = { "width_mm", "height_mm" };

    private readonly DiagnosticBag _diagnostics;
    private readonly ImageResolver _images;

    public DocumentFileReader(DiagnosticBag diagnostics, ImageResolver images)
    {
        _diagnostics = diagnostics;
        _images = images;
    }

    /// <summary>The document, or null when its front matter is unusable; <paramref name="yaml"/> is the parsed front matter source.</summary>
    public GazetteDocument? Read(string id, string file, string text, out YamlSource? yaml)
    {
        yaml = null;
        var parts = FrontMatter.Split(text, out var problem);
        if (parts is null)
        {
            _diagnostics.Add(Diagnostic.LegacyError(ContentCodes.FrontMatter, problem!, new SourceLocation(file, 1, 1),
                "start the file with a line '---', then the keys (kind, title, doc_number, …), then a line '---' before the body"));
            return null;
        }
        yaml = new YamlSource(file, parts.Yaml, parts.YamlFirstLine, _diagnostics);
        var root = yaml.Parse();
        if (root is null)
        {
            if (parts.Yaml.Trim().Length == 0)
            {
                yaml.Error(ContentCodes.MissingField, "the front matter is empty", new SourceLocation(file, 1, 1),
                    "add at least 'kind:' and 'title:'");
            }
            return null;
        }
        var locations = new Dictionary<string, SourceLocation>();
        var map = YamlMap.Open(root, yaml, "", "the front matter", Keys, locations);
        if (map is null)
        {
            return null;
        }

        var kind = map.String("kind", true, "add 'kind: 通知' (the 文种: 通知, 决定, 意见, 令, 办法, 公告, …)");
        var registration = map.String("registration", false);
        var title = map.StringList("title", true, scalarAsList: true,
            hint: "add 'title:' with the printed lines as a list, e.g. title: [关于印发……的通知]");
        var docNumber = ReadDocNumber(map);
        var addressee = map.String("addressee", false);
        var signature = ReadSignature(map);
        var publicity = map.String("publicity", false);
        var attachments = ReadAttachments(map);
        var consultation = map.Pairs("consultation", false);
        var qr = ReadQr(map);
        var review = map.StringList("review", false, scalarAsList: true,
            hint: "list what is still to be checked, e.g. review: [标题分行是猜的，请核对原件]; delete the key once checked") ?? [];
        // A review note is an open question from import or add: it warns until the editor deletes it.
        foreach (var (note, node) in review)
            _diagnostics.Add(Diagnostic.Create(ContentMessages.OpenReviewNote, yaml.At(node), ("note", note)));

        if (title is { Count: 0 })
        {
            yaml.Error(ContentCodes.MissingField, "'title' has no lines", map.LocationOf("title"),
                "list the printed title lines, e.g. title: [关于印发……的通知]");
        }
        if (kind is null || title is null || title.Count == 0)
        {
            return null;
        }
        return new GazetteDocument(id, file, kind, registration, title.Select(t => t.Text).ToArray(), docNumber, addressee,
            signature, publicity, attachments, consultation, qr, parts.Body, parts.BodyFirstLine,
            new SourceMap(new SourceLocation(file, 1, 1), locations))
        {
            ReviewNotes = review.Select(r => r.Text).ToArray(),
        };
    }

    private static DocNumber? ReadDocNumber(YamlMap map)
    {
        if (map.String("doc_number", false) is not { } text)
        {
            return null;
        }
        var parsed = DocNumberParser.TryParse(text);
        if (parsed is null)
        {
            map.Source.Error(ContentCodes.BadDocNumber, $"the 文号 \"{text}\" cannot be parsed", map.LocationOf("doc_number"),
                DocNumberParser.HintFor(text));
        }
        return parsed;
    }

    private static Signature? ReadSignature(YamlMap map)
    {
        var signature = map.Map("signature", false, "'signature'", SignatureKeys);
        if (signature is null)
        {
            return null;
        }
        var issuers = signature.StringList("issuers", false, scalarAsList: true);
        var signer = signature.String("signer", false);
        var date = signature.Date("date", true, "add 'date: 2025-11-14' under signature (printed 2025年11月14日)");
        if (!signature.Has("issuers") && !signature.Has("signer"))
        {
            map.Source.Error(ContentCodes.MissingField, "'signature' has neither 'issuers' nor 'signer'", signature.Location,
                "add 'issuers: [晋城市人民政府]' (stacked, right-aligned) or, for a 令, 'signer: 市长　张三'");
        }
        var issuerLines = issuers?.Select(i => i.Text).ToArray() ?? Array.Empty<string>();
        return date is null ? null : new Signature(issuerLines, signer, date.Value);
    }

    private static IReadOnlyList<Attachment> ReadAttachments(YamlMap map)
    {
        var items = map.Sequence("attachments", false);
        if (items is null)
        {
            return Array.Empty<Attachment>();
        }
        var result = new List<Attachment>();
        var locations = new Dictionary<string, SourceLocation>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode)
            {
                if (map.AsString(items[i], $"attachments[{i}]", null) is { } plain)
                {
                    result.Add(new Attachment(plain, false));
                }
                continue;
            }
            var item = YamlMap.Open(items[i], map.Source, $"attachments[{i}]", $"attachment {i + 1}", AttachmentKeys, locations);
            var title = item?.String("title", true, "write each attachment as { title: …, online_only: true }");
            var onlineOnly = item?.Bool("online_only", false) ?? false;
            var url = item?.String("url", false);
            if (url is not null && !UrlRules.IsWebUrl(url))
            {
                item!.Source.Error(ContentCodes.MalformedValue, $"the attachment 'url' is not a web address: \"{url}\"", item.LocationOf("url"),
                    "write the full address of the attachment online, e.g. http://www.jcgov.gov.cn/…/fj1.pdf");
                url = null;
            }
            if (title is not null)
            {
                result.Add(new Attachment(title, onlineOnly) { Url = url });
            }
        }
        return result;
    }

    private DocumentQr? ReadQr(YamlMap map)
    {
        var qr = map.Map("qr", false, "'qr'", QrKeys);
        if (qr is null)
        {
            return null;
        }
        var caption = qr.String("caption", false);
        var given = new[] { "url", "image", "placeholder" }.Where(qr.Has).ToArray();
        if (given.Length != 1)
        {
            map.Source.Error(ContentCodes.QrSourceCount,
                given.Length == 0 ? "'qr' needs one of 'url', 'image' or 'placeholder'" : $"'qr' has {string.Join(" and ", given.Select(g => $"'{g}'"))}; give exactly one",
                qr.Location, "use url: for a code to generate, image: for a ready-made picture, or placeholder: { width_mm: 20, height_mm: 20 } for a blank box");
            return null;
        }
        QrSource? source = given[0] switch
        {
            "url" => qr.String("url", true) is { } url ? ValidUrl(qr, url) : null,
            "image" => _images.Resolve(qr, "image") is { } image ? new QrSource.Image(image) : null,
            _ => ReadPlaceholder(qr),
        };
        return source is null ? null : new DocumentQr(source, caption);
    }

    private static QrSource? ValidUrl(YamlMap qr, string url)
    {
        if (UrlRules.IsWebUrl(url))
        {
            return new QrSource.Url(url);
        }
        qr.Source.Error(ContentCodes.MalformedValue, $"the QR 'url' is not a web address: \"{url}\"", qr.LocationOf("url"),
            "write a full address starting with http:// or https://");
        return null;
    }

    private static QrSource? ReadPlaceholder(YamlMap qr)
    {
        var box = qr.Map("placeholder", true, "'placeholder'", PlaceholderKeys);
        var width = box?.Number("width_mm", true);
        var height = box?.Number("height_mm", true);
        return width is null || height is null ? null : new QrSource.Placeholder(width.Value, height.Value);
    }
}
