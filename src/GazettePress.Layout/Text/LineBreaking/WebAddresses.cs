namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Finds URLs (http://, https://, ftp://, www.) and e-mail addresses in text and makes each one unit for
/// line breaking: inside it every break is prohibited except emergency breaks after a slash, ?, &amp;, = or #
/// and before a dot or @, which a composer takes only when the address is wider than the measure.
/// </summary>
internal static class WebAddresses
{
    public static void KeepWhole(ReadOnlySpan<char> text, Span<BreakOpportunity> result)
    {
        var index = 0;
        while (index < text.Length)
        {
            var end = index;
            var start = index;
            var c = text[index];
            if (c is 'h' or 'H' or 'f' or 'F' or 'w' or 'W' && (index == 0 || !char.IsAsciiLetterOrDigit(text[index - 1])))
            {
                var rest = text[index..];
                if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
                    || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    end = SkipWhile(text, index, IsUrlCharacter);
                }
            }
            else if (c == '@' && index > 0 && char.IsAsciiLetterOrDigit(text[index - 1])
                && index + 1 < text.Length && char.IsAsciiLetterOrDigit(text[index + 1]))
            {
                start = index;
                while (start > 0 && IsEmailLocalCharacter(text[start - 1]))
                {
                    start--;
                }

                end = SkipWhile(text, index + 1, IsEmailDomainCharacter);
            }

            if (end == index)
            {
                index++;
                continue;
            }

            // Sentence punctuation right after an address belongs to the sentence.
            while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '-')
            {
                end--;
            }

            for (var position = start + 1; position < end; position++)
            {
                result[position] = IsEmergencyPoint(text[position - 1], text[position])
                    ? BreakOpportunity.Emergency
                    : BreakOpportunity.Prohibited;
            }

            index = Math.Max(end, index + 1);
        }
    }

    private static bool IsEmergencyPoint(char before, char after) =>
        (before is '/' or '?' or '&' or '=' or '#' && after != '/') || (after is '.' or '@' && before != '.');

    private static int SkipWhile(ReadOnlySpan<char> text, int index, Func<char, bool> predicate)
    {
        while (index < text.Length && predicate(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsUrlCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '@' or '!'
            or '$' or '&' or '\'' or '*' or '+' or ',' or ';' or '=' or '%';

    private static bool IsEmailLocalCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsEmailDomainCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
