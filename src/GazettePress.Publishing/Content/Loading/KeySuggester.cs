namespace GazettePress.Content.Loading;

/// <summary>Finds the known key an editor most likely meant when they typed an unknown one.</summary>
internal static class KeySuggester
{
    public static string? Suggest(string typed, IReadOnlyCollection<string> known)
    {
        var simplified = Simplify(typed);
        foreach (var key in known)
        {
            if (Simplify(key) == simplified)
            {
                return key;
            }
        }
        var limit = Math.Max(2, typed.Length / 3);
        return known
            .Select(key => (key, distance: Distance(typed.ToLowerInvariant(), key)))
            .Where(x => x.distance <= limit)
            .OrderBy(x => x.distance)
            .ThenBy(x => x.key, StringComparer.Ordinal)
            .Select(x => x.key)
            .FirstOrDefault();
    }

    private static string Simplify(string key) =>
        new(key.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
