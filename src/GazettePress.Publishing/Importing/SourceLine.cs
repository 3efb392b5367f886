namespace GazettePress.Importing;

/// <summary>
/// One line of the extracted text after converter markup was removed. <see cref="Number"/> is the
/// 1-based line number in the source file, kept so every review note can point back to it.
/// </summary>
internal sealed record SourceLine(int Number, string Text)
{
    /// <summary>A leading bold span the converter marked (**（一）切实提高政治站位。**): a run-in label.</summary>
    public string? RunIn { get; init; }

    /// <summary>The converter had put a list bullet ("- ") in front of the line.</summary>
    public bool HadBullet { get; init; }

    /// <summary>The converter marked the whole line as a heading (# …) or set it all in bold.</summary>
    public bool MarkedHeading { get; init; }

    public bool IsBlank => Text.Length == 0;
}
