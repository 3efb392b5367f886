namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>
/// Reads and splits the glyph strings of a text object as Skia writes it: CID fonts with two-byte
/// codes that are the glyph ids (Identity-H of a subset that keeps glyph ids). Splitting
/// <c>&lt;aabbcc&gt; Tj</c> into <c>&lt;aa&gt; Tj &lt;bbcc&gt; Tj</c> paints exactly the same, because
/// showing a string advances the text position by its glyphs' widths.
/// </summary>
public static class TextObject
{
    private static bool IsShow(string op) => op is "Tj" or "TJ" or "'" or "\"";

    /// <summary>The glyph codes a text object shows, in order.</summary>
    public static List<ushort> ShownCodes(IReadOnlyList<ContentOperation> ops, ContentGroup group)
    {
        var codes = new List<ushort>();
        for (var i = group.Start; i < group.End; i++)
            if (IsShow(ops[i].Operator))
                foreach (var s in Strings(ops[i]))
                    AddCodes(s, codes);
        return codes;
    }

    private static IEnumerable<PdfString> Strings(ContentOperation op) => op.Operator switch
    {
        "TJ" => op.Operands.Count > 0 && op.Operands[0] is PdfArray a ? a.Items.OfType<PdfString>() : [],
        _ => op.Operands.Count > 0 && op.Operands[^1] is PdfString s ? [s] : [],
    };

    private static void AddCodes(PdfString s, List<ushort> codes)
    {
        if (s.Bytes.Length % 2 != 0) throw new TaggingException("a shown string has an odd number of bytes: not a two-byte CID font");
        for (var k = 0; k + 1 < s.Bytes.Length; k += 2) codes.Add((ushort)(s.Bytes[k] << 8 | s.Bytes[k + 1]));
    }

    private static int GlyphCount(ContentOperation op) => IsShow(op.Operator) ? Strings(op).Sum(s => s.Bytes.Length / 2) : 0;

    /// <summary>
    /// The text object's operations with marked content around each part: part <c>k</c> covers the
    /// glyphs from <c>starts[k]</c> (the first is 0) to the next start. <paramref name="open"/> makes
    /// the BDC of a part; Skia's own ActualText spans (BDC … EMC around a cluster) stay whole inside
    /// one part.
    /// </summary>
    public static List<ContentOperation> MarkParts(IReadOnlyList<ContentOperation> ops, ContentGroup group, IReadOnlyList<int> starts,
        Func<int, ContentOperation> open)
    {
        if (starts.Count == 0 || starts[0] != 0) throw new ArgumentException("the first part starts at glyph 0", nameof(starts));
        var result = new List<ContentOperation>();
        var emc = new ContentOperation([], "EMC");
        var glyph = 0;
        var part = 0;
        var depth = 0; // nesting of Skia's own marked content inside the text object
        int NextStart() => part + 1 < starts.Count ? starts[part + 1] : int.MaxValue;
        void Advance()
        {
            part++;
            result.Add(emc);
            result.Add(open(part));
        }

        result.Add(ops[group.Start]); // BT
        result.Add(open(0));
        for (var i = group.Start + 1; i < group.End - 1; i++)
        {
            var op = ops[i];
            if (op.Operator is "BDC" or "BMC")
            {
                while (depth == 0 && NextStart() == glyph) Advance();
                depth++;
                result.Add(op);
                continue;
            }
            if (op.Operator == "EMC")
            {
                depth--;
                result.Add(op);
                continue;
            }
            if (!IsShow(op.Operator))
            {
                result.Add(op);
                continue;
            }
            var count = GlyphCount(op);
            while (depth == 0 && NextStart() == glyph) Advance();
            var remaining = op;
            while (NextStart() < glyph + count)
            {
                if (depth > 0) throw new TaggingException($"a part boundary at glyph {NextStart()} falls inside a marked-content span of the text object");
                var (first, rest) = SplitShow(remaining, NextStart() - glyph);
                result.Add(first);
                count -= NextStart() - glyph;
                glyph = NextStart();
                Advance();
                remaining = rest;
            }
            result.Add(remaining);
            glyph += count;
        }
        if (part != starts.Count - 1)
            throw new TaggingException($"part {part + 2} of {starts.Count} starts at glyph {starts[part + 1]}, but the text object shows {glyph} glyphs");
        result.Add(emc);
        result.Add(ops[group.End - 1]); // ET
        return result;
    }

    /// <summary>Splits a show operation after <paramref name="glyphs"/> glyphs into two that paint the same.</summary>
    private static (ContentOperation First, ContentOperation Remainder) SplitShow(ContentOperation op, int glyphs)
    {
        var bytes = glyphs * 2;
        switch (op.Operator)
        {
            case "TJ":
            {
                var items = ((PdfArray)op.Operands[0]).Items;
                var first = new PdfArray();
                var rest = new PdfArray();
                var taken = 0;
                foreach (var item in items)
                {
                    if (taken >= bytes)
                    {
                        rest.Add(item);
                        continue;
                    }
                    if (item is PdfString s)
                    {
                        var cut = Math.Min(s.Bytes.Length, bytes - taken);
                        if (cut > 0) first.Add(new PdfString(s.Bytes[..cut], s.Hex));
                        if (cut < s.Bytes.Length) rest.Add(new PdfString(s.Bytes[cut..], s.Hex));
                        taken += cut;
                    }
                    else first.Add(item);
                }
                return (new ContentOperation([first], "TJ"), new ContentOperation([rest], "TJ"));
            }
            default:
            {
                var s = (PdfString)op.Operands[^1];
                var head = new PdfString(s.Bytes[..bytes], s.Hex);
                var tail = new PdfString(s.Bytes[bytes..], s.Hex);
                // ' and " move to the next line first: keep that on the first half, show the rest with Tj.
                var firstOperands = op.Operands.Take(op.Operands.Count - 1).Append(head).ToList();
                return (new ContentOperation(firstOperands, op.Operator), new ContentOperation([tail], "Tj"));
            }
        }
    }
}
