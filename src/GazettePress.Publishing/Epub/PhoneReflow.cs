using System.Xml.Linq;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// Adjusts a rendered e-edition page for narrow screens, changing no text: plain-text addresses
/// become breakable links and the paragraphs that hold an address are not justified (an address
/// leaves few places between Han characters to spread a line's slack over, so justification
/// would space them letter by letter); a paragraph that only holds a picture loses its first-line
/// indent; a table sits in a region that scrolls sideways when it cannot shrink to the screen (the
/// page itself never does). The print edition lays out the same XHTML without these changes.
/// </summary>
internal static class PhoneReflow
{
    public const string FigureParagraphClass = "figure";
    public const string TableRegionClass = "table-region";
    public const string HasAddressClass = "has-address";

    private static readonly HashSet<string> TextBlocks = ["p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"];

    public static void Apply(XDocument page)
    {
        var body = page.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "body");
        if (body is null) return;
        WebAddressLinks.Apply(body);
        MarkBlocksWithAddresses(body);
        MarkFigureParagraphs(body);
        WrapTables(body);
    }

    private static void MarkBlocksWithAddresses(XElement body)
    {
        foreach (var link in body.Descendants().Where(e => e.Name.LocalName == "a" && IsAddress(e)).ToList())
            if (link.Ancestors().FirstOrDefault(a => TextBlocks.Contains(a.Name.LocalName)) is { } block)
                AddClass(block, HasAddressClass);
    }

    private static bool IsAddress(XElement link)
    {
        var href = (string?)link.Attribute("href") ?? "";
        return HasClass(link, WebAddressLinks.CssClass)
               || (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                  && link.Value.Any(char.IsAsciiLetterOrDigit) && !link.Value.Any(c => c > 0x2E7F);
    }

    private static void MarkFigureParagraphs(XElement body)
    {
        foreach (var p in body.Descendants().Where(e => e.Name.LocalName == "p").ToList())
        {
            var hasImage = p.Elements().Any(e => e.Name.LocalName == "img");
            var onlyImages = p.Nodes().All(n => n is XElement { Name.LocalName: "img" or "br" } || n is XText t && string.IsNullOrWhiteSpace(t.Value));
            if (hasImage && onlyImages) AddClass(p, FigureParagraphClass);
        }
    }

    private static void WrapTables(XElement body)
    {
        var ns = body.Name.Namespace;
        var tables = body.Descendants().Where(e => e.Name.LocalName == "table").ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            if (table.Parent is { } parent && parent.Name.LocalName == "div" && HasClass(parent, TableRegionClass)) continue;
            // A keyboard user must be able to reach and scroll the region; its name says what it holds.
            var region = new XElement(ns + "div",
                new XAttribute("class", TableRegionClass),
                new XAttribute("role", "region"),
                new XAttribute("tabindex", "0"),
                new XAttribute("aria-label", tables.Count == 1 ? "表格" : $"表格{i + 1}"));
            table.ReplaceWith(region);
            region.Add(table);
        }
    }

    private static bool HasClass(XElement e, string name) =>
        ((string?)e.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name);

    private static void AddClass(XElement e, string name)
    {
        if (HasClass(e, name)) return;
        var existing = (string?)e.Attribute("class");
        e.SetAttributeValue("class", string.IsNullOrEmpty(existing) ? name : existing + " " + name);
    }
}
