namespace GazettePress.Publishing.Pdf;

/// <summary>
/// The decoded data of the streams a writer compressed itself, so that the preflight of the file it
/// wrote need not inflate them again. Honest by construction: a stream read back from the file is
/// taken from here only when it holds exactly the compressed bytes recorded (and a plain FlateDecode
/// filter), and inflating those bytes gives exactly the recorded data. Any other stream, a changed
/// byte, a different filter, is decoded from the file as usual.
/// </summary>
public sealed class WrittenStreams
{
    private readonly Dictionary<byte[], byte[]> decoded = new(BytesComparer.Instance);
    private readonly Lock gate = new();

    /// <summary>Sets <paramref name="stream"/>'s data to <paramref name="data"/> Flate-compressed, and remembers the pair.</summary>
    public void SetFlateData(PdfStream stream, byte[] data)
    {
        PdfFilters.SetFlateData(stream, data);
        lock (gate) decoded.TryAdd(stream.Data, data);
    }

    /// <summary>The recorded data of a stream read back from the file, or null when it is not one of them.</summary>
    public byte[]? Decoded(PdfStream stream, PdfFile file)
    {
        if (file.Resolve(stream.Dictionary["Filter"]) is not PdfName { Value: "FlateDecode" } || stream.Dictionary["DecodeParms"] is not null)
            return null;
        lock (gate) return decoded.GetValueOrDefault(stream.Data);
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public static readonly BytesComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
