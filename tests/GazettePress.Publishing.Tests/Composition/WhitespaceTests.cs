using GazettePress.Layout.Fonts;
using GazettePress.Layout.Text;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Tests.Composition;

public class WhitespaceTests
{
    private static TextRun Run(string text) => new(text, new TextStyle(FontRole.Song, false, 10.5));

    [Fact]
    public void Template_line_breaks_between_han_characters_disappear_and_latin_spaces_collapse()
    {
        var (runs, _) = InlineText.NormalizeWhitespace([Run("   晋城市    人民政府 PM  2.5 "), Run("  公报")]);
        // The engine adds the quarter em between Han and Latin itself.
        Assert.Equal("晋城市人民政府PM 2.5公报", string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void Offsets_map_back_to_the_elements_text_content()
    {
        // <h1> 晋城市人民政府<br/>关于印发的通知</h1>: Value = " 晋城市人民政府关于印发的通知"
        var (runs, toRaw) = InlineText.NormalizeWhitespace([Run(" 晋城市人民政府"), Run("\n"), Run("关于印发的通知")], [0, 8, 8]);
        var text = string.Concat(runs.Select(r => r.Text));
        Assert.Equal("晋城市人民政府\n关于印发的通知", text);
        Assert.Equal(1, toRaw[0]);                     // 晋 is Value[1]
        Assert.Equal(8, toRaw[text.IndexOf('关')]);     // 关 is Value[8]: the <br/> has no length
        Assert.Equal(15, toRaw[text.Length]);
    }
}
