using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Tests.Paragraphs;

/// <summary>Lays out text in 10 pt song (em = 10 pt) and reads glyph positions back by text index.</summary>
internal static class LayoutProbe
{
    public const double Em = 10;
    public static readonly TextStyle Song10 = new(FontRole.Song, false, Em);
    public static readonly ParagraphStyle Justified = new(ParagraphAlignment.Justify, 0);
    public static readonly ParagraphStyle Ragged = new(ParagraphAlignment.Left, 0);

    public static ParagraphLayout Set(string text, double widthEm, ParagraphStyle? style = null) =>
        TestFonts.Layouter.Layout(text, Song10, style ?? Justified, widthEm * Em);

    /// <summary>(line index, x) of the glyph that draws the character at a paragraph text index.</summary>
    public static (int Line, double X) Where(ParagraphLayout layout, int textIndex)
    {
        foreach (var line in layout.Lines)
            foreach (var run in line.Runs)
                for (int g = 0; g < run.Glyphs.Length; g++)
                    if (run.TextStart + run.Clusters[g] == textIndex)
                        return (line.Index, run.X[g]);
        throw new InvalidOperationException($"no glyph for text index {textIndex} ('{layout.Text[textIndex]}')");
    }

    public static double X(ParagraphLayout layout, int textIndex) => Where(layout, textIndex).X;

    public static string LineText(ParagraphLayout layout, int line) =>
        layout.Text[layout.Lines[line].TextStart..layout.Lines[line].TextEnd];
}
