using System.Collections.Immutable;

namespace StdCompare.Alignment.Features;

/// <summary>
/// The features of a clause pair. Content features are computed from the two clauses and their documents;
/// context features from the first-stage scores of the neighbouring candidate pairs. A value of -1 means
/// "does not apply" (no heading concepts, no Han characters …), which the tree learners split on like any value.
/// </summary>
public static class PairFeatures
{
    /// <summary>Features of the two clauses (first and second stage).</summary>
    public static ImmutableArray<FeatureInfo> Content { get; } =
    [
        new("same_id", "structure", "1 when both clause ids are equal (4.2 and 4.2), else 0.", "Adoptions keep most numbers; a strong prior that the content features can overrule."),
        new("number_prefix_share", "structure", "Leading number segments both ids share, divided by the longer id's segment count; annexes share nothing with the body.", "Renumbered subclauses often keep their parent's number."),
        new("same_last_segment", "structure", "1 when both ids are at the same depth and end in the same number.", "A clause moved to another parent often keeps its place among siblings."),
        new("level_left", "structure", "Depth of the left clause (1 for 4, 2 for 4.1 …).", "Lets the model treat headings of chapters and leaf clauses differently."),
        new("level_right", "structure", "Depth of the right clause.", "As level_left."),
        new("level_difference", "structure", "level_left − level_right.", "Counterparts are usually at the same depth; splits and merges change it by one."),
        new("annex_agreement", "structure", "1 when both clauses are in an annex or both in the body, else 0.", "Annex material seldom moves into the body."),
        new("front_matter", "structure", "How many of the two clauses are a foreword or introduction (0, 1, 2).", "Forewords are national and rarely correspond."),
        new("position_difference", "structure", "|relative position left − relative position right|, positions in 0 … 1.", "A prior for document order that still allows moves."),
        new("sibling_position_difference", "structure", "|position among siblings left − right|.", "Order within a parent is kept more often than order across the document."),
        new("children_log_ratio", "structure", "ln((1 + children left) / (1 + children right)).", "Corresponding chapters have similar numbers of subclauses."),
        new("length_log_ratio", "size", "ln of the ratio of the clause lengths, each divided by its document's mean clause length (+0.05).", "Language-independent length agreement: translations keep relative length."),
        new("has_text_left", "size", "1 when the left clause has text or tables beyond its heading.", "Heading-only clauses correspond through their heading and children."),
        new("has_text_right", "size", "1 when the right clause has text or tables beyond its heading.", "As has_text_left."),
        new("tables_left", "size", "Number of tables in the left clause.", "Tables carry limits; their counterparts carry tables too."),
        new("tables_right", "size", "Number of tables in the right clause.", "As tables_left."),
        new("table_shape_similarity", "size", "Mean of min/max of the column counts and of the row counts of the tables; 0 when one side has none, -1 when neither has.", "The same table keeps its shape across languages."),
        new("concept_cosine", "concepts", "Cosine of the tf-idf vectors of terminology concepts found in both clauses (ConceptMatcher over heading, text and tables).", "Concepts are the cross-language vocabulary: 铅, lead and свинец are one concept."),
        new("concept_dice", "concepts", "Idf-weighted Dice of the concept sets.", "As concept_cosine, insensitive to repetitions."),
        new("concept_containment", "concepts", "Shared concept idf over the idf of the smaller concept set.", "A short clause whose concepts all recur in a longer one (merges, splits)."),
        new("concepts_shared", "concepts", "ln(1 + distinct shared concepts).", "Evidence grows with the number of shared concepts."),
        new("concepts_left", "concepts", "ln(1 + distinct concepts of the left clause).", "Calibrates the overlap figures: little evidence when a clause has few concepts."),
        new("concepts_right", "concepts", "ln(1 + distinct concepts of the right clause).", "As concepts_left."),
        new("loose_concept_cosine", "concepts", "concept_cosine over concepts found exactly or by word roots (the first 4 letters of each term word, alphabetic scripts only).", "Inflected and derived forms (хранение, хранят) that exact term matching misses."),
        new("loose_concept_containment", "concepts", "concept_containment over concepts found exactly or by word roots.", "As loose_concept_cosine."),
        new("heading_concept_dice", "concepts", "Idf-weighted Dice of the concepts of the two headings; -1 when a heading has none.", "Agreement of heading concepts: 感官要求 and Sensory requirements."),
        new("left_heading_in_right", "concepts", "Share of the left heading's concepts found anywhere in the right clause; -1 when it has none.", "A heading's subject recurs in its counterpart's text."),
        new("right_heading_in_left", "concepts", "Share of the right heading's concepts found anywhere in the left clause; -1 when it has none.", "As left_heading_in_right."),
        new("quantity_dice", "quantities", "Idf-weighted Dice of the quantities with units, each converted to its dimension's canonical unit and rounded to 3 significant digits.", "Limits written 10 μg/kg and 0.01 mg/kg are one token in any language."),
        new("quantities_shared", "quantities", "ln(1 + distinct shared quantities).", "Several shared values are strong evidence."),
        new("quantities_left", "quantities", "ln(1 + distinct quantities of the left clause).", "Calibrates quantity overlap."),
        new("quantities_right", "quantities", "ln(1 + distinct quantities of the right clause).", "As quantities_left."),
        new("dimension_cosine", "quantities", "Cosine of the dimensions of the quantities (mass fraction, temperature …).", "A modified limit keeps its dimension when its value changes."),
        new("number_dice", "quantities", "Idf-weighted Dice of the numbers without unit (not in designations; integers below 10 left out).", "Table values and codes recur across languages."),
        new("requirements_left", "quantities", "ln(1 + requirements the parser found in the left clause).", "Requirement clauses correspond to requirement clauses."),
        new("requirements_right", "quantities", "ln(1 + requirements in the right clause).", "As requirements_left."),
        new("requirement_parameter_share", "quantities", "Shared requirement parameters (by concept, else by text) over the smaller set; -1 when a side has none.", "The same parameter is limited in corresponding clauses, whatever the value."),
        new("designation_dice", "references", "Idf-weighted Dice of the designations referred to (without year, corresponding standards as one, see Profiles); -1 when neither refers to any.", "References to ISO 6579 or GB 5009.12 are written the same in every language; GB 2762 and CXS 193 play one role."),
        new("designations_shared", "references", "ln(1 + distinct shared designations).", "As designation_dice."),
        new("latin_cosine", "references", "Cosine of the tf-idf vectors of Latin word stems (symbols, formulas, abbreviations, English words and glosses in brackets).", "Pb, CO2, NTU, E. coli and bracketed English terms cross languages unchanged."),
        new("latin_containment", "references", "Shared Latin idf over the smaller side's Latin idf.", "The few Latin tokens of a Chinese or Russian clause are found in its English counterpart."),
        new("latin_left", "references", "ln(1 + distinct Latin stems of the left clause).", "Calibrates Latin overlap."),
        new("latin_right", "references", "ln(1 + distinct Latin stems of the right clause).", "As latin_left."),
        new("same_language", "lexical", "1 when both documents are in the same language.", "Tells the model when lexical overlap is translation-free."),
        new("lexical_cosine", "lexical", "Cosine of tf-idf vectors of word stems (alphabetic scripts) and character bigrams (zh, ja, ko, th).", "Within one language the most direct evidence; across Cyrillic languages it catches shared loanwords."),
        new("lexical_bm25", "lexical", "BM25 (k1 1.2, b 0.75) of each clause's lexical tokens as a query against the other, divided by its maximum, averaged over both directions.", "Rewards rare shared words with saturation for repeated ones."),
        new("heading_lexical_cosine", "lexical", "Cosine of the lexical tokens of the headings; -1 when a heading is empty.", "Headings within one language are near copies."),
        new("han_cosine", "lexical", "Cosine of Han characters and Han bigrams; -1 when either clause has none.", "Chinese and Japanese share kanji (水分, 灰分, 人参)."),
        new("independent_cosine", "lexical", "Cosine over the language-independent bag: concepts, quantities, designations and Latin stems together.", "One figure of all cross-language evidence."),
        new("independent_bm25", "lexical", "BM25 over the language-independent bag, normalised and averaged over both directions.", "As independent_cosine with saturation and length normalisation."),
        new("gloss_applicable", "glosses", "1 when one side is Chinese and the other English.", "Tells the model when the CC-CEDICT gloss features are meaningful."),
        new("gloss_coverage_chinese", "glosses", "Share of the Chinese clause's dictionary words (two or more characters) one of whose English gloss stems occurs in the English clause; -1 when not applicable.", "Dictionary translation of the words outside the terminology base."),
        new("gloss_coverage_english", "glosses", "Idf share of the English clause's content stems found among the Chinese clause's gloss stems; -1 when not applicable.", "As gloss_coverage_chinese, seen from the English side."),
        new("heading_gloss_coverage", "glosses", "gloss_coverage_chinese for the two headings; -1 when not applicable or a heading is empty.", "Headings translate word for word."),
        new("chinese_heading_in_english", "glosses", "Share of the Chinese heading's dictionary words one of whose gloss stems occurs anywhere in the English clause; -1 when not applicable.", "A heading's subject recurs in the counterpart's text (安全气囊警告标签 and 'the warning label …')."),
        new("english_heading_in_chinese", "glosses", "Share of the English heading's stems found among the Chinese clause's gloss stems; -1 when not applicable.", "As chinese_heading_in_english, seen from the English side."),
        .. Subtrees,
        .. Lexicon,
    ];

    /// <summary>Content features of subtrees (<see cref="SubtreeFeatures"/>).</summary>
    private static ImmutableArray<FeatureInfo> Subtrees =>
    [
        new("subtree_cosine", "structure", "Cosine of the language-independent bags (concepts, quantities, designations, Latin stems) of each clause with all its descendants; -1 when neither has children.", "A heading clause corresponds through what its subclauses say, not only its few heading words."),
        new("subtree_containment", "structure", "Shared idf of those subtree bags over the smaller bag's idf; -1 when neither has children.", "As subtree_cosine, for a chapter split or merged on one side."),
    ];

    /// <summary>Content features of the learned translation lexicon (<see cref="LexiconFeatures"/>), always the last content features.</summary>
    private static ImmutableArray<FeatureInfo> Lexicon =>
    [
        new("lexicon_coverage_left", "lexicon", "Idf share of the left clause's lexical tokens known to the learned lexicon that are among the lexicon's translations of the right clause's tokens; -1 when the lexicon has no entry for the language pair or the clause.", "Translation evidence for words outside the terminology base and CC-CEDICT, learned from the gold links of the training pairs (zh ⟷ mn has no dictionary)."),
        new("lexicon_coverage_right", "lexicon", "As lexicon_coverage_left, for the right clause's tokens among the translations of the left clause's tokens.", "As lexicon_coverage_left, seen from the other side."),
        new("lexicon_shared", "lexicon", "ln(1 + left tokens found among the translations of the right clause's tokens); -1 when not applicable.", "Evidence grows with the number of translated words."),
        new("lexicon_links", "lexicon", "ln(1 + gold links of training pairs the lexicon of the two languages was learned from, its terminology segments not counted); -1 when there is no lexicon of the two languages.", "How far the lexicon features can be trusted: a lexicon learned from one pair knows little."),
    ];

    /// <summary>Features of the pair's neighbourhood in the first-stage scores (second stage only).</summary>
    public static ImmutableArray<FeatureInfo> Context { get; } =
    [
        new("stage1_score", "context", "The first-stage probability of the pair.", "The content evidence in one number."),
        new("rank_left", "context", "Rank of the pair among the left clause's candidates by first-stage score (0 = best, at most 10).", "Competition: the best counterpart of a clause is the likely one."),
        new("rank_right", "context", "Rank of the pair among the right clause's candidates.", "As rank_left, from the other side."),
        new("margin_left", "context", "Score minus the best other score of the left clause's candidates.", "A clear winner is more likely right than one of several close ones."),
        new("margin_right", "context", "Score minus the best other score of the right clause's candidates.", "As margin_left."),
        new("best_left", "context", "Best first-stage score of the left clause.", "A clause with no good candidate is likely unmatched."),
        new("best_right", "context", "Best first-stage score of the right clause.", "As best_left."),
        new("mutual_best", "context", "1 when each clause is the other's best candidate.", "Mutual best pairs are the backbone of an alignment."),
        new("parent_score", "context", "First-stage score of the two parents; 0 when not a candidate, -1 when a clause has no parent.", "Structure prior: children of corresponding clauses correspond."),
        new("parents_linked", "context", "1 when the right parent is the left parent's best candidate; -1 when a clause has no parent.", "As parent_score, by rank."),
        new("previous_score", "context", "First-stage score of the pair one clause earlier on both sides; -1 at a document start.", "Order prior: runs of consecutive corresponding clauses."),
        new("next_score", "context", "First-stage score of the pair one clause later on both sides; -1 at a document end.", "As previous_score."),
        new("children_agree_left", "context", "Share of the left clause's children (with a candidate above 0.3) whose best candidate lies under the right clause; -1 when none.", "Heading clauses correspond when their subclauses do."),
        new("children_agree_right", "context", "Share of the right clause's children whose best candidate lies under the left clause; -1 when none.", "As children_agree_left."),
        new("order_offset", "context", "|right index − index expected from the nearest mutual-best anchors before and after the left clause| / right clause count; -1 without anchors.", "Order prior between anchors; a moved clause pays only this feature, not a constraint."),
        new("order_consistent", "context", "1 when the right clause lies between the right clauses of the anchors around the left clause; -1 without anchors.", "As order_offset."),
        new("on_order_path", "context", "1 when the pair is on the heaviest chain of first-stage scores (above 0.2) that keeps document order on both sides (one-to-many and many-to-one steps allowed).", "What an order-preserving aligner would choose; a feature, so that content can overrule it for moved clauses."),
        new("order_path_offset", "context", "|right index − the right index the chain implies at the left clause| / right clause count; -1 without a chain.", "Distance from the document-order alignment."),
        new("mass_left", "context", "Sum of the first-stage scores of the left clause's candidates.", "High mass spread over several clauses suggests a split (one-to-many)."),
        new("mass_right", "context", "Sum of the first-stage scores of the right clause's candidates.", "As mass_left, for merges."),
        new("left_parent_with_right", "context", "First-stage score of the left clause's parent with the right clause; 0 when not a candidate, -1 when the left clause has no parent.", "A subclause of a section that corresponds as a whole to one clause (an annex method against one body clause) links to that clause too."),
        new("right_parent_with_left", "context", "First-stage score of the left clause with the right clause's parent; 0 when not a candidate, -1 when the right clause has no parent.", "As left_parent_with_right, seen from the other side."),
        new("left_with_previous_right", "context", "First-stage score of the left clause with the right clause one before; 0 when not a candidate, -1 at the right document's start.", "Splits: one clause whose content the other side spreads over consecutive clauses links to each of them."),
        new("left_with_next_right", "context", "First-stage score of the left clause with the right clause one after; 0 when not a candidate, -1 at the right document's end.", "As left_with_previous_right."),
        new("previous_left_with_right", "context", "First-stage score of the left clause one before with the right clause; 0 when not a candidate, -1 at the left document's start.", "Merges: consecutive clauses of one side that the other side states in one clause."),
        new("next_left_with_right", "context", "First-stage score of the left clause one after with the right clause; 0 when not a candidate, -1 at the left document's end.", "As previous_left_with_right."),
        new("left_with_right_sibling", "context", "Best first-stage score of the left clause with another clause of the right clause's parent (a sibling; top-level clauses are siblings of each other); 0 when none is a candidate.", "A clause split into sibling subclauses on the other side (several grades, several methods) links to each sibling."),
        new("right_with_left_sibling", "context", "Best first-stage score of the right clause with a sibling of the left clause; 0 when none is a candidate.", "As left_with_right_sibling, for merges."),
        new("left_with_right_child", "context", "Best first-stage score of the left clause with a child of the right clause; 0 when none is a candidate, -1 when the right clause has no children.", "A clause that corresponds to a whole chapter links to its heading as well as to the subclauses that carry the content."),
        new("right_with_left_child", "context", "Best first-stage score of the right clause with a child of the left clause; 0 when none is a candidate, -1 when the left clause has no children.", "As left_with_right_child, seen from the other side."),
        new("anchor_lexicon_left", "context", "Idf share of the left clause's lexical tokens (with a translation) found among the translations of the right clause's tokens, in a lexicon learned from this document pair's mutual-best pairs above 0.5 (Dice ≥ 0.3, together in ≥ 2 pairs, each clause's own pair left out); -1 within one language, without anchors, or when the clause has no translated token.", "The subject words of one standard (风干牛肉 and борц) that no dictionary knows recur across its confident links."),
        new("anchor_lexicon_right", "context", "As anchor_lexicon_left, for the right clause's tokens among the translations of the left clause's tokens.", "As anchor_lexicon_left, seen from the other side."),
        new("anchor_links", "context", "ln(1 + mutual-best pairs above 0.5 the pair's lexicon was learned from); -1 within one language.", "How far the document pair's own lexicon can be trusted."),
    ];

    /// <summary>Number of content features.</summary>
    public static int ContentCount => Content.Length;

    /// <summary>Number of second-stage features: content and context.</summary>
    public static int AllCount => Content.Length + Context.Length;

    /// <summary>Names of the first-stage features, in vector order.</summary>
    public static ImmutableArray<string> ContentNames { get; } = [.. Content.Select(f => f.Name)];

    /// <summary>Names of the second-stage features, in vector order.</summary>
    public static ImmutableArray<string> AllNames { get; } = [.. Content.Select(f => f.Name), .. Context.Select(f => f.Name)];
}
