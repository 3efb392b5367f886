using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;

namespace GazettePress.Layout.Tests.Fonts;

public class FontRegistryTests
{
    [Fact]
    public void Bundled_fonts_fill_every_role_and_weight()
    {
        var fonts = TestFonts.Registry;
        Assert.Equal(5, fonts.Faces.Count);
        Assert.Equal("Noto Serif SC", fonts.Resolve(FontRole.Song, false).Primary!.FamilyName);
        Assert.True(fonts.Resolve(FontRole.Song, true).Primary!.IsBold);
        Assert.Equal("Noto Sans SC", fonts.Resolve(FontRole.Hei, true).Primary!.FamilyName);
        Assert.Equal("LXGW WenKai", fonts.Resolve(FontRole.Kai, false).Primary!.FamilyName);
    }

    [Fact]
    public void Fangsong_falls_back_to_kai_with_a_warning()
    {
        var fonts = TestFonts.Registry;
        Assert.Equal(FontRole.Kai, fonts.Resolve(FontRole.FangSong, false).Primary!.Role);
        var warning = Assert.Single(fonts.Diagnostics, d => d.Code == "GP3003");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("fangsong", warning.Render(Language.English).Message);
        Assert.Contains("仿宋", warning.Render(Language.Chinese).Message);
    }

    [Fact]
    public void Chain_falls_back_per_character()
    {
        var chain = TestFonts.Registry.Resolve(FontRole.Kai, true);
        // Kai has no bold: the regular kai face comes before any other role.
        Assert.Equal(FontRole.Kai, chain.Faces[0].Role);
        Assert.Equal(FontRole.Kai, chain.FaceFor('人')!.Role);
        Assert.Null(chain.FaceFor(0x10FFFD));
    }

    [Fact]
    public void CanDraw_tells_covered_from_uncovered_characters()
    {
        Assert.True(TestFonts.Registry.CanDraw('人'));
        Assert.True(TestFonts.Registry.CanDraw('A'));
        Assert.True(TestFonts.Registry.CanDraw('〔'));
        Assert.False(TestFonts.Registry.CanDraw(0x10FFFD));
    }

    [Theory]
    [InlineData("cff.otf", new[] { "CFF ", "OS/2" }, 0, "CFF")]
    [InlineData("cff2.otf", new[] { "CFF2", "OS/2" }, 0, "CFF")]
    [InlineData("variable.ttf", new[] { "glyf", "fvar", "OS/2" }, 0, "variable")]
    [InlineData("restricted.ttf", new[] { "glyf", "OS/2" }, 0x0002, "forbids embedding")]
    [InlineData("bitmap-only.ttf", new[] { "glyf", "OS/2" }, 0x0200, "bitmap")]
    public void Fonts_that_would_become_Type3_or_may_not_be_embedded_are_refused(string name, string[] tables, int fsType, string reason)
    {
        var dir = Directory.CreateTempSubdirectory("gp-fonts-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, name), SyntheticFont.Build(tables, fsType));
            using var fonts = FontRegistry.LoadDirectory(dir.FullName);
            Assert.Empty(fonts.Faces);
            var error = Assert.Single(fonts.Diagnostics, d => d.Code == "GP3002");
            Assert.Equal(Severity.Error, error.Severity);
            Assert.Contains(name, error.Message);
            Assert.Contains(reason, error.Render(Language.English).Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void A_synthetic_plain_TrueType_font_is_accepted()
    {
        var dir = Directory.CreateTempSubdirectory("gp-fonts-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "plain.ttf"), SyntheticFont.Build(new[] { "glyf", "OS/2" }, 0));
            using var fonts = FontRegistry.LoadDirectory(dir.FullName);
            Assert.Single(fonts.Faces);
            Assert.DoesNotContain(fonts.Diagnostics, d => d.Code == "FONT-REFUSED");
        }
        finally { dir.Delete(true); }
    }
}

/// <summary>Builds a minimal sfnt with the given tables, enough for the registry's checks.</summary>
internal static class SyntheticFont
{
    public static byte[] Build(string[] extraTables, int fsType)
    {
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = Head(),
            ["maxp"] = new byte[] { 0, 0, 0x50, 0, 0, 1 }, // version 0.5, one glyph
        };
        foreach (var tag in extraTables)
            tables[tag] = tag == "OS/2" ? Os2(fsType) : new byte[16];
        using var ms = new MemoryStream();
        void U16(int v) { ms.WriteByte((byte)(v >> 8)); ms.WriteByte((byte)v); }
        void U32(long v) { U16((int)(v >> 16) & 0xFFFF); U16((int)v & 0xFFFF); }
        bool cff = tables.ContainsKey("CFF ") || tables.ContainsKey("CFF2");
        U32(cff ? 0x4F54544F : 0x00010000);
        U16(tables.Count); U16(0); U16(0); U16(0);
        long offset = 12 + 16 * tables.Count;
        foreach (var (tag, data) in tables)
        {
            foreach (var c in tag) ms.WriteByte((byte)c);
            U32(0); U32(offset); U32(data.Length);
            offset += (data.Length + 3) & ~3;
        }
        foreach (var data in tables.Values)
        {
            ms.Write(data);
            for (int pad = data.Length; (pad & 3) != 0; pad++) ms.WriteByte(0);
        }
        return ms.ToArray();
    }

    private static byte[] Head()
    {
        var head = new byte[54];
        head[1] = 1;                          // version 1.0
        head[12] = 0x5F; head[13] = 0x0F; head[14] = 0x3C; head[15] = 0xF5; // magic
        head[18] = 0x03; head[19] = 0xE8;     // unitsPerEm 1000
        return head;
    }

    private static byte[] Os2(int fsType)
    {
        var os2 = new byte[78];
        os2[4] = 0x01; os2[5] = 0x90;         // weight 400
        os2[8] = (byte)(fsType >> 8); os2[9] = (byte)fsType;
        return os2;
    }
}
