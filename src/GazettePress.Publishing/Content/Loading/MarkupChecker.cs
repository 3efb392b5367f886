using GazettePress.Content.Rendering;
using GazettePress.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GazettePress.Content.Loading;

/// <summary>
/// Checks body markup that Markdown accepts but that is probably not what the editor meant:
/// unknown <c>::: name</c> blocks, and ^…^ / ~…~ spans that hold Chinese text (usually two
/// ranges such as 3~5年、10~20人 read as one subscript).
/// </summary>
internal static class MarkupChecker
{
    private static readonly string[] KnownContainers = { "keyvalue", "signature" };
    private const int LongestScript = 8;

    public static void Check(IEnumerable<GazetteDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
        {
            var lines = new LineIndex(document.BodyMarkdown);
            foreach (var node in BodyMarkdown.Parse(document.BodyMarkdown).Descendants())
            {
                switch (node)
                {
                    case CustomContainer container when !KnownContainers.Contains(container.Info ?? ""):
                        var near = KeySuggester.Suggest(container.Info ?? "", KnownContainers);
                        diagnostics.Add(Diagnostic.Create(ContentMessages.UnknownContainer, ReferenceChecker.Locate(document, lines, container.Span.Start),
                            ("name", container.Info ?? ""),
                            ("fix", near is null ? ContentMessages.ContainerFixGeneral.With() : ContentMessages.ContainerFixNear.With(("name", near)))));
                        break;
                    case EmphasisInline { DelimiterChar: '~' or '^' } script when LooksAccidental(BodyXhtmlRenderer.PlainText(script)):
                        var text = BodyXhtmlRenderer.PlainText(script);
                        var kind = script.DelimiterChar == '~' ? ContentMessages.Subscript : ContentMessages.Superscript;
                        diagnostics.Add(Diagnostic.Create(ContentMessages.SuspiciousScript, ReferenceChecker.Locate(document, lines, script.Span.Start),
                            ("text", $"{script.DelimiterChar}{text}{script.DelimiterChar}"), ("kind", kind.With()), ("mark", script.DelimiterChar.ToString())));
                        break;
                }
            }
        }
    }

    private static bool LooksAccidental(string text) => text.Length > LongestScript || text.Any(c => c > 0x7F);
}
