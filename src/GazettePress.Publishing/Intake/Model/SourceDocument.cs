using GazettePress.Diagnostics;

namespace GazettePress.Intake.Model;

/// <summary>What a reader made of one input file: blocks in reading order, facts a web page states around the document, and the reader's own doubts.</summary>
public sealed record SourceDocument(string SourceName, IReadOnlyList<SourceBlock> Blocks, IReadOnlyList<Diagnostic> Notes)
{
    /// <summary>Facts of a web page outside the document text (metadata table, attachment links, 政策解读); null for Word and text.</summary>
    public WebPageFacts? Page { get; init; }

    /// <summary>What the reader left out on purpose (a web page's print and share links, its footer lines).</summary>
    public IReadOnlyList<Recognition.DroppedPart> Dropped { get; init; } = [];
}

/// <summary>
/// What a government website states about the document outside its text: the 索引号/发布机构/发文字号/
/// 成文日期 table, the page's heading, the 附件 links and the 政策解读 link.
/// </summary>
public sealed record WebPageFacts(
    string? Title,
    string? DocNumber,
    string? Date,
    string? Issuer,
    IReadOnlyList<string> AttachmentTitles,
    string? InterpretationUrl,
    string? InterpretationHref);

/// <summary>A reader's result: the document, or the errors that stopped it.</summary>
public sealed record SourceReadResult(SourceDocument? Document, IReadOnlyList<Diagnostic> Errors)
{
    public static SourceReadResult Failed(Diagnostic error) => new(null, [error]);
}
