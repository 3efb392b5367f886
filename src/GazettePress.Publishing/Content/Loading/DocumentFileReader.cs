using GazettePress.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace GazettePress.Content.Loading;

/// <summary>Reads one docs/&lt;id&gt;.md file: front matter fields and the Markdown body.</summary>
internal sealed class DocumentFileReader
{
    private static readonly string[] Keys =
        { "kind", "registration", "title", "doc_number", "addressee", "signature", "publicity", "attachments", "consultation", "qr", "review", "draft" };
    private static readonly string[] SignatureKeys = { "issuers", "signer", "date" };
    private static readonly string[] AttachmentKeys = { "title", "online_only", "url" };
    private static readonly string[] QrKeys = { "url", "image", "placeholder", "caption" };
    private static readonly string[] PlaceholderKeys = { "width_mm", "height_mm" };

    /// <summary>Every key a front matter may hold, at any level.</summary>
    public static IEnumerable<string> AllKeys =>
        Keys.Concat(SignatureKeys).Concat(AttachmentKeys).Concat(QrKeys).Concat(PlaceholderKeys).Concat(["label", "value"]);

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
            _diagnostics.Add(Diagnostic.Create(ContentMessages.FrontMatter, new SourceLocation(file, 1, 1), ("problem", problem!)));
            return null;
        }
        yaml = new YamlSource(file, parts.Yaml, parts.YamlFirstLine, _diagnostics);
        var root = yaml.Parse();
        if (root is null)
        {
            if (parts.Yaml.Trim().Length == 0)
            {
                yaml.Add(ContentMessages.MissingField, new SourceLocation(file, 1, 1), ("problem", ContentMessages.FrontMatterEmpty.With()),
                    ("fix", ContentMessages.FixFrontMatterMinimum.With()));
            }
            return null;
        }
        var locations = new Dictionary<string, SourceLocation>();
        var map = YamlMap.Open(root, yaml, "", ContentMessages.WhereFrontMatter.With(), Keys, locations);
        if (map is null)
        {
            return null;
        }

        var kind = map.String("kind", true, "kind: 通知");
        var registration = map.String("registration", false);
        var title = map.StringList("title", true, scalarAsList: true, example: "title: [关于印发……的通知]");
        var docNumber = ReadDocNumber(map);
        var addressee = map.String("addressee", false);
        var signature = ReadSignature(map);
        var publicity = map.String("publicity", false);
        var attachments = ReadAttachments(map);
        var consultation = map.Pairs("consultation", false);
        var qr = ReadQr(map);
        var review = map.StringList("review", false, scalarAsList: true) ?? [];
        var draft = map.Bool("draft", false) ?? false;
        // A review note is an open question from import or add: it warns until the editor deletes it.
        foreach (var (note, node) in review)
            _diagnostics.Add(Diagnostic.Create(ContentMessages.OpenReviewNote, yaml.At(node), ("note", note)));

        if (title is { Count: 0 })
        {
            yaml.Add(ContentMessages.MissingField, map.LocationOf("title"), ("problem", ContentMessages.TitleHasNoLines.With()),
                ("fix", ContentMessages.FixTitleLines.With()));
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
            IsDraft = draft,
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
            map.Source.Add(ContentMessages.BadDocNumber, map.LocationOf("doc_number"), ("text", text), ("fix", DocNumberParser.FixFor(text)));
        }
        return parsed;
    }

    private static readonly char[] IssuerSeparators = ['，', '、', '；', ';'];

    private static Signature? ReadSignature(YamlMap map)
    {
        var signature = map.Map("signature", false, SignatureKeys);
        if (signature is null)
        {
            return null;
        }
        var issuers = signature.StringList("issuers", false, scalarAsList: true);
        var signer = signature.String("signer", false);
        var date = signature.Date("date", true, "date: 2025-11-14");
        if (!signature.Has("issuers") && !signature.Has("signer"))
        {
            map.Source.Add(ContentMessages.MissingField, signature.Location, ("problem", ContentMessages.SignatureWithoutIssuer.With()),
                ("fix", ContentMessages.FixSignatureWho.With()));
        }
        foreach (var (text, node) in issuers ?? [])
        {
            // 晋城市人民政府，晋城军分区 typed as one item: no issuer's name holds these signs.
            if (text.IndexOfAny(IssuerSeparators) is var at and >= 0)
                map.Source.Add(ContentMessages.IssuersRunTogether, map.Source.At(node), ("text", text), ("sign", text[at].ToString()),
                    ("fixed", string.Join(", ", text.Split(IssuerSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
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
                if (map.AsString(items[i], $"attachments[{i}]") is { } plain)
                {
                    result.Add(new Attachment(plain, false));
                }
                continue;
            }
            var item = YamlMap.Open(items[i], map.Source, $"attachments[{i}]", YamlMap.WhereOf($"attachments[{i}]"), AttachmentKeys, locations);
            var title = item?.String("title", true, "{ title: 附件标题, online_only: true }");
            var onlineOnly = item?.Bool("online_only", false) ?? false;
            var url = item?.String("url", false);
            if (url is not null && !UrlRules.IsWebUrl(url))
            {
                item!.Source.Add(ContentMessages.MalformedValue, item.LocationOf("url"),
                    ("problem", ContentMessages.NotWebAddress.With(("key", "url"), ("value", url))), ("fix", ContentMessages.FixWebAddress.With(("key", "url"))));
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
        var qr = map.Map("qr", false, QrKeys);
        if (qr is null)
        {
            return null;
        }
        var caption = qr.String("caption", false);
        var given = new[] { "url", "image", "placeholder" }.Where(qr.Has).ToArray();
        if (given.Length != 1)
        {
            map.Source.Add(ContentMessages.QrSourceCount, qr.Location,
                ("problem", given.Length == 0 ? ContentMessages.QrNone.With() : ContentMessages.QrSeveral.With(("given", string.Join(", ", given)))));
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
        qr.Source.Add(ContentMessages.MalformedValue, qr.LocationOf("url"),
            ("problem", ContentMessages.NotWebAddress.With(("key", "url"), ("value", url))), ("fix", ContentMessages.FixWebAddress.With(("key", "url"))));
        return null;
    }

    private static QrSource? ReadPlaceholder(YamlMap qr)
    {
        var box = qr.Map("placeholder", true, PlaceholderKeys);
        var width = box?.Number("width_mm", true);
        var height = box?.Number("height_mm", true);
        return width is null || height is null ? null : new QrSource.Placeholder(width.Value, height.Value);
    }
}
