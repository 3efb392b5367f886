namespace GazettePress.Importing;

/// <summary>A paragraph of running text rebuilt from one or more source lines.</summary>
internal sealed record Paragraph(string Text, int FirstLine, int LastLine, string? RunIn, bool MarkedHeading);
