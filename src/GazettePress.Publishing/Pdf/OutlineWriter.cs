namespace GazettePress.Publishing.Pdf;

/// <summary>Builds the document outline tree (§12.3.3) from <see cref="OutlineEntry"/> values.</summary>
internal static class OutlineWriter
{
    public static PdfReference Write(PdfFile file, IReadOnlyList<OutlineEntry> entries)
    {
        var pages = file.PageReferences();
        var root = new PdfDictionary { ["Type"] = new PdfName("Outlines") };
        var rootReference = file.Add(root);
        var visible = AddChildren(file, pages, root, rootReference, entries);
        root["Count"] = new PdfNumber(visible);
        return rootReference;
    }

    /// <summary>Adds the items under <paramref name="parent"/>; returns how many are visible.</summary>
    private static int AddChildren(PdfFile file, List<PdfReference> pages, PdfDictionary parent, PdfReference parentReference,
        IReadOnlyList<OutlineEntry> entries)
    {
        var references = new List<PdfReference>();
        var items = new List<PdfDictionary>();
        var visible = 0;
        foreach (var entry in entries)
        {
            var item = new PdfDictionary
            {
                ["Title"] = PdfString.FromText(entry.Title),
                ["Parent"] = parentReference,
                ["Dest"] = Destination(file, pages, entry),
            };
            var reference = file.Add(item);
            references.Add(reference);
            items.Add(item);
            visible++;
            if (entry.Children.Count > 0)
            {
                var below = AddChildren(file, pages, item, reference, entry.Children);
                item["Count"] = new PdfNumber(entry.Open ? below : -entry.Children.Count);
                if (entry.Open) visible += below;
            }
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) items[i]["Prev"] = references[i - 1];
            if (i + 1 < items.Count) items[i]["Next"] = references[i + 1];
        }
        if (references.Count > 0)
        {
            parent["First"] = references[0];
            parent["Last"] = references[^1];
        }
        return visible;
    }

    private static PdfArray Destination(PdfFile file, List<PdfReference> pages, OutlineEntry entry)
    {
        if (entry.Destination is { } name)
        {
            // Copy the explicit destination so the bookmark works whatever name tree a viewer reads.
            if (file.ResolveDictionary(file.Catalog["Dests"])?[name] is { } dest && file.Resolve(dest) is { } resolved)
            {
                var array = resolved as PdfArray ?? file.Resolve((resolved as PdfDictionary)?["D"]) as PdfArray;
                if (array is not null) return new PdfArray(array.Items);
            }
            throw new ArgumentException($"outline entry '{entry.Title}': named destination '{name}' is not in the PDF", nameof(entry));
        }
        if (entry.PageIndex is not { } index || index < 0 || index >= pages.Count)
            throw new ArgumentException($"outline entry '{entry.Title}': page index {entry.PageIndex} is outside 0..{pages.Count - 1}", nameof(entry));
        var page = file.Page(pages[index]);
        if (entry.TopPt is { } top && file.Box(page, "MediaBox") is { } box)
            return new PdfArray([pages[index], new PdfName("XYZ"), PdfNull.Instance, new PdfNumber(box.Top - top), PdfNull.Instance]);
        return new PdfArray([pages[index], new PdfName("Fit")]);
    }
}
