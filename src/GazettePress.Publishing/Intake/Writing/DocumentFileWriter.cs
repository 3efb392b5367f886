using System.Globalization;
using System.Text;
using GazettePress.Diagnostics;
using GazettePress.Importing;
using GazettePress.Intake.Model;
using GazettePress.Intake.Recognition;

namespace GazettePress.Intake.Writing;

/// <summary>A document ready to be written: docs/&lt;id&gt;.md and its pictures (issue-relative paths), with the writer's own notes added.</summary>
public sealed record DocumentFiles(string Id, string Markdown, IReadOnlyDictionary<string, byte[]> Images, IReadOnlyList<Diagnostic> Notes);

/// <summary>
/// Writes a recognised document in exactly the content format `check` and `build` read: YAML front
/// matter (review notes first, where the editor sees them), then the Markdown body. Pictures go to
/// images/&lt;id&gt;-N.png|jpg; formats the composer cannot draw are kept there for the editor to
/// convert, with a note.
/// </summary>
public static class DocumentFileWriter
{
    public static DocumentFiles Write(RecognisedDocument document, string id, string sourceName, Language language)
    {
        if (document.Prewritten is { } ready) return WithNotes(ready, document, id, language);
        var notes = new List<Diagnostic>(document.Notes);
        var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var imageNumber = 0;

        string? Place(SourceImage image, string? name = null)
        {
            var converted = ImageFiles.Usable(image);
            var path = $"images/{id}-{name ?? (++imageNumber).ToString(CultureInfo.InvariantCulture)}.{converted?.Extension ?? image.Extension}";
            images[path] = converted?.Bytes ?? image.Bytes;
            if (converted is null)
            {
                notes.Add(Diagnostic.Create(IntakeMessages.ImageFormat, new SourceLocation(sourceName), ("path", path), ("format", image.Extension)));
                return null;
            }
            if (image.WidthMm is { } w && image.HeightMm is { } h && converted.WidthPx > 0)
            {
                var setMm = converted.WidthPx * 0.75 * 25.4 / 72;
                if (Math.Abs(setMm - w) / w > 0.2)
                    notes.Add(Diagnostic.Create(IntakeMessages.ImageSize, new SourceLocation(sourceName), ("path", path),
                        ("width", w), ("height", h), ("set", Math.Round(setMm))));
            }
            return path;
        }

        var body = new StringBuilder();
        foreach (var block in document.Body)
        {
            var text = block switch
            {
                AttachedTitle t => "# " + BodyWriter.Escape(t.Text),
                Heading h => new string('#', h.Level) + " " + BodyWriter.Escape(h.Text),
                BodyParagraph p => Paragraph(p),
                BodySignature s => "::: signature\n" + string.Join("\n", s.Lines.Select(BodyWriter.Escape)) + "\n:::",
                BodyTable t => Table(t),
                BodyImage i => Place(i.Image) is { } path ? $"![{BodyWriter.Escape(i.Alt)}]({path})" : null,
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (body.Length > 0) body.Append('\n');
            body.Append(text).Append('\n');
        }

        string? qrImage = document.Qr?.Image is { } qi ? Place(qi, "qr") : null;

        var yaml = new StringBuilder("---\n");
        if (notes.Count > 0)
        {
            yaml.Append("review:\n");
            foreach (var note in notes)
                yaml.Append("  - ").Append(YamlText.Scalar(OneLine(note.Render(language).Message))).Append('\n');
        }
        yaml.Append("kind: ").Append(YamlText.Scalar(document.Kind)).Append('\n');
        if (document.Registration is { } registration) yaml.Append("registration: ").Append(YamlText.Scalar(registration)).Append('\n');
        yaml.Append("title:\n");
        foreach (var line in document.TitleLines) yaml.Append("  - ").Append(YamlText.Scalar(line)).Append('\n');
        if (document.DocNumber is { } number) yaml.Append("doc_number: ").Append(YamlText.Scalar(number)).Append('\n');
        if (document.Addressee is { } addressee) yaml.Append("addressee: ").Append(YamlText.Scalar(addressee)).Append('\n');
        if (document.Date is { } date && (document.Issuers.Count > 0 || document.Signer is not null))
        {
            yaml.Append("signature:\n");
            if (document.Issuers.Count > 0) yaml.Append("  issuers: [").Append(string.Join(", ", document.Issuers.Select(YamlText.Scalar))).Append("]\n");
            if (document.Signer is { } signer) yaml.Append("  signer: ").Append(YamlText.Scalar(signer)).Append('\n');
            yaml.Append("  date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }
        if (document.Publicity is { } publicity) yaml.Append("publicity: ").Append(YamlText.Scalar(publicity)).Append('\n');
        if (document.Attachments.Count > 0)
        {
            yaml.Append("attachments:\n");
            foreach (var a in document.Attachments)
                yaml.Append("  - ").Append(a.OnlineOnly ? $"{{ title: {YamlText.Scalar(a.Title)}, online_only: true }}" : YamlText.Scalar(a.Title)).Append('\n');
        }
        if (document.Consultation.Count > 0)
        {
            yaml.Append("consultation:\n");
            foreach (var (label, value) in document.Consultation)
                yaml.Append("  - { label: ").Append(YamlText.Scalar(label)).Append(", value: ").Append(Quoted(value)).Append(" }\n");
        }
        if (document.Qr is { } qr)
        {
            yaml.Append("qr:\n");
            if (qr.Url is { } url) yaml.Append("  url: ").Append(YamlText.Scalar(url)).Append('\n');
            else if (qrImage is not null) yaml.Append("  image: ").Append(YamlText.Scalar(qrImage)).Append('\n');
            else yaml.Append("  placeholder: { width_mm: 20, height_mm: 20 }\n");
            if (qr.Caption is { } caption) yaml.Append("  caption: ").Append(YamlText.Scalar(caption)).Append('\n');
        }
        yaml.Append("---\n");

        // The review notes name what the writer itself noticed too (pictures), so the front matter is built last.
        return new DocumentFiles(id, yaml.Append(body).ToString(), images, notes);
    }

    /// <summary>A ready-made document with add's own notes (the first <see cref="PrewrittenDocument.OwnNotes"/> and any added later) put on its review list.</summary>
    private static DocumentFiles WithNotes(PrewrittenDocument ready, RecognisedDocument document, string id, Language language)
    {
        var own = document.Notes.Take(ready.OwnNotes).Concat(document.Notes.Where(n => n.Code != IntakeMessages.TextReview.Code).Skip(ready.OwnNotes)).Distinct().ToList();
        var lines = own.Select(n => "  - " + YamlText.Scalar(OneLine(n.Render(language).Message)) + "\n").ToList();
        var front = ready.FrontMatter;
        if (lines.Count > 0)
        {
            var at = front.StartsWith("review:\n", StringComparison.Ordinal) ? "review:\n".Length : front.IndexOf("\nreview:\n", StringComparison.Ordinal) is var i and >= 0 ? i + "\nreview:\n".Length : -1;
            front = at >= 0 ? front[..at] + string.Concat(lines) + front[at..] : "review:\n" + string.Concat(lines) + front;
        }
        return new DocumentFiles(id, "---\n" + front + "---\n" + ready.Body, new Dictionary<string, byte[]>(), document.Notes);
    }

    private static string OneLine(string s) => s.Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>Telephone numbers and codes stay text: "2043136" would otherwise be read as a number.</summary>
    private static string Quoted(string value) =>
        value.All(c => char.IsAsciiDigit(c) || c is '-' or ' ') ? "\"" + value + "\"" : YamlText.Scalar(value);

    private static string Paragraph(BodyParagraph p)
    {
        var s = new StringBuilder();
        if (p.RunIn is { } runIn) s.Append("**").Append(BodyWriter.Escape(runIn)).Append("**");
        s.Append(Inlines(p.Content));
        return s.ToString();
    }

    private static string Inlines(IReadOnlyList<Inline> inlines)
    {
        var s = new StringBuilder();
        foreach (var inline in inlines)
        {
            var text = BodyWriter.Escape(inline.Text);
            switch (inline)
            {
                case { Shift: VerticalShift.Superscript }: s.Append('^').Append(text).Append('^'); break;
                case { Shift: VerticalShift.Subscript }: s.Append('~').Append(text).Append('~'); break;
                case { Bold: true } when text.Trim().Length > 0:
                    var lead = text.Length - text.TrimStart().Length;
                    var trail = text.Length - text.TrimEnd().Length;
                    s.Append(text[..lead]).Append("**").Append(text.Trim()).Append("**").Append(text[(text.Length - trail)..]);
                    break;
                default: s.Append(text); break;
            }
        }
        return s.ToString();
    }

    private static string Table(BodyTable table)
    {
        var s = new StringBuilder();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            s.Append('|');
            foreach (var cell in table.Rows[r]) s.Append(' ').Append(BodyWriter.Escape(cell)).Append(" |");
            if (r == 0)
            {
                s.Append("\n|");
                foreach (var _ in table.Rows[0]) s.Append(" --- |");
            }
            if (r < table.Rows.Count - 1) s.Append('\n');
        }
        return s.ToString();
    }
}
