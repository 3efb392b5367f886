using System.Text;
using GazettePress.Publishing.Tests.Composition;
using SkiaSharp;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>A copy of a sample issue in a fresh temp folder (the issue keeps its folder name), for tests that damage it.</summary>
internal sealed class IssueCopy : IDisposable
{
    public IssueCopy(string sample = "samples/jincheng-2025-06")
    {
        Root = Path.Combine(Path.GetTempPath(), "gp-harden-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(TestIssues.RepoRoot, sample);
        Directory = Path.Combine(Root, Path.GetFileName(source));
        CopyFolder(source, Directory);
    }

    /// <summary>A temp folder holding the issue folder and anything a test puts beside it.</summary>
    public string Root { get; }

    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public IssueCopy Write(string relative, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));
        return this;
    }

    public IssueCopy Edit(string relative, Func<string, string> change) => Write(relative, change(Read(relative)));

    /// <summary>The first document file listed in docs/ (sorted), relative to the issue folder.</summary>
    public string FirstDocument => "docs/" + Path.GetFileName(System.IO.Directory.GetFiles(PathOf("docs"), "*.md").Order(StringComparer.Ordinal).First());

    /// <summary>Appends Markdown to the end of a document's body.</summary>
    public IssueCopy AppendToBody(string relative, string markdown) => Edit(relative, t => t.TrimEnd('\n') + "\n\n" + markdown + "\n");

    public static byte[] Png(int width = 40, int height = 30)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.DarkRed);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static void CopyFolder(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in System.IO.Directory.GetDirectories(from)) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
