using GazettePress.Content.Loading;
using GazettePress.Content.Rendering;
using GazettePress.Layout.Fonts;

namespace GazettePress.Publishing.Tests.Content;

/// <summary>The sample issues shipped in samples/ must check clean against the bundled fonts and render.</summary>
public class SampleIssuesTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepositoryRoot(), "samples")).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, IssueLoader.IssueFileName)))
            {
                data.Add(Path.GetFileName(dir));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleChecksCleanAndEveryBodyRenders(string sample)
    {
        using var fonts = FontRegistry.LoadDirectory(Path.Combine(RepositoryRoot(), "fonts"));

        var result = IssueLoader.Load(Path.Combine(RepositoryRoot(), "samples", sample), new FontCoverage(fonts));

        // Clean: no error; the only warnings are the QR codes the extracted text could not give (placeholders).
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.Equal("GP1105", d.Code));
        Assert.NotEmpty(result.Issue!.Documents);
        Assert.All(result.Issue.Documents, d => Assert.NotEmpty(BodyXhtmlRenderer.Render(d).Blocks));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GazettePress.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("GazettePress.sln not found above " + AppContext.BaseDirectory);
    }
}
