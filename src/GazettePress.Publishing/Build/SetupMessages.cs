using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Build;

/// <summary>Catalogue entries (cli.ini) for what the installation must provide: fonts and templates.</summary>
public static class SetupMessages
{
    public static readonly DiagnosticId FontsNotFound = new("GP8020");
    public static readonly DiagnosticId TemplatesNotFound = new("GP8021");
}
