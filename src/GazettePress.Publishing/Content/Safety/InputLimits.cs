namespace GazettePress.Content.Safety;

/// <summary>
/// Bounds on what an issue folder may hold, far above any real gazette and low enough that a
/// damaged or hostile file costs seconds and megabytes, not minutes and gigabytes. Measured sizes
/// of the real issues in samples/: issue.yaml ≤ 3 KB, a document ≤ 32 KB, no YAML deeper than 4
/// levels, no ::: block inside another. A year's 合订本 of 300 documents stays far inside these.
/// </summary>
internal static class InputLimits
{
    /// <summary>issue.yaml: a 2,000-document issue lists its ids in about 60 KB.</summary>
    public const long IssueFileBytes = 1L << 20;

    /// <summary>One docs/&lt;id&gt;.md: the longest real regulation seen is about 0.2 MB.</summary>
    public const long DocumentFileBytes = 2L << 20;

    /// <summary>One picture on disk (a 600 dpi A4 cover as PNG is about 30 MB).</summary>
    public const long ImageFileBytes = 64L << 20;

    /// <summary>Decoded size of one picture: A4 at 600 dpi is 35 million pixels.</summary>
    public const long ImagePixels = 80_000_000;

    /// <summary>Nesting of YAML mappings and lists: issue.yaml needs 4.</summary>
    public const int YamlDepth = 16;

    /// <summary>::: blocks inside ::: blocks (keyvalue, signature never nest).</summary>
    public const int ContainerDepth = 4;

    /// <summary>Nesting of Markdown elements (emphasis in a link in a table cell …) after parsing.</summary>
    public const int MarkdownDepth = 32;

    /// <summary>
    /// Emphasis, script and link delimiters (* ~ ^ [) in one paragraph or table: Markdig pairs them
    /// in time that grows with the square of their number (10,000 take a second). The most in one
    /// block of the samples and corpus is 105, in one document 222.
    /// </summary>
    public const int DelimitersPerBlock = 1_000;

    /// <summary>The same delimiters in one document.</summary>
    public const int DelimitersPerDocument = 5_000;

    /// <summary>Characters of XHTML the templates may write for a whole issue (a 300-document 合订本 writes about 7 million).</summary>
    public const long TemplateOutputChars = 64L << 20;

    /// <summary>Dates a gazette can carry: from the founding of the People's Republic to 2100.</summary>
    public const int FirstYear = 1949;

    public const int LastYear = 2100;
}
