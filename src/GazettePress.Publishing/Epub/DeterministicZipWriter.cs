using System.IO.Compression;
using System.Text;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// Writes a ZIP archive whose bytes depend only on the entries given: entries in the order added,
/// one fixed timestamp, no extra fields, no data descriptors. Written by hand because
/// <see cref="ZipArchive"/> does not promise what it puts in headers, and the EPUB rules for
/// <c>mimetype</c> (first, stored, no extra field) must hold exactly.
/// </summary>
internal sealed class DeterministicZipWriter
{
    private readonly Stream _output;
    private readonly ushort _dosTime;
    private readonly ushort _dosDate;
    private readonly List<CentralRecord> _written = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private bool _finished;

    private sealed record CentralRecord(byte[] Name, bool Utf8Name, ushort Method, uint Crc, uint CompressedSize, uint Size, uint Offset);

    public DeterministicZipWriter(Stream output, DateOnly timestamp)
    {
        if (timestamp.Year < 1980 || timestamp.Year > 2107)
            throw new ArgumentOutOfRangeException(nameof(timestamp), "ZIP dates run from 1980 to 2107.");
        _output = output;
        _dosTime = 0; // midnight
        _dosDate = (ushort)(((timestamp.Year - 1980) << 9) | (timestamp.Month << 5) | timestamp.Day);
    }

    public void AddStored(string name, byte[] content) => Add(name, content, compress: false);

    public void AddDeflated(string name, byte[] content) => Add(name, content, compress: true);

    private void Add(string name, byte[] content, bool compress)
    {
        if (_finished) throw new InvalidOperationException("The archive is already finished.");
        if (!_names.Add(name)) throw new InvalidOperationException($"Duplicate ZIP entry '{name}'.");

        var nameBytes = Encoding.UTF8.GetBytes(name);
        var utf8Name = nameBytes.Length != name.Length;
        var crc = Crc32.Compute(content);
        var data = compress ? Deflate(content) : content;
        ushort method = compress ? (ushort)8 : (ushort)0;
        var offset = checked((uint)_output.Position);

        var header = new BinaryWriter(_output, Encoding.UTF8, leaveOpen: true);
        header.Write(0x04034b50u);
        header.Write(VersionNeeded(compress));
        header.Write(Flags(utf8Name));
        header.Write(method);
        header.Write(_dosTime);
        header.Write(_dosDate);
        header.Write(crc);
        header.Write(checked((uint)data.Length));
        header.Write(checked((uint)content.Length));
        header.Write(checked((ushort)nameBytes.Length));
        header.Write((ushort)0); // no extra field
        header.Write(nameBytes);
        header.Write(data);
        header.Flush();

        _written.Add(new CentralRecord(nameBytes, utf8Name, method, crc, (uint)data.Length, (uint)content.Length, offset));
    }

    /// <summary>Writes the central directory. The stream is left open.</summary>
    public void Finish()
    {
        if (_finished) return;
        _finished = true;
        var start = checked((uint)_output.Position);
        var w = new BinaryWriter(_output, Encoding.UTF8, leaveOpen: true);
        foreach (var r in _written)
        {
            var compressed = r.Method == 8;
            w.Write(0x02014b50u);
            w.Write((ushort)20); // made by: MS-DOS attributes, spec 2.0
            w.Write(VersionNeeded(compressed));
            w.Write(Flags(r.Utf8Name));
            w.Write(r.Method);
            w.Write(_dosTime);
            w.Write(_dosDate);
            w.Write(r.Crc);
            w.Write(r.CompressedSize);
            w.Write(r.Size);
            w.Write(checked((ushort)r.Name.Length));
            w.Write((ushort)0); // extra
            w.Write((ushort)0); // comment
            w.Write((ushort)0); // disk
            w.Write((ushort)0); // internal attributes
            w.Write(0u);        // external attributes
            w.Write(r.Offset);
            w.Write(r.Name);
        }
        var size = checked((uint)_output.Position - start);
        w.Write(0x06054b50u);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write(checked((ushort)_written.Count));
        w.Write(checked((ushort)_written.Count));
        w.Write(size);
        w.Write(start);
        w.Write((ushort)0); // comment length
        w.Flush();
    }

    private static ushort VersionNeeded(bool compressed) => compressed ? (ushort)20 : (ushort)10;

    // Bit 11: the name is UTF-8. Only set when needed so ASCII names look like every other zip.
    private static ushort Flags(bool utf8Name) => utf8Name ? (ushort)0x0800 : (ushort)0;

    private static byte[] Deflate(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(content);
        return buffer.ToArray();
    }
}

/// <summary>CRC-32 (IEEE 802.3, the ZIP checksum).</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
