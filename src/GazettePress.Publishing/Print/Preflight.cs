using System.Diagnostics;
using System.Globalization;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Pdf;
using M = GazettePress.Publishing.Print.PreflightMessages;

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

/// <summary>One check's verdict; its texts come from the message catalogue (print.ini) and are rendered when shown.</summary>
public sealed record PreflightCheck(string Name, bool Passed, LocalizedText Message, IReadOnlyList<LocalizedText> Details)
{
    /// <summary>One clear line: "PASS name: message" or "FAIL name: reason" (通过/未通过 in Chinese).</summary>
    public string Render(Language language) =>
        (Passed ? M.LinePass : M.LineFail).With(("name", Name), ("message", Message)).Render(language);

    public override string ToString() => Render(Localization.Current);

    /// <summary>A failure whose message is the first problem, with how many more there are.</summary>
    internal static PreflightCheck Failed(string name, IReadOnlyList<LocalizedText> problems) =>
        new(name, false, problems.Count > 1 ? M.FirstAndMore.With(("first", problems[0]), ("more", problems.Count - 1)) : problems[0], problems);
}

public sealed record PreflightReport(IReadOnlyList<PreflightCheck> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);
    public PreflightCheck this[string name] => Checks.First(c => c.Name == name);

    /// <summary>One line per check, then (indented) up to <paramref name="maxDetails"/> details of each failure, in the current language.</summary>
    public IEnumerable<string> Lines(int maxDetails = 10) => Lines(Localization.Current, maxDetails);

    public IEnumerable<string> Lines(Language language, int maxDetails = 10)
    {
        foreach (var check in Checks)
        {
            yield return check.Render(language);
            if (check.Passed || check.Details.Count < 2) continue;
            foreach (var detail in check.Details.Take(maxDetails)) yield return "    " + detail.Render(language);
            if (check.Details.Count > maxDetails) yield return "    " + M.AndMore.With(("more", check.Details.Count - maxDetails)).Render(language);
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
    public const string Syntax = "pdf-syntax";

    /// <param name="written">The print writer's own record of the page contents it compressed into
    /// <paramref name="pdf"/>: they are then not inflated again (see <see cref="WrittenStreams"/>). Everything
    /// else is read from the bytes, as the independent <c>preflight</c> command reads any file.</param>
    public static PreflightReport Check(byte[] pdf, PreflightOptions? options = null, string? pathForInkCoverage = null, WrittenStreams? written = null)
    {
        options ??= new PreflightOptions();
        PdfFile file;
        List<PdfReference> pages;
        try
        {
            file = PdfFile.Load(pdf);
            if (file.Trailer["Encrypt"] is not null)
                return new PreflightReport([new PreflightCheck("encryption", false, M.Encrypted.With(), [])]);
            pages = file.PageReferences();
            if (pages.Count == 0) throw new PdfFormatException("the file has no pages", 0);
        }
        catch (Exception e) when (IsDamage(e))
        {
            return Damaged(e);
        }
        try
        {
            var walker = new PageContentWalker(file, written);
            var paints = walker.WalkPages([.. pages.Select(file.Page)]);
            var fonts = FontInspector.Inspect(file, paints);
            var checks = new List<PreflightCheck>
            {
                CheckSyntax(file),
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
        catch (Exception e) when (IsDamage(e))
        {
            return Damaged(e);
        }
    }

    /// <summary>
    /// A file whose structure is damaged beyond what the reader repairs: one FAIL line, as a print
    /// shop's preflight reports an unreadable file. Our own parse errors say where; anything else
    /// thrown while reading a damaged file (a wrong object type where the structure needs another,
    /// a number out of range) is the same verdict.
    /// </summary>
    private static PreflightReport Damaged(Exception e) =>
        new([new PreflightCheck(Syntax, false, e is PdfFormatException ? M.Unreadable.With(("detail", e.Message)) : M.Damaged.With(("kind", e.GetType().Name)), [])]);

    private static bool IsDamage(Exception e) =>
        e is PdfFormatException or InvalidCastException or NullReferenceException or IndexOutOfRangeException or ArgumentException
            or FormatException or OverflowException or KeyNotFoundException or InvalidOperationException or InvalidDataException
            or InsufficientExecutionStackException or OutOfMemoryException;

    /// <summary>A file the reader had to repair is damaged even when every other check passes: a RIP may not repair it the same way.</summary>
    private static PreflightCheck CheckSyntax(PdfFile file) => file.Repairs.Count == 0
        ? new(Syntax, true, M.SyntaxPass.With(), [])
        : PreflightCheck.Failed(Syntax, [.. file.Repairs.Distinct().Select(r => M.Repaired.With(("detail", r)))]);

    private static PreflightCheck CheckFonts(List<FontReport> fonts)
    {
        var problems = new List<LocalizedText>();
        foreach (var f in fonts)
        {
            var where = M.Pages.With(("pages", Pages(f.Pages)));
            if (f.IsType3) problems.Add(M.FontsType3.With(("font", f.Name), ("where", where)));
            else if (!f.Embedded) problems.Add(M.FontsNotEmbedded.With(("font", f.Name), ("subtype", f.Subtype), ("where", where)));
            else if (!f.ReallySubset)
                problems.Add(f.NonEmptyGlyphs is { } g
                    ? M.FontsNotSubsetGlyphs.With(("font", f.Name), ("glyphs", g), ("used", f.UsedGlyphs), ("where", where))
                    : M.FontsNotSubsetBytes.With(("font", f.Name), ("bytes", f.ProgramBytes), ("where", where)));
        }
        if (fonts.Count == 0) return new(Fonts, true, M.FontsNone.With(), []);
        return problems.Count == 0
            ? new(Fonts, true, M.FontsPass.With(("count", fonts.Count),
                ("list", string.Join(", ", fonts.Select(f => $"{f.Name} {f.NonEmptyGlyphs?.ToString(CultureInfo.InvariantCulture) ?? "?"}/{f.UsedGlyphs}")))), [])
            : PreflightCheck.Failed(Fonts, problems);
    }

    private static PreflightCheck CheckBoxes(PdfFile file, List<PdfReference> pages, PreflightOptions options)
    {
        var problems = new List<LocalizedText>();
        var bleed = options.BleedMm * PrintSettings.PointsPerMm;
        var tolerance = options.BleedToleranceMm * PrintSettings.PointsPerMm;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = file.Page(pages[i]);
            var n = i + 1;
            var media = file.InheritedBox(page, "MediaBox");
            var trim = file.Box(page, "TrimBox");
            var bleedBox = file.Box(page, "BleedBox");
            if (trim is null) { problems.Add(OnPage(n, M.BoxesNoTrim.With())); continue; }
            if (bleedBox is null) { problems.Add(OnPage(n, M.BoxesNoBleed.With())); continue; }
            var sides = new[] { trim.Value.Left - bleedBox.Value.Left, trim.Value.Bottom - bleedBox.Value.Bottom, bleedBox.Value.Right - trim.Value.Right, bleedBox.Value.Top - trim.Value.Top };
            if (sides.Any(s => Math.Abs(s - bleed) > tolerance))
                problems.Add(OnPage(n, M.BoxesBleedSize.With(("sides", string.Join("/", sides.Select(s => Mm(s)))), ("expected", options.BleedMm))));
            if (media is { } m && !m.Contains(bleedBox.Value))
                problems.Add(OnPage(n, M.BoxesOutsideMedia.With()));
        }
        return problems.Count == 0
            ? new(Boxes, true, M.BoxesPass.With(("pages", pages.Count), ("bleed", options.BleedMm)), [])
            : PreflightCheck.Failed(Boxes, problems);
    }

    /// <summary>Art that reaches the trim edge must run on to the BleedBox edge, or a sliver of
    /// white shows when the guillotine cuts a little off.</summary>
    private static PreflightCheck CheckBleed(PdfFile file, List<PdfReference> pages, List<List<PaintEvent>> paints)
    {
        const double reach = 0.5; // points: "touches" the trim, "reaches" the bleed edge
        var problems = new List<LocalizedText>();
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
                problems.Add(OnPage(i + 1, M.BleedShort.With(("edges", string.Join("/", short_)))));
        }
        return problems.Count == 0
            ? new(Bleed, true, M.BleedPass.With(), [])
            : PreflightCheck.Failed(Bleed, problems);
    }

    private static PreflightCheck CheckPageCount(int count, PreflightOptions options) =>
        options.PageMultiple <= 1 || count % options.PageMultiple == 0
            ? new(PageCount, true, M.PageCountPass.With(("count", count), ("multiple", options.PageMultiple)), [])
            : new(PageCount, false, M.PageCountFail.With(("count", count), ("multiple", options.PageMultiple), ("add", options.PageMultiple - count % options.PageMultiple)), []);

    private static PreflightCheck CheckBlackInk(List<List<PaintEvent>> paints)
    {
        var problems = new List<LocalizedText>();
        var colourPages = new List<int>();
        for (var i = 0; i < paints.Count; i++)
        {
            var n = i + 1;
            var richText = paints[i].OfType<TextPaint>().Where(t => t.Color.Ink == InkKind.NeutralNotBlackOnly).Select(t => t.Color.ToString()).Distinct().ToList();
            var richPaths = paints[i].OfType<PathPaint>().Where(t => t.Color.Ink == InkKind.NeutralNotBlackOnly).Select(t => t.Color.ToString()).Distinct().ToList();
            var richMasks = paints[i].OfType<ImagePaint>().Where(t => IsMask(t.Image) && t.FillColor.Ink == InkKind.NeutralNotBlackOnly).ToList();
            if (richText.Count > 0) problems.Add(OnPage(n, M.BlackText.With(("colours", string.Join(", ", richText)))));
            if (richPaths.Count > 0) problems.Add(OnPage(n, M.BlackPaths.With(("colours", string.Join(", ", richPaths)))));
            if (richMasks.Count > 0) problems.Add(OnPage(n, M.BlackMasks.With(("colour", richMasks[0].FillColor.ToString()))));
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
            ? new(BlackInk, true, M.BlackPass.With(("kOnly", kOnly), colourPages.Count == 0 ? ("pages", M.None.With()) : ("pages", Pages(colourPages))), [])
            : PreflightCheck.Failed(BlackInk, problems);
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
        var problems = new List<LocalizedText>();
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
                problems.Add(OnPage(image.PageNumber, M.ImagesLow.With(("image", image.Name), ("width", width), ("height", height),
                    ("mmWidth", Mm(image.WidthPt)), ("mmHeight", Mm(image.HeightPt)), ("ppi", Whole(ppi)), ("min", Whole(options.MinImagePpi)))));
        }
        if (count == 0) return new(Images, true, M.ImagesNone.With(), []);
        return problems.Count == 0
            ? new(Images, true, M.ImagesPass.With(("count", count), ("lowest", Whole(lowest)), ("min", Whole(options.MinImagePpi))), [])
            : PreflightCheck.Failed(Images, problems);
    }

    private static PreflightCheck CheckPlaceholders(PdfFile file, List<PdfReference> pages, PreflightOptions options)
    {
        var found = new List<(string Id, int Page)>();
        foreach (var (name, destination) in NamedDestinations(file))
        {
            if (!name.StartsWith(options.PlaceholderPrefix, StringComparison.Ordinal)) continue;
            var array = file.Resolve(destination) as PdfArray ?? file.Resolve(file.ResolveDictionary(destination)?["D"]) as PdfArray;
            var pageIndex = array is { Count: > 0 } && array[0] is PdfReference r ? pages.FindIndex(p => p.Number == r.Number) : -1;
            var id = name[options.PlaceholderPrefix.Length..].TrimStart('-', ':');
            found.Add((id, pageIndex + 1));
        }
        var problems = found.OrderBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Page)
            .Select(f => f.Page > 0 ? M.QrUnfilledOnPage.With(("id", f.Id), ("page", f.Page)) : M.QrUnfilled.With(("id", f.Id))).ToList();
        if (problems.Count == 0) return new(Placeholders, true, M.QrPass.With(), []);
        var first = PreflightCheck.Failed(Placeholders, problems);
        return first with { Message = M.QrFail.With(("first", first.Message)) };
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
                ? new(Pdfx, false, M.PdfxRequired.With(), [])
                : new(Pdfx, true, M.PdfxNotDeclared.With(), []);
        var problems = new List<LocalizedText>();
        var catalog = file.Catalog;
        var intents = (file.Resolve(catalog["OutputIntents"]) as PdfArray)?.Items.Select(file.ResolveDictionary).OfType<PdfDictionary>()
            .Where(d => d["S"] is PdfName { Value: "GTS_PDFX" }).ToList() ?? [];
        if (intents.Count != 1) problems.Add(M.PdfxIntents.With(("count", intents.Count)));
        else if (file.Resolve(intents[0]["OutputConditionIdentifier"]) is not PdfString { Bytes.Length: > 0 })
            problems.Add(M.PdfxNoIdentifier.With());
        if (file.Resolve(info?["Trapped"]) is not PdfName { Value: "True" or "False" })
            problems.Add(M.PdfxTrapped.With());
        if (file.Resolve(info?["Title"]) is null) problems.Add(M.PdfxNoTitle.With());
        if (file.Resolve(info?["CreationDate"]) is null || file.Resolve(info?["ModDate"]) is null) problems.Add(M.PdfxNoDates.With());
        if (file.Resolve(file.Trailer["ID"]) is not PdfArray { Count: 2 }) problems.Add(M.PdfxNoId.With());
        if (file.Trailer["Encrypt"] is not null) problems.Add(M.PdfxEncrypted.With());
        for (var i = 0; i < pages.Count; i++)
        {
            var page = file.Page(pages[i]);
            if (file.Box(page, "TrimBox") is null && file.Box(page, "ArtBox") is null) problems.Add(OnPage(i + 1, M.BoxesNoTrim.With()));
            if (file.Resolve(page["Annots"]) is PdfArray { Count: > 0 } annots
                && annots.Items.Select(file.ResolveDictionary).Any(a => a?["Subtype"] is not PdfName { Value: "PrinterMark" or "TrapNet" }))
                problems.Add(OnPage(i + 1, M.PdfxAnnotations.With()));
        }
        foreach (var f in fonts.Where(f => !f.Embedded)) problems.Add(M.PdfxFontNotEmbedded.With(("font", f.Name)));
        if (version.StartsWith("PDF/X-1a", StringComparison.Ordinal))
        {
            if (string.CompareOrdinal(file.Version, "1.4") > 0) problems.Add(M.PdfxVersion.With(("version", file.Version)));
            for (var i = 0; i < paints.Count; i++)
            {
                var rgb = paints[i].Any(p => p switch
                {
                    TextPaint t => t.Color.Space is "RGB",
                    PathPaint q => q.Color.Space is "RGB",
                    ImagePaint im => ImageFamily(im.Image) is "RGB" or "Other",
                    _ => false,
                });
                if (rgb) problems.Add(OnPage(i + 1, M.PdfxRgb.With()));
                if (paints[i].OfType<ImagePaint>().Any(im => im.Image.Dictionary["SMask"] is not null))
                    problems.Add(OnPage(i + 1, M.PdfxSoftMask.With()));
            }
            foreach (var image in paints.SelectMany(p => p).OfType<ImagePaint>())
                if (file.Resolve(image.Image.Dictionary["ColorSpace"]) is PdfArray { Count: > 0 } space && file.Resolve(space[0]) is PdfName { Value: "ICCBased" or "Lab" or "CalRGB" or "CalGray" } kind)
                    problems.Add(OnPage(image.PageNumber, M.PdfxImageSpace.With(("image", image.Name), ("space", kind.Value))));
            foreach (var page in pages.Select(file.Page))
                if (file.ResolveDictionary(file.ResolveDictionary(page["Resources"])?["ColorSpace"]) is { } spaces)
                    foreach (var (name, value) in spaces.Entries)
                        if (file.Resolve(value) is PdfArray { Count: > 0 } space && file.Resolve(space[0]) is PdfName { Value: "ICCBased" or "Lab" or "CalRGB" or "CalGray" } kind)
                            problems.Add(M.PdfxColourSpace.With(("name", name), ("space", kind.Value)));
            foreach (var page in pages.Select(file.Page))
                if (file.ResolveDictionary(file.ResolveDictionary(page["Resources"])?["ExtGState"]) is { } states)
                    foreach (var (name, state) in states.Entries)
                        if (file.ResolveDictionary(state) is { } gs
                            && (file.Resolve(gs["ca"]) is PdfNumber { Value: < 1 } || file.Resolve(gs["CA"]) is PdfNumber { Value: < 1 }
                                || file.Resolve(gs["SMask"]) is { } m && m is not PdfName { Value: "None" }))
                            problems.Add(M.PdfxTransparency.With(("name", name)));
        }
        problems = [.. problems.DistinctBy(p => p.Render(Language.English))];
        if (problems.Count == 0) return new(Pdfx, true, M.PdfxPass.With(("version", version)), []);
        var failed = PreflightCheck.Failed(Pdfx, problems);
        return failed with { Message = M.PdfxFail.With(("version", version), ("problem", failed.Message)) };
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
                return new(InkCoverage, false, M.InkcovFailed.With(("exit", process.ExitCode), ("pages", rows.Count)), []);
            var problems = new List<LocalizedText>();
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
                    problems.Add(OnPage(i + 1, M.InkcovColour.With(("c", Ink(rows[i][0])), ("m", Ink(rows[i][1])), ("y", Ink(rows[i][2])))));
            }
            return problems.Count == 0
                ? new(InkCoverage, true, M.InkcovPass.With(("pages", rows.Count)), [])
                : PreflightCheck.Failed(InkCoverage, problems);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new(InkCoverage, false, M.InkcovCannotRun.With(("detail", e.Message)), []);
        }
        finally
        {
            if (temp is not null) File.Delete(temp);
        }
    }

    private static string Pages(IEnumerable<int> pages) => string.Join(",", pages);
    private static LocalizedText OnPage(int page, LocalizedText problem) => M.Page.With(("page", page), ("problem", problem));
    private static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);
    private static string Ink(double value) => value.ToString("0.00000", CultureInfo.InvariantCulture);
    private static string Mm(double points) => (points / PrintSettings.PointsPerMm).ToString("0.##", CultureInfo.InvariantCulture);
}
