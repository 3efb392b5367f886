using System.Diagnostics;
using System.Globalization;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Print;

public sealed record PreflightOptions
{
    public double BleedMm { get; init; } = 3;
    /// <summary>How far each side of the BleedBox may differ from <see cref="BleedMm"/>.</summary>
    public double BleedToleranceMm { get; init; } = 0.1;
    public int PageMultiple { get; init; } = 4;
    public double MinImagePpi { get; init; } = 300;
    /// <summary>Fail when the file does not declare PDF/X.</summary>
    public bool RequirePdfx { get; init; }
    /// <summary>Also run ghostscript's inkcov device and compare with the content-stream scan.</summary>
    public bool CrossCheckInkCoverage { get; init; }
    /// <summary>Named destinations starting with this mark unfilled QR placeholders (docs/print.md).</summary>
    public string PlaceholderPrefix { get; init; } = GazetteIds.QrPlaceholderPrefix;
}

public sealed record PreflightCheck(string Name, bool Passed, string Message, IReadOnlyList<string> Details)
{
    /// <summary>One clear line: "PASS name: message" or "FAIL name: reason".</summary>
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")} {Name}: {Message}";
}

public sealed record PreflightReport(IReadOnlyList<PreflightCheck> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);
    public PreflightCheck this[string name] => Checks.First(c => c.Name == name);

    /// <summary>One line per check, then (indented) up to <paramref name="maxDetails"/> details of each failure.</summary>
    public IEnumerable<string> Lines(int maxDetails = 10)
    {
        foreach (var check in Checks)
        {
            yield return check.ToString();
            if (check.Passed || check.Details.Count < 2) continue;
            foreach (var detail in check.Details.Take(maxDetails)) yield return "    " + detail;
            if (check.Details.Count > maxDetails) yield return $"    … and {check.Details.Count - maxDetails} more";
        }
    }
}

/// <summary>Checks a written print PDF the way a print shop's preflight does: fonts, boxes and
/// bleed, page count, K-only black, image resolution, unfilled QR placeholders, PDF/X keys.
/// Reads the file itself (never the composer's data), so it judges exactly what is delivered.</summary>
public static class Preflight
{
    public const string Fonts = "fonts";
    public const string Boxes = "boxes";
    public const string PageCount = "page-count";
    public const string Bleed = "bleed";
    public const string BlackInk = "black-k-only";
    public const string Images = "image-resolution";
    public const string Placeholders = "qr-placeholders";
    public const string Pdfx = "pdfx";
    public const string InkCoverage = "ink-coverage";

    public static PreflightReport Check(byte[] pdf, PreflightOptions? options = null, string? pathForInkCoverage = null)
    {
        options ??= new PreflightOptions();
        PdfFile file;
        List<PdfReference> pages;
        try
        {
            file = PdfFile.Load(pdf);
            if (file.Trailer["Encrypt"] is not null)
                return new PreflightReport([new PreflightCheck("encryption", false, "the file is encrypted: print shops (and PDF/X) need it unencrypted", [])]);
            pages = file.PageReferences();
        }
        catch (PdfFormatException e)
        {
            return new PreflightReport([new PreflightCheck("pdf-syntax", false, e.Message, [])]);
        }
        var walker = new PageContentWalker(file);
        var paints = pages.Select((p, i) => walker.Walk(file.Page(p), i + 1).ToList()).ToList();
        var fonts = FontInspector.Inspect(file, paints);
        var checks = new List<PreflightCheck>
        {
            CheckFonts(fonts),
            CheckBoxes(file, pages, options),
            CheckPageCount(pages.Count, options),
            CheckBleed(file, pages, paints),
            CheckBlackInk(paints),
            CheckImages(paints, options),
            CheckPlaceholders(file, pages, options),
            CheckPdfx(file, pages, paints, fonts, options),
        };
        if (options.CrossCheckInkCoverage)
            checks.Add(CheckInkCoverage(pdf, paints, pathForInkCoverage));
        return new PreflightReport(checks);
    }

    private static PreflightCheck CheckFonts(List<FontReport> fonts)
    {
        var problems = new List<string>();
        foreach (var f in fonts)
        {
            var where = $"(pages {Pages(f.Pages)})";
            if (f.IsType3) problems.Add($"{f.Name} is a Type 3 font {where}: print shops reject bitmap/procedure glyphs; use a static TrueType font");
            else if (!f.Embedded) problems.Add($"{f.Name} ({f.Subtype}) is not embedded {where}");
            else if (!f.ReallySubset)
                problems.Add(f.NonEmptyGlyphs is { } g
                    ? $"{f.Name} is not subset: the embedded program has {g} glyphs with outlines but the text uses {f.UsedGlyphs} {where}"
                    : $"{f.Name} is not subset: the embedded program is {f.ProgramBytes} bytes {where}");
        }
        if (fonts.Count == 0) return new(Fonts, true, "no fonts", []);
        return problems.Count == 0
            ? new(Fonts, true, $"{fonts.Count} font(s), all embedded subsets, no Type 3 ({string.Join(", ", fonts.Select(f => $"{f.Name} {f.NonEmptyGlyphs?.ToString(CultureInfo.InvariantCulture) ?? "?"}/{f.UsedGlyphs} glyphs"))})", [])
            : new(Fonts, false, problems[0] + (problems.Count > 1 ? $" (+{problems.Count - 1} more)" : ""), problems);
    }

    private static PreflightCheck CheckBoxes(PdfFile file, List<PdfReference> pages, PreflightOptions options)
    {
        var problems = new List<string>();
        var bleed = options.BleedMm * PrintSettings.PointsPerMm;
        var tolerance = options.BleedToleranceMm * PrintSettings.PointsPerMm;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = file.Page(pages[i]);
            var n = i + 1;
            var media = file.InheritedBox(page, "MediaBox");
            var trim = file.Box(page, "TrimBox");
            var bleedBox = file.Box(page, "BleedBox");
            if (trim is null) { problems.Add($"page {n}: no TrimBox"); continue; }
            if (bleedBox is null) { problems.Add($"page {n}: no BleedBox"); continue; }
            var sides = new[] { trim.Value.Left - bleedBox.Value.Left, trim.Value.Bottom - bleedBox.Value.Bottom, bleedBox.Value.Right - trim.Value.Right, bleedBox.Value.Top - trim.Value.Top };
            if (sides.Any(s => Math.Abs(s - bleed) > tolerance))
                problems.Add($"page {n}: bleed is {string.Join("/", sides.Select(s => Mm(s)))} mm (left/bottom/right/top), expected {options.BleedMm} mm");
            if (media is { } m && !m.Contains(bleedBox.Value))
                problems.Add($"page {n}: BleedBox reaches outside the MediaBox (no room for bleed)");
        }
        return problems.Count == 0
            ? new(Boxes, true, $"{pages.Count} page(s) with TrimBox and BleedBox {options.BleedMm} mm outside it", [])
            : new(Boxes, false, problems[0] + (problems.Count > 1 ? $" (+{problems.Count - 1} more)" : ""), problems);
    }

    /// <summary>Art that reaches the trim edge must run on to the BleedBox edge, or a sliver of
    /// white shows when the guillotine cuts a little off.</summary>
    private static PreflightCheck CheckBleed(PdfFile file, List<PdfReference> pages, List<List<PaintEvent>> paints)
    {
        const double reach = 0.5; // points: "touches" the trim, "reaches" the bleed edge
        var problems = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = file.Page(pages[i]);
            if (file.Box(page, "TrimBox") is not { } trim || file.Box(page, "BleedBox") is not { } bleed) continue;
            var short_ = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var paint in paints[i])
            {
                var bounds = paint switch
                {
                    PathPaint { Stroke: false } p when p.Color.Ink != InkKind.None => p.Bounds,
                    ImagePaint im => im.Bounds,
                    _ => null,
                };
                if (bounds is not { } b) continue;
                // Only art inside the page counts (crop marks live outside the trim).
                if (b.Right <= trim.Left + reach || b.Left >= trim.Right - reach || b.Top <= trim.Bottom + reach || b.Bottom >= trim.Top - reach) continue;
                if (b.Left <= trim.Left + reach && b.Left > bleed.Left + reach) short_.Add("left");
                if (b.Right >= trim.Right - reach && b.Right < bleed.Right - reach) short_.Add("right");
                if (b.Bottom <= trim.Bottom + reach && b.Bottom > bleed.Bottom + reach) short_.Add("bottom");
                if (b.Top >= trim.Top - reach && b.Top < bleed.Top - reach) short_.Add("top");
            }
            if (short_.Count > 0)
                problems.Add($"page {i + 1}: art touches the trim at the {string.Join("/", short_)} edge but does not extend into the bleed (draw it 3 mm beyond the page)");
        }
        return problems.Count == 0
            ? new(Bleed, true, "art that touches the trim runs into the bleed", [])
            : new(Bleed, false, problems[0] + (problems.Count > 1 ? $" (+{problems.Count - 1} more)" : ""), problems);
    }

    private static PreflightCheck CheckPageCount(int count, PreflightOptions options) =>
        options.PageMultiple <= 1 || count % options.PageMultiple == 0
            ? new(PageCount, true, $"{count} pages, a multiple of {options.PageMultiple}", [])
            : new(PageCount, false, $"{count} pages is not a multiple of {options.PageMultiple}: add {options.PageMultiple - count % options.PageMultiple} blank page(s)", []);

    private static PreflightCheck CheckBlackInk(List<List<PaintEvent>> paints)
    {
        var problems = new List<string>();
        var colourPages = new List<int>();
        for (var i = 0; i < paints.Count; i++)
        {
            var n = i + 1;
            var richText = paints[i].OfType<TextPaint>().Where(t => t.Color.Ink == InkKind.NeutralNotBlackOnly).Select(t => t.Color.ToString()).Distinct().ToList();
            var richPaths = paints[i].OfType<PathPaint>().Where(t => t.Color.Ink == InkKind.NeutralNotBlackOnly).Select(t => t.Color.ToString()).Distinct().ToList();
            var richMasks = paints[i].OfType<ImagePaint>().Where(t => IsMask(t.Image) && t.FillColor.Ink == InkKind.NeutralNotBlackOnly).ToList();
            if (richText.Count > 0) problems.Add($"page {n}: black/grey text in {string.Join(", ", richText)} prints with several inks, not K only");
            if (richPaths.Count > 0) problems.Add($"page {n}: black/grey rules or shapes in {string.Join(", ", richPaths)} print with several inks, not K only");
            if (richMasks.Count > 0) problems.Add($"page {n}: image masks (e.g. QR codes) filled with {richMasks[0].FillColor}, not K only");
            var colour = paints[i].Any(p => p switch
            {
                TextPaint t => t.Color.Ink == InkKind.Colour,
                PathPaint q => q.Color.Ink == InkKind.Colour,
                ImagePaint im => !IsMask(im.Image) && ImageFamily(im.Image) is not ("Gray" or "Mask"),
                ShadingPaint => true,
                _ => false,
            });
            if (colour) colourPages.Add(n);
        }
        var kOnly = paints.Count - colourPages.Count;
        return problems.Count == 0
            ? new(BlackInk, true, $"black and grey use K only; {kOnly} page(s) K only, colour on page(s) {(colourPages.Count == 0 ? "none" : Pages(colourPages))}", [])
            : new(BlackInk, false, problems[0] + (problems.Count > 1 ? $" (+{problems.Count - 1} more)" : ""), problems);
    }

    private static bool IsMask(PdfStream image) => image.Dictionary["ImageMask"] is PdfBoolean { Value: true };

    private static string ImageFamily(PdfStream image)
    {
        if (IsMask(image)) return "Mask";
        return image.Dictionary["ColorSpace"] switch
        {
            PdfName { Value: "DeviceGray" or "CalGray" } => "Gray",
            PdfName { Value: "DeviceCMYK" } => "CMYK",
            PdfName { Value: "DeviceRGB" or "CalRGB" } => "RGB",
            _ => "Other",
        };
    }

    private static PreflightCheck CheckImages(List<List<PaintEvent>> paints, PreflightOptions options)
    {
        var problems = new List<string>();
        var count = 0;
        var lowest = double.MaxValue;
        foreach (var image in paints.SelectMany(p => p).OfType<ImagePaint>())
        {
            count++;
            var d = image.Image.Dictionary;
            var width = (d["Width"] as PdfNumber)?.Value ?? 0;
            var height = (d["Height"] as PdfNumber)?.Value ?? 0;
            var ppi = Math.Min(image.WidthPt > 0 ? width / (image.WidthPt / 72) : double.MaxValue,
                               image.HeightPt > 0 ? height / (image.HeightPt / 72) : double.MaxValue);
            lowest = Math.Min(lowest, ppi);
            if (ppi < options.MinImagePpi - 0.5)
                problems.Add($"page {image.PageNumber}: image /{image.Name} ({width}×{height} px placed at {Mm(image.WidthPt)}×{Mm(image.HeightPt)} mm) is {ppi:0} ppi, below {options.MinImagePpi:0}");
        }
        if (count == 0) return new(Images, true, "no images", []);
        return problems.Count == 0
            ? new(Images, true, $"{count} image placement(s), lowest {lowest:0} ppi ≥ {options.MinImagePpi:0}", [])
            : new(Images, false, problems[0] + (problems.Count > 1 ? $" (+{problems.Count - 1} more)" : ""), problems);
    }

    private static PreflightCheck CheckPlaceholders(PdfFile file, List<PdfReference> pages, PreflightOptions options)
    {
        var found = new List<string>();
        foreach (var (name, destination) in NamedDestinations(file))
        {
            if (!name.StartsWith(options.PlaceholderPrefix, StringComparison.Ordinal)) continue;
            var array = file.Resolve(destination) as PdfArray ?? file.Resolve(file.ResolveDictionary(destination)?["D"]) as PdfArray;
            var pageIndex = array is { Count: > 0 } && array[0] is PdfReference r ? pages.FindIndex(p => p.Number == r.Number) : -1;
            var id = name[options.PlaceholderPrefix.Length..].TrimStart('-', ':');
            found.Add($"QR placeholder '{id}' still unfilled{(pageIndex >= 0 ? $" on page {pageIndex + 1}" : "")}");
        }
        found.Sort(StringComparer.Ordinal);
        return found.Count == 0
            ? new(Placeholders, true, "no unfilled QR placeholders", [])
            : new(Placeholders, false, found[0] + (found.Count > 1 ? $" (+{found.Count - 1} more)" : "") + ": supply the QR url or image in the document's front matter", found);
    }

    /// <summary>Names from the catalog's /Dests dictionary and the /Names /Dests name tree.</summary>
    private static IEnumerable<(string Name, PdfObject Destination)> NamedDestinations(PdfFile file)
    {
        if (file.ResolveDictionary(file.Catalog["Dests"]) is { } dests)
            foreach (var (name, value) in dests.Entries)
                yield return (name, value);
        if (file.ResolveDictionary(file.ResolveDictionary(file.Catalog["Names"])?["Dests"]) is { } tree)
            foreach (var entry in NameTree(file, tree, 0))
                yield return entry;
    }

    private static IEnumerable<(string, PdfObject)> NameTree(PdfFile file, PdfDictionary node, int depth)
    {
        if (depth > 32) yield break;
        if (file.Resolve(node["Names"]) is PdfArray names)
            for (var i = 0; i + 1 < names.Count; i += 2)
                if (file.Resolve(names[i]) is PdfString key)
                    yield return (key.ToText(), names[i + 1]);
        if (file.Resolve(node["Kids"]) is PdfArray kids)
            foreach (var kid in kids.Items)
                if (file.ResolveDictionary(kid) is { } child)
                    foreach (var entry in NameTree(file, child, depth + 1))
                        yield return entry;
    }

    private static PreflightCheck CheckPdfx(PdfFile file, List<PdfReference> pages, List<List<PaintEvent>> paints, List<FontReport> fonts, PreflightOptions options)
    {
        var info = file.ResolveDictionary(file.Trailer["Info"]);
        var version = (file.Resolve(info?["GTS_PDFXVersion"]) as PdfString)?.ToText();
        if (version is null)
            return options.RequirePdfx
                ? new(Pdfx, false, "PDF/X required but /GTS_PDFXVersion is missing from /Info", [])
                : new(Pdfx, true, "PDF/X not declared (no /GTS_PDFXVersion); nothing to verify", []);
        var problems = new List<string>();
        var catalog = file.Catalog;
        var intents = (file.Resolve(catalog["OutputIntents"]) as PdfArray)?.Items.Select(file.ResolveDictionary).OfType<PdfDictionary>()
            .Where(d => d["S"] is PdfName { Value: "GTS_PDFX" }).ToList() ?? [];
        if (intents.Count != 1) problems.Add($"expected one /GTS_PDFX output intent, found {intents.Count}");
        else if (file.Resolve(intents[0]["OutputConditionIdentifier"]) is not PdfString { Bytes.Length: > 0 })
            problems.Add("output intent has no /OutputConditionIdentifier");
        if (file.Resolve(info?["Trapped"]) is not PdfName { Value: "True" or "False" })
            problems.Add("/Trapped must be /True or /False in /Info");
        if (file.Resolve(info?["Title"]) is null) problems.Add("/Info has no /Title");
        if (file.Resolve(info?["CreationDate"]) is null || file.Resolve(info?["ModDate"]) is null) problems.Add("/Info lacks /CreationDate or /ModDate");
        if (file.Resolve(file.Trailer["ID"]) is not PdfArray { Count: 2 }) problems.Add("trailer has no /ID");
        if (file.Trailer["Encrypt"] is not null) problems.Add("file is encrypted");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = file.Page(pages[i]);
            if (file.Box(page, "TrimBox") is null && file.Box(page, "ArtBox") is null) problems.Add($"page {i + 1}: no TrimBox");
            if (file.Resolve(page["Annots"]) is PdfArray { Count: > 0 } annots
                && annots.Items.Select(file.ResolveDictionary).Any(a => a?["Subtype"] is not PdfName { Value: "PrinterMark" or "TrapNet" }))
                problems.Add($"page {i + 1}: has annotations (PDF/X allows only printer marks)");
        }
        foreach (var f in fonts.Where(f => !f.Embedded)) problems.Add($"font {f.Name} is not embedded");
        if (version.StartsWith("PDF/X-1a", StringComparison.Ordinal))
        {
            if (string.CompareOrdinal(file.Version, "1.4") > 0) problems.Add($"PDF version {file.Version} is newer than PDF/X-1a:2003 allows (1.4)");
            for (var i = 0; i < paints.Count; i++)
            {
                var rgb = paints[i].Any(p => p switch
                {
                    TextPaint t => t.Color.Space is "RGB",
                    PathPaint q => q.Color.Space is "RGB",
                    ImagePaint im => ImageFamily(im.Image) is "RGB" or "Other",
                    _ => false,
                });
                if (rgb) problems.Add($"page {i + 1}: RGB colour (PDF/X-1a allows only CMYK, grey and spot)");
                if (paints[i].OfType<ImagePaint>().Any(im => im.Image.Dictionary["SMask"] is not null))
                    problems.Add($"page {i + 1}: image with soft mask (transparency is not allowed in PDF/X-1a)");
            }
            foreach (var image in paints.SelectMany(p => p).OfType<ImagePaint>())
                if (file.Resolve(image.Image.Dictionary["ColorSpace"]) is PdfArray { Count: > 0 } space && file.Resolve(space[0]) is PdfName { Value: "ICCBased" or "Lab" or "CalRGB" or "CalGray" } kind)
                    problems.Add($"page {image.PageNumber}: image /{image.Name} uses /{kind.Value} (PDF/X-1a allows device CMYK, grey and spot only)");
            foreach (var page in pages.Select(file.Page))
                if (file.ResolveDictionary(file.ResolveDictionary(page["Resources"])?["ColorSpace"]) is { } spaces)
                    foreach (var (name, value) in spaces.Entries)
                        if (file.Resolve(value) is PdfArray { Count: > 0 } space && file.Resolve(space[0]) is PdfName { Value: "ICCBased" or "Lab" or "CalRGB" or "CalGray" } kind)
                            problems.Add($"colour space /{name} is /{kind.Value} (PDF/X-1a allows device CMYK, grey and spot only)");
            foreach (var page in pages.Select(file.Page))
                if (file.ResolveDictionary(file.ResolveDictionary(page["Resources"])?["ExtGState"]) is { } states)
                    foreach (var (name, state) in states.Entries)
                        if (file.ResolveDictionary(state) is { } gs
                            && (file.Resolve(gs["ca"]) is PdfNumber { Value: < 1 } || file.Resolve(gs["CA"]) is PdfNumber { Value: < 1 }
                                || file.Resolve(gs["SMask"]) is { } m && m is not PdfName { Value: "None" }))
                            problems.Add($"graphics state /{name} uses transparency");
        }
        problems = [.. problems.Distinct()];
        return problems.Count == 0
            ? new(Pdfx, true, $"{version} declared; output intent, /Trapped, /ID, TrimBox and colour are consistent with it", [])
            : new(Pdfx, false, $"{version} declared but " + problems[0] + (problems.Count > 1 ? $" (+{problems.Count - 1} more)" : ""), problems);
    }

    /// <summary>Runs gs -sDEVICE=inkcov and checks that pages our scan calls K-only have C = M = Y = 0.</summary>
    private static PreflightCheck CheckInkCoverage(byte[] pdf, List<List<PaintEvent>> paints, string? path)
    {
        string? temp = null;
        try
        {
            if (path is null)
            {
                temp = Path.Combine(Path.GetTempPath(), $"gazettepress-preflight-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
                File.WriteAllBytes(temp, pdf);
                path = temp;
            }
            var start = new ProcessStartInfo("gs") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-q", "-o", "-", "-sDEVICE=inkcov", "-r72", path }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            var rows = output.Split('\n').Where(l => l.Contains("CMYK OK", StringComparison.Ordinal))
                .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
            if (process.ExitCode != 0 || rows.Count != paints.Count)
                return new(InkCoverage, false, $"ghostscript inkcov failed (exit {process.ExitCode}, {rows.Count} pages read)", []);
            var problems = new List<string>();
            for (var i = 0; i < rows.Count; i++)
            {
                var kOnly = !paints[i].Any(p => p switch
                {
                    TextPaint t => t.Color.Ink is InkKind.Colour or InkKind.NeutralNotBlackOnly,
                    PathPaint q => q.Color.Ink is InkKind.Colour or InkKind.NeutralNotBlackOnly,
                    ImagePaint im => ImageFamily(im.Image) is not ("Gray" or "Mask"),
                    ShadingPaint => true,
                    _ => false,
                });
                if (kOnly && rows[i].Take(3).Any(v => v > 0))
                    problems.Add($"page {i + 1}: gs inkcov C={rows[i][0]:0.00000} M={rows[i][1]:0.00000} Y={rows[i][2]:0.00000} on a page that should be K only");
            }
            return problems.Count == 0
                ? new(InkCoverage, true, $"gs inkcov agrees: every K-only page has C = M = Y = 0 ({rows.Count} pages)", [])
                : new(InkCoverage, false, problems[0] + (problems.Count > 1 ? $" (+{problems.Count - 1} more)" : ""), problems);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new(InkCoverage, false, $"cannot run ghostscript (gs): {e.Message}", []);
        }
        finally
        {
            if (temp is not null) File.Delete(temp);
        }
    }

    private static string Pages(IEnumerable<int> pages) => string.Join(",", pages);
    private static string Mm(double points) => (points / PrintSettings.PointsPerMm).ToString("0.##", CultureInfo.InvariantCulture);
}
