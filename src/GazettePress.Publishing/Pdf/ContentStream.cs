using System.Text;

namespace GazettePress.Publishing.Pdf;

/// <summary>One content-stream operation: operands then operator (§7.8.2). <see cref="Raw"/> holds
/// the original bytes so operations we leave alone are written back exactly.</summary>
public sealed class ContentOperation(IReadOnlyList<PdfObject> operands, string op, ReadOnlyMemory<byte>? raw = null)
{
    public IReadOnlyList<PdfObject> Operands { get; } = operands;
    public string Operator { get; } = op;
    public ReadOnlyMemory<byte>? Raw { get; } = raw;

    public double Number(int index) => Operands[index] is PdfNumber n ? n.Value : 0;
    public bool AllNumbers => Operands.All(o => o is PdfNumber);

    public static ContentOperation Make(string op, params double[] numbers) =>
        new(numbers.Select(n => (PdfObject)new PdfNumber(n)).ToList(), op);
}

/// <summary>Parses and writes page content streams.</summary>
public static class ContentStream
{
    public static List<ContentOperation> Parse(byte[] data)
    {
        var operations = new List<ContentOperation>();
        var parser = new PdfParser(data) { AllowReferences = false };
        List<PdfObject> operands = [];
        parser.SkipWhitespace();
        var start = parser.Position;
        while (!parser.AtEnd)
        {
            var value = parser.ReadObject();
            if (value is not null)
            {
                operands.Add(value);
                continue;
            }
            var op = parser.ReadKeyword();
            if (op.Length == 0)
            {
                // A stray delimiter (e.g. an unmatched ']'): skip it rather than loop forever.
                parser.Position++;
                continue;
            }
            if (op == "BI")
                SkipInlineImage(parser);
            var raw = new ReadOnlyMemory<byte>(data, start, parser.Position - start);
            operations.Add(new ContentOperation(operands.Count == 0 ? [] : operands, op, raw));
            operands = [];
            parser.SkipWhitespace();
            start = parser.Position;
        }
        return operations;
    }

    private static void SkipInlineImage(PdfParser parser)
    {
        var data = parser.Data;
        var id = data.AsSpan(parser.Position).IndexOf("ID"u8);
        if (id < 0)
        {
            parser.Position = data.Length;
            return;
        }
        var p = parser.Position + id + 3;
        while (p + 2 < data.Length)
        {
            if (PdfParser.IsWhitespace(data[p]) && data[p + 1] == 'E' && data[p + 2] == 'I'
                && (p + 3 >= data.Length || PdfParser.IsWhitespace(data[p + 3])))
            {
                parser.Position = p + 3;
                return;
            }
            p++;
        }
        parser.Position = data.Length;
    }

    public static byte[] Write(IEnumerable<ContentOperation> operations)
    {
        using var output = new MemoryStream();
        foreach (var operation in operations)
        {
            if (operation.Raw is not null)
            {
                output.Write(operation.Raw.Value.Span);
            }
            else
            {
                foreach (var operand in operation.Operands)
                {
                    PdfWriter.WriteValue(output, operand);
                    output.WriteByte((byte)' ');
                }
                output.Write(Encoding.Latin1.GetBytes(operation.Operator));
            }
            output.WriteByte((byte)'\n');
        }
        return output.ToArray();
    }

    /// <summary>The decoded content of a page: its /Contents stream or array of streams, joined.
    /// Streams found in <paramref name="written"/> are not inflated again.</summary>
    public static byte[]? PageContent(PdfFile file, PdfDictionary page, WrittenStreams? written = null)
    {
        var contents = file.Resolve(page["Contents"]);
        var streams = contents switch
        {
            PdfStream s => [s],
            PdfArray a => a.Items.Select(file.Resolve).OfType<PdfStream>().ToList(),
            _ => new List<PdfStream>(),
        };
        using var output = new MemoryStream();
        foreach (var stream in streams)
        {
            var decoded = written?.Decoded(stream, file) ?? PdfFilters.Decode(stream, file);
            if (decoded is null) return null;
            output.Write(decoded);
            output.WriteByte((byte)'\n');
        }
        return output.ToArray();
    }
}
