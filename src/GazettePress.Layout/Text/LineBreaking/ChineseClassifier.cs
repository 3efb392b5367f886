namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Line_Break classes as the Chinese tailoring sees them: the curly quotes, ambiguous (QU) in Unicode,
/// are opening “ ‘ (OP, full width) and closing ” ’ (CL) in Chinese text; the middle dots and ～ are
/// non-starters (NS); ― (U+2015, used for 破折号 by some sources) is a dash like — (B2).
/// </summary>
internal readonly struct ChineseClassifier : ICodePointClassifier
{
    private static readonly byte Opening = LineBreakData.Pack(LineBreakClass.OP, LineBreakQualifier.EastAsianWide);
    private static readonly byte Closing = LineBreakData.Pack(LineBreakClass.CL, LineBreakQualifier.None);
    private static readonly byte NonStarter = LineBreakData.Pack(LineBreakClass.NS, LineBreakQualifier.None);
    private static readonly byte Dash = LineBreakData.Pack(LineBreakClass.B2, LineBreakQualifier.None);

    public byte Classify(int codePoint) => codePoint switch
    {
        0x201C or 0x2018 => Opening,
        0x201D or 0x2019 => Closing,
        0x00B7 or 0x30FB or 0x2027 or 0xFF5E => NonStarter,
        0x2015 => Dash,
        _ => LineBreakData.Lookup(codePoint),
    };
}
