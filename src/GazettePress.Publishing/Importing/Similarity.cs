namespace GazettePress.Importing;

/// <summary>
/// OCR-tolerant comparison of titles and 文号: characters that print alike are folded together, only
/// ideographs, letters and digits count, and two texts are compared by their shared character pairs
/// (Dice coefficient), which survives a misread character, a lost one or a stray one.
/// </summary>
internal static class Similarity
{
    private static readonly Dictionary<char, char> LookAlikes = Build(
        "己已巳", "末未", "日曰", "土士", "人入", "戊戌戍", "大太犬", "天夭", "王玉", "贝见", "拔拨", "候侯", "即既", "折拆",
        "祗祇", "汨汩", "冶治", "历厉", "辨辩辫", "徵微", "免兔", "壶壸", "肓盲", "券卷", "叨叼", "崇祟", "拨拔", "扶抚", "学掌",
        "国固", "控拉", "守手", "o0O〇", "l1I|", "Z2", "S5", "B8");

    private static Dictionary<char, char> Build(params string[] groups)
    {
        var map = new Dictionary<char, char>();
        foreach (var g in groups)
            foreach (var c in g)
                map[c] = g[0];
        return map;
    }

    /// <summary>The comparison form: ideographs, letters and digits, look-alikes folded.</summary>
    public static string Fold(string s)
    {
        var key = CjkText.Key(CjkText.FoldWidth(s));
        var chars = key.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (LookAlikes.TryGetValue(chars[i], out var c)) chars[i] = c;
        return new string(chars);
    }

    /// <summary>Dice coefficient of the character pairs of two folded texts, 0–1.</summary>
    public static double Dice(string foldedA, string foldedB)
    {
        if (foldedA.Length == 0 || foldedB.Length == 0) return 0;
        if (foldedA == foldedB) return 1;
        if (foldedA.Length < 2 || foldedB.Length < 2) return 0;
        var pairs = new Dictionary<int, int>();
        for (var i = 0; i + 1 < foldedA.Length; i++)
        {
            var p = foldedA[i] << 16 | foldedA[i + 1];
            pairs[p] = pairs.GetValueOrDefault(p) + 1;
        }
        var shared = 0;
        for (var i = 0; i + 1 < foldedB.Length; i++)
        {
            var p = foldedB[i] << 16 | foldedB[i + 1];
            if (pairs.TryGetValue(p, out var n) && n > 0)
            {
                pairs[p] = n - 1;
                shared++;
            }
        }
        return 2.0 * shared / (foldedA.Length - 1 + foldedB.Length - 1);
    }

    public static double Titles(string a, string b) => Dice(Fold(a), Fold(b));
}
