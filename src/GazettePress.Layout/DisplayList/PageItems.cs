using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GazettePress.Layout.Fonts;

namespace GazettePress.Layout.DisplayList;

/// <summary>
/// Something drawn on a page. Coordinates are points from the page's top-left corner, y downward.
/// Items are immutable and device-independent: the same list paints a PDF page or a PNG.
/// </summary>
public abstract record PageItem
{
    /// <summary>One line describing the item, for text snapshots.</summary>
    public abstract void Describe(StringBuilder to);

    private protected static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>
/// Glyphs of one face and size on one baseline. <see cref="Text"/> is the text they represent and
/// <see cref="Clusters"/> gives, per glyph, the UTF-16 index in <see cref="Text"/> where its
/// character starts, so PDF text extraction can give the source text back.
/// </summary>
public sealed record GlyphRunItem(
    FontFace Face,
    double SizePt,
    ImmutableArray<ushort> Glyphs,
    ImmutableArray<float> X,
    double BaselineY,
    string Text,
    ImmutableArray<int> Clusters,
    PaintColor Color) : PageItem
{
    public double StartX => X.IsEmpty ? 0 : X[0];

    public override void Describe(StringBuilder to) =>
        to.Append("text ").Append(F(StartX)).Append(',').Append(F(BaselineY))
          .Append(' ').Append(Face.DisplayName).Append(' ').Append(F(SizePt)).Append("pt ")
          .Append(Color).Append(" \"").Append(Text).Append('"');
}

/// <summary>A straight line of a given thickness.</summary>
public sealed record RuleItem(double X1, double Y1, double X2, double Y2, double ThicknessPt, PaintColor Color) : PageItem
{
    public override void Describe(StringBuilder to) =>
        to.Append("rule ").Append(F(X1)).Append(',').Append(F(Y1)).Append(" → ").Append(F(X2)).Append(',').Append(F(Y2))
          .Append(" w").Append(F(ThicknessPt)).Append(' ').Append(Color);
}

/// <summary>A rectangle, filled and/or stroked.</summary>
public sealed record RectItem(double X, double Y, double Width, double Height, PaintColor? Fill, PaintColor? Stroke = null, double StrokeWidthPt = 0) : PageItem
{
    public override void Describe(StringBuilder to) =>
        to.Append("rect ").Append(F(X)).Append(',').Append(F(Y)).Append(' ').Append(F(Width)).Append('×').Append(F(Height))
          .Append(Fill is { } f ? " fill " + f : "").Append(Stroke is { } s ? $" stroke {s} w{F(StrokeWidthPt)}" : "");
}

/// <summary>
/// A filled shape given as SVG path data in page points (for example the modules of a QR code as
/// "M x y h 1 v 1 h -1 z" squares). Filled with the non-zero winding rule.
/// </summary>
public sealed record PathItem(string SvgPathData, PaintColor Fill) : PageItem
{
    public override void Describe(StringBuilder to) =>
        to.Append("path ").Append(Fill).Append(' ').Append(SvgPathData.Length).Append(" chars");
}

/// <summary>An encoded image (PNG or JPEG bytes) scaled into a box.</summary>
public sealed record ImageItem(double X, double Y, double Width, double Height, ImmutableArray<byte> EncodedImage, string Name) : PageItem
{
    public override void Describe(StringBuilder to) =>
        to.Append("image ").Append(F(X)).Append(',').Append(F(Y)).Append(' ').Append(F(Width)).Append('×').Append(F(Height))
          .Append(' ').Append(Name);
}

/// <summary>Where a link goes: an external URI or a named destination in the same PDF.</summary>
public sealed record LinkTarget(string? Uri, string? Destination)
{
    public static LinkTarget ToUri(string uri) => new(uri, null);
    public static LinkTarget ToDestination(string name) => new(null, name);
    public override string ToString() => Uri ?? "#" + Destination;
}

/// <summary>A clickable rectangle.</summary>
public sealed record LinkItem(double X, double Y, double Width, double Height, LinkTarget Target) : PageItem
{
    public override void Describe(StringBuilder to) =>
        to.Append("link ").Append(F(X)).Append(',').Append(F(Y)).Append(' ').Append(F(Width)).Append('×').Append(F(Height))
          .Append(" → ").Append(Target);
}

/// <summary>A named destination at a point (the target of internal links).</summary>
public sealed record AnchorItem(string Name, double X, double Y) : PageItem
{
    public override void Describe(StringBuilder to) =>
        to.Append("anchor ").Append(Name).Append(" @").Append(F(X)).Append(',').Append(F(Y));
}

/// <summary>One page: its size in points and what is drawn on it, in painting order.</summary>
public sealed record Page(double WidthPt, double HeightPt, ImmutableArray<PageItem> Items)
{
    public Page(double widthPt, double heightPt, IEnumerable<PageItem> items)
        : this(widthPt, heightPt, items.ToImmutableArray()) { }

    /// <summary>A text dump, one item per line, for snapshot tests.</summary>
    public string Dump()
    {
        var sb = new StringBuilder();
        sb.Append("page ").Append(WidthPt.ToString("0.###", CultureInfo.InvariantCulture)).Append('×')
          .Append(HeightPt.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var item in Items)
        {
            item.Describe(sb);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public override string ToString() => Dump();
}
