namespace GazettePress.Content.Loading;

/// <summary>
/// The docs/*.md files of an issue folder against the ids issue.yaml lists: which are unlisted, and
/// which unlisted file a listed id without a file most likely meant (suggested once, never a file
/// that is listed already).
/// </summary>
internal sealed class DocsFolderFiles
{
    private readonly Dictionary<string, string> _suggestions = new(StringComparer.Ordinal);

    public DocsFolderFiles(string directory, IssueFile issueFile)
    {
        // Ids run together with a full-width comma (01-a，02-b) are reported there; their files count as listed.
        Listed = issueFile.Sections.SelectMany(s => s.Documents)
            .SelectMany(d => d.Id.Split(DocumentIds.WrongSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(d.Id))
            .ToHashSet(StringComparer.Ordinal);
        var docs = IssueLoader.Join(directory, IssueLoader.DocumentsFolder);
        Unlisted = (Directory.Exists(docs) ? Directory.GetFiles(docs, "*.md") : [])
            .Select(f => (Id: Path.GetFileNameWithoutExtension(f), Path: IssueLoader.Join(docs, Path.GetFileName(f))))
            .Where(f => !Listed.Contains(f.Id))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
        var candidates = Unlisted.Select(f => f.Id).ToList();
        foreach (var id in issueFile.Sections.SelectMany(s => s.Documents).Select(d => d.Id).Distinct(StringComparer.Ordinal))
        {
            if (File.Exists(IssueLoader.Join(docs, id + ".md")) || KeySuggester.Suggest(id, candidates) is not { } near)
            {
                continue;
            }
            _suggestions[id] = near;
            SuggestedFor[near] = id;
            candidates.Remove(near); // one file answers one misspelt id
        }
    }

    public IReadOnlySet<string> Listed { get; }

    /// <summary>Files in docs/ that no section lists, by id.</summary>
    public IReadOnlyList<(string Id, string Path)> Unlisted { get; }

    /// <summary>Unlisted file id → the listed id it was suggested for.</summary>
    public Dictionary<string, string> SuggestedFor { get; } = new(StringComparer.Ordinal);

    public string? Suggestion(string listedId) => _suggestions.GetValueOrDefault(listedId);

    /// <summary>Whether a document file's front matter says <c>draft: true</c> (read without reporting anything).</summary>
    public static bool IsDraft(string path)
    {
        try
        {
            var text = SourceText.Decode(File.ReadAllBytes(path), path, new GazettePress.Diagnostics.DiagnosticBag());
            if (FrontMatter.Split(text, out _) is not { } parts)
            {
                return false;
            }
            var source = new YamlSource(path, parts.Yaml, parts.YamlFirstLine, new GazettePress.Diagnostics.DiagnosticBag());
            return source.Parse() is YamlDotNet.RepresentationModel.YamlMappingNode map
                && map.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("draft"), out var value)
                && value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "true" or "True" or "TRUE" or "yes" };
        }
        catch (IOException)
        {
            return false;
        }
    }
}
