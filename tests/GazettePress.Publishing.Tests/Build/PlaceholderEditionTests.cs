using System.Diagnostics;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Tests.Composition;
using SkiaSharp;

namespace GazettePress.Publishing.Tests.Build;

/// <summary>
/// A QR placeholder is drawn in the proof (the print edition) only: the screen PDF leaves the crossed
/// box out, and <c>build --final</c> is refused while one remains, naming the editor's line.
/// </summary>
public class PlaceholderEditionTests
{
    private static readonly string Issue = Path.Combine(TestIssues.RepoRoot, "tests", "data", "issues", "mini-2025-06");

    private sealed class Capture : IOutputWriter
    {
        public BuildContext? Context { get; private set; }
        public string Name => "capture";
        public void Write(BuildContext context) => Context = context;
    }

    [Fact]
    public void The_screen_pdf_leaves_out_the_box_that_the_proof_draws()
    {
        var capture = new Capture();
        var result = BuildPipeline.Run(new BuildOptions(Issue, Path.Combine(Path.GetTempPath(), "unused")), [capture], write: false);
        Assert.Equal(0, result.ExitCode);
        var context = capture.Context!;
        var anchor = Assert.Single(context.Composed.Anchors, a => a.Name == "GPPlaceholder-03-jsgtz-2025-33");
        Assert.NotNull(context.ScreenEdition);

        // Ink inside the placeholder box (20 mm square at the anchor), page rendered at 72 dpi: 1 px = 1 pt.
        var box = SKRectI.Create((int)anchor.X + 3, (int)anchor.Y + 3, 50, 50);
        Assert.True(InkIn(context.PaintedPdf, anchor.PageIndex, box) > 40, "the proof shows no crossed box");
        Assert.Equal(0, InkIn(context.ScreenPaintedPdf, anchor.PageIndex, box));
    }

    [Fact]
    public void A_final_build_is_refused_at_the_placeholder_line_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetTempPath(), "gp-final-" + Guid.NewGuid().ToString("N"));

        var result = BuildPipeline.Run(new BuildOptions(Issue, output, Final: true));

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("GP1106", 16), (error.Code, error.Location.Line));
        Assert.EndsWith("docs/03-jsgtz-2025-33.md", error.Location.File);
        Assert.Equal("终稿不能有占位：“03-jsgtz-2025-33”的二维码还是占位框", error.Render(Language.Chinese).Message);
        Assert.False(Directory.Exists(output));
    }

    private static int InkIn(byte[] pdf, int page, SKRectI box)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gp-ink-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "p.pdf");
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
            foreach (var a in new[] { "-r", "72", "-png", "-f", page.ToString(), "-l", page.ToString(), "-singlefile", file, Path.Combine(dir, "p") }) start.ArgumentList.Add(a);
            using (var process = Process.Start(start)!) process.WaitForExit();
            using var bitmap = SKBitmap.Decode(Path.Combine(dir, "p.png"));
            var ink = 0;
            for (var y = box.Top; y < box.Bottom; y++)
                for (var x = box.Left; x < box.Right; x++)
                    if (bitmap.GetPixel(x, y).Red < 200) ink++;
            return ink;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
