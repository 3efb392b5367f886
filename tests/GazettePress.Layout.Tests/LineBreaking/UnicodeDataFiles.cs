namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>
/// Where the Unicode Character Database files of Debian's unicode-data package live, and where the
/// repository is. Tests that need them fail (never skip) when they are missing: CI installs unicode-data.
/// </summary>
internal static class UnicodeDataFiles
{
    private const string Root = "/usr/share/unicode";

    public static string LineBreak => Require(Path.Combine(Root, "LineBreak.txt"));
    public static string LineBreakTest => Require(Path.Combine(Root, "auxiliary", "LineBreakTest.txt"));
    public static string EastAsianWidth => Require(Path.Combine(Root, "EastAsianWidth.txt"));
    public static string GeneralCategory => Require(Path.Combine(Root, "extracted", "DerivedGeneralCategory.txt"));
    public static string EmojiData => Require(Path.Combine(Root, "emoji", "emoji-data.txt"));

    /// <summary>The committed, generated property table.</summary>
    public static string GeneratedTable =>
        Path.Combine(RepositoryRoot(), "src", "GazettePress.Layout", "Text", "LineBreaking", "Data", "LineBreakData.g.cs");

    private static string Require(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{path} is missing. Install Debian's unicode-data package (apt-get install unicode-data); " +
                "the line-breaking tests need it and do not skip.", path);
        }

        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GazettePress.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No GazettePress.sln above {AppContext.BaseDirectory}.");
    }
}
