using System.Globalization;
using System.Text;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Safety;

/// <summary>
/// Characters that can never be printed and that the font check deliberately passes over: control
/// characters (other than tab and line breaks), a byte-order mark inside the text (U+FEFF) and the
/// replacement character U+FFFD (a character lost when the file was converted). The build fails on
/// them at a template line, or puts invalid XML into the EPUB; check reports them at the editor's
/// line: once per character and file, naming the other lines.
/// </summary>
internal sealed class CharacterCheck(DiagnosticBag diagnostics)
{
    public static bool IsUnprintable(int codePoint) =>
        codePoint is < 0x20 and not ('\t' or '\n' or '\r') || codePoint is 0xFEFF or 0xFFFD;

    /// <summary>The values (not keys or comments) of a YAML text.</summary>
    public void CheckYaml(YamlSource source)
    {
        var found = new Dictionary<int, List<SourceLocation>>();
        var lines = new LineIndex(source.Text);
        foreach (var scalar in source.Scalars)
        {
            if (scalar.Value is null || !scalar.Value.EnumerateRunes().Any(r => IsUnprintable(r.Value))) continue;
            var from = (int)Math.Min(scalar.Start.Index, source.Text.Length);
            foreach (var rune in scalar.Value.EnumerateRunes())
            {
                if (!IsUnprintable(rune.Value)) continue;
                var at = source.Text.IndexOf(rune.ToString(), from, StringComparison.Ordinal);
                var (line, column) = lines.Find(at < 0 ? from : at);
                Record(found, rune.Value, new SourceLocation(source.File, line + source.FirstLine - 1, column));
                if (at >= 0) from = at + 1;
            }
        }
        Report(found);
    }

    /// <summary>A Markdown body that starts on file line <paramref name="firstLine"/>.</summary>
    public void CheckText(string file, string text, int firstLine)
    {
        var found = new Dictionary<int, List<SourceLocation>>();
        foreach (var (rune, line, column) in LineIndex.Runes(text, firstLine))
        {
            if (IsUnprintable(rune.Value)) Record(found, rune.Value, new SourceLocation(file, line, column));
        }
        Report(found);
    }

    private static void Record(Dictionary<int, List<SourceLocation>> found, int codePoint, SourceLocation at)
    {
        if (!found.TryGetValue(codePoint, out var list)) found[codePoint] = list = [];
        list.Add(at);
    }

    private void Report(Dictionary<int, List<SourceLocation>> found)
    {
        // Invalid UTF-8 is already reported where it decodes to U+FFFD; do not report the same place twice.
        var reported = diagnostics.Items.Select(d => (d.Location.File, d.Location.Line)).ToHashSet();
        foreach (var (codePoint, locations) in found.OrderBy(f => f.Value[0].Line).ThenBy(f => f.Value[0].Column))
        {
            var shown = codePoint == 0xFFFD ? locations.Where(l => !reported.Contains((l.File, l.Line))).ToList() : locations;
            if (shown.Count == 0) continue;
            var others = shown.Skip(1).Select(l => l.Line).Distinct().Take(8).ToArray();
            var also = others.Length == 0 ? "" : string.Join(", ", others) + (shown.Count > 9 ? ", …" : "");
            diagnostics.Add(SafetyMessages.UnprintableCharacter, shown[0],
                ("codepoint", codePoint.ToString("X4", CultureInfo.InvariantCulture)), ("name", NameOf(codePoint)),
                ("also", also.Length == 0 ? "" : SafetyMessages.AlsoOnLines.Render(("lines", also))));
        }
    }

    private static LocalizedText NameOf(int codePoint) => codePoint switch
    {
        0 => SafetyMessages.NullCharacter.With(),
        0xFEFF => SafetyMessages.ByteOrderMark.With(),
        0xFFFD => SafetyMessages.ReplacementCharacter.With(),
        _ => SafetyMessages.ControlCharacter.With(),
    };
}
