using System.Buffers;
using System.Text;
using System.Text.Unicode;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>Reads a content file as UTF-8, reporting the first invalid byte with its line and column.</summary>
internal static class SourceText
{
    public static string Decode(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var content = bytes.AsSpan(start);
        var invalidAt = FindInvalidByte(content);
        if (invalidAt >= 0)
        {
            var offset = start + invalidAt;
            var (line, column) = LineAndColumn(bytes, start, offset);
            diagnostics.Add(Diagnostic.Create(ContentMessages.InvalidUtf8, new SourceLocation(file, line, column),
                ("byte", bytes[offset].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)), ("offset", offset)));
        }
        // Decode anyway (invalid bytes become U+FFFD) so every other problem is still reported.
        return Encoding.UTF8.GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static int FindInvalidByte(ReadOnlySpan<byte> content)
    {
        var buffer = new char[Math.Min(content.Length, 8192) + 4];
        var consumed = 0;
        while (consumed < content.Length)
        {
            var status = Utf8.ToUtf16(content[consumed..], buffer, out var read, out _, replaceInvalidSequences: false);
            consumed += read;
            if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
            {
                return consumed;
            }
            if (status == OperationStatus.Done)
            {
                return -1;
            }
        }
        return -1;
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++; // count characters, not continuation bytes
            }
        }
        return (line, column);
    }
}
