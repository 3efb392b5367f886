using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Preview;

/// <summary>
/// Rebuilds the pages of an issue for the live preview. The composer stays alive across rebuilds, so
/// the layout of every section whose XHTML did not change is reused (the TOC loop's cache, kept
/// between saves); only load, templates and the changed sections are redone. Nothing is written:
/// the preview shows the proof pages (placeholders drawn) in memory. Not thread-safe: one rebuild at
/// a time (<see cref="WatchSession"/> runs them on one task).
/// </summary>
public sealed class PreviewBuilder : IDisposable
{
    /// <summary>A fresh composer after this many rebuilds: its caches hold every version of an edited section.</summary>
    public const int RebuildsPerComposer = 40;

    private readonly string _issueDirectory;
    private readonly string? _templatesDirectory;
    private readonly FontRegistry _fonts;
    private readonly FontCoverage _coverage;
    private TemplateSet? _templates;
    private IssueComposer? _composer;
    private int _composerUses;
    private PreviewSnapshot _current = PreviewSnapshot.Empty;

    public PreviewBuilder(string issueDirectory, string? templatesDirectory, string fontsDirectory)
    {
        _issueDirectory = issueDirectory;
        _templatesDirectory = templatesDirectory ?? BundledResources.Templates();
        _fonts = FontRegistry.LoadDirectory(fontsDirectory);
        _coverage = new FontCoverage(_fonts);
    }

    public string IssueDirectory => _issueDirectory;
    public string? TemplatesDirectory => _templatesDirectory;

    /// <summary>The font set's own warnings (a role falling back): shown once by the caller, not on every rebuild.</summary>
    public IReadOnlyList<Diagnostic> EnvironmentDiagnostics => _fonts.Diagnostics;

    public PreviewSnapshot Current => _current;

    /// <summary>Sections laid out and reused by the composer in its life so far (for tests and the console line).</summary>
    public (int LaidOut, int Reused) SectionCounts => _composer is null ? (0, 0) : (_composer.SectionsLaidOut, _composer.SectionsReused);

    /// <param name="changedFiles">Full paths of the files saved since the last rebuild (empty for the first build).</param>
    public PreviewSnapshot Rebuild(IReadOnlyCollection<string> changedFiles)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (_templates is null || changedFiles.Any(IsTemplateFile))
        {
            _templates = _templatesDirectory is null ? null : TemplateSet.Load(_templatesDirectory, diagnostics);
            _composer = null;
        }
        if (_templatesDirectory is null) diagnostics.Add(SetupMessages.TemplatesNotFound, SourceLocation.None);

        var loaded = IssueLoader.Load(_issueDirectory, _coverage);
        diagnostics.AddRange(loaded.Diagnostics);
        var changedDocument = ChangedDocument(changedFiles);
        ComposedIssue? composed = null;
        if (!diagnostics.HasErrors && loaded.Issue is not null && _templates is not null)
        {
            if (_composer is null || _composerUses >= RebuildsPerComposer)
            {
                _composer = new IssueComposer(_templates, new ParagraphLayouter(_fonts));
                _composerUses = 0;
            }
            _composerUses++;
            composed = _composer.Compose(IssueModelBuilder.Build(loaded.Issue), diagnostics);
            if (composed is not null) PlacedLinkCheck.Check(composed, loaded.Issue, diagnostics);
        }
        var sorted = diagnostics.Sorted().Where(d => !EnvironmentNotices.IsEnvironmental(d)).ToArray();
        var previous = _current;
        if (composed is null || diagnostics.HasErrors)
        {
            // Keep the last good pages in view while the content has errors.
            _current = previous with
            {
                Version = previous.Version + 1, Diagnostics = sorted, HasErrors = diagnostics.HasErrors || composed is null,
                PagesAreStale = previous.Pages.Count > 0, JumpToPage = null, ChangedDocument = changedDocument,
                BuildMilliseconds = clock.Elapsed.TotalMilliseconds,
            };
            return _current;
        }
        var pages = composed.Pages.Select(p => new PreviewPage(p.Index, p.Folio, p.DocumentId, p.Content, Fingerprint(p.Content))).ToArray();
        _current = new PreviewSnapshot(previous.Version + 1, pages, sorted, false, false,
            JumpTarget(previous.Pages, pages, changedDocument, changedFiles.Count > 0), changedDocument, clock.Elapsed.TotalMilliseconds);
        return _current;
    }

    /// <summary>
    /// The page to show after an edit: the first page that changed within the edited document (else its
    /// first page); for issue.yaml or a template, the first page that changed at all.
    /// </summary>
    internal static int? JumpTarget(IReadOnlyList<PreviewPage> before, IReadOnlyList<PreviewPage> after, string? document, bool edited)
    {
        if (!edited) return null;
        var previous = before.Select(p => p.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var candidates = document is null ? after : after.Where(p => p.DocumentId == document).ToArray();
        var changed = candidates.FirstOrDefault(p => !previous.Contains(p.Fingerprint) || before.ElementAtOrDefault(p.Index - 1)?.Fingerprint != p.Fingerprint);
        return (changed ?? candidates.FirstOrDefault())?.Index;
    }

    /// <summary>The document id of the first saved docs/&lt;id&gt;.md, if any.</summary>
    private string? ChangedDocument(IReadOnlyCollection<string> changedFiles)
    {
        var docs = Path.GetFullPath(Path.Combine(_issueDirectory, IssueLoader.DocumentsFolder));
        foreach (var file in changedFiles)
        {
            var full = Path.GetFullPath(file);
            if (Path.GetDirectoryName(full) == docs && full.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                return Path.GetFileNameWithoutExtension(full);
        }
        return null;
    }

    private bool IsTemplateFile(string path) =>
        _templatesDirectory is not null && Path.GetFullPath(path).StartsWith(Path.GetFullPath(_templatesDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>What a page shows, as a short hash of its display list: equal pages need no new image.</summary>
    internal static string Fingerprint(Layout.DisplayList.Page page) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(page.Dump())))[..20];

    public void Dispose() => _fonts.Dispose();
}
