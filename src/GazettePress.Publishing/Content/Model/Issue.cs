using GazettePress.Diagnostics;

namespace GazettePress.Content;

/// <summary>
/// One gazette issue as loaded from an issue folder (issue.yaml + docs/*.md). Immutable.
/// Build stages must only use an issue whose load result has no errors.
/// </summary>
public sealed record Issue(
    GazetteInfo Gazette,
    int Year,
    int Number,
    int? Cumulative,
    DateOnly Published,
    IReadOnlyList<string> Intro,
    IReadOnlyList<LabeledValue> EditorialBoard,
    IReadOnlyList<IssueSection> Sections,
    IReadOnlyList<LabeledValue> Colophon,
    CoverSettings Cover,
    BackCoverSettings BackCover,
    string SourceDirectory)
{
    /// <summary>Where each issue.yaml value was written (keys like <c>published</c>, <c>cover.image</c>).</summary>
    public SourceMap Locations { get; init; } = SourceMap.Empty;

    /// <summary>Every document in TOC order.</summary>
    public IEnumerable<GazetteDocument> Documents => Sections.SelectMany(s => s.Documents);

    public GazetteDocument? FindDocument(string id) =>
        Documents.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}

/// <summary>The masthead facts of the gazette itself (same for every issue).</summary>
public sealed record GazetteInfo(string Title, string? Pinyin, string Sponsor, string? Frequency, string? EditionUrl);

/// <summary>A TOC section such as 市政府文件 (printed 【市政府文件】) with its documents in order.</summary>
public sealed record IssueSection(string Title, IReadOnlyList<GazetteDocument> Documents, SourceLocation Location);

/// <summary>An ordered label/value pair (编辑委员会, colophon, 咨询 block), printed as given.</summary>
public sealed record LabeledValue(string Label, string Value);

/// <summary>An image file referenced from content: the path as written (relative to the issue folder) and resolved.</summary>
public sealed record ImageRef(string RelativePath, string FullPath);

public sealed record CoverSettings(ImageRef? Image, string? QrCaption)
{
    public static readonly CoverSettings Empty = new(null, null);
}

public sealed record BackCoverSettings(ImageRef? Image, string? Text)
{
    public static readonly BackCoverSettings Empty = new(null, null);
}
