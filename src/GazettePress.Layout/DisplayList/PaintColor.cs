using System.Globalization;

namespace GazettePress.Layout.DisplayList;

/// <summary>
/// A colour that remembers whether it is a gray (black-ink) value, so print output can set it in
/// K only, or an RGB colour. The default value is solid black.
/// </summary>
public readonly record struct PaintColor
{
    // Stored as "is RGB" so that default(PaintColor) is a gray: solid black.
    private readonly bool _isRgb;

    private PaintColor(bool isGray, byte r, byte g, byte b)
    {
        _isRgb = !isGray;
        R = r;
        G = g;
        B = b;
    }

    public bool IsGray => !_isRgb;
    public byte R { get; }
    public byte G { get; }
    public byte B { get; }

    /// <summary>Black ink coverage of a gray, 0 (paper) to 1 (solid black).</summary>
    public double K => IsGray || (R == G && G == B) ? 1 - R / 255.0 : double.NaN;

    public static PaintColor Black => new(true, 0, 0, 0);
    public static PaintColor White => Gray(0);

    /// <summary>A gray given as black-ink coverage: 1 = solid black, 0 = white.</summary>
    public static PaintColor Gray(double k)
    {
        var level = (byte)Math.Round(255 * (1 - Math.Clamp(k, 0, 1)));
        return new PaintColor(true, level, level, level);
    }

    public static PaintColor Rgb(byte r, byte g, byte b) => new(false, r, g, b);

    public override string ToString() => IsGray
        ? "K" + K.ToString("0.###", CultureInfo.InvariantCulture)
        : $"#{R:X2}{G:X2}{B:X2}";
}
