using StdCompare.Search.Querying;

namespace StdCompare.Search.Tests;

[Collection(CorpusIndexCollection.Name)]
public sealed class SearchTests(CorpusIndexFixture fixture)
{
    private SearchResult Search(string query, int top = 50, SearchLevel level = SearchLevel.Clause)
        => fixture.Index.Search(new SearchRequest { Query = query, Top = top, Level = level });

    [Collection(CorpusIndexCollection.Name)]
    public sealed class CrossLanguage(CorpusIndexFixture fixture)
    {
        [Fact]
        public void Ginseng_pesticide_residues_in_Chinese_finds_Korean_Russian_Japanese_and_English_clauses()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "人参 农药残留", Top = 60, Level = SearchLevel.Clause });
            var languages = result.Hits.Select(h => h.Language).ToHashSet();
            Assert.Superset(new HashSet<string> { "zh", "ko", "ru", "ja", "en" }, languages);
            Assert.Contains(result.Hits, h => h.Standard == "KS H 9021:2019" && h.Clause == "5.7");
            Assert.Contains(result.Hits, h => h.Standard == "ISO 19610:2017" && h.Clause == "7.6");
        }

        [Fact]
        public void The_expansion_is_shown_with_the_concept_and_its_terms()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "人参 农药残留" });
            var ginseng = Assert.Single(result.Expansions, e => e.Concept == "agri.ginseng");
            Assert.Contains("인삼", ginseng.Terms["ko"]);
            Assert.Contains("женьшень", ginseng.Terms["ru"]);
            Assert.Contains("agri.ginseng", result.ExpandedQuery, StringComparison.Ordinal);
        }

        [Fact]
        public void A_Korean_query_finds_the_Chinese_clause()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "잔류농약", Top = 40, Level = SearchLevel.Clause });
            Assert.Contains(result.Hits, h => h.Language == "zh" && h.Heading == "农药残留");
        }

        [Fact]
        public void A_Mongolian_term_of_two_words_is_one_concept()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "хүн орхоодой", Top = 30 });
            Assert.Contains(result.Expansions, e => e.Concept == "agri.ginseng");
            Assert.Contains(result.Hits, h => h.Language != "mn");
        }

        [Fact]
        public void Without_expansion_the_query_stays_in_its_language()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "잔류농약", Top = 40, Expand = false, Level = SearchLevel.Clause });
            Assert.All(result.Hits, h => Assert.Equal("ko", h.Language));
            Assert.Empty(result.Expansions);
        }

        [Fact]
        public void CC_CEDICT_translates_a_Chinese_word_the_terminology_base_does_not_know()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "工艺" });
            Assert.Contains(result.Expansions, e => e.Source == QueryExpansion.Dictionary && e.Terms.ContainsKey("en"));
        }
    }

    [Collection(CorpusIndexCollection.Name)]
    public sealed class Designations(CorpusIndexFixture fixture)
    {
        [Theory]
        [InlineData("GB/T 19001-2016")] // as written
        [InlineData("GB/T 19001")] // without the year
        [InlineData("19001")] // the number alone
        [InlineData("gb/t 19001—2016")] // lower case, em dash
        public void A_standard_is_found_by_its_designation_in_any_form(string query)
        {
            var result = fixture.Index.Search(new SearchRequest { Query = query, Level = SearchLevel.Standard });
            Assert.Equal("GB/T 19001-2016", result.Hits[0].Standard);
        }

        [Fact]
        public void Without_the_year_every_edition_is_found_and_statuses_differ()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "GB/T 19001", Level = SearchLevel.Standard, AsOf = null });
            var editions = result.Hits.Where(h => h.Standard.StartsWith("GB/T 19001", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, editions.Count);
            Assert.Contains(editions, h => h.Standard == "GB/T 19001-2008" && h.Status == "withdrawn" && h.Clause is null);
        }

        [Fact]
        public void A_quantity_finds_the_same_quantity_written_in_another_language()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "0.5 мг/кг", Top = 100, Level = SearchLevel.Clause });
            Assert.Contains(result.Hits, h => h.Language == "ru");
            Assert.Contains(result.Hits, h => h.Language != "ru");
        }
    }

    [Collection(CorpusIndexCollection.Name)]
    public sealed class Filters(CorpusIndexFixture fixture)
    {
        [Fact]
        public void Jurisdiction_CN_includes_provinces()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "大米", Jurisdictions = ["CN"], Top = 100 });
            Assert.Contains(result.Hits, h => h.Jurisdiction == "CN-22");
            Assert.All(result.Hits, h => Assert.StartsWith("CN", h.Jurisdiction, StringComparison.Ordinal));
        }

        [Fact]
        public void Language_industry_and_level_filters_hold_for_every_hit()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "ginseng", Languages = ["ko"], Industries = ["ginseng"], Level = SearchLevel.Clause, Top = 100 });
            Assert.NotEmpty(result.Hits);
            Assert.All(result.Hits, h =>
            {
                Assert.Equal("ko", h.Language);
                Assert.NotNull(h.Clause);
            });
        }

        [Theory]
        [InlineData("67", true)] // top-level group finds 67.060
        [InlineData("67.060", true)]
        [InlineData("65", false)]
        public void ICS_codes_are_searched_by_prefix(string prefix, bool found)
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "lead", Ics = [prefix], Top = 100 });
            Assert.Equal(found, result.Hits.Any(h => h.Standard.StartsWith("TST-", StringComparison.Ordinal)));
        }

        [Theory]
        [InlineData("1006")]
        [InlineData("10.06")]
        [InlineData("1006.30")]
        public void HS_codes_are_searched_by_prefix_with_or_without_dots(string prefix)
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "*", Hs = [prefix], Level = SearchLevel.Standard, Top = 100 });
            Assert.Equal(4, result.Hits.Count(h => h.Standard.StartsWith("TST-", StringComparison.Ordinal)));
        }

        [Fact]
        public void As_of_a_date_only_standards_in_force_are_found()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "*", Industries = ["rice"], Level = SearchLevel.Standard, AsOf = new DateOnly(2022, 6, 1), Top = 100 });
            var ids = result.Hits.Select(h => h.Standard).ToHashSet();
            Assert.Contains("TST-KR 1-2020", ids);
            Assert.DoesNotContain("TST-RU 3-2015", ids); // withdrawn 2021
            Assert.DoesNotContain("TST-EN 4-2030", ids); // not yet in force
            Assert.All(result.Hits, h => Assert.Equal("effective", h.Status));
        }

        [Fact]
        public void Facets_count_matches_by_jurisdiction_language_industry_and_body()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "人参" });
            Assert.Equal(["body", "industry", "jurisdiction", "language"], result.Facets.Keys.ToArray());
            Assert.Contains(result.Facets["language"], f => f.Value == "ko" && f.Count > 0);
            Assert.Equal(result.Total, result.Facets["language"].Sum(f => f.Count));
        }
    }

    [Collection(CorpusIndexCollection.Name)]
    public sealed class Requirements(CorpusIndexFixture fixture)
    {
        [Fact]
        public void Lead_at_most_0_1_mg_per_kg_finds_lower_limits_in_any_unit_and_absent_requirements()
        {
            var result = fixture.Index.Search(new SearchRequest { Requirements = ["lead<=0.1mg/kg"], Top = 100 });
            var ids = result.Hits.Select(h => h.Standard).ToHashSet();
            Assert.Contains("TST-KR 1-2020", ids); // 0.05 mg/kg, Korean parameter 납
            Assert.Contains("TST-JP 2-2019", ids); // 100 µg/kg = 0.1 mg/kg, Japanese parameter 鉛
            Assert.Contains("TST-EN 4-2030", ids); // lead not detected
            Assert.DoesNotContain("TST-RU 3-2015", ids); // 0.5 mg/kg is above 0.1
            Assert.Contains("food.lead", result.Requirements[0], StringComparison.Ordinal);
        }

        [Fact]
        public void A_strict_bound_excludes_the_value_itself()
        {
            var result = fixture.Index.Search(new SearchRequest { Requirements = ["铅<0.1 mg/kg"], Top = 100 });
            var ids = result.Hits.Select(h => h.Standard).ToHashSet();
            Assert.Contains("TST-KR 1-2020", ids);
            Assert.DoesNotContain("TST-JP 2-2019", ids);
        }

        [Fact]
        public void Jurisdictions_and_words_combine_with_a_requirement()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "rice", Requirements = ["lead<=0.1mg/kg"], Jurisdictions = ["KR", "JP"], Top = 100 });
            Assert.Equal(["TST-JP 2-2019", "TST-KR 1-2020"], result.Hits.Select(h => h.Standard).Order(StringComparer.Ordinal).ToArray());
            Assert.All(result.Hits, h => Assert.NotEmpty(h.Requirements));
        }

        [Fact]
        public void A_requirement_written_inside_the_query_is_read_as_one()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "lead ≤ 0.1 mg/kg", Top = 100 });
            Assert.Single(result.Requirements);
            Assert.DoesNotContain(result.Hits, h => h.Standard == "TST-RU 3-2015");
        }

        [Fact]
        public void A_lower_bound_query_finds_minimums()
        {
            var result = fixture.Index.Search(new SearchRequest { Requirements = ["protein>=5%"], Top = 10 });
            Assert.Contains(result.Hits, h => h.Standard == "TST-EN 4-2030" && h.Clause == "4.2");
        }
    }

    [Collection(CorpusIndexCollection.Name)]
    public sealed class UntrustedQueries(CorpusIndexFixture fixture)
    {
        [Theory]
        [InlineData("人参 AND")] // dangling operator
        [InlineData("(人参 农药")] // unclosed parenthesis
        [InlineData("\"人参 农药")] // unclosed quote
        [InlineData("人参 OR OR 农药")] // two operators
        [InlineData("[a TO b]")] // range
        public void A_syntax_error_is_one_clear_message(string query)
        {
            var e = Assert.Throws<SearchException>(() => fixture.Index.Search(new SearchRequest { Query = query }));
            Assert.Equal(SearchErrorCodes.Syntax, e.Code);
            Assert.DoesNotContain("   at ", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Was expecting", e.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("*参")]
        [InlineData("?inseng")]
        public void A_leading_wildcard_is_refused(string query)
        {
            var e = Assert.Throws<SearchException>(() => fixture.Index.Search(new SearchRequest { Query = query }));
            Assert.Equal(SearchErrorCodes.LeadingWildcard, e.Code);
        }

        [Fact]
        public void A_trailing_wildcard_is_bounded_and_works()
        {
            var result = fixture.Index.Search(new SearchRequest { Query = "ginseng*" });
            Assert.NotEmpty(result.Hits);
        }

        [Fact]
        public void A_query_that_is_too_long_is_refused()
        {
            var e = Assert.Throws<SearchException>(() => fixture.Index.Search(new SearchRequest { Query = new string('a', SearchLimits.MaxQueryLength + 1) }));
            Assert.Equal(SearchErrorCodes.TooLong, e.Code);
        }

        [Theory]
        [InlineData("lead<=abc")] // no number
        [InlineData("lead<=0.1 furlongs")] // unknown unit
        [InlineData("<=0.1mg/kg")] // no parameter
        public void A_bad_requirement_is_one_clear_message(string requirement)
        {
            var e = Assert.Throws<SearchException>(() => fixture.Index.Search(new SearchRequest { Requirements = [requirement] }));
            Assert.Equal(SearchErrorCodes.Requirement, e.Code);
        }

        [Theory]
        [InlineData("GB/T 19001 mg/kg")] // slashes are not regular expressions
        [InlineData("要求：铅")] // a full-width colon is not a field
        [InlineData("a && b || c")]
        [InlineData("title:人参")] // not a field: searched as text
        public void Pasted_text_with_syntax_characters_is_searched_as_words(string query)
            => fixture.Index.Search(new SearchRequest { Query = query });
    }

    [Fact]
    public void Hits_carry_provenance_source_line_and_a_highlighted_snippet()
    {
        var hit = Search("농약").Hits.First(h => h.Standard == "KS H 9021:2019");
        Assert.Equal("sample", hit.Provenance);
        Assert.Contains("**", hit.Snippet, StringComparison.Ordinal);
        Assert.NotNull(hit.Line);
        Assert.EndsWith(".html", hit.Source ?? hit.Standard, StringComparison.Ordinal);
    }
}
