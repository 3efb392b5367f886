using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using ComposedPage = GazettePress.Publishing.Composition.ComposedPage;
using PageStart = GazettePress.Publishing.Composition.PageStart;
using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

public sealed class EpubOutputWriterTests : IDisposable
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("gp-epub-build-").FullName;

    public void Dispose() => Directory.Delete(_outputDirectory, recursive: true);

    private static ComposedPage Page(string section, string? folio, PageStart? start, string document = "") =>
        new() { Content = new GazettePress.Layout.DisplayList.Page(595, 842, []), Master = "body", SectionId = section, DocumentId = document, Folio = folio, Start = start };

    [Fact]
    public void TheDefaultBuildWritesTheEpub() =>
        Assert.Contains(BuildPipeline.DefaultWriters, w => w is EpubOutputWriter);

    [Fact]
    public void NumberedPagesBecomePageStartsNamedByDocumentOrSection()
    {
        var diagnostics = new DiagnosticBag();
        ComposedPage[] pages =
        [
            Page("cover", null, new PageStart("", "cover", 0)),
            Page("intro", "i", new PageStart("", "intro", 0)),
            Page("toc", "1", new PageStart("", "toc", 0)),
            Page("doc-01", "2", new PageStart("01", "doc-01", 0), "01"),
            Page("doc-01", "3", new PageStart("01", "b-7", 12), "01"),
            Page("back-cover", "4", new PageStart("", "back", 0)),
        ];

        var starts = EpubOutputWriter.PageStarts(pages, diagnostics);

        Assert.Equal(
        [
            new PrintPageStart("i", "about", "intro", 0),
            new PrintPageStart("1", "toc", "toc", 0),
            new PrintPageStart("2", "01", "doc-01", 0),
            new PrintPageStart("3", "01", "b-7", 12),
        ], starts);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("GP5009", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void APageThatStartsInsideATemplateBlockFindsItsPlaceInTheEpub()
    {
        // Print page 3 of this issue starts inside the document template's 咨询 block, which the EPUB
        // template writes differently: its marker goes to the start of that block (offset 0), and that is
        // where the printed page begins.
        var issueDirectory = Path.Combine(EpubFromIssueFolderTests.RepositoryRoot(), "tests", "data", "phone-issue");
        var result = BuildPipeline.Run(new BuildOptions(issueDirectory, _outputDirectory));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));

        PrintAgreement.AssertEpubFollowsPrint(_outputDirectory);
    }

    [Fact]
    public void TheBuildPipelineWritesAnEpubThatFollowsThePrintPages()
    {
        var issueDirectory = Path.Combine(EpubFromIssueFolderTests.RepositoryRoot(), "tests", "data", "epub-issue");
        var result = BuildPipeline.Run(new BuildOptions(issueDirectory, _outputDirectory));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));

        PrintAgreement.AssertEpubFollowsPrint(_outputDirectory);
    }
}
