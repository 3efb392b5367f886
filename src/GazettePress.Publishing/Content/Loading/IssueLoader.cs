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
        // A folder named issue.yaml is not "no issue.yaml": IssueFolder.Read reports it as not a file.
        if (!Directory.Exists(directory) || (!File.Exists(issuePath) && !Directory.Exists(issuePath)))
        {
            diagnostics.Add(Diagnostic.LegacyError(ContentCodes.IssueNotFound,
                Directory.Exists(directory) ? $"no {IssueFileName} in the issue folder" : "the issue folder does not exist",
                new SourceLocation(Directory.Exists(directory) ? issuePath : directory),
                "give the folder that holds issue.yaml and docs/, e.g. gazettepress check samples/jincheng-2025-06"));
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
            return null;
        }

        DocumentIdCheck.Check(issueFile.Sections.SelectMany(s => s.Documents), diagnostics);
        if (issueFile.Gazette?.EditionUrl is { } editionUrl)
        {
            PrintableSizeCheck.CheckQrAddress(editionUrl, issueFile.Locations.Of("gazette.edition_url"), diagnostics);
        }
        var documents = LoadDocuments(folder, issueFile, images, coverageChecker, characters, diagnostics);
        ReportUnlistedFiles(directory, issueFile, diagnostics);
        var listed = issueFile.Sections.SelectMany(s => s.Documents).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var loaded = documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        new ReferenceChecker(loaded, listed, images, diagnostics).Check();
        MarkupChecker.Check(loaded, diagnostics);

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

    private static Dictionary<string, GazetteDocument> LoadDocuments(IssueFolder folder, IssueFile issueFile, ImageResolver images,
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
                diagnostics.Add(Diagnostic.LegacyError(ContentCodes.DuplicateDocument,
                    $"document '{reference.Id}' is listed twice (first at {first.Location.Line}:{first.Location.Column})", reference.Location,
                    "a document appears in exactly one section; remove one of the two entries"));
                continue;
            }
            firstListed[reference.Id] = reference;
            if (!DocumentIds.IsValid(reference.Id))
            {
                diagnostics.Add(Diagnostic.LegacyError(ContentCodes.BadId, $"'{reference.Id}' is not a valid document id", reference.Location,
                    "ids are file names without .md made of ASCII letters, digits, '-' and '_', starting with a letter or digit, e.g. 01-jsf-2025-11"));
                continue;
            }
            var file = Join(Join(directory, DocumentsFolder), reference.Id + ".md");
            if (!File.Exists(file))
            {
                diagnostics.Add(Diagnostic.LegacyError(ContentCodes.MissingDocumentFile,
                    $"document '{reference.Id}' is listed but {DocumentsFolder}/{reference.Id}.md does not exist", reference.Location,
                    SuggestFile(directory, reference.Id)));
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
            if (document is not null && BodyLimits.Check(document, diagnostics, coverageChecker?.Coverage))
            {
                documents[reference.Id] = document;
            }
        }
        return documents;
    }

    private static string SuggestFile(string directory, string id)
    {
        var docs = Join(directory, DocumentsFolder);
        var stems = Directory.Exists(docs)
            ? Directory.GetFiles(docs, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToArray()
            : Array.Empty<string>();
        var suggestion = KeySuggester.Suggest(id, stems);
        return suggestion is not null
            ? $"did you mean '{suggestion}'? (docs/{suggestion}.md exists)"
            : $"create docs/{id}.md or correct the id in issue.yaml";
    }

    private static void ReportUnlistedFiles(string directory, IssueFile issueFile, DiagnosticBag diagnostics)
    {
        var docs = Join(directory, DocumentsFolder);
        if (!Directory.Exists(docs))
        {
            return;
        }
        var listed = issueFile.Sections.SelectMany(s => s.Documents).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(docs, "*.md").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (!listed.Contains(id))
            {
                diagnostics.Add(Diagnostic.LegacyWarning(ContentCodes.UnlistedDocument,
                    $"{DocumentsFolder}/{id}.md is not listed in any section of issue.yaml, so it will not be printed",
                    new SourceLocation(Join(docs, id + ".md"), 1, 1),
                    $"add '{id}' to the 'documents' of a section, or delete the file"));
            }
        }
    }

    /// <summary>Joins with '/' so messages look the same on every system.</summary>
    internal static string Join(string directory, string name) => directory == "." ? name : $"{directory}/{name}";
}

/// <summary>What a document id may look like: it becomes a file name in the EPUB and an anchor prefix.</summary>
internal static class DocumentIds
{
    public static bool IsValid(string id) =>
        id.Length > 0 && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
