using GazettePress.Content.Safety;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// Loads an issue folder (issue.yaml + docs/*.md + images/) into an <see cref="Issue"/> and reports
/// every problem at once. Never throws for bad input; never writes anything.
/// </summary>
public static class IssueLoader
{
    public const string IssueFileName = "issue.yaml";
    public const string DocumentsFolder = "docs";

    /// <param name="directory">The issue folder; diagnostics name files under it as given (e.g. samples/x/docs/a.md).</param>
    /// <param name="coverage">When given, every character of every text is checked against the bundled fonts.</param>
    public static IssueLoadResult Load(string directory, ICharacterCoverage? coverage = null)
    {
        var diagnostics = new DiagnosticBag();
        var issue = LoadInto(directory.TrimEnd('/', '\\'), coverage, diagnostics);
        return new IssueLoadResult(issue, diagnostics.Sorted());
    }

    private static Issue? LoadInto(string directory, ICharacterCoverage? coverage, DiagnosticBag diagnostics)
    {
        if (directory.Length == 0)
        {
            directory = ".";
        }
        var issuePath = Join(directory, IssueFileName);
        if (!Directory.Exists(directory) || !File.Exists(issuePath))
        {
            diagnostics.Add(Diagnostic.Create(ContentMessages.IssueNotFound, new SourceLocation(Directory.Exists(directory) ? issuePath : directory),
                ("problem", Directory.Exists(directory) ? ContentMessages.NoIssueYaml.With() : ContentMessages.FolderMissing.With(("path", directory)))));
            return null;
        }

        var images = new ImageResolver(directory, diagnostics);
        var coverageChecker = coverage is null ? null : new CoverageChecker(coverage, diagnostics);
        var folder = new IssueFolder(directory);
        if (folder.Read(issuePath, InputLimits.IssueFileBytes, diagnostics) is not { } issueBytes)
        {
            return null;
        }
        var issueSource = new YamlSource(issuePath, SourceText.Decode(issueBytes, issuePath, diagnostics), 1, diagnostics);
        var issueFile = IssueFileReader.Read(issueSource, images);
        coverageChecker?.CheckYaml(issueSource);
        var characters = new CharacterCheck(diagnostics);
        characters.CheckYaml(issueSource);
        if (issueFile is null)
        {
            images.ReportMissing();
            return null;
        }

        DocumentIdCheck.Check(issueFile.Sections.SelectMany(s => s.Documents), diagnostics);
        if (issueFile.Gazette?.EditionUrl is { } editionUrl)
        {
            PrintableSizeCheck.CheckQrAddress(editionUrl, issueFile.Locations.Of("gazette.edition_url"), diagnostics);
        }
        var files = new DocsFolderFiles(directory, issueFile);
        var documents = LoadDocuments(folder, issueFile, files, images, coverageChecker, characters, diagnostics);
        ReportUnlistedFiles(files, diagnostics);
        var loaded = documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        // Links to a listed document that failed to load, or to the file a misspelt id meant, are reported once: there.
        var settled = files.Listed.Concat(files.SuggestedFor.Keys).ToHashSet(StringComparer.Ordinal);
        new ReferenceChecker(loaded, settled, images, diagnostics).Check();
        MarkupChecker.Check(loaded, diagnostics);
        images.ReportMissing();
        DateChecker.Check(issueFile, loaded, diagnostics);
        foreach (var document in loaded)
        {
            if (document.IsDraft)
                diagnostics.Add(Diagnostic.Create(ContentMessages.ListedDraft, document.Locations.Of("draft")));
            if (document.Qr?.Source is QrSource.Placeholder)
                diagnostics.Add(Diagnostic.Create(ContentMessages.QrPlaceholder, document.Locations.Of("qr.placeholder")));
        }

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var sections = issueFile.Sections
            .Select(s => new IssueSection(s.Title,
                s.Documents.Where(r => placed.Add(r.Id)).Select(r => documents.GetValueOrDefault(r.Id)).OfType<GazetteDocument>().ToArray(),
                s.Location))
            .ToArray();
        if (!issueFile.IsComplete)
        {
            return null;
        }
        return new Issue(issueFile.Gazette!, issueFile.Year!.Value, issueFile.Number!.Value, issueFile.Cumulative, issueFile.Published!.Value,
            issueFile.Intro, issueFile.EditorialBoard, sections, issueFile.Colophon, issueFile.Cover, issueFile.BackCover,
            directory)
        {
            Locations = issueFile.Locations,
        };
    }

    private static Dictionary<string, GazetteDocument> LoadDocuments(IssueFolder folder, IssueFile issueFile, DocsFolderFiles files, ImageResolver images,
        CoverageChecker? coverageChecker, CharacterCheck characters, DiagnosticBag diagnostics)
    {
        var directory = folder.Directory;
        var reader = new DocumentFileReader(diagnostics, images);
        var documents = new Dictionary<string, GazetteDocument>(StringComparer.Ordinal);
        var firstListed = new Dictionary<string, DocumentRef>(StringComparer.Ordinal);
        foreach (var reference in issueFile.Sections.SelectMany(s => s.Documents))
        {
            if (firstListed.TryGetValue(reference.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Create(ContentMessages.DuplicateDocument, reference.Location, ("id", reference.Id), ("first_line", first.Location.Line)));
                continue;
            }
            firstListed[reference.Id] = reference;
            if (!DocumentIds.IsValid(reference.Id))
            {
                var ids = reference.Id.Split(DocumentIds.WrongSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var separated = ids.Length > 1 && ids.All(DocumentIds.IsValid);
                diagnostics.Add(Diagnostic.Create(ContentMessages.BadId, reference.Location,
                    ("problem", ContentMessages.BadDocumentId.With(("id", reference.Id))),
                    ("fix", separated ? ContentMessages.FixSeparateIds.With(("fixed", string.Join(", ", ids))) : ContentMessages.FixDocumentId.With())));
                continue;
            }
            var file = Join(Join(directory, DocumentsFolder), reference.Id + ".md");
            if (!File.Exists(file))
            {
                var near = files.Suggestion(reference.Id);
                diagnostics.Add(Diagnostic.Create(ContentMessages.MissingDocumentFile, reference.Location, ("id", reference.Id),
                    ("fix", near is null ? ContentMessages.DocumentFixCreate.With(("id", reference.Id)) : ContentMessages.DocumentFixNear.With(("name", near)))));
                continue;
            }
            if (folder.Read(file, InputLimits.DocumentFileBytes, diagnostics) is not { } bytes)
            {
                continue;
            }
            var text = SourceText.Decode(bytes, file, diagnostics);
            var document = reader.Read(reference.Id, file, text, out var frontMatter);
            if (frontMatter is not null)
            {
                characters.CheckYaml(frontMatter);
            }
            if (FrontMatter.Split(text, out _) is { } parts)
            {
                characters.CheckText(file, parts.Body, parts.BodyFirstLine);
            }
            if (coverageChecker is not null)
            {
                if (frontMatter is not null)
                {
                    coverageChecker.CheckYaml(frontMatter);
                }
                var body = FrontMatter.Split(text, out _);
                if (body is not null)
                {
                    coverageChecker.CheckText(file, body.Body, body.BodyFirstLine);
                }
            }
            if (document is not null)
            {
                PrintableSizeCheck.CheckDocument(document, diagnostics);
            }
            // A body past the nesting and markup limits is reported and never rendered.
            if (document is not null && BodyLimits.Check(document, diagnostics))
            {
                documents[reference.Id] = document;
            }
        }
        return documents;
    }

    /// <summary>
    /// docs/*.md files that no section lists are errors — they would silently be left out — unless the
    /// file says <c>draft: true</c>, or it is the file a misspelt id in issue.yaml meant (reported there).
    /// </summary>
    private static void ReportUnlistedFiles(DocsFolderFiles files, DiagnosticBag diagnostics)
    {
        foreach (var (id, path) in files.Unlisted)
        {
            if (files.SuggestedFor.ContainsKey(id) || DocsFolderFiles.IsDraft(path))
            {
                continue;
            }
            diagnostics.Add(Diagnostic.Create(ContentMessages.UnlistedDocument, new SourceLocation(path, 1, 1), ("id", id)));
        }
    }

    /// <summary>Joins with '/' so messages look the same on every system.</summary>
    internal static string Join(string directory, string name) => directory == "." ? name : $"{directory}/{name}";
}

/// <summary>What a document id may look like: it becomes a file name in the EPUB and an anchor prefix.</summary>
internal static class DocumentIds
{
    /// <summary>What an editor types between ids by mistake on a Chinese keyboard.</summary>
    internal static readonly char[] WrongSeparators = ['，', '、', '；', ';', ' ', '\u3000'];

    public static bool IsValid(string id) =>
        id.Length > 0 && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
