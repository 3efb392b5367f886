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
    public static void Check(ComposedIssue composed, Issue issue, DiagnosticBag diagnostics)
    {
        var anchors = composed.Pages.SelectMany(p => p.Content.Items.OfType<AnchorItem>()).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in composed.Pages)
        {
            foreach (var link in page.Content.Items.OfType<LinkItem>())
            {
                if (link.Target.Destination is not { } destination || anchors.Contains(destination) || !reported.Add(destination)) continue;
                var href = composed.Elements.TryGet(link.Source, out var element) ? element.Href ?? "#" + destination : "#" + destination;
                var file = issue.FindDocument(page.DocumentId)?.SourcePath ?? TemplateSet.MainTemplate;
                diagnostics.Add(TemplateMessages.LinkNotPlaced, new SourceLocation(file), ("href", href), ("target", destination));
            }
        }
    }
}
