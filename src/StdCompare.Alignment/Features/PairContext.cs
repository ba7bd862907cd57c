using StdCompare.Alignment.Profiles;

namespace StdCompare.Alignment.Features;

/// <summary>Everything computed once per pair of documents before pairs of clauses are compared.</summary>
internal sealed class PairContext
{
    /// <summary>Weighs every view of both documents.</summary>
    public PairContext(DocumentProfile left, DocumentProfile right)
    {
        Left = left;
        Right = right;
        SameLanguage = left.Language.Length > 0 && string.Equals(left.Language, right.Language, StringComparison.Ordinal);
        GlossSide = left.IsChinese && right.Language == "en" ? GlossDirection.LeftChinese
            : right.IsChinese && left.Language == "en" ? GlossDirection.RightChinese
            : GlossDirection.None;
        var views = new Func<ViewWeights>[]
        {
            () => new ViewWeights(left, right, c => c.Concepts),
            () => new ViewWeights(left, right, c => c.HeadingConcepts),
            () => new ViewWeights(left, right, c => c.Quantities),
            () => new ViewWeights(left, right, c => c.Dimensions),
            () => new ViewWeights(left, right, c => c.Numbers),
            () => new ViewWeights(left, right, c => c.Designations),
            () => new ViewWeights(left, right, c => c.Latin),
            () => new ViewWeights(left, right, c => c.Lexical),
            () => new ViewWeights(left, right, c => c.HeadingLexical),
            () => new ViewWeights(left, right, c => c.Han),
            () => new ViewWeights(left, right, c => c.Independent),
            () => new ViewWeights(left, right, c => c.LooseConcepts),
            () => new ViewWeights(left, right, c => c.Subtree),
        };
        var built = new ViewWeights[views.Length];
        Parallel.For(0, views.Length, k => built[k] = views[k]());
        (Concepts, HeadingConcepts, Quantities, Dimensions, Numbers, Designations, Latin, Lexical, HeadingLexical, Han, Independent) =
            (built[0], built[1], built[2], built[3], built[4], built[5], built[6], built[7], built[8], built[9], built[10]);
        LooseConcepts = built[11];
        Subtree = built[12];
        _anchorTokens = new Lazy<AnchorTokens>(() => AnchorTokens.Select(Lexical, left.Count, right.Count));
    }

    private readonly Lazy<AnchorTokens> _anchorTokens;

    /// <summary>Which side, if any, is Chinese facing English.</summary>
    public enum GlossDirection
    {
        /// <summary>Glosses do not apply.</summary>
        None,

        /// <summary>Left Chinese, right English.</summary>
        LeftChinese,

        /// <summary>Right Chinese, left English.</summary>
        RightChinese,
    }

    /// <summary>The left document.</summary>
    public DocumentProfile Left { get; }

    /// <summary>The right document.</summary>
    public DocumentProfile Right { get; }

    /// <summary>True when both documents are in one language.</summary>
    public bool SameLanguage { get; }

    /// <summary>Whether CC-CEDICT glosses apply.</summary>
    public GlossDirection GlossSide { get; }

    /// <summary>Terminology concepts.</summary>
    public ViewWeights Concepts { get; }

    /// <summary>Concepts found exactly or by word roots.</summary>
    public ViewWeights LooseConcepts { get; }

    /// <summary>Concepts of headings.</summary>
    public ViewWeights HeadingConcepts { get; }

    /// <summary>Quantities with units.</summary>
    public ViewWeights Quantities { get; }

    /// <summary>Dimensions of quantities.</summary>
    public ViewWeights Dimensions { get; }

    /// <summary>Bare numbers.</summary>
    public ViewWeights Numbers { get; }

    /// <summary>Designations.</summary>
    public ViewWeights Designations { get; }

    /// <summary>Latin stems.</summary>
    public ViewWeights Latin { get; }

    /// <summary>Lexical tokens.</summary>
    public ViewWeights Lexical { get; }

    /// <summary>Lexical tokens of headings.</summary>
    public ViewWeights HeadingLexical { get; }

    /// <summary>Han characters and bigrams.</summary>
    public ViewWeights Han { get; }

    /// <summary>The language-independent bag.</summary>
    public ViewWeights Independent { get; }

    /// <summary>The language-independent bag of each clause with its descendants.</summary>
    public ViewWeights Subtree { get; }

    /// <summary>The tokens of the document pair's own lexicon (<see cref="AnchorLexicon"/>), chosen on first use, once for every context stage.</summary>
    public AnchorTokens AnchorTokens => _anchorTokens.Value;
}
