using GazettePress.Layout.Painting;

namespace GazettePress.Publishing.Pdf;

/// <summary>
/// Puts the font programs HarfBuzz subset into the painted PDF in place of the outline-less copies
/// Skia was given to write the text with (<see cref="FontProgram"/>), so the embedded fonts are
/// exactly the subsets.
/// </summary>
public static class FontProgramRestorer
{
    /// <summary>The PDF with every listed program restored; the input itself when there is nothing to do.</summary>
    public static byte[] Restore(byte[] pdf, IReadOnlyList<FontProgram> programs)
    {
        if (programs.Count == 0) return pdf;
        var file = PdfFile.Load(pdf);
        var pending = programs.ToList();
        var visited = new HashSet<int>();
        foreach (var pageReference in file.PageReferences())
        {
            var resources = file.ResolveDictionary(file.Inherited(file.Page(pageReference), "Resources"));
            if (file.ResolveDictionary(resources?["Font"]) is not { } fonts) continue;
            foreach (var (_, font) in fonts.Entries)
                foreach (var program in FontFiles(file, file.ResolveDictionary(font)))
                {
                    if (!visited.Add(program.Number) || file.Resolve(program) is not PdfStream stream) continue;
                    var match = pending.FindIndex(p => stream.Dictionary["Length1"] is PdfNumber n && n.IntValue == p.Embedded.Length
                                                      && PdfFilters.Decode(stream, file) is { } decoded && decoded.AsSpan().SequenceEqual(p.Embedded));
                    if (match < 0) continue;
                    stream.Data = pending[match].OriginalDeflated.GetAwaiter().GetResult();
                    stream.Dictionary["Length1"] = new PdfNumber(pending[match].Original.Length);
                    stream.Dictionary["Filter"] = new PdfName("FlateDecode");
                    stream.Dictionary.Remove("DecodeParms");
                    pending.RemoveAt(match);
                }
        }
        if (pending.Count > 0)
            throw new InvalidOperationException($"the painted PDF does not embed the font program of {string.Join(", ", pending.Select(p => p.Name))} as given to Skia");
        return PdfWriter.Write(file);
    }

    /// <summary>The FontFile2 streams of a font: its own descriptor's, or its descendant CID fonts'.</summary>
    private static IEnumerable<PdfReference> FontFiles(PdfFile file, PdfDictionary? font)
    {
        if (font is null) yield break;
        if (file.ResolveDictionary(font["FontDescriptor"])?["FontFile2"] is PdfReference own) yield return own;
        if (file.Resolve(font["DescendantFonts"]) is PdfArray descendants)
            foreach (var descendant in descendants.Items)
                if (file.ResolveDictionary(file.ResolveDictionary(descendant)?["FontDescriptor"])?["FontFile2"] is PdfReference program)
                    yield return program;
    }
}
