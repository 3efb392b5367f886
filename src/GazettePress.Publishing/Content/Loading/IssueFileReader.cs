using GazettePress.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace GazettePress.Content.Loading;

/// <summary>A document id as listed in a section of issue.yaml, with where it was written.</summary>
internal sealed record DocumentRef(string Id, SourceLocation Location);

internal sealed record SectionRef(string Title, IReadOnlyList<DocumentRef> Documents, SourceLocation Location);

/// <summary>
/// issue.yaml read into everything but the documents themselves. Required values are null when they
/// were missing or malformed (already reported), so the documents can still be checked.
/// </summary>
internal sealed record IssueFile(
    GazetteInfo? Gazette, int? Year, int? Number, int? Cumulative, DateOnly? Published,
    IReadOnlyList<string> Intro, IReadOnlyList<LabeledValue> EditorialBoard,
    IReadOnlyList<SectionRef> Sections, IReadOnlyList<LabeledValue> Colophon,
    CoverSettings Cover, BackCoverSettings BackCover, SourceMap Locations)
{
    public bool IsComplete => Gazette is not null && Year is not null && Number is not null && Published is not null;
}

/// <summary>Reads issue.yaml, reporting every problem; returns null when it is not a YAML mapping at all.</summary>
internal static class IssueFileReader
{
    private static readonly string[] TopKeys =
        { "gazette", "year", "number", "cumulative", "published", "intro", "editorial_board", "sections", "colophon", "cover", "back_cover" };
    private static readonly string[] GazetteKeys = { "title", "pinyin", "sponsor", "frequency", "edition_url" };
    private static readonly string[] SectionKeys = { "title", "documents" };
    private static readonly string[] CoverKeys = { "image", "qr_caption" };
    private static readonly string[] BackCoverKeys = { "image", "text" };

    /// <summary>Every key an issue.yaml may hold, at any level.</summary>
    public static IEnumerable<string> AllKeys => TopKeys.Concat(GazetteKeys).Concat(SectionKeys).Concat(CoverKeys).Concat(BackCoverKeys).Concat(["label", "value"]);

    public static IssueFile? Read(YamlSource source, ImageResolver images)
    {
        var root = source.Parse();
        if (root is null)
        {
            if (!source.Diagnostics.Items.Any(d => d.Location.File == source.File))
            {
                source.Add(ContentMessages.MissingField, source.FileStart, ("problem", ContentMessages.IssueEmpty.With()),
                    ("fix", ContentMessages.FixStartIssue.With()));
            }
            return null;
        }
        var locations = new Dictionary<string, SourceLocation>();
        var top = YamlMap.Open(root, source, "", ContentMessages.WhereIssue.With(), TopKeys, locations);
        if (top is null)
        {
            return null;
        }

        var gazette = ReadGazette(top, source);
        var year = top.Int("year", true, 1949, "year: 2025");
        var number = top.Int("number", true, 1, "number: 6");
        var cumulative = top.Int("cumulative", false, 1);
        var published = top.Date("published", true, "published: 2025-12-28");
        var intro = SplitParagraphs(top.String("intro", false));
        var board = top.Pairs("editorial_board", false);
        var sections = ReadSections(top, source, locations);
        var colophon = top.Pairs("colophon", false);
        var cover = ReadCover(top, images);
        var backCover = ReadBackCover(top, images);

        return new IssueFile(gazette, year, number, cumulative, published, intro, board,
            sections ?? Array.Empty<SectionRef>(), colophon, cover, backCover, new SourceMap(source.FileStart, locations));
    }

    private static GazetteInfo? ReadGazette(YamlMap top, YamlSource source)
    {
        var map = top.Map("gazette", true, GazetteKeys, "gazette:");
        if (map is null)
        {
            return null;
        }
        var title = map.String("title", true, "title: 晋城市人民政府公报");
        var pinyin = map.String("pinyin", false);
        var sponsor = map.String("sponsor", true, "sponsor: 晋城市人民政府办公室");
        var frequency = map.String("frequency", false);
        var editionUrl = map.String("edition_url", false);
        if (editionUrl is not null && !UrlRules.IsWebUrl(editionUrl))
        {
            source.Add(ContentMessages.MalformedValue, map.LocationOf("edition_url"),
                ("problem", ContentMessages.NotWebAddress.With(("key", "edition_url"), ("value", editionUrl))),
                ("fix", ContentMessages.FixWebAddress.With(("key", "edition_url"))));
            editionUrl = null;
        }
        return title is null || sponsor is null ? null : new GazetteInfo(title, pinyin, sponsor, frequency, editionUrl);
    }

    private static IReadOnlyList<SectionRef>? ReadSections(YamlMap top, YamlSource source, Dictionary<string, SourceLocation> locations)
    {
        var items = top.Sequence("sections", true, example: "sections:");
        if (items is null)
        {
            return null;
        }
        var sections = new List<SectionRef>();
        for (var i = 0; i < items.Count; i++)
        {
            var map = YamlMap.Open(items[i], source, $"sections[{i}]", YamlMap.WhereOf($"sections[{i}]"), SectionKeys, locations);
            if (map is null)
            {
                continue;
            }
            var title = map.String("title", true, "title: 市政府文件");
            var ids = map.StringList("documents", true, scalarAsList: true, example: "documents: [01-jsf-2025-11]");
            if (title is null)
            {
                continue;
            }
            var refs = (ids ?? Array.Empty<(string, YamlNode)>()).Select(x => new DocumentRef(x.Text, source.At(x.Node))).ToArray();
            if (ids is not null && refs.Length == 0)
            {
                source.Add(ContentMessages.EmptySection, map.Location, ("title", title));
            }
            sections.Add(new SectionRef(title, refs, map.Location));
        }
        if (items.Count == 0)
        {
            source.Add(ContentMessages.MissingField, top.LocationOf("sections"), ("problem", ContentMessages.SectionsEmpty.With()),
                ("fix", ContentMessages.FixSections.With()));
        }
        return sections;
    }

    private static CoverSettings ReadCover(YamlMap top, ImageResolver images)
    {
        var map = top.Map("cover", false, CoverKeys);
        if (map is null)
        {
            return CoverSettings.Empty;
        }
        return new CoverSettings(images.Resolve(map, "image"), map.String("qr_caption", false));
    }

    private static BackCoverSettings ReadBackCover(YamlMap top, ImageResolver images)
    {
        var map = top.Map("back_cover", false, BackCoverKeys);
        if (map is null)
        {
            return BackCoverSettings.Empty;
        }
        return new BackCoverSettings(images.Resolve(map, "image"), map.String("text", false));
    }

    private static IReadOnlyList<string> SplitParagraphs(string? text)
    {
        if (text is null)
        {
            return Array.Empty<string>();
        }
        return text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace("\n", "", StringComparison.Ordinal))
            .ToArray();
    }
}

/// <summary>Small rules about addresses written in content.</summary>
internal static class UrlRules
{
    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}
