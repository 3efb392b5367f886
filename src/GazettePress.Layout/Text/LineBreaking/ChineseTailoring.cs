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

/// <summary>
/// The Chinese rules that are not a matter of classes, applied over the UAX #14 result. They only ever
/// take break opportunities away (never add one, never touch a mandatory break):
/// <list type="bullet">
/// <item>no break before a line-start-prohibited character or after a line-end-prohibited one
/// (<see cref="ChineseCharacters"/>), even next to a space;</item>
/// <item>no break between two adjacent full-width punctuation marks (。” ）， ——…… ：“), so —— and …… stay whole
/// and a mark never leaves its neighbour;</item>
/// <item>no break after the slash of a Latin or digit pair (GB/T, and/or, km/h) nor after the apostrophe of
/// a Latin word (can’t), which UAX #14 allows, nor at the space between a capital code and a number
/// (GB/T 41648-2022, ISO 9001);</item>
/// <item>文号: no break between a closing bracket and a digit (〔2025〕22) nor between a digit and 号 (22号);</item>
/// <item>URLs (http://, https://, ftp://, www.) and e-mail addresses are one unit: inside them only an
/// <see cref="BreakOpportunity.Emergency"/> break remains, after a slash or before a dot, for a URL longer
/// than the measure.</item>
/// </list>
/// </summary>
internal static class ChineseTailoring
{
    public static void Apply(ReadOnlySpan<char> text, Span<BreakOpportunity> result)
    {
        var beforePrevious = -1;
        var previous = -1;
        var index = 0;
        while (index < text.Length)
        {
            var position = index;
            var current = ReadCodePoint(text, ref index);
            if (result[position] == BreakOpportunity.Allowed && KeepsTogether(beforePrevious, previous, current))
            {
                result[position] = BreakOpportunity.Prohibited;
            }

            beforePrevious = previous;
            previous = current;
        }

        KeepUrlsAndEmailAddressesWhole(text, result);
    }

    private static bool KeepsTogether(int beforePrevious, int previous, int current)
    {
        // Most boundaries are between two Han characters, which none of the rules below concern.
        if (current is >= 0x4E00 and <= 0x9FFF && previous is >= 0x4E00 and <= 0x9FFF)
        {
            return false;
        }

        // Also after a space, which UAX #14 lets a non-starter (·, ：) or an ellipsis follow at line start.
        if (ChineseCharacters.IsLineStartProhibited(current) || ChineseCharacters.IsLineEndProhibited(previous))
        {
            return true;
        }

        if (ChineseCharacters.IsFullWidthPunctuation(previous) && ChineseCharacters.IsFullWidthPunctuation(current))
        {
            return true;
        }

        if (previous is '/' or 0x2019
            && ChineseCharacters.IsLatinOrDigit(beforePrevious) && ChineseCharacters.IsLatinOrDigit(current))
        {
            return true;
        }

        // A standard's code and its number (GB/T 41648-2022, ISO 9001) are one designation.
        if (previous == ' ' && beforePrevious is >= 'A' and <= 'Z' && current is >= '0' and <= '9')
        {
            return true;
        }

        if (ChineseCharacters.IsDigit(current)
            && previous is 0x3015 or 0xFF3D or ']' or 0x3011 or 0xFF09 or ')')
        {
            return true;
        }

        return current == '号' && ChineseCharacters.IsDigit(previous);
    }

    private static void KeepUrlsAndEmailAddressesWhole(ReadOnlySpan<char> text, Span<BreakOpportunity> result)
    {
        var index = 0;
        while (index < text.Length)
        {
            var end = index;
            var start = index;
            var c = text[index];
            if (c is 'h' or 'H' or 'f' or 'F' or 'w' or 'W' && (index == 0 || !char.IsAsciiLetterOrDigit(text[index - 1])))
            {
                var rest = text[index..];
                if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
                    || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    end = SkipWhile(text, index, IsUrlCharacter);
                }
            }
            else if (c == '@' && index > 0 && char.IsAsciiLetterOrDigit(text[index - 1])
                && index + 1 < text.Length && char.IsAsciiLetterOrDigit(text[index + 1]))
            {
                start = index;
                while (start > 0 && IsEmailLocalCharacter(text[start - 1]))
                {
                    start--;
                }

                end = SkipWhile(text, index + 1, IsEmailDomainCharacter);
            }

            if (end == index)
            {
                index++;
                continue;
            }

            // Sentence punctuation right after an address belongs to the sentence.
            while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '-')
            {
                end--;
            }

            for (var position = start + 1; position < end; position++)
            {
                result[position] = IsEmergencyPoint(text[position - 1], text[position])
                    ? BreakOpportunity.Emergency
                    : BreakOpportunity.Prohibited;
            }

            index = Math.Max(end, index + 1);
        }
    }

    private static bool IsEmergencyPoint(char before, char after) =>
        (before is '/' or '?' or '&' or '=' or '#' && after != '/') || (after is '.' or '@' && before != '.');

    private static int SkipWhile(ReadOnlySpan<char> text, int index, Func<char, bool> predicate)
    {
        while (index < text.Length && predicate(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsUrlCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '@' or '!'
            or '$' or '&' or '\'' or '*' or '+' or ',' or ';' or '=' or '%';

    private static bool IsEmailLocalCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsEmailDomainCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    private static int ReadCodePoint(ReadOnlySpan<char> text, ref int index)
    {
        var c = text[index++];
        if (char.IsHighSurrogate(c) && index < text.Length && char.IsLowSurrogate(text[index]))
        {
            return char.ConvertToUtf32(c, text[index++]);
        }

        return c;
    }
}
