namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// The pair rules of UAX #14 (Unicode 15.0, rules LB2–LB31) with the regular-expression number rule of
/// the standard's Example 7 in place of LB25, which is what LineBreakTest.txt expects. One forward pass
/// keeps the little context the rules need (the unit before a run of spaces, the number being read, the
/// count of regional indicators), so it allocates nothing.
/// </summary>
internal static class Uax14Algorithm
{
    private enum NumberState : byte
    {
        None,
        InNumber, // after NU (NU | SY | IS)*
        AfterClose, // after NU (NU | SY | IS)* (CL | CP)
    }

    /// <summary>Fills <paramref name="result"/> (length text.Length + 1) with the break before each position.</summary>
    public static void Compute<TClassifier>(ReadOnlySpan<char> text, Span<BreakOpportunity> result, TClassifier classifier)
        where TClassifier : struct, ICodePointClassifier
    {
        if (result.Length != text.Length + 1)
        {
            throw new ArgumentException($"The result needs {text.Length + 1} entries, one per position including the end.", nameof(result));
        }

        result[0] = BreakOpportunity.Prohibited; // LB2: never break at the start of text.
        if (text.IsEmpty)
        {
            return;
        }

        var index = 0;
        var first = ReadResolved(text, ref index, classifier, out var firstQualifier);
        ProhibitInsideSurrogatePair(result, 0, index);
        var context = Context.AtStart(first, firstQualifier);

        while (index < text.Length)
        {
            var position = index;
            var current = ReadResolved(text, ref index, classifier, out var qualifier);
            ProhibitInsideSurrogatePair(result, position, index);

            // LB9: X (CM | ZWJ)* is treated as X, unless X is a break or space.
            var absorbed = current is LineBreakClass.CM or LineBreakClass.ZWJ
                && context.PreviousActual is not (LineBreakClass.BK or LineBreakClass.CR or LineBreakClass.LF
                    or LineBreakClass.NL or LineBreakClass.SP or LineBreakClass.ZW);

            var unit = absorbed ? context.Previous
                : current is LineBreakClass.CM or LineBreakClass.ZWJ ? LineBreakClass.AL // LB10
                : current;
            if (!absorbed && unit != current)
            {
                qualifier = LineBreakQualifier.None;
            }

            // Two ideographs, the bulk of Chinese text: no rule before LB31 applies.
            result[position] = current == LineBreakClass.ID && context.PreviousActual == LineBreakClass.ID
                ? BreakOpportunity.Allowed
                : Decide(text, index, classifier, in context, current, unit, qualifier, absorbed);
            context.Advance(current, unit, qualifier, absorbed);
        }

        result[text.Length] = BreakOpportunity.Mandatory; // LB3: always break at the end of text.
    }

    /// <summary>What the rules need to know about the text before the position being decided.</summary>
    private struct Context
    {
        /// <summary>The previous code point's own class (CM and ZWJ stay as they are), for LB4–LB9.</summary>
        public LineBreakClass PreviousActual;

        /// <summary>The previous unit's class after LB9 (X CM* is X) and LB10 (a lone CM is AL), for LB11 on.</summary>
        public LineBreakClass Previous;

        /// <summary>The qualifier of the previous unit's base character (LB30, LB30b).</summary>
        public LineBreakQualifier PreviousQualifier;

        /// <summary>The unit before <see cref="Previous"/>, for LB21a.</summary>
        public LineBreakClass BeforePrevious;

        /// <summary>The last unit that is not SP, for the "SP*" rules LB8 and LB14–LB17.</summary>
        public LineBreakClass BeforeSpaces;

        /// <summary>How many RI units end at the previous one, for LB30a.</summary>
        public int RegionalIndicators;

        /// <summary>Where we are in a number, for LB25.</summary>
        public NumberState Number;

        public static Context AtStart(LineBreakClass first, LineBreakQualifier qualifier)
        {
            var unit = first is LineBreakClass.CM or LineBreakClass.ZWJ ? LineBreakClass.AL : first; // LB10
            var context = new Context { PreviousActual = first, Previous = LineBreakClass.XX, BeforeSpaces = LineBreakClass.XX };
            context.Advance(first, unit, unit == first ? qualifier : LineBreakQualifier.None, absorbed: false);
            return context;
        }

        public void Advance(LineBreakClass current, LineBreakClass unit, LineBreakQualifier qualifier, bool absorbed)
        {
            PreviousActual = current;
            if (absorbed)
            {
                return;
            }

            BeforePrevious = Previous;
            Previous = unit;
            PreviousQualifier = qualifier;
            if (unit != LineBreakClass.SP)
            {
                BeforeSpaces = unit;
            }

            RegionalIndicators = unit == LineBreakClass.RI ? RegionalIndicators + 1 : 0;
            Number = NextNumberState(Number, unit);
        }
    }

    private static BreakOpportunity Decide<TClassifier>(
        ReadOnlySpan<char> text,
        int next,
        TClassifier classifier,
        in Context context,
        LineBreakClass current,
        LineBreakClass b,
        LineBreakQualifier bQualifier,
        bool absorbed)
        where TClassifier : struct, ICodePointClassifier
    {
        var previousActual = context.PreviousActual;
        var a = context.Previous;
        var beforeA = context.BeforePrevious;
        var beforeSpaces = context.BeforeSpaces;
        var aQualifier = context.PreviousQualifier;
        var regionalIndicators = context.RegionalIndicators;
        var number = context.Number;
        const BreakOpportunity no = BreakOpportunity.Prohibited;
        const BreakOpportunity yes = BreakOpportunity.Allowed;

        // LB4, LB5: hard line breaks.
        if (previousActual == LineBreakClass.BK)
        {
            return BreakOpportunity.Mandatory;
        }

        if (previousActual == LineBreakClass.CR && current == LineBreakClass.LF)
        {
            return no;
        }

        if (previousActual is LineBreakClass.CR or LineBreakClass.LF or LineBreakClass.NL)
        {
            return BreakOpportunity.Mandatory;
        }

        // LB6: no break before a hard line break. LB7: no break before spaces or ZW.
        if (current is LineBreakClass.BK or LineBreakClass.CR or LineBreakClass.LF or LineBreakClass.NL
            or LineBreakClass.SP or LineBreakClass.ZW)
        {
            return no;
        }

        // LB8: break after ZW SP*.
        if (beforeSpaces == LineBreakClass.ZW && (a == LineBreakClass.ZW || a == LineBreakClass.SP))
        {
            return yes;
        }

        // LB8a: no break after ZWJ. LB9: no break inside X (CM | ZWJ)*.
        if (previousActual == LineBreakClass.ZWJ || absorbed)
        {
            return no;
        }

        // LB11: word joiner.
        if (a == LineBreakClass.WJ || b == LineBreakClass.WJ)
        {
            return no;
        }

        // LB12, LB12a: glue.
        if (a == LineBreakClass.GL
            || (b == LineBreakClass.GL && a is not (LineBreakClass.SP or LineBreakClass.BA or LineBreakClass.HY)))
        {
            return no;
        }

        // LB13 as tailored by Example 7: × EX; [^NU] × (CL | CP | IS | SY). After NU, LB25 decides.
        if (b == LineBreakClass.EX
            || (b is LineBreakClass.CL or LineBreakClass.CP or LineBreakClass.IS or LineBreakClass.SY && a != LineBreakClass.NU))
        {
            return no;
        }

        // LB14: OP SP* ×. LB15: QU SP* × OP. LB16: (CL | CP) SP* × NS. LB17: B2 SP* × B2.
        if (beforeSpaces == LineBreakClass.OP
            || (beforeSpaces == LineBreakClass.QU && b == LineBreakClass.OP)
            || (beforeSpaces is LineBreakClass.CL or LineBreakClass.CP && b == LineBreakClass.NS)
            || (beforeSpaces == LineBreakClass.B2 && b == LineBreakClass.B2))
        {
            return no;
        }

        // LB18: break after spaces.
        if (a == LineBreakClass.SP)
        {
            return yes;
        }

        // LB19: quotation marks.
        if (a == LineBreakClass.QU || b == LineBreakClass.QU)
        {
            return no;
        }

        // LB20: contingent break opportunity.
        if (a == LineBreakClass.CB || b == LineBreakClass.CB)
        {
            return yes;
        }

        // LB21, LB21a, LB21b.
        if (b is LineBreakClass.BA or LineBreakClass.HY or LineBreakClass.NS
            || a == LineBreakClass.BB
            || (a is LineBreakClass.HY or LineBreakClass.BA && beforeA == LineBreakClass.HL)
            || (a == LineBreakClass.SY && b == LineBreakClass.HL))
        {
            return no;
        }

        // LB22: inseparable characters.
        if (b == LineBreakClass.IN)
        {
            return no;
        }

        var aIsLetter = a is LineBreakClass.AL or LineBreakClass.HL;
        var bIsLetter = b is LineBreakClass.AL or LineBreakClass.HL;

        // LB23, LB23a, LB24: letters, numbers, prefixes and postfixes.
        if ((aIsLetter && b == LineBreakClass.NU)
            || (a == LineBreakClass.NU && bIsLetter)
            || (a == LineBreakClass.PR && b is LineBreakClass.ID or LineBreakClass.EB or LineBreakClass.EM)
            || (a is LineBreakClass.ID or LineBreakClass.EB or LineBreakClass.EM && b == LineBreakClass.PO)
            || (a is LineBreakClass.PR or LineBreakClass.PO && bIsLetter)
            || (aIsLetter && b is LineBreakClass.PR or LineBreakClass.PO))
        {
            return no;
        }

        // LB25 as Example 7: (PR | PO) × (OP | HY)? NU; (OP | HY) × NU;
        // NU (NU | SY | IS)* × (NU | SY | IS | CL | CP); NU (NU | SY | IS)* (CL | CP)? × (PO | PR).
        if (a is LineBreakClass.PR or LineBreakClass.PO
            && (b == LineBreakClass.NU || (b is LineBreakClass.OP or LineBreakClass.HY && NextUnitIsNumber(text, next, classifier))))
        {
            return no;
        }

        if ((a is LineBreakClass.OP or LineBreakClass.HY && b == LineBreakClass.NU)
            || (number == NumberState.InNumber
                && b is LineBreakClass.NU or LineBreakClass.SY or LineBreakClass.IS or LineBreakClass.CL or LineBreakClass.CP)
            || (number != NumberState.None && b is LineBreakClass.PO or LineBreakClass.PR))
        {
            return no;
        }

        // LB26, LB27: Korean syllable blocks.
        if ((a == LineBreakClass.JL && b is LineBreakClass.JL or LineBreakClass.JV or LineBreakClass.H2 or LineBreakClass.H3)
            || (a is LineBreakClass.JV or LineBreakClass.H2 && b is LineBreakClass.JV or LineBreakClass.JT)
            || (a is LineBreakClass.JT or LineBreakClass.H3 && b == LineBreakClass.JT)
            || (a is LineBreakClass.JL or LineBreakClass.JV or LineBreakClass.JT or LineBreakClass.H2 or LineBreakClass.H3
                && b == LineBreakClass.PO)
            || (a == LineBreakClass.PR
                && b is LineBreakClass.JL or LineBreakClass.JV or LineBreakClass.JT or LineBreakClass.H2 or LineBreakClass.H3))
        {
            return no;
        }

        // LB28: between letters. LB29: IS × letters.
        if ((aIsLetter || a == LineBreakClass.IS) && bIsLetter)
        {
            return no;
        }

        // LB30: letters and numbers next to narrow (non East Asian) parentheses.
        if ((a is LineBreakClass.AL or LineBreakClass.HL or LineBreakClass.NU
                && b == LineBreakClass.OP && bQualifier != LineBreakQualifier.EastAsianWide)
            || (a == LineBreakClass.CP && aQualifier != LineBreakQualifier.EastAsianWide
                && b is LineBreakClass.AL or LineBreakClass.HL or LineBreakClass.NU))
        {
            return no;
        }

        // LB30a: regional indicators pair up into flags.
        if (a == LineBreakClass.RI && b == LineBreakClass.RI && regionalIndicators % 2 == 1)
        {
            return no;
        }

        // LB30b: emoji modifiers.
        if (b == LineBreakClass.EM && (a == LineBreakClass.EB || aQualifier == LineBreakQualifier.UnassignedPictographic))
        {
            return no;
        }

        return yes; // LB31
    }

    /// <summary>Whether the unit that starts at <paramref name="index"/>, after any CM/ZWJ that join the current one, is NU.</summary>
    private static bool NextUnitIsNumber<TClassifier>(ReadOnlySpan<char> text, int index, TClassifier classifier)
        where TClassifier : struct, ICodePointClassifier
    {
        while (index < text.Length)
        {
            var lineBreakClass = ReadResolved(text, ref index, classifier, out _);
            if (lineBreakClass is not (LineBreakClass.CM or LineBreakClass.ZWJ))
            {
                return lineBreakClass == LineBreakClass.NU;
            }
        }

        return false;
    }

    private static NumberState NextNumberState(NumberState state, LineBreakClass unit) => unit switch
    {
        LineBreakClass.NU => NumberState.InNumber,
        LineBreakClass.SY or LineBreakClass.IS when state == NumberState.InNumber => NumberState.InNumber,
        LineBreakClass.CL or LineBreakClass.CP when state == NumberState.InNumber => NumberState.AfterClose,
        _ => NumberState.None,
    };

    /// <summary>Reads the code point at <paramref name="index"/>, advances past it and returns its LB1-resolved class.</summary>
    private static LineBreakClass ReadResolved<TClassifier>(
        ReadOnlySpan<char> text, ref int index, TClassifier classifier, out LineBreakQualifier qualifier)
        where TClassifier : struct, ICodePointClassifier
    {
        int codePoint = text[index];
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(text[index], text[index + 1]);
            index += 2;
        }
        else
        {
            index++;
        }

        var packed = classifier.Classify(codePoint);
        qualifier = LineBreakData.QualifierOf(packed);
        var lineBreakClass = LineBreakData.ClassOf(packed);

        // LB1: resolve the classes the pair rules do not handle.
        switch (lineBreakClass)
        {
            case LineBreakClass.AI or LineBreakClass.SG or LineBreakClass.XX:
                return LineBreakClass.AL;
            case LineBreakClass.SA:
                return qualifier == LineBreakQualifier.CombiningMark ? LineBreakClass.CM : LineBreakClass.AL;
            case LineBreakClass.CJ:
                return LineBreakClass.NS;
            default:
                return lineBreakClass;
        }
    }

    /// <summary>Never break between the two halves of a surrogate pair.</summary>
    private static void ProhibitInsideSurrogatePair(Span<BreakOpportunity> result, int start, int end)
    {
        if (end - start == 2)
        {
            result[start + 1] = BreakOpportunity.Prohibited;
        }
    }
}
