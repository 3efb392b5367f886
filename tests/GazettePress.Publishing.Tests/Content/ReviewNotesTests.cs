using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Content;

/// <summary>Open questions left in the front matter by import or add warn at their line until deleted.</summary>
public sealed class ReviewNotesTests
{
    [Fact]
    public void Each_review_note_is_a_warning_at_its_line_and_kept_on_the_document()
    {
        using var dir = new TempIssue().WriteValid();
        var notice = SampleContent.Notice.Replace("kind: 通知\n", "kind: 通知\nreview:\n  - 标题分行是猜的\n  - 成文日期看不清\n", StringComparison.Ordinal);
        Assert.NotEqual(SampleContent.Notice, notice);
        dir.Write("docs/01-jsf-2025-11.md", notice);

        var result = IssueLoader.Load(dir.Directory);

        var notes = result.Diagnostics.Where(d => d.Code == "GP1050").ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal([4, 5], notes.Select(d => d.Location.Line));
        Assert.Contains("标题分行是猜的", notes[0].Render(Language.Chinese).Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var document = result.Issue!.Sections.SelectMany(s => s.Documents).Single(d => d.Id == "01-jsf-2025-11");
        Assert.Equal(["标题分行是猜的", "成文日期看不清"], document.ReviewNotes);
    }

    [Fact]
    public void A_document_without_review_notes_has_none()
    {
        using var dir = new TempIssue().WriteValid();
        var result = IssueLoader.Load(dir.Directory);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "GP1050");
        Assert.All(result.Issue!.Sections.SelectMany(s => s.Documents), d => Assert.Empty(d.ReviewNotes));
    }
}
