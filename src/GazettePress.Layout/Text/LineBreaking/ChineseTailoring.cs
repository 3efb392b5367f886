namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// The Chinese rules that are not a matter of classes, applied over the UAX #14 result. They only ever
/// take break opportunities away (never touch a mandatory break; inside a URL an emergency break may
/// replace a prohibited one):
/// <list type="bullet">
/// <item>no break before a line-start-prohibited character or after a line-end-prohibited one
/// (<see cref="ChineseCharacters"/>), even next to a space;</item>
/// <item>no break between two adjacent full-width punctuation marks (。” ）， ——…… ：“), so —— and …… stay whole
/// and a mark never leaves its neighbour;</item>
/// <item>no break after the slash of a Latin or digit pair (GB/T, and/or, km/h) nor after the apostrophe of
/// a Latin word (can’t), which UAX #14 allows, nor at the space between a capital code and a number
/// (GB/T 41648-2022, ISO 9001);</item>
/// <item>文号: no break between a closing bracket and a digit (〔2025〕22) nor between a digit and 号 (22号);
/// a whole 文号 with its issuer code (晋市政办〔2025〕22号) and 令第5号 stay together (<see cref="DocumentNumbers"/>);</item>
/// <item>a range of numbers joined by one dash or wave (2025—2027, 1～3) stays together (<see cref="NumberRanges"/>);</item>
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

        WebAddresses.KeepWhole(text, result);
        DocumentNumbers.KeepWhole(text, result);
        NumberRanges.KeepWhole(text, result);
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
