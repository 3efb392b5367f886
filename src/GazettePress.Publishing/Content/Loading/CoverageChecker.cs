using System.Text;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// Reports characters that no bundled font can draw: one diagnostic per distinct character per file,
/// at its first occurrence, naming the other lines where it appears.
/// </summary>
internal sealed class CoverageChecker
{
    private readonly ICharacterCoverage _coverage;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<(string File, int CodePoint), List<SourceLocation>> _found = new();

    /// <summary>The fonts' coverage, for checks that see characters only after parsing (character references).</summary>
    public ICharacterCoverage Coverage => _coverage;

    public CoverageChecker(ICharacterCoverage coverage, DiagnosticBag diagnostics)
    {
        _coverage = coverage;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks the values (not keys or comments) of a YAML text.</summary>
    public void CheckYaml(YamlSource source)
    {
        var lines = new LineIndex(source.Text);
        foreach (var scalar in source.Scalars)
        {
            if (scalar.Value is null)
            {
                continue;
            }
            // Find each character in the raw text from where the scalar starts, for an exact line:col.
            var searchFrom = (int)Math.Min(scalar.Start.Index, source.Text.Length);
            foreach (var rune in scalar.Value.EnumerateRunes())
            {
                var text = rune.ToString();
                var at = source.Text.IndexOf(text, searchFrom, StringComparison.Ordinal);
                if (at >= 0)
                {
                    searchFrom = at + text.Length;
                }
                if (!Drawable(rune))
                {
                    var (line, column) = lines.Find(Math.Max(at, (int)scalar.Start.Index));
                    Record(source.File, rune.Value, new SourceLocation(source.File, line + source.FirstLine - 1, column));
                }
            }
        }
        Flush(source.File);
    }

    /// <summary>Checks a Markdown body that starts on file line <paramref name="firstLine"/>.</summary>
    public void CheckText(string file, string text, int firstLine)
    {
        foreach (var (rune, line, column) in LineIndex.Runes(text, firstLine))
        {
            if (!Drawable(rune))
            {
                Record(file, rune.Value, new SourceLocation(file, line, column));
            }
        }
        Flush(file);
    }

    private bool Drawable(Rune rune) =>
        rune.Value < 0x20 || rune.Value is 0xFEFF or 0xFFFD || _coverage.CanDraw(rune.Value);

    private void Record(string file, int codePoint, SourceLocation location)
    {
        if (!_found.TryGetValue((file, codePoint), out var list))
        {
            _found[(file, codePoint)] = list = new List<SourceLocation>();
        }
        list.Add(location);
    }

    private void Flush(string file)
    {
        foreach (var ((f, codePoint), locations) in _found.Where(x => x.Key.File == file).OrderBy(x => x.Value[0].Line).ThenBy(x => x.Value[0].Column).ToArray())
        {
            var others = locations.Skip(1).Select(l => l.Line).Distinct().Take(8).ToArray();
            var lines = string.Join(", ", others) + (locations.Count > 9 ? ", …" : "");
            MessageArgument also = others.Length == 0 ? ("also", "") : ("also", ContentMessages.CoverageAlso.With(("lines", lines)));
            _diagnostics.Add(Diagnostic.Create(ContentMessages.UndrawableCharacter, locations[0],
                ("char", char.ConvertFromUtf32(codePoint)), ("codepoint", codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)), also));
            _found.Remove((f, codePoint));
        }
    }
}
