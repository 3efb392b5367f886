using System.IO.Compression;
using System.Xml.Linq;
using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Content.Rendering;
using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>End to end from an issue folder in the content format (tests/data/epub-issue) through
/// IssueLoader and BodyXhtmlRenderer, with synthetic page starts standing in for print layout.</summary>
public sealed class EpubFromIssueFolderTests : IDisposable
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("gp-epub-issue-").FullName;

    public void Dispose() => Directory.Delete(_outputDirectory, recursive: true);

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GazettePress.sln"))) return dir.FullName;
        throw new InvalidOperationException("GazettePress.sln not found above the test assembly");
    }

    private static Issue LoadIssue()
    {
        var result = IssueLoader.Load(Path.Combine(RepositoryRoot(), "tests", "data", "epub-issue"));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Issue!;
    }

    /// <summary>A page at every document start and one in the middle of each document's longest block.</summary>
    private static List<PrintPageStart> SyntheticPageStarts(Issue issue)
    {
        var starts = new List<PrintPageStart>();
        foreach (var doc in issue.Documents)
        {
            starts.Add(new PrintPageStart((starts.Count + 1).ToString(), doc.Id, "doc-title", 0));
            var longest = BodyXhtmlRenderer.Render(doc).Blocks.Where(b => b.Element == "p").MaxBy(b => b.Text.Length)!;
            starts.Add(new PrintPageStart((starts.Count + 1).ToString(), doc.Id, longest.Id, longest.Text.Length / 2));
        }
        return starts;
    }

    private string Build(Issue issue, IReadOnlyList<PrintPageStart> starts, string name = "issue.epub")
    {
        var path = Path.Combine(_outputDirectory, name);
        var result = EpubBuilder.Build(issue, starts, SampleEpubIssue.TinyPng, path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return path;
    }

    [Fact]
    public void EpubCheckPassesOnTheLoadedIssue()
    {
        var issue = LoadIssue();
        var (exitCode, output) = EpubCheckRunner.Run(Build(issue, SyntheticPageStarts(issue)));
        Assert.True(exitCode == 0, output);
        Assert.Contains("No errors or warnings detected", output);
    }

    [Fact]
    public void EveryRenderedBlockKeepsItsTextAndEveryPageStartResolves()
    {
        var issue = LoadIssue();
        var starts = SyntheticPageStarts(issue);
        using var archive = new ZipArchive(File.OpenRead(Build(issue, starts)), ZipArchiveMode.Read);

        foreach (var doc in issue.Documents)
        {
            var page = Load(archive, $"EPUB/{doc.Id}.xhtml");
            var elements = page.Descendants().Where(e => e.Attribute("id") is not null)
                .ToDictionary(e => (string)e.Attribute("id")!);
            foreach (var block in BodyXhtmlRenderer.Render(doc).Blocks)
                Assert.Equal(block.Text, elements[block.Id].Value);
        }

        var nav = Load(archive, "EPUB/nav.xhtml");
        var pageList = nav.Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list")
            .Descendants(X + "a").ToArray();
        Assert.Equal(starts.Count, pageList.Length);
        foreach (var (start, link) in starts.Zip(pageList))
        {
            Assert.Equal(start.Folio, link.Value);
            var href = ((string)link.Attribute("href")!).Split('#');
            Assert.Equal(start.DocumentId + ".xhtml", href[0]);
            var marker = Load(archive, "EPUB/" + href[0]).Descendants().Single(e => (string?)e.Attribute("id") == href[1]);
            Assert.Equal("doc-pagebreak", (string?)marker.Attribute("role"));
        }

        var tocLinks = nav.Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "toc").Descendants(X + "a")
            .Select(a => (string)a.Attribute("href")!).ToArray();
        Assert.Equal(issue.Documents.Select(d => d.Id + ".xhtml"), tocLinks);
    }

    [Fact]
    public void TwoBuildsOfTheIssueFolderGiveIdenticalBytes()
    {
        var issue = LoadIssue();
        var starts = SyntheticPageStarts(issue);
        Assert.Equal(File.ReadAllBytes(Build(issue, starts, "a.epub")), File.ReadAllBytes(Build(LoadIssue(), starts, "b.epub")));
    }

    private static XDocument Load(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }
}
