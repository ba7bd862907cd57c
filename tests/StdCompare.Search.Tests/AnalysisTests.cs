using Lucene.Net.Analysis.Cn.Smart;
using StdCompare.Search.Analysis;

namespace StdCompare.Search.Tests;

public sealed class AnalysisTests : IDisposable
{
    private readonly SearchAnalyzers _analyzers = new();

    public void Dispose() => _analyzers.Dispose();

    public sealed class WholeTokens : IDisposable
    {
        private readonly SearchAnalyzers _a = new();

        public void Dispose() => _a.Dispose();

        [Fact]
        public void SmartCn_alone_splits_a_decimal_which_is_why_quantities_are_protected()
        {
            using var smart = new SmartChineseAnalyzer(SearchSchema.Lucene);
            TokenAssert.DoesNotContain(smart, "铅≤0.5 mg/kg", "0.5");
        }

        [Theory]
        [InlineData(AnalysisProfile.Chinese, "铅（以Pb计）≤0.5 mg/kg")] // SmartCn would give 0 | 5 | mg | kg
        [InlineData(AnalysisProfile.Chinese, "铅≤0.5毫克/千克")] // Chinese unit spelling, no space
        [InlineData(AnalysisProfile.Bigram, "납 0.5 mg/kg 이하")] // Korean
        [InlineData(AnalysisProfile.Russian, "свинец не более 0,5 мг/кг")] // decimal comma, Cyrillic unit
        [InlineData(AnalysisProfile.English, "Lead: max. 0.5 mg/kg")]
        [InlineData(AnalysisProfile.Mongolian, "хар тугалга 0,5 мг/кг")]
        public void A_quantity_stays_one_token_in_every_language(AnalysisProfile profile, string text)
            => TokenAssert.Contains(_a.For(profile), text, "0.5mg/kg", "0.5");

        [Fact]
        public void A_quantity_also_carries_its_value_in_the_canonical_unit()
            => TokenAssert.Contains(_a.For(AnalysisProfile.English), "lead 100 µg/kg", "100µg/kg", "0.1mg/kg");

        [Theory]
        [InlineData("应符合GB/T 19001—2016的规定")] // em dash, touching Han text
        [InlineData("GB/T 19001-2016")]
        public void A_designation_is_findable_with_and_without_its_year_and_by_its_number(string text)
            => TokenAssert.Contains(_a.For(AnalysisProfile.Chinese), text, "gb/t19001:2016", "gb/t19001", "19001");

        [Fact]
        public void Russian_designations_are_whole_tokens()
            => TokenAssert.Contains(_a.For(AnalysisProfile.Russian), "по ГОСТ Р 51069-97", "гостр51069:97", "гостр51069", "51069");

        [Theory]
        [InlineData("2,4-D")] // a herbicide: the standard tokenizer would give 2 | 4 | d
        [InlineData("benzo[a]pyrene")]
        public void Chemical_names_are_whole_tokens(string name)
            => TokenAssert.Contains(_a.For(AnalysisProfile.English), $"limits for {name} apply", name.ToLowerInvariant());

        [Fact]
        public void A_ginsenoside_code_inside_Chinese_text_is_a_whole_token()
            => TokenAssert.Contains(_a.For(AnalysisProfile.Chinese), "人参皂苷Rg1含量", "rg1");

        [Fact]
        public void Offsets_of_whole_tokens_point_into_the_original_text()
        {
            var text = "铅≤0.5 mg/kg，镉≤0.1 mg/kg";
            using var stream = _a.For(AnalysisProfile.Chinese).GetTokenStream("f", new StringReader(text));
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            stream.Reset();
            var seen = new List<string>();
            while (stream.IncrementToken())
            {
                seen.Add(text[offset.StartOffset..offset.EndOffset]);
                if (term.ToString() == "0.1mg/kg")
                {
                    Assert.Equal("0.1 mg/kg", text[offset.StartOffset..offset.EndOffset]);
                }
            }

            stream.End();
            Assert.Contains("镉", seen);
        }
    }

    public sealed class Bigrams : IDisposable
    {
        private readonly SearchAnalyzers _a = new();

        public void Dispose() => _a.Dispose();

        [Fact]
        public void Han_outside_GB2312_is_indexed_as_bigrams()
        {
            // 䶮 (U+4DAE, extension A) and 𬌗 (U+2C317, extension E) are not in GB2312: SmartCn does not know them.
            TokenAssert.Contains(_a.For(AnalysisProfile.Bigram), "刘䶮题写的𬌗面标准", "刘䶮", "䶮题", "的𬌗", "𬌗面");
        }

        [Fact]
        public void Korean_and_Japanese_runs_become_bigrams_and_latin_words_stay_words()
        {
            TokenAssert.Contains(_a.For(AnalysisProfile.Bigram), "잔류농약 Panax", "잔류", "류농", "농약", "panax");
            TokenAssert.Contains(_a.For(AnalysisProfile.Bigram), "残留農薬", "残留", "留農", "農薬");
        }

        [Fact]
        public void A_single_character_run_is_a_unigram()
            => TokenAssert.Contains(_a.For(AnalysisProfile.Bigram), "铅 mg", "铅", "mg");
    }

    public sealed class Mongolian : IDisposable
    {
        private readonly SearchAnalyzers _a = new();

        public void Dispose() => _a.Dispose();

        [Theory]
        [InlineData("хүнсний", "хүнс")] // genitive -ний
        [InlineData("усны", "ус")] // too short to strip: stays
        [InlineData("эвэрийн", "эвэр")] // genitive -ийн
        [InlineData("пестицидийн", "пестицид")]
        public void Case_suffixes_are_stripped_lightly(string word, string stem)
        {
            var terms = TokenAssert.Terms(_a.For(AnalysisProfile.Mongolian), word);
            Assert.Single(terms);
            Assert.Equal(stem == "ус" ? word : stem, terms[0]);
        }
    }

    [Fact]
    public void Every_profile_has_an_analyzer_and_a_field()
    {
        foreach (var profile in AnalysisProfiles.All)
        {
            Assert.NotNull(_analyzers.For(profile));
            Assert.StartsWith(SearchFields.TextPrefix, SearchFields.Text(profile), StringComparison.Ordinal);
        }
    }
}
