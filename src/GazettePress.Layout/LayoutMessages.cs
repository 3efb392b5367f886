using GazettePress.Diagnostics;

namespace GazettePress.Layout;

/// <summary>The layout engine's diagnostic codes and texts (catalogue file layout.ini).</summary>
public static class LayoutMessages
{
    public static readonly DiagnosticId FontRefused = new("GP3002");
    public static readonly DiagnosticId FontRoleFallback = new("GP3003");
    public static readonly DiagnosticId GlyphMissing = new("GP3010");
    public static readonly DiagnosticId LineTooWide = new("GP3011");
    public static readonly DiagnosticId LineForcedBreak = new("GP3014");
    public static readonly DiagnosticId TableSplit = new("GP3015");

    public static readonly TextId Nothing = new("text.nothing");
    public static readonly TextId RoleSong = new("text.font-role.song");
    public static readonly TextId RoleHei = new("text.font-role.hei");
    public static readonly TextId RoleKai = new("text.font-role.kai");
    public static readonly TextId RoleFangSong = new("text.font-role.fangsong");
}
