using GazettePress.Cli.Commands;
using GazettePress.Cli.Hosting;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Cli;

/// <summary>
/// The Native AOT binary: published without a trimming or AOT warning, it runs from a folder outside
/// the repository with only what was published beside it, and builds the sample byte for byte as the
/// JIT build does (screen PDF, print PDF, EPUB, build.json; check --json too).
/// </summary>
public sealed class NativeBinaryTests(NativeBinaryFixture native) : IClassFixture<NativeBinaryFixture>
{
    private static readonly string Sample = Path.Combine(TestIssues.RepoRoot, "samples", "jincheng-2025-06");

    [Fact]
    public void Publish_gives_one_native_executable_without_trimming_or_aot_warnings()
    {
        Assert.DoesNotMatch(@"warning (IL|NETSDK)\d+", native.PublishLog);
        Assert.True(File.Exists(native.Binary));
        Assert.False(File.Exists(Path.Combine(native.Folder, "gazettepress.dll")), "a native publish has no managed entry assembly");
        Assert.Empty(Directory.GetFiles(native.Folder, "*.pdb"));
        Assert.True(File.Exists(Path.Combine(native.Folder, BundledResources.TemplatesFolder, "issue.xhtml.sbn")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(native.Folder, BundledResources.FontsFolder), "*.ttf"));
    }

    [Fact]
    public void Version_and_help_work_from_any_folder()
    {
        var (exit, output, _) = native.Run(Path.GetTempPath(), "--version");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"^gazettepress \d+\.\d+\.\d+", output);
        var help = native.Run(Path.GetTempPath(), "build", "--help", "--lang", "en");
        Assert.Equal(ExitCodes.Ok, help.Exit);
        Assert.StartsWith("usage: gazettepress build <issue-dir> -o <dir> [options]", help.Out);
        Assert.Equal(ExitCodes.Usage, native.Run(Path.GetTempPath(), "build").Exit);
    }

    [Fact]
    public void Native_and_jit_builds_of_the_sample_are_byte_identical()
    {
        var jit = Temp("jit");
        var nat = Temp("native");
        try
        {
            var stderr = new StringWriter();
            Assert.True(CommandLine.Run(["build", Sample, "--out", jit], TextWriter.Null, stderr) == 0, stderr.ToString());
            // Run from the temporary folder: the binary finds nothing of the repository there.
            var (exit, _, error) = native.Run(Path.GetTempPath(), "build", Sample, "--out", nat);
            Assert.True(exit == 0, error);

            var expected = Directory.GetFiles(jit).Select(Path.GetFileName).Where(f => f != BuildPipeline.TimingsFile).Order().ToArray();
            Assert.Equal(expected, Directory.GetFiles(nat).Select(Path.GetFileName).Where(f => f != BuildPipeline.TimingsFile).Order().ToArray());
            Assert.Contains("jincheng-2025-06.epub", expected);
            foreach (var file in expected)
                Assert.True(File.ReadAllBytes(Path.Combine(jit, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(nat, file!))),
                    $"{file} differs between the JIT and the native build");
        }
        finally
        {
            foreach (var dir in new[] { jit, nat }) if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Native_check_json_is_the_jit_one()
    {
        var stdout = new StringWriter();
        CommandLine.Run(["check", Sample, "--json"], stdout, TextWriter.Null);
        var (exit, output, _) = native.Run(Path.GetTempPath(), "check", Sample, "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(stdout.ToString(), output);
    }

    private static string Temp(string what) => Path.Combine(Path.GetTempPath(), $"gp-{what}-{Guid.NewGuid():N}");
}
