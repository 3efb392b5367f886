using System.Globalization;
using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Flow;
using GazettePress.Layout.Pages;
using GazettePress.Layout.Paragraphs;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

/// <summary>
/// Composes a whole issue: renders the templates, parses the XHTML, lays out every section into
/// pages with the layout engine, numbers them, and repeats until every page number the TOC printed
/// equals the folio where its document landed.
/// </summary>
public sealed class IssueComposer
{
    public const int MaxPasses = 5;

    private readonly TemplateSet _templates;
    private readonly FlowLayouter _flow;
    private readonly PageAssembler _pages;
    private readonly Dictionary<(string Fingerprint, int FirstElement), FlowResult> _sections = new();

    public IssueComposer(TemplateSet templates, ParagraphCache paragraphs)
    {
        _templates = templates;
        _flow = new FlowLayouter(paragraphs);
        _pages = new PageAssembler(paragraphs);
    }

    public IssueComposer(TemplateSet templates, ParagraphLayouter layouter) : this(templates, new ParagraphCache(layouter)) { }

    /// <summary>Sections laid out so far and how many of them a later pass reused unchanged.</summary>
    public int SectionsLaidOut { get; private set; }
    public int SectionsReused { get; private set; }

    /// <param name="passStarted">Told the number of each pass as it starts (progress).</param>
    public ComposedIssue? Compose(IssueModel issue, DiagnosticBag diagnostics, Action<int>? passStarted = null)
    {
        // Titles and TOC entries break only between words; the issue's issuer names count as words.
        _flow.Paragraphs.Layouter.KeepWordsWhole(issue.Documents.SelectMany(d => d.Issuers));
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
            diagnostics.Add(Diagnostic.Create(CompositionMessages.TocUnsettled, new SourceLocation(_templates.DisplayPath(TemplateSet.MainTemplate)),
                ("passes", MaxPasses), ("history", string.Join("; ", unsettled))));
        }
        return result;
    }

    private ComposedIssue? ComposeOnce(IssueModel issue, DiagnosticBag diagnostics, int pass)
    {
        var xhtml = _templates.Render(issue, diagnostics);
        if (xhtml is null) return null;
        var resolver = new StyleResolver(_templates.Style);
        var sections = XhtmlParser.ParseFragment(xhtml, _templates.Style.KnownClasses, diagnostics);
        if (diagnostics.HasErrors) return null;
        var elements = ElementTree.From(sections);
        var inputs = new CompositionInputs(issue);

        var pages = new List<ComposedPage>();
        var qrs = new List<QrRecord>();
        var number = 0;
        foreach (var section in sections)
        {
            if (section.Name != "section")
            {
                diagnostics.Add(Diagnostic.Create(CompositionMessages.XhtmlTopLevel, section.Source, ("element", section.Name)));
                continue;
            }
            var style = resolver.Compute(section, [], StyleResolver.Root);
            if (style.Hidden) continue;
            var master = PageMasters.Resolve(_templates.Style, style.Page, issue);
            var documentId = section.Attr("data-document") ?? "";
            var (layout, sectionQrs) = LayOut(section, style, master, documentId, inputs, resolver, diagnostics);
            diagnostics.AddRange(layout.Diagnostics);
            qrs.AddRange(sectionQrs);

            // A section that must start on a right-hand page gets a blank page before it when needed.
            if (style.BreakBefore == BreakBefore.Right && pages.Count % 2 == 1)
                pages.Add(Assemble(null, master, section.Id ?? "", documentId, pages.Count + 1, ref number, elements));
            foreach (var flowPage in layout.Pages)
                pages.Add(Assemble(flowPage, master, section.Id ?? "", documentId, pages.Count + 1, ref number, elements));
        }

        var anchors = new List<AnchorPosition>();
        foreach (var page in pages)
            foreach (var a in page.Content.Items.OfType<AnchorItem>())
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
        return new ComposedIssue(pages, anchors, documents, outline, qrs, pass, xhtml, elements);
    }

    /// <summary>
    /// Lays out one section into pages of its own. Sections start on new pages and their pages do not
    /// depend on where they land, so a section whose XHTML did not change since the last TOC pass
    /// (every document, usually) is reused as it was; its first element's number is part of the key,
    /// so the element numbers its display items carry stay right.
    /// </summary>
    private (FlowResult Layout, IReadOnlyList<QrRecord> Qrs) LayOut(XElement section, ComputedStyle style, PageMaster master, string documentId,
        CompositionInputs inputs, StyleResolver resolver, DiagnosticBag issueDiagnostics)
    {
        var key = (Fingerprint(section), section.Ordinal);
        if (_sections.TryGetValue(key, out var cached) && _qrs.TryGetValue(key, out var cachedQrs))
        {
            SectionsReused++;
            return (cached, cachedQrs);
        }
        SectionsLaidOut++;
        var diagnostics = new DiagnosticBag();
        var builder = new BlockBuilder(resolver, _flow.Paragraphs, diagnostics, inputs, documentId);
        var blocks = builder.Build(section, style);
        var area = new FlowArea(master.TextWidthPt, master.TextHeightPt, style.Columns, style.ColumnGapPt, style.BalanceColumns,
            GridPitchPt: style.Columns > 1 ? style.LeadingPt : 0);
        var layout = _flow.LayOut(blocks, area);
        var all = diagnostics.Items.Concat(layout.Diagnostics).ToList();
        if (layout.OverfullBreaks > 0)
            all.Add(Diagnostic.Create(CompositionMessages.OverfullBreaks, section.Source, ("count", layout.OverfullBreaks), ("section", section.Id ?? "")));
        layout = layout with { Diagnostics = all };
        // Errors (a missing image) are not cached: the next pass reports them again.
        if (!all.Any(d => d.Severity == Severity.Error))
        {
            _sections[key] = layout;
            _qrs[key] = builder.QrCodes;
        }
        return (layout, builder.QrCodes);
    }

    private readonly Dictionary<(string, int), IReadOnlyList<QrRecord>> _qrs = new();

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

    private ComposedPage Assemble(FlowPage? flow, PageMaster master, string sectionId, string documentId, int index, ref int number, ElementTree elements)
    {
        var recto = index % 2 == 1;
        int? pageNumber = master.Counted ? ++number : null;
        var blank = flow is null;
        return new ComposedPage
        {
            Master = master.Name,
            SectionId = sectionId,
            DocumentId = documentId,
            Index = index,
            Number = pageNumber,
            Folio = pageNumber?.ToString(CultureInfo.InvariantCulture),
            IsBlank = blank,
            Start = flow?.Start is { } start && elements.TryGet(start.Element, out var element) && element.XmlId is { } blockId
                ? new PageStart(documentId, blockId, start.Offset) { Element = start.Own, ElementOffset = start.OwnOffset }
                : null,
            HasColumns = flow?.HasColumns ?? false,
            Flow = flow,
            Content = _pages.Assemble(flow, master, recto, blank ? null : pageNumber),
        };
    }
}
