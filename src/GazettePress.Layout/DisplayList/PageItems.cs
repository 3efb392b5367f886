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
    /// <summary>
    /// The content element this item paints (a paragraph's run, an image, a QR code, a link), or null
    /// for items that belong to no element. See README.md in this folder.
    /// </summary>
    public ElementRef? Source { get; init; }

    /// <summary>Page furniture and decoration that is not content (running heads, folios, leaders, rules).</summary>
    public Artifact Artifact { get; init; }

    /// <summary>One line describing the item, for text snapshots.</summary>
    public abstract void Describe(StringBuilder to);

    /// <summary>The same item moved by (<paramref name="dx"/>, <paramref name="dy"/>) points.</summary>
    public abstract PageItem Translate(double dx, double dy);

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

    public override PageItem Translate(double dx, double dy)
    {
        if (dx == 0) return this with { BaselineY = BaselineY + dy };
        var x = new float[X.Length];
        for (int i = 0; i < x.Length; i++) x[i] = (float)(X[i] + dx);
        return this with { X = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(x), BaselineY = BaselineY + dy };
    }

    public override void Describe(StringBuilder to) =>
        to.Append("text ").Append(F(StartX)).Append(',').Append(F(BaselineY))
          .Append(' ').Append(Face.DisplayName).Append(' ').Append(F(SizePt)).Append("pt ")
          .Append(Color).Append(" \"").Append(Text).Append('"');
}

/// <summary>A straight line of a given thickness.</summary>
public sealed record RuleItem(double X1, double Y1, double X2, double Y2, double ThicknessPt, PaintColor Color) : PageItem
{
    public override PageItem Translate(double dx, double dy) => this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };

    public override void Describe(StringBuilder to) =>
        to.Append("rule ").Append(F(X1)).Append(',').Append(F(Y1)).Append(" → ").Append(F(X2)).Append(',').Append(F(Y2))
          .Append(" w").Append(F(ThicknessPt)).Append(' ').Append(Color);
}

/// <summary>A rectangle, filled and/or stroked.</summary>
public sealed record RectItem(double X, double Y, double Width, double Height, PaintColor? Fill, PaintColor? Stroke = null, double StrokeWidthPt = 0) : PageItem
{
    public override PageItem Translate(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    public override void Describe(StringBuilder to) =>
        to.Append("rect ").Append(F(X)).Append(',').Append(F(Y)).Append(' ').Append(F(Width)).Append('×').Append(F(Height))
          .Append(Fill is { } f ? " fill " + f : "").Append(Stroke is { } s ? $" stroke {s} w{F(StrokeWidthPt)}" : "");
}

/// <summary>
/// A filled shape given as SVG path data in points relative to (<paramref name="X"/>, <paramref name="Y"/>)
/// on the page (for example the modules of a QR code as "M x y h 1 v 1 h -1 z" squares). Filled with
/// the non-zero winding rule. Moving the shape changes only its origin, not the path data.
/// </summary>
public sealed record PathItem(string SvgPathData, PaintColor Fill, double X = 0, double Y = 0) : PageItem
{
    public override PageItem Translate(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    public override void Describe(StringBuilder to)
    {
        to.Append("path ");
        if (X != 0 || Y != 0) to.Append(F(X)).Append(',').Append(F(Y)).Append(' ');
        to.Append(Fill).Append(' ').Append(SvgPathData.Length).Append(" chars");
    }
}

/// <summary>An encoded image (PNG or JPEG bytes) scaled into a box.</summary>
public sealed record ImageItem(double X, double Y, double Width, double Height, ImmutableArray<byte> EncodedImage, string Name) : PageItem
{
    public override PageItem Translate(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

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
    public override PageItem Translate(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    public override void Describe(StringBuilder to) =>
        to.Append("link ").Append(F(X)).Append(',').Append(F(Y)).Append(' ').Append(F(Width)).Append('×').Append(F(Height))
          .Append(" → ").Append(Target);
}

/// <summary>A named destination at a point (the target of internal links).</summary>
public sealed record AnchorItem(string Name, double X, double Y) : PageItem
{
    public override PageItem Translate(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

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
            if (item.Source is { } source) sb.Append(" @").Append(source);
            if (item.Artifact != Artifact.None) sb.Append(" [").Append(item.Artifact).Append(']');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public override string ToString() => Dump();
}
