using QRCoder;

namespace GazettePress.Publishing.Qr;

/// <summary>One dark rectangle of a QR symbol in module units, origin at the top-left of the quiet zone.</summary>
public readonly record struct QrRect(int X, int Y, int Width, int Height);

/// <summary>
/// A QR code as a module matrix (error correction M), drawn as vector rectangles: horizontal runs
/// of dark modules merge into one rectangle so the PDF stays small and renders crisp at any size.
/// </summary>
public sealed class QrSymbol
{
    public const int QuietZoneModules = 4;
    /// <summary>The smallest module a print shop and a phone camera handle reliably.</summary>
    public const double MinimumModuleMm = 0.4;

    private readonly bool[,] _dark;

    public string Text { get; }
    /// <summary>Modules per side of the symbol itself, without the quiet zone.</summary>
    public int Size { get; }
    public int Version { get; }
    /// <summary>Modules per side including the quiet zone on both sides.</summary>
    public int TotalModules => Size + 2 * QuietZoneModules;

    private QrSymbol(string text, bool[,] dark, int version)
    {
        Text = text;
        _dark = dark;
        Size = dark.GetLength(0);
        Version = version;
    }

    public bool IsDark(int x, int y) => _dark[y, x];

    public static QrSymbol Encode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var withZone = matrix.Count;
        var size = 17 + 4 * data.Version;
        var offset = (withZone - size) / 2; // QRCoder includes a quiet zone; strip it, we draw our own
        var dark = new bool[size, size];
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                dark[y, x] = matrix[y + offset][x + offset];
        return new QrSymbol(text, dark, data.Version);
    }

    /// <summary>Dark rectangles in module units, the quiet zone included in the coordinates.</summary>
    public IReadOnlyList<QrRect> Rectangles()
    {
        var rects = new List<QrRect>();
        for (var y = 0; y < Size; y++)
        {
            var x = 0;
            while (x < Size)
            {
                if (!_dark[y, x]) { x++; continue; }
                var start = x;
                while (x < Size && _dark[y, x]) x++;
                rects.Add(new QrRect(start + QuietZoneModules, y + QuietZoneModules, x - start, 1));
            }
        }
        return rects;
    }

    /// <summary>The module size for a requested overall width, never below the printable minimum.</summary>
    public double ModuleSizePt(double requestedWidthPt)
    {
        var min = MinimumModuleMm * 72.0 / 25.4;
        return Math.Max(min, requestedWidthPt / TotalModules);
    }
}
