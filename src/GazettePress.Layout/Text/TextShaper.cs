using System.Collections.Concurrent;
using GazettePress.Layout.Fonts;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace GazettePress.Layout.Text;

/// <summary>
/// HarfBuzz output for one piece of text in one face, in font units (size independent, so one
/// shaping serves every size). Cluster values are UTF-16 offsets into the shaped text.
/// </summary>
internal sealed class ShapedSegment
{
    public required ushort[] Glyphs { get; init; }
    public required int[] Clusters { get; init; }
    public required int[] Advances { get; init; }
    public required int[] XOffsets { get; init; }
}

/// <summary>
/// Shapes text with HarfBuzz, once per (face, text): headings, labels and running heads repeat, so
/// the cache pays off across a whole issue. Thread-safe.
/// </summary>
internal sealed class TextShaper
{
    // Ligatures off: one glyph per character keeps text extraction and letter-spacing exact.
    private static readonly Feature[] Features =
    {
        new(Tag.Parse("liga"), 0u), new(Tag.Parse("clig"), 0u), new(Tag.Parse("dlig"), 0u),
    };
    private static readonly Feature[] TabularFeatures = Features.Append(new Feature(Tag.Parse("tnum"), 1u)).ToArray();
    private static readonly Language Chinese = new("zh-Hans");

    private readonly ConcurrentDictionary<(int FaceId, bool Tabular, string Text), ShapedSegment> _cache = new();

    public int CachedSegments => _cache.Count;

    /// <param name="tabularFigures">Use equal-width digits (tnum), so a changed page number keeps its width.</param>
    public ShapedSegment Shape(FontFace face, string text, bool tabularFigures = false) =>
        _cache.GetOrAdd((face.Id, tabularFigures, text), key => ShapeUncached(face, key.Text, key.Tabular));

    private static ShapedSegment ShapeUncached(FontFace face, string text, bool tabularFigures)
    {
        using var buffer = new Buffer();
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        buffer.Direction = Direction.LeftToRight;
        buffer.Language = Chinese;
        face.HbFont.Shape(buffer, tabularFigures ? TabularFeatures : Features);

        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        int n = infos.Length;
        var glyphs = new ushort[n];
        var clusters = new int[n];
        var advances = new int[n];
        var offsets = new int[n];
        for (int i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            offsets[i] = positions[i].XOffset;
        }
        return new ShapedSegment { Glyphs = glyphs, Clusters = clusters, Advances = advances, XOffsets = offsets };
    }
}
