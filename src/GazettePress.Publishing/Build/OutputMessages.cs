using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Build;

/// <summary>The output folder: checks before a build, its lock, the write of the set (cli-output.ini, GP8090–GP8099).</summary>
public static class OutputMessages
{
    public static readonly DiagnosticId OutIsFile = new("GP8090");
    public static readonly DiagnosticId Locked = new("GP8091");
    public static readonly DiagnosticId NotAnOutputFolder = new("GP8092");
    public static readonly DiagnosticId OutHoldsInput = new("GP8093");
    public static readonly DiagnosticId WriteFailed = new("GP8094");
    public static readonly DiagnosticId OutEmpty = new("GP8095");
}
