using System.Xml;
using System.Xml.Linq;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// A page can start inside a block that the print and EPUB templates write differently — the
/// signature, the QR figure, the 附件 list — where print's text holds the template's indentation
/// ("\n    政策解读\n  ") and the EPUB's does not. Body blocks are the same XHTML in both editions, so
/// their offsets are exact; for the template blocks the offset into print's text is turned into a
/// count of characters that are not white space, which both editions share.
/// </summary>
internal static class TemplateBlockOffsets
{
    public static IReadOnlyList<PrintPageStart> Normalize(IReadOnlyList<PrintPageStart> starts, string printXhtml)
    {
        if (!starts.Any(IsTemplateBlock) || string.IsNullOrEmpty(printXhtml)) return starts;
        XElement root;
        try
        {
            root = XElement.Parse("<root>" + printXhtml + "</root>", LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return starts; // composition parsed this XHTML already; nothing to map if it cannot be read
        }
        var sections = root.Elements().Where(e => e.Attribute("data-document") is not null)
            .GroupBy(e => (string)e.Attribute("data-document")!).ToDictionary(g => g.Key, g => g.First());
        return starts.Select(start =>
        {
            if (!IsTemplateBlock(start) || start.TextOffset == 0 || !sections.TryGetValue(start.DocumentId, out var section)) return start;
            var block = section.DescendantsAndSelf().FirstOrDefault(e => (string?)e.Attribute("id") == start.BlockId);
            if (block is null) return start;
            var text = block.Value;
            var offset = Math.Min(start.TextOffset, text.Length);
            return start with { TextOffset = text[..offset].Count(c => !char.IsWhiteSpace(c)), CountsNonWhitespace = true };
        }).ToArray();
    }

    /// <summary>A block of the document template (doc-…), not a body block (b-N, h-N, a heading id).</summary>
    private static bool IsTemplateBlock(PrintPageStart start) =>
        start.BlockId.StartsWith("doc-", StringComparison.Ordinal) && start.BlockId != EpubBuilder.DocumentSectionId(start.DocumentId);
}
