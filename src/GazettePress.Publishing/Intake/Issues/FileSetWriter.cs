namespace GazettePress.Intake.Issues;

/// <summary>
/// Writes several files of an issue folder all or nothing: each is first written beside its target
/// under a temporary name, then the temporaries are renamed into place in order (pictures, documents,
/// issue.yaml last, so that issue.yaml never lists a file that is not there). If anything fails, files
/// already renamed are restored from their backups (or removed when new) and the temporaries deleted.
/// </summary>
internal static class FileSetWriter
{
    public static void Write(string root, IReadOnlyList<(string RelativePath, byte[] Bytes)> files)
    {
        var suffix = $".gp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staged = new List<(string Target, string Temp, string? Backup)>();
        var committed = new List<(string Target, string Temp, string? Backup)>();
        try
        {
            foreach (var (relative, bytes) in files)
            {
                var target = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temp = target + suffix + ".new";
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }
                staged.Add((target, temp, File.Exists(target) ? target + suffix + ".old" : null));
            }
            foreach (var entry in staged)
            {
                if (entry.Backup is not null) File.Copy(entry.Target, entry.Backup);
                File.Move(entry.Temp, entry.Target, overwrite: true);
                committed.Add(entry);
            }
        }
        catch
        {
            foreach (var entry in committed.AsEnumerable().Reverse())
            {
                try
                {
                    if (entry.Backup is not null) File.Move(entry.Backup, entry.Target, overwrite: true);
                    else File.Delete(entry.Target);
                }
                catch (IOException)
                {
                    // Best effort: the original error is the one to report.
                }
            }
            throw;
        }
        finally
        {
            foreach (var entry in staged)
            {
                TryDelete(entry.Temp);
                if (entry.Backup is not null) TryDelete(entry.Backup);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
