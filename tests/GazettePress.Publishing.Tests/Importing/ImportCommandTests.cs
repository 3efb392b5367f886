using GazettePress.Cli.Commands;
using GazettePress.Content.Loading;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>The import command end to end: what it writes, what it refuses, and that check accepts the result.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _temp = TestFiles.TempDir();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("000", 7)]
    [InlineData("001", 14)]
    [InlineData("003", 8)]
    public void Imported_corpus_issue_passes_the_loader_with_no_diagnostics(string corpus, int documents)
    {
        var outDir = Path.Combine(_temp, "issue");
        var (code, _, stderr) = Run("import", TestFiles.Corpus(corpus), "--out", outDir);

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(outDir, "review.md")));
        Assert.Equal(documents, Directory.GetFiles(Path.Combine(outDir, "docs"), "*.md").Length);
        var loaded = IssueLoader.Load(outDir);
        Assert.Empty(TestFiles.NotReviewNotes(loaded));
        Assert.Equal(documents, loaded.Issue!.Documents.Count());
        var (checkCode, _, checkErr) = Run("check", outDir);
        Assert.True(checkCode == 0, checkErr);
    }

    [Fact]
    public void Garbage_input_fails_with_exit_1_and_writes_nothing()
    {
        var input = Path.Combine(_temp, "garbage.txt");
        File.WriteAllText(input, "lorem ipsum\n\n这不是公报。\n12345\n");
        var outDir = Path.Combine(_temp, "out");

        var (code, _, stderr) = Run("import", input, "--out", outDir, "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains("error GP6003", stderr);
        Assert.Contains("garbage.txt:1", stderr);
        Assert.False(Directory.Exists(outDir));
        Assert.Equal(new[] { "garbage.txt" }, Directory.EnumerateFileSystemEntries(_temp).Select(p => Path.GetFileName(p)).ToArray());
    }

    [Fact]
    public void Truncated_issue_is_imported_with_the_missing_documents_named()
    {
        var lines = File.ReadAllLines(TestFiles.Corpus("000"));
        var input = Path.Combine(_temp, "truncated.txt");
        File.WriteAllLines(input, lines.Take(400));
        var outDir = Path.Combine(_temp, "out");

        var (code, stdout, stderr) = Run("import", input, "--out", outDir, "--lang", "en");

        Assert.True(code == 0, stderr);
        Assert.Contains("7 documents (TOC: 7), of which 5 only in the TOC", stdout);
        var review = File.ReadAllText(Path.Combine(outDir, "review.md"));
        Assert.Contains("(晋市政办〔2025〕23号) is in the TOC but its text was not found", review);
        Assert.Contains("(晋市公通字〔2025〕30号) is in the TOC but its text was not found", review);
        var stub = File.ReadAllText(Path.Combine(outDir, "docs", "07-jsgtz-2025-30.md"));
        Assert.Contains("doc_number: 晋市公通字〔2025〕30号\n", stub);
        Assert.Contains("review:\n  - \"line ", stub);
        Assert.Equal(["out", "truncated.txt"], Directory.EnumerateFileSystemEntries(_temp).Select(p => Path.GetFileName(p)).Order().ToArray());
    }

    [Fact]
    public void Binary_input_fails_with_exit_1_and_a_located_message()
    {
        var input = Path.Combine(_temp, "image.txt");
        File.WriteAllBytes(input, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0A]);
        var (code, _, stderr) = Run("import", input, "--out", Path.Combine(_temp, "out"), "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("image.txt: error GP6002", stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "out")));
    }

    [Fact]
    public void Existing_non_empty_folder_is_kept_unless_forced()
    {
        var outDir = Path.Combine(_temp, "issue");
        Directory.CreateDirectory(outDir);
        var edited = Path.Combine(outDir, "issue.yaml");
        File.WriteAllText(edited, "editor's work");

        var (code, _, stderr) = Run("import", TestFiles.Corpus("003"), "--out", outDir);
        Assert.Equal(1, code);
        Assert.Contains("--force", stderr);
        Assert.Equal("editor's work", File.ReadAllText(edited));

        (code, _, _) = Run("import", TestFiles.Corpus("003"), "--out", outDir, "--force");
        Assert.Equal(0, code);
        Assert.Contains("gazettepress import", File.ReadAllText(edited));
        Assert.Single(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public void Missing_arguments_are_a_usage_error() => Assert.Equal(2, Run("import", "x.txt").Code);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
