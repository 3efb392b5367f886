using GazettePress.Diagnostics;
using SkiaSharp;

namespace GazettePress.Content.Safety;

/// <summary>
/// What every output can use as a picture, checked on the file itself (not its name): a PNG or
/// JPEG whose header Skia reads, with a plausible pixel size, named so that an EPUB can carry it.
/// The print composer, the painter and the EPUB accept exactly these.
/// </summary>
internal static class ImageFileCheck
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True when the file at <paramref name="realPath"/> (already inside the issue folder) is a usable picture.</summary>
    public static bool Check(string realPath, string shownPath, SourceLocation where, DiagnosticBag diagnostics)
    {
        if (!EpubSafeName(shownPath))
        {
            diagnostics.Add(SafetyMessages.ImageName, where, ("file", shownPath));
            return false;
        }
        var extension = Path.GetExtension(shownPath).ToLowerInvariant();
        if (extension is not (".png" or ".jpg" or ".jpeg"))
        {
            diagnostics.Add(SafetyMessages.NotAnImage, where, ("file", shownPath));
            return false;
        }
        long length;
        var head = new byte[8];
        try
        {
            var info = new FileInfo(realPath);
            length = info.Exists ? info.Length : 0;
            if (length > InputLimits.ImageFileBytes)
            {
                diagnostics.Add(SafetyMessages.TooLarge, where, ("file", shownPath), ("size", IssueFolder.Size(length)), ("limit", IssueFolder.Size(InputLimits.ImageFileBytes)));
                return false;
            }
            if (length >= head.Length)
            {
                using var stream = File.OpenRead(realPath);
                stream.ReadExactly(head);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SafetyMessages.Unreadable, where, ("file", shownPath), ("reason", e.Message));
            return false;
        }
        var isPng = length >= head.Length && head.AsSpan().SequenceEqual(PngSignature);
        var isJpeg = length >= head.Length && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
        if (!isPng && !isJpeg)
        {
            diagnostics.Add(SafetyMessages.NotAnImage, where, ("file", shownPath));
            return false;
        }
        using var codec = SKCodec.Create(realPath);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            diagnostics.Add(SafetyMessages.DamagedImage, where, ("file", shownPath));
            return false;
        }
        if ((long)codec.Info.Width * codec.Info.Height > InputLimits.ImagePixels)
        {
            diagnostics.Add(SafetyMessages.TooManyPixels, where, ("file", shownPath), ("width", codec.Info.Width), ("height", codec.Info.Height),
                ("limit", $"{InputLimits.ImagePixels / 1_000_000}"));
            return false;
        }
        if (!DecodesCompletely(codec))
        {
            diagnostics.Add(SafetyMessages.DamagedImage, where, ("file", shownPath));
            return false;
        }
        return true;
    }

    /// <summary>
    /// Decodes every row (one row in memory at a time): a truncated or corrupt file would otherwise
    /// be printed with its missing part filled grey. Interlaced PNGs cannot be read row by row;
    /// they are decoded whole when small enough, and trusted on their header otherwise.
    /// </summary>
    private static bool DecodesCompletely(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, 1, SKColorType.Rgba8888, SKAlphaType.Premul);
        var row = new byte[info.RowBytes];
        var handle = System.Runtime.InteropServices.GCHandle.Alloc(row, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            if (codec.StartScanlineDecode(info) == SKCodecResult.Success)
            {
                for (var y = 0; y < codec.Info.Height; y++)
                    if (codec.GetScanlines(handle.AddrOfPinnedObject(), 1, info.RowBytes) != 1) return false;
                return true;
            }
        }
        finally
        {
            handle.Free();
        }
        if ((long)codec.Info.Width * codec.Info.Height > WholeDecodePixels) return true;
        using var bitmap = new SKBitmap(new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        return codec.GetPixels(bitmap.Info, bitmap.GetPixels()) == SKCodecResult.Success;
    }

    /// <summary>Pictures decoded whole to be verified when they cannot be read row by row (16 Mpx = 64 MB).</summary>
    private const long WholeDecodePixels = 16_000_000;

    /// <summary>The EPUB's rule for the issue's own images: ASCII letters, digits, - _ . and /, no '..' (docs/epub.md, EPUB007).</summary>
    private static bool EpubSafeName(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains("..", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.');
}
