using GazettePress.Content.Safety;
using GazettePress.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GazettePress.Publishing.Templates;

/// <summary>
/// Scriban cuts its output at 1,048,576 characters by default (TemplateContext.LimitToString) and
/// appends "...": an issue past about 70 documents lost its last documents silently, or failed
/// with an "unterminated comment" where the cut fell inside a source marker. Here the cut is
/// switched off and replaced by a limit far above any real issue that fails loudly, naming the
/// document whose output crossed it.
/// </summary>
internal static class TemplateOutputLimit
{
    private const string DocumentMarker = "data-document=\"";

    public static void Apply(TemplateContext context, long limit = InputLimits.TemplateOutputChars)
    {
        context.LimitToString = 0;
        context.OutputLimit = (int)Math.Min(limit, int.MaxValue);
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
    }

    /// <summary>
    /// After a failed render: true (and one error added) when the failure was the output limit.
    /// The error names the document being written when the limit was crossed.
    /// </summary>
    public static bool Report(ScriptRuntimeException failure, TemplateContext context, IssueModel issue, DiagnosticBag diagnostics)
    {
        // Scriban says so in its message ("Rendered output exceeds OutputLimit …"); it has no typed signal.
        if (context.OutputLimit is not { } limit || !failure.OriginalMessage.Contains(nameof(context.OutputLimit), StringComparison.Ordinal)
            || context.Output is not StringBuilderOutput { Builder: var written })
            return false;
        var text = written.ToString();
        var at = text.LastIndexOf(DocumentMarker, StringComparison.Ordinal);
        var id = at < 0 ? null : text[(at + DocumentMarker.Length)..text.IndexOf('"', at + DocumentMarker.Length)];
        var document = issue.Documents.FirstOrDefault(d => d.Id == id);
        diagnostics.Add(SafetyMessages.TemplateOutputTooLarge, document is null ? SourceLocation.None : new SourceLocation(document.SourcePath),
            ("limit", limit), ("document", id ?? "—"));
        return true;
    }
}
