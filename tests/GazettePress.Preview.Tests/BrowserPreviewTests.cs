using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Preview;
using Microsoft.Playwright;

namespace GazettePress.Preview.Tests;

/// <summary>
/// <c>gazettepress watch</c> in a real browser (Debian's chromium driven by Playwright): the page shows
/// the pages, and after a sentence is edited and saved it updates by itself, jumps to the edited page
/// and shows the new picture; a mistake lists a Chinese error with a link to the line and keeps the
/// last good pages; fixing it brings the pages back up to date.
/// </summary>
public sealed class BrowserPreviewTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly string _issue = Path.Combine(Path.GetTempPath(), "gp-watch-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WatchSession? _session;

    private string Doc2 => Path.Combine(_issue, "docs", "02-jszb-2025-22.md");

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        var source = Path.Combine(root, "tests", "data", "issues", "mini-2025-06");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_issue, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _session = WatchSession.Start(_issue, Path.Combine(root, "templates"), FontRegistry.TryFindFontsDirectory(root)!, 0, Language.Chinese);
        Assert.True(File.Exists(Chromium), $"chromium is not installed at {Chromium} (Debian package chromium; .ci/run installs it)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_session is not null) await _session.DisposeAsync();
        Directory.Delete(_issue, recursive: true);
    }

    [Fact]
    public async Task Editing_a_sentence_updates_the_page_in_the_browser_and_errors_keep_the_last_pages()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(_session!.Address.ToString());
        await WaitForVersion(page, 1);
        await page.WaitForFunctionAsync("() => { const imgs = [...document.querySelectorAll('#pages img')]; return imgs.length > 5 && imgs.every(i => i.complete && i.naturalWidth > 0); }",
            null, new() { Timeout = (float)Patience.TotalMilliseconds });
        // The mini issue's one warning: its QR code is still a placeholder.
        Assert.Equal(0, await page.Locator("#list li.error").CountAsync());
        Assert.Contains("GP1105【编辑可改】：二维码还是占位框", await page.InnerTextAsync("#list li.warning"));
        var before = await Sources(page);

        // Edit a sentence of document 2 and save: the page updates by itself.
        var text = await File.ReadAllTextAsync(Doc2);
        await File.WriteAllTextAsync(Doc2, text.Replace("认真贯彻执行", "认真组织实施", StringComparison.Ordinal));
        await WaitForVersion(page, 2);

        var edited = page.Locator("figure.edited");
        Assert.Equal(1, await edited.CountAsync());
        Assert.Equal("02-jszb-2025-22", await edited.GetAttributeAsync("data-document"));
        var id = (await edited.GetAttributeAsync("id"))!;
        var after = await Sources(page);
        Assert.NotEqual(before[id], after[id]); // a new picture for the edited page …
        var untouched = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#pages figure[data-document=\"03-jsgtz-2025-33\"]')].map(f => f.id)");
        Assert.NotEmpty(untouched);
        Assert.All(untouched, p => Assert.Equal(before[p], after[p])); // … and the same pictures for the other documents
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('figure.edited img'); return i.complete && i.naturalWidth > 0; }");
        // … scrolled into view: the edited page is at the top of the window.
        var top = await page.EvaluateAsync<double>("() => document.querySelector('figure.edited').getBoundingClientRect().top");
        Assert.InRange(top, -5, 300);

        // A full-width colon: the error is listed in Chinese with a link to its line, and the pages stay.
        await File.WriteAllTextAsync(Doc2, (await File.ReadAllTextAsync(Doc2)).Replace("addressee: ", "addressee：", StringComparison.Ordinal));
        await WaitForVersion(page, 3);
        Assert.Equal("errors", await page.GetAttributeAsync("#status", "class"));
        var link = page.Locator("#list li.error a");
        Assert.Equal("docs/02-jszb-2025-22.md:8:10", await link.InnerTextAsync());
        Assert.Contains("YAML 写法有误：键“addressee”后面用了全角冒号“：”", await page.InnerTextAsync("#list"));
        Assert.Equal(after, await Sources(page));
        var source = await _browser.NewPageAsync();
        await source.GotoAsync(new Uri(_session.Address, (await link.GetAttributeAsync("href"))!).ToString());
        Assert.StartsWith("addressee：", await source.InnerTextAsync("li.here"));

        // Fixed: no problem listed, pages current again.
        await File.WriteAllTextAsync(Doc2, (await File.ReadAllTextAsync(Doc2)).Replace("addressee：", "addressee: ", StringComparison.Ordinal));
        await WaitForVersion(page, 4);
        Assert.Equal(0, await page.Locator("#list li.error").CountAsync());
        Assert.NotEqual("errors", await page.GetAttributeAsync("#status", "class"));
    }

    private static Task WaitForVersion(IPage page, int version) =>
        page.WaitForFunctionAsync($"() => Number(document.body.dataset.version) >= {version}", null, new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>Each page figure's image URL (which names the picture's fingerprint).</summary>
    private static async Task<Dictionary<string, string>> Sources(IPage page) =>
        (await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('#pages figure')].map(f => [f.id, f.querySelector('img').getAttribute('src')])"))
        .ToDictionary(x => x[0], x => x[1]);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GazettePress.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("GazettePress.sln not found");
    }
}
