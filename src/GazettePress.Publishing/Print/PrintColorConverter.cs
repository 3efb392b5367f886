using GazettePress.Publishing.Pdf;
using SkiaSharp;

namespace GazettePress.Publishing.Print;

/// <summary>Rewrites the colour of every page, form, pattern, shading and image to DeviceCMYK
/// (neutral → K only, see <see cref="CmykColor"/>) and lists what it could not convert or what
/// PDF/X-1a forbids (transparency), so the maker knows whether it may declare PDF/X-1a.</summary>
internal sealed class PrintColorConverter(PdfFile file)
{
    private readonly HashSet<PdfObject> done = new(ReferenceEqualityComparer.Instance);

    /// <summary>Why the file cannot be PDF/X-1a, one line per cause, with the page it was found on.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Converts what the page uses and returns its rewritten, decoded content (null when
    /// the content cannot be decoded; the page is then left as it is).</summary>
    public byte[]? ConvertPage(PdfDictionary page, int pageNumber)
    {
        var resources = file.ResolveDictionary(page["Resources"]);
        var content = ContentStream.PageContent(file, page);
        if (content is null)
        {
            Problems.Add($"page {pageNumber}: content stream uses a filter this tool cannot decode");
            return null;
        }
        var rewritten = ConvertContent(content, resources, pageNumber);
        if (file.ResolveDictionary(page["Group"]) is { } group && group["S"] is PdfName { Value: "Transparency" })
            page.Remove("Group"); // Skia's blend group; real transparency is caught in the graphics states.
        if (resources is not null) ConvertResources(resources, pageNumber);
        return rewritten;
    }

    private byte[] ConvertContent(byte[] content, PdfDictionary? resources, int pageNumber)
    {
        var operations = ContentStream.Parse(content);
        var output = new List<ContentOperation>(operations.Count);
        // Colour space per q level: index 0 fill, 1 stroke; "rgb" means converted to CMYK already.
        var spaces = new Stack<(string Fill, string Stroke)>();
        var current = (Fill: "DeviceGray", Stroke: "DeviceGray");
        foreach (var op in operations)
        {
            switch (op.Operator)
            {
                case "q":
                    spaces.Push(current);
                    output.Add(op);
                    break;
                case "Q":
                    if (spaces.Count > 0) current = spaces.Pop();
                    output.Add(op);
                    break;
                case "rg" or "RG" when op.Operands.Count == 3 && op.AllNumbers:
                    var cmyk = CmykColor.FromRgb(op.Number(0), op.Number(1), op.Number(2));
                    output.Add(ContentOperation.Make(op.Operator == "rg" ? "k" : "K", cmyk.ToArray()));
                    if (op.Operator == "rg") current.Fill = "DeviceCMYK"; else current.Stroke = "DeviceCMYK";
                    break;
                case "g" or "G" or "k" or "K":
                    if (op.Operator is "g" or "k") current.Fill = op.Operator == "g" ? "DeviceGray" : "DeviceCMYK";
                    else current.Stroke = op.Operator == "G" ? "DeviceGray" : "DeviceCMYK";
                    output.Add(op);
                    break;
                case "cs" or "CS" when op.Operands.Count == 1 && op.Operands[0] is PdfName name:
                    var family = ColorSpaceFamily(name.Value, resources);
                    // ICC-based and calibrated spaces are not allowed in PDF/X-1a: use the device space of the same family.
                    var device = family switch { "RGB" or "CMYK" => "DeviceCMYK", "Gray" => "DeviceGray", _ => null };
                    var replaced = device is not null && name.Value != device ? new ContentOperation([new PdfName(device)], op.Operator) : op;
                    var space = family == "RGB" ? "rgb" : family;
                    if (op.Operator == "cs") current.Fill = space; else current.Stroke = space;
                    if (family == "Other") Problems.Add($"page {pageNumber}: colour space /{name.Value} is not Gray, RGB or CMYK");
                    output.Add(replaced);
                    break;
                case "sc" or "scn" or "SC" or "SCN":
                    var inRgb = (op.Operator is "sc" or "scn" ? current.Fill : current.Stroke) == "rgb";
                    if (inRgb && op.Operands.Count == 3 && op.AllNumbers)
                    {
                        var c = CmykColor.FromRgb(op.Number(0), op.Number(1), op.Number(2));
                        output.Add(ContentOperation.Make(op.Operator, c.ToArray()));
                    }
                    else output.Add(op);
                    break;
                case "BI":
                    Problems.Add($"page {pageNumber}: inline image left unconverted");
                    output.Add(op);
                    break;
                default:
                    output.Add(op);
                    break;
            }
        }
        return ContentStream.Write(output);
    }

    /// <summary>"Gray", "RGB", "CMYK", "Pattern" or "Other" for a colour space operand.</summary>
    private string ColorSpaceFamily(string name, PdfDictionary? resources)
    {
        switch (name)
        {
            case "DeviceGray" or "G" or "CalGray": return "Gray";
            case "DeviceRGB" or "RGB" or "CalRGB": return "RGB";
            case "DeviceCMYK" or "CMYK": return "CMYK";
            case "Pattern": return "Pattern";
        }
        var entry = file.Resolve(file.ResolveDictionary(resources?["ColorSpace"])?[name]);
        return Family(entry);
    }

    private string Family(PdfObject? space)
    {
        switch (file.Resolve(space))
        {
            case PdfName n:
                return n.Value switch
                {
                    "DeviceGray" or "CalGray" => "Gray",
                    "DeviceRGB" or "CalRGB" => "RGB",
                    "DeviceCMYK" => "CMYK",
                    "Pattern" => "Pattern",
                    _ => "Other",
                };
            case PdfArray { Count: > 0 } a when file.Resolve(a[0]) is PdfName head:
                if (head.Value == "ICCBased" && file.Resolve(a.Count > 1 ? a[1] : null) is PdfStream icc)
                    return (file.Resolve(icc.Dictionary["N"]) as PdfNumber)?.IntValue switch { 1 => "Gray", 3 => "RGB", 4 => "CMYK", _ => "Other" };
                if (head.Value is "CalRGB") return "RGB";
                if (head.Value is "CalGray") return "Gray";
                if (head.Value is "Pattern") return "Pattern";
                return head.Value is "Separation" or "DeviceN" ? "Spot" : "Other";
        }
        return "Other";
    }

    private void ConvertResources(PdfDictionary resources, int pageNumber)
    {
        if (!done.Add(resources)) return;
        // Content now names device spaces instead of these (see ConvertContent), so drop them.
        if (file.ResolveDictionary(resources["ColorSpace"]) is { } spaces)
            foreach (var (name, value) in spaces.Entries.ToList())
                if (Family(value) is "Gray" or "RGB" or "CMYK")
                    spaces.Remove(name);
        if (file.ResolveDictionary(resources["ExtGState"]) is { } states)
            foreach (var (name, value) in states.Entries)
                CheckGraphicsState(name, file.ResolveDictionary(value), pageNumber);
        if (file.ResolveDictionary(resources["XObject"]) is { } xobjects)
            foreach (var (name, value) in xobjects.Entries)
                if (file.Resolve(value) is PdfStream xobject && done.Add(xobject))
                    ConvertXObject(name, xobject, resources, pageNumber);
        if (file.ResolveDictionary(resources["Shading"]) is { } shadings)
            foreach (var (name, value) in shadings.Entries)
                ConvertShading(name, file.Resolve(value), pageNumber);
        if (file.ResolveDictionary(resources["Pattern"]) is { } patterns)
            foreach (var (name, value) in patterns.Entries)
            {
                var pattern = file.Resolve(value);
                if (!done.Add(pattern!)) continue;
                if (pattern is PdfStream tiling)
                    ConvertForm(tiling, resources, pageNumber);
                else if (pattern is PdfDictionary shadingPattern)
                {
                    ConvertShading(name, file.Resolve(shadingPattern["Shading"]), pageNumber);
                    if (file.ResolveDictionary(shadingPattern["ExtGState"]) is { } gs) CheckGraphicsState(name, gs, pageNumber);
                }
            }
    }

    private void CheckGraphicsState(string name, PdfDictionary? state, int pageNumber)
    {
        if (state is null) return;
        foreach (var key in new[] { "ca", "CA" })
            if (file.Resolve(state[key]) is PdfNumber alpha && alpha.Value < 1)
                Problems.Add($"page {pageNumber}: graphics state /{name} has transparency /{key} {alpha}");
        if (file.Resolve(state["SMask"]) is { } mask && mask is not PdfName { Value: "None" })
            Problems.Add($"page {pageNumber}: graphics state /{name} has a soft mask");
        if (file.Resolve(state["BM"]) is PdfName { Value: not ("Normal" or "Compatible") } blend)
            Problems.Add($"page {pageNumber}: graphics state /{name} uses blend mode /{blend.Value}");
    }

    private void ConvertXObject(string name, PdfStream xobject, PdfDictionary parentResources, int pageNumber)
    {
        var subtype = (xobject.Dictionary["Subtype"] as PdfName)?.Value;
        if (subtype == "Form") ConvertForm(xobject, parentResources, pageNumber);
        else if (subtype == "Image") ConvertImage(name, xobject, pageNumber);
    }

    private void ConvertForm(PdfStream form, PdfDictionary parentResources, int pageNumber)
    {
        var resources = file.ResolveDictionary(form.Dictionary["Resources"]) ?? parentResources;
        var decoded = PdfFilters.Decode(form, file);
        if (decoded is null)
        {
            Problems.Add($"page {pageNumber}: a form uses a filter this tool cannot decode");
            return;
        }
        PdfFilters.SetFlateData(form, ConvertContent(decoded, resources, pageNumber));
        if (file.ResolveDictionary(form.Dictionary["Group"]) is { } group && group["S"] is PdfName { Value: "Transparency" })
            form.Dictionary.Remove("Group");
        ConvertResources(resources, pageNumber);
    }

    private void ConvertShading(string name, PdfObject? shadingObject, int pageNumber)
    {
        var shading = shadingObject switch { PdfStream s => s.Dictionary, PdfDictionary d => d, _ => null };
        if (shading is null || !done.Add(shading)) return;
        var family = Family(shading["ColorSpace"]);
        if (family is "Gray" or "CMYK") return;
        if (family == "RGB" && ConvertFunctionToCmyk(file.Resolve(shading["Function"])))
        {
            shading["ColorSpace"] = new PdfName("DeviceCMYK");
            if (file.Resolve(shading["Background"]) is PdfArray { Count: 3 } bg)
                shading["Background"] = PdfArray.OfNumbers(Cmyk(bg).ToArray());
            return;
        }
        Problems.Add($"page {pageNumber}: shading /{name} in {family} colour could not be converted to CMYK");
    }

    private CmykColor Cmyk(PdfArray rgb) =>
        CmykColor.FromRgb(Num(rgb[0]), Num(rgb[1]), Num(rgb[2]));

    private double Num(PdfObject o) => file.Resolve(o) is PdfNumber n ? n.Value : 0;

    /// <summary>Exponential (type 2) functions and stitching (type 3) of them carry their colours in
    /// C0/C1, which convert one by one; sampled or PostScript functions are left as problems.</summary>
    private bool ConvertFunctionToCmyk(PdfObject? function)
    {
        var dictionary = function switch { PdfStream s => s.Dictionary, PdfDictionary d => d, _ => null };
        if (dictionary is null) return false;
        var type = (file.Resolve(dictionary["FunctionType"]) as PdfNumber)?.IntValue;
        if (type == 2)
        {
            var c0 = file.Resolve(dictionary["C0"]) as PdfArray ?? PdfArray.OfNumbers(0, 0, 0);
            var c1 = file.Resolve(dictionary["C1"]) as PdfArray ?? PdfArray.OfNumbers(1, 1, 1);
            if (c0.Count != 3 || c1.Count != 3) return false;
            dictionary["C0"] = PdfArray.OfNumbers(Cmyk(c0).ToArray());
            dictionary["C1"] = PdfArray.OfNumbers(Cmyk(c1).ToArray());
            if (dictionary["Range"] is not null) dictionary["Range"] = PdfArray.OfNumbers(0, 1, 0, 1, 0, 1, 0, 1);
            return true;
        }
        if (type == 3 && file.Resolve(dictionary["Functions"]) is PdfArray parts)
            return parts.Items.All(p => ConvertFunctionToCmyk(file.Resolve(p)));
        return false;
    }

    private void ConvertImage(string name, PdfStream image, int pageNumber)
    {
        var d = image.Dictionary;
        if (file.Resolve(d["ImageMask"]) is PdfBoolean { Value: true }) return;
        if (d["SMask"] is not null || d["Mask"] is not null && file.Resolve(d["Mask"]) is PdfStream)
            Problems.Add($"page {pageNumber}: image /{name} has a soft mask (transparency)");
        var family = Family(d["ColorSpace"]);
        if (family is "Gray" or "CMYK")
        {
            d["ColorSpace"] = new PdfName(family == "Gray" ? "DeviceGray" : "DeviceCMYK");
            return;
        }
        if (family is "Spot") return;
        if (family != "RGB" || file.Resolve(d["BitsPerComponent"]) is not PdfNumber { IntValue: 8 })
        {
            Problems.Add($"page {pageNumber}: image /{name} has colour space {family} that was not converted");
            return;
        }
        var width = (file.Resolve(d["Width"]) as PdfNumber)?.IntValue ?? 0;
        var height = (file.Resolve(d["Height"]) as PdfNumber)?.IntValue ?? 0;
        var rgb = DecodeRgb(image, width, height);
        if (rgb is null)
        {
            Problems.Add($"page {pageNumber}: image /{name} could not be decoded for conversion to CMYK");
            return;
        }
        var cmyk = new byte[width * height * 4];
        // Identical pixels are common (flat art): cache the last conversion.
        int lastKey = -1;
        var last = new byte[4];
        for (var i = 0; i < width * height; i++)
        {
            var key = (rgb[i * 3] << 16) | (rgb[i * 3 + 1] << 8) | rgb[i * 3 + 2];
            if (key != lastKey)
            {
                var c = CmykColor.FromRgb(rgb[i * 3] / 255.0, rgb[i * 3 + 1] / 255.0, rgb[i * 3 + 2] / 255.0);
                last[0] = (byte)Math.Round(c.C * 255);
                last[1] = (byte)Math.Round(c.M * 255);
                last[2] = (byte)Math.Round(c.Y * 255);
                last[3] = (byte)Math.Round(c.K * 255);
                lastKey = key;
            }
            last.CopyTo(cmyk, i * 4);
        }
        d["ColorSpace"] = new PdfName("DeviceCMYK");
        d.Remove("ColorTransform");
        d.Remove("Decode");
        PdfFilters.SetFlateData(image, cmyk);
    }

    private byte[]? DecodeRgb(PdfStream image, int width, int height)
    {
        var filter = file.Resolve(image.Dictionary["Filter"]);
        if (filter is PdfArray { Count: 1 } single) filter = file.Resolve(single[0]);
        if (filter is PdfName { Value: "DCTDecode" or "DCT" })
        {
            using var bitmap = SKBitmap.Decode(image.Data);
            if (bitmap is null || bitmap.Width != width || bitmap.Height != height) return null;
            var rgb = new byte[width * height * 3];
            for (var y = 0; y < height; y++)
                for (var x = 0; x < width; x++)
                {
                    var color = bitmap.GetPixel(x, y);
                    var at = (y * width + x) * 3;
                    rgb[at] = color.Red;
                    rgb[at + 1] = color.Green;
                    rgb[at + 2] = color.Blue;
                }
            return rgb;
        }
        var decoded = PdfFilters.Decode(image, file);
        return decoded is not null && decoded.Length >= width * height * 3 ? decoded : null;
    }
}
