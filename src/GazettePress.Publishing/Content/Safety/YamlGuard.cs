using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GazettePress.Content.Safety;

/// <summary>Why a YAML text was refused before it was loaded: where, and which limit.</summary>
internal sealed class YamlLimitException(Mark start, bool alias) : Exception(alias ? "YAML alias" : "YAML nesting too deep")
{
    public Mark Start { get; } = start;

    /// <summary>True for an alias (*name); false for nesting deeper than <see cref="InputLimits.YamlDepth"/>.</summary>
    public bool IsAlias { get; } = alias;
}

/// <summary>
/// Passes YAML parsing events through, refusing the two things that let a small text cost
/// unbounded time, memory or stack once loaded: aliases (*name — nine nested lists of nine aliases
/// are 387 million nodes from 300 bytes) and nesting deeper than <see cref="InputLimits.YamlDepth"/>
/// (YamlDotNet builds its node tree recursively, so 100,000 nested brackets overflow the stack).
/// Parsing itself is iterative; the guard stops before any tree is built.
/// </summary>
internal sealed class YamlGuard(IParser inner) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new YamlLimitException(alias.Start, alias: true);
            case MappingStart or SequenceStart:
                if (++_depth > InputLimits.YamlDepth) throw new YamlLimitException(inner.Current.Start, alias: false);
                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }
}
