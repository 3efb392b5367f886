namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>
/// Writes the structure tree objects: one StructElem per element, its /K holding its child elements
/// and its marked content in reading order, and the ParentTree (page key → the element of each MCID;
/// annotation key → its Link element).
/// </summary>
internal static class StructureTreeWriter
{
    public static void Write(PdfFile file, StructureElement root, IReadOnlyList<PdfReference> pages, IReadOnlyList<MarkedContent> content,
        IReadOnlyList<(PdfReference Page, PdfReference Annotation, StructureElement Link)> links)
    {
        var rootDictionary = new PdfDictionary { ["Type"] = new PdfName("StructTreeRoot") };
        var rootReference = file.Add(rootDictionary);
        var references = new Dictionary<StructureElement, PdfReference>();
        var dictionaries = new Dictionary<StructureElement, PdfDictionary>();
        foreach (var element in root.DescendantsAndSelf())
        {
            var dictionary = new PdfDictionary { ["Type"] = new PdfName("StructElem"), ["S"] = new PdfName(element.Role.ToString()) };
            dictionaries[element] = dictionary;
            references[element] = file.Add(dictionary);
        }

        // Where each element's content begins in painting order, for ordering K.
        // StructureElement has reference equality: one entry per element object.
        var contentOf = content.GroupBy(c => c.Element).ToDictionary(g => g.Key, g => g.ToList());
        var linksOf = links.GroupBy(l => l.Link).ToDictionary(g => g.Key, g => g.ToList());
        var first = new Dictionary<StructureElement, (int Page, int Sequence)>();
        (int, int) FirstOf(StructureElement e)
        {
            if (first.TryGetValue(e, out var known)) return known;
            var own = contentOf.TryGetValue(e, out var pieces) ? pieces.Select(p => (p.PageIndex, p.Sequence)).Min() : (int.MaxValue, int.MaxValue);
            foreach (var child in e.Children)
            {
                var c = FirstOf(child);
                if (c.CompareTo(own) < 0) own = c;
            }
            return first[e] = own;
        }

        // The element that owns each MCID, for the ParentTree (an ActualText Span where there is one).
        var owners = new Dictionary<(int Page, int Mcid), PdfReference>();
        foreach (var element in root.DescendantsAndSelf())
        {
            var dictionary = dictionaries[element];
            dictionary["P"] = element.Parent is null ? rootReference : references[element.Parent];
            if (element.Alt is { } alt) dictionary["Alt"] = PdfString.FromText(alt);
            if (element.ActualText is { } actual) dictionary["ActualText"] = PdfString.FromText(actual);
            if (element.Language is { } lang) dictionary["Lang"] = PdfString.FromText(lang);
            if (element.Title is { } title) dictionary["T"] = PdfString.FromText(title);
            if (element.Scope is { } scope) dictionary["A"] = new PdfDictionary { ["O"] = new PdfName("Table"), ["Scope"] = new PdfName(scope) };

            // Own content and children, in reading order: children keep the plan's order among
            // themselves (it is the content order); own pieces go where their painting order puts them.
            var entries = new List<((int, int) At, PdfObject Value)>();
            int? pageOfElement = null;
            if (contentOf.TryGetValue(element, out var pieces))
            {
                pageOfElement = pieces[0].PageIndex;
                dictionary["Pg"] = pages[pageOfElement.Value];
                foreach (var piece in pieces)
                {
                    if (piece.ActualText is { } actualText)
                    {
                        // A Span element of its own carries the ActualText of this cluster.
                        var span = new PdfDictionary
                        {
                            ["Type"] = new PdfName("StructElem"), ["S"] = new PdfName("Span"), ["P"] = references[element],
                            ["Pg"] = pages[piece.PageIndex], ["ActualText"] = actualText, ["K"] = new PdfNumber(piece.Mcid),
                        };
                        var spanReference = file.Add(span);
                        owners[(piece.PageIndex, piece.Mcid)] = spanReference;
                        entries.Add(((piece.PageIndex, piece.Sequence), spanReference));
                        continue;
                    }
                    entries.Add(((piece.PageIndex, piece.Sequence), piece.PageIndex == pageOfElement
                        ? new PdfNumber(piece.Mcid)
                        : new PdfDictionary { ["Type"] = new PdfName("MCR"), ["Pg"] = pages[piece.PageIndex], ["MCID"] = new PdfNumber(piece.Mcid) }));
                }
            }
            if (linksOf.TryGetValue(element, out var annotations))
                foreach (var (page, annotation, _) in annotations)
                    entries.Add(((int.MaxValue - 1, 0), new PdfDictionary { ["Type"] = new PdfName("OBJR"), ["Pg"] = page, ["Obj"] = annotation }));
            // A Span cut from the element's text goes where its text is painted, among the own pieces.
            entries.AddRange(element.Children.Where(c => c.PlacedByText).Select(c => (FirstOf(c), (PdfObject)references[c])));
            var merged = Merge(entries, element.Children.Where(c => !c.PlacedByText).Select(c => (FirstOf(c), (PdfObject)references[c])).ToList());
            if (merged.Count == 1) dictionary["K"] = merged[0];
            else if (merged.Count > 1) dictionary["K"] = new PdfArray(merged);
        }

        // ParentTree: a number tree with one flat /Nums array (keys in increasing order).
        var nums = new PdfArray();
        for (var i = 0; i < pages.Count; i++)
        {
            var onPage = content.Where(c => c.PageIndex == i).OrderBy(c => c.Mcid).ToList();
            nums.Add(new PdfNumber(i));
            nums.Add(file.Add(new PdfArray(onPage.Select(c => (PdfObject)(owners.GetValueOrDefault((c.PageIndex, c.Mcid)) ?? references[c.Element])))));
        }
        var key = pages.Count;
        foreach (var (_, annotation, link) in links)
        {
            if (file.Resolve(annotation) is PdfDictionary a)
            {
                a["StructParent"] = new PdfNumber(key);
                if (a["Contents"] is null)
                    a["Contents"] = PdfString.FromText(link.Alt ?? link.LinkTarget ?? "链接");
            }
            nums.Add(new PdfNumber(key));
            nums.Add(references[link]);
            key++;
        }
        rootDictionary["K"] = references[root];
        rootDictionary["ParentTree"] = file.Add(new PdfDictionary { ["Nums"] = nums });
        rootDictionary["ParentTreeNextKey"] = new PdfNumber(key);
        file.Catalog["StructTreeRoot"] = rootReference;
    }

    /// <summary>Merges own pieces and children by where their content begins (painting order is
    /// reading order); children keep the plan's order among themselves.</summary>
    private static List<PdfObject> Merge(List<((int, int) At, PdfObject Value)> own, List<((int, int) At, PdfObject Value)> children)
    {
        own.Sort((a, b) => a.At.CompareTo(b.At));
        var result = new List<PdfObject>(own.Count + children.Count);
        var o = 0;
        foreach (var child in children)
        {
            while (o < own.Count && own[o].At.CompareTo(child.At) < 0) result.Add(own[o++].Value);
            result.Add(child.Value);
        }
        while (o < own.Count) result.Add(own[o++].Value);
        return result;
    }
}
