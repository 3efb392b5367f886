using System.Text;
using System.Text.RegularExpressions;
using GazettePress.Content;
using GazettePress.Content.Rendering;

namespace GazettePress.Publishing.Templates;

/// <summary>
/// Puts a source marker (<c>&lt;!--@src docs/01.md:40--&gt;</c>) before every block of a body's XHTML,
/// so that whatever composition reports about a body paragraph (a line too wide, a character no
/// font has) names the editor's Markdown line, not the template line that includes the body.
/// </summary>
internal static partial class BodySourceMarkers
{
    /// <param name="xhtml">Body XHTML as the renderer writes it: one top-level block per line.</param>
    public static string Insert(string xhtml, RenderedBody body, GazetteDocument document)
    {
        if (xhtml.Length == 0) return xhtml;
        var lines = body.Blocks.ToDictionary(b => b.Id, b => b.SourceLine, StringComparer.Ordinal);
        var sb = new StringBuilder(xhtml.Length + 64 * body.Blocks.Count);
        foreach (var line in xhtml.Split('\n'))
        {
            if (sb.Length > 0) sb.Append('\n');
            if (FirstId().Match(line) is { Success: true } match && lines.TryGetValue(match.Groups[1].Value, out var bodyLine) && bodyLine > 0)
            {
                var where = document.BodyLocation(bodyLine);
                sb.Append("<!--").Append(TemplateSet.MarkerPrefix).Append(where.File).Append(':').Append(where.Line).Append("-->");
            }
            sb.Append(line);
        }
        return sb.ToString();
    }

    [GeneratedRegex("^<[a-z0-9]+ id=\"([^\"]+)\"")]
    private static partial Regex FirstId();
}
