using PuppeteerSharp;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>What a phone shows of one XHTML page: how far the content reaches beyond the screen's
/// width, and which elements stick out.</summary>
public sealed record PhoneView(string Page, int ViewportWidth, int ScrollWidth, IReadOnlyList<string> Overflowing,
    IReadOnlyList<string> StretchedLines, IReadOnlyList<string> IndentedImages, IReadOnlyList<string> LoneCharacterHeadings,
    IReadOnlyList<string> BlockTitleLines)
{
    public bool Overflows => ScrollWidth > ViewportWidth || Overflowing.Count > 0;

    public override string ToString() =>
        $"{Page}: scrollWidth {ScrollWidth} (screen {ViewportWidth})"
        + Part("outside the screen", Overflowing) + Part("stretched lines", StretchedLines) + Part("indented images", IndentedImages)
        + Part("headings ending in one character", LoneCharacterHeadings) + Part("title lines as blocks", BlockTitleLines);

    private static string Part(string name, IReadOnlyList<string> items) => items.Count == 0 ? "" : $"; {name}: {string.Join(" | ", items)}";
}

/// <summary>
/// Debian's chromium, headless, as a 390×844 phone (CI installs the package; a missing browser fails
/// the test). One browser per instance, a fresh profile folder each time, no network.
/// </summary>
public sealed class PhoneBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    public const int Width = 390;
    public const int Height = 844;

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    ];

    private readonly IBrowser _browser;
    private readonly string _profile;
    private IPage? _page;

    private PhoneBrowser(IBrowser browser, string profile)
    {
        _browser = browser;
        _profile = profile;
    }

    public static async Task<PhoneBrowser> StartAsync()
    {
        Assert.True(File.Exists(Chromium), $"chromium is not installed at {Chromium} (Debian package chromium)");
        var profile = Directory.CreateTempSubdirectory("gp-chromium-").FullName;
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = Flags,
            UserDataDir = profile,
            Timeout = 60_000,
        });
        return new PhoneBrowser(browser, profile);
    }

    // One pass over the page in the browser:
    // - elements whose box reaches past either edge of the screen (page-break markers have no box);
    // - justified lines in paragraphs that hold an address, whose Han characters are spread more than
    //   a quarter em apart (letter by letter stretching);
    // - pictures that start right of their container's content edge (an indent);
    // - headings whose last line holds a single character;
    // - printed title lines shown as blocks (print line breaks kept).
    private const string MeasureScript = """
        () => {
          const width = document.documentElement.clientWidth;
          const label = e => e.localName + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.replace(/ /g, '.') : '');
          const overflowing = [];
          for (const e of document.body.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.right > width + 0.5 || r.left < -0.5) overflowing.push(label(e) + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
          }
          const lines = element => {
            const result = [];
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
              for (let i = 0; i < t.data.length; i++) {
                const range = document.createRange();
                range.setStart(t, i); range.setEnd(t, i + 1);
                const rects = range.getClientRects();
                if (rects.length === 0) continue;
                const r = rects[0];
                if (r.width === 0) continue;
                let line = result.find(l => Math.abs(l.top - r.top) < r.height / 2);
                if (!line) { line = { top: r.top, chars: [] }; result.push(line); }
                line.chars.push({ c: t.data[i], left: r.left, right: r.right });
              }
            }
            result.sort((a, b) => a.top - b.top);
            for (const l of result) l.chars.sort((a, b) => a.left - b.left);
            return result;
          };
          const han = /[\u3400-\u9fff]/;
          const stretched = [];
          for (const p of document.body.querySelectorAll('p, li, td, th, h1, h2, h3, h4, h5')) {
            if (!p.querySelector('a.url, a[href^="http"], a[href^="mailto"]')) continue;
            const size = parseFloat(getComputedStyle(p).fontSize);
            const ls = lines(p);
            ls.slice(0, -1).forEach((l, n) => {
              for (let i = 0; i + 1 < l.chars.length; i++) {
                const a = l.chars[i], b = l.chars[i + 1];
                if (han.test(a.c) && han.test(b.c) && b.left - a.left > 1.25 * size) {
                  stretched.push(label(p) + ' line ' + (n + 1) + ': "' + l.chars.map(x => x.c).join('') + '"');
                  break;
                }
              }
            });
          }
          const indented = [];
          // A picture on its own (the only content of its paragraph or figure) must be centred, block.
          const alone = img => [...img.parentElement.childNodes].every(n => n === img || (n.nodeType === 3 && n.data.trim() === '') || (n.nodeType === 1 && n.getAttribute('role') === 'doc-pagebreak'));
          for (const img of [...document.body.querySelectorAll('img')].filter(alone)) {
            const container = img.parentElement;
            const style = getComputedStyle(container);
            const inner = container.getBoundingClientRect().left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
            const free = container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - img.getBoundingClientRect().width;
            const expected = inner + Math.max(0, free) / 2;
            const left = img.getBoundingClientRect().left;
            if (Math.abs(left - expected) > 1 && !img.closest('figure')) indented.push(label(img) + ' at ' + Math.round(left) + ', centred would be ' + Math.round(expected));
          }
          const lone = [];
          for (const h of document.body.querySelectorAll('h1, h2, h3, h4, h5')) {
            const ls = lines(h);
            if (ls.length > 1 && ls[ls.length - 1].chars.filter(c => c.c.trim() !== '').length === 1) lone.push(label(h) + ': "' + h.textContent.trim() + '"');
          }
          const blockTitles = [...document.body.querySelectorAll('h1 .title-line')].filter(s => getComputedStyle(s).display !== 'inline').map(label);
          return { scrollWidth: document.documentElement.scrollWidth, width: width, overflowing: overflowing.slice(0, 12),
                   stretched: stretched, indented: indented, lone: lone, blockTitles: blockTitles };
        }
        """;

    private sealed class Measure
    {
        public int ScrollWidth { get; set; }
        public int Width { get; set; }
        public string[] Overflowing { get; set; } = [];
        public string[] Stretched { get; set; } = [];
        public string[] Indented { get; set; } = [];
        public string[] Lone { get; set; } = [];
        public string[] BlockTitles { get; set; } = [];
    }

    /// <summary>Opens a file at phone size and measures it; saves a screenshot when <paramref name="screenshot"/> is given.</summary>
    public async Task<PhoneView> ViewAsync(string file, string? screenshot = null)
    {
        // The layout viewport is the screen's width, as in a reading system (a mobile web browser would
        // lay out pages without a viewport meta element 980 px wide and zoom out).
        var page = _page ??= await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = Width, Height = Height, IsMobile = false, DeviceScaleFactor = 1 });
        await page.GoToAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] });
        var measure = await page.EvaluateFunctionAsync<Measure>(MeasureScript);
        if (screenshot is not null) await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
        return new PhoneView(Path.GetFileName(file), measure.Width, measure.ScrollWidth, measure.Overflowing, measure.Stretched, measure.Indented,
            measure.Lone, measure.BlockTitles);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
