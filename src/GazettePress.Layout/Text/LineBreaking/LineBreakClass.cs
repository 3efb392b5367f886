namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// The Line_Break property values of UAX #14 (Unicode 15.0), with the short names used in LineBreak.txt.
/// The numeric values are stored in the generated table, so never reorder them without regenerating.
/// </summary>
public enum LineBreakClass : byte
{
    XX = 0, // unknown
    AI, // ambiguous (alphabetic or ideographic)
    AL, // alphabetic
    B2, // break opportunity before and after (em dash)
    BA, // break after
    BB, // break before
    BK, // mandatory break
    CB, // contingent break
    CJ, // conditional Japanese starter (small kana)
    CL, // close punctuation
    CM, // combining mark
    CP, // close parenthesis
    CR, // carriage return
    EB, // emoji base
    EM, // emoji modifier
    EX, // exclamation / interrogation
    GL, // non-breaking ("glue")
    H2, // Hangul LV syllable
    H3, // Hangul LVT syllable
    HL, // Hebrew letter
    HY, // hyphen
    ID, // ideographic
    IN, // inseparable (leaders, ellipsis)
    IS, // infix numeric separator
    JL, // Hangul L jamo
    JT, // Hangul T jamo
    JV, // Hangul V jamo
    LF, // line feed
    NL, // next line
    NS, // nonstarter
    NU, // numeric
    OP, // open punctuation
    PO, // postfix numeric
    PR, // prefix numeric
    QU, // quotation
    RI, // regional indicator
    SA, // complex-context dependent (South East Asian)
    SG, // surrogate
    SP, // space
    SY, // symbols allowing break after
    WJ, // word joiner
    ZW, // zero width space
    ZWJ, // zero width joiner
}

/// <summary>
/// Extra facts about a code point that some rules of UAX #14 need besides its Line_Break class.
/// Each qualifier is only recorded for the classes whose rules read it, which keeps the table small.
/// </summary>
internal enum LineBreakQualifier : byte
{
    None = 0,

    /// <summary>An OP or CP whose East_Asian_Width is F, W or H (excluded from LB30).</summary>
    EastAsianWide = 1,

    /// <summary>An SA character whose General_Category is Mn or Mc (LB1 resolves it to CM).</summary>
    CombiningMark = 2,

    /// <summary>Extended_Pictographic and unassigned (General_Category Cn): may be followed by EM (LB30b).</summary>
    UnassignedPictographic = 3,
}
