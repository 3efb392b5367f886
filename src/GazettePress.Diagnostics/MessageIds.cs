namespace GazettePress.Diagnostics;

/// <summary>
/// A diagnostic code: GP followed by four digits, the thousands naming the stage —
/// 1 content (issue.yaml, docs), 2 templates and styles, 3 layout and fonts, 4 print and preflight,
/// 5 EPUB, 6 import of back issues, 7 adding documents (Word, web pages), 8 command line and output
/// folders, 9 internal errors. Codes are never reused; each has one catalogue entry.
/// Declare codes as static fields of a <c>*Messages</c> class next to the code that reports them.
/// </summary>
public readonly record struct DiagnosticId(string Code)
{
    public override string ToString() => Code;
}

/// <summary>A catalogue text that is not a diagnostic: help, summaries, labels, review notes.</summary>
public readonly record struct TextId(string Key)
{
    public override string ToString() => Key;

    /// <summary>This text with its arguments, rendered when shown.</summary>
    public LocalizedText With(params MessageArgument[] arguments) => new(this, arguments);

    /// <summary>This text in the current language.</summary>
    public string Render(params MessageArgument[] arguments) => new LocalizedText(this, arguments).Render(Localization.Current);
}

/// <summary>A catalogue text with its arguments, rendered in whatever language it is shown in.</summary>
public sealed record LocalizedText(TextId Id, IReadOnlyList<MessageArgument> Arguments)
{
    public string Render(Language language) => MessageCatalogue.Default.RenderText(Id, Arguments, language);

    public override string ToString() => Render(Localization.Current);
}
