using GazettePress.Diagnostics;

namespace GazettePress.Content;

/// <summary>
/// Where each front-matter or issue.yaml field was written, keyed by its YAML path
/// (e.g. <c>title</c>, <c>title[1]</c>, <c>signature.date</c>), so later stages can point editors at the source.
/// </summary>
public sealed class SourceMap
{
    private readonly IReadOnlyDictionary<string, SourceLocation> _locations;

    public SourceMap(SourceLocation fallback, IReadOnlyDictionary<string, SourceLocation> locations)
    {
        Fallback = fallback;
        _locations = locations;
    }

    public static readonly SourceMap Empty = new(SourceLocation.None, new Dictionary<string, SourceLocation>());

    /// <summary>The location used when a field was not written (usually the file itself).</summary>
    public SourceLocation Fallback { get; }

    public SourceLocation Of(string path) => _locations.TryGetValue(path, out var location) ? location : Fallback;

    public IEnumerable<string> Paths => _locations.Keys;
}
