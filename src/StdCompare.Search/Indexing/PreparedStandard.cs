using System.Collections.Immutable;
using Lucene.Net.Documents;

namespace StdCompare.Search.Indexing;

/// <summary>A standard mapped and analysed into its Lucene documents, ready for the writer.</summary>
/// <param name="Identity">The standard's identity.</param>
/// <param name="Clauses">Number of clauses.</param>
/// <param name="Documents">The standard's document and its clauses'.</param>
public sealed record PreparedStandard(string Identity, int Clauses, ImmutableArray<Document> Documents);
