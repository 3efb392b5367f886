using System.Text;
using HarfBuzzSharp;

namespace GazettePress.Layout.Fonts;

/// <summary>Reads the few facts the registry needs from a font's name and OS/2 tables.</summary>
internal static class FontNames
{
    private static readonly Tag Name = Tag.Parse("name");
    private static readonly Tag Os2 = Tag.Parse("OS/2");

    /// <summary>The typographic family name (name ID 16), else the family name (ID 1).</summary>
    public static string? ReadFamilyName(Face face)
    {
        using var blob = face.ReferenceTable(Name);
        var table = blob.AsSpan();
        if (table.Length < 6) return null;
        int count = U16(table, 2), stringsOffset = U16(table, 4);
        string? family = null, typographic = null;
        for (int i = 0; i < count; i++)
        {
            int record = 6 + i * 12;
            if (record + 12 > table.Length) break;
            int platform = U16(table, record), encoding = U16(table, record + 2), language = U16(table, record + 4);
            int nameId = U16(table, record + 6), length = U16(table, record + 8), offset = U16(table, record + 10);
            // Windows Unicode BMP, English (United States) names are always present in these fonts.
            if (platform != 3 || encoding != 1 || language != 0x0409) continue;
            if (nameId != 1 && nameId != 16) continue;
            int start = stringsOffset + offset;
            if (start + length > table.Length) continue;
            var text = Encoding.BigEndianUnicode.GetString(table.Slice(start, length));
            if (nameId == 1) family = text; else typographic = text;
        }
        return typographic ?? family;
    }

    /// <summary>usWeightClass from OS/2 (400 regular, 700 bold), 400 when absent.</summary>
    public static int ReadWeightClass(Face face)
    {
        using var blob = face.ReferenceTable(Os2);
        var table = blob.AsSpan();
        return table.Length < 6 ? 400 : U16(table, 4);
    }

    private static int U16(ReadOnlySpan<byte> data, int at) => (data[at] << 8) | data[at + 1];
}
