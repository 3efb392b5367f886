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

    /// <summary>Whether the text object holds marked content of its own (Skia's ActualText spans).</summary>
    public static bool HasMarkedContent(IReadOnlyList<ContentOperation> ops, ContentGroup group)
    {
        for (var i = group.Start; i < group.End; i++)
            if (ops[i].Operator is "BDC" or "BMC") return true;
        return false;
    }

    /// <summary>
    /// The text object's operations with marked content inside it: part <c>k</c> covers the glyphs
    /// from <c>starts[k]</c> (the first is 0) to the next start; <paramref name="isContent"/> says
    /// whether a part is content (else an artifact). <paramref name="open"/> makes the BDC of a
    /// part, given the ActualText to carry when there is one.
    /// Skia's own ActualText spans (<c>/Span &lt;&lt;/ActualText …&gt;&gt; BDC … EMC</c> around a
    /// cluster whose glyph does not spell its characters) are not left nested inside a part's
    /// marked content: in a content part the span becomes a marked-content sequence of its own that
    /// belongs to the same element and carries the ActualText, so readers that do not follow nested
    /// marked content (poppler's structure text) still get every character. In an artifact part the
    /// span stays nested.
    /// </summary>
    public static List<ContentOperation> MarkParts(IReadOnlyList<ContentOperation> ops, ContentGroup group, IReadOnlyList<int> starts,
        Func<int, bool> isContent, Func<int, PdfString?, ContentOperation> open)
    {
        if (starts.Count == 0 || starts[0] != 0) throw new ArgumentException("the first part starts at glyph 0", nameof(starts));
        var result = new List<ContentOperation>();
        var emc = new ContentOperation([], "EMC");
        var glyph = 0;
        var part = 0;
        var isOpen = false;
        var hoisted = false; // inside a Skia span that became our own sequence
        var nested = 0;      // depth of Skia spans left nested (artifact parts)
        int NextStart() => part + 1 < starts.Count ? starts[part + 1] : int.MaxValue;
        void Close()
        {
            if (!isOpen) return;
            result.Add(emc);
            isOpen = false;
        }
        void AdvanceTo(int at)
        {
            while (NextStart() <= at)
            {
                if (hoisted || nested > 0) throw new TaggingException($"a part boundary at glyph {NextStart()} falls inside a marked-content span of the text object");
                Close();
                part++;
            }
        }
        void EnsureOpen()
        {
            if (isOpen) return;
            result.Add(open(part, null));
            isOpen = true;
        }

        result.Add(ops[group.Start]); // BT
        for (var i = group.Start + 1; i < group.End - 1; i++)
        {
            var op = ops[i];
            if (op.Operator is "BDC" or "BMC")
            {
                AdvanceTo(glyph);
                if (isContent(part) && !hoisted && nested == 0)
                {
                    Close();
                    result.Add(open(part, ActualText(op)));
                    isOpen = true;
                    hoisted = true;
                }
                else
                {
                    EnsureOpen();
                    result.Add(op);
                    nested++;
                }
                continue;
            }
            if (op.Operator == "EMC")
            {
                if (nested > 0)
                {
                    nested--;
                    result.Add(op);
                }
                else if (hoisted)
                {
                    Close();
                    hoisted = false;
                }
                else throw new TaggingException("the text object closes marked content it never opened");
                continue;
            }
            if (!IsShow(op.Operator))
            {
                result.Add(op);
                continue;
            }
            var count = GlyphCount(op);
            AdvanceTo(glyph);
            var remaining = op;
            while (NextStart() < glyph + count)
            {
                if (hoisted || nested > 0) throw new TaggingException($"a part boundary at glyph {NextStart()} falls inside a marked-content span of the text object");
                var (first, rest) = SplitShow(remaining, NextStart() - glyph);
                EnsureOpen();
                result.Add(first);
                count -= NextStart() - glyph;
                glyph = NextStart();
                AdvanceTo(glyph);
                remaining = rest;
            }
            if (count > 0)
            {
                EnsureOpen();
                result.Add(remaining);
            }
            glyph += count;
        }
        if (hoisted || nested > 0) throw new TaggingException("the text object ends inside marked content");
        Close();
        if (part != starts.Count - 1)
            throw new TaggingException($"part {part + 2} of {starts.Count} starts at glyph {starts[part + 1]}, but the text object shows {glyph} glyphs");
        result.Add(ops[group.End - 1]); // ET
        return result;
    }

    private static PdfString? ActualText(ContentOperation bdc) =>
        bdc.Operands.Count == 2 && bdc.Operands[1] is PdfDictionary properties ? properties["ActualText"] as PdfString : null;

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
