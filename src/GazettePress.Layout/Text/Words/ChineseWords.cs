using System.IO.Compression;

namespace GazettePress.Layout.Text.Words;

/// <summary>
/// Chinese word segmentation by the most probable path through a word dictionary (the method of
/// jieba without its HMM guesses for unknown words): every way to cut a run of Han characters into
/// dictionary words is weighed by the words' frequencies, and the most probable cut wins.
/// The dictionary is jieba's (MIT licence, see jieba-dict.NOTICE): its 348,436 words of Han
/// characters up to eight long, with their frequencies. Why not a package: jieba.NET is not
/// trim-safe (Newtonsoft.Json, System.Configuration: IL2104/IL3053 under Native AOT) and reads its
/// dictionary from files beside the program; ICU's dictionary break iterator (icu.net) cuts 晋/城市,
/// 印/发, 实施/细/则 (measured, README "Word-aware title breaking").
/// </summary>
public sealed class ChineseWords
{
    private const int LongestWord = 8;
    /// <summary>Added words (an issuer's full name, 晋城市人民政府办公室) may be longer than the dictionary's.</summary>
    private const int LongestAddedWord = 16;
    private static readonly Lazy<ChineseWords> LazyDefault = new(Load);

    private readonly Dictionary<string, double> _logProbability;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly double _unknown;
    private readonly int _longest;

    private ChineseWords(Dictionary<string, double> logProbability, double unknown, int longest = LongestWord)
    {
        _longest = longest;
        _logProbability = logProbability;
        _lookup = logProbability.GetAlternateLookup<ReadOnlySpan<char>>();
        _unknown = unknown;
    }

    /// <summary>The built-in dictionary, loaded once on first use (about 0.1 s).</summary>
    public static ChineseWords Default => LazyDefault.Value;

    /// <summary>This dictionary with more words, each as likely as the most frequent word of the dictionary (issuers' names, 文种).</summary>
    public ChineseWords With(IEnumerable<string> words)
    {
        var extra = words.Where(w => w.Length is >= 2 and <= LongestAddedWord && w.All(IsHan)).Distinct(StringComparer.Ordinal).ToList();
        if (extra.Count == 0) return this;
        var copy = new Dictionary<string, double>(_logProbability, StringComparer.Ordinal);
        var best = _logProbability.Values.Max();
        foreach (var word in extra) copy[word] = best;
        return new ChineseWords(copy, _unknown, Math.Max(_longest, extra.Max(w => w.Length)));
    }

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    public bool Contains(string word) => _logProbability.ContainsKey(word);

    /// <summary>
    /// The words of <paramref name="text"/>: (start, length) of every word of two characters or more
    /// in each run of Han characters, in order.
    /// </summary>
    public List<(int Start, int Length)> Words(string text)
    {
        var result = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsHan(text[i])) { i++; continue; }
            var end = i;
            while (end < text.Length && IsHan(text[end])) end++;
            Segment(text, i, end, result);
            i = end;
        }
        return result;
    }

    /// <summary>The most probable cut of the Han run [start, end), computed from the end (as jieba does).</summary>
    private void Segment(string text, int start, int end, List<(int, int)> into)
    {
        var n = end - start;
        var score = new double[n + 1];
        var next = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            score[i] = double.NegativeInfinity;
            for (var length = 1; length <= _longest && i + length <= n; length++)
            {
                double p;
                if (_lookup.TryGetValue(text.AsSpan(start + i, length), out var known)) p = known;
                else if (length == 1) p = _unknown;
                else continue;
                var total = p + score[i + length];
                if (total > score[i]) { score[i] = total; next[i] = i + length; }
            }
        }
        for (var i = 0; i < n; i = next[i])
            if (next[i] - i >= 2) into.Add((start + i, next[i] - i));
    }

    private static ChineseWords Load()
    {
        using var stream = typeof(ChineseWords).Assembly.GetManifestResourceStream("GazettePress.Layout.Text.Words.jieba-dict.txt.gz")
            ?? throw new InvalidOperationException("the word dictionary is missing from the assembly");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        var frequencies = new Dictionary<string, long>(350_000, StringComparer.Ordinal);
        long total = 0;
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ');
            if (space <= 0 || !long.TryParse(line.AsSpan(space + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var frequency))
                continue;
            frequencies[line[..space]] = frequency;
            total += frequency;
        }
        var logTotal = Math.Log(total);
        var logProbability = new Dictionary<string, double>(frequencies.Count, StringComparer.Ordinal);
        foreach (var (word, frequency) in frequencies) logProbability[word] = Math.Log(Math.Max(1, frequency)) - logTotal;
        return new ChineseWords(logProbability, -logTotal);
    }
}
