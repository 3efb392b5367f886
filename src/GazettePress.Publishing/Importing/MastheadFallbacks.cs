namespace GazettePress.Importing;

/// <summary>
/// Completes the masthead when the front pages could not be read: each missing or unreadable field
/// gets a value that `check` accepts, taken from the best evidence there is (the colophon, the
/// documents' 文号 and dates), marked in issue.yaml with a comment and listed for review — the editor
/// corrects it, and the first document's review: note keeps it in front of them until then.
/// </summary>
internal static class MastheadFallbacks
{
    public static Masthead Complete(MastheadReading reading, IReadOnlyList<LabelValue> colophon, IReadOnlyList<ImportedDocument> documents,
        ReviewLog review, out IReadOnlySet<string> marked)
    {
        var placeholders = new HashSet<string>(StringComparer.Ordinal);
        var dates = documents.Select(d => d.Date).OfType<DateOnly>().ToList();
        var numberYears = documents.Select(d => d.DocNumber is { } n && n.IndexOf('〔') is var i and >= 0 && int.TryParse(n.AsSpan(i + 1, 4), out var y) ? y : 0)
            .Where(y => y > 0).ToList();

        var sponsor = reading.Sponsor;
        if (sponsor is null && colophon.FirstOrDefault(p => p.Label == "主办单位")?.Value is { Length: > 0 } fromColophon)
        {
            sponsor = fromColophon;
            review.Note(ReviewCategory.Masthead, 1, ImportMessages.SponsorFromColophon, ("sponsor", sponsor));
        }
        var title = reading.Title;
        if (title is null)
        {
            title = sponsor is not null && sponsor.EndsWith("办公室", StringComparison.Ordinal) ? sponsor[..^3] + "公报" : ImportMessages.UnknownGazetteTitle;
            placeholders.Add("title");
            review.Note(ReviewCategory.Masthead, 1, ImportMessages.TitleMissing, ("value", title));
        }
        if (sponsor is null)
        {
            sponsor = title.EndsWith("公报", StringComparison.Ordinal) && title != ImportMessages.UnknownGazetteTitle ? title[..^2] + "办公室" : ImportMessages.UnknownSponsor;
            placeholders.Add("sponsor");
            review.Note(ReviewCategory.Masthead, 1, ImportMessages.SponsorMissing, ("value", sponsor));
        }

        DateOnly published;
        if (reading.Published is { } p) published = p;
        else if (reading.BadPublished is { } bad && bad.Month is >= 1 and <= 12 && bad.Year is >= 1949 and <= 2100)
        {
            published = new DateOnly(bad.Year, bad.Month, DateTime.DaysInMonth(bad.Year, bad.Month));
            placeholders.Add("published");
            review.Note(ReviewCategory.Masthead, bad.Line, ImportMessages.PublishedInvalid, ("text", bad.Text), ("value", Iso(published)));
        }
        else if (dates.Count > 0)
        {
            published = dates.Max();
            placeholders.Add("published");
            review.Note(ReviewCategory.Masthead, 1, ImportMessages.PublishedFromDates, ("value", Iso(published)));
        }
        else
        {
            var y = reading.Year ?? (numberYears.Count > 0 ? numberYears.Max() : 2000);
            published = new DateOnly(Math.Clamp(y, 1949, 2100), 1, 1);
            placeholders.Add("published");
            review.Note(ReviewCategory.Masthead, 1, ImportMessages.PublishedMissing, ("value", Iso(published)));
        }

        var year = reading.Year;
        if (year is null or < 1949 or > 2100)
        {
            year = published.Year;
            placeholders.Add("year");
            review.Note(ReviewCategory.Masthead, 1, ImportMessages.YearMissing, ("value", year.Value));
        }
        var number = reading.Number;
        if (number is null or < 1)
        {
            number = 1;
            placeholders.Add("number");
            review.Note(ReviewCategory.Masthead, 1, ImportMessages.NumberMissing, ("value", 1));
        }
        if (reading.Cumulative is null)
            review.Note(ReviewCategory.Masthead, 1, ImportMessages.CumulativeMissing);
        marked = placeholders;
        return new Masthead(title, reading.Pinyin, sponsor, reading.Frequency, null, year.Value, number.Value,
            reading.Cumulative is >= 1 ? reading.Cumulative : null, published);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
