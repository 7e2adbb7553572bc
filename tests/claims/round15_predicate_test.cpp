// Fifteenth accuracy round (acc21v): verbs news text states figures with that no table listed in
// the form the text used ("cut", "will pay", "issues"), and the level a verb of change leaves
// (docs/claims.md "Fifteenth round: predicates"). Sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::pred_of;
using testing::subj_of;

}  // namespace

TEST_CASE("acc21v: cut is a verb of its own, keyed cut", "[claims][predicate][acc21v]") {
  CHECK(pred_of("The bakery chain cut 140 jobs at its Delmore plant last week.", "140") == "cut");
  CHECK(pred_of("Water allowances for growers were cut by 18% in March.", "18%") == "cut");
  // (the -ing form after a form of "be", derived at load)
  CHECK(pred_of("The airline is cutting 35 routes from its winter schedule.", "35") == "cut");
}

TEST_CASE("acc21v: the level a verb of change reaches or leaves is be", "[claims][predicate][acc21v]") {
  // priority "change": the level after "to", as after rose or fell
  CHECK(pred_of("The county cut its road budget by $3.1 million to $22.4 million this spring.", "$22.4 million") == "be");
  CHECK(pred_of("The county cut its road budget by $3.1 million to $22.4 million this spring.", "$3.1 million") == "cut");
  // the level it left, after "from"
  CHECK(pred_of("The plan commits the state to cut its borrowing from 6.2% of output to 4% by 2029.", "6.2%") == "be");
  CHECK(pred_of("Unemployment rose from 4.1% in May to 4.6% in June.", "4.1%") == "be");
}

TEST_CASE("acc21v: base and -s forms of verbs listed in their past", "[claims][predicate][acc21v]") {
  // "paid" marked all -> "pay" after a modal is read already; "pays" after a noun with its object
  CHECK(pred_of("The insurer pays 2,300 claims a month from the storm fund.", "2,300") == "pay");
  // "issued" -> "issues" (after a pronoun)
  CHECK(pred_of("The city says it issues about 40,000 parking permits each year.", "about 40,000") == "issue");
  CHECK(pred_of("Inspectors issued 620 warnings during the week-long campaign.", "620") == "issue");
  // "sold" -> "sells"; "collected" -> "collects"
  CHECK(pred_of("The cooperative sells 9,000 crates of apples a season.", "9,000") == "sell");
  CHECK(pred_of("The charity collects more than 12,000 coats every winter.", "more than 12,000") == "collect");
  CHECK(pred_of("The recall covers 4,600 kettles, and the firm recalls 900 more each week.", "900") == "recall");
}

TEST_CASE("acc21v: derived forms out of a verb's place stay nouns", "[claims][predicate][acc21v]") {
  // "cuts" after a noun with no object after it keeps its noun's reading
  CHECK(pred_of("Job cuts at the mill reached 300 by Friday.", "300") != "cut");
  // "cut" is a change noun too: after its figure it is no verb, and the change is of the noun
  // after "in"
  CHECK(subj_of("Growers face an 11% cut in their water quota next season.", "11%") == "quota");
}
