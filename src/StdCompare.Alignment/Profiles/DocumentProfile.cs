using StdCompare.Documents;

namespace StdCompare.Alignment.Profiles;

/// <summary>The profiles of all clauses of one document, with document-level figures.</summary>
internal sealed class DocumentProfile
{
    /// <summary>Creates a profile.</summary>
    public DocumentProfile(StandardDocument document, string language, ClauseProfile[] clauses)
    {
        Document = document;
        Language = language;
        Clauses = clauses;
        MeanLength = clauses.Length == 0 ? 1f : Math.Max(1f, (float)clauses.Average(c => c.Length));
        HasHan = clauses.Any(c => !c.Han.IsEmpty);
        IsChinese = language == "zh";
    }

    /// <summary>The document.</summary>
    public StandardDocument Document { get; }

    /// <summary>Its language (declared, else guessed from its letters).</summary>
    public string Language { get; }

    /// <summary>Clause profiles in document order.</summary>
    public ClauseProfile[] Clauses { get; }

    /// <summary>Mean clause length.</summary>
    public float MeanLength { get; }

    /// <summary>True when any clause has Han characters.</summary>
    public bool HasHan { get; }

    /// <summary>True for Chinese documents (glossed through CC-CEDICT).</summary>
    public bool IsChinese { get; }

    /// <summary>Number of clauses.</summary>
    public int Count => Clauses.Length;

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="index"/> or one of its ancestors.</summary>
    public bool IsWithin(int index, int ancestor)
    {
        for (var i = index; i >= 0; i = Clauses[i].Parent)
        {
            if (i == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
