using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Build;

/// <summary>
/// Where the bundled templates, fonts and sample issues are. A published binary has templates/ and
/// fonts/ beside it (dotnet publish copies them there), so it runs from any folder; a build inside a
/// source checkout (dotnet run, tests) finds them by walking up to GazettePress.sln, first from the
/// program's folder, then from the current directory. <c>--templates</c> and <c>--fonts</c> override both.
/// </summary>
public static class BundledResources
{
    public const string TemplatesFolder = "templates";
    public const string FontsFolder = "fonts";
    public const string SolutionFile = "GazettePress.sln";

    /// <summary>The default templates folder, or null when there is none.</summary>
    public static string? Templates() => Find(TemplatesFolder, dir => File.Exists(Path.Combine(dir, TemplateSet.MainTemplate)));

    /// <summary>The default fonts folder, or null when there is none.</summary>
    public static string? Fonts() => Find(FontsFolder, dir => Directory.EnumerateFiles(dir, "*.tt?").Any());

    /// <summary>A sample issue of the source checkout (samples/ is not installed with the binary).</summary>
    public static string? Sample(string name)
    {
        var checkout = Checkout();
        var sample = checkout is null ? null : Path.Combine(checkout, "samples", name);
        return sample is not null && Directory.Exists(sample) ? sample : null;
    }

    private static string? Find(string folder, Func<string, bool> looksRight)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, folder);
        if (Directory.Exists(beside) && looksRight(beside)) return beside;
        var checkout = Checkout();
        var inCheckout = checkout is null ? null : Path.Combine(checkout, folder);
        return inCheckout is not null && Directory.Exists(inCheckout) && looksRight(inCheckout) ? inCheckout : null;
    }

    /// <summary>The source checkout the program runs from or in: the nearest folder above with GazettePress.sln.</summary>
    private static string? Checkout()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        return null;
    }
}
