using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;

namespace GazettePress.Publishing.Pdf;

/// <summary>What the finished PDFs say about themselves. <see cref="Date"/> is the fixed
/// publication date (never the clock), so output is byte-identical across runs.</summary>
public sealed record DocumentMetadata
{
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    /// <summary>BCP 47 tag written to /Lang and dc:language.</summary>
    public string Language { get; init; } = "zh-CN";
    public required DateTimeOffset Date { get; init; }
    public string Creator { get; init; } = "GazettePress";
    public string Producer { get; init; } = "GazettePress (SkiaSharp PDF, post-processed)";
}

/// <summary>Writes the /Info dictionary, /Lang and an XMP packet from <see cref="DocumentMetadata"/>.</summary>
internal static class MetadataWriter
{
    public static string PdfDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{date:yyyyMMddHHmmss}{sign}{abs.Hours:D2}'{abs.Minutes:D2}'");
    }

    public static string XmpDate(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static void Apply(PdfFile file, DocumentMetadata metadata, IEnumerable<KeyValuePair<string, PdfObject>>? extraInfo = null,
        string? xmpExtension = null, bool declarePdfxNamespace = false)
    {
        var info = new PdfDictionary
        {
            ["Title"] = PdfString.FromText(metadata.Title),
        };
        if (metadata.Author is { } author) info["Author"] = PdfString.FromText(author);
        if (metadata.Subject is { } subject) info["Subject"] = PdfString.FromText(subject);
        if (metadata.Keywords is { } keywords) info["Keywords"] = PdfString.FromText(keywords);
        info["Creator"] = PdfString.FromText(metadata.Creator);
        info["Producer"] = PdfString.FromText(metadata.Producer);
        info["CreationDate"] = PdfString.FromText(PdfDate(metadata.Date));
        info["ModDate"] = PdfString.FromText(PdfDate(metadata.Date));
        foreach (var (key, value) in extraInfo ?? [])
            info[key] = value;
        file.Trailer["Info"] = file.Add(info);

        var catalog = file.Catalog;
        catalog["Lang"] = PdfString.FromText(metadata.Language);
        var xmp = new PdfStream(new PdfDictionary
        {
            ["Type"] = new PdfName("Metadata"),
            ["Subtype"] = new PdfName("XML"),
        }, Encoding.UTF8.GetBytes(Xmp(metadata, xmpExtension, declarePdfxNamespace)));
        catalog["Metadata"] = file.Add(xmp);
    }

    /// <summary>A stable UUID derived from the metadata, for xmpMM:DocumentID.</summary>
    private static Guid StableUuid(DocumentMetadata metadata)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{metadata.Title}\n{metadata.Author}\n{metadata.Subject}\n{XmpDate(metadata.Date)}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string Xmp(DocumentMetadata m, string? extension, bool pdfxNamespace)
    {
        static string E(string? s) => SecurityElement.Escape(s ?? "");
        var date = XmpDate(m.Date);
        var uuid = StableUuid(m);
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        sb.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
        sb.Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"");
        if (pdfxNamespace) sb.Append(" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"");
        sb.Append(">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<dc:format>application/pdf</dc:format>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Title)}</rdf:li></rdf:Alt></dc:title>\n");
        if (m.Author is not null) sb.Append(CultureInfo.InvariantCulture, $"<dc:creator><rdf:Seq><rdf:li>{E(m.Author)}</rdf:li></rdf:Seq></dc:creator>\n");
        if (m.Subject is not null) sb.Append(CultureInfo.InvariantCulture, $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Subject)}</rdf:li></rdf:Alt></dc:description>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<dc:language><rdf:Bag><rdf:li>{E(m.Language)}</rdf:li></rdf:Bag></dc:language>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<xmp:CreateDate>{date}</xmp:CreateDate>\n<xmp:ModifyDate>{date}</xmp:ModifyDate>\n<xmp:MetadataDate>{date}</xmp:MetadataDate>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<xmp:CreatorTool>{E(m.Creator)}</xmp:CreatorTool>\n<pdf:Producer>{E(m.Producer)}</pdf:Producer>\n");
        if (m.Keywords is not null) sb.Append(CultureInfo.InvariantCulture, $"<pdf:Keywords>{E(m.Keywords)}</pdf:Keywords>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<xmpMM:DocumentID>uuid:{uuid}</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:{uuid}</xmpMM:InstanceID>\n");
        if (extension is not null) sb.Append(extension);
        sb.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n");
        // Padding lets an editor update the packet in place, as the XMP spec recommends.
        for (var i = 0; i < 20; i++) sb.Append(' ', 99).Append('\n');
        sb.Append("<?xpacket end=\"w\"?>");
        return sb.ToString();
    }
}
