using GazettePress.Content.Rendering;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>The bold leads add writes (and the samples have) render as run-in labels, also when they end in 。 before Chinese text.</summary>
public sealed class RunInMarkdownTests
{
    [Theory]
    [InlineData("**（一）切实提高政治站位。**各级各部门要认真贯彻落实。", "（一）切实提高政治站位。")]
    [InlineData("**第一条**　为规范管理，制定本办法。", "第一条")]
    [InlineData("**组　长：**市人民政府分管副市长。", "组　长：")]
    public void A_bold_lead_is_a_run_in_label(string markdown, string label)
    {
        var html = BodyXhtmlRenderer.Render(IntakeTestFiles.LoadMarkdown($"---\nkind: 通知\ntitle: 测试\n---\n{markdown}\n", "01-a")).Xhtml;
        Assert.Contains($">{label}</strong>", html);
        Assert.DoesNotContain("**", html);
    }
}
