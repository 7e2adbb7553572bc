// Fourteenth accuracy round (acc20p): the base, -s and -ing forms of the verbs of predicates.tsv's
// block "Breadth", derived from their past forms when the table is loaded, and a verb only in a
// verb's place (docs/claims.md "Fourteenth round: predicates"). Sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::pred_of;
using testing::subj_of;

}  // namespace

TEST_CASE("acc20p: -s forms derived from a listed past are verbs before their object", "[claims][predicate][acc20p]") {
  // "fed" listed -> "feeds" (after a noun, a figure right after it)
  CHECK(pred_of("The food bank now feeds 3,200 families a week.", "3,200") == "feed");
  // "processed" -> "processes" (after a pronoun)
  CHECK(pred_of("The port authority says it processes 1.4 million containers a year.", "1.4 million") == "process");
  // "supplied" -> "supplies" (consonant and y: -ies)
  CHECK(pred_of("The cooperative supplies 60% of the valley's milk.", "60%") == "supply");
}

TEST_CASE("acc20p: -ing forms derived from a listed past are verbs after a form of be",
          "[claims][predicate][acc20p]") {
  // "sampled" -> "sampling" (the stem of the past: "sampl" + ing)
  CHECK(pred_of("Volunteers were sampling water at 25 sites along the river.", "25") == "sample");
  // "shed" (irregular, one syllable) -> "shedding"
  CHECK(pred_of("The mill is shedding 140 jobs at its two plants.", "140") == "shed");
  // "drew" -> draw -> "drawing" (after a comma the unlisted participle's rule reads it)
  CHECK(pred_of("The choir opened its season on Friday, drawing 1,200 people to the cathedral.", "1,200") == "draw");
  CHECK(pred_of("The hall has been drawing 1,200 people a night.", "1,200") == "draw");
}

TEST_CASE("acc20p: derived forms out of a verb's place stay nouns and modifiers", "[claims][predicate][acc20p]") {
  // "increases" is no derived form, and "tax" none either: the noun keeps its change
  CHECK(pred_of("Tax increases of 12 billion euros were announced on Tuesday.", "12 billion euros") == "rise");
  // "house" after an adjective is the noun ("housed" is listed)
  CHECK(pred_of("The lower house has 240 seats.", "240") == "win");
  CHECK(subj_of("The lower house has 240 seats.", "240") == "seat");
  // "containing" after a noun is a reduced relative: the clause's verb is the sentence's
  CHECK(pred_of("Buildings containing 520,000 flats were inspected after the quake.", "520,000") == "inspect");
}
