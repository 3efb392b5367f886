using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// Diagnostics of the issue loader that are in the message catalogue (content*.ini). The codes of
/// <see cref="ContentCodes"/> move here as their texts move into the catalogue.
/// </summary>
public static class ContentMessages
{
    public static readonly DiagnosticId OpenReviewNote = new("GP1050");
}
