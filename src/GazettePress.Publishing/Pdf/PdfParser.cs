using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace GazettePress.Publishing.Pdf;

/// <summary>Raised when bytes are not the PDF syntax we expect; carries the byte offset.</summary>
public sealed class PdfFormatException(string message, long offset)
    : Exception($"{message} (at byte {offset})")
{
    public long Offset { get; } = offset;
}

/// <summary>Reads PDF tokens and objects (§7.2, §7.3) from a byte buffer. Used both for file
/// objects and for the operands of content streams.</summary>
public sealed class PdfParser(byte[] data, int position = 0)
{
    private readonly byte[] data = data;

    public int Position { get; set; } = position;
    public byte[] Data => data;
    public bool AtEnd { get { SkipWhitespace(); return Position >= data.Length; } }

    /// <summary>False for content streams, which have no indirect references: saves the
    /// two-token lookahead after every integer.</summary>
    public bool AllowReferences { get; init; } = true;

    /// <summary>Used to resolve an indirect /Length while reading a stream.</summary>
    public Func<PdfReference, PdfObject?>? ResolveLength { get; init; }

    /// <summary>Told (with the stream's offset) when a stream's /Length was wrong and its end was found by searching.</summary>
    public Action<int>? OnLengthRepaired { get; init; }

    /// <summary>Arrays and dictionaries nested deeper than this are refused: real files nest a few levels, and reading recurses.</summary>
    public const int MaxNesting = 256;

    private int _nesting;

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;
    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'['
        or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhitespace()
    {
        while (Position < data.Length)
        {
            var b = data[Position];
            if (IsWhitespace(b)) Position++;
            else if (b == '%')
            {
                while (Position < data.Length && data[Position] != '\n' && data[Position] != '\r') Position++;
            }
            else break;
        }
    }

    /// <summary>Reads a bare keyword or number token (no delimiters).</summary>
    public string ReadRegularToken()
    {
        SkipWhitespace();
        var start = Position;
        while (Position < data.Length && !IsWhitespace(data[Position]) && !IsDelimiter(data[Position])) Position++;
        return Encoding.Latin1.GetString(data, start, Position - start);
    }

    public bool PeekIsDelimiterStart(out byte b)
    {
        SkipWhitespace();
        b = Position < data.Length ? data[Position] : (byte)0;
        return Position < data.Length && IsDelimiter(b);
    }

    /// <summary>Reads one object; for "n g R" returns a reference. Returns null at a keyword that is
    /// not an object (e.g. "endobj", an operator); Position is then left before that keyword.</summary>
    public PdfObject? ReadObject()
    {
        if (_nesting >= MaxNesting) throw new PdfFormatException($"objects nested more than {MaxNesting} deep", Position);
        _nesting++;
        try
        {
            return ReadObjectAtDepth();
        }
        finally
        {
            _nesting--;
        }
    }

    private PdfObject? ReadObjectAtDepth()
    {
        SkipWhitespace();
        if (Position >= data.Length) return null;
        var b = data[Position];
        switch (b)
        {
            case (byte)'/': return ReadName();
            case (byte)'(': return ReadLiteralString();
            case (byte)'[': return ReadArray();
            case (byte)'<':
                if (Position + 1 < data.Length && data[Position + 1] == '<') return ReadDictionaryOrStream();
                return ReadHexString();
            case (byte)']' or (byte)'>' or (byte)')' or (byte)'{' or (byte)'}':
                return null;
        }
        var start = Position;
        while (Position < data.Length && !IsWhitespace(data[Position]) && !IsDelimiter(data[Position])) Position++;
        var token = data.AsSpan(start, Position - start);
        if (token.Length == 0) throw new PdfFormatException($"unexpected byte 0x{b:X2}", Position);
        if (token.SequenceEqual("true"u8)) return PdfBoolean.True;
        if (token.SequenceEqual("false"u8)) return PdfBoolean.False;
        if (token.SequenceEqual("null"u8)) return PdfNull.Instance;
        if (!TryParseNumber(token, out var number))
        {
            Position = start;
            return null;
        }
        // A non-negative integer may start "n g R".
        if (AllowReferences && IsUnsignedInteger(token))
        {
            var afterFirst = Position;
            var second = ReadRegularToken();
            if (IsUnsignedInteger(second))
            {
                var third = ReadRegularToken();
                if (third == "R")
                    return new PdfReference((int)number, int.Parse(second, CultureInfo.InvariantCulture));
            }
            Position = afterFirst;
        }
        return new PdfNumber(number);
    }

    /// <summary>The operator keyword at the current position (after whitespace); the operators of
    /// §A.2 are shared strings, so content parsing does not allocate per operator (and, read-only,
    /// the table needs no lock when pages are parsed side by side).</summary>
    public string ReadKeyword()
    {
        SkipWhitespace();
        var start = Position;
        while (Position < data.Length && !IsWhitespace(data[Position]) && !IsDelimiter(data[Position])) Position++;
        var span = data.AsSpan(start, Position - start);
        if (span.Length is > 0 and <= 3 && Operators.TryGetValue(KeywordKey(span), out var known)) return known;
        return Encoding.Latin1.GetString(span);
    }

    private static int KeywordKey(ReadOnlySpan<byte> span)
    {
        var key = 0;
        foreach (var c in span) key = key << 8 | c;
        return key;
    }

    private static readonly FrozenDictionary<int, string> Operators =
        new[]
        {
            "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC", "ET",
            "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re", "RG",
            "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw",
            "Tz", "v", "w", "W", "W*", "y", "'", "\"",
        }.ToFrozenDictionary(op => KeywordKey(Encoding.Latin1.GetBytes(op)));

    private static bool IsUnsignedInteger(ReadOnlySpan<byte> token)
    {
        if (token.Length is 0 or >= 10) return false;
        foreach (var c in token)
            if (c is < (byte)'0' or > (byte)'9') return false;
        return true;
    }

    public static bool TryParseNumber(ReadOnlySpan<byte> token, out double value)
    {
        value = 0;
        if (token.Length == 0) return false;
        foreach (var c in token)
            if (!(c is >= (byte)'0' and <= (byte)'9' || c is (byte)'.' or (byte)'-' or (byte)'+')) return false;
        // Fast path for plain decimals, the bulk of content streams.
        var negative = false;
        var i = 0;
        if (token[0] is (byte)'-' or (byte)'+')
        {
            negative = token[0] == '-';
            i = 1;
        }
        long whole = 0;
        long fraction = 0;
        long scale = 1;
        var seenPoint = false;
        var digits = 0;
        for (; i < token.Length; i++)
        {
            var c = token[i];
            if (c == '.')
            {
                if (seenPoint) return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
                seenPoint = true;
                continue;
            }
            if (c is < (byte)'0' or > (byte)'9' || ++digits > 17)
                return double.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
            if (seenPoint)
            {
                fraction = fraction * 10 + (c - '0');
                scale *= 10;
            }
            else whole = whole * 10 + (c - '0');
        }
        if (digits == 0) return false;
        value = whole + (double)fraction / scale;
        if (negative) value = -value;
        return true;
    }

    private static bool IsUnsignedInteger(string token) => token.Length is > 0 and < 10 && token.All(char.IsAsciiDigit);

    private PdfName ReadName()
    {
        Position++; // '/'
        var start = Position;
        while (Position < data.Length && !IsWhitespace(data[Position]) && !IsDelimiter(data[Position])) Position++;
        var token = data.AsSpan(start, Position - start);
        if (!token.Contains((byte)'#')) return new PdfName(Encoding.Latin1.GetString(token));
        // #xx is one byte (§7.3.5); a '#' not followed by two hex digits stays as it is.
        var bytes = new List<byte>(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '#' && i + 2 < token.Length && IsHex(token[i + 1]) && IsHex(token[i + 2]))
            {
                bytes.Add((byte)(HexValue(token[i + 1]) * 16 + HexValue(token[i + 2])));
                i += 2;
            }
            else bytes.Add(token[i]);
        }
        return new PdfName(Encoding.Latin1.GetString(bytes.ToArray()));
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private PdfString ReadLiteralString()
    {
        var start = Position;
        Position++; // '('
        // Most strings (a glyph or two of page text) have no escape and no nested parenthesis: one copy.
        var plain = data.AsSpan(Position).IndexOfAny((byte)')', (byte)'(', (byte)'\\');
        if (plain >= 0 && data[Position + plain] == ')')
        {
            var text = data.AsSpan(Position, plain).ToArray();
            Position += plain + 1;
            return new PdfString(text);
        }
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            if (Position >= data.Length) throw new PdfFormatException("unterminated string", start);
            var c = data[Position++];
            if (c == '\\')
            {
                if (Position >= data.Length) break;
                var e = data[Position++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); break;
                    case (byte)'r': bytes.Add(13); break;
                    case (byte)'t': bytes.Add(9); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r':
                        if (Position < data.Length && data[Position] == '\n') Position++;
                        break;
                    case (byte)'\n': break;
                    case >= (byte)'0' and <= (byte)'7':
                        var value = e - '0';
                        for (var i = 0; i < 2 && Position < data.Length && data[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                            value = value * 8 + (data[Position++] - '0');
                        bytes.Add((byte)value);
                        break;
                    default: bytes.Add(e); break;
                }
            }
            else if (c == '(')
            {
                depth++;
                bytes.Add(c);
            }
            else if (c == ')')
            {
                if (--depth == 0) break;
                bytes.Add(c);
            }
            else bytes.Add(c);
        }
        return new PdfString(bytes.ToArray());
    }

    private PdfString ReadHexString()
    {
        var start = Position;
        Position++; // '<'
        // First the digits are counted (and checked), then decoded into an array of the right size.
        var digits = 0;
        var end = Position;
        while (true)
        {
            if (end >= data.Length) throw new PdfFormatException("unterminated hex string", start);
            var c = data[end++];
            if (c == '>') break;
            if (IsWhitespace(c)) continue;
            if (!IsHex(c)) throw new PdfFormatException("bad hex digit in string", end - 1);
            digits++;
        }
        var bytes = new byte[(digits + 1) / 2];
        var n = 0;
        for (var p = Position; p < end - 1; p++)
        {
            var c = data[p];
            if (IsWhitespace(c)) continue;
            if (n % 2 == 0) bytes[n / 2] = (byte)(HexValue(c) << 4);
            else bytes[n / 2] |= (byte)HexValue(c);
            n++;
        }
        Position = end;
        return new PdfString(bytes, hex: true);
    }

    private PdfArray ReadArray()
    {
        var start = Position;
        Position++; // '['
        var array = new PdfArray();
        while (true)
        {
            SkipWhitespace();
            if (Position >= data.Length) throw new PdfFormatException("unterminated array", start);
            if (data[Position] == ']')
            {
                Position++;
                return array;
            }
            var item = ReadObject() ?? throw new PdfFormatException("unexpected token in array", Position);
            array.Add(item);
        }
    }

    private PdfObject ReadDictionaryOrStream()
    {
        var start = Position;
        Position += 2; // '<<'
        var dictionary = new PdfDictionary();
        while (true)
        {
            SkipWhitespace();
            if (Position + 1 >= data.Length) throw new PdfFormatException("unterminated dictionary", start);
            if (data[Position] == '>' && data[Position + 1] == '>')
            {
                Position += 2;
                break;
            }
            if (data[Position] != '/') throw new PdfFormatException("dictionary key is not a name", Position);
            var key = ReadName();
            var value = ReadObject() ?? throw new PdfFormatException($"missing value for /{key.Value}", Position);
            dictionary[key.Value] = value;
        }
        var afterDictionary = Position;
        if (ReadRegularToken() != "stream")
        {
            Position = afterDictionary;
            return dictionary;
        }
        if (Position < data.Length && data[Position] == '\r') Position++;
        if (Position < data.Length && data[Position] == '\n') Position++;
        var dataStart = Position;
        var length = dictionary["Length"] switch
        {
            PdfNumber n => n.IntValue,
            PdfReference r when ResolveLength?.Invoke(r) is PdfNumber n => n.IntValue,
            _ => -1,
        };
        if (length < 0 || (long)dataStart + length > data.Length || !EndstreamFollows(dataStart + length))
        {
            length = FindEndstream(dataStart) - dataStart;
            OnLengthRepaired?.Invoke(start);
        }
        var bytes = data.AsSpan(dataStart, length).ToArray();
        Position = dataStart + length;
        SkipWhitespace();
        if (ReadRegularToken() != "endstream") throw new PdfFormatException("missing endstream", Position);
        return new PdfStream(dictionary, bytes);
    }

    private bool EndstreamFollows(int at)
    {
        var p = at;
        while (p < data.Length && IsWhitespace(data[p])) p++;
        return p + 9 <= data.Length && data.AsSpan(p, 9).SequenceEqual("endstream"u8);
    }

    private int FindEndstream(int from)
    {
        var index = data.AsSpan(from).IndexOf("endstream"u8);
        if (index < 0) throw new PdfFormatException("missing endstream", from);
        var end = from + index;
        // The EOL before "endstream" is not part of the data.
        if (end > from && data[end - 1] == '\n') end--;
        if (end > from && data[end - 1] == '\r') end--;
        return end;
    }
}
