using System.Text;

namespace GazettePress.Publishing.Tests.Content;

/// <summary>An issue folder written to a fresh temp directory and deleted afterwards.</summary>
internal sealed class TempIssue : IDisposable
{
    public TempIssue()
    {
        Directory = Path.Combine(Path.GetTempPath(), "gp-content-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string PathOf(string relative) => $"{Directory}/{relative}";

    public TempIssue Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public TempIssue WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
