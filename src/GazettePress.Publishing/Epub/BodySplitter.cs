using System.Xml;
using System.Xml.Linq;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// Splits a body fragment where the attached document begins (the first
/// <c>h1.attached-title</c>), because print sets the signature, date and publicity marker there.
/// </summary>
internal static class BodySplitter
{
    public static (string Notice, string Attached) Split(string bodyXhtml, string sourceFile, DiagnosticBag diagnostics)
    {
        XElement root;
        try
        {
            root = XElement.Parse("<body>" + bodyXhtml + "</body>", LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            diagnostics.Add(Diagnostic.Create(EpubMessages.NotWellFormed, new SourceLocation(sourceFile), ("file", sourceFile), ("detail", e.Message)));
            return ("", "");
        }
        var nodes = root.Nodes().ToList();
        var split = nodes.FindIndex(n => n is XElement { Name.LocalName: "h1" } h
                                         && ((string?)h.Attribute("class") ?? "").Split(' ').Contains("attached-title"));
        if (split < 0) return (Join(nodes), "");
        return (Join(nodes.Take(split)), Join(nodes.Skip(split)));
    }

    private static string Join(IEnumerable<XNode> nodes) =>
        string.Concat(nodes.Select(n => n.ToString(SaveOptions.DisableFormatting)));
}
