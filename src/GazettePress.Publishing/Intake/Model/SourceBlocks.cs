namespace GazettePress.Intake.Model;

/// <summary>
/// The neutral form every reader produces: the document as a sequence of blocks in reading order,
/// each paragraph with the formatting a reader of the page saw. Word and HTML differ only in how they
/// build this sequence; the recogniser of GB/T 9704 parts works on it alone.
/// </summary>
public abstract record SourceBlock
{
    /// <summary>Where the block sat: in the main text, in a table cell, in a text box or frame.</summary>
    public BlockOrigin Origin { get; init; } = BlockOrigin.Body;
}

public enum BlockOrigin
{
    Body,
    TableCell,
    TextBox,
}

public enum TextAlign
{
    Unknown,
    Start,
    Center,
    End,
    Justify,
}

/// <summary>The font families GB/T 9704 assigns meaning to, recognised from the font name.</summary>
public enum FontRole
{
    Unknown,
    /// <summary>仿宋 / 仿宋_GB2312: running text.</summary>
    Fangsong,
    /// <summary>黑体: first-level headings, 附件 labels.</summary>
    Heiti,
    /// <summary>楷体 / 楷体_GB2312: second-level headings.</summary>
    Kaiti,
    /// <summary>宋体 and other serif faces.</summary>
    Songti,
    /// <summary>小标宋 (方正小标宋简体): titles and the 发文机关标志.</summary>
    Xiaobiaosong,
    Other,
}

public enum VerticalShift
{
    None,
    Superscript,
    Subscript,
}

/// <summary>A run of text with one formatting. Line breaks inside a paragraph are '\n'.</summary>
public sealed record SourceRun(string Text, bool Bold = false, FontRole Font = FontRole.Unknown, double? SizePt = null, bool Red = false,
    VerticalShift Shift = VerticalShift.None);

/// <summary>How a paragraph is set: what the reader of the page saw, as far as the source says.</summary>
public sealed record ParagraphLook
{
    public static readonly ParagraphLook Plain = new();

    public TextAlign Align { get; init; }

    /// <summary>First-line indent in characters of the paragraph's size (negative: hanging).</summary>
    public double FirstLineIndentChars { get; init; }

    public double LeftIndentChars { get; init; }

    public double RightIndentChars { get; init; }

    /// <summary>The style's name as written (Heading 1, 标题 1, 正文 …), or null.</summary>
    public string? StyleName { get; init; }

    /// <summary>0-based outline level from the style or the paragraph (0 = a level-1 heading), or null.</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>A red line under the paragraph (the 版头's separator drawn as a border).</summary>
    public bool RedRuleBelow { get; init; }

    /// <summary>A rule above or below (版记 lines are often borders).</summary>
    public bool AnyRule { get; init; }

    /// <summary>The paragraph starts a new page (page break before, or a section starting on a new page).</summary>
    public bool PageBreakBefore { get; init; }

    /// <summary>Whether the source says anything about fonts at all (HTML without styles does not).</summary>
    public bool HasFontInformation { get; init; }
}

/// <summary>A paragraph: runs plus look. <see cref="Number"/> counts paragraphs in the source from 1, for messages.</summary>
public sealed record SourceParagraph(IReadOnlyList<SourceRun> Runs, ParagraphLook Look, int Number) : SourceBlock
{
    private string? _text;

    /// <summary>The text as written, numbering label included, line breaks as '\n'.</summary>
    public string Text => _text ??= string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A table: rows of cells; a cell spanning columns says how many.</summary>
public sealed record SourceTable(IReadOnlyList<IReadOnlyList<SourceCell>> Rows) : SourceBlock
{
    /// <summary>True when some cell spans rows or columns (a Markdown table cannot say so).</summary>
    public bool HasMergedCells { get; init; }

    /// <summary>Whether the table draws borders (版记 tables draw only rules; layout tables none).</summary>
    public bool HasBorders { get; init; }
}

public sealed record SourceCell(IReadOnlyList<SourceBlock> Blocks, int ColumnSpan = 1)
{
    public IEnumerable<SourceParagraph> Paragraphs => Blocks.OfType<SourceParagraph>();

    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
}

/// <summary>A picture with its printed size when the source gives it.</summary>
public sealed record SourceImage(byte[] Bytes, string Extension, double? WidthMm, double? HeightMm, string? Description, int Number) : SourceBlock;

/// <summary>A drawn horizontal line (the 版头's red separator, the 版记's rules).</summary>
public sealed record SourceRule(bool Red) : SourceBlock;

/// <summary>A page break between paragraphs (the attached text starts on a new page).</summary>
public sealed record SourcePageBreak : SourceBlock;

/// <summary>Something the reader met but cannot carry over (an embedded object, an equation): recorded, never dropped silently.</summary>
public sealed record SourceOmission(string What, int Number) : SourceBlock;
