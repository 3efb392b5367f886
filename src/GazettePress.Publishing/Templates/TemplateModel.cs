using Scriban.Runtime;

namespace GazettePress.Publishing.Templates;

// What the Scriban templates see. Each model gives the templates an explicit ScriptObject whose
// keys are the snake_case names of docs/templates.md (TitleLines → title_lines): no reflection, so
// the same templates run in a Native AOT binary, where Scriban cannot read .NET members. A new
// property is visible to templates only once it is added to ToScriptObject (TemplateModelTests
// checks that every property is). The model is filled from the loaded issue; page numbers come
// from the previous layout pass (empty on the first), so the script objects are built per render.

public sealed class LabelValue
{
    public string Label { get; init; } = "";
    public string Value { get; init; } = "";

    public ScriptObject ToScriptObject() => new() { ["label"] = Label, ["value"] = Value };
}

public sealed class GazetteModel
{
    public string Title { get; init; } = "";
    public string Pinyin { get; init; } = "";
    public string Sponsor { get; init; } = "";
    public string Frequency { get; init; } = "";
    public string EditionUrl { get; init; } = "";

    public ScriptObject ToScriptObject() => new()
    {
        ["title"] = Title, ["pinyin"] = Pinyin, ["sponsor"] = Sponsor, ["frequency"] = Frequency, ["edition_url"] = EditionUrl,
    };
}

public sealed class CoverModel
{
    public string Image { get; init; } = "";
    public string QrCaption { get; init; } = "";

    public ScriptObject ToScriptObject() => new() { ["image"] = Image, ["qr_caption"] = QrCaption };
}

public sealed class BackCoverModel
{
    public string Image { get; init; } = "";
    public string Text { get; init; } = "";

    public ScriptObject ToScriptObject() => new() { ["image"] = Image, ["text"] = Text };
}

public sealed class QrModel
{
    public string Url { get; init; } = "";
    public string Image { get; init; } = "";
    public double PlaceholderWidthMm { get; init; }
    public double PlaceholderHeightMm { get; init; }
    public string Caption { get; init; } = "";
    public bool IsPlaceholder => PlaceholderWidthMm > 0;

    public ScriptObject ToScriptObject() => new()
    {
        ["url"] = Url, ["image"] = Image, ["placeholder_width_mm"] = PlaceholderWidthMm, ["placeholder_height_mm"] = PlaceholderHeightMm,
        ["caption"] = Caption, ["is_placeholder"] = IsPlaceholder,
    };
}

public sealed class AttachmentModel
{
    public int Number { get; init; }
    public string Title { get; init; } = "";
    public bool OnlineOnly { get; init; }

    public ScriptObject ToScriptObject() => new() { ["number"] = Number, ["title"] = Title, ["online_only"] = OnlineOnly };
}

public sealed class DocumentModel
{
    public string Id { get; init; } = "";
    /// <summary>The XHTML id of the document's section, used by TOC links and the outline.</summary>
    public string Anchor => GazetteIds.DocumentAnchor(Id);
    public string Kind { get; init; } = "";
    public string Registration { get; init; } = "";
    public IReadOnlyList<string> TitleLines { get; init; } = [];
    /// <summary>The title as text, without the display spacing of a short printed line (通　知 → 通知).</summary>
    public string Title => GazettePress.Content.Rendering.DocumentTitles.Plain(TitleLines);
    public string DocNumber { get; init; } = "";
    public string Addressee { get; init; } = "";
    public IReadOnlyList<string> Issuers { get; init; } = [];
    public string Signer { get; init; } = "";
    /// <summary>The signature date as printed, e.g. 2025年11月14日.</summary>
    public string Date { get; init; } = "";
    public string Publicity { get; init; } = "";
    /// <summary>Body XHTML up to the attached title (the notice text).</summary>
    public string NoticeHtml { get; init; } = "";
    /// <summary>Body XHTML from the attached title on.</summary>
    public string AttachedHtml { get; init; } = "";
    public IReadOnlyList<AttachmentModel> Attachments { get; init; } = [];
    public IReadOnlyList<LabelValue> Consultation { get; init; } = [];
    public QrModel? Qr { get; init; }
    public string SectionTitle { get; init; } = "";
    /// <summary>The folio where the document starts, from the previous layout pass ("" on the first pass).</summary>
    public string Page { get; set; } = "";
    /// <summary>Markdown source file, for diagnostics.</summary>
    public string SourcePath { get; init; } = "";
    /// <summary>Where each body block (by its XHTML id) was written in the document's file, so layout problems point there, not at the template.</summary>
    internal IReadOnlyDictionary<string, GazettePress.Diagnostics.SourceLocation> BlockLocations { get; init; } =
        new Dictionary<string, GazettePress.Diagnostics.SourceLocation>();

    public ScriptObject ToScriptObject() => new()
    {
        ["id"] = Id, ["anchor"] = Anchor, ["kind"] = Kind, ["registration"] = Registration,
        ["title_lines"] = ScriptValues.Array(TitleLines), ["title"] = Title, ["doc_number"] = DocNumber, ["addressee"] = Addressee,
        ["issuers"] = ScriptValues.Array(Issuers), ["signer"] = Signer, ["date"] = Date, ["publicity"] = Publicity,
        ["notice_html"] = NoticeHtml, ["attached_html"] = AttachedHtml,
        ["attachments"] = ScriptValues.Array(Attachments, a => a.ToScriptObject()),
        ["consultation"] = ScriptValues.Array(Consultation, c => c.ToScriptObject()),
        ["qr"] = Qr?.ToScriptObject(), ["section_title"] = SectionTitle, ["page"] = Page, ["source_path"] = SourcePath,
    };
}

public sealed class SectionModel
{
    public string Title { get; init; } = "";
    public IReadOnlyList<DocumentModel> Documents { get; init; } = [];

    public ScriptObject ToScriptObject() => ToScriptObject(Documents.Select(d => d.ToScriptObject()).ToList());

    /// <summary>With the documents' script objects already built (shared with the issue's list of documents).</summary>
    public ScriptObject ToScriptObject(IReadOnlyList<ScriptObject> documents) => new()
    {
        ["title"] = Title, ["documents"] = ScriptValues.Array(documents),
    };
}

public sealed class IssueModel
{
    public GazetteModel Gazette { get; init; } = new();
    public int Year { get; init; }
    public int Number { get; init; }
    public int Cumulative { get; init; }
    /// <summary>Publication date as printed, e.g. 2025年12月28日.</summary>
    public string Published { get; init; } = "";
    public DateOnly PublishedDate { get; init; }
    public IReadOnlyList<string> Intro { get; init; } = [];
    public IReadOnlyList<LabelValue> EditorialBoard { get; init; } = [];
    public IReadOnlyList<SectionModel> Sections { get; init; } = [];
    public IReadOnlyList<LabelValue> Colophon { get; init; } = [];
    public CoverModel Cover { get; init; } = new();
    public BackCoverModel BackCover { get; init; } = new();
    /// <summary>The issue's name for files, e.g. jincheng-2025-06.</summary>
    public string Name { get; init; } = "";
    public string IssueDirectory { get; init; } = "";

    public IEnumerable<DocumentModel> Documents => Sections.SelectMany(s => s.Documents);

    /// <summary>Formats a date the way gazettes print it: 2025年11月14日.</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>
    /// The templates' globals: <c>issue</c>, <c>sections</c> and <c>documents</c> (the same document
    /// objects in both lists, as the templates may compare or annotate them).
    /// </summary>
    public ScriptObject ToGlobals()
    {
        var documents = Sections.Select(s => s.Documents.Select(d => d.ToScriptObject()).ToList()).ToList();
        var sections = ScriptValues.Array(Sections.Select((s, i) => s.ToScriptObject(documents[i])));
        var all = ScriptValues.Array(documents.SelectMany(d => d));
        var issue = new ScriptObject
        {
            ["gazette"] = Gazette.ToScriptObject(), ["year"] = Year, ["number"] = Number, ["cumulative"] = Cumulative,
            ["published"] = Published, ["published_date"] = PublishedDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["intro"] = ScriptValues.Array(Intro), ["editorial_board"] = ScriptValues.Array(EditorialBoard, e => e.ToScriptObject()),
            ["sections"] = sections, ["colophon"] = ScriptValues.Array(Colophon, c => c.ToScriptObject()),
            ["cover"] = Cover.ToScriptObject(), ["back_cover"] = BackCover.ToScriptObject(), ["name"] = Name,
            ["issue_directory"] = IssueDirectory, ["documents"] = all,
        };
        return new ScriptObject { ["issue"] = issue, ["sections"] = sections, ["documents"] = all };
    }
}

/// <summary>Lists for templates: Scriban arrays of plain values or of script objects.</summary>
public static class ScriptValues
{
    public static ScriptArray Array<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }

    public static ScriptArray Array<T>(IEnumerable<T> items, Func<T, ScriptObject> convert) => Array(items.Select(convert));
}
