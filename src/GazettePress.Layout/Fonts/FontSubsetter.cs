using System.Runtime.InteropServices;

namespace GazettePress.Layout.Fonts;

/// <summary>
/// HarfBuzz's subsetter from libHarfBuzzSharp (HarfBuzzSharp itself does not wrap it). Glyph ids
/// are retained, so glyphs shaped with the full font draw unchanged with the subset.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint RetainGlyphIds = 0x2;   // HB_SUBSET_FLAGS_RETAIN_GIDS
    private const uint NoHinting = 0x1;        // HB_SUBSET_FLAGS_NO_HINTING: PDF viewers do their own
    private const int DropTableTagSet = 3;     // HB_SUBSET_SETS_DROP_TABLE_TAG
    private static readonly string[] DroppedTables =
        { "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG", "meta", "STAT", "kern" };

    private static uint TagValue(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    /// <summary>
    /// Subsets <paramref name="face"/> to the characters used plus the extra glyphs shaping produced
    /// that are not the cmap glyph of any used character. Only used characters go into the
    /// character set: a glyph in the glyph set drags in every code point mapped to it (Noto maps the
    /// radical ⼈ U+2F08 to the glyph of 人), and the PDF's ToUnicode would then read 人 as ⼈.
    /// </summary>
    public static byte[] Subset(FontFace face, IEnumerable<int> codePoints, IEnumerable<ushort> glyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
        try
        {
            hb_subset_input_set_flags(input, RetainGlyphIds | NoHinting);
            // Glyphs are already shaped: the PDF needs outlines and metrics, not layout tables.
            // Dropping GSUB also skips its glyph closure, the slow part for CJK fonts.
            var drop = hb_subset_input_set(input, DropTableTagSet);
            foreach (var tag in DroppedTables)
                hb_set_add(drop, TagValue(tag));
            var unicodes = hb_subset_input_unicode_set(input);
            var nominal = new HashSet<uint>();
            foreach (var cp in codePoints)
            {
                hb_set_add(unicodes, (uint)cp);
                nominal.Add(face.NominalGlyph(cp));
            }
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var g in glyphs)
                if (!nominal.Contains(g)) hb_set_add(glyphSet, g);

            var subset = hb_subset_or_fail(face.HbFace.Handle, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException($"HarfBuzz could not subset {face.DisplayName}");
            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out uint length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally { hb_blob_destroy(blob); }
            }
            finally { hb_face_destroy(subset); }
        }
        finally { hb_subset_input_destroy(input); }
    }

    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Library)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Library)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);
    [LibraryImport(Library)] private static partial void hb_set_add(IntPtr set, uint codepoint);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Library)] private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Library)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Library)] private static partial void hb_face_destroy(IntPtr face);
}
