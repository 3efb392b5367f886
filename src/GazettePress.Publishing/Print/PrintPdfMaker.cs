using System.Globalization;
using System.Text;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Print;

public sealed record PrintPdfOptions
{
    public required DocumentMetadata Metadata { get; init; }
    public PrintSettings Settings { get; init; } = new();
    /// <summary>The trim size the composer asked Skia for (see <see cref="PageSizePt"/>); when null
    /// the page's MediaBox as Skia rounded it is the trim.</summary>
    public PageSizePt? TrimSize { get; init; }
}

/// <summary>What the print finisher did. <see cref="PdfxVersion"/> is null when PDF/X was not
/// declared; <see cref="PdfxProblems"/> then says why (or is empty when settings say "none").</summary>
public sealed record PrintPdfResult(
    byte[] Bytes,
    int SourcePageCount,
    int BlankPagesAdded,
    IReadOnlyList<int> BlankPageNumbers,
    string? PdfxVersion,
    IReadOnlyList<string> PdfxProblems)
{
    /// <summary>The page contents as the maker compressed them, for the preflight of <see cref="Bytes"/>.</summary>
    public WrittenStreams? Written { get; init; }
}

/// <summary>Turns the composer's Skia PDF (trim-size pages, RGB colour) into the press file:
/// each page centred on a larger sheet with TrimBox = the original page, BleedBox 3 mm outside,
/// content clipped to the bleed, crop marks in K outside the bleed, colour rewritten to CMYK with
/// neutrals as K only, blank pages padded to a multiple of 4, and PDF/X-1a:2003 declared only
/// when nothing in the file breaks it. Link annotations are dropped (PDF/X forbids them inside
/// the bleed); named destinations are kept, moved with the page, for the preflight.</summary>
public static class PrintPdfMaker
{
    public static PrintPdfResult Make(byte[] skiaPdf, PrintPdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(skiaPdf);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Settings;
        if (settings.MarkOffsetMm < settings.BleedMm)
            throw new ArgumentException($"crop mark offset {settings.MarkOffsetMm} mm must be at least the bleed {settings.BleedMm} mm so marks stay outside the bleed");

        var file = PdfFile.Load(skiaPdf);
        file.Version = "1.4";
        var pages = file.PageReferences();
        var converter = new PrintColorConverter(file);
        var destinationShift = new Dictionary<int, (double Dx, double Dy)>();
        var contents = new List<(PdfStream Stream, byte[] Data)>();
        PdfRectangle? lastTrim = null;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = file.Page(pages[i]);
            foreach (var key in new[] { "Resources", "MediaBox", "CropBox" })
                if (page[key] is null && file.Inherited(page, key) is { } inherited)
                    page[key] = inherited;
            var body = converter.ConvertPage(page, i + 1)
                ?? throw new PdfFormatException($"page {i + 1}: content stream uses a filter this tool cannot decode", 0);
            var trim = file.Box(page, "TrimBox") ?? file.Box(page, "CropBox") ?? file.Box(page, "MediaBox")
                ?? throw new PdfFormatException($"page {i + 1} has no MediaBox", 0);
            if (options.TrimSize is { } exact)
                trim = PdfFinisher.ExactSize(trim, exact);
            destinationShift[pages[i].Number] = Reframe(file, page, body, trim, settings, contents);
            lastTrim = trim;
        }
        ShiftNamedDestinations(file, destinationShift);

        var blanks = new List<int>();
        var order = pages.ToList();
        if (settings.PageMultiple > 1 && lastTrim is { } size)
        {
            var missing = (settings.PageMultiple - order.Count % settings.PageMultiple) % settings.PageMultiple;
            var at = Math.Clamp(order.Count - settings.BlankPagesBeforeLast, 0, order.Count);
            for (var k = 0; k < missing; k++)
            {
                order.Insert(at + k, BlankPage(file, size, settings, contents));
                blanks.Add(at + k + 1);
            }
        }
        file.FlattenPageTree(order);
        // Compressing the pages is most of the maker's work and touches nothing shared: all cores, one page each.
        var written = new WrittenStreams();
        Parallel.ForEach(contents, content => written.SetFlateData(content.Stream, content.Data));

        var catalog = file.Catalog;
        foreach (var key in new[] { "Outlines", "PageMode", "OpenAction", "AcroForm", "StructTreeRoot", "MarkInfo" })
            catalog.Remove(key);

        var problems = new List<string>(converter.Problems);
        problems.AddRange(FontInspector.Inspect(file).Where(f => !f.Embedded || f.IsType3)
            .Select(f => f.IsType3 ? $"font {f.Name} is Type 3" : $"font {f.Name} is not embedded").Distinct());
        var declare = settings.Pdfx == PdfxLevels.X1a2003 && problems.Count == 0;
        var extra = new List<KeyValuePair<string, PdfObject>> { new("Trapped", new PdfName("False")) };
        if (declare)
        {
            extra.Add(new("GTS_PDFXVersion", PdfString.FromText(PdfxLevels.X1a2003)));
            catalog["OutputIntents"] = new PdfArray([new PdfDictionary
            {
                ["Type"] = new PdfName("OutputIntent"),
                ["S"] = new PdfName("GTS_PDFX"),
                ["OutputConditionIdentifier"] = PdfString.FromText(settings.OutputConditionIdentifier),
                ["OutputCondition"] = PdfString.FromText(settings.OutputCondition),
                ["RegistryName"] = PdfString.FromText(settings.RegistryName),
                ["Info"] = PdfString.FromText(settings.OutputCondition),
            }]);
        }
        var xmp = new StringBuilder("<pdf:Trapped>False</pdf:Trapped>\n");
        if (declare) xmp.Append(CultureInfo.InvariantCulture, $"<pdfxid:GTS_PDFXVersion>{PdfxLevels.X1a2003}</pdfxid:GTS_PDFXVersion>\n");
        MetadataWriter.Apply(file, options.Metadata, extra, xmp.ToString(), declarePdfxNamespace: declare);
        var bytes = PdfWriter.Write(file);
        return new PrintPdfResult(bytes, pages.Count, blanks.Count, blanks, declare ? PdfxLevels.X1a2003 : null,
            settings.Pdfx == PdfxLevels.None ? [] : problems) { Written = written };
    }

    /// <summary>Puts the page on the sheet; returns the shift applied to its coordinates. The new content
    /// stream and its data go to <paramref name="contents"/>, to be compressed.</summary>
    private static (double Dx, double Dy) Reframe(PdfFile file, PdfDictionary page, byte[] body, PdfRectangle trim, PrintSettings settings,
        List<(PdfStream, byte[])> contents)
    {
        var slug = settings.SlugPt;
        var sheet = new PdfRectangle(0, 0, trim.Width + 2 * slug, trim.Height + 2 * slug);
        var dx = slug - trim.Left;
        var dy = slug - trim.Bottom;
        var bleed = trim.Inflate(settings.BleedPt);
        var prefix = Ascii($"q\n1 0 0 1 {N(dx)} {N(dy)} cm\n{N(bleed.Left)} {N(bleed.Bottom)} {N(bleed.Width)} {N(bleed.Height)} re W n\n");
        var suffix = Ascii("\nQ\n" + CropMarks(trim.Offset(dx, dy), settings));
        var content = new PdfStream(new PdfDictionary(), []);
        contents.Add((content, [.. prefix, .. body, .. suffix]));
        page["Contents"] = file.Add(content);
        page["MediaBox"] = sheet.ToArray();
        page["TrimBox"] = trim.Offset(dx, dy).ToArray();
        page["BleedBox"] = bleed.Offset(dx, dy).ToArray();
        page.Remove("CropBox");
        page.Remove("ArtBox");
        page.Remove("Annots");
        page.Remove("StructParents");
        return (dx, dy);
    }

    private static PdfReference BlankPage(PdfFile file, PdfRectangle trim, PrintSettings settings, List<(PdfStream, byte[])> contents)
    {
        var page = new PdfDictionary
        {
            ["Type"] = new PdfName("Page"),
            ["Resources"] = new PdfDictionary(),
            ["MediaBox"] = trim.ToArray(),
        };
        var reference = file.Add(page);
        Reframe(file, page, [], trim, settings, contents);
        return reference;
    }

    /// <summary>Two K-only strokes at each trim corner, starting <c>MarkOffsetMm</c> from the trim.</summary>
    private static string CropMarks(PdfRectangle trim, PrintSettings settings)
    {
        var offset = settings.MarkOffsetPt;
        var end = offset + settings.MarkLengthPt;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"q\n0 0 0 1 K\n{N(settings.MarkLineWidthPt)} w\n0 J\n[] 0 d\n");
        foreach (var x in new[] { trim.Left, trim.Right })
            foreach (var y in new[] { trim.Bottom, trim.Top })
            {
                var sx = x == trim.Left ? -1 : 1;
                var sy = y == trim.Bottom ? -1 : 1;
                sb.Append(CultureInfo.InvariantCulture, $"{N(x + sx * offset)} {N(y)} m {N(x + sx * end)} {N(y)} l S\n");
                sb.Append(CultureInfo.InvariantCulture, $"{N(x)} {N(y + sy * offset)} m {N(x)} {N(y + sy * end)} l S\n");
            }
        sb.Append("Q\n");
        return sb.ToString();
    }

    private static void ShiftNamedDestinations(PdfFile file, Dictionary<int, (double Dx, double Dy)> shifts)
    {
        if (file.ResolveDictionary(file.Catalog["Dests"]) is not { } dests) return;
        foreach (var (_, value) in dests.Entries.ToList())
        {
            var array = file.Resolve(value) as PdfArray ?? file.Resolve(file.ResolveDictionary(value)?["D"]) as PdfArray;
            if (array is not { Count: >= 2 } || array[0] is not PdfReference page || !shifts.TryGetValue(page.Number, out var shift)) continue;
            if (array[1] is PdfName { Value: "XYZ" } && array.Count >= 4)
            {
                if (array[2] is PdfNumber left) array[2] = new PdfNumber(left.Value + shift.Dx);
                if (array[3] is PdfNumber top) array[3] = new PdfNumber(top.Value + shift.Dy);
            }
        }
    }

    private static string N(double value) => PdfNumber.Format(Math.Round(value, 4));
    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
