using GazettePress.Layout.Blocks;
using GazettePress.Layout.Paragraphs;

namespace GazettePress.Publishing.Composition;

internal sealed partial class BlockBuilder
{
    /// <summary>
    /// GB/T 9704-2012 §7.3.5: the date (p.date) right-aligned at its own right indent (four characters
    /// in print.css), each issuer line (p.issuer) centred over the date; an issuer wider than that
    /// allows stays inside the measure, flush right. A signer line (令) keeps its own style.
    /// </summary>
    private Block Signature(GroupBlock signature)
    {
        var date = signature.Children.OfType<ParagraphBlock>().LastOrDefault(p => HasClass(p, "date"));
        if (date is null) return signature;
        var dateWidth = Measure(date);
        var dateCentre = date.Box.IndentRightPt + dateWidth / 2; // from the right edge
        var children = signature.Children.Select(child =>
        {
            if (child is not ParagraphBlock issuer || !HasClass(issuer, "issuer")) return child;
            var width = Measure(issuer);
            var right = Math.Max(0, dateCentre - width / 2);
            return issuer with
            {
                Style = issuer.Style with { Alignment = ParagraphAlignment.Right, FirstLineIndentEm = 0 },
                Box = issuer.Box with { IndentRightPt = right },
            };
        }).ToList();
        return signature with { Children = children };
    }

    private bool HasClass(ParagraphBlock p, string name) =>
        p.Box.Source is { } source && _elementClasses.TryGetValue(source.Id, out var classes) && classes.Contains(name);

    /// <summary>The natural width of a paragraph's text on one line.</summary>
    private double Measure(ParagraphBlock p)
    {
        var layout = _paragraphs.Layout(p.Runs, p.Style with { Alignment = ParagraphAlignment.Left, FirstLineIndentEm = 0, HangingLabelChars = 0 }, 100_000);
        return layout.Lines.Length == 0 ? 0 : layout.Lines[0].ContentRight - layout.Lines[0].ContentLeft;
    }
}
