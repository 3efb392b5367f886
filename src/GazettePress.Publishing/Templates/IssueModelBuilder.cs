using GazettePress.Content;
using GazettePress.Content.Rendering;

namespace GazettePress.Publishing.Templates;

/// <summary>Fills the templates' view of an issue from the loaded content.</summary>
public static class IssueModelBuilder
{
    public static IssueModel Build(Issue issue)
    {
        var sections = issue.Sections.Select(s => new SectionModel
        {
            Title = s.Title,
            Documents = s.Documents.Select(d => Document(d, s.Title)).ToList(),
        }).ToList();
        return new IssueModel
        {
            Gazette = new GazetteModel
            {
                Title = issue.Gazette.Title,
                Pinyin = issue.Gazette.Pinyin ?? "",
                Sponsor = issue.Gazette.Sponsor,
                Frequency = issue.Gazette.Frequency ?? "",
                EditionUrl = issue.Gazette.EditionUrl ?? "",
            },
            Year = issue.Year,
            Number = issue.Number,
            Cumulative = issue.Cumulative ?? 0,
            Published = ChineseDates.Format(issue.Published),
            PublishedDate = issue.Published,
            Intro = issue.Intro,
            EditorialBoard = issue.EditorialBoard.Select(Pair).ToList(),
            Sections = sections,
            Colophon = issue.Colophon.Select(Pair).ToList(),
            Cover = new CoverModel { Image = issue.Cover.Image?.RelativePath ?? "", QrCaption = issue.Cover.QrCaption ?? "" },
            BackCover = new BackCoverModel { Image = issue.BackCover.Image?.RelativePath ?? "", Text = issue.BackCover.Text ?? "" },
            Name = IssueName(issue),
            IssueDirectory = issue.SourceDirectory,
        };
    }

    /// <summary>The output file stem: the issue folder's name (e.g. jincheng-2025-06).</summary>
    public static string IssueName(Issue issue)
    {
        var name = Path.GetFileName(Path.GetFullPath(issue.SourceDirectory).TrimEnd('/', '\\'));
        return string.IsNullOrEmpty(name) ? $"gazette-{issue.Year}-{issue.Number:00}" : name;
    }

    private static LabelValue Pair(LabeledValue v) => new() { Label = v.Label, Value = v.Value };

    private static DocumentModel Document(GazetteDocument d, string sectionTitle)
    {
        var rendered = BodyXhtmlRenderer.Render(d);
        var (notice, attached) = SplitAtAttachedTitle(rendered.Xhtml);
        // Composition names the Markdown line of a body block in its diagnostics, not the template's.
        (notice, attached) = (BodySourceMarkers.Insert(notice, rendered, d), BodySourceMarkers.Insert(attached, rendered, d));
        return new DocumentModel
        {
            Id = d.Id,
            Kind = d.Kind,
            Registration = d.Registration ?? "",
            TitleLines = d.TitleLines,
            DocNumber = d.DocNumber?.Printed ?? "",
            Addressee = d.Addressee ?? "",
            Issuers = d.Signature?.Issuers ?? [],
            Signer = d.Signature?.Signer ?? "",
            Date = d.Signature?.PrintedDate ?? "",
            Publicity = d.Publicity ?? "",
            NoticeHtml = notice,
            AttachedHtml = attached,
            Attachments = d.Attachments.Select((a, i) => new AttachmentModel { Number = i + 1, Title = a.Title, OnlineOnly = a.OnlineOnly }).ToList(),
            Consultation = d.Consultation.Select(Pair).ToList(),
            Qr = d.Qr is null ? null : d.Qr.Source switch
            {
                QrSource.Url u => new QrModel { Url = u.Value, Caption = d.Qr.Caption ?? "" },
                QrSource.Image i => new QrModel { Image = i.File.RelativePath, Caption = d.Qr.Caption ?? "" },
                QrSource.Placeholder p => new QrModel { PlaceholderWidthMm = p.WidthMm, PlaceholderHeightMm = p.HeightMm, Caption = d.Qr.Caption ?? "" },
                _ => null,
            },
            SectionTitle = sectionTitle,
            SourcePath = d.SourcePath,
            BlockLocations = rendered.Blocks.GroupBy(b => b.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => d.BodyLocation(Math.Max(1, g.First().SourceLine)), StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The signature, date and publicity marker print between the notice text and the attached
    /// document, which begins at the body's first &lt;h1&gt;.
    /// </summary>
    public static (string Notice, string Attached) SplitAtAttachedTitle(string xhtml)
    {
        var index = xhtml.IndexOf("<h1", StringComparison.Ordinal);
        return index < 0 ? (xhtml, "") : (xhtml[..index], xhtml[index..]);
    }
}
