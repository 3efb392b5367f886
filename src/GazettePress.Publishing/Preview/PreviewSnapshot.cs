using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;

namespace GazettePress.Publishing.Preview;

/// <summary>One page of the preview: its display list, a fingerprint of what it shows, and where it belongs.</summary>
public sealed record PreviewPage(int Index, string? Folio, string DocumentId, Page Content, string Fingerprint);

/// <summary>
/// What the preview shows after one rebuild: the pages of the last build that succeeded (kept while
/// the content has errors), the diagnostics of this rebuild, and the page to jump to (the first page
/// that changed in the document just edited). Immutable; a new one replaces it on every rebuild.
/// </summary>
public sealed record PreviewSnapshot(
    int Version,
    IReadOnlyList<PreviewPage> Pages,
    IReadOnlyList<Diagnostic> Diagnostics,
    bool HasErrors,
    bool PagesAreStale,
    int? JumpToPage,
    string? ChangedDocument,
    double BuildMilliseconds)
{
    public static PreviewSnapshot Empty { get; } = new(0, [], [], false, false, null, null, 0);
}
