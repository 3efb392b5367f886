namespace GazettePress.Layout.Paragraphs;

/// <summary>Widths of candidate lines over a prepared paragraph.</summary>
internal static class LineMeasure
{
    /// <summary>
    /// Index one past the last unit of [start, end) that is not a space or line break. An
    /// ideographic space at a line end (第一条　|) is dropped as well, so the line still ends flush.
    /// </summary>
    public static int ContentEnd(Unit[] units, int start, int end)
    {
        while (end > start && (units[end - 1].IsBlank || units[end - 1].Kind == Text.CharKind.IdeographicSpace)) end--;
        return end;
    }

    /// <summary>First unit of a line: leading spaces are dropped.</summary>
    public static int ContentStart(Unit[] units, int start, int end)
    {
        while (start < end && units[start].Kind == Text.CharKind.Space) start++;
        return start;
    }

    /// <summary>
    /// Natural width of units [start, contentEnd) set as one line: an opening mark at the start
    /// loses its blank half, a closing mark at the end is set half-width.
    /// </summary>
    public static double Width(Unit[] units, int start, int contentEnd)
    {
        if (contentEnd <= start) return 0;
        double w = 0;
        for (int i = start; i < contentEnd; i++)
        {
            w += units[i].SetWidth;
            if (i > start) w += units[i].GapBefore;
        }
        return w - StartTrim(units[start]) - EndTrim(units[contentEnd - 1]);
    }

    /// <summary>How much further the line could shrink by compressing its inner punctuation to half width.</summary>
    public static double Shrinkable(Unit[] units, int start, int contentEnd)
    {
        double s = 0;
        for (int i = start; i < contentEnd; i++)
        {
            double left = i == start ? 0 : units[i].FreeLeft;
            double right = i == contentEnd - 1 ? 0 : units[i].FreeRight;
            s += left + right;
        }
        return s;
    }

    public static int StretchPoints(Unit[] units, int start, int contentEnd)
    {
        int n = 0;
        for (int i = start + 1; i < contentEnd; i++)
            if (units[i].StretchBefore) n++;
        return n;
    }

    public static double StartTrim(in Unit first) => first.Kind == Text.CharKind.Opening ? first.FreeLeft : 0;
    public static double EndTrim(in Unit last) => last.Kind == Text.CharKind.Closing ? last.FreeRight : 0;

    public static int Letters(Unit[] units, int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++)
            if (units[i].IsLetter) n++;
        return n;
    }
}
