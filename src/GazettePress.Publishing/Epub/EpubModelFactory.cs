using GazettePress.Content;
using GazettePress.Content.Rendering;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// Turns the loaded content model into the EPUB model. Bodies come from
/// <see cref="BodyXhtmlRenderer"/>, the same XHTML that print composes, so the two editions cannot
/// disagree on the text.
/// </summary>
public static class EpubModelFactory
{
    public static EpubIssue From(Issue issue) => new(
        GazetteTitle: issue.Gazette.Title,
        Pinyin: issue.Gazette.Pinyin,
        Sponsor: issue.Gazette.Sponsor,
        Frequency: issue.Gazette.Frequency,
        EditionUrl: issue.Gazette.EditionUrl,
        Year: issue.Year,
        Number: issue.Number,
        Cumulative: issue.Cumulative,
        Published: issue.Published,
        IntroParagraphs: issue.Intro,
        EditorialBoard: issue.EditorialBoard.Select(Pair).ToArray(),
        Sections: issue.Sections.Select(s => new EpubSection(s.Title, s.Documents.Select(Document).ToArray())).ToArray(),
        Colophon: issue.Colophon.Select(Pair).ToArray(),
        CoverQrCaption: issue.Cover.QrCaption);

    public static EpubDocument Document(GazetteDocument doc) => new(
        Id: doc.Id,
        Kind: doc.Kind,
        Registration: doc.Registration,
        TitleLines: doc.TitleLines,
        DocNumber: doc.DocNumber?.Printed,
        Addressee: doc.Addressee,
        BodyXhtml: BodyXhtmlRenderer.Render(doc).Xhtml,
        SignatureIssuers: doc.Signature?.Issuers ?? [],
        Signer: doc.Signature?.Signer,
        SignatureDate: doc.Signature?.Date,
        Publicity: doc.Publicity,
        Attachments: doc.Attachments.Select(a => new EpubAttachment(a.Title, a.OnlineOnly, a.Url)).ToArray(),
        Consultation: doc.Consultation.Select(Pair).ToArray(),
        Qr: doc.Qr is null ? null : doc.Qr.Source switch
        {
            QrSource.Url url => new EpubQr(url.Value, null, doc.Qr.Caption),
            QrSource.Image image => new EpubQr(null, image.File.RelativePath.Replace('\\', '/'), doc.Qr.Caption),
            _ => new EpubQr(null, null, doc.Qr.Caption),
        });

    private static LabelValue Pair(LabeledValue pair) => new(pair.Label, pair.Value);
}
