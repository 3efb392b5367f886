using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Preview;
using GazettePress.Publishing.Tests.Composition;
using GazettePress.Publishing.Tests.Content;

namespace GazettePress.Publishing.Tests.Preview;

/// <summary>
/// The live preview without a browser: rebuilds on a save reuse the layout of unchanged documents,
/// jump to the page edited, keep the last good pages while the content has errors; the server
/// answers on 127.0.0.1 only, with the page, its state, page images and read-only source lines.
/// </summary>
public sealed class WatchSessionTests : IDisposable
{
    private const string Sentence = "认真贯彻执行";
    private readonly TempIssue _issue = CopyOf(Path.Combine(TestIssues.RepoRoot, "tests", "data", "issues", "mini-2025-06"));
    private static readonly string Fonts = FontRegistry.TryFindFontsDirectory(TestIssues.RepoRoot)!;

    public void Dispose() => _issue.Dispose();

    private string Doc2 => _issue.PathOf("docs/02-jszb-2025-22.md");

    [Fact]
    public void A_save_rebuilds_the_edited_document_only_and_jumps_to_its_changed_page()
    {
        using var builder = new PreviewBuilder(_issue.Directory, TestIssues.TemplatesDirectory, Fonts);
        var first = builder.Rebuild([]);
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));
        Assert.Null(first.JumpToPage);
        var (laidOut, _) = builder.SectionCounts;

        File.WriteAllText(Doc2, File.ReadAllText(Doc2).Replace(Sentence, "认真组织实施", StringComparison.Ordinal));
        var second = builder.Rebuild([Doc2]);

        Assert.False(second.HasErrors);
        Assert.Equal(first.Version + 1, second.Version);
        var jump = second.Pages.Single(p => p.Index == second.JumpToPage);
        Assert.Equal("02-jszb-2025-22", jump.DocumentId);
        Assert.NotEqual(first.Pages.Single(p => p.Index == jump.Index).Fingerprint, jump.Fingerprint);
        // The other documents' pages are the same pictures; only the edited document's section was laid out again.
        Assert.All(second.Pages.Where(p => p.DocumentId == "03-jsgtz-2025-33"),
            p => Assert.Equal(first.Pages.Single(q => q.Index == p.Index).Fingerprint, p.Fingerprint));
        var (laidOutAfter, reusedAfter) = builder.SectionCounts;
        Assert.True(laidOutAfter - laidOut <= 2, $"{laidOutAfter - laidOut} sections laid out again after editing one sentence");
        Assert.True(reusedAfter > 0);
    }

    [Fact]
    public void Errors_keep_the_last_good_pages_and_the_fix_brings_new_ones()
    {
        using var builder = new PreviewBuilder(_issue.Directory, TestIssues.TemplatesDirectory, Fonts);
        var good = builder.Rebuild([]);
        var text = File.ReadAllText(Doc2);

        File.WriteAllText(Doc2, text.Replace("addressee: ", "addressee：", StringComparison.Ordinal));
        var broken = builder.Rebuild([Doc2]);

        Assert.True(broken.HasErrors);
        Assert.True(broken.PagesAreStale);
        Assert.Equal(good.Pages.Select(p => p.Fingerprint), broken.Pages.Select(p => p.Fingerprint));
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("GP1001", 8), (error.Code, error.Location.Line));

        File.WriteAllText(Doc2, text);
        var fixedAgain = builder.Rebuild([Doc2]);
        Assert.False(fixedAgain.HasErrors);
        Assert.False(fixedAgain.PagesAreStale);
    }

    [Fact]
    public async Task The_server_answers_on_loopback_with_page_state_images_and_source_lines()
    {
        await using var session = WatchSession.Start(_issue.Directory, TestIssues.TemplatesDirectory, Fonts, 0, Language.Chinese);
        using var http = new HttpClient { BaseAddress = session.Address, Timeout = TimeSpan.FromSeconds(60) };
        Assert.Equal("127.0.0.1", session.Address.Host);

        var html = await http.GetStringAsync("/");
        Assert.Contains("实时预览：", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);

        using var state = JsonDocument.Parse(await http.GetStringAsync("/state?since=0"));
        var pages = state.RootElement.GetProperty("pages");
        Assert.True(pages.GetArrayLength() > 5);
        var png = await http.GetByteArrayAsync($"/page/1.png?f={pages[0].GetProperty("f").GetString()}");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);

        var source = await http.GetStringAsync("/source?file=docs%2F02-jszb-2025-22.md&line=8");
        Assert.Contains("<li id=\"L8\" class=\"here\">addressee:", source);
        Assert.Contains("这个文件不在期刊文件夹或模板文件夹中", await http.GetStringAsync("/source?file=..%2F..%2F..%2Fetc%2Fpasswd&line=1"));

        // Another Host (a web page elsewhere, DNS rebinding) gets nothing.
        Assert.Contains("403", await RawGet(session.Address.Port, "/state", "example.com"));
        // Only 127.0.0.1 listens: no other address of this machine.
        Assert.DoesNotContain(System.Net.NetworkInformation.IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners(),
            e => e.Port == session.Address.Port && !IPAddress.IsLoopback(e.Address));
    }

    [Fact]
    public async Task A_saved_file_is_noticed_and_the_waiting_page_gets_the_new_version()
    {
        await using var session = WatchSession.Start(_issue.Directory, TestIssues.TemplatesDirectory, Fonts, 0, Language.English);
        var version = session.Current.Version;
        var waiting = session.WaitForNewerThan(version, TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        File.WriteAllText(Doc2, File.ReadAllText(Doc2).Replace(Sentence, "认真组织实施", StringComparison.Ordinal));
        var next = await waiting;

        Assert.True(next.Version > version);
        Assert.Equal("02-jszb-2025-22", next.ChangedDocument);
    }

    private static async Task<string> RawGet(int port, string path, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n"));
        using var reader = new StreamReader(stream);
        return await reader.ReadLineAsync() ?? "";
    }

    private static TempIssue CopyOf(string folder)
    {
        var dir = new TempIssue();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            dir.WriteBytes(Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes(file));
        return dir;
    }
}
