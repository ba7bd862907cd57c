namespace StdCompare.Alignment.Text;

/// <summary>The tags that keep tokens of different kinds apart in <see cref="TokenHash"/>.</summary>
internal static class TokenViews
{
    /// <summary>A word stem of an alphabetic script (also English gloss words).</summary>
    public const char Word = 'w';

    /// <summary>A character bigram (or a lone character) of an unspaced script.</summary>
    public const char Bigram = 'b';

    /// <summary>A single Han ideograph.</summary>
    public const char HanChar = 'h';

    /// <summary>A terminology concept id.</summary>
    public const char Concept = 'c';

    /// <summary>A quantity: dimension and canonical value, or a bare number.</summary>
    public const char Quantity = 'q';

    /// <summary>A dimension (mass fraction, temperature …) a quantity is in.</summary>
    public const char Dimension = 'd';

    /// <summary>A referenced designation (without year).</summary>
    public const char Designation = 's';
}
