using System.Globalization;
using System.Text;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GazettePress.Content.Safety;

/// <summary>
/// Character references (<c>&amp;#1114112;</c>, <c>&amp;#0;</c>, <c>&amp;#x1F600;</c>) become their
/// characters only when the Markdown is parsed, so the character checks on the text pass them by:
/// an invalid one becomes U+FFFD, and the build failed at a template line. Here every reference of
/// the parsed body is checked for what it stands for: a character nothing prints (CharacterCheck)
/// or, when fonts are given, one no font has — reported at the reference.
/// </summary>
internal static class CharacterReferenceCheck
{
    public static void Check(GazetteDocument document, MarkdownDocument parsed, ICharacterCoverage? coverage, DiagnosticBag diagnostics)
    {
        LineIndex? lines = null;
        foreach (var entity in parsed.Descendants<HtmlEntityInline>())
        {
            var text = entity.Transcoded.ToString();
            foreach (var rune in text.EnumerateRunes())
            {
                var unprintable = CharacterCheck.IsUnprintable(rune.Value);
                if (!unprintable && (coverage is null || rune.Value < 0x20 || coverage.CanDraw(rune.Value))) continue;
                lines ??= new LineIndex(document.BodyMarkdown);
                diagnostics.Add(SafetyMessages.BadCharacterReference, ReferenceChecker.Locate(document, lines, entity.Span.Start),
                    ("reference", entity.Original.ToString()), ("codepoint", rune.Value.ToString("X4", CultureInfo.InvariantCulture)),
                    ("why", unprintable ? SafetyMessages.ReferenceUnprintable.With() : SafetyMessages.ReferenceNoFont.With()));
                break;
            }
        }
    }
}
