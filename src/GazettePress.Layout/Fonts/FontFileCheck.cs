using HarfBuzzSharp;

namespace GazettePress.Layout.Fonts;

/// <summary>
/// Decides whether a font can be embedded as a CID TrueType font. Skia turns CFF-outline and
/// variable fonts into Type 3 fonts, and a font whose licence forbids embedding must not ship
/// inside a PDF, so such fonts are refused up front.
/// </summary>
internal static class FontFileCheck
{
    private static readonly Tag Glyf = Tag.Parse("glyf");
    private static readonly Tag Cff = Tag.Parse("CFF ");
    private static readonly Tag Cff2 = Tag.Parse("CFF2");
    private static readonly Tag Fvar = Tag.Parse("fvar");
    private static readonly Tag Os2 = Tag.Parse("OS/2");

    /// <summary>Null when the font is usable, otherwise why it is refused.</summary>
    public static string? FindProblem(Face face)
    {
        var tables = face.Tables;
        bool Has(Tag tag) => Array.IndexOf(tables, tag) >= 0;

        if (Has(Cff) || Has(Cff2) || !Has(Glyf))
            return "it has CFF (PostScript) outlines, which Skia embeds as Type 3 fonts; use a TrueType-outline (glyf) version";
        if (Has(Fvar))
            return "it is a variable font, which Skia embeds as Type 3 fonts; use a static instance";
        var fsType = ReadFsType(face);
        if (fsType is null)
            return "it has no OS/2 table, so its embedding permission is unknown";
        // fsType bits 0-3: 2 = restricted licence embedding; bit 9 = bitmap embedding only.
        if ((fsType.Value & 0x000F) == 0x0002)
            return "its licence forbids embedding (OS/2 fsType: restricted)";
        if ((fsType.Value & 0x0200) != 0)
            return "its licence allows only bitmap embedding (OS/2 fsType bit 9)";
        return null;
    }

    private static int? ReadFsType(Face face)
    {
        using var blob = face.ReferenceTable(Os2);
        var bytes = blob.AsSpan();
        if (bytes.Length < 10) return null;
        return (bytes[8] << 8) | bytes[9];
    }
}
