using System.Collections.Immutable;
using Lucene.Net.Search;

namespace StdCompare.Search.Querying;

/// <summary>A search turned into Lucene: the scored query, the filter, and what the user is shown of it.</summary>
/// <param name="Query">The scored query.</param>
/// <param name="Filter">Metadata filters, or null.</param>
/// <param name="Expanded">The expanded query as text.</param>
/// <param name="Expansions">Each expansion.</param>
/// <param name="Requirements">The requirement queries as understood.</param>
internal sealed record QueryPlan(Query Query, Filter? Filter, string Expanded, ImmutableArray<QueryExpansion> Expansions, ImmutableArray<string> Requirements);
