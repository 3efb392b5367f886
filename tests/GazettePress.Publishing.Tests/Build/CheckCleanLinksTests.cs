using System.Text;
using System.Text.Json;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Tests.Content;
using GazettePress.Publishing.Tests.Epub;

namespace GazettePress.Publishing.Tests.Build;

/// <summary>
/// <c>check</c> clean means the build writes no dead link: random issues whose bodies link to
/// headings, attachment entries and whole documents, in the same document and across documents,
/// check clean, build, and give a screen PDF in which every link's named destination exists (read
/// back with qpdf) and an EPUB that EPUBCheck accepts.
/// </summary>
public class CheckCleanLinksTests
{
    [Theory]
    [InlineData(11)]
    public void A_check_clean_issue_with_internal_links_builds_without_dead_links(int seed)
    {
        using var dir = LinkedIssue.Write(new TempIssue(), new Random(seed), out var links);
        Assert.True(links > 10, "the generator made too few links to prove anything");

        var check = IssueLoader.Load(dir.Directory);
        Assert.False(check.HasErrors, string.Join("\n", check.Diagnostics.Select(d => d.Format(Language.English))));

        var output = BuildFixture.Build(dir.Directory, null, out var exit, out var stderr);
        try
        {
            Assert.True(exit == 0, stderr);
            var pdf = Directory.GetFiles(output, "*.pdf").Single(f => !f.EndsWith("-print.pdf", StringComparison.Ordinal));
            var (destinations, defined) = PdfDestinations(pdf);
            Assert.True(destinations.Count >= links, $"{destinations.Count} link destinations in the PDF for {links} links written");
            Assert.DoesNotContain(destinations, d => !defined.Contains(d));

            var (code, report) = EpubCheckRunner.Run(Directory.GetFiles(output, "*.epub").Single());
            Assert.True(code == 0, report);
            Assert.DoesNotContain("RSC-012", report);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The /Dest names of every link annotation and the names the /Dests dictionary defines, read with qpdf.</summary>
    private static (IReadOnlyList<string> Used, IReadOnlySet<string> Defined) PdfDestinations(string pdf)
    {
        var json = BuildFixture.Tool("qpdf", "--json", "--json-key=qpdf", pdf);
        using var parsed = JsonDocument.Parse(json);
        var objects = parsed.RootElement.GetProperty("qpdf")[1];
        var used = new List<string>();
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in objects.EnumerateObject())
            Walk(entry.Value);
        return (used, defined);

        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.Name == "/Dest" && p.Value.ValueKind == JsonValueKind.String) used.Add(p.Value.GetString()!.TrimStart('/'));
                        if (p.Name == "/Dests") DefineFrom(p.Value);
                        Walk(p.Value);
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray()) Walk(item);
                    break;
            }
        }

        void DefineFrom(JsonElement dests)
        {
            if (dests.ValueKind == JsonValueKind.String && objects.TryGetProperty("obj:" + dests.GetString(), out var target))
                dests = target.GetProperty("value");
            if (dests.ValueKind != JsonValueKind.Object) return;
            foreach (var name in dests.EnumerateObject()) defined.Add(name.Name.TrimStart('/'));
        }
    }
}

/// <summary>A random issue whose documents link to each other's headings, attachment entries and starts.</summary>
internal static class LinkedIssue
{
    public static TempIssue Write(TempIssue dir, Random random, out int links)
    {
        var count = random.Next(3, 5);
        var ids = Enumerable.Range(1, count).Select(i => $"{i:00}-doc-{i}").ToArray();
        var headings = ids.ToDictionary(id => id, _ => Enumerable.Range(1, random.Next(1, 4)).Select(k => $"part-{k}").ToArray());
        var attachments = ids.ToDictionary(id => id, _ => random.Next(0, 4));
        links = 0;
        dir.Write("issue.yaml", $"""
            gazette:
              title: 晋城市人民政府公报
              sponsor: 晋城市人民政府办公室
            year: 2025
            number: 6
            published: 2025-12-28
            sections:
              - title: 市政府文件
                documents: [{string.Join(", ", ids)}]
            """);
        foreach (var id in ids)
        {
            var body = new StringBuilder("各有关单位：\n\n");
            foreach (var heading in headings[id])
            {
                body.Append($"## 第{heading[^1]}部分 {{#{heading}}}\n\n");
                for (var p = 0; p < 3; p++)
                {
                    body.Append("现将有关事项通知如下，请认真贯彻执行");
                    var target = ids[random.Next(ids.Length)];
                    var same = target == id;
                    var choice = random.Next(3);
                    string? href = choice switch
                    {
                        0 => (same ? "" : target) + "#" + headings[target][random.Next(headings[target].Length)],
                        1 when attachments[target] > 0 => (same ? "" : target) + "#attachment-" + random.Next(1, attachments[target] + 1),
                        _ => same ? null : target,
                    };
                    if (href is not null)
                    {
                        body.Append($"，详见[相关内容]({href})");
                        links++;
                    }
                    body.Append("。\n\n");
                }
            }
            var attachmentList = attachments[id] == 0 ? "" :
                "attachments:\n" + string.Concat(Enumerable.Range(1, attachments[id]).Select(n => $"  - 附件名称{n}\n"));
            dir.Write($"docs/{id}.md", $"---\nkind: 通知\ntitle: [关于第{id[..2]}号事项的通知]\n{attachmentList}---\n{body}");
        }
        return dir;
    }
}
