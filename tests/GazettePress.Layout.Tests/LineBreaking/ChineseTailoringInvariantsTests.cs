using System.Globalization;
using System.Text;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>
/// What the Chinese tailoring must keep from UAX #14 on any text, checked on every string of
/// LineBreakTest.txt (which covers every class pair, including the odd ones): the start and end of
/// text, mandatory breaks, and no break inside a surrogate pair.
/// </summary>
public sealed class ChineseTailoringInvariantsTests
{
    [Fact]
    public void ChineseModeKeepsTheFixedPointsOfUax14OnEveryTestString()
    {
        var failures = new List<string>();
        var lines = File.ReadAllLines(UnicodeDataFiles.LineBreakTest);
        for (var i = 0; i < lines.Length && failures.Count < 20; i++)
        {
            var hash = lines[i].IndexOf('#');
            var data = (hash >= 0 ? lines[i][..hash] : lines[i]).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            var text = new StringBuilder();
            foreach (var token in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (token is not ("×" or "÷"))
                {
                    text.Append(char.ConvertFromUtf32(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                }
            }

            var s = text.ToString();
            var chinese = LineBreaker.Chinese.BreakOpportunities(s);
            var uax14 = LineBreaker.Uax14.BreakOpportunities(s);
            for (var position = 0; position <= s.Length; position++)
            {
                var insidePair = position > 0 && position < s.Length && char.IsSurrogatePair(s[position - 1], s[position]);
                var mustBeProhibited = position == 0 || insidePair;
                if ((mustBeProhibited && chinese[position] != BreakOpportunity.Prohibited)
                    || ((chinese[position] == BreakOpportunity.Mandatory) != (uax14[position] == BreakOpportunity.Mandatory)))
                {
                    failures.Add($"LineBreakTest.txt:{i + 1} position {position}: Chinese {chinese[position]}, UAX #14 {uax14[position]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
