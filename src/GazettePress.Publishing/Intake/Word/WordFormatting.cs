using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GazettePress.Intake.Model;

namespace GazettePress.Intake.Word;

/// <summary>Run formatting as far as it is set at one level (document defaults, a style, the run); null = not said here.</summary>
internal sealed record RunFormat(string? EastAsiaFont = null, string? AsciiFont = null, double? SizePt = null, bool? Bold = null,
    string? Color = null, bool? Hidden = null, VerticalShift? Shift = null)
{
    public static readonly RunFormat Empty = new();

    /// <summary>This format with every value <paramref name="over"/> sets replacing ours.</summary>
    public RunFormat Then(RunFormat? over) => over is null ? this : new(
        over.EastAsiaFont ?? EastAsiaFont, over.AsciiFont ?? AsciiFont, over.SizePt ?? SizePt, over.Bold ?? Bold,
        over.Color ?? Color, over.Hidden ?? Hidden, over.Shift ?? Shift);

    public static RunFormat Read(OpenXmlElement? properties, WordTheme theme)
    {
        if (properties is null) return Empty;
        string? eastAsia = null, ascii = null;
        if (properties.GetFirstChild<RunFonts>() is { } fonts)
        {
            eastAsia = fonts.EastAsia?.Value ?? theme.Font(fonts.EastAsiaTheme?.InnerText);
            ascii = fonts.Ascii?.Value ?? fonts.HighAnsi?.Value ?? theme.Font(fonts.AsciiTheme?.InnerText);
        }
        double? size = properties.GetFirstChild<FontSize>()?.Val?.Value is { } half && double.TryParse(half, System.Globalization.CultureInfo.InvariantCulture, out var h)
            ? h / 2 : null;
        bool? bold = properties.GetFirstChild<Bold>() is { } b ? b.Val?.Value ?? true : null;
        var color = properties.GetFirstChild<Color>()?.Val?.Value;
        bool? hidden = properties.GetFirstChild<Vanish>() is { } v ? v.Val?.Value ?? true : null;
        VerticalShift? shift = properties.GetFirstChild<VerticalTextAlignment>()?.Val?.Value is { } va
            ? va == VerticalPositionValues.Superscript ? VerticalShift.Superscript
              : va == VerticalPositionValues.Subscript ? VerticalShift.Subscript : VerticalShift.None
            : null;
        return new RunFormat(eastAsia, ascii, size, bold, color, hidden, shift);
    }

    public FontRole Role => FontRoles.Of(EastAsiaFont ?? AsciiFont);

    public bool IsRed => WordColors.IsRed(Color);
}

/// <summary>Paragraph formatting as far as it is set at one level; null = not said here.</summary>
internal sealed record ParagraphFormat(TextAlign? Align = null, Indent? Indent = null, int? OutlineLevel = null, NumberingReference? Numbering = null,
    bool? RedRuleBelow = null, bool? AnyRule = null, bool? PageBreakBefore = null)
{
    public static readonly ParagraphFormat Empty = new();

    public ParagraphFormat Then(ParagraphFormat? over) => over is null ? this : new(
        over.Align ?? Align, Indent is null ? over.Indent : Indent.Then(over.Indent), over.OutlineLevel ?? OutlineLevel, over.Numbering ?? Numbering,
        over.RedRuleBelow ?? RedRuleBelow, over.AnyRule ?? AnyRule, over.PageBreakBefore ?? PageBreakBefore);

    public static ParagraphFormat Read(OpenXmlElement? properties)
    {
        if (properties is null) return Empty;
        TextAlign? align = properties.GetFirstChild<Justification>()?.Val?.Value is { } jc ? AlignOf(jc) : null;
        var indent = properties.GetFirstChild<Indentation>() is { } ind ? Indent.Read(ind) : null;
        int? outline = properties.GetFirstChild<OutlineLevel>()?.Val?.Value is { } ol && ol < 9 ? ol : null;
        NumberingReference? numbering = null;
        if (properties.GetFirstChild<NumberingProperties>() is { } numPr)
            numbering = new NumberingReference(numPr.NumberingId?.Val?.Value, numPr.NumberingLevelReference?.Val?.Value);
        bool? redBelow = null, anyRule = null;
        if (properties.GetFirstChild<ParagraphBorders>() is { } borders)
        {
            var bottom = borders.GetFirstChild<BottomBorder>();
            var top = borders.GetFirstChild<TopBorder>();
            redBelow = bottom is not null && IsDrawn(bottom.Val) && WordColors.IsRed(bottom.Color?.Value);
            anyRule = (bottom is not null && IsDrawn(bottom.Val)) || (top is not null && IsDrawn(top.Val));
        }
        bool? pageBreak = properties.GetFirstChild<PageBreakBefore>() is { } pb ? pb.Val?.Value ?? true : null;
        return new ParagraphFormat(align, indent, outline, numbering, redBelow, anyRule, pageBreak);
    }

    private static bool IsDrawn(EnumValue<BorderValues>? value) =>
        value?.Value is { } v && v != BorderValues.None && v != BorderValues.Nil;

    private static TextAlign AlignOf(JustificationValues jc)
    {
        if (jc == JustificationValues.Center) return TextAlign.Center;
        if (jc == JustificationValues.Right || jc == JustificationValues.End) return TextAlign.End;
        if (jc == JustificationValues.Both || jc == JustificationValues.Distribute) return TextAlign.Justify;
        return TextAlign.Start;
    }
}

/// <summary>Indents in twips or in hundredths of a character (Word's *Chars attributes win when present).</summary>
internal sealed record Indent(int? FirstLineTwips = null, int? FirstLineChars = null, int? HangingTwips = null, int? HangingChars = null,
    int? LeftTwips = null, int? LeftChars = null, int? RightTwips = null, int? RightChars = null)
{
    public Indent Then(Indent? over) => over is null ? this : new(
        over.FirstLineTwips ?? (over.HangingTwips is null ? FirstLineTwips : null),
        over.FirstLineChars ?? (over.HangingChars is null ? FirstLineChars : null),
        over.HangingTwips ?? (over.FirstLineTwips is null ? HangingTwips : null),
        over.HangingChars ?? (over.FirstLineChars is null ? HangingChars : null),
        over.LeftTwips ?? LeftTwips, over.LeftChars ?? LeftChars, over.RightTwips ?? RightTwips, over.RightChars ?? RightChars);

    public static Indent Read(Indentation ind) => new(
        Int(ind.FirstLine?.Value), ind.FirstLineChars?.Value, Int(ind.Hanging?.Value), ind.HangingChars?.Value,
        Int(ind.Left?.Value ?? ind.Start?.Value), ind.LeftChars?.Value ?? ind.StartCharacters?.Value,
        Int(ind.Right?.Value ?? ind.End?.Value), ind.RightChars?.Value ?? ind.EndCharacters?.Value);

    private static int? Int(string? s) => int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>First-line indent in characters of <paramref name="sizePt"/> (negative when hanging).</summary>
    public double FirstLine(double sizePt) =>
        FirstLineChars is { } c ? c / 100.0 : FirstLineTwips is { } t ? t / (sizePt * 20)
        : HangingChars is { } hc ? -hc / 100.0 : HangingTwips is { } ht ? -ht / (sizePt * 20) : 0;

    public double Left(double sizePt) => LeftChars is { } c && c != 0 ? c / 100.0 : LeftTwips is { } t ? t / (sizePt * 20) : 0;

    public double Right(double sizePt) => RightChars is { } c && c != 0 ? c / 100.0 : RightTwips is { } t ? t / (sizePt * 20) : 0;
}

internal sealed record NumberingReference(int? NumberingId, int? Level);

internal static class WordColors
{
    /// <summary>Red as offices use it for the 版头: FF0000, C00000, E60000 …</summary>
    public static bool IsRed(string? hex)
    {
        if (hex is null || hex.Length != 6 || hex.Equals("auto", StringComparison.OrdinalIgnoreCase)) return false;
        if (!int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var rgb)) return false;
        int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
        return r >= 0xB0 && g <= 0x50 && b <= 0x50;
    }
}

/// <summary>The theme's fonts, for runs that name a theme font instead of a face.</summary>
internal sealed class WordTheme
{
    private readonly string? _majorEastAsia;
    private readonly string? _minorEastAsia;

    public WordTheme(ThemePart? part)
    {
        var scheme = part?.Theme?.ThemeElements?.FontScheme;
        _majorEastAsia = EastAsian(scheme?.MajorFont);
        _minorEastAsia = EastAsian(scheme?.MinorFont);
    }

    private static string? EastAsian(OpenXmlCompositeElement? font)
    {
        if (font is null) return null;
        var ea = font.GetFirstChild<DocumentFormat.OpenXml.Drawing.EastAsianFont>()?.Typeface?.Value;
        if (!string.IsNullOrEmpty(ea)) return ea;
        return font.Elements<DocumentFormat.OpenXml.Drawing.SupplementalFont>()
            .FirstOrDefault(f => f.Script?.Value == "Hans")?.Typeface?.Value;
    }

    public string? Font(string? themeName) => themeName switch
    {
        null => null,
        "majorEastAsia" or "majorHAnsi" or "majorAscii" => _majorEastAsia,
        _ => _minorEastAsia,
    };
}

/// <summary>The roles of the fonts GB/T 9704 prescribes, recognised by name (Chinese, pinyin or English).</summary>
public static class FontRoles
{
    public static FontRole Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return FontRole.Unknown;
        var n = name.Replace(" ", "").ToLowerInvariant();
        if (n.Contains("小标宋") || n.Contains("xiaobiaosong") || n.Contains("标宋") || n.Contains("biaosong")) return FontRole.Xiaobiaosong;
        if (n.Contains("仿宋") || n.Contains("fangsong") || n.Contains("仿")) return FontRole.Fangsong;
        if (n.Contains("楷") || n.Contains("kai")) return FontRole.Kaiti;
        if (n.Contains("黑") || n.Contains("hei") || n.Contains("simhei") || n.Contains("雅黑") || n.Contains("yahei")) return FontRole.Heiti;
        if (n.Contains("宋") || n.Contains("song") || n.Contains("simsun") || n.Contains("serif")) return FontRole.Songti;
        return FontRole.Other;
    }
}
