using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GazettePress.Publishing.Pdf;

/// <summary>Writes a <see cref="PdfFile"/> as a new, self-contained file: only objects reachable
/// from the trailer, renumbered in the order they are reached, one classic xref table, and a
/// document /ID computed from the bytes written, so the same objects always give the same file.</summary>
public static class PdfWriter
{
    public static byte[] Write(PdfFile file)
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

        var trailer = new PdfDictionary();
        foreach (var (key, value) in file.Trailer.Entries)
            if (key is "Root" or "Info")
                trailer[key] = value;
        Discover(trailer);
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

        var output = new MemoryStream();
        WriteAscii(output, $"%PDF-{file.Version}\n%");
        output.Write([0xE2, 0xE3, 0xCF, 0xD3, 0x0A]);
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
        trailer = new PdfDictionary { ["Size"] = new PdfNumber(order.Count + 1) };
        foreach (var (key, value) in file.Trailer.Entries)
            if (key is "Root" or "Info")
                trailer[key] = value;
        trailer["ID"] = new PdfArray([new PdfString(id, hex: true), new PdfString(id, hex: true)]);
        WriteAscii(output, "trailer\n");
        WriteValue(output, trailer, numbering);
        WriteAscii(output, $"\nstartxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
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
