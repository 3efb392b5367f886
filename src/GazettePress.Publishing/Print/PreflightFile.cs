using M = GazettePress.Publishing.Print.PreflightMessages;

namespace GazettePress.Publishing.Print;

/// <summary>
/// Reads the file preflight is asked to judge, bounded: a path that is not a regular file with
/// bytes (a FIFO would block for ever, /dev/zero would fill memory) or is larger than
/// <see cref="MaxBytes"/> is a failing report, never a hang or an exhausted memory. Errors the
/// operating system gives (missing file, no permission, a folder) are left to the caller.
/// </summary>
public static class PreflightFile
{
    /// <summary>1 GB: a 合订本 of 1,500 pages with pictures at 300 ppi is about 200 MB.</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>The file's bytes, or a report with one FAIL line saying why the file was not read.</summary>
    public static (byte[]? Pdf, PreflightReport? Refused) Read(string path)
    {
        if (path.Length == 0) throw new FileNotFoundException(null, path); // reported by the caller as "not found"
        var info = new FileInfo(path);
        // Judge what a link leads to (a link's own length is that of its target's name); a loop is an IOException for the caller.
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target) info = target;
        if (Directory.Exists(path) || !info.Exists)
            return (File.ReadAllBytes(path), null); // the operating system's own error, reported by the caller
        // Devices and pipes have length 0 here; they are never opened.
        if (info.Length == 0)
            return (null, Refuse(M.NotARegularFile.With()));
        if (info.Length > MaxBytes)
            return (null, Refuse(M.TooLarge.With(("size", info.Length / (1 << 20)), ("limit", MaxBytes / (1 << 20)))));
        using var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // Read at most MaxBytes + 1: a file that grows while it is read stays bounded.
        var buffer = new byte[Math.Min(info.Length, MaxBytes) + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        if (total > MaxBytes)
            return (null, Refuse(M.TooLarge.With(("size", total / (1 << 20)), ("limit", MaxBytes / (1 << 20)))));
        return (buffer.AsSpan(0, total).ToArray(), null);
    }

    private static PreflightReport Refuse(Diagnostics.LocalizedText why) => new([new PreflightCheck(Preflight.Syntax, false, why, [])]);
}
