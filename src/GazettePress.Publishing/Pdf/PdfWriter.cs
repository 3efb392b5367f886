using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GazettePress.Publishing.Pdf;

/// <summary>How the objects of a written file are stored.</summary>
public enum PdfStorage
{
    /// <summary>Every object on its own, one classic xref table (PDF 1.3 and later; the print edition, PDF/X-1a).</summary>
    ClassicXref,
    /// <summary>Streams on their own, every other object compressed inside object streams, a
    /// cross-reference stream (PDF 1.5 and later; the screen edition).</summary>
    ObjectStreams,
}

/// <summary>Writes a <see cref="PdfFile"/> as a new, self-contained file: only objects reachable
/// from the trailer, renumbered in the order they are reached, and a document /ID computed from the
/// bytes written, so the same objects always give the same file.</summary>
public static class PdfWriter
{
    /// <summary>Objects per object stream: enough for Flate to find the repetitions of many small
    /// dictionaries (structure elements), few enough that a reader decodes little for one object.</summary>
    private const int ObjectsPerStream = 200;

    public static byte[] Write(PdfFile file) => Write(file, PdfStorage.ClassicXref);

    public static byte[] Write(PdfFile file, PdfStorage storage)
    {
        var (order, numbering) = Reachable(file);
        return storage == PdfStorage.ObjectStreams ? WriteWithObjectStreams(file, order, numbering) : WriteClassic(file, order, numbering);
    }

    /// <summary>The objects reachable from the trailer's /Root and /Info, breadth first; object i of
    /// the list becomes number i + 1 (dangling references map to 0 and are written as null).</summary>
    private static (List<PdfObject> Order, Dictionary<int, int> Numbering) Reachable(PdfFile file)
    {
        var numbering = new Dictionary<int, int>();
        var order = new List<PdfObject>();
        var queue = new Queue<PdfReference>();

        void Discover(PdfObject? value)
        {
            switch (value)
            {
                case PdfReference r:
                    if (!numbering.ContainsKey(r.Number))
                    {
                        numbering[r.Number] = -1;
                        queue.Enqueue(r);
                    }
                    break;
                case PdfArray a:
                    foreach (var item in a.Items) Discover(item);
                    break;
                case PdfStream s:
                    Discover(s.Dictionary);
                    break;
                case PdfDictionary d:
                    foreach (var (_, item) in d.Entries) Discover(item);
                    break;
            }
        }

        Discover(TrailerEntries(file));
        while (queue.Count > 0)
        {
            var reference = queue.Dequeue();
            var value = file.Get(reference.Number);
            if (value is null)
            {
                numbering[reference.Number] = 0; // dangling: written as null
                continue;
            }
            order.Add(value);
            numbering[reference.Number] = order.Count;
            Discover(value);
        }
        return (order, numbering);
    }

    private static PdfDictionary TrailerEntries(PdfFile file)
    {
        var trailer = new PdfDictionary();
        foreach (var (key, value) in file.Trailer.Entries)
            if (key is "Root" or "Info")
                trailer[key] = value;
        return trailer;
    }

    private static MemoryStream Header(PdfFile file)
    {
        var output = new MemoryStream();
        WriteAscii(output, $"%PDF-{file.Version}\n%");
        output.Write([0xE2, 0xE3, 0xCF, 0xD3, 0x0A]);
        return output;
    }

    private static byte[] WriteClassic(PdfFile file, List<PdfObject> order, Dictionary<int, int> numbering)
    {
        var output = Header(file);
        var offsets = new long[order.Count + 1];
        for (var i = 0; i < order.Count; i++)
        {
            offsets[i + 1] = output.Position;
            WriteAscii(output, $"{i + 1} 0 obj\n");
            WriteValue(output, order[i], numbering);
            WriteAscii(output, "\nendobj\n");
        }
        var id = MD5.HashData(output.GetBuffer().AsSpan(0, (int)output.Length));
        var xrefOffset = output.Position;
        var xref = new StringBuilder();
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {order.Count + 1}\n0000000000 65535 f\r\n");
        for (var i = 1; i <= order.Count; i++)
            xref.Append(CultureInfo.InvariantCulture, $"{offsets[i]:D10} 00000 n\r\n");
        WriteAscii(output, xref.ToString());
        var trailer = new PdfDictionary { ["Size"] = new PdfNumber(order.Count + 1) };
        foreach (var (key, value) in TrailerEntries(file).Entries) trailer[key] = value;
        trailer["ID"] = new PdfArray([new PdfString(id, hex: true), new PdfString(id, hex: true)]);
        WriteAscii(output, "trailer\n");
        WriteValue(output, trailer, numbering);
        WriteAscii(output, $"\nstartxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>
    /// ISO 32000-1 §7.5.7–7.5.8: streams stay top-level objects (a stream may not be inside an
    /// object stream); every other object goes, in number order, into Flate-compressed object
    /// streams of <see cref="ObjectsPerStream"/> objects; a cross-reference stream (which also
    /// carries the trailer's entries) ends the file.
    /// </summary>
    private static byte[] WriteWithObjectStreams(PdfFile file, List<PdfObject> order, Dictionary<int, int> numbering)
    {
        var output = Header(file);
        var count = order.Count;
        // Per object number: (1, offset, 0) written directly, (2, object stream, index) compressed.
        var entries = new (int Type, long Field2, int Field3)[count + 1];
        var packed = Enumerable.Range(1, count).Where(n => order[n - 1] is not PdfStream).ToList();
        var streamCount = (packed.Count + ObjectsPerStream - 1) / ObjectsPerStream;
        var total = count + streamCount + 1; // objects, object streams, the xref stream
        Array.Resize(ref entries, total + 1);

        for (var n = 1; n <= count; n++)
        {
            if (order[n - 1] is not PdfStream) continue;
            entries[n] = (1, output.Position, 0);
            WriteAscii(output, $"{n} 0 obj\n");
            WriteValue(output, order[n - 1], numbering);
            WriteAscii(output, "\nendobj\n");
        }
        for (var s = 0; s < streamCount; s++)
        {
            var number = count + 1 + s;
            var members = packed.Skip(s * ObjectsPerStream).Take(ObjectsPerStream).ToList();
            var body = new MemoryStream();
            var header = new StringBuilder();
            for (var k = 0; k < members.Count; k++)
            {
                if (k > 0) body.WriteByte((byte)'\n');
                header.Append(CultureInfo.InvariantCulture, $"{members[k]} {body.Position} ");
                WriteValue(body, order[members[k] - 1], numbering);
                entries[members[k]] = (2, number, k);
            }
            var headerBytes = Encoding.ASCII.GetBytes(header.ToString());
            var data = new byte[headerBytes.Length + body.Length];
            headerBytes.CopyTo(data, 0);
            body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(data.AsSpan(headerBytes.Length));
            var objectStream = new PdfStream(new PdfDictionary
            {
                ["Type"] = new PdfName("ObjStm"), ["N"] = new PdfNumber(members.Count), ["First"] = new PdfNumber(headerBytes.Length),
                ["Filter"] = new PdfName("FlateDecode"),
            }, PdfFilters.Deflate(data));
            entries[number] = (1, output.Position, 0);
            WriteAscii(output, $"{number} 0 obj\n");
            WriteValue(output, objectStream, numbering);
            WriteAscii(output, "\nendobj\n");
        }

        var id = MD5.HashData(output.GetBuffer().AsSpan(0, (int)output.Length));
        var xrefOffset = output.Position;
        entries[total] = (1, xrefOffset, 0);
        var width2 = BytesFor(Math.Max(xrefOffset, total));
        const int width3 = 2; // generation 65535 of the free head, object indexes below 65536
        // Rows with the PNG Up predictor (a filter byte, then each byte minus the one above): the
        // entries change little from row to row, so Flate packs them well.
        var columns = 1 + width2 + width3;
        var table = new byte[(total + 1) * (columns + 1)];
        var previous = new byte[columns];
        var row = new byte[columns];
        for (var n = 0; n <= total; n++)
        {
            var (type, field2, field3) = n == 0 ? (0, 0L, 65535) : entries[n];
            var at = 0;
            row[at++] = (byte)type;
            for (var b = width2 - 1; b >= 0; b--) row[at++] = (byte)(field2 >> (8 * b));
            row[at++] = (byte)(field3 >> 8);
            row[at] = (byte)field3;
            var start = n * (columns + 1);
            table[start] = 2; // Up
            for (var k = 0; k < columns; k++) table[start + 1 + k] = (byte)(row[k] - previous[k]);
            (previous, row) = (row, previous);
        }
        var xrefDictionary = new PdfDictionary
        {
            ["Type"] = new PdfName("XRef"), ["Size"] = new PdfNumber(total + 1),
            ["W"] = PdfArray.OfNumbers(1, width2, width3), ["Filter"] = new PdfName("FlateDecode"),
            ["DecodeParms"] = new PdfDictionary { ["Columns"] = new PdfNumber(columns), ["Predictor"] = new PdfNumber(12) },
        };
        foreach (var (key, value) in TrailerEntries(file).Entries) xrefDictionary[key] = value;
        xrefDictionary["ID"] = new PdfArray([new PdfString(id, hex: true), new PdfString(id, hex: true)]);
        WriteAscii(output, $"{total} 0 obj\n");
        WriteValue(output, new PdfStream(xrefDictionary, PdfFilters.Deflate(table)), numbering);
        WriteAscii(output, $"\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
    }

    private static int BytesFor(long value)
    {
        var bytes = 1;
        while (value >= 1L << (8 * bytes)) bytes++;
        return bytes;
    }

    private static void WriteAscii(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));

    /// <summary>Serialises one value; references are renumbered through <paramref name="numbering"/>
    /// (null numbering keeps them as they are, for content-stream operands).</summary>
    public static void WriteValue(Stream output, PdfObject value, Dictionary<int, int>? numbering = null)
    {
        switch (value)
        {
            case PdfNull:
                WriteAscii(output, "null");
                break;
            case PdfBoolean b:
                WriteAscii(output, b.Value ? "true" : "false");
                break;
            case PdfNumber n:
                WriteAscii(output, n.ToString());
                break;
            case PdfName name:
                WriteName(output, name.Value);
                break;
            case PdfString s:
                WriteString(output, s);
                break;
            case PdfReference r:
                if (numbering is null) WriteAscii(output, r.ToString());
                else if (numbering.TryGetValue(r.Number, out var renumbered) && renumbered > 0) WriteAscii(output, $"{renumbered} 0 R");
                else WriteAscii(output, "null");
                break;
            case PdfArray a:
                output.WriteByte((byte)'[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) output.WriteByte((byte)' ');
                    WriteValue(output, a[i], numbering);
                }
                output.WriteByte((byte)']');
                break;
            case PdfStream s:
                s.Dictionary["Length"] = new PdfNumber(s.Data.Length);
                WriteValue(output, s.Dictionary, numbering);
                WriteAscii(output, "\nstream\n");
                output.Write(s.Data);
                WriteAscii(output, "\nendstream");
                break;
            case PdfDictionary d:
                WriteAscii(output, "<<");
                var first = true;
                foreach (var (key, item) in d.Entries)
                {
                    if (!first) output.WriteByte((byte)' ');
                    first = false;
                    WriteName(output, key);
                    output.WriteByte((byte)' ');
                    WriteValue(output, item, numbering);
                }
                WriteAscii(output, ">>");
                break;
        }
    }

    public static byte[] Serialize(PdfObject value)
    {
        using var output = new MemoryStream();
        WriteValue(output, value);
        return output.ToArray();
    }

    private static void WriteName(Stream output, string name)
    {
        output.WriteByte((byte)'/');
        foreach (var b in Encoding.Latin1.GetBytes(name))
        {
            if (b < 0x21 || b > 0x7E || b == '#' || PdfParser.IsDelimiter(b))
                WriteAscii(output, $"#{b:X2}");
            else
                output.WriteByte(b);
        }
    }

    private static void WriteString(Stream output, PdfString s)
    {
        if (s.Hex)
        {
            output.WriteByte((byte)'<');
            WriteAscii(output, Convert.ToHexString(s.Bytes));
            output.WriteByte((byte)'>');
            return;
        }
        output.WriteByte((byte)'(');
        foreach (var b in s.Bytes)
        {
            switch (b)
            {
                case (byte)'(' or (byte)')' or (byte)'\\':
                    output.WriteByte((byte)'\\');
                    output.WriteByte(b);
                    break;
                case 10: WriteAscii(output, "\\n"); break;
                case 13: WriteAscii(output, "\\r"); break;
                default: output.WriteByte(b); break;
            }
        }
        output.WriteByte((byte)')');
    }
}
