using HarfBuzzSharp;
using SkiaSharp;

namespace GazettePress.Layout.Fonts;

/// <summary>
/// One loaded font file. The file is memory-mapped once by HarfBuzz; shaping, glyph look-ups and
/// subsetting all work from that single mapping.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly MappedFontFile _file;
    private readonly Blob _blob;
    private SKTypeface? _typeface;
    private readonly object _typefaceGate = new();

    internal FontFace(int id, string filePath, string familyName, bool isBold, FontRole role, MappedFontFile file, Blob blob, Face face)
    {
        Id = id;
        FilePath = filePath;
        FamilyName = familyName;
        IsBold = isBold;
        Role = role;
        _file = file;
        _blob = blob;
        HbFace = face;
        UnitsPerEm = face.UnitsPerEm;
        HbFont = new HarfBuzzSharp.Font(face);
        HbFont.SetFunctionsOpenType();
        // Positions in font units: multiply by size / UnitsPerEm to get points.
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
        HbFont.TryGetHorizontalFontExtents(out var extents);
        AscentEm = extents.Ascender / (double)UnitsPerEm;
        DescentEm = -extents.Descender / (double)UnitsPerEm;
        TabularDigitAdvanceEm = Enumerable.Range('0', 10).Max(d => GlyphAdvanceEm(NominalGlyph(d)));
    }

    /// <summary>Stable index of this face in its registry (load order).</summary>
    public int Id { get; }
    public string FilePath { get; }
    public string FamilyName { get; }
    public bool IsBold { get; }
    public FontRole Role { get; }
    public int UnitsPerEm { get; }
    /// <summary>Ascender above the baseline, in em.</summary>
    public double AscentEm { get; }
    /// <summary>Descender below the baseline (positive), in em.</summary>
    public double DescentEm { get; }

    /// <summary>A short readable name such as "Noto Serif SC Bold".</summary>
    public string DisplayName => IsBold ? FamilyName + " Bold" : FamilyName;

    internal Face HbFace { get; }
    internal HarfBuzzSharp.Font HbFont { get; }

    public bool HasGlyph(int codePoint) => HbFont.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0;

    /// <summary>The glyph the cmap gives for a code point, or 0.</summary>
    public uint NominalGlyph(int codePoint) => HbFont.TryGetNominalGlyph(codePoint, out var glyph) ? glyph : 0;

    /// <summary>Width of the widest digit 0–9, in em: the cell of a tabular figure.</summary>
    public double TabularDigitAdvanceEm { get; }

    /// <summary>Advance of a glyph in em.</summary>
    public double GlyphAdvanceEm(uint glyph) => HbFont.GetHorizontalGlyphAdvance(glyph) / (double)UnitsPerEm;

    /// <summary>The whole font as a Skia typeface, for raster output (PDF output uses a subset).</summary>
    internal SKTypeface FullTypeface
    {
        get
        {
            lock (_typefaceGate)
                return _typeface ??= SKTypeface.FromData(_file.CreateSkData())
                    ?? throw new InvalidOperationException($"Skia could not load {FilePath}");
        }
    }

    public override string ToString() => DisplayName;

    public void Dispose()
    {
        HbFont.Dispose();
        HbFace.Dispose();
        _blob.Dispose();
        _file.Dispose();
        _typeface?.Dispose();
    }
}
