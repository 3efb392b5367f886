using System.Globalization;
using System.Text;

namespace GazettePress.Importing;

/// <summary>Writes YAML scalars: plain when that reads back as the same string, double-quoted otherwise.</summary>
internal static class YamlText
{
    public static string Scalar(string value)
    {
        if (IsPlainSafe(value)) return value;
        var s = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': s.Append("\\\""); break;
                case '\\': s.Append("\\\\"); break;
                case '\n': s.Append("\\n"); break;
                case '\t': s.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) s.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else s.Append(c);
                    break;
            }
        }
        return s.Append('"').ToString();
    }

    private static bool IsPlainSafe(string v)
    {
        if (v.Length == 0 || v != v.Trim() || v.Any(char.IsControl)) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(v[0])) return false;
        if (v.Contains(": ") || v.Contains(" #") || v.EndsWith(':')) return false;
        if (v.Any(c => c is '[' or ']' or '{' or '}' or ',')) return false;
        var lower = v.ToLowerInvariant();
        if (lower is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "y" or "n") return false;
        // Anything that starts like a number or a date would be read as one.
        if (char.IsAsciiDigit(v[0]) || v[0] is '+' or '.') return false;
        return true;
    }
}
