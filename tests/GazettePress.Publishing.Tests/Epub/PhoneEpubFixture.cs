using System.IO.Compression;
using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Content.Rendering;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>
/// The e-editions the phone tests look at, built once: the three sample issues, the phone-straining
/// test issue and two generated ones, each with the phone cover and a page-list, written and unpacked
/// into a temporary folder; and one phone-sized browser that looks at them.
/// </summary>
public sealed class PhoneEpubFixture : IAsyncLifetime
{
    public static readonly string[] Samples = ["jincheng-2025-06", "jincheng-2023-02", "jincheng-2025-01"];
    public static readonly int[] GeneratedSeeds = [1401, 1402];

    private readonly string _root = Directory.CreateTempSubdirectory("gp-phone-epubs-").FullName;
    private readonly List<string> _generatedFolders = [];

    /// <summary>Name → the .epub file.</summary>
    public Dictionary<string, string> Epubs { get; } = new(StringComparer.Ordinal);
    /// <summary>Name → the folder the .epub was unpacked into.</summary>
    public Dictionary<string, string> Unpacked { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Issue> Issues { get; } = new(StringComparer.Ordinal);
    public PhoneBrowser Browser { get; private set; } = null!;

    public static string Repository => EpubFromIssueFolderTests.RepositoryRoot();
    public static string PhoneIssue => Path.Combine(Repository, "tests", "data", "phone-issue");

    public async Task InitializeAsync()
    {
        using var fonts = FontRegistry.LoadDirectory(Path.Combine(Repository, "fonts"));
        foreach (var sample in Samples) Add(sample, Path.Combine(Repository, "samples", sample), fonts);
        Add("phone-issue", PhoneIssue, fonts);
        foreach (var seed in GeneratedSeeds)
        {
            var folder = PhoneIssueGenerator.Write(seed, Path.Combine(PhoneIssue, "images"));
            _generatedFolders.Add(folder);
            Add($"generated-{seed}", folder, fonts);
        }
        Browser = await PhoneBrowser.StartAsync();
    }

    private void Add(string name, string issueFolder, FontRegistry fonts)
    {
        var loaded = IssueLoader.Load(issueFolder);
        Assert.False(loaded.HasErrors, $"{name}: " + string.Join("\n", loaded.Diagnostics));
        var issue = loaded.Issue!;
        var cover = EpubCoverPainter.PaintPng(EpubModelFactory.From(issue), fonts);
        var result = EpubBuilder.Create(issue, PageStartsInEveryDocument(issue), cover);
        Assert.True(result.Succeeded, $"{name}: " + string.Join("\n", result.Diagnostics));
        var epub = Path.Combine(_root, name + ".epub");
        File.WriteAllBytes(epub, result.Epub!);
        var folder = Path.Combine(_root, name);
        ZipFile.ExtractToDirectory(epub, folder);
        Epubs[name] = epub;
        Unpacked[name] = folder;
        Issues[name] = issue;
    }

    /// <summary>A page at the start of every document and one inside its longest paragraph, so the
    /// pages carry page-break markers as a real build's do.</summary>
    private static List<PrintPageStart> PageStartsInEveryDocument(Issue issue)
    {
        var starts = new List<PrintPageStart>();
        foreach (var doc in issue.Documents)
        {
            starts.Add(new PrintPageStart((starts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Id, "doc-title", 0));
            var longest = BodyXhtmlRenderer.Render(doc).Blocks.Where(b => b.Element == "p").MaxBy(b => b.Text.Length);
            if (longest is not null)
                starts.Add(new PrintPageStart((starts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Id, longest.Id, longest.Text.Length / 2));
        }
        return starts;
    }

    /// <summary>Every content document of one e-edition, in spine order.</summary>
    public IEnumerable<string> Pages(string name) =>
        Directory.GetFiles(Path.Combine(Unpacked[name], "EPUB"), "*.xhtml").Order(StringComparer.Ordinal);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Directory.Delete(_root, recursive: true);
        foreach (var folder in _generatedFolders) Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition("phone")]
public sealed class PhoneCollection : ICollectionFixture<PhoneEpubFixture>;
