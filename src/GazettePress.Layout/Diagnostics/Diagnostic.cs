namespace GazettePress.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>Where a problem is: a file and a 1-based line and column (0 when unknown).</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public static readonly SourceLocation None = new("", 0, 0);

    public override string ToString() =>
        File.Length == 0 ? "" : Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}

/// <summary>
/// A problem found in the input, reported as a value so that every problem can be listed at once.
/// Exceptions are kept for bugs and broken environments.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location, string? Hint = null)
{
    public static Diagnostic Error(string code, string message, SourceLocation location, string? hint = null) =>
        new(Severity.Error, code, message, location, hint);

    public static Diagnostic Warning(string code, string message, SourceLocation location, string? hint = null) =>
        new(Severity.Warning, code, message, location, hint);

    /// <summary>The compiler-style form: <c>path:line:col: error CODE: message</c>.</summary>
    public override string ToString()
    {
        var where = Location.ToString();
        var head = $"{(where.Length > 0 ? where + ": " : "")}{(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
        return Hint is null ? head : $"{head}\n    hint: {Hint}";
    }
}

/// <summary>Collects diagnostics from every stage; stages add, nobody removes.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly object _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return _items.ToArray(); }
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    /// <summary>Stable order for output: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        Items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
             .ThenBy(d => d.Location.Line)
             .ThenBy(d => d.Location.Column)
             .ThenBy(d => d.Code, StringComparer.Ordinal)
             .ToArray();
}
