using System.Text.Json;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Build;

/// <summary>The design changes of docs/templates.md, made on a copy of templates/ and built without recompiling.</summary>
[Collection("build")]
public class TemplateChangeTests(BuildFixture build)
{
    private static string EditStyle(string from, string to)
    {
        var dir = TestIssues.CopyTemplates();
        var css = Path.Combine(dir, "print.css");
        var text = File.ReadAllText(css);
        Assert.Contains(from, text);
        File.WriteAllText(css, text.Replace(from, to));
        return dir;
    }

    /// <summary>
    /// The measure in characters: the median count of CJK characters on the full lines of the body
    /// pages (pieces of a pdftotext -layout line separated by column gaps; short last lines ignored).
    /// </summary>
    private static int BodyLineLength(string pdf, JsonElement pageList)
    {
        var texts = BuildFixture.PageTexts(pdf);
        var counts = new List<int>();
        foreach (var page in pageList.EnumerateArray().Where(p => p.GetProperty("document").GetString() is { Length: > 0 }))
            foreach (var line in texts[page.GetProperty("page").GetInt32() - 1].Split('\n'))
                foreach (var piece in line.Split("  ", StringSplitOptions.RemoveEmptyEntries))
                    counts.Add(piece.Count(c => c >= '\u3000'));
        var full = counts.Where(c => c >= counts.Max() * 0.75).Order().ToList();
        return full[full.Count / 2];
    }

    private static (JsonElement Pages, string Pdf) Report(string output)
    {
        var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "build.json")));
        return (report.RootElement.GetProperty("pageList"), Path.Combine(output, BuildFixture.IssueName + ".pdf"));
    }

    [Fact]
    public void One_column_instead_of_two_doubles_the_line_length()
    {
        var templates = EditStyle("section.document { page: body; columns: 2;", "section.document { page: body; columns: 1;");
        var output = BuildFixture.Build(build.IssueDirectory, templates, out var exit, out var errors);
        Assert.True(exit == 0, errors);
        var (pages, pdf) = Report(output);
        var (defaultPages, defaultPdf) = Report(build.OutputDirectory);
        Assert.All(pages.EnumerateArray().Where(p => p.GetProperty("document").GetString() is { Length: > 0 }),
            p => Assert.False(p.GetProperty("columns").GetBoolean()));
        var two = BodyLineLength(defaultPdf, defaultPages);
        var one = BodyLineLength(pdf, pages);
        Assert.InRange(two, 21, 23);
        Assert.InRange(one, 2 * two - 2, 2 * two + 4);
    }

    [Fact]
    public void A_larger_body_size_gives_fewer_characters_per_line()
    {
        var templates = EditStyle("section { font-family: song; font-size: 五号; line-height: 16pt;", "section { font-family: song; font-size: 小四; line-height: 18pt;");
        var output = BuildFixture.Build(build.IssueDirectory, templates, out var exit, out var errors);
        Assert.True(exit == 0, errors);
        var (pages, pdf) = Report(output);
        var (defaultPages, defaultPdf) = Report(build.OutputDirectory);
        Assert.InRange(BodyLineLength(pdf, pages), 18, 20); // 231 pt / 12 pt
        Assert.True(pages.GetArrayLength() >= defaultPages.GetArrayLength());
        Assert.InRange(BodyLineLength(defaultPdf, defaultPages), 21, 23);
    }

    [Fact]
    public void An_unknown_property_in_the_style_file_fails_the_build_with_its_line()
    {
        var templates = EditStyle("p.doc-number { text-indent: 0;", "p.doc-number { text-indnet: 0;");
        var output = BuildFixture.Build(build.IssueDirectory, templates, out var exit, out var errors);
        Assert.Equal(1, exit);
        var line = File.ReadAllLines(Path.Combine(templates, "print.css")).ToList().FindIndex(l => l.Contains("text-indnet")) + 1;
        Assert.Contains($"print.css:{line}:", errors);
        Assert.Contains("是不是“text-indent”？", errors);
        Assert.False(Directory.Exists(output));
    }
}
