using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// Walks a tagged PDF's structure tree with PdfPig (an independent reader) and lists what breaks the
/// rules of PDF/UA-1 that a structure can break: content marked with an MCID that no element owns
/// (or two own), a ParentTree entry that points elsewhere, a Figure without Alt, a heading level that
/// skips (H1 → H3), a Link without its annotation (OBJR), an annotation without /StructParent or
/// /Contents, a catalog without /MarkInfo Marked, /Lang, StructTreeRoot or the PDF/UA identifier.
/// </summary>
internal static class StructureWalk
{
    public sealed record Element(string Role, string? Alt, string? Lang, List<object> Kids, Element? Parent);

    public sealed record Result(Element Root, List<string> Problems, List<Element> Elements, int MarkedContents, Dictionary<string, string> ContentTexts)
    {
        /// <summary>The text of an element: the glyphs of its marked contents and of its children's, in structure order.</summary>
        public string TextOf(Element element) =>
            string.Concat(element.Kids.Select(k => k switch
            {
                Element child => TextOf(child),
                string mcid when ContentTexts.TryGetValue(mcid, out var text) => text,
                _ => "",
            }));
    }

    public static Result Check(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var problems = new List<string>();
        var structure = document.Structure;
        T? Resolve<T>(IToken? token) where T : class, IToken
        {
            for (var depth = 0; token is IndirectReferenceToken r && depth < 16; depth++)
                token = structure.GetObject(r.Data).Data;
            return token as T;
        }
        var catalog = structure.Catalog.CatalogDictionary;
        if (Resolve<DictionaryToken>(catalog.Data.GetValueOrDefault("MarkInfo")) is not { } markInfo
            || !(markInfo.Data.GetValueOrDefault("Marked") is BooleanToken { Data: true }))
            problems.Add("catalog: /MarkInfo << /Marked true >> is missing");
        if (Resolve<StringToken>(catalog.Data.GetValueOrDefault("Lang")) is null && Resolve<HexToken>(catalog.Data.GetValueOrDefault("Lang")) is null)
            problems.Add("catalog: /Lang is missing");
        var metadata = Resolve<StreamToken>(catalog.Data.GetValueOrDefault("Metadata"));
        var xmp = metadata is null ? "" : System.Text.Encoding.UTF8.GetString(metadata.Decode(UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance).ToArray());
        if (!xmp.Contains("pdfuaid:part", StringComparison.Ordinal) || !System.Text.RegularExpressions.Regex.IsMatch(xmp, @"<pdfuaid:part[^>]*>1</pdfuaid:part>"))
            problems.Add("XMP: the PDF/UA identifier pdfuaid:part 1 is missing");

        var treeRoot = Resolve<DictionaryToken>(catalog.Data.GetValueOrDefault("StructTreeRoot"));
        if (treeRoot is null)
        {
            problems.Add("catalog: no StructTreeRoot");
            return new Result(new Element("(none)", null, null, [], null), problems, [], 0, []);
        }

        var pageNumbers = new Dictionary<long, int>();
        var pageNumber = 0;
        foreach (var page in document.GetPages())
        {
            pageNumber++;
            var reference = FindPageReference(structure, page.Number);
            if (reference is { } r) pageNumbers[r.ObjectNumber] = pageNumber;
        }

        var owners = new Dictionary<(int Page, int Mcid), Element>();
        var elements = new List<Element>();
        var linkAnnotations = new List<(Element Link, DictionaryToken Annotation)>();
        Element Walk(DictionaryToken node, Element? parent, int? inheritedPage)
        {
            var role = (node.Data.GetValueOrDefault("S") as NameToken)?.Data ?? "?";
            var alt = Text(Resolve<IToken>(node.Data.GetValueOrDefault("Alt")));
            var lang = Text(Resolve<IToken>(node.Data.GetValueOrDefault("Lang")));
            var element = new Element(role, alt, lang, [], parent);
            elements.Add(element);
            int? page = node.Data.GetValueOrDefault("Pg") is IndirectReferenceToken pg && pageNumbers.TryGetValue(pg.Data.ObjectNumber, out var n) ? n : inheritedPage;
            var k = node.Data.GetValueOrDefault("K");
            var kids = k is null ? [] : Resolve<ArrayToken>(k) is { } array ? array.Data.ToList() : [k];
            foreach (var kid in kids)
            {
                if (kid is NumericToken mcid)
                {
                    Own(page, mcid.Int, element);
                    continue;
                }
                var dictionary = Resolve<DictionaryToken>(kid);
                if (dictionary is null) continue;
                var type = (dictionary.Data.GetValueOrDefault("Type") as NameToken)?.Data;
                if (type == "MCR")
                {
                    var mcrPage = dictionary.Data.GetValueOrDefault("Pg") is IndirectReferenceToken p && pageNumbers.TryGetValue(p.Data.ObjectNumber, out var pn) ? pn : page;
                    Own(mcrPage, ((NumericToken)dictionary.Data["MCID"]).Int, element);
                }
                else if (type == "OBJR")
                {
                    var annotation = Resolve<DictionaryToken>(dictionary.Data.GetValueOrDefault("Obj"));
                    if (annotation is not null) linkAnnotations.Add((element, annotation));
                    element.Kids.Add("OBJR");
                }
                else element.Kids.Add(Walk(dictionary, element, page));
            }
            return element;
        }
        void Own(int? page, int mcid, Element element)
        {
            if (page is null)
            {
                problems.Add($"{element.Role}: MCID {mcid} without a page");
                return;
            }
            if (!owners.TryAdd((page.Value, mcid), element))
                problems.Add($"page {page}: MCID {mcid} is owned by {owners[(page.Value, mcid)].Role} and {element.Role}");
            element.Kids.Add($"mcid {page}/{mcid}");
        }

        var rootKids = treeRoot.Data.GetValueOrDefault("K");
        var top = Resolve<DictionaryToken>(rootKids is ArrayToken a && a.Data.Count == 1 ? a.Data[0] : rootKids);
        if (top is null)
        {
            problems.Add("StructTreeRoot: /K is not one element");
            return new Result(new Element("(none)", null, null, [], null), problems, elements, 0, []);
        }
        var root = Walk(top, null, null);
        if (root.Role != "Document") problems.Add($"the root element is {root.Role}, not Document");

        // Every MCID in the page content is owned by exactly one element (and every owned one exists).
        // Every glyph and picture is inside marked content: tagged, or an artifact.
        var marked = 0;
        var texts = new Dictionary<string, string>();
        foreach (var page in document.GetPages())
        {
            var contents = Flatten(page.GetMarkedContents()).ToList();
            var (letters, images) = (contents.Sum(c => c.Letters.Count), contents.Sum(c => c.Images.Count));
            if (letters != page.Letters.Count) problems.Add($"page {page.Number}: {page.Letters.Count - letters} glyphs outside marked content");
            if (images != page.GetImages().Count()) problems.Add($"page {page.Number}: {page.GetImages().Count() - images} images outside marked content");
            foreach (var content in contents)
            {
                if (content.IsArtifact || content.MarkedContentIdentifier < 0) continue;
                texts[$"mcid {page.Number}/{content.MarkedContentIdentifier}"] = string.Concat(content.Letters.Select(l => l.Value));
                marked++;
                if (!owners.Remove((page.Number, content.MarkedContentIdentifier)))
                    problems.Add($"page {page.Number}: MCID {content.MarkedContentIdentifier} ({content.Tag}) belongs to no structure element");
            }
        }
        foreach (var ((page, mcid), element) in owners)
            problems.Add($"page {page}: {element.Role} owns MCID {mcid}, which the page content does not have");

        // Heading levels never skip; every Figure has Alt; every Link has its annotation.
        var previous = 0;
        foreach (var e in elements)
        {
            if (e.Role.Length == 2 && e.Role[0] == 'H' && char.IsAsciiDigit(e.Role[1]))
            {
                var level = e.Role[1] - '0';
                if (level > previous + 1) problems.Add($"heading {e.Role} follows H{previous}: a level is skipped");
                previous = level;
            }
            if (e.Role == "Figure" && string.IsNullOrWhiteSpace(e.Alt)) problems.Add("a Figure has no Alt");
            if (e.Role == "Link" && !e.Kids.Contains("OBJR")) problems.Add("a Link has no annotation (OBJR)");
        }
        foreach (var (link, annotation) in linkAnnotations)
        {
            if (annotation.Data.GetValueOrDefault("StructParent") is not NumericToken) problems.Add("a link annotation has no /StructParent");
            if (Text(Resolve<IToken>(annotation.Data.GetValueOrDefault("Contents"))) is not { Length: > 0 }) problems.Add("a link annotation has no /Contents");
        }
        return new Result(root, problems, elements, marked, texts);
    }

    private static IndirectReference? FindPageReference(UglyToad.PdfPig.Structure structure, int pageNumber)
    {
        var pages = structure.Catalog.CatalogDictionary.Data["Pages"] as IndirectReferenceToken;
        var list = new List<IndirectReference>();
        void Walk(IndirectReference reference)
        {
            var node = structure.GetObject(reference).Data as DictionaryToken;
            if (node?.Data.GetValueOrDefault("Kids") is ArrayToken kids)
                foreach (var kid in kids.Data.OfType<IndirectReferenceToken>()) Walk(kid.Data);
            else list.Add(reference);
        }
        if (pages is not null) Walk(pages.Data);
        return pageNumber - 1 < list.Count ? list[pageNumber - 1] : null;
    }

    private static string? Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    private static IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> Flatten(IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> elements) =>
        elements.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));
}
