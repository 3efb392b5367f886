using System.Text;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>
/// A readable notation for expected breaks: the text with '|' where a break is allowed, '‖' where it is
/// mandatory and '¦' where only an emergency break is allowed; every other position (and the start and
/// end of the text) is implied. "他|说：“好。”|然|后" means breaks before 说, before 然 and before 后 only.
/// </summary>
internal static class BreakNotation
{
    public const char Allowed = '|';
    public const char Mandatory = '‖';
    public const char Emergency = '¦';

    /// <summary>The plain text of a marked case.</summary>
    public static string TextOf(string marked) =>
        marked.Replace(Allowed.ToString(), "").Replace(Mandatory.ToString(), "").Replace(Emergency.ToString(), "");

    /// <summary>The text with the given breaks written in, for comparing with a marked case.</summary>
    public static string Mark(string text, BreakOpportunity[] breaks)
    {
        var marked = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0)
            {
                switch (breaks[i])
                {
                    case BreakOpportunity.Allowed:
                        marked.Append(Allowed);
                        break;
                    case BreakOpportunity.Mandatory:
                        marked.Append(Mandatory);
                        break;
                    case BreakOpportunity.Emergency:
                        marked.Append(Emergency);
                        break;
                }
            }

            marked.Append(text[i]);
        }

        return marked.ToString();
    }
}
