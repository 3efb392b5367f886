using GazettePress.Content.Safety;
using System.Text;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>
/// Hostile or damaged input costs bounded memory and never crashes check: each case gets one
/// located error. Memory is asserted through the bytes allocated by the load (not wall time, which
/// is noisy on a shared machine); each case would cost gigabytes or a stack overflow unguarded.
/// </summary>
public sealed class InputLimitsTests
{
    private const long MaxAllocatedBytes = 400L << 20;

    private static IReadOnlyList<Diagnostic> Check(IssueCopy issue)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = IssueLoader.Load(issue.Directory);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < MaxAllocatedBytes, $"check allocated {allocated >> 20} MB");
        return result.Diagnostics;
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1 && errors[0].Code == code,
            $"expected one {code}, got: {string.Join(" | ", errors.Select(e => e.Format(Language.English)))}");
        return errors[0];
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_at_the_first_alias()
    {
        using var issue = new IssueCopy();
        var bomb = new StringBuilder("bomb:\n  a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
            bomb.Append($"  {(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n");
        issue.Edit("issue.yaml", t => t + bomb);
        var error = Single(Check(issue), "GP1063");
        Assert.EndsWith("issue.yaml", error.Location.File);
        var line = issue.Read("issue.yaml").Split('\n').ToList().FindIndex(l => l.Contains("*a", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Location.Line);
    }

    [Fact]
    public void A_yaml_alias_in_front_matter_is_refused_too()
    {
        using var issue = new IssueCopy();
        issue.Edit(issue.FirstDocument, t => t.Replace("kind: ", "x: &k 通知\nkind: *k\nold_kind: ", StringComparison.Ordinal));
        Assert.Contains(Check(issue), d => d.Code == "GP1063" && d.Location.File.EndsWith(issue.FirstDocument, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("flow", 100_000)]
    [InlineData("block-lists", 50_000)]
    [InlineData("flow-lists", 100_000)]
    public void Yaml_nested_deeper_than_the_limit_is_refused_before_it_is_loaded(string shape, int depth)
    {
        using var issue = new IssueCopy();
        var deep = shape switch
        {
            "flow" => "x: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n",
            "flow-lists" => "x: " + new string('[', depth) + new string(']', depth) + "\n",
            _ => "x:\n  " + string.Concat(Enumerable.Repeat("- ", depth)) + "1\n",
        };
        issue.Edit("issue.yaml", t => t + deep);
        var error = Single(Check(issue), "GP1064");
        Assert.True(error.Location.Line > 1);
    }

    [Theory]
    [InlineData("growing", 1000)]
    [InlineData("same", 1000)]
    [InlineData("same", 20_000)]
    public void Deeply_nested_containers_are_refused_at_the_line_that_crosses_the_limit(string fences, int depth)
    {
        using var issue = new IssueCopy();
        var open = Enumerable.Range(0, depth).Select(i => (fences == "growing" ? new string(':', 3 + i) : ":::") + " keyvalue");
        issue.AppendToBody(issue.FirstDocument, string.Join("\n", open) + "\n项目：内容\n" + string.Join("\n", Enumerable.Repeat(":::", depth)));
        var error = Single(Check(issue), "GP1065");
        var lines = issue.Read(issue.FirstDocument).Split('\n');
        Assert.StartsWith(":::", lines[error.Location.Line - 1]);
        Assert.Equal(5, lines.Take(error.Location.Line).Count(l => l.StartsWith(":::", StringComparison.Ordinal) && l.TrimEnd().EndsWith("keyvalue", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("[", 100_000, "GP1066")]
    [InlineData("*a", 50_000, "GP1066")]
    [InlineData("~a^b", 20_000, "GP1066")]
    [InlineData("[a](", 50_000, "GP1066")]
    public void A_paragraph_dense_with_markup_delimiters_is_refused(string unit, int repeat, string code)
    {
        using var issue = new IssueCopy();
        issue.AppendToBody(issue.FirstDocument, "开头。" + string.Concat(Enumerable.Repeat(unit, repeat)));
        var error = Single(Check(issue), code);
        Assert.StartsWith("开头。", issue.Read(issue.FirstDocument).Split('\n')[error.Location.Line - 1]);
    }

    [Fact]
    public void Many_paragraphs_each_under_the_limit_are_refused_per_document()
    {
        using var issue = new IssueCopy();
        var paragraph = "第一条" + string.Concat(Enumerable.Repeat("**加粗**", 200)); // 800 delimiters, under the 1,000 of one paragraph
        issue.AppendToBody(issue.FirstDocument, string.Join("\n\n", Enumerable.Repeat(paragraph, 10)));
        Single(Check(issue), "GP1067");
    }

    [Fact]
    public void Links_nested_inside_images_past_the_depth_limit_are_refused_without_recursing()
    {
        using var issue = new IssueCopy();
        issue.AppendToBody(issue.FirstDocument, string.Concat(Enumerable.Repeat("[![", 400)) + "x" + string.Concat(Enumerable.Repeat("](images/a.png)](#b)", 400)));
        Single(Check(issue), "GP1068");
    }

    [Theory]
    [InlineData("published: 2025-12-28", "published: 0001-01-01")]
    [InlineData("published: 2025-12-28", "published: 9999-12-31")]
    [InlineData("published: 2025-12-28", "published: 1948-12-31")]
    [InlineData("published: 2025-12-28", "published: 2101-01-01")]
    public void Dates_outside_1949_to_2100_are_input_errors(string from, string to)
    {
        using var issue = new IssueCopy();
        issue.Edit("issue.yaml", t => t.Replace(from, to, StringComparison.Ordinal));
        var error = Single(Check(issue), "GP1069");
        Assert.Equal(issue.Read("issue.yaml").Split('\n').ToList().FindIndex(l => l.StartsWith("published:", StringComparison.Ordinal)) + 1, error.Location.Line);
    }

    [Fact]
    public void A_signature_date_outside_the_range_is_an_error_at_its_line()
    {
        using var issue = new IssueCopy();
        issue.Edit(issue.FirstDocument, t => System.Text.RegularExpressions.Regex.Replace(t, @"date: \d{4}-\d\d-\d\d", "date: 0001-01-01"));
        Assert.Contains(Check(issue), d => d.Code == "GP1069" && d.Location.File.EndsWith(issue.FirstDocument, StringComparison.Ordinal));
    }

    [Fact]
    public void Files_past_their_size_limit_are_refused_without_being_read()
    {
        using var issue = new IssueCopy();
        issue.Edit(issue.FirstDocument, t => t + new string('文', 1_200_000));
        issue.Edit("issue.yaml", t => t + "#" + new string('x', 1_100_000) + "\n");
        var errors = IssueLoader.Load(issue.Directory).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var tooLarge = Assert.Single(errors);
        Assert.Equal("GP1061", tooLarge.Code);
        Assert.EndsWith("issue.yaml", tooLarge.Location.File);
        // Located where the limit is crossed: in the long comment line, at the character past 1 MB.
        var yaml = issue.Read("issue.yaml");
        var commentLine = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("#xxx", StringComparison.Ordinal)) + 1;
        Assert.Equal(commentLine, tooLarge.Location.Line);
        var lineStart = Encoding.UTF8.GetByteCount(string.Join('\n', yaml.Split('\n').Take(commentLine - 1)) + "\n");
        Assert.Equal(InputLimits.IssueFileBytes - lineStart + 1, tooLarge.Location.Column);

        issue.Edit("issue.yaml", t => t[..t.IndexOf("#xxxx", StringComparison.Ordinal)]);
        var document = Single(IssueLoader.Load(issue.Directory).Diagnostics, "GP1061");
        Assert.EndsWith(issue.FirstDocument, document.Location.File);
        Assert.True(document.Location.Line > 1 && document.Location.Column >= 1);
        Assert.Contains("MB", document.Render(Language.English).Message);
    }
}
