namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Keeps a 文号 (document number, GB/T 9704) on one line: the Han issuer code, the bracketed four-digit
/// year, the serial number and 号, as in 晋市政办〔2025〕22号 or 晋市公通字［2025］33号; and the 第N号 of
/// a 政府令, with the 令 before it (晋城市人民政府令第5号 breaks only before 令).
/// </summary>
/// <remarks>
/// <para>From the bracket to 号 every break is prohibited, and so is any break in 令第5号. The breaks inside
/// the issuer code and before the bracket become <see cref="BreakOpportunity.Emergency"/> instead: a 文号
/// with its code is up to seventeen ems wide, more than a narrow column, and a last-resort break inside
/// the code is better than an overfull line or a break forced between 〔 and the year.</para>
/// <para>The issuer code is the run of Han characters directly before the opening bracket. Text does not say
/// where a code begins, so a run of up to <see cref="LongestIssuerCode"/> characters is taken whole (in
/// running text that can include a word before the code, as in 按照晋市政办〔2025〕22号); a longer run is
/// ordinary text ending in a code, of which only the last <see cref="IssuerCodeKeptFromLongRun"/>
/// characters, the usual length of a code, are kept with the year. Brackets without a four-digit year and
/// a number with 号 after them are not a 文号 and break as usual.</para>
/// </remarks>
internal static class DocumentNumbers
{
    private const int LongestIssuerCode = 10;
    private const int IssuerCodeKeptFromLongRun = 4;

    public static void KeepWhole(ReadOnlySpan<char> text, Span<BreakOpportunity> result)
    {
        var index = 0;
        while (index < text.Length)
        {
            var closing = ClosingBracketOf(text[index]);
            var end = closing != '\0' ? MatchYearAndNumber(text, index, closing)
                : text[index] == '第' ? MatchNumberWithHao(text, index + 1)
                : -1;
            if (end < 0)
            {
                index++;
                continue;
            }

            if (closing != '\0')
            {
                Reduce(result, IssuerCodeStart(text, index) + 1, index + 1, BreakOpportunity.Emergency);
                Reduce(result, index + 1, end, BreakOpportunity.Prohibited);
            }
            else
            {
                Reduce(result, index > 0 && text[index - 1] == '令' ? index : index + 1, end, BreakOpportunity.Prohibited);
            }

            index = end;
        }
    }

    /// <summary>Turns the allowed breaks before positions from..to-1 into the given weaker kind.</summary>
    private static void Reduce(Span<BreakOpportunity> result, int from, int to, BreakOpportunity kind)
    {
        for (var position = from; position < to; position++)
        {
            if (result[position] == BreakOpportunity.Allowed)
            {
                result[position] = kind;
            }
        }
    }

    /// <summary>The bracket pairs a 文号 year is written in: 〔〕 as the standard has it, and the [] ［］ （） found in practice.</summary>
    private static char ClosingBracketOf(char opening) => opening switch
    {
        '〔' => '〕',
        '[' => ']',
        '［' => '］',
        '（' => '）',
        _ => '\0',
    };

    /// <summary>〔YYYY〕N号 or 〔YYYY〕第N号 from the opening bracket; the end of 号, or -1.</summary>
    private static int MatchYearAndNumber(ReadOnlySpan<char> text, int opening, char closing)
    {
        var position = opening + 1;
        for (var digit = 0; digit < 4; digit++, position++)
        {
            if (position >= text.Length || !ChineseCharacters.IsDigit(text[position]))
            {
                return -1;
            }
        }

        if (position >= text.Length || text[position] != closing)
        {
            return -1;
        }

        position++;
        if (position < text.Length && text[position] == '第')
        {
            position++;
        }

        return MatchNumberWithHao(text, position);
    }

    /// <summary>One or more digits then 号 from the given position; the end of 号, or -1.</summary>
    private static int MatchNumberWithHao(ReadOnlySpan<char> text, int position)
    {
        var digitsStart = position;
        while (position < text.Length && ChineseCharacters.IsDigit(text[position]))
        {
            position++;
        }

        return position > digitsStart && position < text.Length && text[position] == '号' ? position + 1 : -1;
    }

    private static int IssuerCodeStart(ReadOnlySpan<char> text, int opening)
    {
        var start = opening;
        var startOfShortCode = opening;
        var count = 0;
        while (start > 0 && count <= LongestIssuerCode)
        {
            var previous = start - 1;
            var codePoint = (int)text[previous];
            if (char.IsLowSurrogate(text[previous]) && previous > 0 && char.IsHighSurrogate(text[previous - 1]))
            {
                previous--;
                codePoint = char.ConvertToUtf32(text[previous], text[previous + 1]);
            }

            if (!ChineseCharacters.IsHan(codePoint))
            {
                break;
            }

            start = previous;
            count++;
            if (count == IssuerCodeKeptFromLongRun)
            {
                startOfShortCode = start;
            }
        }

        return count > LongestIssuerCode ? startOfShortCode : start;
    }
}
