using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// What loading an issue folder gave: the issue (null when issue.yaml itself could not be read)
/// and every problem found, sorted by file, line and column. Build stages must refuse an issue
/// whose result <see cref="HasErrors"/>: documents that failed to load are left out of it.
/// </summary>
public sealed record IssueLoadResult(Issue? Issue, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
