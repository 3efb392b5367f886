using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GazettePress.Intake.Issues;

/// <summary>
/// A YAML document read only for where its nodes are in the text, so that a value can be changed,
/// a list item added or an entry removed by editing the text at that place: comments, order, quoting
/// and layout of everything else stay exactly as the editor wrote them.
/// </summary>
internal sealed class YamlTextNode
{
    public required NodeKind Kind { get; init; }
    public required int Start { get; init; }
    /// <summary>Just after the node's last character of content (for a block collection: of its last child).</summary>
    public int ContentEnd { get; set; }
    /// <summary>For flow collections: where the closing bracket is.</summary>
    public int CloseBracket { get; set; } = -1;
    public bool IsFlow { get; init; }
    public int Column { get; init; }
    public string? Value { get; init; }
    public List<(YamlTextNode Key, YamlTextNode Value)> Entries { get; } = new();
    public List<YamlTextNode> Items { get; } = new();

    public YamlTextNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public YamlTextNode? KeyOf(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;
}

internal enum NodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

internal static class YamlTextTree
{
    /// <summary>The root node of the first document, or null when the text is not YAML this tool can edit (anchors, aliases, tags, several documents).</summary>
    public static YamlTextNode? Parse(string text, out string? problem)
    {
        problem = null;
        try
        {
            var parser = new Parser(new StringReader(text));
            var stack = new Stack<YamlTextNode>();
            var pendingKey = new Stack<YamlTextNode?>();
            YamlTextNode? root = null;
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                YamlTextNode? node = null;
                switch (e)
                {
                    case AnchorAlias:
                        problem = "anchors and aliases (&, *)";
                        return null;
                    case NodeEvent ne when !ne.Anchor.IsEmpty:
                        problem = "anchors and aliases (&, *)";
                        return null;
                }
                switch (e)
                {
                    case Scalar s:
                        node = new YamlTextNode { Kind = NodeKind.Scalar, Start = (int)s.Start.Index, ContentEnd = (int)s.End.Index, Value = s.Value, Column = (int)s.Start.Column };
                        break;
                    case MappingStart m:
                        node = new YamlTextNode { Kind = NodeKind.Mapping, Start = (int)m.Start.Index, ContentEnd = (int)m.Start.Index, IsFlow = m.Style == MappingStyle.Flow, Column = (int)m.Start.Column };
                        break;
                    case SequenceStart q:
                        node = new YamlTextNode { Kind = NodeKind.Sequence, Start = (int)q.Start.Index, ContentEnd = (int)q.Start.Index, IsFlow = q.Style == SequenceStyle.Flow, Column = (int)q.Start.Column };
                        break;
                    case MappingEnd or SequenceEnd:
                        var done = stack.Pop();
                        pendingKey.Pop();
                        if (done.IsFlow)
                        {
                            done.CloseBracket = (int)e.Start.Index;
                            done.ContentEnd = (int)e.Start.Index + 1; // the event marks the bracket itself
                        }
                        else
                        {
                            var last = done.Kind == NodeKind.Mapping ? done.Entries.LastOrDefault().Value : done.Items.LastOrDefault();
                            if (last is not null) done.ContentEnd = last.ContentEnd;
                        }
                        Attach(done);
                        continue;
                    case DocumentEnd:
                        return root;
                    default:
                        continue;
                }
                if (node.Kind == NodeKind.Scalar) Attach(node);
                else
                {
                    stack.Push(node);
                    pendingKey.Push(null);
                }

                void Attach(YamlTextNode n)
                {
                    if (stack.Count == 0)
                    {
                        root ??= n;
                        return;
                    }
                    var parent = stack.Peek();
                    if (parent.Kind == NodeKind.Sequence) parent.Items.Add(n);
                    else if (pendingKey.Peek() is { } key)
                    {
                        parent.Entries.Add((key, n));
                        pendingKey.Pop();
                        pendingKey.Push(null);
                    }
                    else
                    {
                        pendingKey.Pop();
                        pendingKey.Push(n);
                    }
                }
            }
            return root;
        }
        catch (YamlException e)
        {
            problem = e.Message;
            return null;
        }
    }
}
