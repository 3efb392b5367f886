using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GazettePress.Publishing.Pdf;

/// <summary>A whole PDF held as objects: read with <see cref="Load"/>, changed in place, written
/// as a fresh file by <see cref="PdfWriter"/>. Reads classic xref tables (what Skia writes), xref
/// streams and object streams, and falls back to scanning for "n g obj" when the xref is damaged.</summary>
public sealed partial class PdfFile
{
    private readonly byte[] data;
    private readonly Dictionary<int, long> offsets = [];
    private readonly Dictionary<int, (int Stream, int Index)> compressed = [];
    private readonly Dictionary<int, PdfObject> objects = [];
    private int nextNumber;

    private PdfFile(byte[] data)
    {
        this.data = data;
        Trailer = new PdfDictionary();
    }

    public PdfDictionary Trailer { get; private set; }

    /// <summary>
    /// Damage the reader worked around (a cross-reference table that could not be read, a stream
    /// whose /Length was wrong): the file was read, but it is not sound, and a preflight says so.
    /// </summary>
    public List<string> Repairs { get; } = [];
    public string Version { get; set; } = "1.4";

    public PdfDictionary Catalog => Resolve(Trailer["Root"]) as PdfDictionary
        ?? throw new PdfFormatException("trailer has no /Root catalog", 0);

    public PdfDictionary Info
    {
        get
        {
            if (Resolve(Trailer["Info"]) is PdfDictionary info) return info;
            var created = new PdfDictionary();
            Trailer["Info"] = Add(created);
            return created;
        }
    }

    public static PdfFile Load(byte[] bytes)
    {
        var file = new PdfFile(bytes);
        var header = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 16));
        var match = HeaderVersion().Match(header);
        if (!match.Success) throw new PdfFormatException("not a PDF: no %PDF- header", 0);
        file.Version = match.Groups[1].Value;
        try
        {
            file.ReadXrefChain();
        }
        catch (PdfFormatException e)
        {
            file.offsets.Clear();
            file.compressed.Clear();
            file.Trailer = new PdfDictionary();
            file.Repairs.Add($"the cross-reference table cannot be read ({e.Message})");
        }
        if (file.offsets.Count == 0 || file.Trailer["Root"] is null)
        {
            if (file.Repairs.Count == 0) file.Repairs.Add("the cross-reference table lists no objects or no catalog");
            file.ScanForObjects();
        }
        file.nextNumber = file.offsets.Keys.Concat(file.compressed.Keys).DefaultIfEmpty(0).Max() + 1;
        return file;
    }

    [GeneratedRegex(@"^%PDF-(\d\.\d)")]
    private static partial Regex HeaderVersion();

    [GeneratedRegex(@"(?<![0-9])(\d+)\s+(\d+)\s+obj\b")]
    private static partial Regex ObjectHeader();

    private void ReadXrefChain()
    {
        var tail = Encoding.Latin1.GetString(data, Math.Max(0, data.Length - 1024), Math.Min(1024, data.Length));
        var at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0) throw new PdfFormatException("no startxref", data.Length);
        var parser = new PdfParser(data, data.Length - Math.Min(1024, data.Length) + at + 9);
        var offsetToken = parser.ReadRegularToken();
        if (!long.TryParse(offsetToken, NumberStyles.None, CultureInfo.InvariantCulture, out var xrefOffset))
            throw new PdfFormatException("bad startxref", parser.Position);
        var seen = new HashSet<long>();
        var trailers = new List<PdfDictionary>();
        while (xrefOffset >= 0 && xrefOffset < data.Length && seen.Add(xrefOffset))
        {
            var section = ReadXrefSection(xrefOffset);
            trailers.Add(section);
            xrefOffset = section["Prev"] is PdfNumber prev ? (long)prev.Value : -1;
        }
        // The newest section comes first; its trailer wins, older entries only fill gaps (handled in ReadXrefSection).
        var merged = new PdfDictionary();
        foreach (var t in trailers.AsEnumerable().Reverse())
            foreach (var (key, value) in t.Entries)
                if (key is not ("Prev" or "XRefStm" or "Type" or "W" or "Index" or "Filter" or "DecodeParms" or "Length"))
                    merged[key] = value;
        Trailer = merged;
    }

    private PdfDictionary ReadXrefSection(long offset)
    {
        var parser = new PdfParser(data, (int)offset);
        var start = parser.Position;
        if (parser.ReadRegularToken() != "xref")
        {
            parser.Position = start;
            return ReadXrefStream(parser);
        }
        while (true)
        {
            var before = parser.Position;
            var first = parser.ReadRegularToken();
            if (first == "trailer") break;
            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var firstNumber))
                throw new PdfFormatException("bad xref subsection", before);
            if (!int.TryParse(parser.ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                throw new PdfFormatException("bad xref subsection count", before);
            for (var i = 0; i < count; i++)
            {
                var entryAt = parser.Position;
                if (!long.TryParse(parser.ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var entryOffset))
                    throw new PdfFormatException("bad xref entry", entryAt);
                parser.ReadRegularToken(); // generation
                var kind = parser.ReadRegularToken();
                var number = firstNumber + i;
                if (kind == "n" && entryOffset > 0 && !offsets.ContainsKey(number) && !compressed.ContainsKey(number))
                    offsets[number] = entryOffset;
            }
        }
        var trailer = parser.ReadObject() as PdfDictionary ?? throw new PdfFormatException("bad trailer", parser.Position);
        if (trailer["XRefStm"] is PdfNumber xrefStm)
            ReadXrefStream(new PdfParser(data, xrefStm.IntValue));
        return trailer;
    }

    private PdfDictionary ReadXrefStream(PdfParser parser)
    {
        var at = parser.Position;
        parser.ReadRegularToken();
        parser.ReadRegularToken();
        if (parser.ReadRegularToken() != "obj") throw new PdfFormatException("xref is neither a table nor a stream", parser.Position);
        var stream = parser.ReadObject() as PdfStream ?? throw new PdfFormatException("xref stream expected", parser.Position);
        var bytes = PdfFilters.Decode(stream, this) ?? throw new PdfFormatException("xref stream filter not supported", parser.Position);
        // /W: three field widths of at most 8 bytes; /Index: pairs of first number and count (§7.5.8.2).
        var widths = Integers(stream.Dictionary["W"]) is { Length: 3 } w && w.All(x => x is >= 0 and <= 8)
            ? w : throw new PdfFormatException("xref stream has no valid /W", at);
        var rowLength = widths.Sum();
        if (rowLength == 0) throw new PdfFormatException("xref stream /W widths are all 0", at);
        var size = stream.Dictionary["Size"] is PdfNumber { Value: >= 0 and <= int.MaxValue } sz ? sz.IntValue : throw new PdfFormatException("xref stream has no valid /Size", at);
        var index = stream.Dictionary["Index"] is null ? [0, size] : Integers(stream.Dictionary["Index"]) ?? throw new PdfFormatException("xref stream has a bad /Index", at);
        if (index.Any(x => x < 0)) throw new PdfFormatException("xref stream has a bad /Index", at);
        var position = 0;
        for (var s = 0; s + 1 < index.Length; s += 2)
        {
            for (var i = 0; i < index[s + 1]; i++)
            {
                if (position + rowLength > bytes.Length) throw new PdfFormatException("xref stream is shorter than its /Index says", at);
                var fields = new long[3];
                for (var f = 0; f < 3; f++)
                {
                    long value = 0;
                    for (var k = 0; k < widths[f]; k++) value = (value << 8) | bytes[position++];
                    fields[f] = widths[f] == 0 && f == 0 ? 1 : value;
                }
                var number = index[s] + i;
                if (offsets.ContainsKey(number) || compressed.ContainsKey(number)) continue;
                if (fields[0] == 1 && fields[1] < data.Length) offsets[number] = fields[1];
                else if (fields[0] == 2 && fields[1] <= int.MaxValue && fields[2] <= int.MaxValue) compressed[number] = ((int)fields[1], (int)fields[2]);
            }
        }
        return stream.Dictionary;
    }

    /// <summary>The whole numbers of an array (e.g. /W, /Index), or null when it is not one.</summary>
    private int[]? Integers(PdfObject? value)
    {
        if (Resolve(value) is not PdfArray array) return null;
        var result = new int[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            if (Resolve(array[i]) is not PdfNumber { Value: >= int.MinValue and <= int.MaxValue } n || n.Value != Math.Floor(n.Value)) return null;
            result[i] = (int)n.Value;
        }
        return result;
    }

    private void ScanForObjects()
    {
        offsets.Clear();
        var text = Encoding.Latin1.GetString(data);
        foreach (Match m in ObjectHeader().Matches(text))
            if (int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                offsets[number] = m.Index;
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (trailerAt >= 0 && new PdfParser(data, trailerAt + 7).ReadObject() is PdfDictionary trailer)
            Trailer = trailer;
        if (Trailer["Root"] is null)
        {
            foreach (var number in offsets.Keys.Order())
                if (Get(number) is PdfDictionary d && d["Type"] is PdfName { Value: "Catalog" })
                {
                    Trailer["Root"] = new PdfReference(number, 0);
                    break;
                }
        }
        if (Trailer["Root"] is null) throw new PdfFormatException("no catalog found", 0);
    }

    /// <summary>Objects being read right now: an object whose reading needs itself (a /Length or an object stream that refers to itself) is damage, not recursion.</summary>
    private readonly HashSet<int> reading = [];

    /// <summary>The object with this number, or null when absent.</summary>
    public PdfObject? Get(int number)
    {
        if (objects.TryGetValue(number, out var cached)) return cached;
        if (!reading.Add(number)) throw new PdfFormatException($"object {number} refers to itself while it is read", 0);
        try
        {
            PdfObject? result = null;
            if (offsets.TryGetValue(number, out var offset))
            {
                if (offset < 0 || offset >= data.Length) throw new PdfFormatException($"object {number} has an offset outside the file", offset);
                var parser = new PdfParser(data, (int)offset)
                {
                    ResolveLength = r => Get(r.Number),
                    OnLengthRepaired = at => Repairs.Add($"object {number}: the stream's /Length is wrong (at byte {at})"),
                };
                parser.ReadRegularToken();
                parser.ReadRegularToken();
                if (parser.ReadRegularToken() != "obj") throw new PdfFormatException($"object {number} not found at its xref offset", offset);
                result = parser.ReadObject();
            }
            else if (compressed.TryGetValue(number, out var location))
            {
                result = ReadFromObjectStream(location.Stream, location.Index);
            }
            if (result is not null) objects[number] = result;
            return result;
        }
        finally
        {
            reading.Remove(number);
        }
    }

    private PdfObject? ReadFromObjectStream(int streamNumber, int index)
    {
        if (Get(streamNumber) is not PdfStream stream) return null;
        var bytes = PdfFilters.Decode(stream, this) ?? throw new PdfFormatException("object stream filter not supported", 0);
        var count = Resolve(stream.Dictionary["N"]) is PdfNumber { Value: >= 0 } n ? n.IntValue : throw new PdfFormatException($"object stream {streamNumber} has no valid /N", 0);
        var first = Resolve(stream.Dictionary["First"]) is PdfNumber { Value: >= 0 } f && f.Value <= bytes.Length ? f.IntValue
            : throw new PdfFormatException($"object stream {streamNumber} has no valid /First", 0);
        var header = new PdfParser(bytes);
        for (var i = 0; i < count && !header.AtEnd; i++)
        {
            header.ReadRegularToken();
            if (!int.TryParse(header.ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var relative) || first + (long)relative >= bytes.Length)
                throw new PdfFormatException($"object stream {streamNumber} has a damaged header", 0);
            if (i == index) return new PdfParser(bytes, first + relative).ReadObject();
        }
        return null;
    }

    public PdfObject? Resolve(PdfObject? value)
    {
        for (var depth = 0; value is PdfReference r && depth < 32; depth++) value = Get(r.Number);
        return value;
    }

    public PdfDictionary? ResolveDictionary(PdfObject? value) => Resolve(value) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    /// <summary>Adds a new indirect object and returns the reference to use for it.</summary>
    public PdfReference Add(PdfObject value)
    {
        var number = nextNumber++;
        objects[number] = value;
        return new PdfReference(number, 0);
    }

    /// <summary>Replaces the object behind a reference.</summary>
    public void Set(PdfReference reference, PdfObject value) => objects[reference.Number] = value;

    /// <summary>Page references in document order, walking the page tree (without recursion: a damaged tree may be deep or loop).</summary>
    public List<PdfReference> PageReferences()
    {
        var pages = new List<PdfReference>();
        var visited = new HashSet<int>();
        var pending = new Stack<PdfObject?>();
        pending.Push(Catalog["Pages"]);
        while (pending.Count > 0)
        {
            if (pending.Pop() is not PdfReference reference || !visited.Add(reference.Number)) continue;
            if (Resolve(reference) is not PdfDictionary dictionary) continue;
            if (dictionary["Kids"] is { } kids && Resolve(kids) is PdfArray array)
                for (var i = array.Count - 1; i >= 0; i--) pending.Push(array[i]);
            else if (dictionary["Type"] is PdfName { Value: "Page" } || dictionary["Contents"] is not null || dictionary["MediaBox"] is not null)
                pages.Add(reference);
        }
        return pages;
    }

    public PdfDictionary Page(PdfReference reference) => Resolve(reference) as PdfDictionary ?? throw new PdfFormatException($"page object {reference.Number} is not a dictionary", 0);

    /// <summary>A page attribute, looking up the /Parent chain for inheritable keys (§7.7.3.4).</summary>
    public PdfObject? Inherited(PdfDictionary page, string key)
    {
        var node = page;
        for (var depth = 0; node is not null && depth < 64; depth++)
        {
            if (node[key] is { } value) return Resolve(value);
            node = Resolve(node["Parent"]) as PdfDictionary;
        }
        return null;
    }

    /// <summary>Puts inherited attributes on every page and flattens the page tree to one /Pages
    /// node, so pages can be reordered, inserted and given boxes independently.</summary>
    public void FlattenPageTree(IList<PdfReference>? order = null)
    {
        var pages = order ?? PageReferences();
        var root = new PdfDictionary { ["Type"] = new PdfName("Pages") };
        var rootReference = Catalog["Pages"] as PdfReference ?? Add(root);
        foreach (var reference in pages)
        {
            var page = Page(reference);
            foreach (var key in new[] { "Resources", "MediaBox", "CropBox", "Rotate" })
                if (page[key] is null && Inherited(page, key) is { } value)
                    page[key] = value;
            page["Parent"] = rootReference;
        }
        root["Kids"] = new PdfArray(pages.Cast<PdfObject>());
        root["Count"] = new PdfNumber(pages.Count);
        Set(rootReference, root);
        Catalog["Pages"] = rootReference;
    }

    /// <summary>A page box, looking up the /Parent chain (MediaBox and CropBox are inheritable).</summary>
    public PdfRectangle? InheritedBox(PdfDictionary page, string key) =>
        Box(page, key) ?? (Inherited(page, key) is PdfArray array ? Box(new PdfDictionary { [key] = array }, key) : null);

    /// <summary>A rectangle [llx lly urx ury] read from a page box, or null.</summary>
    public PdfRectangle? Box(PdfDictionary page, string key)
    {
        if (Resolve(page[key]) is not PdfArray { Count: 4 } array) return null;
        var v = array.Items.Select(i => Resolve(i) is PdfNumber n ? n.Value : double.NaN).ToArray();
        if (v.Any(double.IsNaN)) return null;
        return new PdfRectangle(Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Max(v[0], v[2]), Math.Max(v[1], v[3]));
    }
}

/// <summary>A normalised PDF rectangle in points.</summary>
public readonly record struct PdfRectangle(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;
    public PdfArray ToArray() => PdfArray.OfNumbers(Left, Bottom, Right, Top);
    public PdfRectangle Inflate(double by) => new(Left - by, Bottom - by, Right + by, Top + by);
    public PdfRectangle Offset(double dx, double dy) => new(Left + dx, Bottom + dy, Right + dx, Top + dy);

    public bool Contains(PdfRectangle inner, double tolerance = 0.01) =>
        inner.Left >= Left - tolerance && inner.Bottom >= Bottom - tolerance
        && inner.Right <= Right + tolerance && inner.Top <= Top + tolerance;
}
