using System.Globalization;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

/// <summary>A bookmark: a section of the TOC with its documents, each with the page it starts on.</summary>
public sealed record OutlineEntry(string Title, int PageIndex, string Destination, IReadOnlyList<OutlineEntry> Children);

/// <summary>Where a named destination landed.</summary>
public sealed record AnchorPosition(string Name, int PageIndex, string? Folio, double X, double Y);

/// <summary>A document's pages: first and last page index (1-based) and folios.</summary>
public sealed record DocumentPages(string DocumentId, string Title, int FirstPage, int LastPage, string? FirstFolio, string? LastFolio);

public sealed record ComposedIssue(
    IReadOnlyList<ComposedPage> Pages,
    IReadOnlyList<AnchorPosition> Anchors,
    IReadOnlyList<DocumentPages> Documents,
    IReadOnlyList<OutlineEntry> Outline,
    IReadOnlyList<QrRecord> QrCodes,
    int Passes,
    string Xhtml);

/// <summary>
/// Composes a whole issue: renders the templates, parses the XHTML, lays out every section into
/// pages, numbers them, and repeats until every page number the TOC printed equals the folio where
/// its document landed.
/// </summary>
public sealed class IssueComposer(TemplateSet templates, ITextSetter setter)
{
    public const int MaxPasses = 5;

    private readonly CachingTextSetter _setter = setter as CachingTextSetter ?? new CachingTextSetter(setter);

    /// <param name="passStarted">Told the number of each pass as it starts (progress).</param>
    public ComposedIssue? Compose(IssueModel issue, DiagnosticBag diagnostics, Action<int>? passStarted = null)
    {
        var history = issue.Documents.ToDictionary(d => d.Id, _ => new List<string>(), StringComparer.Ordinal);
        ComposedIssue? result = null;
        DiagnosticBag? passDiagnostics = null;
        var converged = false;
        for (var pass = 1; pass <= MaxPasses; pass++)
        {
            passDiagnostics = new DiagnosticBag();
            passStarted?.Invoke(pass);
            result = ComposeOnce(issue, passDiagnostics, pass);
            if (result is null || passDiagnostics.HasErrors) break;
            var changed = false;
            foreach (var document in issue.Documents)
            {
                var landed = result.Anchors.FirstOrDefault(a => a.Name == document.Anchor)?.Folio ?? "";
                history[document.Id].Add(landed);
                if (landed != document.Page) { document.Page = landed; changed = true; }
            }
            if (!changed) { converged = true; break; }
        }
        diagnostics.AddRange(passDiagnostics!.Items);
        if (result is not null && !converged && !passDiagnostics.HasErrors)
        {
            var unsettled = history.Where(h => h.Value.Distinct().Count() > 1)
                .Select(h => $"{h.Key}: {string.Join(" → ", h.Value.Select(v => v.Length == 0 ? "?" : v))}");
            diagnostics.Add(Diagnostic.LegacyWarning("GP-TOC-UNSETTLED", $"TOC page numbers did not settle after {MaxPasses} passes; history: {string.Join("; ", unsettled)}",
                new SourceLocation(templates.DisplayPath(TemplateSet.MainTemplate)), "make the TOC's height independent of its numbers (fixed-width page numbers)"));
        }
        return result;
    }

    private ComposedIssue? ComposeOnce(IssueModel issue, DiagnosticBag diagnostics, int pass)
    {
        var xhtml = templates.Render(issue, diagnostics);
        if (xhtml is null) return null;
        var resolver = new StyleResolver(templates.Style);
        var sections = XhtmlParser.ParseFragment(xhtml, templates.Style.KnownClasses, diagnostics);
        if (diagnostics.HasErrors) return null;

        var pages = new List<ComposedPage>();
        var qrs = new List<QrRecord>();
        var number = 0;
        foreach (var section in sections)
        {
            if (section.Name != "section")
            {
                diagnostics.Add(Diagnostic.LegacyError("GP-XHTML-TOPLEVEL", $"top-level <{section.Name}> outside a <section>", section.Source,
                    "the issue template's output is a sequence of <section class=\"…\"> elements"));
                continue;
            }
            var style = resolver.Compute(section, [], StyleResolver.Root);
            if (style.Hidden) continue;
            var master = PageMaster.Resolve(templates.Style, style.Page);
            var documentId = section.Attr("data-document") ?? "";
            var layout = LayOut(section, style, master, documentId, issue.IssueDirectory, resolver);
            diagnostics.AddRange(layout.Diagnostics);
            qrs.AddRange(layout.QrCodes);
            var local = layout.Pages;

            // A section that must start on a right-hand page gets a blank page before it when needed.
            if (style.BreakBefore == BreakBefore.Right && pages.Count % 2 == 1)
                pages.Add(Assemble(new LocalPage(), master, section.Id ?? "", documentId, pages.Count + 1, ref number, issue, blank: true));
            foreach (var lp in local)
                pages.Add(Assemble(lp, master, section.Id ?? "", documentId, pages.Count + 1, ref number, issue, blank: false));
        }

        var anchors = new List<AnchorPosition>();
        foreach (var page in pages)
            foreach (var a in page.Items.OfType<PlacedAnchor>())
                anchors.Add(new AnchorPosition(a.Name, page.Index, page.Folio, Math.Round(a.X, 2), Math.Round(a.Y, 2)));

        var documents = new List<DocumentPages>();
        foreach (var d in issue.Documents)
        {
            var own = pages.Where(p => p.DocumentId == d.Id).ToList();
            if (own.Count == 0) continue;
            documents.Add(new DocumentPages(d.Id, d.Title, own[0].Index, own[^1].Index, own[0].Folio, own[^1].Folio));
        }
        var outline = new List<OutlineEntry>();
        foreach (var s in issue.Sections)
        {
            var children = s.Documents
                .Select(d => (d, a: anchors.FirstOrDefault(a => a.Name == d.Anchor)))
                .Where(x => x.a is not null)
                .Select(x => new OutlineEntry(x.d.Title, x.a!.PageIndex, x.d.Anchor, []))
                .ToList();
            if (children.Count > 0) outline.Add(new OutlineEntry(s.Title, children[0].PageIndex, children[0].Destination, children));
        }
        return new ComposedIssue(pages, anchors, documents, outline, qrs, pass, xhtml);
    }

    private sealed record SectionLayout(List<LocalPage> Pages, IReadOnlyList<QrRecord> QrCodes, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// Lays out one section into pages of its own. Sections start on new pages and their pages do not
    /// depend on where they land, so a section whose XHTML did not change since the last TOC pass
    /// (every document, usually) is reused as it was.
    /// </summary>
    private SectionLayout LayOut(XElement section, ComputedStyle style, PageMaster master, string documentId, string issueDirectory, StyleResolver resolver)
    {
        var key = Fingerprint(section);
        if (_sections.TryGetValue(key, out var cached)) return cached;
        var diagnostics = new DiagnosticBag();
        var qrs = new List<QrRecord>();
        var columnWidth = (master.TextWidthPt - style.ColumnGapPt * (style.Columns - 1)) / style.Columns;
        var builder = new FlowBuilder(resolver, _setter, diagnostics, issueDirectory, documentId, master.TextWidthPt, columnWidth, qrs);
        builder.Build(section, style);
        var paginator = new Paginator(master.TextWidthPt, master.TextHeightPt, style.Columns, style.ColumnGapPt, style.BalanceColumns, documentId);
        var pages = paginator.Paginate(builder.Segments);
        if (paginator.OverfullBoxes > 0)
            diagnostics.Add(Diagnostic.LegacyWarning("GP-LAYOUT-OVERFULL", $"{paginator.OverfullBoxes} break(s) in section '{section.Id}' had to ignore a keep or an oversized box",
                section.Source, "shorten the kept block or allow breaks inside it"));
        var layout = new SectionLayout(pages, qrs, diagnostics.Items);
        _sections[key] = layout;
        return layout;
    }

    private readonly Dictionary<string, SectionLayout> _sections = new(StringComparer.Ordinal);

    /// <summary>The section's whole content (names, attributes, text, source lines) as one string: equal strings lay out equally.</summary>
    private static string Fingerprint(XElement section)
    {
        var sb = new System.Text.StringBuilder();
        Append(section);
        return sb.ToString();

        void Append(XElement e)
        {
            sb.Append('<').Append(e.Name).Append('@').Append(e.Source.ToString());
            foreach (var (name, value) in e.Attributes) sb.Append(' ').Append(name).Append('=').Append(value).Append('\u0001');
            sb.Append('>');
            foreach (var child in e.Children)
            {
                if (child is XText t) sb.Append(t.Text.Replace("<", "&lt;"));
                else if (child is XElement c) Append(c);
            }
            sb.Append("</>");
        }
    }

    private ComposedPage Assemble(LocalPage local, PageMaster master, string sectionId, string documentId, int index, ref int number,
        IssueModel issue, bool blank)
    {
        var recto = index % 2 == 1;
        int? pageNumber = master.Counted ? ++number : null;
        var page = new ComposedPage
        {
            WidthPt = master.WidthPt,
            HeightPt = master.HeightPt,
            Master = master.Name,
            SectionId = sectionId,
            DocumentId = documentId,
            Index = index,
            Number = pageNumber,
            Folio = pageNumber?.ToString(CultureInfo.InvariantCulture),
            IsBlank = blank,
            Start = local.Start,
            HasColumns = local.HasColumns,
        };
        var left = master.LeftMarginPt(recto);
        foreach (var item in local.Items) page.Items.Add(item.Offset(left, master.MarginTopPt));
        if (blank || pageNumber is null) return page;

        if (master.RunningHead is { } head)
        {
            var text = Expand(head, issue, pageNumber.Value);
            var baseline = master.RunningHeadBaselinePt;
            PlaceFurniture(page, text, master.RunningHeadFont, master.RunningHeadSizePt, master.RunningHeadColor, master.RunningHeadSide, recto, left, master, baseline);
            if (master.RunningHeadRulePt > 0)
            {
                var y = baseline + master.RunningHeadSizePt * 0.45;
                page.Items.Add(new PlacedRule(left, y, left + master.TextWidthPt, y, master.RunningHeadRulePt, master.RunningHeadColor));
            }
        }
        if (master.Folio is { } folio)
        {
            var text = Expand(folio, issue, pageNumber.Value);
            PlaceFurniture(page, text, master.FolioFont, master.FolioSizePt, 0, master.FolioSide, recto, left, master, master.HeightPt - master.FolioBaselinePt);
        }
        return page;
    }

    private void PlaceFurniture(ComposedPage page, string text, string font, double size, uint color, Side side, bool recto, double left, PageMaster master, double baseline)
    {
        var set = _setter.Set([new InlineRun(text, font, false, size, color, 0, 0, null)], new ParagraphFormat(TextAlign.Left, 0, size * 1.5, master.TextWidthPt));
        if (set.Lines.Count == 0) return;
        var line = set.Lines[0];
        var width = line.ContentRight - line.ContentLeft;
        var outsideRight = recto;
        var x = side switch
        {
            Side.Center => left + (master.TextWidthPt - width) / 2,
            Side.Outside => outsideRight ? left + master.TextWidthPt - width : left,
            _ => outsideRight ? left : left + master.TextWidthPt - width,
        };
        page.Items.Add(new PlacedLine(line, x - line.ContentLeft, baseline));
    }

    /// <summary>Fills a running head or folio pattern: {n}, {title}, {year}, {number}, {cumulative}.</summary>
    internal static string Expand(string pattern, IssueModel issue, int pageNumber) => pattern
        .Replace("{n}", pageNumber.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{title}", issue.Gazette.Title, StringComparison.Ordinal)
        .Replace("{year}", issue.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{number}", issue.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{cumulative}", issue.Cumulative.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
