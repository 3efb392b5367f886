using System.Globalization;
using System.Text;

namespace GazettePress.Publishing.Pdf;

/// <summary>One value of the PDF object model (ISO 32000-1 §7.3). Mutable on purpose: the
/// finishers load Skia's file, change a few objects and write a fresh file.</summary>
public abstract class PdfObject
{
}

public sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();
    private PdfNull() { }
}

public sealed class PdfBoolean(bool value) : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);
    public bool Value { get; } = value;
}

public sealed class PdfNumber(double value) : PdfObject
{
    public double Value { get; } = value;
    public int IntValue => (int)Math.Round(Value);

    /// <summary>Plain decimal form: PDF has no exponent notation.</summary>
    public static string Format(double value)
    {
        if (Math.Abs(value - Math.Round(value)) < 1e-9 && Math.Abs(value) < 1e15)
            return ((long)Math.Round(value)).ToString(CultureInfo.InvariantCulture);
        var text = value.ToString("0.######", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    public override string ToString() => Format(Value);
}

public sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;
    public override string ToString() => "/" + Value;
    public override bool Equals(object? obj) => obj is PdfName other && other.Value == Value;
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
}

public sealed class PdfString(byte[] bytes, bool hex = false) : PdfObject
{
    public byte[] Bytes { get; } = bytes;
    public bool Hex { get; } = hex;

    /// <summary>A text string (§7.9.2.2): UTF-16BE with byte order mark unless plain ASCII.</summary>
    public static PdfString FromText(string text)
    {
        if (text.All(c => c >= 0x20 && c < 0x7F))
            return new PdfString(Encoding.ASCII.GetBytes(text));
        var body = Encoding.BigEndianUnicode.GetBytes(text);
        var bytes = new byte[body.Length + 2];
        bytes[0] = 0xFE;
        bytes[1] = 0xFF;
        body.CopyTo(bytes, 2);
        return new PdfString(bytes, hex: true);
    }

    public string ToText()
    {
        if (Bytes.Length >= 2 && Bytes[0] == 0xFE && Bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2);
        return Encoding.Latin1.GetString(Bytes);
    }
}

public sealed class PdfArray : PdfObject
{
    public PdfArray() { }
    public PdfArray(IEnumerable<PdfObject> items) => Items.AddRange(items);
    public List<PdfObject> Items { get; } = [];
    public int Count => Items.Count;
    public PdfObject this[int index] { get => Items[index]; set => Items[index] = value; }
    public void Add(PdfObject item) => Items.Add(item);

    public static PdfArray OfNumbers(params double[] values) => new(values.Select(v => (PdfObject)new PdfNumber(v)));
}

/// <summary>A dictionary that keeps its keys in insertion order so output is stable.</summary>
public class PdfDictionary : PdfObject
{
    private readonly List<string> order = [];
    private readonly Dictionary<string, PdfObject> values = new(StringComparer.Ordinal);

    public IEnumerable<string> Keys => order;
    public int Count => order.Count;

    public PdfObject? this[string key]
    {
        get => values.GetValueOrDefault(key);
        set
        {
            if (value is null)
            {
                Remove(key);
                return;
            }
            if (!values.ContainsKey(key))
                order.Add(key);
            values[key] = value;
        }
    }

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public void Remove(string key)
    {
        if (values.Remove(key))
            order.Remove(key);
    }

    public IEnumerable<KeyValuePair<string, PdfObject>> Entries => order.Select(k => new KeyValuePair<string, PdfObject>(k, values[k]));
}

/// <summary>A stream: its dictionary plus the data exactly as stored (still encoded).</summary>
public sealed class PdfStream : PdfObject
{
    public PdfStream(PdfDictionary dictionary, byte[] data)
    {
        Dictionary = dictionary;
        Data = data;
    }

    public PdfDictionary Dictionary { get; }
    public byte[] Data { get; set; }
}

public sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;
    public int Generation { get; } = generation;
    public override bool Equals(object? obj) => obj is PdfReference r && r.Number == Number && r.Generation == Generation;
    public override int GetHashCode() => HashCode.Combine(Number, Generation);
    public override string ToString() => $"{Number} {Generation} R";
}
