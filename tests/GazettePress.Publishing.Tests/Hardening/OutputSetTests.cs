using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>--out receives a whole set or nothing; it is checked and locked before the build starts.</summary>
public sealed class OutputSetTests
{
    private static Dictionary<string, byte[]> Set(string tag) => new(StringComparer.Ordinal)
    {
        ["a.pdf"] = [1, 2, 3, (byte)tag[0]],
        ["a.epub"] = [4, 5, (byte)tag[0]],
        [OutputSet.ReportFile] = System.Text.Encoding.UTF8.GetBytes($"{{\"outputs\":[\"a.pdf\",\"a.epub\"],\"tag\":\"{tag}\"}}"),
    };

    private static Dictionary<string, string> Contents(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    private static void AssertHolds(string folder, IReadOnlyDictionary<string, byte[]> set, params string[] extra)
    {
        var contents = Contents(folder);
        Assert.Equal(set.Keys.Concat(extra).Order(StringComparer.Ordinal), contents.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in set) Assert.Equal(Convert.ToHexString(bytes), contents[name]);
    }

    private static void AssertNothingStaged(string parent) =>
        Assert.DoesNotContain(Directory.GetFileSystemEntries(parent), e => Path.GetFileName(e).Contains(".gazettepress-", StringComparison.Ordinal) || e.Contains(".tmp", StringComparison.Ordinal));

    [Fact]
    public void A_new_set_replaces_the_old_one_whole_and_foreign_files_are_kept()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        var output = Path.Combine(issue.Root, "out");
        var bag = new DiagnosticBag();
        Assert.NotNull(OutputSet.Write(output, Set("1"), bag));
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(output, "a.pdf.tmp-4242"), "left by an old build");
        var second = Set("2");
        second.Remove("a.epub"); // a later build that no longer writes one of the files
        Assert.NotNull(OutputSet.Write(output, second, bag));
        AssertHolds(output, second, "notes.txt");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Empty(bag.Items);
        AssertNothingStaged(issue.Root);
    }

    [Fact]
    public void A_failed_write_leaves_the_old_set_and_nothing_staged()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        var output = Path.Combine(issue.Root, "out");
        var bag = new DiagnosticBag();
        OutputSet.Write(output, Set("1"), bag);
        // A file where the staging folder goes makes the write fail part-way.
        File.WriteAllText(OutputSet.StagingPath(output), "in the way");
        Assert.Null(OutputSet.Write(output, Set("2"), bag));
        Assert.Equal("GP8094", Assert.Single(bag.Items).Code);
        AssertHolds(output, Set("1"));
        File.Delete(OutputSet.StagingPath(output));
        AssertNothingStaged(issue.Root);
    }

    [Fact]
    public void An_interrupted_two_rename_swap_is_repaired_by_the_next_build()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        var output = Path.Combine(issue.Root, "out");
        OutputSet.Write(output, Set("1"), new DiagnosticBag());
        // As if killed between the two renames: the old set moved aside, the new one still staged.
        Directory.Move(output, OutputSet.PreviousPath(output));
        Directory.CreateDirectory(OutputSet.StagingPath(output));
        File.WriteAllText(Path.Combine(OutputSet.StagingPath(output), "a.pdf"), "half");
        var bag = new DiagnosticBag();
        using (var held = OutputSet.Prepare(output, [issue.Directory], bag)) Assert.NotNull(held);
        Assert.Empty(bag.Items);
        AssertHolds(output, Set("1"));
        AssertNothingStaged(issue.Root);
    }

    [Fact]
    public void Out_naming_a_file_the_issue_or_a_foreign_folder_fails_before_the_build()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        var file = Path.Combine(issue.Root, "file.pdf");
        File.WriteAllText(file, "x");
        var foreign = Path.Combine(issue.Root, "photos");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "holiday.jpg"), "x");
        foreach (var (output, code) in new[] { (file, "GP8090"), (issue.Directory, "GP8093"), (issue.Root, "GP8093"), (foreign, "GP8092"), ("", "GP8095"), (" ", "GP8095") })
        {
            var result = BuildPipeline.Run(new BuildOptions(issue.Directory, output));
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(code, Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
            Assert.DoesNotContain(result.Timings, t => t.Stage == "load"); // refused before loading anything
        }
        Assert.Equal("x", File.ReadAllText(file));
        Assert.Single(Directory.GetFiles(foreign));
    }

    /// <summary>An empty --out or --templates used to end in exit 70 (Path.GetFullPath("") throws).</summary>
    [Fact]
    public void Empty_paths_on_the_command_line_are_input_errors_not_crashes()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        foreach (var args in new[]
                 {
                     new[] { "build", issue.Directory, "-o", "" },
                     ["build", issue.Directory, "-o", Path.Combine(issue.Root, "out"), "--templates", ""],
                     ["preflight", ""],
                 })
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = GazettePress.Cli.Commands.CommandLine.Run([.. args, "--lang", "en"], stdout, stderr);
            Assert.True(exit == 1, $"{string.Join(' ', args)}: exit {exit}\n{stdout}{stderr}");
            Assert.DoesNotContain("GP9001", stdout + "" + stderr);
        }
    }

    [Fact]
    public void A_second_build_into_a_locked_folder_is_refused_and_a_stale_lock_is_taken_over()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        var output = Path.Combine(issue.Root, "out");
        var bag = new DiagnosticBag();
        using (var held = OutputLock.TryAcquire(output, output, bag))
        {
            Assert.NotNull(held);
            var result = BuildPipeline.Run(new BuildOptions(issue.Directory, output));
            Assert.Equal(1, result.ExitCode);
            var locked = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal("GP8091", locked.Code);
            Assert.Contains(OutputLock.PathFor(output), locked.Render(Language.English).Message);
            Assert.False(Directory.Exists(output));
        }
        Assert.False(File.Exists(OutputLock.PathFor(output)));
        // A lock file left behind by a killed build is not locked by anyone: it is taken over.
        File.WriteAllText(OutputLock.PathFor(output), "12345 2025-01-01T00:00:00Z\n");
        using (var again = OutputLock.TryAcquire(output, output, bag)) Assert.NotNull(again);
        Assert.Empty(bag.Items);
    }
}
