using System.Buffers.Binary;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Print;

/// <summary>One font as embedded in the file.</summary>
public sealed record FontReport(
    string Name,
    string Subtype,
    bool IsType3,
    bool Embedded,
    string? ProgramKind,
    int ProgramBytes,
    int? NonEmptyGlyphs,
    int UsedGlyphs,
    IReadOnlyList<int> Pages)
{
    /// <summary>Programs above this size without glyph data we can count are called "not subset".</summary>
    public const int MaxUncountedProgramBytes = 1_000_000;

    /// <summary>Subset means the font program holds little more than the glyphs the text uses.
    /// A retain-gids subset keeps the glyph count but empties unused glyphs, so non-empty glyphs
    /// are counted from 'loca'; an allowance covers .notdef, composites and shaping variants.</summary>
    public bool ReallySubset => !Embedded || IsType3 || (NonEmptyGlyphs is { } glyphs
        ? glyphs <= UsedGlyphs * 2 + 64
        : ProgramBytes <= MaxUncountedProgramBytes);
}

/// <summary>Lists every font the pages use with what the preflight needs to judge it.</summary>
public static class FontInspector
{
    /// <summary>Every font in the pages' resources. With <paramref name="paints"/> (per page, from
    /// <see cref="PageContentWalker"/>) the glyphs the text uses are counted too; without, UsedGlyphs is 0.</summary>
    public static List<FontReport> Inspect(PdfFile file, IReadOnlyList<IReadOnlyList<PaintEvent>>? paints = null)
    {
        var fonts = new Dictionary<PdfDictionary, (HashSet<int> Pages, HashSet<int> Codes, bool TwoByte)>(ReferenceEqualityComparer.Instance);
        var pages = file.PageReferences();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = file.Page(pages[i]);
            // Fonts listed in resources count even when no text uses them.
            if (file.ResolveDictionary(file.ResolveDictionary(page["Resources"] ?? file.Inherited(page, "Resources"))?["Font"]) is { } listed)
                foreach (var (_, value) in listed.Entries)
                    if (file.ResolveDictionary(value) is { } font)
                        Entry(font).Pages.Add(i + 1);
            if (paints is null || i >= paints.Count) continue;
            foreach (var paint in paints[i].OfType<TextPaint>())
            {
                if (paint.Font is null) continue;
                var entry = Entry(paint.Font);
                entry.Pages.Add(i + 1);
                if (entry.TwoByte)
                    for (var k = 0; k + 1 < paint.Codes.Length; k += 2) entry.Codes.Add(paint.Codes[k] << 8 | paint.Codes[k + 1]);
                else
                    foreach (var b in paint.Codes) entry.Codes.Add(b);
            }
        }
        return [.. fonts.Select(pair => Report(file, pair.Key, pair.Value.Pages, pair.Value.Codes.Count, paints is not null))
            .OrderBy(r => r.Pages.FirstOrDefault()).ThenBy(r => r.Name, StringComparer.Ordinal)];

        (HashSet<int> Pages, HashSet<int> Codes, bool TwoByte) Entry(PdfDictionary font)
        {
            if (!fonts.TryGetValue(font, out var entry))
            {
                entry = ([], [], font["Subtype"] is PdfName { Value: "Type0" });
                fonts[font] = entry;
            }
            return entry;
        }
    }

    private static FontReport Report(PdfFile file, PdfDictionary font, HashSet<int> pages, int used, bool readProgram)
    {
        var subtype = (file.Resolve(font["Subtype"]) as PdfName)?.Value ?? "?";
        var name = (file.Resolve(font["BaseFont"]) as PdfName)?.Value ?? (subtype == "Type3" ? "(Type 3 font)" : "(unnamed)");
        var descriptorOwner = font;
        if (subtype == "Type0" && file.Resolve(font["DescendantFonts"]) is PdfArray { Count: > 0 } descendants
            && file.ResolveDictionary(descendants[0]) is { } descendant)
            descriptorOwner = descendant;
        var descriptor = file.ResolveDictionary(descriptorOwner["FontDescriptor"]);
        PdfStream? program = null;
        string? kind = null;
        foreach (var key in new[] { "FontFile2", "FontFile3", "FontFile" })
            if (descriptor is not null && file.Resolve(descriptor[key]) is PdfStream s)
            {
                program = s;
                kind = key;
                break;
            }
        var isType3 = subtype == "Type3";
        var bytes = program is null || !readProgram ? null : PdfFilters.Decode(program, file);
        int? glyphs = kind == "FontFile2" && bytes is not null ? CountNonEmptyTrueTypeGlyphs(bytes) : null;
        return new FontReport(name, subtype, isType3, isType3 || program is not null, kind, bytes?.Length ?? program?.Data.Length ?? 0,
            glyphs, used, [.. pages.Order()]);
    }

    /// <summary>Glyphs with outline data, from the TrueType 'head' and 'loca' tables; null if unreadable.</summary>
    public static int? CountNonEmptyTrueTypeGlyphs(byte[] font)
    {
        try
        {
            var span = font.AsSpan();
            var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
            int head = -1, loca = -1, locaLength = 0, maxp = -1;
            for (var i = 0; i < tables; i++)
            {
                var record = span.Slice(12 + 16 * i, 16);
                var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                switch (tag)
                {
                    case "head": head = offset; break;
                    case "loca": loca = offset; locaLength = length; break;
                    case "maxp": maxp = offset; break;
                }
            }
            if (head < 0 || loca < 0 || maxp < 0) return null;
            var longOffsets = BinaryPrimitives.ReadInt16BigEndian(span[(head + 50)..]) == 1;
            var count = BinaryPrimitives.ReadUInt16BigEndian(span[(maxp + 4)..]);
            var nonEmpty = 0;
            for (var g = 0; g < count; g++)
            {
                long start, end;
                if (longOffsets)
                {
                    if (4 * g + 8 > locaLength) break;
                    start = BinaryPrimitives.ReadUInt32BigEndian(span[(loca + 4 * g)..]);
                    end = BinaryPrimitives.ReadUInt32BigEndian(span[(loca + 4 * g + 4)..]);
                }
                else
                {
                    if (2 * g + 4 > locaLength) break;
                    start = 2L * BinaryPrimitives.ReadUInt16BigEndian(span[(loca + 2 * g)..]);
                    end = 2L * BinaryPrimitives.ReadUInt16BigEndian(span[(loca + 2 * g + 2)..]);
                }
                if (end > start) nonEmpty++;
            }
            return nonEmpty;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
