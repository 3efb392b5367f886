using System.Globalization;
using System.Text.RegularExpressions;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// What to type instead of a date that is not YYYY-MM-DD: the same date rewritten when it can be read
/// (2025年12月28日, 2025/12/28, 2025.12.28, 2025-2-3, full-width digits), a note when the day does not
/// exist (2025-02-30), the general form otherwise.
/// </summary>
internal static partial class DateFixes
{
    public static LocalizedText For(string key, string text)
    {
        var digits = new string(text.Trim().Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).ToArray());
        var match = AnyDate().Match(digits);
        if (!match.Success)
        {
            return ContentMessages.DateFixGeneral.With();
        }
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1)
        {
            return ContentMessages.DateFixGeneral.With();
        }
        if (day > DateTime.DaysInMonth(year, month))
        {
            return ContentMessages.DateFixNoSuchDay.With(("year", year), ("month", month), ("day", day));
        }
        return ContentMessages.DateFixRewrite.With(("key", key), ("fixed", $"{year:0000}-{month:00}-{day:00}"));
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*(?:年|[-/.])\s*(?<m>[0-9]{1,2})\s*(?:月|[-/.])\s*(?<d>[0-9]{1,2})\s*日?$|^(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})$")]
    private static partial Regex AnyDate();
}
