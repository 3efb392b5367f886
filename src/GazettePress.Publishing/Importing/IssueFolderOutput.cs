namespace GazettePress.Importing;

/// <summary>
/// Writes an import's files all at once: everything goes into a temporary folder beside the target,
/// which is then renamed into place. If anything fails, the temporary folder is removed and the
/// target is untouched. An existing non-empty target is replaced only when asked to (--force),
/// so an editor's work is never lost by accident.
/// </summary>
public static class IssueFolderOutput
{
    public static void Write(string outDir, IReadOnlyDictionary<string, string> files, bool force)
    {
        var target = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(target)) throw new IOException($"{outDir} is a file, not a folder");
        var exists = Directory.Exists(target);
        if (exists && Directory.EnumerateFileSystemEntries(target).Any() && !force)
            throw new IOException($"{outDir} exists and is not empty; use --force to replace it");
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var temp = Path.Combine(parent, $".{name}.import-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{name}.replaced-{Environment.ProcessId}");
        try
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            foreach (var (relative, text) in files)
            {
                var path = Path.Combine(temp, relative.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            if (exists) Directory.Move(target, old);
            try
            {
                Directory.Move(temp, target);
            }
            catch
            {
                if (exists) Directory.Move(old, target);
                throw;
            }
            if (exists) Directory.Delete(old, recursive: true);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }
}
