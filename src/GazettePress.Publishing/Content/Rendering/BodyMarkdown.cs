using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers;
using Markdig.Syntax;

namespace GazettePress.Content.Rendering;

/// <summary>
/// The one Markdown dialect of document bodies. Lists, code blocks, quotes, raw HTML and thematic
/// breaks are switched off so that official text such as "12. 加强监督" or "1. 总则" at line start
/// stays text with its number kept verbatim (item numbers must never be renumbered).
/// </summary>
public static class BodyMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseCustomContainers()
            .UseEmphasisExtras(EmphasisExtraOptions.Superscript | EmphasisExtraOptions.Subscript)
            // **（一）提高站位。**各级…: CommonMark's flanking rules do not close ** between 。 and a Chinese character.
            .UseCjkFriendlyEmphasis()
            .UseGenericAttributes(); // must come last: it hooks the parsers added before it
        builder.BlockParsers.TryRemove<ListBlockParser>();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.TryRemove<FencedCodeBlockParser>();
        builder.BlockParsers.TryRemove<QuoteBlockParser>();
        builder.BlockParsers.TryRemove<HtmlBlockParser>();
        builder.BlockParsers.TryRemove<ThematicBreakParser>();
        return builder.Build();
    }
}
