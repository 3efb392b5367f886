using System.Globalization;
using System.Text.RegularExpressions;

namespace GazettePress.Content.Loading;

/// <summary>
/// Parses a 文号: <c>晋市政办〔2025〕22号</c> (issuer code, year in 〔〕, number) or
/// <c>晋城市人民政府令第5号</c> (a 政府令, numbered without a year).
/// </summary>
public static partial class DocNumberParser
{
    [GeneratedRegex(@"^(?<issuer>[^\s〔〕\[\]()（）\d]+)〔(?<year>\d{4})〕(?<number>\d+)号$")]
    private static partial Regex YearNumbered();

    [GeneratedRegex(@"^(?<issuer>[^\s〔〕\[\]()（）\d]+令)第(?<number>\d+)号$")]
    private static partial Regex DecreeNumbered();

    [GeneratedRegex(@"[\[\]［］()（）【】]\s*\d{4}\s*[\[\]［］()（）【】]")]
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

    /// <summary>A hint that says how to fix a 文号 that did not parse.</summary>
    public static string HintFor(string text)
    {
        if (WrongYearBrackets().IsMatch(text))
        {
            return "put the year in the tortoise-shell brackets 〔〕 (U+3014, U+3015), e.g. 晋市政办〔2025〕22号";
        }
        if (text.Any(char.IsWhiteSpace))
        {
            return "remove the spaces; write it as printed, e.g. 晋市政办〔2025〕22号";
        }
        return "write it as issuer code + 〔year〕 + number + 号 (晋市政办〔2025〕22号), or for a 政府令 as 晋城市人民政府令第5号";
    }

    private static int? ParseNumber(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
