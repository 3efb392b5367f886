using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GazettePress.Intake.Word;

internal static class WordTables
{
    /// <summary>Whether a border set draws any line.</summary>
    public static bool Draws(OpenXmlElement borders) =>
        borders.ChildElements.OfType<BorderType>().Any(b => b.Val?.Value is { } v && v != BorderValues.None && v != BorderValues.Nil);
}
