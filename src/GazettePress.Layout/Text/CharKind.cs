namespace GazettePress.Layout.Text;

/// <summary>What a character is for spacing, compression and justification.</summary>
internal enum CharKind : byte
{
    /// <summary>Han ideographs, kana, full-width letters: set on the em grid.</summary>
    Han,
    /// <summary>Latin, Greek, Cyrillic letters and digits (proportional).</summary>
    Latin,
    /// <summary>Half-width symbols that belong to a Latin word, number or URL (. / - % …).</summary>
    LatinSymbol,
    /// <summary>A breakable space (U+0020 and friends).</summary>
    Space,
    /// <summary>Opening brackets and quotes: blank on the left half.</summary>
    Opening,
    /// <summary>Closing brackets, quotes and stops (、，。：；！？): blank on the right half.</summary>
    Closing,
    /// <summary>Middle dots: blank on both sides.</summary>
    Middle,
    /// <summary>Dashes (—— is one unit, never split or stretched).</summary>
    Dash,
    /// <summary>Ellipsis (…… is one unit, never split or stretched).</summary>
    Ellipsis,
    /// <summary>Ideographic space U+3000: a full-width blank.</summary>
    IdeographicSpace,
    /// <summary>A forced line break (U+000A, U+2028).</summary>
    NewLine,
    /// <summary>Anything else (symbols, ～).</summary>
    Other,
}

internal static class CharKinds
{
    public static CharKind Of(int cp)
    {
        switch (cp)
        {
            case '\n' or 0x2028 or 0x2029 or 0x0B or 0x0C or 0x85: return CharKind.NewLine;
            case ' ' or '\t' or 0x2002 or 0x2003 or 0x2009 or 0x200A: return CharKind.Space;
            case 0x3000: return CharKind.IdeographicSpace;
            case 0x2014 or 0x2015 or 0x2E3A or 0x2E3B: return CharKind.Dash;
            case 0x2026 or 0x22EF: return CharKind.Ellipsis;
            case 0x00B7 or 0x30FB or 0xFF65 or 0x2027: return CharKind.Middle;
            case '（' or '［' or '｛' or '〔' or '【' or '《' or '〈' or '「' or '『' or '〖' or '〘' or '〚' or '｟'
                or '\u201C' or '\u2018':
                return CharKind.Opening;
            case '、' or '，' or '。' or '．' or '：' or '；' or '！' or '？' or '）' or '］' or '｝' or '〕' or '】' or '》'
                or '〉' or '」' or '』' or '〗' or '〙' or '〛' or '｠' or '\u201D' or '\u2019':
                return CharKind.Closing;
        }
        if (cp is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z') return CharKind.Latin;
        if (cp < 0x80) return cp < 0x20 ? CharKind.Other : CharKind.LatinSymbol;
        if (IsHan(cp)) return CharKind.Han;
        if (cp is >= 0xC0 and <= 0x24F or >= 0x370 and <= 0x3FF or >= 0x400 and <= 0x4FF or >= 0x1E00 and <= 0x1EFF)
            return char.IsLetter((char)cp) ? CharKind.Latin : CharKind.LatinSymbol;
        if (cp is >= 0x2000 and <= 0x206F) return CharKind.LatinSymbol; // general punctuation: ‰ ′ ″ …
        return CharKind.Other;
    }

    public static bool IsHan(int cp) =>
        cp is >= 0x4E00 and <= 0x9FFF      // CJK unified ideographs
           or >= 0x3400 and <= 0x4DBF      // extension A
           or >= 0x20000 and <= 0x3FFFF    // extensions B–H
           or >= 0xF900 and <= 0xFAFF      // compatibility ideographs
           or >= 0x2E80 and <= 0x2FDF      // radicals
           or >= 0x3040 and <= 0x30FF      // kana
           or >= 0x3100 and <= 0x312F      // bopomofo
           or >= 0xAC00 and <= 0xD7AF      // hangul
           or 0x3007                       // 〇
           or >= 0xFF10 and <= 0xFF19      // full-width digits
           or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A; // full-width letters

    /// <summary>Punctuation that has a compressible blank half (when its glyph is full-width).</summary>
    public static bool IsCompressible(CharKind kind) => kind is CharKind.Opening or CharKind.Closing or CharKind.Middle;

    /// <summary>Latin words, numbers and URLs: no stretch may go between two of these.</summary>
    public static bool IsWordPart(CharKind kind) => kind is CharKind.Latin or CharKind.LatinSymbol;
}
