using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// The screen PDFs the build writes for the three sample issues, the small test issue and the
/// phone-straining issue, checked with independent tools (<see cref="TaggedIssueCheck"/>), and their size.
/// </summary>
public sealed class TaggedScreenPdfTests
{
    public static TheoryData<string> Issues() => new()
    {
        "samples/jincheng-2025-06", "samples/jincheng-2023-02", "samples/jincheng-2025-01", "tests/data/issues/mini-2025-06", "tests/data/phone-issue",
    };

    [Theory]
    [MemberData(nameof(Issues))]
    public void TheStructureTextIsTheContentInOrderAndTheStructureKeepsTheRules(string issue)
    {
        using var built = TaggedIssueCheck.Build(Path.Combine(TestIssues.RepoRoot, issue));
        TaggedIssueCheck.AssertWellTagged(built, issue);
        var roles = PdfTaggingTests.Roles(Tools.Run("pdfinfo", "-struct", built.Pdf).Output);
        Assert.Contains("H1", roles);
        Assert.Contains("Link", roles);

        // The structure tree's many small objects live compressed in object streams: tagging
        // costs the screen edition a few per cent over the untagged print edition, not a third.
        var (screenSize, printSize) = (new FileInfo(built.Pdf).Length, new FileInfo(built.PrintPdf).Length);
        Assert.True(screenSize < printSize * 1.08, $"{issue}: screen PDF {screenSize} bytes, print PDF {printSize} bytes");
        Assert.Contains("/Type /ObjStm", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(built.Pdf)));
    }
}
