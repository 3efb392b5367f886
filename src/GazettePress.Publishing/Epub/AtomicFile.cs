namespace GazettePress.Publishing.Epub;

/// <summary>Writes a file so that readers see either the old file or the whole new one.</summary>
internal static class AtomicFile
{
    public static void WriteAllBytes(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + ".tmp");
        try
        {
            File.WriteAllBytes(temp, content);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
