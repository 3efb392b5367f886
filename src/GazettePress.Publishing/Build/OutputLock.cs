using System.Globalization;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Build;

/// <summary>
/// One build at a time per output folder: an exclusive lock (flock on Unix, a share lock on
/// Windows) on <c>.&lt;out&gt;.gazettepress-lock</c> beside the folder, held from the start of the
/// build to the end of the write. The operating system drops the lock when the process dies, so a
/// lock left by a killed build is simply taken over. The file holds the owner's process id and
/// start time (advisory: `cat` shows it while the lock is held).
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
    }

    public string Path { get; }

    public static string PathFor(string outputDirectory)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDirectory));
        return System.IO.Path.Join(System.IO.Path.GetDirectoryName(full) ?? full, "." + System.IO.Path.GetFileName(full) + ".gazettepress-lock");
    }

    /// <summary>The lock, or null with an error naming the build that holds it.</summary>
    /// <param name="outputDirectory">The output folder (resolved); the lock file goes beside it.</param>
    /// <param name="shown">The folder as the user wrote it, for messages.</param>
    public static OutputLock? TryAcquire(string outputDirectory, string shown, DiagnosticBag diagnostics)
    {
        var path = PathFor(outputDirectory);
        var where = new SourceLocation(shown);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            FileStream stream;
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (File.Exists(path) && e is not FileNotFoundException and not DirectoryNotFoundException)
            {
                diagnostics.Add(OutputMessages.Locked, where, ("lock", path));
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(OutputMessages.WriteFailed, where, ("reason", e.Message));
                return null;
            }
            // A build that finished deletes the lock file; if it did so between our open and our lock,
            // we hold a lock on a deleted file: open again.
            var owner = $"{Environment.ProcessId} {DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)}\n";
            stream.SetLength(0);
            stream.Write(System.Text.Encoding.ASCII.GetBytes(owner));
            stream.Flush();
            if (SameFile(stream, path)) return new OutputLock(path, stream);
            stream.Dispose();
        }
        diagnostics.Add(OutputMessages.Locked, where, ("lock", path));
        return null;
    }

    private static bool SameFile(FileStream stream, string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == stream.Length && info.LastWriteTimeUtc == File.GetLastWriteTimeUtc(stream.SafeFileHandle);
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(Path); // before the lock goes, so no other build opens this file and finds it free
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is harmless: the next build takes it over.
        }
        _stream.Dispose();
    }
}
