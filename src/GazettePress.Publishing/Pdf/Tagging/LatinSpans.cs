using System.Text.RegularExpressions;

namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>
/// Finds the stretches of Chinese text that are written in another language: words of Latin letters
/// (PM2.5, GDP, APP, World Health Organization, Supercalifragilistic…), which a screen reader should
/// speak with an English voice (/Lang en). What is Latin script but no language is left to the
/// document's language (zh-CN), where a Chinese voice reads it as well as an English one would, or
/// better:
/// <list type="bullet">
/// <item>numbers and lone letters (2025, 5G, A类, x) — an English voice would read a lone "A" as the article;</item>
/// <item>Roman numerals written with Latin letters (I, II, IV, XII — Ⅱ类 typed as II类);</item>
/// <item>web and e-mail addresses (http://…, www.…, name@host.cn, host.gov.cn) — they are spelt, not spoken;</item>
/// <item>codes: letters with digits joined by hyphens or slashes (JCBG-01-2024-0002, COVID-19 as a code,
/// GB/T 9704-2012), whose letters are often pinyin initials rather than English.</item>
/// </list>
/// A phrase of several words is one span (words joined by spaces, hyphens or apostrophes, with
/// numbers between words kept inside: "ISO 9001 Standard" stays whole).
/// </summary>
public static partial class LatinSpans
{
    /// <summary>The language given to Latin words in Chinese text.</summary>
    public const string Language = "en";

    /// <summary>The language stretches of <paramref name="text"/>, as (start, length) in UTF-16 code units, in order.</summary>
    public static List<(int Start, int Length)> Find(string text)
    {
        var spans = new List<(int Start, int Length)>();
        foreach (Match chunk in Chunk().Matches(text))
        {
            // The chunk's tokens, separated by spaces. Consecutive language tokens make one phrase; a
            // neutral token between two of them joins it, and one that holds a letter (World War II,
            // Vitamin C) also ends it.
            var tokens = Token().Matches(chunk.Value).Select(m => (Start: chunk.Index + m.Index, End: chunk.Index + m.Index + m.Length, Kind: Classify(m.Value))).ToList();
            var k = 0;
            while (k < tokens.Count)
            {
                if (tokens[k].Kind != TokenKind.Language)
                {
                    k++;
                    continue;
                }
                var last = k;
                for (var j = k + 1; j < tokens.Count && tokens[j].Kind != TokenKind.NotLanguage; j++)
                    if (tokens[j].Kind == TokenKind.Language || text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start).ContainsAny(Letters))
                        last = j;
                var start = tokens[k].Start;
                while (start < tokens[k].End && !char.IsLetterOrDigit(text[start])) start++;
                var end = WordEnd(text, start, tokens[last].End);
                if (end > start) spans.Add((start, end - start));
                k = last + 1;
            }
        }
        return spans;
    }

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private enum TokenKind
    {
        /// <summary>A word of two or more Latin letters: spoken in English.</summary>
        Language,
        /// <summary>A number, a lone letter, a Roman numeral: read in any language; never a span alone.</summary>
        Neutral,
        /// <summary>An address or a code: spelt, in the document's language; it ends a phrase.</summary>
        NotLanguage,
    }

    private static TokenKind Classify(string token)
    {
        var word = token.Trim('.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '\'', '’', '‘', '-', '/');
        if (Address().IsMatch(word) || Code().IsMatch(word)) return TokenKind.NotLanguage;
        if (word.Count(IsLatinLetter) <= 1 || Roman().IsMatch(word)) return TokenKind.Neutral; // 2025, 10.5, 5G, A, x, II
        return TokenKind.Language;
    }

    /// <summary>The end of a phrase without trailing punctuation, except an abbreviation's full stop (Inc., etc.).</summary>
    private static int WordEnd(string text, int start, int end)
    {
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        if (end < text.Length && text[end] == '.')
        {
            var wordStart = end;
            while (wordStart > start && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (text[wordStart..end] is "Inc" or "Ltd" or "Co" or "Corp" or "etc" or "No" or "Dr" or "Mr" or "Mrs" or "Ms" or "St" or "Jr") end++;
        }
        return end;
    }

    public static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    // Latin-script material between Chinese characters: letters, digits, spaces and the punctuation
    // that occurs inside words, phrases (Co., Ltd.), numbers, addresses and codes. It starts and ends with a letter or digit.
    [GeneratedRegex(@"[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F .,\-/:_@&'’+#%?=~]*[A-Za-z0-9\u00C0-\u024F/.])?")]
    private static partial Regex Chunk();

    [GeneratedRegex(@"[^ ]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"://|^www\.|@[^@]+\.|^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(cn|com|net|org|gov|edu|int|info)(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")]
    private static partial Regex Roman();

    // Letters and digits in groups joined by - or / (JCBG-01-2024-0002, SXJC00-2025-00011, DB14/T),
    // or capitals joined by / (GB/T): identifiers, not words.
    [GeneratedRegex(@"^(?=.*[0-9])[A-Z0-9]+(?:[-/][A-Za-z0-9.]+)+$|^[A-Z]+/[A-Z]+$")]
    private static partial Regex Code();
}
