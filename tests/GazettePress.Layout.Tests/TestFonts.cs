using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Tests;

/// <summary>The repository's bundled fonts, loaded once for all tests.</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontRegistry> LazyRegistry = new(() => FontRegistry.LoadDirectory(FontRegistry.FindFontsDirectory()));
    private static readonly Lazy<ParagraphLayouter> LazyLayouter = new(() => new ParagraphLayouter(Registry));

    public static FontRegistry Registry => LazyRegistry.Value;
    public static ParagraphLayouter Layouter => LazyLayouter.Value;

    public static string RepositoryRoot => Path.GetDirectoryName(FontRegistry.FindFontsDirectory())!;
}
