namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Character classes of Simplified Chinese typesetting (clreq, GB/T 15834-2011) that line breaking,
/// punctuation compression and Han–Latin spacing share. All take a code point (a char converts).
/// </summary>
public static class ChineseCharacters
{
    /// <summary>
    /// Opening quotes and brackets “ ‘ （ 【 〔 《 〈 「 『 ［ ｛ 〖 〘 ｟ 〝: their glyph sits in the right half of
    /// the em, the blank half is on the left. They never end a line.
    /// </summary>
    public static bool IsOpeningPunctuation(int codePoint) => codePoint switch
    {
        0x201C or 0x2018 or 0xFF08 or 0x3010 or 0x3014 or 0x300A or 0x3008 or 0x300C or 0x300E
            or 0xFF3B or 0xFF5B or 0x3016 or 0x3018 or 0xFF5F or 0x301D => true,
        _ => false,
    };

    /// <summary>
    /// Closing quotes and brackets ” ’ ） 】 〕 》 〉 」 』 ］ ｝ 〗 〙 ｠ 〞 〟 and the stops 、，。．；：？！: their glyph
    /// sits in the left half of the em, the blank half is on the right. They never begin a line.
    /// </summary>
    public static bool IsClosingPunctuation(int codePoint) => IsClosingBracketOrQuote(codePoint) || IsStop(codePoint);

    /// <summary>Closing quotes and brackets only (” ’ ） 】 〕 》 〉 」 』 ］ ｝ 〗 〙 ｠ 〞 〟), without the stops.</summary>
    public static bool IsClosingBracketOrQuote(int codePoint) => codePoint switch
    {
        0x201D or 0x2019 or 0xFF09 or 0x3011 or 0x3015 or 0x300B or 0x3009 or 0x300D or 0x300F
            or 0xFF3D or 0xFF5D or 0x3017 or 0x3019 or 0xFF60 or 0x301E or 0x301F => true,
        _ => false,
    };

    /// <summary>The full-width stops 、，。．；：？！ (顿号, 逗号, 句号, 分号, 冒号, 问号, 叹号).</summary>
    public static bool IsStop(int codePoint) => codePoint switch
    {
        0x3001 or 0xFF0C or 0x3002 or 0xFF0E or 0xFF1B or 0xFF1A or 0xFF1F or 0xFF01 => true,
        _ => false,
    };

    /// <summary>Middle dots · ・ ‧ (间隔号): the glyph is centred, with a quarter em blank on each side.</summary>
    public static bool IsMiddlePunctuation(int codePoint) => codePoint is 0x00B7 or 0x30FB or 0x2027;

    /// <summary>Dashes set across a full em or two: — ― ⸺ ⸻ (破折号 is two U+2014).</summary>
    public static bool IsDash(int codePoint) => codePoint is 0x2014 or 0x2015 or 0x2E3A or 0x2E3B;

    /// <summary>Ellipses … ‥ ⋯ (省略号 is two U+2026).</summary>
    public static bool IsEllipsis(int codePoint) => codePoint is 0x2026 or 0x2025 or 0x22EF;

    /// <summary>
    /// Characters that must not begin a line: closing punctuation and stops, middle dots, ～ 〜, ellipses,
    /// iteration marks, the prolonged sound mark and small kana.
    /// </summary>
    public static bool IsLineStartProhibited(int codePoint) =>
        IsClosingPunctuation(codePoint)
        || IsMiddlePunctuation(codePoint)
        || IsEllipsis(codePoint)
        || codePoint is 0xFF5E or 0x301C or 0x3005 or 0x303B or 0x309D or 0x309E or 0x30FD or 0x30FE or 0x30FC
        || LineBreaker.ClassOf(codePoint) == LineBreakClass.CJ;

    /// <summary>Characters that must not end a line: the opening quotes and brackets.</summary>
    public static bool IsLineEndProhibited(int codePoint) => IsOpeningPunctuation(codePoint);

    /// <summary>
    /// Every full-width Chinese punctuation mark: opening, closing, stops, middle dots, dashes, ellipses,
    /// ～ and 〜. Two of them side by side are never separated by a line break.
    /// </summary>
    public static bool IsFullWidthPunctuation(int codePoint) =>
        IsOpeningPunctuation(codePoint)
        || IsClosingPunctuation(codePoint)
        || IsMiddlePunctuation(codePoint)
        || IsDash(codePoint)
        || IsEllipsis(codePoint)
        || codePoint is 0xFF5E or 0x301C;

    /// <summary>Han ideographs (including extensions, compatibility ideographs, radicals, 〇 and 々).</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x3FFFF) or (>= 0x2E80 and <= 0x2FDF) or 0x3005 or 0x3007
            or (>= 0x3021 and <= 0x3029) or (>= 0x3038 and <= 0x303B);

    /// <summary>
    /// Latin letters (ASCII and the Latin-1, Extended-A and Extended-B letters) and ASCII digits: the
    /// proportional characters that get a quarter em of space next to Han.
    /// </summary>
    public static bool IsLatinOrDigit(int codePoint) =>
        codePoint is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            || (codePoint is >= 0x00C0 and <= 0x024F && codePoint is not (0x00D7 or 0x00F7));

    /// <summary>ASCII or full-width decimal digits.</summary>
    internal static bool IsDigit(int codePoint) => codePoint is (>= '0' and <= '9') or (>= 0xFF10 and <= 0xFF19);
}
