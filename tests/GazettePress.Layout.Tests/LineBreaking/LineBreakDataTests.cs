using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>
/// The committed property table must be exactly what the generator makes from the installed UCD files.
/// </summary>
public sealed class LineBreakDataTests
{
    [Fact]
    public void CommittedTableMatchesUnicodeData()
    {
        var expected = LineBreakDataGenerator.Generate();
        var path = UnicodeDataFiles.GeneratedTable;
        if (Environment.GetEnvironmentVariable("GAZETTEPRESS_REGENERATE_UNICODE") == "1")
        {
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, expected);
            File.Move(temporary, path, overwrite: true);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == expected,
            $"{path} differs from what LineBreak.txt and friends in /usr/share/unicode give. Regenerate it with " +
            "GAZETTEPRESS_REGENERATE_UNICODE=1 dotnet test tests/GazettePress.Layout.Tests --filter LineBreakDataTests, " +
            "then review and commit the change.");
    }

    [Fact]
    public void LookupReturnsTheClassOfEveryCodePointInLineBreakTxt()
    {
        var classes = UcdReader.ReadProperty(UnicodeDataFiles.LineBreak, LineBreakClass.XX, Enum.Parse<LineBreakClass>);
        var mismatches = new List<string>();
        for (var cp = 0; cp < classes.Length && mismatches.Count < 20; cp++)
        {
            var actual = LineBreakData.ClassOf(LineBreakData.Lookup(cp));
            if (actual != classes[cp])
            {
                mismatches.Add($"U+{cp:X4}: LineBreak.txt says {classes[cp]}, table gives {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Theory]
    [InlineData(0x3008, (int)LineBreakQualifier.EastAsianWide)] // 〈 OP, East_Asian_Width W
    [InlineData(0x0028, (int)LineBreakQualifier.None)] // ( OP, narrow
    [InlineData(0x0E31, (int)LineBreakQualifier.CombiningMark)] // THAI CHARACTER MAI HAN-AKAT, SA and Mn
    [InlineData(0x0E01, (int)LineBreakQualifier.None)] // THAI CHARACTER KO KAI, SA and Lo
    [InlineData(0x1F02C, (int)LineBreakQualifier.UnassignedPictographic)] // reserved, Extended_Pictographic
    public void QualifiersComeFromTheOtherPropertyFiles(int codePoint, int expected)
    {
        Assert.Equal((LineBreakQualifier)expected, LineBreakData.QualifierOf(LineBreakData.Lookup(codePoint)));
    }
}
