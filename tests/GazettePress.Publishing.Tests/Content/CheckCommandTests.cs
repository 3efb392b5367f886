using System.Text.Json;
using GazettePress.Cli.Commands;

namespace GazettePress.Publishing.Tests.Content;

public class CheckCommandTests
{
    [Fact]
    public void ValidIssuePrintsSummaryAndExitsWithZero()
    {
        using var dir = new TempIssue().WriteValid();
        var stdout = new StringWriter();

        var exit = CommandLine.Run(new[] { "check", dir.Directory, "--lang", "en" }, stdout, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal($"晋城市人民政府公报 2025年第6期, 3 documents: 0 errors, 0 warnings{Environment.NewLine}", stdout.ToString());
    }

    [Fact]
    public void JsonHasTheAgreedShapeAndOrder()
    {
        using var dir = new TempIssue().WriteValid().Write("docs/99-draft.md", SampleContent.Decree);
        var stdout = new StringWriter();

        var exit = CommandLine.Run(new[] { "check", dir.Directory, "--json" }, stdout, new StringWriter());

        Assert.Equal(1, exit);
        var json = stdout.ToString();
        Assert.Contains("晋城市人民政府　晋城军分区", json); // CJK and U+3000 are not escaped
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal(new[] { "issue", "documents", "diagnostics" }, Names(root));

        var issue = root.GetProperty("issue");
        Assert.Equal(new[] { "title", "year", "number", "cumulative", "published" }, Names(issue));
        Assert.Equal("晋城市人民政府公报", issue.GetProperty("title").GetString());
        Assert.Equal(2025, issue.GetProperty("year").GetInt32());
        Assert.Equal(6, issue.GetProperty("number").GetInt32());
        Assert.Equal(294, issue.GetProperty("cumulative").GetInt32());
        Assert.Equal("2025-12-28", issue.GetProperty("published").GetString());

        var documents = root.GetProperty("documents").EnumerateArray().ToArray();
        Assert.Equal(3, documents.Length);
        Assert.All(documents, d => Assert.Equal(new[] { "section", "title", "docNumber" }, Names(d)));
        Assert.Equal("市政府文件", documents[0].GetProperty("section").GetString());
        Assert.Equal("晋城市人民政府　晋城军分区关于印发晋城市基干民兵优待和权益保障实施细则的通知", documents[0].GetProperty("title").GetString());
        Assert.Equal("晋市政发〔2025〕11号", documents[0].GetProperty("docNumber").GetString());
        Assert.Equal("晋市政办〔2025〕22号", documents[1].GetProperty("docNumber").GetString());
        Assert.Equal("晋城市人民政府令第5号", documents[2].GetProperty("docNumber").GetString());

        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(new[] { "severity", "code", "message", "file", "line", "column", "hint" }, Names(diagnostic));
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("GP1010", diagnostic.GetProperty("code").GetString());
        Assert.Equal(dir.PathOf("docs/99-draft.md"), diagnostic.GetProperty("file").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
    }

    [Fact]
    public void JsonOfABrokenIssueListsErrorsAndExitsWithOne()
    {
        using var dir = BrokenIssue.Write(new TempIssue());
        var stdout = new StringWriter();

        var exit = CommandLine.Run(new[] { "check", "--json", dir.Directory }, stdout, new StringWriter());

        Assert.Equal(1, exit);
        using var parsed = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(JsonValueKind.Null, parsed.RootElement.GetProperty("issue").ValueKind); // published is not a date
        Assert.Equal(BrokenIssue.Expected.Length, parsed.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void SameInputGivesIdenticalOutput()
    {
        using var dir = BrokenIssue.Write(new TempIssue());
        var first = new StringWriter();
        var second = new StringWriter();

        CommandLine.Run(new[] { "check", dir.Directory, "--json" }, first, new StringWriter());
        CommandLine.Run(new[] { "check", dir.Directory, "--json" }, second, new StringWriter());

        Assert.Equal(first.ToString(), second.ToString());
    }

    [Fact]
    public void MissingArgumentIsAUsageError()
    {
        var stderr = new StringWriter();

        Assert.Equal(2, CommandLine.Run(new[] { "check", "--lang", "en" }, new StringWriter(), stderr));
        Assert.Contains("error GP8004 [editor]: missing argument <issue-dir>", stderr.ToString());
        Assert.Contains("usage: gazettepress check <issue-dir> [options]", stderr.ToString());
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}

public class CheckCommandFontTests
{
    [Fact]
    public void CharactersTheBundledFontsCannotDrawAreErrors()
    {
        using var dir = new TempIssue().WriteValid();
        dir.Write("docs/03-ling-5.md", SampleContent.Decree.Replace("现予公布", "现予\uE000公布", StringComparison.Ordinal));
        var stdout = new StringWriter();

        var exit = CommandLine.Run(new[] { "check", dir.Directory, "--lang", "en" }, stdout, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains($"{dir.Directory}/docs/03-ling-5.md:11:26: error GP1017 [editor]: character '\uE000' (U+E000) cannot be drawn by any bundled font", stdout.ToString());
        Assert.Contains("1 error, 0 warnings", stdout.ToString());
    }

    [Fact]
    public void A_font_linked_outside_the_fonts_folder_is_an_error_and_is_not_read()
    {
        using var dir = new TempIssue().WriteValid();
        var fonts = dir.PathOf("fonts");
        Directory.CreateDirectory(fonts);
        foreach (var font in Directory.GetFiles(Path.Combine(Composition.TestIssues.RepoRoot, "fonts"), "*.ttf"))
            File.CreateSymbolicLink(Path.Combine(fonts, Path.GetFileName(font)), font); // every one resolves outside fonts/
        var stdout = new StringWriter();

        var exit = CommandLine.Run(new[] { "check", dir.Directory, "--fonts", fonts, "--lang", "en" }, stdout, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains(" error GP3090 ", stdout.ToString());
    }
}
