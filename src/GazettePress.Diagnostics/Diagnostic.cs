using System.Globalization;

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
/// Exceptions are kept for bugs and broken environments. The text comes from the message catalogue
/// (<see cref="MessageCatalogue"/>): a diagnostic carries its code and arguments and is rendered in the
/// reader's language when shown; severity and who can fix it are the catalogue entry's.
/// </summary>
public sealed record Diagnostic
{
    // The only way to a diagnostic is Create: every one has a catalogue entry (text in both languages, severity, who fixes it).
    private Diagnostic(DiagnosticId id, SourceLocation location, IReadOnlyList<MessageArgument> arguments, Severity severity)
    {
        Id = id;
        Location = location;
        Arguments = arguments;
        Severity = severity;
    }

    public DiagnosticId Id { get; }
    public SourceLocation Location { get; init; }
    public IReadOnlyList<MessageArgument> Arguments { get; }
    public Severity Severity { get; }

    /// <summary>The stable, language-independent code, e.g. GP1001.</summary>
    public string Code => Id.Code;

    /// <summary>Who can act on it (the catalogue's <c>who</c>).</summary>
    public Fixer Fixer => MessageCatalogue.Default.Diagnostic(Id).Fixer;

    /// <summary>The message in the current language (<see cref="Localization.Current"/>).</summary>
    public string Message => Render(Localization.Current).Message;

    /// <summary>The hint in the current language, or null when the entry has none.</summary>
    public string? Hint => Render(Localization.Current).Hint;

    /// <summary>A diagnostic whose severity is the catalogue's for <paramref name="id"/>.</summary>
    public static Diagnostic Create(DiagnosticId id, SourceLocation location, params MessageArgument[] arguments)
    {
        var entry = MessageCatalogue.Default.Diagnostic(id);
        entry.CheckArguments(arguments);
        return new(id, location, arguments, entry.Severity);
    }

    public RenderedDiagnostic Render(Language language) => MessageCatalogue.Default.Render(this, language);

    /// <summary>The compiler-style form in the current language: <c>path:line:col: error CODE [who]: message</c>.</summary>
    public override string ToString() => Format(Localization.Current);

    public string Format(Language language)
    {
        var text = Render(language);
        var where = Location.ToString();
        var catalogue = MessageCatalogue.Default;
        var labels = catalogue.Labels(language);
        var head = (where.Length > 0 ? where + ": " : "") + catalogue.RenderText(new TextId("format.diagnostic"),
            [("severity", Severity == Severity.Error ? labels.Error : labels.Warning), ("code", Code), ("who", labels.Fixers[Fixer]), ("message", text.Message)],
            language);
        return text.Hint is null ? head
            : head + "\n    " + catalogue.RenderText(new TextId("format.hint"), [("hint", text.Hint)], language);
    }

    public bool Equals(Diagnostic? other) =>
        other is not null && Id == other.Id && Location == other.Location && Severity == other.Severity &&
        Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Id, Location, Severity, Arguments.Count);
}

/// <summary>A diagnostic's text in one language.</summary>
public readonly record struct RenderedDiagnostic(string Message, string? Hint);

/// <summary>
/// One named value filled into a message's <c>{name}</c> placeholder: plain text (file names, the
/// user's own words, numbers) or a catalogue text rendered in the same language as the message.
/// </summary>
public readonly record struct MessageArgument(string Name, string? Text, LocalizedText? Localized)
{
    public static implicit operator MessageArgument((string Name, string Value) pair) => new(pair.Name, pair.Value, null);
    public static implicit operator MessageArgument((string Name, int Value) pair) => new(pair.Name, pair.Value.ToString(CultureInfo.InvariantCulture), null);
    public static implicit operator MessageArgument((string Name, long Value) pair) => new(pair.Name, pair.Value.ToString(CultureInfo.InvariantCulture), null);
    public static implicit operator MessageArgument((string Name, double Value) pair) => new(pair.Name, pair.Value.ToString("0.##", CultureInfo.InvariantCulture), null);
    public static implicit operator MessageArgument((string Name, LocalizedText Value) pair) => new(pair.Name, null, pair.Value);

    public string Render(Language language) => Localized is { } text ? text.Render(language) : Text ?? "";
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

    public void Add(DiagnosticId id, SourceLocation location, params MessageArgument[] arguments) =>
        Add(Diagnostic.Create(id, location, arguments));

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
