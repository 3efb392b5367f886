using System.Globalization;
using System.Text.RegularExpressions;
using GazettePress.Content.Rendering;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// Dates that contradict each other: a document dated after the issue is published (front matter
/// signature or a ::: signature block in the body), a 文号 year that differs from its document's date
/// or lies after publication, a publication date outside the issue's year. Warnings: an editor may
/// know better, but each is usually a typing slip.
/// </summary>
internal static partial class DateChecker
{
    public static void Check(IssueFile issue, IReadOnlyList<GazetteDocument> documents, DiagnosticBag diagnostics)
    {
        if (issue.Published is not { } published)
        {
            return;
        }
        var printed = ChineseDates.Format(published);
        if (issue.Year is { } year && (published.Year < year || published.Year > year + 1))
        {
            diagnostics.Add(Diagnostic.Create(ContentMessages.PublishedOutsideYear, issue.Locations.Of("published"), ("published", printed), ("year", year)));
            return; // the publication date itself is doubtful: comparing every document with it would repeat one slip
        }
        foreach (var document in documents)
        {
            var signed = document.Signature?.Date;
            if (signed is { } date && date > published)
            {
                diagnostics.Add(Diagnostic.Create(ContentMessages.DateAfterPublication, document.Locations.Of("signature.date"),
                    ("date", ChineseDates.Format(date)), ("published", printed)));
            }
            if (document.DocNumber?.Year is { } numberYear)
            {
                if (signed is { } d && d.Year != numberYear)
                {
                    diagnostics.Add(Diagnostic.Create(ContentMessages.DocNumberYearDiffers, document.Locations.Of("doc_number"),
                        ("year", numberYear), ("date", ChineseDates.Format(d))));
                }
                else if (signed is null && numberYear > published.Year)
                {
                    diagnostics.Add(Diagnostic.Create(ContentMessages.DocNumberYearAfterPublication, document.Locations.Of("doc_number"),
                        ("year", numberYear), ("published", printed)));
                }
            }
            foreach (var block in BodyXhtmlRenderer.Render(document).Blocks.Where(b => b.Class == "date"))
            {
                if (BodyDate(block.Text) is { } bodyDate && bodyDate > published)
                {
                    diagnostics.Add(Diagnostic.Create(ContentMessages.DateAfterPublication, document.BodyLocation(block.SourceLine),
                        ("date", ChineseDates.Format(bodyDate)), ("published", printed)));
                }
            }
        }
    }

    /// <summary>A date printed in a ::: signature block, 2025年11月6日; null when it is not a real date in that form.</summary>
    private static DateOnly? BodyDate(string text)
    {
        var match = PrintedDate().Match(text.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex("^([12][0-9]{3})年([0-9]{1,2})月([0-9]{1,2})日$")]
    private static partial Regex PrintedDate();
}
