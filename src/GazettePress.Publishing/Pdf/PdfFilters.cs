using System.IO.Compression;

namespace GazettePress.Publishing.Pdf;

/// <summary>Stream filters we need: Flate (with PNG predictors, used by xref streams) both ways.</summary>
public static class PdfFilters
{
    /// <summary>Decoded stream data, or null when a filter other than Flate is applied (e.g. DCT).</summary>
    public static byte[]? Decode(PdfStream stream, PdfFile? file = null)
    {
        var filter = file?.Resolve(stream.Dictionary["Filter"]) ?? stream.Dictionary["Filter"];
        var names = filter switch
        {
            null => [],
            PdfName n => [n.Value],
            PdfArray a => a.Items.Select(i => (file?.Resolve(i) ?? i) is PdfName n ? n.Value : "?").ToList(),
            _ => new List<string> { "?" },
        };
        if (names.Count == 0) return stream.Data;
        if (names.Count != 1 || names[0] is not ("FlateDecode" or "Fl")) return null;
        var inflated = Inflate(stream.Data);
        var parms = (file?.Resolve(stream.Dictionary["DecodeParms"]) ?? stream.Dictionary["DecodeParms"]) switch
        {
            PdfDictionary d => d,
            PdfArray { Count: 1 } a => (file?.Resolve(a[0]) ?? a[0]) as PdfDictionary,
            _ => null,
        };
        if (parms?["Predictor"] is PdfNumber { IntValue: >= 10 })
        {
            var columns = parms["Columns"] is PdfNumber { Value: >= 1 and <= 1 << 20 } c ? c.IntValue : 1;
            var colors = parms["Colors"] is PdfNumber { Value: >= 1 and <= 32 } k ? k.IntValue : 1;
            var bits = parms["BitsPerComponent"] is PdfNumber { Value: >= 1 and <= 16 } b ? b.IntValue : 8;
            inflated = UndoPngPredictor(inflated, (columns * colors * bits + 7) / 8, Math.Max(1, colors * bits / 8));
        }
        return inflated;
    }

    /// <summary>No stream of a print file decodes to more (a 600 dpi A4 CMYK picture is 140 MB); a bigger one is a decompression bomb.</summary>
    public const int MaxDecodedBytes = 256 << 20;

    public static byte[] Inflate(byte[] data)
    {
        using var input = new MemoryStream(data);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > MaxDecodedBytes)
                    throw new PdfFormatException($"a stream decompresses to more than {MaxDecodedBytes >> 20} MB", 0);
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A truncated stream still yields what was decoded before the damage, as viewers do.
        }
        return output.ToArray();
    }

    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return output.ToArray();
    }

    /// <summary>Sets the stream's data Flate-compressed, dropping any earlier filter.</summary>
    public static void SetFlateData(PdfStream stream, ReadOnlySpan<byte> decoded)
    {
        stream.Data = Deflate(decoded);
        stream.Dictionary["Filter"] = new PdfName("FlateDecode");
        stream.Dictionary.Remove("DecodeParms");
        stream.Dictionary.Remove("DL");
    }

    private static byte[] UndoPngPredictor(byte[] data, int rowLength, int bytesPerPixel)
    {
        var output = new List<byte>(data.Length);
        var previous = new byte[rowLength];
        var row = new byte[rowLength];
        for (var at = 0; at + 1 + rowLength <= data.Length; at += rowLength + 1)
        {
            var type = data[at];
            for (var i = 0; i < rowLength; i++)
            {
                int raw = data[at + 1 + i];
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                int up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] = (byte)(type switch
                {
                    1 => raw + left,
                    2 => raw + up,
                    3 => raw + (left + up) / 2,
                    4 => raw + Paeth(left, up, upLeft),
                    _ => raw,
                });
            }
            output.AddRange(row);
            (previous, row) = (row, previous);
        }
        return output.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
