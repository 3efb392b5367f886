using GazettePress.Diagnostics;
using GazettePress.Importing;
using GazettePress.Importing.Decoding;
using GazettePress.Intake.Recognition;

namespace GazettePress.Intake.Text;

/// <summary>
/// A .txt file (UTF-8 or GB18030, as Windows editors save them) read with the importer's decoder and
/// recognised by the importer's single-document recogniser — the same passes as `import` — so that
/// text input gets exactly the recognition extracted back issues get. Its front matter and body come
/// ready-made; add only appends its own notes (encoding, section) to the review list.
/// </summary>
public static class TextIntake
{
    public static (RecognisedDocument? Document, IReadOnlyList<Diagnostic> Errors) Recognise(byte[] bytes, string path)
    {
        var decoded = TextDecoder.Decode(bytes, out var failure);
        if (decoded is null)
            return (null, [Diagnostic.Create(IntakeMessages.TextEncoding, new SourceLocation(path, 0), ("detail", failure?.Reason ?? ""))]);
        if (decoded.Text.Trim().Length == 0)
            return (null, [Diagnostic.Create(IntakeMessages.NoText, new SourceLocation(path))]);
        var notes = new List<Diagnostic>();
        if (decoded.Confidence != DecodingConfidence.Certain)
            notes.Add(Diagnostic.Create(IntakeMessages.TextEncodingGuessed, new SourceLocation(path), ("encoding", decoded.EncodingName),
                ("lines", decoded.DamagedLines.Count == 0 ? "—" : string.Join("、", decoded.DamagedLines.Take(10)))));
        var recognised = DocumentRecognizer.Recognize(decoded.Text, new DocumentRecognitionOptions { Language = Localization.Current });
        var doubts = recognised.Review.Where(r => r.IsDoubt)
            .Select(r => Diagnostic.Create(IntakeMessages.TextReview, new SourceLocation(path, r.Line), ("note", r.Text)))
            .ToList();
        var title = recognised.Title.Count > 0 ? recognised.Title : [Path.GetFileNameWithoutExtension(path)];
        return (new RecognisedDocument
        {
            Kind = recognised.Kind,
            TitleLines = title,
            DocNumber = recognised.DocNumber,
            Date = recognised.Date,
            Notes = [.. notes, .. doubts],
            Prewritten = new PrewrittenDocument(recognised.FrontMatter, recognised.Body, notes.Count),
        }, []);
    }
}
