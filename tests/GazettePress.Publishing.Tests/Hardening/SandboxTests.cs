using GazettePress.Content.Loading;
using GazettePress.Content.Safety;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>
/// The issue folder is a sandbox: whatever a link, '..' or an absolute path points at, nothing
/// outside the folder is read, and each attempt is an error naming the path.
/// </summary>
public sealed class SandboxTests
{
    private static List<Diagnostic> Errors(IssueCopy issue) =>
        IssueLoader.Load(issue.Directory).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    private static string Outside(IssueCopy issue, string name, byte[] bytes)
    {
        var path = Path.Combine(issue.Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_document_file_linked_to_a_file_outside_is_not_read()
    {
        using var issue = new IssueCopy();
        var document = issue.FirstDocument;
        var outside = Outside(issue, "secret.md", File.ReadAllBytes(issue.PathOf(document)));
        File.Delete(issue.PathOf(document));
        File.CreateSymbolicLink(issue.PathOf(document), outside);
        var error = Assert.Single(Errors(issue));
        Assert.Equal("GP1060", error.Code);
        Assert.Contains(outside, error.Render(Language.English).Message);
        Assert.EndsWith(document, error.Location.File);
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column)); // the whole file: shown at its start
    }

    [Fact]
    public void A_docs_folder_linked_outside_reports_every_document()
    {
        using var issue = new IssueCopy();
        var outsideDocs = Path.Combine(issue.Root, "elsewhere");
        Directory.Move(issue.PathOf("docs"), outsideDocs);
        Directory.CreateSymbolicLink(issue.PathOf("docs"), outsideDocs);
        var errors = Errors(issue);
        Assert.Equal(Directory.GetFiles(outsideDocs, "*.md").Length, errors.Count(e => e.Code == "GP1060"));
        Assert.All(errors, e => Assert.Equal("GP1060", e.Code));
    }

    [Fact]
    public void Issue_yaml_linked_outside_is_not_read()
    {
        using var issue = new IssueCopy();
        var outside = Outside(issue, "other.yaml", File.ReadAllBytes(issue.PathOf("issue.yaml")));
        File.Delete(issue.PathOf("issue.yaml"));
        File.CreateSymbolicLink(issue.PathOf("issue.yaml"), outside);
        var error = Assert.Single(Errors(issue));
        Assert.Equal("GP1060", error.Code);
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("file-link")]
    [InlineData("folder-link")]
    [InlineData("dotdot")]
    [InlineData("absolute")]
    [InlineData("relative-link-up")]
    public void A_picture_outside_the_folder_is_refused_in_body_cover_and_qr(string how)
    {
        using var issue = new IssueCopy();
        var outside = Outside(issue, "outside.png", IssueCopy.Png());
        Directory.CreateDirectory(issue.PathOf("images"));
        var written = how switch
        {
            "dotdot" => "../outside.png",
            "absolute" => outside,
            "folder-link" => "images/linked/outside.png",
            _ => "images/figure.png",
        };
        switch (how)
        {
            case "file-link": File.CreateSymbolicLink(issue.PathOf("images/figure.png"), outside); break;
            case "relative-link-up": File.CreateSymbolicLink(issue.PathOf("images/figure.png"), "../../outside.png"); break;
            case "folder-link": Directory.CreateSymbolicLink(issue.PathOf("images/linked"), issue.Root); break;
        }
        issue.AppendToBody(issue.FirstDocument, $"![图]({written})");
        issue.Edit("issue.yaml", t => t + $"cover:\n  image: {written}\n");
        var errors = Errors(issue);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains(e.Code, new[] { "GP1060", "GP014", "GP1014", "GP1070" }));
        Assert.Contains(errors, e => e.Location.File.EndsWith("issue.yaml", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.File.EndsWith(issue.FirstDocument, StringComparison.Ordinal));
    }

    [Fact]
    public void Links_that_stay_inside_the_folder_are_fine()
    {
        using var issue = new IssueCopy();
        Directory.CreateDirectory(issue.PathOf("images/2025"));
        File.WriteAllBytes(issue.PathOf("images/2025/real.png"), IssueCopy.Png());
        File.CreateSymbolicLink(issue.PathOf("images/figure.png"), "2025/real.png");
        Directory.CreateSymbolicLink(issue.PathOf("images/latest"), issue.PathOf("images/2025"));
        issue.AppendToBody(issue.FirstDocument, "![图](images/figure.png)\n\n![图](images/latest/real.png)");
        Assert.Empty(Errors(issue));
    }

    [Fact]
    public void A_loop_of_links_is_an_error_not_a_hang()
    {
        using var issue = new IssueCopy();
        Directory.CreateDirectory(issue.PathOf("images"));
        File.CreateSymbolicLink(issue.PathOf("images/a.png"), "b.png");
        File.CreateSymbolicLink(issue.PathOf("images/b.png"), "a.png");
        Assert.Null(ContainedPath.Resolve(issue.PathOf("images/a.png")));
        issue.AppendToBody(issue.FirstDocument, "![图](images/a.png)");
        Assert.Single(Errors(issue));
    }

    [Fact]
    public void A_special_file_is_never_opened()
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs
        using var issue = new IssueCopy();
        var document = issue.FirstDocument;
        File.Delete(issue.PathOf(document));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", issue.PathOf(document))) mkfifo.WaitForExit();
        // A FIFO would block a read for ever; it reads as empty, so: no front matter.
        Assert.Contains(Errors(issue), e => e.Location.File.EndsWith(document, StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_named_issue_yaml_is_reported_as_not_a_file_at_its_start()
    {
        using var issue = new IssueCopy();
        File.Delete(issue.PathOf("issue.yaml"));
        Directory.CreateDirectory(issue.PathOf("issue.yaml"));
        var error = Assert.Single(Errors(issue));
        Assert.Equal("GP1062", error.Code);
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_template_or_font_linked_outside_its_folder_stops_the_build_before_reading()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        var templates = TestIssues.CopyTemplates();
        var fonts = Path.Combine(issue.Root, "fonts");
        Directory.CreateDirectory(fonts);
        try
        {
            var outsideTemplate = Outside(issue, "cover.xhtml.sbn", File.ReadAllBytes(Path.Combine(templates, "cover.xhtml.sbn")));
            File.Delete(Path.Combine(templates, "cover.xhtml.sbn"));
            File.CreateSymbolicLink(Path.Combine(templates, "cover.xhtml.sbn"), outsideTemplate);
            foreach (var font in Directory.GetFiles(Path.Combine(TestIssues.RepoRoot, "fonts"), "*.ttf"))
                File.CreateSymbolicLink(Path.Combine(fonts, Path.GetFileName(font)), font);
            var result = BuildPipeline.Run(new BuildOptions(issue.Directory, Path.Combine(issue.Root, "out"), templates, fonts));
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(result.Diagnostics, d => d.Code == "GP2090" && d.Location.File.EndsWith("cover.xhtml.sbn", StringComparison.Ordinal));
            Assert.Contains(result.Diagnostics, d => d.Code == "GP3090");
            Assert.False(Directory.Exists(Path.Combine(issue.Root, "out")));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }
}
