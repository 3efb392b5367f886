using GazettePress.Diagnostics;

namespace GazettePress.Cli.Hosting;

/// <summary>"1 error", "3 errors", "3 个错误": counted nouns, singular or plural by the number.</summary>
public static class Counts
{
    private static readonly TextId Error = new("cli.count.error");
    private static readonly TextId Errors = new("cli.count.errors");
    private static readonly TextId Warning = new("cli.count.warning");
    private static readonly TextId Warnings = new("cli.count.warnings");
    private static readonly TextId Document = new("cli.count.document");
    private static readonly TextId Documents = new("cli.count.documents");

    public static LocalizedText OfErrors(int n) => (n == 1 ? Error : Errors).With(("n", n));
    public static LocalizedText OfWarnings(int n) => (n == 1 ? Warning : Warnings).With(("n", n));
    public static LocalizedText OfDocuments(int n) => (n == 1 ? Document : Documents).With(("n", n));

    public static int ErrorCount(IEnumerable<Diagnostic> diagnostics) => diagnostics.Count(d => d.Severity == Severity.Error);
}
