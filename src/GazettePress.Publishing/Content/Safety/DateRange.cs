using GazettePress.Diagnostics;

namespace GazettePress.Content.Safety;

/// <summary>
/// Dates a gazette can carry (1949–2100). Outside them a date is a typing mistake, and the year
/// 0001 or 9999 would break the outputs' fixed file dates (a China-time midnight before 0001-01-01 UTC).
/// </summary>
internal static class DateRange
{
    public static bool Check(DateOnly date, string written, SourceLocation where, DiagnosticBag diagnostics)
    {
        if (date.Year is >= InputLimits.FirstYear and <= InputLimits.LastYear) return true;
        diagnostics.Add(SafetyMessages.DateOutOfRange, where, ("date", written), ("first", InputLimits.FirstYear), ("last", InputLimits.LastYear));
        return false;
    }
}
