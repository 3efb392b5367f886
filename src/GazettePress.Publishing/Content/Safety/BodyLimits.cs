using GazettePress.Content.Loading;
using GazettePress.Content.Rendering;
using GazettePress.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GazettePress.Content.Safety;

/// <summary>
/// Decides whether a document body may be parsed and rendered at all. Markdig pairs emphasis and
/// link delimiters in time growing with the square of their number and gives up (with an exception)
/// on deep nesting; our renderer recurses over the tree. So, before anything else touches a body:
/// a text scan bounds ::: nesting and delimiters per paragraph and per document, then the parsed
/// tree's depth is measured without recursion. A body that fails is reported at its line and is
/// never rendered.
/// </summary>
internal static class BodyLimits
{
    /// <summary>True when the body is safe to render; otherwise one located error is added.</summary>
    public static bool Check(GazetteDocument document, DiagnosticBag diagnostics, ICharacterCoverage? coverage = null)
    {
        if (ScanText(document.BodyMarkdown) is { } problem)
        {
            diagnostics.Add(Diagnostic.Create(problem.Id, document.BodyLocation(problem.Line, 1), problem.Arguments));
            return false;
        }
        MarkdownDocument parsed;
        try
        {
            parsed = BodyMarkdown.Parse(document.BodyMarkdown);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            // Markdig's own depth limit ("too deeply nested"): the scan let through something it measures differently.
            diagnostics.Add(SafetyMessages.MarkupTooDeep, document.BodyLocation(1, 1), ("limit", InputLimits.MarkdownDepth));
            return false;
        }
        if (TooDeep(parsed) is { } line)
        {
            diagnostics.Add(SafetyMessages.MarkupTooDeep, document.BodyLocation(line, 1), ("limit", InputLimits.MarkdownDepth));
            return false;
        }
        // The parse is at hand: check here that web addresses are ones the EPUB can carry.
        ExternalLinkCheck.Check(document, parsed, diagnostics);
        CharacterReferenceCheck.Check(document, parsed, coverage, diagnostics);
        return true;
    }

    internal sealed record Problem(DiagnosticId Id, int Line, MessageArgument[] Arguments);

    /// <summary>The first limit the text crosses, with its 1-based body line; null when none.</summary>
    internal static Problem? ScanText(string body)
    {
        var containers = 0;
        var inDocument = 0;
        var inBlock = 0;
        var blockLine = 0;
        var line = 0;
        foreach (var raw in body.AsSpan().EnumerateLines())
        {
            line++;
            var text = raw.TrimStart(' ');
            if (text.IsWhiteSpace())
            {
                inBlock = 0;
                continue;
            }
            if (inBlock == 0) blockLine = line;
            if (raw.Length - text.Length < 4 && text.StartsWith(":::"))
            {
                if (text.TrimStart(':').IsWhiteSpace()) containers = Math.Max(0, containers - 1);
                else if (++containers > InputLimits.ContainerDepth)
                    return new(SafetyMessages.ContainersTooDeep, line, [("limit", InputLimits.ContainerDepth)]);
                inBlock = 0;
                continue;
            }
            var delimiters = CountDelimiters(text);
            inBlock += delimiters;
            inDocument += delimiters;
            if (inBlock > InputLimits.DelimitersPerBlock)
                return new(SafetyMessages.BlockTooDense, blockLine, [("count", inBlock), ("limit", InputLimits.DelimitersPerBlock)]);
            if (inDocument > InputLimits.DelimitersPerDocument)
                return new(SafetyMessages.DocumentTooDense, line, [("count", inDocument), ("limit", InputLimits.DelimitersPerDocument)]);
        }
        return null;
    }

    private static int CountDelimiters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is '*' or '~' or '^' or '[') count++;
        return count;
    }

    /// <summary>The body line of the first element nested deeper than the limit, or null.</summary>
    private static int? TooDeep(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > InputLimits.MarkdownDepth) return node.Line + 1;
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) stack.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) stack.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }
}
