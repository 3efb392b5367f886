using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// The machine-readable result of <c>gazettepress check --json</c>, in a fixed shape and order:
/// {"issue":{title,year,number,cumulative,published},"documents":[{section,title,docNumber}],"diagnostics":[…]}.
/// </summary>
public static partial class CheckReport
{
    // Source-generated serialization (no reflection): the same code path in a Native AOT binary.
    private static readonly CheckReportJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string ToJson(IssueLoadResult result)
    {
        var issue = result.Issue;
        var report = new Report(
            issue is null ? null : new IssuePart(issue.Gazette.Title, issue.Year, issue.Number, issue.Cumulative, issue.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            issue is null ? Array.Empty<DocumentPart>() : issue.Sections
                .SelectMany(s => s.Documents.Select(d => new DocumentPart(s.Title, d.Title, d.DocNumber?.Printed)))
                .ToArray(),
            result.Diagnostics.Select(d => new DiagnosticPart(
                d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message, d.Location.File,
                d.Location.Line, d.Location.Column, d.Hint)).ToArray());
        return IdeographicSpaceEscape().Replace(JsonSerializer.Serialize(report, Json.Report), "\u3000");
    }

    // The relaxed encoder still escapes U+3000 (a space character); titles use it, so keep it readable.
    // Only an escape preceded by an even number of backslashes is a real escape.
    [GeneratedRegex(@"(?<=(?:^|[^\\])(?:\\\\)*)\\u3000")]
    private static partial Regex IdeographicSpaceEscape();

    [JsonSerializable(typeof(Report))]
    private sealed partial class CheckReportJson : JsonSerializerContext;

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
