namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>Line_Break classes as the Chinese tailoring sees them.</summary>
internal readonly struct ChineseClassifier : ICodePointClassifier
{
    public byte Classify(int codePoint) => LineBreakData.Lookup(codePoint);
}

/// <summary>Chinese rules applied after UAX #14.</summary>
internal static class ChineseTailoring
{
    public static void Apply(ReadOnlySpan<char> text, Span<BreakOpportunity> result)
    {
    }
}
