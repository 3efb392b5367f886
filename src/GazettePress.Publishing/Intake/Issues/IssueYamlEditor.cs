using GazettePress.Importing;

namespace GazettePress.Intake.Issues;

/// <summary>
/// Edits issue.yaml as text at the right places — a document id appended to a section's list, a
/// section added, a value replaced, an entry removed — keeping the editor's comments, quoting and
/// layout. Each edit parses the text again; an edit that cannot be made safely returns null and a
/// reason, and the caller writes nothing.
/// </summary>
internal static class IssueYamlEditor
{
    /// <summary>Adds <paramref name="id"/> at the end of the section titled <paramref name="section"/>, creating the section (last) when there is none.</summary>
    public static string? AddDocument(string text, string section, string id, out string? problem)
    {
        var root = Root(text, out problem);
        if (root is null) return null;
        if (root["sections"] is not { Kind: NodeKind.Sequence } sections)
        {
            problem = "sections";
            return null;
        }
        var entry = sections.Items.FirstOrDefault(s => s.Kind == NodeKind.Mapping && SameTitle(s["title"]?.Value, section));
        if (entry is null) return AddSection(text, sections, section, id, out problem);
        var documents = entry["documents"];
        if (documents is null)
        {
            // No documents key yet: a new entry under the title, at the same indentation.
            if (entry.IsFlow) return Insert(text, entry.CloseBracket, $", documents: [{id}] ");
            var at = LineEnd(text, entry.ContentEnd);
            return Insert(text, at, "\n" + new string(' ', entry.Column - 1) + $"documents: [{id}]");
        }
        switch (documents.Kind)
        {
            case NodeKind.Sequence when documents.IsFlow:
                return documents.Items.Count == 0
                    ? Insert(text, documents.CloseBracket, id)
                    : Insert(text, documents.Items[^1].ContentEnd, ", " + id);
            case NodeKind.Sequence:
            {
                var at = LineEnd(text, documents.ContentEnd);
                return Insert(text, at, "\n" + new string(' ', documents.Column - 1) + "- " + id);
            }
            case NodeKind.Scalar when string.IsNullOrEmpty(documents.Value):
            {
                var key = entry.KeyOf("documents")!;
                var colon = text.IndexOf(':', key.ContentEnd);
                return Replace(text, colon + 1, Math.Max(colon + 1, documents.ContentEnd), $" [{id}]");
            }
            case NodeKind.Scalar:
                return Replace(text, documents.Start, documents.ContentEnd, $"[{text[documents.Start..documents.ContentEnd]}, {id}]");
            default:
                problem = "documents";
                return null;
        }
    }

    private static string? AddSection(string text, YamlTextNode sections, string section, string id, out string? problem)
    {
        problem = null;
        if (sections.IsFlow || sections.Items.Count == 0)
        {
            problem = "sections";
            return null;
        }
        var last = sections.Items[^1];
        var dash = new string(' ', sections.Column - 1);
        var title = YamlText.Scalar(section);
        var addition = last.IsFlow
            ? $"\n{dash}- {{ title: {title}, documents: [{id}] }}"
            : $"\n{dash}- title: {title}\n{new string(' ', last.Column - 1)}documents: [{id}]";
        return Insert(text, LineEnd(text, last.ContentEnd), addition);
    }

    /// <summary>Section titles compare without the 【】 the TOC prints around them.</summary>
    public static bool SameTitle(string? a, string? b) =>
        a is not null && b is not null && a.Trim().Trim('【', '】') == b.Trim().Trim('【', '】');

    /// <summary>Replaces the value of a top-level key, or adds the key after <paramref name="after"/> when missing.</summary>
    public static string? SetTopLevel(string text, string key, string value, string after, out string? problem)
    {
        var root = Root(text, out problem);
        if (root is null) return null;
        if (root[key] is { Kind: NodeKind.Scalar } node && node.ContentEnd > node.Start)
            return Replace(text, node.Start, node.ContentEnd, value);
        if (root[key] is { Kind: NodeKind.Scalar } empty)
        {
            var colon = text.IndexOf(':', root.KeyOf(key)!.ContentEnd);
            return Replace(text, colon + 1, Math.Max(colon + 1, empty.ContentEnd), " " + value);
        }
        if (root[key] is not null)
        {
            problem = key;
            return null;
        }
        if (root[after] is not { } anchor)
        {
            problem = after;
            return null;
        }
        return Insert(text, LineEnd(text, anchor.ContentEnd), "\n" + new string(' ', root.Column - 1) + key + ": " + value);
    }

    /// <summary>Removes a top-level entry (its key line and everything under it).</summary>
    public static string? RemoveTopLevel(string text, string key, out string? problem)
    {
        var root = Root(text, out problem);
        if (root is null) return null;
        var k = root.KeyOf(key);
        if (k is null) return text;
        return RemoveLines(text, k.Start, root[key]!.ContentEnd);
    }

    /// <summary>Removes <paramref name="key"/> from the mapping at top-level key <paramref name="parent"/>; the parent too when nothing is left.</summary>
    public static string? RemoveNested(string text, string parent, string key, out string? problem)
    {
        var root = Root(text, out problem);
        if (root is null) return null;
        if (root[parent] is not { Kind: NodeKind.Mapping } map || map.KeyOf(key) is not { } k) return text;
        if (map.Entries.Count == 1 || map.IsFlow) return RemoveTopLevel(text, parent, out problem);
        return RemoveLines(text, k.Start, map[key]!.ContentEnd);
    }

    /// <summary>Every section's documents list emptied (documents: []), the sections themselves kept.</summary>
    public static string? ClearSectionDocuments(string text, out string? problem)
    {
        for (var guard = 0; guard < 1000; guard++)
        {
            var root = Root(text, out problem);
            if (root is null) return null;
            if (root["sections"] is not { Kind: NodeKind.Sequence } sections)
            {
                problem = "sections";
                return null;
            }
            var full = sections.Items.Select(s => (Section: s, Documents: s["documents"], Key: s.KeyOf("documents")))
                .FirstOrDefault(x => x.Documents is { } d && !(d.Kind == NodeKind.Sequence && d.IsFlow && d.Items.Count == 0));
            if (full.Documents is null) return text;
            if (full.Section.IsFlow || full.Documents.IsFlow)
            {
                text = Replace(text, full.Documents.Start, full.Documents.ContentEnd, "[]");
                continue;
            }
            var colon = text.IndexOf(':', full.Key!.ContentEnd);
            text = Replace(text, colon + 1, full.Documents.ContentEnd, " []");
        }
        problem = "sections";
        return null;
    }

    private static YamlTextNode? Root(string text, out string? problem)
    {
        var root = YamlTextTree.Parse(text, out problem);
        if (root is null || root.Kind != NodeKind.Mapping || root.IsFlow)
        {
            problem ??= "issue.yaml";
            return null;
        }
        return root;
    }

    private static int LineEnd(string text, int at)
    {
        var end = text.IndexOf('\n', Math.Min(at, text.Length));
        return end < 0 ? text.Length : end > 0 && text[end - 1] == '\r' ? end - 1 : end;
    }

    private static string RemoveLines(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', Math.Min(end, text.Length));
        lineEnd = lineEnd < 0 ? text.Length : lineEnd + 1;
        return text[..lineStart] + text[lineEnd..];
    }

    private static string Insert(string text, int at, string addition) => text[..at] + addition + text[at..];

    private static string Replace(string text, int start, int end, string with) => text[..start] + with + text[end..];
}
