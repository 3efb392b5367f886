using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

public sealed class DeterministicZipWriterTests
{
    private static byte[] Write(Action<DeterministicZipWriter> add)
    {
        using var buffer = new MemoryStream();
        var zip = new DeterministicZipWriter(buffer, new DateOnly(2025, 12, 28));
        add(zip);
        zip.Finish();
        return buffer.ToArray();
    }

    [Fact]
    public void MimetypeComesFirstStoredWithoutExtraField()
    {
        var bytes = Write(zip =>
        {
            zip.AddStored("mimetype", Encoding.ASCII.GetBytes("application/epub+zip"));
            zip.AddDeflated("META-INF/container.xml", Encoding.UTF8.GetBytes("<container/>"));
        });

        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(6)));   // no flags, no data descriptor
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));   // stored
        Assert.Equal(8, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(26)));  // name length
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(28)));  // extra length
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(bytes, 30, 28));
    }

    [Fact]
    public void ArchiveReadsBackWithEveryEntryAtTheFixedDate()
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("晋城市人民政府公报", 200)));
        var bytes = Write(zip =>
        {
            zip.AddStored("mimetype", Encoding.ASCII.GetBytes("application/epub+zip"));
            zip.AddDeflated("EPUB/a.xhtml", content);
            zip.AddDeflated("EPUB/images/图.png", [1, 2, 3]);
        });

        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["mimetype", "EPUB/a.xhtml", "EPUB/images/图.png"], archive.Entries.Select(e => e.FullName));
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(2025, 12, 28, 0, 0, 0), e.LastWriteTime.DateTime));
        using var read = new MemoryStream();
        archive.GetEntry("EPUB/a.xhtml")!.Open().CopyTo(read);
        Assert.Equal(content, read.ToArray());
        Assert.True(archive.GetEntry("EPUB/a.xhtml")!.CompressedLength < content.Length);
    }

    [Fact]
    public void SameEntriesGiveSameBytes()
    {
        static void Add(DeterministicZipWriter zip)
        {
            zip.AddStored("mimetype", Encoding.ASCII.GetBytes("application/epub+zip"));
            zip.AddDeflated("EPUB/a.xhtml", Encoding.UTF8.GetBytes("<p>一</p>"));
        }
        Assert.Equal(Write(Add), Write(Add));
    }

    [Fact]
    public void DuplicateNamesAreRefused() =>
        Assert.Throws<InvalidOperationException>(() => Write(zip =>
        {
            zip.AddDeflated("a", [1]);
            zip.AddDeflated("a", [2]);
        }));

    [Fact]
    public void Crc32MatchesTheStandardCheckValue() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
}
