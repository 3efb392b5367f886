using System.Globalization;
using System.Text;
using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Intake.Issues;

public sealed record NewIssueRequest(string Directory, int? Year, int? Number, string? Like);

/// <summary>What `new` did: the folder, the issue's numbers, and lines telling the editor what to check.</summary>
public sealed record NewIssueResult(IReadOnlyList<Diagnostic> Errors, int Year, int Number, int? Cumulative, IReadOnlyList<LocalizedText> Messages)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// `new`: a new issue folder from the previous issue (given with --like, else the latest issue in a
/// folder beside the new one): issue.yaml is the previous one's text — the editor's comments and
/// layout kept — with year, number, 总第N期 and the publication date moved on, every section's
/// documents emptied, and the per-issue cover pictures and captions left out; an empty docs/. Without
/// a previous issue, a skeleton that `check` will ask the editor to fill. Never overwrites.
/// </summary>
public static class IssueCreator
{
    public static NewIssueResult Create(NewIssueRequest request)
    {
        var target = Path.GetFullPath(request.Directory);
        var location = new SourceLocation(request.Directory);
        if (File.Exists(target) || Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            return Failed(Diagnostic.Create(IntakeMessages.TargetNotEmpty, location));
        if (request.Year is { } y && (y < 1949 || y > 2200) || request.Number is { } n && (n < 1 || n > 366))
            return Failed(Diagnostic.Create(IntakeMessages.IssueNumberInvalid, location, ("detail", $"{request.Year} / {request.Number}")));

        var previousDir = request.Like ?? FindPrevious(target, request.Year, request.Number);
        var messages = new List<LocalizedText>();
        string yaml;
        int year, number;
        int? cumulative = null;
        if (previousDir is null)
        {
            if (request.Year is not { } ny || request.Number is not { } nn)
                return Failed(Diagnostic.Create(IntakeMessages.IssueNumberInvalid, location, ("detail", "--year --number")));
            (year, number) = (ny, nn);
            yaml = Skeleton(year, number);
            messages.Add(IntakeMessages.NewSkeleton.With());
        }
        else
        {
            var loaded = IssueLoader.Load(previousDir);
            if (loaded.Issue is not { } previous)
                return Failed(Diagnostic.Create(IntakeMessages.PreviousIssueUnusable, new SourceLocation(previousDir),
                    ("detail", loaded.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? IssueLoader.IssueFileName)));
            var perYear = IssuesPerYear(previous.Gazette.Frequency);
            (year, number) = (request.Year, request.Number) switch
            {
                ({ } a, { } b) => (a, b),
                ({ } a, null) => (a, a == previous.Year ? previous.Number + 1 : 1),
                (null, { } b) => (previous.Year, b),
                _ => perYear is { } p && previous.Number >= p ? (previous.Year + 1, 1) : (previous.Year, previous.Number + 1),
            };
            if (year < previous.Year || year == previous.Year && number <= previous.Number)
                return Failed(Diagnostic.Create(IntakeMessages.IssueNotAfterPrevious, location, ("year", year), ("number", number),
                    ("previous", $"{previous.Year}-{previous.Number}")));
            int? distance = year == previous.Year ? number - previous.Number : perYear is { } py ? (year - previous.Year) * py + number - previous.Number : null;
            if (previous.Cumulative is { } c && distance is { } d) cumulative = c + d;
            else if (previous.Cumulative is not null) messages.Add(IntakeMessages.NewCumulativeUnknown.With());
            var published = distance is { } dd && perYear is { } per
                ? previous.Published.AddMonths(dd * 12 / per)
                : previous.Published.AddMonths(Math.Max(1, (year - previous.Year) * 12 + number - previous.Number));
            messages.Add(IntakeMessages.NewFromPrevious.With(("previous", previousDir)));
            messages.Add(IntakeMessages.NewPublishedEstimate.With(("date", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

            var text = File.ReadAllText(Path.Combine(previousDir, IssueLoader.IssueFileName));
            string? problem = null;
            text = IssueYamlEditor.SetTopLevel(text, "year", year.ToString(CultureInfo.InvariantCulture), "gazette", out problem) ?? Throw(problem);
            text = IssueYamlEditor.SetTopLevel(text, "number", number.ToString(CultureInfo.InvariantCulture), "year", out problem) ?? Throw(problem);
            text = cumulative is { } cu
                ? IssueYamlEditor.SetTopLevel(text, "cumulative", cu.ToString(CultureInfo.InvariantCulture), "number", out problem) ?? Throw(problem)
                : IssueYamlEditor.RemoveTopLevel(text, "cumulative", out problem) ?? Throw(problem);
            text = IssueYamlEditor.SetTopLevel(text, "published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "number", out problem) ?? Throw(problem);
            text = IssueYamlEditor.ClearSectionDocuments(text, out problem) ?? Throw(problem);
            var leftOut = new List<string>();
            if (previous.Cover.Image is not null)
            {
                text = IssueYamlEditor.RemoveNested(text, "cover", "image", out problem) ?? Throw(problem);
                leftOut.Add("cover.image");
            }
            if (previous.BackCover.Image is not null || previous.BackCover.Text is not null)
            {
                text = IssueYamlEditor.RemoveTopLevel(text, "back_cover", out problem) ?? Throw(problem);
                leftOut.Add("back_cover");
            }
            if (leftOut.Count > 0) messages.Add(IntakeMessages.NewLeftOut.With(("keys", string.Join("、", leftOut))));
            yaml = text;
        }

        try
        {
            WriteFolder(target, yaml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(Diagnostic.Create(IntakeMessages.CannotWrite, location, ("detail", e.Message)));
        }
        return new NewIssueResult([], year, number, cumulative, messages);

        static string Throw(string? problem) => throw new InvalidOperationException($"issue.yaml could not be edited at {problem}");
    }

    private static NewIssueResult Failed(Diagnostic error) => new([error], 0, 0, null, []);

    /// <summary>双月刊 → 6 issues a year, 月刊 → 12, 季刊 → 4 …; null when the frequency does not say.</summary>
    public static int? IssuesPerYear(string? frequency) => frequency switch
    {
        null => null,
        var f when f.Contains("双月") => 6,
        var f when f.Contains("半月") => 24,
        var f when f.Contains("旬") => 36,
        var f when f.Contains("周") => 52,
        var f when f.Contains("季") => 4,
        var f when f.Contains("半年") => 2,
        var f when f.Contains("月") => 12,
        var f when f.Contains("年刊") => 1,
        _ => null,
    };

    /// <summary>The latest issue folder beside the new one that comes before it.</summary>
    private static string? FindPrevious(string target, int? year, int? number)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent)) return null;
        (int Year, int Number, string Dir)? best = null;
        foreach (var dir in Directory.EnumerateDirectories(parent))
        {
            if (Path.GetFullPath(dir) == target || !File.Exists(Path.Combine(dir, IssueLoader.IssueFileName))) continue;
            var loaded = IssueLoader.Load(dir);
            if (loaded.Issue is not { } issue) continue;
            if (year is { } y && (issue.Year > y || issue.Year == y && number is { } n && issue.Number >= n)) continue;
            if (best is null || (issue.Year, issue.Number).CompareTo((best.Value.Year, best.Value.Number)) > 0)
                best = (issue.Year, issue.Number, dir);
        }
        return best?.Dir;
    }

    private static string Skeleton(int year, int number) => $"""
        # 新的一期。填写刊名、主办和栏目后，用 gazettepress add <文件> --issue <本目录> 加入文件。
        gazette:
          title:                 # 刊名，如 晋城市人民政府公报
          sponsor:               # 主办单位
          frequency: 双月刊
        year: {year}
        number: {number}
        published: {year}-12-28      # 出版日期，请改为实际日期
        sections:
          - title: 市政府文件
            documents: []
          - title: 市政府办公室文件
            documents: []
          - title: 市政府部门规范性文件
            documents: []

        """;

    /// <summary>The folder appears whole or not at all: written under a temporary name beside it, then renamed.</summary>
    private static void WriteFolder(string target, string yaml)
    {
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{Environment.ProcessId}");
        try
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            Directory.CreateDirectory(Path.Combine(temp, IssueLoader.DocumentsFolder));
            File.WriteAllText(Path.Combine(temp, IssueLoader.IssueFileName), yaml, new UTF8Encoding(false));
            if (Directory.Exists(target)) Directory.Delete(target); // empty (checked above)
            Directory.Move(temp, target);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }
}
