namespace GazettePress.Layout.Text;

public enum BreakOpportunity : byte
{
    /// <summary>No line break here.</summary>
    None = 0,
    /// <summary>A line may break here.</summary>
    Allowed = 1,
    /// <summary>A line must break here (after a line separator).</summary>
    Mandatory = 2,
}

/// <summary>
/// Finds where lines may break. <c>result[i]</c> describes the position before <c>text[i]</c>;
/// <c>result</c> has <c>text.Length + 1</c> entries and the last one is the end of the text.
/// </summary>
public interface ILineBreakOpportunities
{
    void Find(string text, Span<BreakOpportunity> result);
}

/// <summary>
/// A small stand-in for the full UAX #14 breaker: breaks around Han characters and after spaces,
/// keeps Latin words and numbers whole, honours the GB line-start and line-end prohibitions and
/// keeps —— and …… together.
/// </summary>
public sealed class SimpleLineBreakOpportunities : ILineBreakOpportunities
{
    public static SimpleLineBreakOpportunities Instance { get; } = new();

    public void Find(string text, Span<BreakOpportunity> result)
    {
        if (result.Length != text.Length + 1) throw new ArgumentException("result must have text.Length + 1 entries", nameof(result));
        result.Clear();
        if (text.Length == 0) return;
        result[text.Length] = BreakOpportunity.Mandatory;
        int prevIndex = -1, prev = 0;
        for (int i = 0; i < text.Length;)
        {
            int cp = text.ConvertToUtf32OrReplacement(i, out int width);
            if (prevIndex >= 0)
                result[i] = Between(prev, cp);
            prevIndex = i;
            prev = cp;
            i += width;
        }
    }

    private static BreakOpportunity Between(int before, int after)
    {
        var a = CharKinds.Of(before);
        var b = CharKinds.Of(after);
        if (a == CharKind.NewLine) return BreakOpportunity.Mandatory;
        if (b is CharKind.Space or CharKind.NewLine) return BreakOpportunity.None;
        if (IsLineStartProhibited(after) || IsLineEndProhibited(before)) return BreakOpportunity.None;
        if (a == b && a is CharKind.Dash or CharKind.Ellipsis) return BreakOpportunity.None;
        if (a == CharKind.Space) return BreakOpportunity.Allowed;
        if (CharKinds.IsWordPart(a) && CharKinds.IsWordPart(b)) return BreakOpportunity.None;
        return BreakOpportunity.Allowed;
    }

    internal static bool IsLineStartProhibited(int cp) => cp switch
    {
        '、' or '，' or '。' or '．' or '；' or '：' or '？' or '！' or '\u201D' or '\u2019' or '）' or '】' or '〕' or '》'
            or '〉' or '」' or '』' or '〗' or '〙' or '］' or '｝' or '·' or '～' or '・' or '々' or '゛' or '゜' or '‰' or '％'
            or ')' or ']' or '}' or ',' or '.' or ';' or ':' or '?' or '!' or '%' => true,
        _ => false,
    };

    internal static bool IsLineEndProhibited(int cp) => cp switch
    {
        '\u201C' or '\u2018' or '（' or '【' or '〔' or '《' or '〈' or '「' or '『' or '〖' or '〘' or '［' or '｛'
            or '(' or '[' or '{' => true,
        _ => false,
    };
}

internal static class CharExtensions
{
    /// <summary>The code point at <paramref name="index"/>; a lone surrogate reads as U+FFFD.</summary>
    public static int ConvertToUtf32OrReplacement(this string text, int index, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        width = 1;
        return char.IsSurrogate(c) ? 0xFFFD : c;
    }
}
