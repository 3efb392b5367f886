using System.Xml.Linq;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>
/// The e-edition on a phone: every XHTML page of the samples, the phone-straining issue and generated
/// issues, opened in headless chromium at 390×844. Nothing may reach beyond the screen; pictures are
/// never indented; a line next to an address is not stretched letter by letter; titles re-flow and
/// end in more than one character; EPUBCheck stays at 0 errors and 0 warnings.
/// </summary>
[Collection("phone")]
public sealed class EpubPhoneTests(PhoneEpubFixture fixture)
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    public static TheoryData<string> EditionNames()
    {
        var data = new TheoryData<string>();
        foreach (var sample in PhoneEpubFixture.Samples) data.Add(sample);
        data.Add("phone-issue");
        foreach (var seed in PhoneEpubFixture.GeneratedSeeds) data.Add($"generated-{seed}");
        return data;
    }

    [Theory]
    [MemberData(nameof(EditionNames))]
    public async Task EveryPageFitsAPhoneScreen(string edition)
    {
        var problems = new List<string>();
        var pages = 0;
        foreach (var page in fixture.Pages(edition))
        {
            // GAZETTEPRESS_PHONE_SHOTS=<folder> keeps a 390×844 screenshot of every page, to look at.
            var shots = Environment.GetEnvironmentVariable("GAZETTEPRESS_PHONE_SHOTS");
            var shot = string.IsNullOrEmpty(shots) ? null : Path.Combine(Directory.CreateDirectory(shots).FullName, $"{edition}-{Path.GetFileNameWithoutExtension(page)}.png");
            var view = await fixture.Browser.ViewAsync(page, shot);
            pages++;
            if (view.Overflows || view.StretchedLines.Count > 0 || view.IndentedImages.Count > 0
                || view.LoneCharacterHeadings.Count > 0 || view.BlockTitleLines.Count > 0)
                problems.Add(view.ToString());
        }
        Assert.True(pages >= 4, $"{edition}: only {pages} pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // The samples' e-editions go through EPUBCheck in the build tests already.
    [Theory]
    [InlineData("phone-issue")]
    [InlineData("generated-1401")]
    [InlineData("generated-1402")]
    public void EpubCheckFindsNothing(string edition)
    {
        var (exitCode, output) = EpubCheckRunner.Run(fixture.Epubs[edition]);
        Assert.True(exitCode == 0, output);
        Assert.Contains("No errors or warnings detected", output);
    }

    [Fact]
    public async Task TheWideTableScrollsInItsOwnRegionNotThePage()
    {
        var page = Path.Combine(fixture.Unpacked["phone-issue"], "EPUB", "01-yzf-2025-30.xhtml");
        var view = await fixture.Browser.ViewAsync(page);
        Assert.False(view.Overflows, view.ToString());
        var region = XDocument.Load(page).Descendants(X + "div").Single(d => (string?)d.Attribute("class") == "table-region");
        Assert.Equal("region", (string?)region.Attribute("role"));
        Assert.Equal("0", (string?)region.Attribute("tabindex"));
        Assert.Equal("table", region.Elements().Single().Name.LocalName);
    }

    [Fact]
    public void OnlineAttachmentsWithAnAddressAreLinksAndEveryEntryIsALinkTarget()
    {
        var page = XDocument.Load(Path.Combine(fixture.Unpacked["phone-issue"], "EPUB", "01-yzf-2025-30.xhtml"));
        var entries = page.Descendants(X + "div").Single(d => (string?)d.Attribute("id") == "doc-attachments").Elements(X + "p").ToArray();

        Assert.Equal(["doc-attachment-1", "doc-attachment-2", "doc-attachment-3"], entries.Select(e => (string?)e.Attribute("id")));
        Assert.Equal(["attachment-1", "attachment-2", "attachment-3"], entries.Select(e => (string?)e.Elements(X + "span").Last().Attribute("id")));
        var link = Assert.Single(entries[0].Descendants(X + "a"));
        Assert.Equal("https://www.xjyl.gov.cn/zwgk/fj/2025/12/01/fj1-zdxzjcsxml-2025.pdf", (string?)link.Attribute("href"));
        Assert.Equal("伊犁哈萨克自治州重大行政决策事项目录（2025年版）（见网络版）", link.Value);
        Assert.Equal("附件：1.伊犁哈萨克自治州重大行政决策事项目录（2025年版）（见网络版）", entries[0].Value);
        Assert.Empty(entries[1].Descendants(X + "a")); // online only, but no address given: stays text
        Assert.Equal("2.重大行政决策听证会议程序规范（见网络版）", entries[1].Value);
        Assert.Equal("3.决策事项年度报告模板", entries[2].Value);
        // The body's [附件1](#attachment-1) lands on the entry.
        Assert.Contains(page.Descendants(X + "a"), a => (string?)a.Attribute("href") == "#attachment-1");
    }

    [Fact]
    public void AddressesInRunningTextBecomeLinksWithoutChangingTheText()
    {
        var about = XDocument.Load(Path.Combine(fixture.Unpacked["phone-issue"], "EPUB", "about.xhtml"));
        var links = about.Descendants(X + "a").Where(a => (string?)a.Attribute("class") == "url").ToArray();
        Assert.Equal(
            ["https://www.xjyl.gov.cn/zwgk/zfgb/index.html?from=gazette&issue=2025-12", "mailto:gazette.office-2025@xjyl-gov.example.cn", "http://www.xjyl.gov.cn"],
            links.Select(a => (string?)a.Attribute("href")));
        var intro = fixture.Issues["phone-issue"].Intro[0];
        Assert.Equal(intro, about.Descendants(X + "p").Single(p => (string?)p.Attribute("id") == "intro-1").Value);
    }
}
