using System.Text.RegularExpressions;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Content;

/// <summary>
/// The slips a Chinese keyboard makes in YAML, made at random places of the real sample issues:
/// each gives one Chinese error at the line of the slip, never the parser's English, and where the
/// fix is certain the hint is the exact line to write — typing it makes the issue clean again.
/// </summary>
public partial class YamlSlipTests
{
    private static readonly string Sample = Path.Combine(RepositoryRoot(), "samples", "jincheng-2025-06");

    private enum Slip { FullWidthColon, NoSpaceAfterColon, TabIndent, FullWidthIndent, UnclosedBracket, MissingDash, MissingColon }

    /// <summary>Every line of every YAML text of the sample where a slip can be made, with the slip and the line as it should be.</summary>
    private static IEnumerable<(string File, int Line, Slip Slip, string Broken)> Candidates()
    {
        foreach (var file in new[] { "issue.yaml" }.Concat(Directory.GetFiles(Path.Combine(Sample, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(Path.Combine(Sample, file));
            var yamlEnd = file.EndsWith(".md", StringComparison.Ordinal) ? Array.IndexOf(lines, "---", 1) : lines.Length;
            for (var i = file.EndsWith(".md", StringComparison.Ordinal) ? 1 : 0; i < yamlEnd; i++)
            {
                var line = lines[i];
                if (KeyValue().Match(line) is { Success: true } kv)
                {
                    yield return (file, i + 1, Slip.FullWidthColon, line.Remove(kv.Groups["colon"].Index, 2).Insert(kv.Groups["colon"].Index, "："));
                    if (!kv.Groups["value"].Value.StartsWith('"') && !kv.Groups["value"].Value.StartsWith('{'))
                        yield return (file, i + 1, Slip.NoSpaceAfterColon, line.Remove(kv.Groups["colon"].Index + 1, 1));
                    yield return (file, i + 1, Slip.MissingColon, line.Remove(kv.Groups["colon"].Index, 1));
                    if (kv.Groups["value"].Value.StartsWith('[') && line.EndsWith(']'))
                        yield return (file, i + 1, Slip.UnclosedBracket, line[..^1]);
                }
                if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal) && line.Trim().Length > 0 && !lines[Math.Max(i - 1, 0)].EndsWith('|'))
                {
                    yield return (file, i + 1, Slip.TabIndent, "\t" + line[2..]);
                    yield return (file, i + 1, Slip.FullWidthIndent, "\u3000" + line[2..]);
                }
                if (ListItem().Match(line) is { Success: true } item && i > 0 && ListItem().IsMatch(lines[i - 1]))
                    yield return (file, i + 1, Slip.MissingDash, item.Groups["indent"].Value + item.Groups["text"].Value);
            }
        }
    }

    [GeneratedRegex(@"^[ ]*(?:- )?[a-z_]+(?<colon>: )(?<value>\S.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?<indent>[ ]+)- (?<text>[^{\[:#]+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"While (parsing|scanning)|did not find|expected|mapping values|Duplicate key")]
    private static partial Regex ParserEnglish();

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_random_slip_is_one_chinese_error_at_its_line_with_the_fix(int seed)
    {
        var candidates = Candidates().ToArray();
        var random = new Random(seed);
        // Every kind of slip once per seed, at a random line of a random file.
        foreach (var kind in Enum.GetValues<Slip>())
        {
            var ofKind = candidates.Where(c => c.Slip == kind).ToArray();
            Assert.NotEmpty(ofKind);
            var (file, line, slip, broken) = ofKind[random.Next(ofKind.Length)];
            using var dir = CopyOfSample();
            var path = Path.Combine(dir.Directory, file);
            var lines = File.ReadAllLines(path);
            var original = lines[line - 1];
            lines[line - 1] = broken;
            File.WriteAllText(path, string.Join("\n", lines) + "\n");

            var errors = IssueLoader.Load(dir.Directory).Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();

            var where = $"{slip} at {file}:{line} ({broken.Trim()})";
            Assert.True(errors.Length == 1, $"{where}: {string.Join(" | ", errors.Select(e => e.Format(Language.Chinese)))}");
            var error = errors[0];
            Assert.EndsWith(file, error.Location.File);
            Assert.Equal(("GP1001", line), (error.Code, error.Location.Line));
            var zh = error.Render(Language.Chinese);
            Assert.DoesNotMatch(ParserEnglish(), zh.Message + zh.Hint);
            Assert.StartsWith("YAML 写法有误：", zh.Message);
            Assert.False(string.IsNullOrEmpty(zh.Hint), where);

            if (slip is Slip.FullWidthColon or Slip.NoSpaceAfterColon or Slip.MissingColon or Slip.UnclosedBracket or Slip.MissingDash)
            {
                // The hint is the line to type; typing it gives the sample back, clean.
                var expected = slip == Slip.MissingDash ? "- " + broken.Trim() : original.Trim();
                Assert.True(zh.Hint!.EndsWith("：" + expected, StringComparison.Ordinal), $"{where}: hint \"{zh.Hint}\", expected the line \"{expected}\"");
                lines[line - 1] = original[..(original.Length - original.TrimStart().Length)] + zh.Hint[(zh.Hint.LastIndexOf(expected, StringComparison.Ordinal))..];
                File.WriteAllText(path, string.Join("\n", lines) + "\n");
                Assert.False(IssueLoader.Load(dir.Directory).HasErrors, $"{where}: the hint's line does not fix it");
            }
        }
    }

    [Theory]
    [InlineData("addressee：各县（市、区）人民政府：", "键“addressee”后面用了全角冒号“：”", "把这一行改成：addressee: 各县（市、区）人民政府：")]
    [InlineData("addressee:各县（市、区）人民政府：", "键“addressee”后面的冒号“:”后少了一个空格", "把这一行改成：addressee: 各县（市、区）人民政府：")]
    [InlineData("addressee 各县（市、区）人民政府：", "键“addressee”后面少了半角冒号加空格“: ”", "把这一行改成：addressee: 各县（市、区）人民政府：")]
    [InlineData("addressee: “注意: 各县”", "值中有“: ”，又用了全角引号“”括起来，YAML 不认全角引号", "把这一行改成：addressee: \"注意: 各县\"")]
    [InlineData("addressee: 注意: 各县", "值中有“: ”（冒号加空格），YAML 会把它当成新的键", "把这一行改成：addressee: \"注意: 各县\"")]
    [InlineData("addressee: @各县", "值以“@”开头，YAML 会把它当成特殊符号", "把这一行改成：addressee: \"@各县\"")]
    [InlineData("addressee: *各县", "值以“*”开头，YAML 会把它当成特殊符号", "把这一行改成：addressee: \"*各县\"")]
    [InlineData("addressee: \"各县", "第 9 行的引号 \" 没有结束", "把这一行改成：addressee: \"各县\"")]
    public void Each_slip_says_its_cause_and_the_line_to_type(string line, string problem, string fix)
    {
        using var dir = new TempIssue().WriteValid();
        dir.Write("docs/01-jsf-2025-11.md", SampleContent.Notice.Replace("addressee: 各县（市、区）人民政府，市人民政府各委、办、局：", line, StringComparison.Ordinal));

        var error = Assert.Single(IssueLoader.Load(dir.Directory).Diagnostics);

        Assert.Equal(("GP1001", 9), (error.Code, error.Location.Line));
        Assert.Equal("YAML 写法有误：" + problem, error.Render(Language.Chinese).Message);
        Assert.Equal(fix, error.Render(Language.Chinese).Hint);
    }

    [Theory]
    [InlineData("  - 联系表", "  -联系表", 16, 3, "把这一行改成：- 联系表")]
    [InlineData("  - { title: 晋城市大面积停电事件分级, online_only: true }", "  -{ title: 晋城市大面积停电事件分级, online_only: true }", 15, 3, "把这一行改成：- { title: 晋城市大面积停电事件分级, online_only: true }")]
    public void A_list_dash_without_its_space_is_named_and_the_rest_still_checked(string from, string to, int line, int column, string fix)
    {
        using var dir = new TempIssue().WriteValid();
        // A second, unrelated slip further down: still found in the same run.
        dir.Write("docs/01-jsf-2025-11.md", SampleContent.Notice.Replace(from, to, StringComparison.Ordinal).Replace("publicity: ", "publicity：", StringComparison.Ordinal));

        var errors = IssueLoader.Load(dir.Directory).Diagnostics;

        Assert.Equal(2, errors.Count);
        var dash = Assert.Single(errors, e => e.Location.Line == line);
        Assert.Equal(("GP1001", column), (dash.Code, dash.Location.Column));
        Assert.Equal("YAML 写法有误：列表项的“-”后面少了一个空格", dash.Render(Language.Chinese).Message);
        Assert.Equal(fix, dash.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void A_dash_inside_text_is_not_taken_for_a_list_item()
    {
        using var dir = new TempIssue().WriteValid();
        // A value continued on a line that starts with '-': no list around it, so it is text.
        dir.Write("docs/01-jsf-2025-11.md", SampleContent.Notice.Replace("addressee: 各县（市、区）人民政府，市人民政府各委、办、局：",
            "addressee: 各县（市、区）人民政府，\n  -市人民政府各委、办、局：", StringComparison.Ordinal));

        Assert.DoesNotContain(IssueLoader.Load(dir.Directory).Diagnostics, d => d.Code == "GP1001");
    }

    [Fact]
    public void Lines_of_a_list_written_without_dashes_are_not_joined_silently()
    {
        using var dir = new TempIssue().WriteValid();
        dir.Write("docs/01-jsf-2025-11.md", SampleContent.Notice.Replace("  - 晋城市人民政府　晋城军分区\n  - 关于印发晋城市基干民兵优待和权益保障\n  - 实施细则的通知", "  晋城市人民政府　晋城军分区\n  关于印发晋城市基干民兵优待和权益保障\n  实施细则的通知", StringComparison.Ordinal));

        var errors = IssueLoader.Load(dir.Directory).Diagnostics;

        var error = Assert.Single(errors);
        Assert.Equal("GP1023", error.Code);
        Assert.Contains("- 关于印发晋城市基干民兵优待和权益保障", error.Render(Language.Chinese).Hint);
    }

    private static TempIssue CopyOfSample()
    {
        var dir = new TempIssue();
        foreach (var file in Directory.GetFiles(Sample, "*", SearchOption.AllDirectories))
            dir.WriteBytes(Path.GetRelativePath(Sample, file).Replace('\\', '/'), File.ReadAllBytes(file));
        return dir;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GazettePress.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("GazettePress.sln not found");
    }
}
