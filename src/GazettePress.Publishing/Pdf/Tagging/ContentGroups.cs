namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>What a run of content operations paints.</summary>
public enum GroupKind
{
    /// <summary>Operations that paint nothing: graphics state, colour, clipping paths.</summary>
    State,
    /// <summary>A text object, BT … ET.</summary>
    Text,
    /// <summary>A path painted by stroking (S, s).</summary>
    StrokedPath,
    /// <summary>A path painted by filling, or filling and stroking (f, F, f*, B, B*, b, b*).</summary>
    FilledPath,
    /// <summary>An XObject (Do), an inline image or a shading (sh).</summary>
    XObject,
}

/// <summary>Consecutive content operations [<paramref name="Start"/>, <paramref name="End"/>) of one kind.</summary>
public sealed record ContentGroup(GroupKind Kind, int Start, int End)
{
    public bool Paints => Kind != GroupKind.State;
}

/// <summary>
/// Cuts a page's content operations into the graphics objects that paint (§8.2: text objects, path
/// objects, XObjects, inline images, shadings) and the state operations between them. Marked content
/// must go around whole graphics objects, so these are the units the tagger wraps.
/// </summary>
public static class ContentGroups
{
    private static readonly HashSet<string> PathConstruction = ["m", "l", "c", "v", "y", "h", "re"];
    private static readonly HashSet<string> StrokeOps = ["S", "s"];
    private static readonly HashSet<string> FillOps = ["f", "F", "f*", "B", "B*", "b", "b*"];

    public static List<ContentGroup> Split(IReadOnlyList<ContentOperation> operations)
    {
        var groups = new List<ContentGroup>();
        var stateStart = -1;
        void CloseState(int at)
        {
            if (stateStart >= 0 && at > stateStart) groups.Add(new ContentGroup(GroupKind.State, stateStart, at));
            stateStart = -1;
        }

        var i = 0;
        while (i < operations.Count)
        {
            var op = operations[i].Operator;
            if (op == "BT")
            {
                CloseState(i);
                var end = i + 1;
                while (end < operations.Count && operations[end].Operator != "ET") end++;
                if (end == operations.Count) throw new TaggingException($"a text object that starts at operation {i} never ends (no ET)");
                groups.Add(new ContentGroup(GroupKind.Text, i, end + 1));
                i = end + 1;
                continue;
            }
            if (PathConstruction.Contains(op))
            {
                var end = i;
                while (end < operations.Count && PathConstruction.Contains(operations[end].Operator)) end++;
                // A clipping path: W or W* then a painting operator (n keeps only the clip).
                var clip = end < operations.Count && operations[end].Operator is "W" or "W*";
                var paintAt = clip ? end + 1 : end;
                if (paintAt >= operations.Count) throw new TaggingException($"a path that starts at operation {i} is never painted");
                var paint = operations[paintAt].Operator;
                var kind = paint == "n" ? GroupKind.State
                    : StrokeOps.Contains(paint) ? GroupKind.StrokedPath
                    : FillOps.Contains(paint) ? GroupKind.FilledPath
                    : throw new TaggingException($"a path that starts at operation {i} ends in '{paint}', which paints no path");
                if (kind == GroupKind.State)
                {
                    if (stateStart < 0) stateStart = i;
                }
                else
                {
                    CloseState(i);
                    groups.Add(new ContentGroup(kind, i, paintAt + 1));
                }
                i = paintAt + 1;
                continue;
            }
            if (op is "Do" or "sh" or "BI")
            {
                CloseState(i);
                groups.Add(new ContentGroup(GroupKind.XObject, i, i + 1));
                i++;
                continue;
            }
            if (op is "BDC" or "BMC" or "EMC" or "MP" or "DP")
                throw new TaggingException($"operation {i} is marked content ({op}) outside a text object; the tagger expects an untagged page");
            if (stateStart < 0) stateStart = i;
            i++;
        }
        CloseState(operations.Count);
        return groups;
    }
}

/// <summary>The page content does not match the display list: tagging it would mis-tag, so nothing is tagged.</summary>
public sealed class TaggingException(string message) : InvalidOperationException(message);
