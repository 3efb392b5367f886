namespace GazettePress.Layout.Fonts;

/// <summary>The typographic role a font plays in Chinese official documents.</summary>
public enum FontRole
{
    /// <summary>宋体: body text.</summary>
    Song,
    /// <summary>黑体: headings.</summary>
    Hei,
    /// <summary>楷体: second-level headings, captions.</summary>
    Kai,
    /// <summary>仿宋: GB/T 9704 body text.</summary>
    FangSong,
}
