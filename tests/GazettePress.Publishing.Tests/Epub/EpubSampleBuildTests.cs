using GazettePress.Cli.Commands;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>The default sample through the real <c>gazettepress build</c>: the EPUB lands beside
/// the PDF and follows its pages.</summary>
public sealed class EpubSampleBuildTests : IDisposable
{
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("gp-epub-sample-").FullName;

    public void Dispose() => Directory.Delete(_outputDirectory, recursive: true);

    [Fact]
    public void BuildOfTheDefaultSampleWritesAnEpubThatFollowsThePrintPages()
    {
        var sample = Path.Combine(EpubFromIssueFolderTests.RepositoryRoot(), "samples", "jincheng-2025-06");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = CommandLine.Run(["build", sample, "--out", _outputDirectory], stdout, stderr);

        Assert.True(exitCode == 0, stderr.ToString());
        Assert.True(File.Exists(Path.Combine(_outputDirectory, "jincheng-2025-06.epub")), stdout.ToString());
        PrintAgreement.AssertEpubFollowsPrint(_outputDirectory);
    }
}
