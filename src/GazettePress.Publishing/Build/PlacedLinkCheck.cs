using GazettePress.Content;
using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Build;

/// <summary>
/// The build's own proof that <c>check</c> and composition agree on links: every internal link
/// painted on a page must have its named destination on some page. A link without one is an error
/// (a bug, GP2010), so no dead link is ever written.
/// </summary>
public static class PlacedLinkCheck
{
    public static void Check(IReadOnlyList<Page> pages, ComposedIssue composed, Issue issue, DiagnosticBag diagnostics)
    {
        var anchors = pages.SelectMany(p => p.Items.OfType<AnchorItem>()).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var link in pages[i].Items.OfType<LinkItem>())
            {
                if (link.Target.Destination is not { } destination || anchors.Contains(destination) || !reported.Add(destination)) continue;
                var documentId = i < composed.Pages.Count ? composed.Pages[i].DocumentId : "";
                var file = issue.FindDocument(documentId)?.SourcePath ?? TemplateSet.MainTemplate;
                diagnostics.Add(TemplateMessages.LinkNotPlaced, new SourceLocation(file), ("href", "#" + destination), ("target", destination));
            }
        }
    }
}
