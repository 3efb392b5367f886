using System.Globalization;
using System.Xml.Linq;

namespace GazettePress.Publishing.Epub;

/// <summary>A file in the EPUB content folder and its manifest entry.</summary>
internal sealed record EpubResource(string Id, string Href, string MediaType, string? Properties, byte[] Content);

/// <summary>Writes the package document (package.opf): metadata, manifest and spine.</summary>
internal static class PackageDocument
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public sealed record Options(
        EpubIssue Issue,
        IReadOnlyList<EpubResource> Resources,
        IReadOnlyList<string> SpineIds,
        string? CoverImageId,
        bool HasImages,
        bool HasPageList);

    public static XDocument Create(Options options)
    {
        var issue = options.Issue;
        var published = issue.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var metadata = new XElement(Opf + "metadata",
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XElement(Dc + "identifier", new XAttribute("id", "pub-id"), EpubIdentifier.For(issue)),
            new XElement(Dc + "title", new XAttribute("id", "title"), issue.IssueName),
            new XElement(Dc + "language", EpubText.Language),
            new XElement(Dc + "creator", new XAttribute("id", "creator"), issue.Sponsor),
            new XElement(Dc + "publisher", issue.Sponsor),
            new XElement(Dc + "date", published),
            Meta("dcterms:modified", published + "T00:00:00Z"));

        if (options.HasPageList)
        {
            // EPUB 3.2 way of naming the pagination source, understood by EPUBCheck 4 and by
            // reading systems of that generation (pageBreakSource is not yet in its vocabulary).
            metadata.Add(
                new XElement(Dc + "source", new XAttribute("id", "print-source"), EpubText.PrintEdition(issue)),
                new XElement(Opf + "meta", new XAttribute("refines", "#print-source"), new XAttribute("property", "source-of"), "pagination"));
        }

        metadata.Add(Meta("schema:accessMode", "textual"));
        if (options.HasImages) metadata.Add(Meta("schema:accessMode", "visual"));
        metadata.Add(Meta("schema:accessModeSufficient", "textual"));
        foreach (var feature in AccessibilityFeatures(options))
            metadata.Add(Meta("schema:accessibilityFeature", feature));
        metadata.Add(Meta("schema:accessibilityHazard", "none"));
        metadata.Add(Meta("schema:accessibilitySummary", EpubText.AccessibilitySummary(options.HasImages, options.HasPageList)));

        if (options.CoverImageId is not null)
            metadata.Add(new XElement(Opf + "meta", new XAttribute("name", "cover"), new XAttribute("content", options.CoverImageId)));

        var manifest = new XElement(Opf + "manifest",
            options.Resources.Select(r => new XElement(Opf + "item",
                new XAttribute("id", r.Id),
                new XAttribute("href", r.Href),
                new XAttribute("media-type", r.MediaType),
                r.Properties is null ? null : new XAttribute("properties", r.Properties))));

        var spine = new XElement(Opf + "spine",
            options.SpineIds.Select(id => new XElement(Opf + "itemref", new XAttribute("idref", id))));

        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(Opf + "package",
                new XAttribute("version", "3.0"),
                new XAttribute("unique-identifier", "pub-id"),
                new XAttribute(Xml + "lang", EpubText.Language),
                metadata, manifest, spine));
    }

    private static IEnumerable<string> AccessibilityFeatures(Options options)
    {
        if (options.HasImages) yield return "alternativeText";
        yield return "displayTransformability";
        if (options.HasPageList)
        {
            yield return "pageBreakMarkers";
            yield return "pageNavigation";
            yield return "printPageNumbers";
        }
        yield return "readingOrder";
        yield return "structuralNavigation";
        yield return "tableOfContents";
    }

    private static XElement Meta(string property, string value) =>
        new(Opf + "meta", new XAttribute("property", property), value);
}
