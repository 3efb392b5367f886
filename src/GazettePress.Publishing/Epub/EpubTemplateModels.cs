using Scriban.Runtime;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// The globals of each e-edition template, built as explicit Scriban objects with the snake_case
/// names the templates use (no reflection: the native AOT build cannot import .NET objects).
/// A template that names a variable not set here fails (strict variables).
/// </summary>
internal static class EpubTemplateModels
{
    public static ScriptObject Issue(EpubIssue issue) => Object(
        ("gazette_title", issue.GazetteTitle),
        ("pinyin", issue.Pinyin),
        ("sponsor", issue.Sponsor),
        ("frequency", issue.Frequency),
        ("edition_url", issue.EditionUrl),
        ("year", issue.Year),
        ("number", issue.Number),
        ("cumulative", issue.Cumulative),
        ("issue_name", issue.IssueName),
        ("intro_paragraphs", Array(issue.IntroParagraphs.Cast<object?>())),
        ("editorial_board", Array(issue.EditorialBoard.Select(Pair))),
        ("colophon", Array(issue.Colophon.Select(Pair))));

    public static ScriptObject Page(string lang, string cssHref, params (string Name, object? Value)[] values) =>
        Object([("lang", lang), ("css_href", cssHref), .. values]);

    public static ScriptObject Document(EpubDocument doc) => Object(
        ("id", doc.Id),
        ("kind", doc.Kind),
        ("registration", doc.Registration),
        ("title", doc.Title),
        // Printed lines without print's display spacing (通　知 is the title 通知): the EPUB title re-flows.
        ("title_lines", Array(doc.TitleLines.Select(GazettePress.Content.Rendering.DocumentTitles.Unspaced).Cast<object?>())),
        ("doc_number", doc.DocNumber),
        ("addressee", doc.Addressee),
        ("publicity", doc.Publicity),
        ("consultation", Array(doc.Consultation.Select(Pair))));

    public static ScriptObject Pair(LabelValue pair) => Object(("label", pair.Label), ("value", pair.Value));

    public static ScriptObject Object(params (string Name, object? Value)[] values)
    {
        var result = new ScriptObject();
        foreach (var (name, value) in values) result.Add(name, value);
        return result;
    }

    public static ScriptArray Array(IEnumerable<object?> items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }
}
