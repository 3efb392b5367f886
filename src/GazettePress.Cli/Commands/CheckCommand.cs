using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress check &lt;issue-dir&gt; [--json]</c>: loads an issue and reports every problem.
/// Exit 0 when there is no error, 1 when there is one, 2 for a usage error.
/// </summary>
public static class CheckCommand
{
    private const string UsageLine = "usage: gazettepress check <issue-dir> [--json]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var json = args.Contains("--json");
        var positional = args.Where(a => a != "--json").ToArray();
        if (positional.Length != 1 || positional[0].StartsWith('-'))
        {
            stderr.WriteLine(UsageLine);
            return 2;
        }
        var result = IssueLoader.Load(positional[0]);
        if (json)
        {
            stdout.WriteLine(CheckReport.ToJson(result));
        }
        else
        {
            WriteText(result, positional[0], stdout);
        }
        return result.HasErrors ? 1 : 0;
    }

    private static void WriteText(IssueLoadResult result, string directory, TextWriter stdout)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stdout.WriteLine(diagnostic.ToString());
        }
        var documents = result.Issue?.Documents.Count() ?? 0;
        var what = result.Issue is { } issue ? $"{issue.Gazette.Title} {issue.Year}年第{issue.Number}期, {documents} document{(documents == 1 ? "" : "s")}" : directory;
        stdout.WriteLine($"{what}: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}");
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}

/// <summary>The machine-readable form of a check, in a fixed shape and order.</summary>
public static class CheckReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(IssueLoadResult result)
    {
        var issue = result.Issue;
        var report = new Report(
            issue is null ? null : new IssuePart(issue.Gazette.Title, issue.Year, issue.Number, issue.Cumulative, issue.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            issue is null ? Array.Empty<DocumentPart>() : issue.Sections
                .SelectMany(s => s.Documents.Select(d => new DocumentPart(s.Title, d.Title, d.DocNumber?.Printed)))
                .ToArray(),
            result.Diagnostics.Select(d => new DiagnosticPart(
                d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message, d.Location.File,
                d.Location.Line, d.Location.Column, d.Hint)).ToArray());
        return JsonSerializer.Serialize(report, Options);
    }

    private sealed record Report(
        [property: JsonPropertyName("issue")] IssuePart? Issue,
        [property: JsonPropertyName("documents")] IReadOnlyList<DocumentPart> Documents,
        [property: JsonPropertyName("diagnostics")] IReadOnlyList<DiagnosticPart> Diagnostics);

    private sealed record IssuePart(
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("year")] int Year,
        [property: JsonPropertyName("number")] int Number,
        [property: JsonPropertyName("cumulative")] int? Cumulative,
        [property: JsonPropertyName("published")] string Published);

    private sealed record DocumentPart(
        [property: JsonPropertyName("section")] string Section,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("docNumber")] string? DocNumber);

    private sealed record DiagnosticPart(
        [property: JsonPropertyName("severity")] string Severity,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("line")] int Line,
        [property: JsonPropertyName("column")] int Column,
        [property: JsonPropertyName("hint")] string? Hint);
}
