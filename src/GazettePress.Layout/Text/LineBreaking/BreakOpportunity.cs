namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Whether a line may end before a given UTF-16 position. Values are ordered so that
/// <c>value &gt;= Allowed</c> means "a break may be taken here".
/// </summary>
public enum BreakOpportunity : byte
{
    /// <summary>No break: inside a word, number, surrogate pair, or forbidden by a rule.</summary>
    Prohibited = 0,

    /// <summary>
    /// Only a last resort (inside a URL or e-mail address, after a slash or before a dot; inside the issuer
    /// code of a 文号): treat as <see cref="Prohibited"/> unless a line cannot otherwise be made to fit the
    /// measure.
    /// </summary>
    Emergency = 1,

    /// <summary>A break may be taken here.</summary>
    Allowed = 2,

    /// <summary>A break must be taken here (after a line feed, paragraph separator, … and at the end of text).</summary>
    Mandatory = 3,
}
