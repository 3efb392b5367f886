using System.Diagnostics;
using GazettePress.Publishing.Qr;
using SkiaSharp;

namespace GazettePress.Publishing.Tests.Qr;

public class QrSymbolTests
{
    [Fact]
    public void Rectangles_cover_exactly_the_dark_modules()
    {
        var symbol = QrSymbol.Encode("http://www.jcgov.gov.cn/");
        var covered = new bool[symbol.TotalModules, symbol.TotalModules];
        foreach (var r in symbol.Rectangles())
            for (var x = r.X; x < r.X + r.Width; x++) covered[r.Y, x] = true;
        for (var y = 0; y < symbol.Size; y++)
            for (var x = 0; x < symbol.Size; x++)
                Assert.Equal(symbol.IsDark(x, y), covered[y + QrSymbol.QuietZoneModules, x + QrSymbol.QuietZoneModules]);
        // Finder pattern at the top-left: a 7-module dark row.
        Assert.True(Enumerable.Range(0, 7).All(x => symbol.IsDark(x, 0)));
    }

    [Fact]
    public void Module_never_drops_below_the_printable_minimum()
    {
        var symbol = QrSymbol.Encode("http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251120_2035112.shtml");
        Assert.Equal(0.4 * 72 / 25.4, symbol.ModuleSizePt(1), 6);
    }

    [Fact]
    public void A_rendered_symbol_decodes_with_zbarimg()
    {
        const string url = "http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251120_2035112.shtml";
        var symbol = QrSymbol.Encode(url);
        var module = symbol.ModuleSizePt(20 * 72 / 25.4) * 300 / 72; // 20 mm at 300 dpi
        var side = (int)Math.Ceiling(symbol.TotalModules * module);
        using var bitmap = new SKBitmap(side, side);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false })
        {
            canvas.Clear(SKColors.White);
            foreach (var r in symbol.Rectangles())
                canvas.DrawRect((float)(r.X * module), (float)(r.Y * module), (float)(r.Width * module), (float)(r.Height * module), paint);
        }
        var png = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.png");
        using (var stream = File.Create(png)) bitmap.Encode(stream, SKEncodedImageFormat.Png, 100);
        Assert.Equal(url, ZbarImg.DecodeSingle(png));
    }
}

internal static class ZbarImg
{
    public static string DecodeSingle(string png) => Assert.Single(Decode(png));

    public static IReadOnlyList<string> Decode(string png)
    {
        var psi = new ProcessStartInfo("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
