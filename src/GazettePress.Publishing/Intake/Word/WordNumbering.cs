using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GazettePress.Intake.Word;

/// <summary>
/// Word's automatic numbering (numbering.xml) turned into the literal labels the reader saw:
/// 一、 （一） 1. （1） ① 1.1 … Counters belong to the abstract list, as in Word: lists that share
/// one continue each other unless a list restarts a level (startOverride); a level restarts
/// whenever a level above it is used.
/// </summary>
internal sealed class WordNumbering
{
    private sealed record LevelDefinition(string Format, string Text, int Start, bool Legal, string Suffix, int? RestartAfter);

    private sealed class Counters
    {
        public readonly int[] Values = new int[9];
        public readonly bool[] Used = new bool[9];
    }

    private readonly Dictionary<int, int> _abstractOfNum = new();
    private readonly Dictionary<int, Dictionary<int, int>> _startOverrides = new();
    private readonly Dictionary<int, Dictionary<int, LevelDefinition>> _levelOverrides = new();
    private readonly Dictionary<int, Dictionary<int, LevelDefinition>> _abstractLevels = new();
    private readonly Dictionary<int, Counters> _counters = new();
    private readonly HashSet<int> _numsStarted = new();

    public WordNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null) return;
        foreach (var abs in numbering.Elements<AbstractNum>())
        {
            if (abs.AbstractNumberId?.Value is not { } id) continue;
            var levels = new Dictionary<int, LevelDefinition>();
            foreach (var level in abs.Elements<Level>())
                if (level.LevelIndex?.Value is { } index) levels[index] = Read(level);
            _abstractLevels[id] = levels;
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } absId) continue;
            _abstractOfNum[numId] = absId;
            foreach (var over in num.Elements<LevelOverride>())
            {
                if (over.LevelIndex?.Value is not { } lvl) continue;
                if (over.StartOverrideNumberingValue?.Val?.Value is { } start)
                    (_startOverrides.TryGetValue(numId, out var s) ? s : _startOverrides[numId] = new())[lvl] = start;
                if (over.Level is { } level)
                    (_levelOverrides.TryGetValue(numId, out var l) ? l : _levelOverrides[numId] = new())[lvl] = Read(level);
            }
        }
    }

    private static LevelDefinition Read(Level level)
    {
        var format = level.NumberingFormat?.Val?.InnerText ?? "decimal";
        var text = level.LevelText?.Val?.Value ?? "";
        var start = level.StartNumberingValue?.Val?.Value ?? 1;
        var legal = level.IsLegalNumberingStyle is { } lgl && (lgl.Val?.Value ?? true);
        var suffix = level.LevelSuffix?.Val?.InnerText ?? "tab";
        int? restart = level.LevelRestart?.Val?.Value;
        return new LevelDefinition(format, text, start, legal, suffix, restart);
    }

    /// <summary>The label of the next paragraph of list <paramref name="numId"/> at <paramref name="level"/>, gap included; null when none.</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || !_abstractOfNum.TryGetValue(numId, out var absId) || level is < 0 or > 8) return null;
        if (Definition(numId, absId, level) is not { } definition) return null;
        var counters = _counters.TryGetValue(absId, out var c) ? c : _counters[absId] = new Counters();
        if (_numsStarted.Add(numId) && _startOverrides.TryGetValue(numId, out var starts))
            foreach (var (lvl, start) in starts)
            {
                counters.Values[lvl] = start - 1;
                counters.Used[lvl] = false;
            }
        if (!counters.Used[level])
        {
            counters.Values[level] = definition.Start - 1;
            counters.Used[level] = true;
        }
        counters.Values[level]++;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            var d = Definition(numId, absId, deeper);
            if (d?.RestartAfter is 0) continue;
            counters.Used[deeper] = false;
        }
        if (definition.Format == "none") return null;
        var label = new StringBuilder();
        var text = definition.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var d = Definition(numId, absId, referenced) ?? definition;
                var value = referenced == level ? counters.Values[level]
                    : counters.Used[referenced] ? counters.Values[referenced] : d.Start;
                label.Append(Format(value, definition.Legal && referenced != level ? "decimal" : d.Format));
                i++;
            }
            else label.Append(Bullet(text[i]));
        }
        if (label.Length == 0) return null;
        var last = label[^1];
        if (definition.Suffix != "nothing" && (char.IsAsciiLetterOrDigit(last) || last is '.' or ')')) label.Append(' ');
        else if (definition.Suffix != "nothing" && last is '条' or '章' or '节') label.Append('\u3000');
        return label.ToString();
    }

    private LevelDefinition? Definition(int numId, int absId, int level)
    {
        if (_levelOverrides.TryGetValue(numId, out var overrides) && overrides.TryGetValue(level, out var o)) return o;
        return _abstractLevels.TryGetValue(absId, out var levels) && levels.TryGetValue(level, out var d) ? d : null;
    }

    /// <summary>Bullet characters from the Symbol and Wingdings private-use area read as a plain bullet.</summary>
    private static char Bullet(char c) => c is >= '\uF000' and <= '\uF0FF' ? '•' : c;

    public static string Format(int n, string format) => format switch
    {
        "decimal" or "decimalHalfWidth" => n.ToString(CultureInfo.InvariantCulture),
        "decimalZero" => n.ToString("00", CultureInfo.InvariantCulture),
        "decimalFullWidth" or "decimalFullWidth2" => new string(n.ToString(CultureInfo.InvariantCulture).Select(d => (char)(d - '0' + '０')).ToArray()),
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "taiwaneseCountingThousand" => ChineseCounting(n),
        "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand" => new string(n.ToString(CultureInfo.InvariantCulture).Select(d => "〇一二三四五六七八九"[d - '0']).ToArray()),
        "chineseLegalSimplified" => Legal(n),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" or "ideographEnclosedCircle" => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : n.ToString(CultureInfo.InvariantCulture),
        "decimalEnclosedParen" => n is >= 1 and <= 20 ? ((char)('⑴' + n - 1)).ToString() : $"({n})",
        "decimalEnclosedFullstop" => n is >= 1 and <= 20 ? ((char)('⒈' + n - 1)).ToString() : $"{n}.",
        "ideographTraditional" => n is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture),
        "ideographZodiac" => n is >= 1 and <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(n, 'a'),
        "upperLetter" => Letters(n, 'A'),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        "bullet" or "none" => "",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>一 二 … 十 十一 … 二十 … 一百零五, as Chinese counting writes them.</summary>
    public static string ChineseCounting(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n <= 0) return n.ToString(CultureInfo.InvariantCulture);
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        if (n < 1000)
        {
            var rest = n % 100;
            var tail = rest == 0 ? "" : rest < 10 ? "零" + digits[rest] : rest < 20 ? "一" + ChineseCounting(rest) : ChineseCounting(rest);
            return digits[n / 100] + "百" + tail;
        }
        return n.ToString(CultureInfo.InvariantCulture);
    }

    private static string Legal(int n)
    {
        const string digits = "零壹贰叁肆伍陆柒捌玖";
        var s = ChineseCounting(n);
        return new string(s.Select(c => "〇一二三四五六七八九".IndexOf(c) is var i and >= 0 ? digits[i] : c switch { '十' => '拾', '百' => '佰', _ => c }).ToArray());
    }

    private static string Letters(int n, char a)
    {
        if (n <= 0) return n.ToString(CultureInfo.InvariantCulture);
        var letter = (char)(a + (n - 1) % 26);
        return new string(letter, (n - 1) / 26 + 1);
    }

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        var values = new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        var symbols = new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        var s = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
            while (n >= values[i]) { s.Append(symbols[i]); n -= values[i]; }
        return s.ToString();
    }
}
