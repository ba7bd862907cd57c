using StdCompare.Alignment.Features;
using StdCompare.Alignment.Profiles;
using StdCompare.Alignment.Text;
using StdCompare.Terminology;

namespace StdCompare.Alignment.Tests;

/// <summary>The pieces features are made of: quantities, designations, stems, clause numbers, weighted overlap.</summary>
public sealed class FeatureTests
{
    public sealed class QuantityReaderTests
    {
        [Theory]
        [InlineData("不大于 10 μg/kg", "zh", "≤ 0.01 mg/kg", "en")] // micrograms meet milligrams after conversion
        [InlineData("не более 0,2 мг/кг", "ru", "max. 0.2 mg/kg", "en")] // Russian decimal comma and Cyrillic unit
        [InlineData("25 ℃", "zh", "25 °C", "en")] // NFKC degree sign
        [InlineData("5×10^4 CFU/g", "en", "50000 CFU/g", "en")] // powers of ten
        public void Equal_quantities_give_equal_tokens(string a, string languageA, string b, string languageB)
        {
            var x = QuantityReader.Read(TextNormalizer.Normalize(a), languageA).Where(q => q.Unit is not null).Select(q => q.Token).ToArray();
            var y = QuantityReader.Read(TextNormalizer.Normalize(b), languageB).Where(q => q.Unit is not null).Select(q => q.Token).ToArray();
            Assert.Single(x);
            Assert.Equal(x, y);
        }

        [Fact]
        public void A_number_before_a_word_is_not_read_as_metres()
        {
            var q = Assert.Single(QuantityReader.Read("within 3 months", "en"));
            Assert.Null(q.Unit);
        }
    }

    public sealed class DesignationReaderTests
    {
        [Fact]
        public void Designations_are_found_and_blanked_out()
        {
            var (keys, rest) = DesignationReader.Read("按GB 5009.12和ISO 6579-1:2017规定的方法测定");
            Assert.Contains("GB 5009.12", keys);
            Assert.Contains("ISO 6579-1", keys);
            Assert.DoesNotContain("5009", rest, StringComparison.Ordinal);
            Assert.Equal("按GB 5009.12和ISO 6579-1:2017规定的方法测定".Length, rest.Length);
        }
    }

    public sealed class StemmerTests
    {
        [Theory]
        [InlineData("requirements", "required")] // English derivations
        [InlineData("качества", "качество")] // Russian case endings
        [InlineData("airbags", "airbag")] // plurals
        public void Inflected_forms_share_a_stem(string a, string b)
            => Assert.Equal(Stemmer.Stem(a).ToString(), Stemmer.Stem(b).ToString());
    }

    public sealed class LooseConceptMatcherTests
    {
        private static readonly TerminologyBase Terms = new([new TermConcept("std.storage", "general", System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [
            new KeyValuePair<string, System.Collections.Immutable.ImmutableArray<string>>("ru", ["хранение"]),
            new KeyValuePair<string, System.Collections.Immutable.ImmutableArray<string>>("zh", ["储存"]),
        ]), "")]);

        [Fact]
        public void A_derived_form_is_found_by_its_root()
            => Assert.Equal(new[] { "std.storage" }, new LooseConceptMatcher(Terms).Match("Кукурузу хранят в сухих складах", "ru"));

        [Fact]
        public void Unspaced_languages_are_left_to_the_exact_matcher()
            => Assert.False(new LooseConceptMatcher(Terms).Covers("zh"));
    }

    public sealed class ClauseNumberTests
    {
        [Theory]
        [InlineData("4.1.2", 3, false)] // body clause
        [InlineData("A.3", 2, true)] // annex clause
        [InlineData("p7", 1, false)] // paragraph of an unnumbered text
        public void Ids_are_read_as_numbers(string id, int segments, bool annex)
        {
            var n = ClauseNumber.Parse(id);
            Assert.Equal(segments, n.Segments.Length);
            Assert.Equal(annex, n.IsAnnex);
        }

        [Fact]
        public void The_annex_shares_no_prefix_with_the_body()
            => Assert.Equal(0, ClauseNumber.Parse("A.1").CommonPrefix(ClauseNumber.Parse("1.1")));

        [Fact]
        public void Siblings_share_their_parent()
            => Assert.Equal(2, ClauseNumber.Parse("4.2.1").CommonPrefix(ClauseNumber.Parse("4.2.7")));
    }

    public sealed class PairFeatureTests
    {
        private static readonly AlignmentResources Resources = new(
            new TerminologyBase([new TermConcept("food.lead", "food", System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [
                new KeyValuePair<string, System.Collections.Immutable.ImmutableArray<string>>("en", ["lead"]),
                new KeyValuePair<string, System.Collections.Immutable.ImmutableArray<string>>("zh", ["铅"]),
                new KeyValuePair<string, System.Collections.Immutable.ImmutableArray<string>>("ru", ["свинец"]),
            ]), "Pb")]),
            ChineseEnglishDictionary.Empty);

        [Fact]
        public void Every_feature_has_a_unique_documented_name()
        {
            var names = PairFeatures.AllNames;
            Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
            Assert.All(PairFeatures.Content.Concat(PairFeatures.Context), f =>
            {
                Assert.Matches("^[a-z0-9_]+$", f.Name);
                Assert.False(string.IsNullOrWhiteSpace(f.Definition));
                Assert.False(string.IsNullOrWhiteSpace(f.Why));
            });
        }

        [Fact]
        public void A_limit_on_lead_in_Chinese_and_Russian_shares_concept_and_quantity()
        {
            var zh = Synthetic.Document("GB 1", "zh", ("4.1", "铅", "铅的含量应不大于0.2 mg/kg。"), ("4.2", "水分", "水分不大于14 %。"));
            var ru = Synthetic.Document("ГОСТ 1", "ru", ("5.1", "Свинец", "Содержание свинца не более 0,2 мг/кг."), ("5.2", "Влажность", "Влажность не более 14,5 %."));
            var f = Features(zh, ru, 0, 0);
            Assert.True(f["concept_cosine"] > 0.9f, Show(f));
            Assert.True(f["quantity_dice"] > 0.9f, Show(f));
            Assert.Equal(0f, f["same_id"]);
            Assert.Equal(0f, f["same_language"]);

            var g = Features(zh, ru, 0, 1);
            Assert.Equal(0f, g["concept_cosine"]);
            Assert.Equal(0f, g["quantity_dice"]);
        }

        [Fact]
        public void Identical_clauses_have_full_lexical_overlap_and_the_same_id()
        {
            var a = Synthetic.Document("X 1", "en", ("1", "Scope", "This standard applies to drinking water."), ("2", "Lead", "Lead shall not exceed 0.01 mg/L."));
            var f = Features(a, a, 1, 1);
            Assert.Equal(1f, f["same_id"]);
            Assert.Equal(1f, f["same_language"]);
            Assert.Equal(1f, f["lexical_cosine"], 3);
            Assert.Equal(1f, f["quantity_dice"], 3);
        }

        [Fact]
        public void Headings_compare_through_their_children()
        {
            // Headings with no words in common; their children share the lead concept and the limit.
            var zh = Synthetic.Document("A 1", "zh", ("4", "技术要求", ""), ("4.1", "铅", "铅含量应不大于 0.01 mg/kg。"), ("4.2", "标签", "应标示产地。"));
            var en = Synthetic.Document("B 1", "en", ("3", "Essential composition", ""), ("3.1", "Lead", "Lead shall not exceed 0.01 mg/kg."), ("3.2", "Labelling", "The origin shall be declared."));
            var headings = Features(zh, en, 0, 0);
            Assert.True(headings["subtree_cosine"] > 0f, Show(headings));
            Assert.True(headings["subtree_containment"] > 0.5f, Show(headings));
            Assert.Equal(0f, headings["quantity_dice"]);
            var leaves = Features(zh, en, 1, 1);
            Assert.Equal(-1f, leaves["subtree_cosine"]);
            Assert.Equal(-1f, leaves["subtree_containment"]);
        }

        private static string Show(Dictionary<string, float> f) => string.Join(", ", f.Select(kv => $"{kv.Key}={kv.Value}"));

        private static Dictionary<string, float> Features(Documents.StandardDocument left, Documents.StandardDocument right, int i, int j)
        {
            var profiler = new ClauseProfiler(Resources);
            var ctx = new PairContext(profiler.Get(left), profiler.Get(right));
            var values = new float[PairFeatures.ContentCount];
            ContentFeatures.Compute(ctx, i, j, values);
            return PairFeatures.ContentNames.Select((name, k) => (name, k)).ToDictionary(x => x.name, x => values[x.k]);
        }
    }
}
