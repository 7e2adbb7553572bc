// Seventeenth accuracy round (acc23k): verb forms by their place in the clause. A base form after
// a plural noun with its object after it is a present verb; a listed -s form right before a
// finite auxiliary is a plural noun; a figure that opens its clause takes a bare present verb
// after its noun (docs/claims.md "Seventeenth round: predicates and subjects by the verb's
// place"). Sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::pred_of;
using testing::subj_of;

}  // namespace

TEST_CASE("acc23k: a derived base form after a plural noun with its object is a verb", "[claims][predicate][acc23k]") {
  // (a row "all": "paid", "earned"; the plural noun is its subject, not the verb)
  CHECK(pred_of("Ferry passengers pay €14 for a return crossing.", "€14") == "pay");
  CHECK(subj_of("Ferry passengers pay €14 for a return crossing.", "€14") != "pay");
  CHECK(pred_of("Harbour pilots typically earn CHF 140 an hour.", "CHF 140") == "earn");
  CHECK(subj_of("Harbour pilots typically earn CHF 140 an hour.", "CHF 140") != "earn");
}

TEST_CASE("acc23k: a listed -s form before a finite auxiliary is a plural noun", "[claims][predicate][subject][acc23k]") {
  // "accounts", "costs": the verb is the auxiliary's, the noun the subject
  CHECK(pred_of("Some 3,150 savings accounts were frozen by the regulator.", "Some 3,150") == "freeze");
  CHECK(subj_of("Some 3,150 savings accounts were frozen by the regulator.", "Some 3,150") == "account");
  CHECK(subj_of("Cleanup costs have reached €12 million.", "€12 million") == "cost");
  // (not the end of a relative clause with no pronoun: "the 90 staff the clinic employs have")
  CHECK(pred_of("Twelve of the 90 workers the clinic employs have been told to stay home.", "90") == "employ");
}

TEST_CASE("acc23k: a figure that opens its clause takes a bare present verb", "[claims][predicate][acc23k]") {
  // over an adverb
  CHECK(pred_of("According to the guild, 410 bakeries now sell the loaf.", "410") == "sell");
  CHECK(pred_of("A poll found that 58% of tenants now support the cap.", "58%") == "support");
  // a plural figure with no noun of its own, before a verb the tables know
  CHECK(pred_of("Of the 900 clinics in the region, 212 lack a dentist of their own.", "212") == "lack");
}

TEST_CASE("acc23k: a known verb's base after a plural noun before its preposition", "[claims][predicate][acc23k]") {
  CHECK(pred_of("Pensioners account for about 35% of ferry passengers.", "about 35%") == "account");
  CHECK(pred_of("Cooperatives handle two-thirds of the grape harvest.", "two-thirds") == "handle");
}
