namespace GazettePress.Publishing.Print;

/// <summary>The device conversion used for the print PDF. Neutral colours (r = g = b) become K only,
/// so black text, rules and QR codes never print as rich black. Other RGB colours get a plain
/// complement with full grey-component replacement: no ICC profile is applied (none with a free
/// licence is available here), so spot-on colour needs CMYK values from the designer.</summary>
public readonly record struct CmykColor(double C, double M, double Y, double K)
{
    /// <summary>Channels closer than this (in 0..1) count as equal: Skia writes 0.502 for 0x80.</summary>
    public const double NeutralTolerance = 1.0 / 255.0;

    public static bool IsNeutral(double r, double g, double b) =>
        Math.Abs(r - g) <= NeutralTolerance && Math.Abs(g - b) <= NeutralTolerance && Math.Abs(r - b) <= NeutralTolerance;

    public static CmykColor FromRgb(double r, double g, double b)
    {
        r = Math.Clamp(r, 0, 1);
        g = Math.Clamp(g, 0, 1);
        b = Math.Clamp(b, 0, 1);
        if (IsNeutral(r, g, b))
            return new CmykColor(0, 0, 0, Round(1 - (r + g + b) / 3));
        double c = 1 - r, m = 1 - g, y = 1 - b;
        var k = Math.Min(c, Math.Min(m, y));
        if (k >= 1) return new CmykColor(0, 0, 0, 1);
        return new CmykColor(Round((c - k) / (1 - k)), Round((m - k) / (1 - k)), Round((y - k) / (1 - k)), Round(k));
    }

    private static double Round(double v) => Math.Round(v, 4);

    public double[] ToArray() => [C, M, Y, K];
}
