using GazettePress.Diagnostics;

namespace GazettePress.Content.Safety;

/// <summary>
/// The issue folder as a sandbox: every file read for the issue (issue.yaml, docs, images) must
/// resolve, after following links, inside the folder, be a file, and stay under its size limit.
/// Anything else is a located error and the file is not read.
/// </summary>
public sealed class IssueFolder
{
    private readonly string? _resolvedRoot;

    /// <param name="directory">The folder as the user gave it; file names in messages start with it.</param>
    public IssueFolder(string directory)
    {
        Directory = directory;
        _resolvedRoot = ContainedPath.Resolve(directory);
    }

    public string Directory { get; }

    /// <summary>
    /// The real path of <paramref name="path"/> (a path under <see cref="Directory"/>) when it
    /// resolves inside the folder; otherwise reports where it leads at <paramref name="where"/> and returns null.
    /// </summary>
    public string? Locate(string path, SourceLocation where, DiagnosticBag diagnostics)
    {
        var resolved = ContainedPath.Resolve(path);
        if (resolved is not null && _resolvedRoot is not null && ContainedPath.IsBelow(resolved, _resolvedRoot) && resolved != _resolvedRoot)
            return resolved;
        diagnostics.Add(SafetyMessages.OutsideIssueFolder, where, ("file", Shown(path)), ("target", resolved ?? SafetyMessages.LinkLoop.Render()));
        return null;
    }

    /// <summary>True when the path resolves inside the folder (no report).</summary>
    public bool Contains(string path) =>
        ContainedPath.Resolve(path) is { } resolved && _resolvedRoot is not null && ContainedPath.IsBelow(resolved, _resolvedRoot) && resolved != _resolvedRoot;

    /// <summary>
    /// The bytes of a file of the issue, or null (reported at <paramref name="where"/>, or at the
    /// file itself) when it leads outside the folder, is not a regular file, is larger than
    /// <paramref name="limit"/> or cannot be read. Never opens special files (a FIFO would block):
    /// those and empty files have length 0 and read as empty.
    /// </summary>
    public byte[]? Read(string path, long limit, DiagnosticBag diagnostics, SourceLocation? where = null)
    {
        // A problem of the whole file, with no line that refers to it, is shown at its first line.
        var at = where ?? new SourceLocation(path, 1, 1);
        if (Locate(path, at, diagnostics) is not { } real) return null;
        try
        {
            var info = new FileInfo(real);
            if (!info.Exists)
            {
                diagnostics.Add(SafetyMessages.Unreadable, at, ("file", Shown(path)), ("reason", SafetyMessages.NotAFile.Render()));
                return null;
            }
            if (info.Length > limit)
            {
                diagnostics.Add(SafetyMessages.TooLarge, where ?? WhereLimitIsCrossed(real, path, limit),
                    ("file", Shown(path)), ("size", Size(info.Length)), ("limit", Size(limit)));
                return null;
            }
            if (info.Length == 0) return [];
            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // Read at most limit + 1 bytes: a file that grows while we read is still bounded.
            var buffer = new byte[Math.Min(info.Length, limit) + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
            if (total > limit)
            {
                diagnostics.Add(SafetyMessages.TooLarge, at, ("file", Shown(path)), ("size", Size(total)), ("limit", Size(limit)));
                return null;
            }
            return buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SafetyMessages.Unreadable, at, ("file", Shown(path)), ("reason", e.Message));
            return null;
        }
    }

    /// <summary>The line and column of the first byte past the limit: where an editor can see the file grow too large.</summary>
    private static SourceLocation WhereLimitIsCrossed(string real, string path, long limit)
    {
        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var (line, column, total) = (1, 1, 0L);
        int read;
        while (total < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - total))) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b == (byte)'\n') (line, column) = (line + 1, 1);
                else if ((b & 0xC0) != 0x80) column++; // count characters, not UTF-8 continuation bytes
            }
            total += read;
        }
        return new SourceLocation(path, line, column);
    }

    private static string Shown(string path) => path.Replace('\\', '/');

    /// <summary>A size as people read it: 1.5 MB, 300 KB, 12 bytes.</summary>
    internal static string Size(long bytes) => bytes switch
    {
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.#} KB",
        _ => $"{bytes} B",
    };
}
