using GazettePress.Layout.Painting;
using SkiaSharp;

namespace GazettePress.Layout.Tests.Golden;

/// <summary>
/// The proof sheet is rendered again and compared with the committed PNG. To accept a deliberate
/// change, run the tests with GP_UPDATE_GOLDEN=1 and look at the new image before committing it.
/// </summary>
public class ProofSheetTests
{
    private const double Dpi = 144;

    private static string GoldenPath =>
        Path.Combine(TestFonts.RepositoryRoot, "tests", "GazettePress.Layout.Tests", "Golden", "proof-sheet.png");

    [Fact]
    public void Proof_sheet_matches_the_golden_image()
    {
        var png = PngPainter.PaintToBytes(ProofSheet.Build(TestFonts.Layouter), Dpi);
        if (Environment.GetEnvironmentVariable("GP_UPDATE_GOLDEN") == "1")
        {
            var temp = GoldenPath + ".tmp";
            File.WriteAllBytes(temp, png);
            File.Move(temp, GoldenPath, overwrite: true);
        }
        Assert.True(File.Exists(GoldenPath), $"golden image missing: {GoldenPath} (create it with GP_UPDATE_GOLDEN=1)");
        using var expected = SKBitmap.Decode(GoldenPath);
        using var actual = SKBitmap.Decode(png);
        Assert.Equal(expected.Width, actual.Width);
        Assert.Equal(expected.Height, actual.Height);
        int differing = CountDifferingPixels(expected, actual, threshold: 48);
        // Anti-aliasing may differ in a few edge pixels between Skia builds; a moved glyph changes hundreds.
        Assert.True(differing <= 50, $"{differing} pixels differ from {GoldenPath}; if the change is intended, run with GP_UPDATE_GOLDEN=1");
    }

    private static int CountDifferingPixels(SKBitmap a, SKBitmap b, int threshold)
    {
        int count = 0;
        for (int y = 0; y < a.Height; y++)
            for (int x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                int d = Math.Max(Math.Abs(p.Red - q.Red), Math.Max(Math.Abs(p.Green - q.Green), Math.Abs(p.Blue - q.Blue)));
                if (d > threshold) count++;
            }
        return count;
    }
}
