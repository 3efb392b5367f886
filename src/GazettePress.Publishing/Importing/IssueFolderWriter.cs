using System.Globalization;
using System.Text;
using GazettePress.Diagnostics;

namespace GazettePress.Importing;

/// <summary>
/// Stage 6b: the recovered issue as files of the content format — issue.yaml and docs/&lt;id&gt;.md —
/// as an ordered map from relative path to text, so the caller can write them all or nothing.
/// </summary>
internal static class IssueFolderWriter
{
    public static SortedDictionary<string, string> Render(ImportedIssue issue, IReadOnlyDictionary<string, IReadOnlyList<string>> reviewNotes,
        IReadOnlySet<string> placeholders, Language language)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["issue.yaml"] = IssueYaml(issue, placeholders, language) };
        foreach (var (_, documents) in issue.Sections)
            foreach (var document in documents)
                files[$"docs/{document.Id}.md"] = DocumentMarkdown(document, reviewNotes.GetValueOrDefault(document.Id) ?? []);
        return files;
    }

    private static string IssueYaml(ImportedIssue issue, IReadOnlySet<string> placeholders, Language language)
    {
        // A value the importer could not read is marked by a comment on its line (see review.md).
        var placeholderComment = "  # " + ImportMessages.YamlPlaceholder.With().Render(language);
        string Mark(string key) => placeholders.Contains(key) ? placeholderComment : "";
        var m = issue.Masthead;
        var y = new StringBuilder();
        y.Append("# ").Append(ImportMessages.YamlHeader.With().Render(language)).Append('\n');
        y.Append("gazette:\n");
        y.Append("  title: ").Append(YamlText.Scalar(m.Title)).Append(Mark("title")).Append('\n');
        if (m.Pinyin is not null) y.Append("  pinyin: ").Append(YamlText.Scalar(m.Pinyin)).Append('\n');
        y.Append("  sponsor: ").Append(YamlText.Scalar(m.Sponsor)).Append(Mark("sponsor")).Append('\n');
        if (m.Frequency is not null) y.Append("  frequency: ").Append(YamlText.Scalar(m.Frequency)).Append('\n');
        if (m.EditionUrl is not null) y.Append("  edition_url: ").Append(YamlText.Scalar(m.EditionUrl)).Append('\n');
        y.Append("year: ").Append(m.Year.ToString(CultureInfo.InvariantCulture)).Append(Mark("year")).Append('\n');
        y.Append("number: ").Append(m.Number.ToString(CultureInfo.InvariantCulture)).Append(Mark("number")).Append('\n');
        if (m.Cumulative is { } c) y.Append("cumulative: ").Append(c.ToString(CultureInfo.InvariantCulture)).Append('\n');
        y.Append("published: ").Append(m.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(Mark("published")).Append('\n');
        if (issue.Intro.Count > 0)
        {
            y.Append("intro: |\n");
            for (var i = 0; i < issue.Intro.Count; i++)
            {
                if (i > 0) y.Append('\n');
                y.Append("  ").Append(issue.Intro[i].Replace("\n", " ")).Append('\n');
            }
        }
        Pairs(y, "editorial_board", issue.EditorialBoard);
        y.Append("sections:\n");
        foreach (var (title, documents) in issue.Sections)
        {
            y.Append("  - title: ").Append(YamlText.Scalar(title)).Append('\n');
            y.Append("    documents: [").Append(string.Join(", ", documents.Select(d => d.Id))).Append("]\n");
        }
        Pairs(y, "colophon", issue.Colophon);
        if (issue.CoverQrCaption is not null)
            y.Append("cover:\n  qr_caption: ").Append(YamlText.Scalar(issue.CoverQrCaption)).Append('\n');
        if (issue.BackCoverText is not null)
            y.Append("back_cover:\n  text: ").Append(YamlText.Scalar(issue.BackCoverText)).Append('\n');
        return y.ToString();
    }

    private static void Pairs(StringBuilder y, string key, IReadOnlyList<LabelValue> pairs)
    {
        if (pairs.Count == 0) return;
        y.Append(key).Append(":\n");
        foreach (var p in pairs)
            y.Append("  - { label: ").Append(YamlText.Scalar(p.Label)).Append(", value: ").Append(YamlText.Scalar(p.Value)).Append(" }\n");
    }

    public static string DocumentMarkdown(ImportedDocument d, IReadOnlyList<string> reviewNotes) =>
        "---\n" + FrontMatter(d, reviewNotes) + "---\n" + d.Body;

    /// <summary>The front matter's YAML (without the --- lines); open questions last, under review:.</summary>
    public static string FrontMatter(ImportedDocument d, IReadOnlyList<string> reviewNotes)
    {
        var y = new StringBuilder();
        y.Append("kind: ").Append(YamlText.Scalar(d.Kind)).Append('\n');
        if (d.Registration is not null) y.Append("registration: ").Append(YamlText.Scalar(d.Registration)).Append('\n');
        y.Append("title:\n");
        foreach (var line in d.TitleLines) y.Append("  - ").Append(YamlText.Scalar(line)).Append('\n');
        if (d.DocNumber is not null) y.Append("doc_number: ").Append(YamlText.Scalar(d.DocNumber)).Append('\n');
        if (d.Addressee is not null) y.Append("addressee: ").Append(YamlText.Scalar(d.Addressee)).Append('\n');
        if (d.Date is { } date)
        {
            y.Append("signature:\n");
            y.Append("  issuers: [").Append(string.Join(", ", d.Issuers.Select(YamlText.Scalar))).Append("]\n");
            if (d.Signer is not null) y.Append("  signer: ").Append(YamlText.Scalar(d.Signer)).Append('\n');
            y.Append("  date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }
        if (d.Publicity is not null) y.Append("publicity: ").Append(YamlText.Scalar(d.Publicity)).Append('\n');
        if (d.Attachments.Count > 0)
        {
            y.Append("attachments:\n");
            foreach (var a in d.Attachments)
                y.Append("  - { title: ").Append(YamlText.Scalar(a.Title)).Append(", online_only: ").Append(a.OnlineOnly ? "true" : "false").Append(" }\n");
        }
        if (d.Consultation.Count > 0)
        {
            y.Append("consultation:\n");
            foreach (var p in d.Consultation)
                y.Append("  - { label: ").Append(YamlText.Scalar(p.Label)).Append(", value: ").Append(YamlText.Scalar(p.Value)).Append(" }\n");
        }
        if (d.QrCaption is not null || d.QrUrl is not null)
        {
            y.Append("qr:\n");
            if (d.QrUrl is not null) y.Append("  url: ").Append(YamlText.Scalar(d.QrUrl)).Append('\n');
            else y.Append("  placeholder: { width_mm: 20, height_mm: 20 }\n");
            if (d.QrCaption is not null) y.Append("  caption: ").Append(YamlText.Scalar(d.QrCaption)).Append('\n');
        }
        if (reviewNotes.Count > 0)
        {
            y.Append("review:\n");
            foreach (var note in reviewNotes) y.Append("  - ").Append(YamlText.Scalar(note)).Append('\n');
        }
        return y.ToString();
    }
}
