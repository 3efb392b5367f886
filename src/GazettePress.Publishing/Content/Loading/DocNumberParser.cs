using System.Globalization;
using System.Text.RegularExpressions;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// Parses a 文号: <c>晋市政办〔2025〕22号</c> (issuer code, year in 〔〕, number) or
/// <c>晋城市人民政府令第5号</c> (a 政府令, numbered without a year).
/// </summary>
public static partial class DocNumberParser
{
    // [0-9], not \d: \d also matches full-width digits, which int.Parse does not read.
    [GeneratedRegex(@"^(?<issuer>[^\s〔〕\[\]()（）0-9０-９]+)〔(?<year>[0-9]{4})〕(?<number>[0-9]+)号$")]
    private static partial Regex YearNumbered();

    [GeneratedRegex(@"^(?<issuer>[^\s〔〕\[\]()（）0-9０-９]+令)第(?<number>[0-9]+)号$")]
    private static partial Regex DecreeNumbered();

    [GeneratedRegex(@"[\[\]［］()（）【】〈〉<>{}｛｝]\s*(?<year>[0-9]{4})\s*[\[\]［］()（）【】〈〉<>{}｛｝]")]
    private static partial Regex WrongYearBrackets();

    public static DocNumber? TryParse(string text)
    {
        var match = YearNumbered().Match(text);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var number = ParseNumber(match.Groups["number"].Value);
            if (number is null || year < 1949 || year > 2100)
            {
                return null;
            }
            var issuer = match.Groups["issuer"].Value;
            return new DocNumber(issuer, year, number.Value, $"{issuer}〔{year}〕{number}号");
        }
        match = DecreeNumbered().Match(text);
        if (match.Success)
        {
            var number = ParseNumber(match.Groups["number"].Value);
            if (number is null)
            {
                return null;
            }
            var issuer = match.Groups["issuer"].Value;
            return new DocNumber(issuer, null, number.Value, $"{issuer}第{number}号");
        }
        return null;
    }

    /// <summary>What to type instead of a 文号 that did not parse: the corrected 文号 when one is found.</summary>
    public static LocalizedText FixFor(string text)
    {
        var digits = new string(text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).ToArray());
        var compact = new string(digits.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var bracketed = WrongYearBrackets().Replace(compact, m => $"〔{m.Groups["year"].Value}〕");
        if (TryParse(bracketed) is not { } parsed)
        {
            return ContentMessages.DocNumberFixGeneral.With();
        }
        var id = bracketed != compact ? ContentMessages.DocNumberFixBrackets
            : digits != text ? ContentMessages.DocNumberFixDigits
            : ContentMessages.DocNumberFixSpaces;
        return id.With(("fixed", parsed.Printed));
    }

    private static int? ParseNumber(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
