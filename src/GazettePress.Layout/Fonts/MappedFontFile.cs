using System.IO.MemoryMappedFiles;
using HarfBuzzSharp;
using SkiaSharp;

namespace GazettePress.Layout.Fonts;

/// <summary>
/// A font file mapped into memory read-only. CJK fonts are 10–16 MB; mapping them costs nothing
/// until pages are touched, where reading them into managed arrays took over a second.
/// </summary>
internal sealed unsafe class MappedFontFile : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;

    private MappedFontFile(MemoryMappedFile map, MemoryMappedViewAccessor view, byte* pointer, long length)
    {
        _map = map;
        _view = view;
        _pointer = pointer;
        Length = length;
    }

    public long Length { get; }

    public static MappedFontFile Open(string path)
    {
        long length = new FileInfo(path).Length;
        var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        pointer += view.PointerOffset;
        return new MappedFontFile(map, view, pointer, length);
    }

    /// <summary>A HarfBuzz blob over the mapping (no copy). The mapping must outlive it.</summary>
    public Blob CreateBlob()
    {
        var blob = new Blob((IntPtr)_pointer, checked((int)Length), MemoryMode.ReadOnly);
        blob.MakeImmutable();
        return blob;
    }

    /// <summary>A Skia data object over the mapping (no copy). The mapping must outlive it.</summary>
    public SKData CreateSkData() => SKData.Create((IntPtr)_pointer, (int)Length);

    public ReadOnlySpan<byte> Span => new(_pointer, checked((int)Length));

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }
}
