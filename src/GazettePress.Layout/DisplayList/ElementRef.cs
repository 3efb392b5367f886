namespace GazettePress.Layout.DisplayList;

/// <summary>
/// A reference to the content element an item came from: a stable number the caller gave the
/// element (GazettePress numbers the XHTML elements of an issue in document order). Layout only
/// carries it; what the number means is the caller's.
/// </summary>
public readonly record struct ElementRef(int Id)
{
    public override string ToString() => "e" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// What kind of non-content an item is, in the terms of PDF's artifacts (ISO 32000-1 §14.8.2.2):
/// content is <see cref="None"/>; everything else is skipped by screen readers and text extraction
/// meant for reading.
/// </summary>
public enum Artifact
{
    /// <summary>Content: part of what the page says.</summary>
    None,
    /// <summary>Running head (and its rule): /Pagination /Header.</summary>
    Header,
    /// <summary>Folio: /Pagination /Footer.</summary>
    Footer,
    /// <summary>Typographic decoration: dot leaders, rules between blocks, table borders: /Layout.</summary>
    Layout,
    /// <summary>Production marks outside the trim (crop marks): /Page.</summary>
    Page,
}
