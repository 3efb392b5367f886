using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Epub;

namespace GazettePress.Content.Safety;

/// <summary>
/// Document ids become file names in the EPUB, where names that differ only in case collide
/// (EPUBCheck OPF-060, a duplicate ZIP entry; on Windows and macOS they are one file), and where
/// the e-edition's own pages (cover, toc, nav, …) are taken. Reported at the second listing in issue.yaml.
/// </summary>
internal static class DocumentIdCheck
{
    public static void Check(IEnumerable<DocumentRef> references, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, DocumentRef>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in references)
        {
            if (EpubBuilder.ReservedPageNames.Contains(reference.Id))
                diagnostics.Add(SafetyMessages.ReservedId, reference.Location, ("id", reference.Id),
                    ("names", string.Join(", ", EpubBuilder.ReservedPageNames.Order(StringComparer.Ordinal))));
            else if (first.TryGetValue(reference.Id, out var earlier) && earlier.Id != reference.Id)
                diagnostics.Add(SafetyMessages.IdsDifferInCase, reference.Location, ("id", reference.Id), ("other", earlier.Id),
                    ("line", earlier.Location.Line));
            else
                first.TryAdd(reference.Id, reference);
        }
    }
}
