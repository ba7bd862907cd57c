namespace StdCompare.Alignment.Profiles;

/// <summary>
/// The language-independent bag of each clause together with its descendants, so that a heading clause
/// (<c>7 检验方法</c>, <c>7 МЕТОДЫ АНАЛИЗА</c>) is compared by what its subclauses say, not only by its few heading words.
/// </summary>
internal static class SubtreeBags
{
    /// <summary>Sets <see cref="ClauseProfile.Subtree"/> of every clause; children come after their parent.</summary>
    public static void Fill(ClauseProfile[] clauses)
    {
        for (var i = clauses.Length - 1; i >= 0; i--)
        {
            var clause = clauses[i];
            if (clause.Children.Length == 0)
            {
                clause.Subtree = clause.Independent;
                continue;
            }

            var bag = new TokenBagBuilder();
            bag.Add(clause.Independent);
            foreach (var child in clause.Children)
            {
                bag.Add(clauses[child].Subtree);
            }

            clause.Subtree = bag.Build();
        }
    }
}
