namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Looks up the Line_Break class and qualifier of a code point in the generated range table
/// (LineBreakData.g.cs). The Basic Multilingual Plane is expanded into a 64 KiB array once, so the
/// common case is one array read; other planes use a binary search over the ranges.
/// </summary>
internal static partial class LineBreakData
{
    private const int ClassMask = 0x3F;
    private const int QualifierShift = 6;

    private static readonly byte[] BasicPlane = ExpandBasicPlane();

    public static byte Pack(LineBreakClass lineBreakClass, LineBreakQualifier qualifier) =>
        (byte)((int)lineBreakClass | ((int)qualifier << QualifierShift));

    public static LineBreakClass ClassOf(byte packed) => (LineBreakClass)(packed & ClassMask);

    public static LineBreakQualifier QualifierOf(byte packed) => (LineBreakQualifier)(packed >> QualifierShift);

    /// <summary>The packed class and qualifier of <paramref name="codePoint"/> (out-of-range values give XX).</summary>
    public static byte Lookup(int codePoint)
    {
        if ((uint)codePoint < 0x10000)
        {
            return BasicPlane[codePoint];
        }

        if ((uint)codePoint > 0x10FFFF)
        {
            return Pack(LineBreakClass.XX, LineBreakQualifier.None);
        }

        // Find the last range whose first code point is <= codePoint.
        var ranges = Ranges;
        var low = 0;
        var high = ranges.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if ((int)(ranges[middle] >> 8) <= codePoint)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (byte)ranges[low];
    }

    private static byte[] ExpandBasicPlane()
    {
        var plane = new byte[0x10000];
        var ranges = Ranges;
        for (var i = 0; i < ranges.Length; i++)
        {
            var first = (int)(ranges[i] >> 8);
            if (first >= plane.Length)
            {
                break;
            }

            var end = i + 1 < ranges.Length ? Math.Min((int)(ranges[i + 1] >> 8), plane.Length) : plane.Length;
            plane.AsSpan(first, end - first).Fill((byte)ranges[i]);
        }

        return plane;
    }
}
