using System.Globalization;

namespace GazettePress.Publishing.Templates;

/// <summary>A length as written in the style file; em is resolved against a font size later.</summary>
public readonly record struct Length(double Value, LengthUnit Unit)
{
    public const double PointsPerMm = 72.0 / 25.4;

    public double ToPoints(double fontSizePt) => Unit switch
    {
        LengthUnit.Pt => Value,
        LengthUnit.Mm => Value * PointsPerMm,
        LengthUnit.Em => Value * fontSizePt,
        LengthUnit.Factor => Value * fontSizePt,
        _ => Value,
    };

    public static Length Points(double pt) => new(pt, LengthUnit.Pt);

    public override string ToString() => Unit switch
    {
        LengthUnit.Factor => Value.ToString(CultureInfo.InvariantCulture),
        _ => Value.ToString(CultureInfo.InvariantCulture) + Unit.ToString().ToLowerInvariant(),
    };
}

public enum LengthUnit { Pt, Mm, Em, Factor }

/// <summary>Parsing of the value syntaxes the style file accepts.</summary>
public static class StyleValues
{
    /// <summary>Traditional Chinese type sizes (字号) in points.</summary>
    public static readonly IReadOnlyDictionary<string, double> ChineseSizes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["初号"] = 42, ["小初"] = 36, ["一号"] = 26, ["小一"] = 24, ["二号"] = 22, ["小二"] = 18,
        ["三号"] = 16, ["小三"] = 15, ["四号"] = 14, ["小四"] = 12, ["五号"] = 10.5, ["小五"] = 9,
        ["六号"] = 7.5, ["小六"] = 6.5, ["七号"] = 5.5, ["八号"] = 5,
    };

    public static readonly IReadOnlyDictionary<string, uint> NamedColors = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = 0x000000, ["white"] = 0xFFFFFF, ["red"] = 0xD00000, ["gray"] = 0x808080, ["grey"] = 0x808080,
    };

    /// <summary>pt, mm, cm, in, px, em or a 号 size name.</summary>
    public static bool TryParseLength(string text, out Length length, bool allowUnitless = false)
    {
        text = text.Trim();
        length = default;
        if (ChineseSizes.TryGetValue(text, out var named)) { length = Length.Points(named); return true; }
        (string suffix, LengthUnit unit, double scale)[] units =
        [
            ("pt", LengthUnit.Pt, 1), ("mm", LengthUnit.Mm, 1), ("cm", LengthUnit.Mm, 10),
            ("in", LengthUnit.Pt, 72), ("px", LengthUnit.Pt, 0.75), ("em", LengthUnit.Em, 1),
        ];
        foreach (var (suffix, unit, scale) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                length = new Length(v * scale, unit);
                return true;
            }
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain))
        {
            if (plain == 0) { length = Length.Points(0); return true; }
            if (allowUnitless) { length = new Length(plain, LengthUnit.Factor); return true; }
        }
        return false;
    }

    public static bool TryParseColor(string text, out uint rgb)
    {
        text = text.Trim();
        if (NamedColors.TryGetValue(text, out rgb)) return true;
        if (text.StartsWith('#'))
        {
            var hex = text[1..];
            if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
            if (hex.Length == 6 && uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out rgb)) return true;
        }
        rgb = 0;
        return false;
    }

    /// <summary>A quoted string "…" or '…'; returns false when the value is not quoted.</summary>
    public static bool TryParseString(string text, out string value)
    {
        text = text.Trim();
        if (text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0])
        {
            value = text[1..^1].Replace("\\\"", "\"");
            return true;
        }
        value = "";
        return false;
    }
}
