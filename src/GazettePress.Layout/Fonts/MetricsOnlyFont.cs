using System.Buffers.Binary;

namespace GazettePress.Layout.Fonts;

/// <summary>
/// A copy of a TrueType font with every glyph outline removed (empty glyf, zero loca) and every other
/// table kept: the cmap, the advances (hmtx), the names and the metrics Skia's PDF backend reads while
/// it writes text. Skia is given this copy, the PDF gets the real subset afterwards
/// (<see cref="Painting.FontProgram"/>). Measured on the sample issue: with outlines, Skia's PDF backend
/// builds a path for every glyph it writes — and, because Noto sets OVERLAP_SIMPLE on every glyph,
/// runs its path simplifier on each — which was about a third of all the instructions of a cold
/// build, then compresses the whole subset into a stream we replace anyway.
/// </summary>
public static class MetricsOnlyFont
{
    public static byte[] From(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) throw new ArgumentException("not a TrueType font: too short", nameof(font));
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new List<(uint Tag, int Offset, int Length)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            tables.Add((BinaryPrimitives.ReadUInt32BigEndian(record), (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }
        if (!tables.Exists(t => t.Tag == Tag("glyf")) || !tables.Exists(t => t.Tag == Tag("loca")))
            throw new ArgumentException("not a TrueType-outline font: no glyf/loca", nameof(font));

        var size = 12 + 16 * count;
        foreach (var t in tables) size += t.Tag == Tag("glyf") ? 0 : Align(t.Length);
        var output = new byte[size];
        font[..12].CopyTo(output);
        var at = 12 + 16 * count;
        var headAt = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, offset, length) = tables[i];
            var data = output.AsSpan(at, tag == Tag("glyf") ? 0 : length);
            if (tag == Tag("loca")) data.Clear();                       // every glyph empty
            else if (tag != Tag("glyf")) font.Slice(offset, length).CopyTo(data);
            if (tag == Tag("head")) { headAt = at; BinaryPrimitives.WriteUInt32BigEndian(data[8..], 0); }
            var record = output.AsSpan(12 + 16 * i, 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            at += Align(data.Length);
        }
        if (headAt >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static int Align(int length) => (length + 3) & ~3;

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

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
