using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// Makes the web and e-mail addresses written as plain text (简介, colophon, body text) links of
/// class <c>url</c>. On a phone an address is long compared with the line: the stylesheet lets a
/// <c>url</c> link break between any two characters, so the line before it is not stretched
/// letter by letter to make room, and the reader can tap it. Text is unchanged: only elements are
/// added around it, so page-break offsets still count the same characters.
/// </summary>
internal static partial class WebAddressLinks
{
    public const string CssClass = "url";

    // The same characters the print line breaker keeps together (ASCII only: full-width brackets and
    // Chinese punctuation end an address); sentence punctuation at the end belongs to the sentence.
    [GeneratedRegex(@"(?<![A-Za-z0-9@._%+-])(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    /// <summary>Links every address in the text of <paramref name="root"/> that is not already inside a link.</summary>
    public static void Apply(XElement root)
    {
        var ns = root.Name.Namespace;
        var texts = root.DescendantNodes().OfType<XText>()
            .Where(t => t.Parent is not null && !t.Ancestors().Any(a => a.Name.LocalName is "a" or "head" or "title" or "style" or "script"))
            .ToList();
        foreach (var text in texts)
        {
            var value = text.Value;
            var matches = Address().Matches(value);
            if (matches.Count == 0) continue;
            var pieces = new List<XNode>();
            var at = 0;
            foreach (Match match in matches)
            {
                var address = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '-');
                if (address.Length < 5 || address.EndsWith("://", StringComparison.Ordinal)) continue;
                if (match.Index > at) pieces.Add(new XText(value[at..match.Index]));
                pieces.Add(new XElement(ns + "a", new XAttribute("class", CssClass), new XAttribute("href", Href(address)), address));
                at = match.Index + address.Length;
            }
            if (pieces.Count == 0) continue;
            if (at < value.Length) pieces.Add(new XText(value[at..]));
            text.ReplaceWith(pieces.ToArray());
        }
    }

    internal static string Href(string address)
    {
        if (address.Contains("://", StringComparison.Ordinal)) return address;
        if (address.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return "http://" + address;
        return "mailto:" + address;
    }
}
