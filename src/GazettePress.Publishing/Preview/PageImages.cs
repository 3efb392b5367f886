using GazettePress.Layout.Painting;

namespace GazettePress.Publishing.Preview;

/// <summary>
/// PNG images of preview pages, painted when first asked for and kept by the page's fingerprint, so
/// a page that did not change is not painted again after a rebuild. Bounded: the least recently
/// used images go first. Thread-safe (the server asks from several connections).
/// </summary>
public sealed class PageImages(double dpi = PageImages.DefaultDpi, int capacity = 300)
{
    public const double DefaultDpi = 96;

    private readonly Dictionary<string, LinkedListNode<(string Key, byte[] Png)>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, byte[] Png)> _order = new();
    private readonly object _gate = new();

    public int Painted { get; private set; }

    public byte[] Png(PreviewPage page)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(page.Fingerprint, out var hit))
            {
                _order.Remove(hit);
                _order.AddFirst(hit);
                return hit.Value.Png;
            }
        }
        var png = PngPainter.PaintToBytes(page.Content, dpi);
        lock (_gate)
        {
            Painted++;
            if (!_byKey.ContainsKey(page.Fingerprint))
            {
                _byKey[page.Fingerprint] = _order.AddFirst((page.Fingerprint, png));
                while (_order.Count > capacity)
                {
                    _byKey.Remove(_order.Last!.Value.Key);
                    _order.RemoveLast();
                }
            }
        }
        return png;
    }
}
