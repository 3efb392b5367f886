using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Print;

/// <summary>How a colour will print.</summary>
public enum InkKind
{
    /// <summary>Paints nothing: white, or no colour.</summary>
    None,
    /// <summary>Black ink only: DeviceGray, or CMYK with C = M = Y = 0.</summary>
    BlackOnly,
    /// <summary>A neutral that would print with several inks: RGB grey/black, or CMYK rich black.</summary>
    NeutralNotBlackOnly,
    /// <summary>A real colour (or an image/shading in colour).</summary>
    Colour,
}

public readonly record struct PaintColor(string Space, double[] Components)
{
    public static readonly PaintColor Black = new("Gray", [0]);

    public InkKind Ink
    {
        get
        {
            var c = Components;
            switch (Space)
            {
                case "Gray" when c.Length >= 1:
                    return c[0] >= 1 ? InkKind.None : InkKind.BlackOnly;
                case "RGB" when c.Length >= 3:
                    if (c[0] >= 1 && c[1] >= 1 && c[2] >= 1) return InkKind.None;
                    return CmykColor.IsNeutral(c[0], c[1], c[2]) ? InkKind.NeutralNotBlackOnly : InkKind.Colour;
                case "CMYK" when c.Length >= 4:
                    if (c[0] <= 0 && c[1] <= 0 && c[2] <= 0) return c[3] <= 0 ? InkKind.None : InkKind.BlackOnly;
                    var neutral = Math.Abs(c[0] - c[1]) < 0.02 && Math.Abs(c[1] - c[2]) < 0.02;
                    return neutral ? InkKind.NeutralNotBlackOnly : InkKind.Colour;
                case "Gray" or "RGB" or "CMYK":
                    return InkKind.BlackOnly;
                default:
                    return InkKind.Colour;
            }
        }
    }

    public override string ToString() => $"{Space}({string.Join(' ', Components.Select(PdfNumber.Format))})";
}

/// <summary>Something a page paints, as seen by the preflight.</summary>
public abstract record PaintEvent(int PageNumber);
public sealed record TextPaint(int PageNumber, PdfDictionary? Font, string FontResource, byte[] Codes, PaintColor Color) : PaintEvent(PageNumber);
/// <summary>A filled or stroked path; <see cref="Bounds"/> in default user space (null if unknown).</summary>
public sealed record PathPaint(int PageNumber, PaintColor Color, bool Stroke, PdfRectangle? Bounds = null) : PaintEvent(PageNumber);
public sealed record ImagePaint(int PageNumber, string Name, PdfStream Image, double WidthPt, double HeightPt, PaintColor FillColor, PdfRectangle? Bounds = null) : PaintEvent(PageNumber);
public sealed record ShadingPaint(int PageNumber, string Name) : PaintEvent(PageNumber);

/// <summary>Walks a page's content (and the forms it calls) keeping the CTM, colours and font,
/// and reports every paint. Enough of the graphics model for preflight; not a renderer.
/// <paramref name="written"/>: decoded page contents the print writer compressed itself (see <see cref="WrittenStreams"/>).</summary>
public sealed class PageContentWalker(PdfFile file, WrittenStreams? written = null)
{
    private sealed class State
    {
        public double[] Ctm = [1, 0, 0, 1, 0, 0];
        public PaintColor Fill = PaintColor.Black;
        public PaintColor Stroke = PaintColor.Black;
        public string FillSpace = "Gray";
        public string StrokeSpace = "Gray";
        public string FontResource = "";
        public PdfDictionary? Font;
        public State Clone() => (State)MemberwiseClone();
    }

    public List<string> Warnings { get; } = [];

    /// <summary>Forms called per page, at most: a damaged or hostile file may call forms that call each other in a fan.</summary>
    public const int MaxFormCalls = 10_000;

    /// <summary>Saved graphics states (q) kept, at most; the spec's own limit is 28.</summary>
    public const int MaxSavedStates = 256;

    private readonly HashSet<PdfStream> _formsOnStack = new(ReferenceEqualityComparer.Instance);
    private int _formCalls;

    public IEnumerable<PaintEvent> Walk(PdfDictionary page, int pageNumber) =>
        Walk(page, pageNumber, ContentStream.PageContent(file, page, written) is { } content ? ContentStream.Parse(content) : null);

    /// <summary>Pages parsed at a time: their operations are held until walked.</summary>
    private const int PagesPerBatch = 16;

    /// <summary>
    /// The paints of every page, in page order. A few pages at a time, the decoded contents are read
    /// (in order: reading objects fills the file's cache) and parsed side by side on all cores (parsing
    /// reads nothing but those bytes), then walked in order, so the result does not depend on timing.
    /// </summary>
    public List<List<PaintEvent>> WalkPages(IReadOnlyList<PdfDictionary> pages)
    {
        var result = new List<List<PaintEvent>>(pages.Count);
        for (var first = 0; first < pages.Count; first += PagesPerBatch)
        {
            var count = Math.Min(PagesPerBatch, pages.Count - first);
            var contents = new byte[]?[count];
            for (var i = 0; i < count; i++) contents[i] = ContentStream.PageContent(file, pages[first + i], written);
            var operations = new List<ContentOperation>?[count];
            try
            {
                Parallel.For(0, count, i => operations[i] = contents[i] is { } content ? ContentStream.Parse(content) : null);
            }
            catch (AggregateException e)
            {
                // The caller judges a parse failure (a damaged page) as it would from one thread.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
            for (var i = 0; i < count; i++) result.Add(Walk(pages[first + i], first + i + 1, operations[i]));
        }
        return result;
    }

    private List<PaintEvent> Walk(PdfDictionary page, int pageNumber, List<ContentOperation>? operations)
    {
        if (operations is null)
        {
            Warnings.Add($"page {pageNumber}: content stream uses a filter this tool cannot decode");
            return [];
        }
        var events = new List<PaintEvent>();
        _formCalls = 0;
        Walk(operations, file.ResolveDictionary(page["Resources"]), new State(), pageNumber, events, 0);
        return events;
    }

    private void Walk(List<ContentOperation> operations, PdfDictionary? resources, State state, int pageNumber, List<PaintEvent> events, int depth)
    {
        if (depth > 12) return;
        var stack = new Stack<State>();
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        void AddPoint(double x, double y)
        {
            var m = state.Ctm;
            var px = m[0] * x + m[2] * y + m[4];
            var py = m[1] * x + m[3] * y + m[5];
            minX = Math.Min(minX, px); maxX = Math.Max(maxX, px);
            minY = Math.Min(minY, py); maxY = Math.Max(maxY, py);
        }
        PdfRectangle? TakePath()
        {
            PdfRectangle? bounds = minX <= maxX ? new PdfRectangle(minX, minY, maxX, maxY) : null;
            minX = minY = double.MaxValue;
            maxX = maxY = double.MinValue;
            return bounds;
        }
        foreach (var op in operations)
        {
            switch (op.Operator)
            {
                case "m" or "l" when op.Operands.Count == 2:
                    AddPoint(op.Number(0), op.Number(1));
                    break;
                case "c" or "v" or "y":
                    for (var k = 0; k + 1 < op.Operands.Count; k += 2) AddPoint(op.Number(k), op.Number(k + 1));
                    break;
                case "re" when op.Operands.Count == 4:
                    AddPoint(op.Number(0), op.Number(1));
                    AddPoint(op.Number(0) + op.Number(2), op.Number(1) + op.Number(3));
                    AddPoint(op.Number(0), op.Number(1) + op.Number(3));
                    AddPoint(op.Number(0) + op.Number(2), op.Number(1));
                    break;
                case "n":
                    TakePath();
                    break;
                case "q": if (stack.Count < MaxSavedStates) stack.Push(state.Clone()); break;
                case "Q": if (stack.Count > 0) state = stack.Pop(); break;
                case "cm" when op.Operands.Count == 6:
                    state.Ctm = Multiply([.. Enumerable.Range(0, 6).Select(op.Number)], state.Ctm);
                    break;
                case "g": state.FillSpace = "Gray"; state.Fill = Color("Gray", op); break;
                case "G": state.StrokeSpace = "Gray"; state.Stroke = Color("Gray", op); break;
                case "rg": state.FillSpace = "RGB"; state.Fill = Color("RGB", op); break;
                case "RG": state.StrokeSpace = "RGB"; state.Stroke = Color("RGB", op); break;
                case "k": state.FillSpace = "CMYK"; state.Fill = Color("CMYK", op); break;
                case "K": state.StrokeSpace = "CMYK"; state.Stroke = Color("CMYK", op); break;
                case "cs" or "CS" when op.Operands.Count == 1 && op.Operands[0] is PdfName space:
                    var family = SpaceFamily(space.Value, resources);
                    var initial = new PaintColor(family, family switch { "CMYK" => [0, 0, 0, 1], "RGB" => [0, 0, 0], _ => [0] });
                    if (op.Operator == "cs") { state.FillSpace = family; state.Fill = initial; }
                    else { state.StrokeSpace = family; state.Stroke = initial; }
                    break;
                case "sc" or "scn":
                    state.Fill = new PaintColor(state.FillSpace, Numbers(op));
                    break;
                case "SC" or "SCN":
                    state.Stroke = new PaintColor(state.StrokeSpace, Numbers(op));
                    break;
                case "Tf" when op.Operands.Count >= 1 && op.Operands[0] is PdfName fontName:
                    state.FontResource = fontName.Value;
                    state.Font = file.ResolveDictionary(file.ResolveDictionary(resources?["Font"])?[fontName.Value]);
                    break;
                case "Tj" or "'" or "\"" or "TJ":
                    events.Add(new TextPaint(pageNumber, state.Font, state.FontResource, Codes(op), state.Fill));
                    break;
                case "f" or "F" or "f*":
                    events.Add(new PathPaint(pageNumber, state.Fill, false, TakePath()));
                    break;
                case "S" or "s":
                    events.Add(new PathPaint(pageNumber, state.Stroke, true, TakePath()));
                    break;
                case "B" or "B*" or "b" or "b*":
                    var both = TakePath();
                    events.Add(new PathPaint(pageNumber, state.Fill, false, both));
                    events.Add(new PathPaint(pageNumber, state.Stroke, true, both));
                    break;
                case "sh" when op.Operands.Count == 1 && op.Operands[0] is PdfName shading:
                    events.Add(new ShadingPaint(pageNumber, shading.Value));
                    break;
                case "Do" when op.Operands.Count == 1 && op.Operands[0] is PdfName name:
                    var xobject = file.Resolve(file.ResolveDictionary(resources?["XObject"])?[name.Value]) as PdfStream;
                    if (xobject is null) break;
                    var subtype = (xobject.Dictionary["Subtype"] as PdfName)?.Value;
                    if (subtype == "Image")
                    {
                        var m = state.Ctm;
                        TakePath();
                        AddPoint(0, 0); AddPoint(1, 0); AddPoint(0, 1); AddPoint(1, 1);
                        events.Add(new ImagePaint(pageNumber, name.Value, xobject,
                            Math.Sqrt(m[0] * m[0] + m[1] * m[1]), Math.Sqrt(m[2] * m[2] + m[3] * m[3]), state.Fill, TakePath()));
                    }
                    else if (subtype == "Form" && ++_formCalls > MaxFormCalls)
                    {
                        throw new PdfFormatException($"page {pageNumber} calls forms more than {MaxFormCalls} times", 0);
                    }
                    else if (subtype == "Form" && _formsOnStack.Add(xobject))
                    {
                        // A form that (through others) calls itself is drawn once, not for ever.
                        try
                        {
                            if (PdfFilters.Decode(xobject, file) is { } formContent)
                            {
                                var inner = state.Clone();
                                if (file.Resolve(xobject.Dictionary["Matrix"]) is PdfArray { Count: 6 } matrix)
                                    inner.Ctm = Multiply([.. matrix.Items.Select(i => file.Resolve(i) is PdfNumber n ? n.Value : 0)], inner.Ctm);
                                Walk(ContentStream.Parse(formContent), file.ResolveDictionary(xobject.Dictionary["Resources"]) ?? resources, inner, pageNumber, events, depth + 1);
                            }
                        }
                        finally
                        {
                            _formsOnStack.Remove(xobject);
                        }
                    }
                    break;
                case "BI":
                    events.Add(new PathPaint(pageNumber, new PaintColor("Unknown", []), false));
                    Warnings.Add($"page {pageNumber}: inline image not inspected");
                    break;
            }
        }
    }

    /// <summary>The character codes a text operation shows: its strings' bytes, joined (the one string of a Tj as it is).</summary>
    private static byte[] Codes(ContentOperation op)
    {
        if (op.Operands is [PdfString only]) return only.Bytes;
        var codes = new List<byte>();
        foreach (var operand in op.Operands)
        {
            if (operand is PdfString s) codes.AddRange(s.Bytes);
            else if (operand is PdfArray a) foreach (var item in a.Items.OfType<PdfString>()) codes.AddRange(item.Bytes);
        }
        return [.. codes];
    }

    private static double[] Numbers(ContentOperation op) => [.. op.Operands.OfType<PdfNumber>().Select(n => n.Value)];

    private static PaintColor Color(string space, ContentOperation op) => new(space, Numbers(op));

    private string SpaceFamily(string name, PdfDictionary? resources)
    {
        switch (name)
        {
            case "DeviceGray": return "Gray";
            case "DeviceRGB": return "RGB";
            case "DeviceCMYK": return "CMYK";
            case "Pattern": return "Pattern";
        }
        var space = file.Resolve(file.ResolveDictionary(resources?["ColorSpace"])?[name]);
        if (space is PdfName n) return SpaceFamily(n.Value, null);
        if (space is PdfArray { Count: > 1 } a && file.Resolve(a[0]) is PdfName head)
        {
            if (head.Value == "ICCBased" && file.Resolve(a[1]) is PdfStream icc)
                return (file.Resolve(icc.Dictionary["N"]) as PdfNumber)?.IntValue switch { 1 => "Gray", 3 => "RGB", 4 => "CMYK", _ => head.Value };
            if (head.Value == "CalRGB") return "RGB";
            if (head.Value == "CalGray") return "Gray";
            return head.Value;
        }
        return "Unknown";
    }

    /// <summary>a × b for PDF matrices [a b c d e f].</summary>
    public static double[] Multiply(double[] a, double[] b) =>
    [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ];
}
