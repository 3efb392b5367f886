using System.Globalization;

namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>
/// Reads the "range ; value # comment" format shared by the UCD property files, including the
/// "# @missing: range; value" default lines, into one value per code point.
/// </summary>
internal static class UcdReader
{
    public const int CodePointCount = 0x110000;

    /// <summary>The first line of the file, which names its version (e.g. "# LineBreak-15.0.0.txt").</summary>
    public static string VersionLine(string path) => File.ReadLines(path).First().Trim();

    /// <summary>
    /// Assigns <paramref name="select"/>(value) to every code point listed in <paramref name="path"/>
    /// (the @missing defaults first, in file order), leaving unlisted code points at <paramref name="initial"/>.
    /// </summary>
    public static T[] ReadProperty<T>(string path, T initial, Func<string, T> select)
    {
        var values = new T[CodePointCount];
        Array.Fill(values, initial);
        var lines = File.ReadAllLines(path);

        // Defaults first, then explicit entries, so explicit entries win whatever their place.
        foreach (var line in lines)
        {
            const string missing = "# @missing:";
            if (line.StartsWith(missing, StringComparison.Ordinal))
            {
                Assign(values, line[missing.Length..], select);
            }
        }

        foreach (var line in lines)
        {
            var hash = line.IndexOf('#');
            var data = hash >= 0 ? line[..hash] : line;
            if (data.Trim().Length > 0)
            {
                Assign(values, data, select);
            }
        }

        return values;
    }

    private static void Assign<T>(T[] values, string entry, Func<string, T> select)
    {
        var fields = entry.Split(';');
        var range = fields[0].Trim();
        var value = select(fields[1].Trim());
        var dots = range.IndexOf("..", StringComparison.Ordinal);
        var first = int.Parse(dots >= 0 ? range[..dots] : range, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var last = dots >= 0 ? int.Parse(range[(dots + 2)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : first;
        Array.Fill(values, value, first, last - first + 1);
    }
}
