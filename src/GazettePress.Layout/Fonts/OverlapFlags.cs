using System.Buffers.Binary;

namespace GazettePress.Layout.Fonts;

/// <summary>
/// Clears the OVERLAP_SIMPLE flag of every simple glyph in a TrueType font (in place) and fixes the
/// checksums. Noto CJK sets it on every glyph; FreeType then marks each outline as overlapping and
/// Skia runs its path simplifier (path ops) on every glyph it loads — for the PDF backend that is
/// every glyph of every subset, about two thirds of the painting time of an issue. The flag only
/// asks anti-aliasing rasterizers to supersample overlapping contours: a PDF fills glyphs with the
/// non-zero rule, which needs no flag, and print RIPs do not anti-alias.
/// </summary>
public static class OverlapFlags
{
    private const byte OverlapSimple = 0x40;

    /// <summary>Returns the number of glyphs changed; 0 when the font has no glyf table (or nothing to clear).</summary>
    public static int Clear(byte[] font)
    {
        var span = font.AsSpan();
        if (span.Length < 12) return 0;
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        int glyf = -1, loca = -1, head = -1, maxp = -1;
        for (var i = 0; i < tableCount; i++)
        {
            var record = 12 + 16 * i;
            if (record + 16 > span.Length) return 0;
            var tag = BinaryPrimitives.ReadUInt32BigEndian(span[record..]);
            if (tag == Tag("glyf")) glyf = record;
            else if (tag == Tag("loca")) loca = record;
            else if (tag == Tag("head")) head = record;
            else if (tag == Tag("maxp")) maxp = record;
        }
        if (glyf < 0 || loca < 0 || head < 0 || maxp < 0) return 0;
        var (glyfOffset, glyfLength) = Location(span, glyf);
        var (locaOffset, locaLength) = Location(span, loca);
        var (headOffset, headLength) = Location(span, head);
        var (maxpOffset, _) = Location(span, maxp);
        if (headLength < 54) return 0;
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(span[(headOffset + 50)..]) == 1;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(span[(maxpOffset + 4)..]);
        if (locaLength < (glyphs + 1) * (longOffsets ? 4 : 2)) return 0;

        var changed = 0;
        for (var g = 0; g < glyphs; g++)
        {
            int start = LocaEntry(span, locaOffset, g, longOffsets), end = LocaEntry(span, locaOffset, g + 1, longOffsets);
            if (end - start < 12 || end > glyfLength) continue;
            var glyph = span.Slice(glyfOffset + start, end - start);
            int contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
            if (contours <= 0) continue; // composite or empty
            var instructions = 10 + 2 * contours;
            if (instructions + 2 >= glyph.Length) continue;
            var firstFlag = instructions + 2 + BinaryPrimitives.ReadUInt16BigEndian(glyph[instructions..]);
            if (firstFlag >= glyph.Length || (glyph[firstFlag] & OverlapSimple) == 0) continue;
            glyph[firstFlag] &= unchecked((byte)~OverlapSimple);
            changed++;
        }
        if (changed == 0) return 0;

        // The glyf table's checksum, then the whole-font adjustment in head (computed with it zeroed).
        BinaryPrimitives.WriteUInt32BigEndian(span[(glyf + 4)..], Checksum(span.Slice(glyfOffset, glyfLength)));
        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], 0);
        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(span)));
        return changed;
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    private static (int Offset, int Length) Location(ReadOnlySpan<byte> font, int record) =>
        ((int)BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]));

    private static int LocaEntry(ReadOnlySpan<byte> font, int loca, int index, bool longOffsets) =>
        longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(font[(loca + 4 * index)..])
                    : 2 * BinaryPrimitives.ReadUInt16BigEndian(font[(loca + 2 * index)..]);

    /// <summary>The OpenType table checksum: the sum of big-endian uint32 words, the tail padded with zeros.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            data[i..].CopyTo(tail);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
        }
        return sum;
    }
}
