using System.Text;
using System.Text.Json;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;

namespace GazettePress.Publishing.Proofing;

/// <summary>One proof round as a build left it: its record (build.json) and where it is.</summary>
public sealed record ProofRound(string Name, string Directory, IReadOnlyList<PlacedBlock> Blocks,
    IReadOnlyDictionary<int, string?> Folios, IReadOnlyDictionary<string, string> Titles)
{
    /// <summary>"第 12 页" by the printed folio, else by the position in the file.</summary>
    public LocalizedText Page(int index) => ProofMessages.Where.With(("page", Folios.GetValueOrDefault(index) ?? $"({index})"));
}

/// <summary>What <c>gazettepress diff</c> found and wrote.</summary>
public sealed record ProofDiffResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ProofChange> Changes, string Summary, IReadOnlyList<string> Written)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// <c>gazettepress diff &lt;old.pdf|old-build-dir&gt; &lt;new-build-dir&gt;</c>: compares two proof rounds
/// by the builds' own records of where every block landed (build.json "blocks"; a PDF is matched to
/// its record by the hash build.json keeps), and writes &lt;name&gt;-changes.pdf (the new screen PDF with
/// every change marked) and &lt;name&gt;-changes.txt (the list of changes per document and page).
/// </summary>
public static class ProofDiff
{
    public static ProofDiffResult Run(string oldPath, string newDirectory, string? outputDirectory, Language language)
    {
        var diagnostics = new DiagnosticBag();
        var before = Open(oldPath, diagnostics);
        var after = Open(newDirectory, diagnostics);
        if (before is null || after is null) return new ProofDiffResult(diagnostics.Sorted(), [], "", []);
        var screen = Path.Combine(after.Directory, after.Name + ".pdf");
        if (!File.Exists(screen))
        {
            diagnostics.Add(ProofMessages.NoScreenPdf, new SourceLocation(after.Directory), ("file", after.Name + ".pdf"));
            return new ProofDiffResult(diagnostics.Sorted(), [], "", []);
        }

        var changes = ProofComparer.Compare(before.Blocks, after.Blocks);
        var summary = Summary(before, after, changes, language);
        var output = outputDirectory ?? after.Directory;
        Directory.CreateDirectory(output);
        var pdf = Path.Combine(output, after.Name + "-changes.pdf");
        var text = Path.Combine(output, after.Name + "-changes.txt");
        Epub.AtomicFile.WriteAllBytes(pdf, ProofMarker.Mark(File.ReadAllBytes(screen), changes, c => Note(c, language)));
        Epub.AtomicFile.WriteAllBytes(text, Encoding.UTF8.GetBytes(summary));
        return new ProofDiffResult(diagnostics.Sorted(), changes, summary, [pdf, text]);
    }

    /// <summary>A round from its output folder, or from one of its PDFs with build.json beside it.</summary>
    public static ProofRound? Open(string path, DiagnosticBag diagnostics)
    {
        string directory;
        string? pdf = null;
        if (System.IO.Directory.Exists(path)) directory = path;
        else if (File.Exists(path))
        {
            directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            pdf = path;
        }
        else
        {
            diagnostics.Add(ProofMessages.NotFound, new SourceLocation(path), ("path", path));
            return null;
        }
        var reportPath = Path.Combine(directory, BuildPipeline.ReportFile);
        if (!File.Exists(reportPath))
        {
            diagnostics.Add(ProofMessages.NoRecordBeside, new SourceLocation(path), ("path", path));
            return null;
        }
        using var report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
        var root = report.RootElement;
        var blocks = ProofRecord.FromBuildJson(root);
        if (blocks is null || !root.TryGetProperty(ProofRecord.HashesKey, out var hashes))
        {
            diagnostics.Add(ProofMessages.NoBlocks, new SourceLocation(reportPath), ("path", reportPath));
            return null;
        }
        if (pdf is not null && (!hashes.TryGetProperty(Path.GetFileName(pdf), out var recorded) || recorded.GetString() != ProofRecord.Sha256(File.ReadAllBytes(pdf))))
        {
            diagnostics.Add(ProofMessages.NotTheRecordedPdf, new SourceLocation(pdf), ("path", pdf));
            return null;
        }
        var folios = new Dictionary<int, string?>();
        if (root.TryGetProperty("pageList", out var pageList))
            foreach (var p in pageList.EnumerateArray())
                folios[p.GetProperty("page").GetInt32()] = p.TryGetProperty("folio", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("documents", out var documents))
            foreach (var d in documents.EnumerateArray())
                titles[d.GetProperty("id").GetString() ?? ""] = d.GetProperty("title").GetString() ?? "";
        var name = root.TryGetProperty("issue", out var issue) ? issue.GetString() ?? "" : Path.GetFileName(directory);
        return new ProofRound(name, directory, blocks, folios, titles);
    }

    /// <summary>The list of changes, per document or section, in the given language.</summary>
    public static string Summary(ProofRound before, ProofRound after, IReadOnlyList<ProofChange> changes, Language language)
    {
        var sb = new StringBuilder();
        sb.Append(ProofMessages.Title.With(("old", before.Directory), ("new", after.Directory)).Render(language)).Append('\n');
        if (changes.Count == 0)
            return sb.Append(ProofMessages.None.With().Render(language)).Append('\n').ToString();
        sb.Append(ProofMessages.Count.With(("count", changes.Count)).Render(language)).Append('\n');
        foreach (var group in changes.GroupBy(c => c.Group))
        {
            var name = after.Titles.GetValueOrDefault(group.Key) ?? before.Titles.GetValueOrDefault(group.Key)
                ?? ProofMessages.SectionName(group.Key)?.With().Render(language) ?? group.Key;
            sb.Append('\n').Append(ProofMessages.Group.With(("name", name)).Render(language)).Append('\n');
            foreach (var change in group)
            {
                var where = change.Kind == ChangeKind.Deleted && change.Areas.Count == 0 && change.OldPage is { } oldPage
                    ? ProofMessages.WhereOld.With(("page", before.Folios.GetValueOrDefault(oldPage) ?? $"({oldPage})"))
                    : after.Page(change.Page);
                var line = change.Kind switch
                {
                    ChangeKind.Changed => ProofMessages.Changed.With(("where", where), ("old", Snippet(change.OldText)), ("new", Snippet(change.NewText))),
                    ChangeKind.Inserted => ProofMessages.Inserted.With(("where", where), ("new", Snippet(change.NewText))),
                    _ => ProofMessages.Deleted.With(("where", where), ("old", Snippet(change.OldText))),
                };
                sb.Append(line.Render(language)).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static string Note(ProofChange change, Language language) => (change.Kind switch
    {
        ChangeKind.Changed => ProofMessages.NoteChanged.With(("old", change.OldText)),
        ChangeKind.Inserted => ProofMessages.NoteInserted.With(),
        _ => ProofMessages.NoteDeleted.With(("old", change.OldText)),
    }).Render(language);

    private static string Snippet(string text) => text.Length <= 60 ? text : text[..28] + "……" + text[^28..];
}
