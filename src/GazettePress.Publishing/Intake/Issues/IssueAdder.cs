using System.Text;
using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Importing;
using GazettePress.Intake.Recognition;
using GazettePress.Intake.Writing;

namespace GazettePress.Intake.Issues;

public sealed record AddRequest(string IssueDirectory, IReadOnlyList<string> Files, string? Section = null, bool Force = false);

/// <summary>One document added: where it went, whether its section was guessed, what was doubted and what was left out.</summary>
public sealed record AddedDocument(string Source, string Id, string File, string Section, bool Replaced, IReadOnlyList<Diagnostic> Notes,
    IReadOnlyList<DroppedPart> Dropped);

public sealed record AddResult(IReadOnlyList<AddedDocument> Added, IReadOnlyList<Diagnostic> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// `add`: every file read and recognised, its id derived from the 文号 as the samples' are, its
/// section chosen (given, or guessed with a note), docs/&lt;id&gt;.md and its pictures written and
/// the id appended to the section in issue.yaml by a text edit. Nothing is written unless every
/// file succeeded and the issue, with the new files, loads without a new error; then all files are
/// written at once (<see cref="FileSetWriter"/>).
/// </summary>
public static class IssueAdder
{
    public static AddResult Add(AddRequest request)
    {
        var dir = request.IssueDirectory.TrimEnd('/', '\\');
        if (dir.Length == 0) dir = ".";
        var issuePath = Path.Combine(dir, IssueLoader.IssueFileName);
        var before = IssueLoader.Load(dir);
        if (before.Issue is null || !File.Exists(issuePath))
        {
            var detail = before.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? issuePath;
            return Fail(Diagnostic.Create(IntakeMessages.NotAnIssue, new SourceLocation(dir), ("detail", detail)));
        }
        var issue = before.Issue;
        var sections = issue.Sections.Select(s => (s.Title, (IReadOnlyList<GazetteDocument>)s.Documents)).ToList();
        if (request.Section is { } wanted && !sections.Any(s => IssueYamlEditor.SameTitle(s.Title, wanted)))
            return Fail(Diagnostic.Create(IntakeMessages.UnknownSection, new SourceLocation(issuePath),
                ("section", wanted), ("sections", string.Join("、", sections.Select(s => s.Title)))));

        var errors = new List<Diagnostic>();
        var recognised = new List<(string Source, RecognisedDocument Document)>();
        foreach (var file in request.Files)
        {
            var (document, fileErrors) = DocumentIntake.Recognise(file);
            errors.AddRange(fileErrors);
            if (document is not null) recognised.Add((file, document));
        }
        // The same document twice among the inputs.
        for (var i = 0; i < recognised.Count; i++)
            for (var j = 0; j < i; j++)
                if (SameDocument(recognised[i].Document, recognised[j].Document))
                    errors.Add(Diagnostic.Create(IntakeMessages.SameFileTwice, new SourceLocation(recognised[i].Source), ("other", recognised[j].Source)));
        if (errors.Count > 0) return new AddResult([], errors);

        var existingIds = issue.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var docsDir = Path.Combine(dir, IssueLoader.DocumentsFolder);
        var filesOnDisk = Directory.Exists(docsDir)
            ? Directory.EnumerateFiles(docsDir, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        var next = issue.Documents.Select(d => LeadingNumber(d.Id)).DefaultIfEmpty(0).Max() + 1;
        next = Math.Max(next, filesOnDisk.Select(LeadingNumber).DefaultIfEmpty(0).Max() + 1);

        var yaml = File.ReadAllText(issuePath);
        var writes = new List<(string Path, byte[] Bytes)>();
        var added = new List<AddedDocument>();
        foreach (var (source, document) in recognised)
        {
            var existing = issue.Documents.FirstOrDefault(d => SameDocument(document, d));
            string id, section;
            var replaced = false;
            var notes = new List<Diagnostic>();
            if (existing is not null)
            {
                if (!request.Force)
                {
                    var reason = existing.DocNumber is not null && existing.DocNumber.Printed == document.DocNumber ? $"文号 {document.DocNumber}" : $"标题 {existing.Title}";
                    errors.Add(Diagnostic.Create(IntakeMessages.DocumentExists, new SourceLocation(source), ("id", existing.Id), ("reason", reason)));
                    continue;
                }
                id = existing.Id;
                section = issue.Sections.First(s => s.Documents.Contains(existing)).Title;
                replaced = true;
            }
            else
            {
                id = GazettePress.Importing.DocumentIds.For(next++, document.DocNumber);
                while (existingIds.Contains(id) || filesOnDisk.Contains(id) && !request.Force || added.Any(a => a.Id == id))
                    id = GazettePress.Importing.DocumentIds.For(next++, document.DocNumber);
                if (request.Section is { } given) section = sections.First(s => IssueYamlEditor.SameTitle(s.Title, given)).Title;
                else
                {
                    section = SectionGuesser.Guess(sections, document);
                    notes.Add(Diagnostic.Create(IntakeMessages.SectionGuessed, new SourceLocation(source), ("section", section)));
                }
                var edited = IssueYamlEditor.AddDocument(yaml, section, id, out var problem);
                if (edited is null)
                {
                    errors.Add(Diagnostic.Create(IntakeMessages.IssueYamlShape, new SourceLocation(issuePath), ("detail", problem ?? "sections"), ("id", id)));
                    continue;
                }
                yaml = edited;
            }
            var files = DocumentFileWriter.Write(document with { Notes = [.. document.Notes, .. notes] }, id, source, Localization.Current);
            foreach (var (path, bytes) in files.Images) writes.Add((path, bytes));
            var docPath = $"{IssueLoader.DocumentsFolder}/{id}.md";
            writes.Add((docPath, new UTF8Encoding(false).GetBytes(files.Markdown)));
            added.Add(new AddedDocument(source, id, Path.Combine(dir, IssueLoader.DocumentsFolder, id + ".md"), section, replaced, files.Notes, document.Dropped));
        }
        if (errors.Count > 0) return new AddResult([], errors);
        writes.Add((IssueLoader.IssueFileName, new UTF8Encoding(false).GetBytes(yaml)));

        var problems = CheckStaged(dir, writes, before);
        if (problems.Count > 0) return new AddResult([], problems);
        try
        {
            FileSetWriter.Write(dir, writes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(Diagnostic.Create(IntakeMessages.CannotWrite, new SourceLocation(dir), ("detail", e.Message)));
        }
        return new AddResult(added, []);
    }

    private static AddResult Fail(Diagnostic error) => new([], [error]);

    private static bool SameDocument(RecognisedDocument a, RecognisedDocument b) =>
        a.DocNumber is not null && a.DocNumber == b.DocNumber || a.DocNumber is null && b.DocNumber is null && a.Title == b.Title;

    private static bool SameDocument(RecognisedDocument a, GazetteDocument b) =>
        a.DocNumber is not null ? a.DocNumber == b.DocNumber?.Printed : b.DocNumber is null && a.Title == b.Title;

    private static int LeadingNumber(string id)
    {
        var digits = new string(id.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    /// <summary>
    /// The issue with the new files in a scratch copy, loaded as `check` loads it: any error that was not
    /// there before means the files are wrong, and nothing is written.
    /// </summary>
    private static List<Diagnostic> CheckStaged(string dir, List<(string Path, byte[] Bytes)> writes, IssueLoadResult before)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"gazettepress-add-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            CopyIssue(dir, scratch);
            foreach (var (path, bytes) in writes)
            {
                var target = Path.Combine(scratch, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
            var after = IssueLoader.Load(scratch);
            static string Key(Diagnostic d, string root) => $"{d.Code}|{Path.GetRelativePath(root, d.Location.File.Length > 0 ? d.Location.File : root)}|{d.Render(Language.English).Message}";
            var old = before.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => Key(d, dir)).ToHashSet();
            return after.Diagnostics.Where(d => d.Severity == Severity.Error && !old.Contains(Key(d, scratch)))
                .Select(d => Diagnostic.Create(IntakeMessages.ResultDoesNotLoad, new SourceLocation(dir), ("detail", d.Format(Localization.Current))))
                .ToList();
        }
        finally
        {
            try
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>issue.yaml, docs/ and images/ — what the loader reads — copied into a scratch folder.</summary>
    private static void CopyIssue(string from, string to)
    {
        Directory.CreateDirectory(to);
        File.Copy(Path.Combine(from, IssueLoader.IssueFileName), Path.Combine(to, IssueLoader.IssueFileName));
        foreach (var sub in new[] { IssueLoader.DocumentsFolder, "images" })
        {
            var source = Path.Combine(from, sub);
            if (!Directory.Exists(source)) continue;
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
