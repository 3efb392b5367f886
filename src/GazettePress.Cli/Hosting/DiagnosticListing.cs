using GazettePress.Diagnostics;

namespace GazettePress.Cli.Hosting;

/// <summary>
/// Diagnostics as a person reads them: at most <see cref="PerCode"/> of one code (and severity) at
/// their locations, in the order found, then one line per code that had more, saying how many were
/// left out. 80,000 unknown keys are 20 lines and a count, not 160,000 lines; the totals still
/// count every problem, and <c>check --json</c> and build.json keep them all.
/// </summary>
public static class DiagnosticListing
{
    public const int PerCode = 20;

    private static readonly TextId MoreErrors = new("cli.diagnostics.more-errors");
    private static readonly TextId MoreWarnings = new("cli.diagnostics.more-warnings");

    /// <summary>Writes the diagnostics (only errors when <paramref name="errorsOnly"/>), capped per code.</summary>
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer, bool errorsOnly)
    {
        var shown = new Dictionary<(string Code, Severity Severity), int>();
        var order = new List<(string Code, Severity Severity)>();
        foreach (var diagnostic in diagnostics)
        {
            if (errorsOnly && diagnostic.Severity != Severity.Error) continue;
            var key = (diagnostic.Code, diagnostic.Severity);
            shown.TryGetValue(key, out var count);
            if (count == 0) order.Add(key);
            shown[key] = count + 1;
            if (count < PerCode) writer.WriteLine(diagnostic.ToString());
        }
        foreach (var key in order)
            if (shown[key] > PerCode)
                writer.WriteLine((key.Severity == Severity.Error ? MoreErrors : MoreWarnings)
                    .With(("n", shown[key] - PerCode), ("code", key.Code), ("shown", PerCode)).ToString());
    }
}
