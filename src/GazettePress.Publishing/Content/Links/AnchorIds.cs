using System.Text.RegularExpressions;

namespace GazettePress.Content.Links;

/// <summary>
/// The rules for ids inside a document, shared by the check and the build: which ids an editor may
/// write with <c>{#id}</c>, and which ids every output makes a link target.
/// </summary>
public static partial class AnchorIds
{
    public const string AttachmentPrefix = "attachment-";

    /// <summary>Prefixes the outputs use for ids of their own: the templates' doc-…, the EPUB's page-… markers.</summary>
    private static readonly string[] ReservedPrefixes = ["doc-", "page-"];

    /// <summary>An id an editor may give a heading: at least two characters, an ASCII letter first, not a form the outputs generate.</summary>
    public static bool IsWritable(string id) =>
        Written().IsMatch(id) && !IsGenerated(id) && !id.StartsWith(AttachmentPrefix, StringComparison.Ordinal)
        && !ReservedPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));

    /// <summary>
    /// Whether an id of a document's XHTML is a link target in every output: headings (h-N and given
    /// ids) and attachment entries are; the running ids of plain blocks (b-N) and the templates' own
    /// blocks (doc-…) are not.
    /// </summary>
    public static bool IsLinkTarget(string id) =>
        !PlainBlock().IsMatch(id) && (!id.StartsWith("doc-", StringComparison.Ordinal) || AttachmentBlockForm().IsMatch(id));

    /// <summary>
    /// The id of the block that carries a link target in the print template: an attachment entry is the
    /// template's block doc-attachment-N (its page-start key), which the EPUB also names attachment-N on
    /// the entry's text; every other id is its own block.
    /// </summary>
    public static string PrintBlockId(string anchor) =>
        AttachmentForm().IsMatch(anchor) ? "doc-" + anchor : anchor;

    [GeneratedRegex("^attachment-[0-9]+$")]
    private static partial Regex AttachmentForm();

    [GeneratedRegex("^doc-attachment-[0-9]+$")]
    private static partial Regex AttachmentBlockForm();

    /// <summary>h-N and b-N: ids the body renderer numbers by itself.</summary>
    public static bool IsGenerated(string id) => GeneratedForm().IsMatch(id);

    public static string Attachment(int number) => AttachmentPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]+$")]
    private static partial Regex Written();

    [GeneratedRegex("^[hb]-[0-9]+$")]
    private static partial Regex GeneratedForm();

    [GeneratedRegex("^b-[0-9]+$")]
    private static partial Regex PlainBlock();
}
