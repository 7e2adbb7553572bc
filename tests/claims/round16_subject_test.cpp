// Sixteenth accuracy round (acc22s): subjects by mechanisms that the misses of sets 16-21 share,
// on sentences written for these tests across domains (docs/claims.md "Sixteenth round:
// subjects").

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::pred_of;
using testing::subj_of;

#define EUR "\xE2\x82\xAC"
#define GBP "\xC2\xA3"

}  // namespace

TEST_CASE("acc22s: a sum a level verb reaches after a modal or 'to' is the clause subject's",
          "[claims][subject][acc22s]") {
  CHECK(subj_of("The harbour fee will rise to " EUR "14 on May 1.", EUR "14") == "fee");
  CHECK(subj_of("The auditors expect the library's budget to rise to " GBP "6 million next year.", GBP "6 million") ==
        "budget");
  CHECK(subj_of("The ferry fare is set to climb to " EUR "9.50 in spring.", EUR "9.50") == "fare");
  CHECK(subj_of("From March, the annual permit would rise by " EUR "20 to " EUR "180.", EUR "20") == "permit");
  CHECK(subj_of("From March, the annual permit would rise by " EUR "20 to " EUR "180.", EUR "180") == "permit");
  // a word right before the sum may still name it
  CHECK(subj_of("Restoring the pier will need at least " EUR "3 million.", "at least " EUR "3 million") == "need");
}

TEST_CASE("acc22s: a sum that costs with no recipient is the clause subject's, after another sum too",
          "[claims][subject][acc22s]") {
  CHECK(subj_of("A season pass will rise to " EUR "240, and a day ticket will cost " EUR "12.", EUR "12") == "ticket");
}

TEST_CASE("acc22s: a pledged sum is aid, a contributed one a contribution, unless 'in' names it",
          "[claims][subject][acc22s]") {
  CHECK(subj_of("A shipping foundation pledged " EUR "900,000 for the lifeboat station.", EUR "900,000") == "aid");
  CHECK(subj_of("The regional council has pledged " GBP "4 million in loans to the growers.", GBP "4 million") ==
        "loan");
  CHECK(subj_of("The budget is " EUR "3 million, of which the province contributes " EUR "1.2 million.",
                EUR "1.2 million") == "contribution");
  CHECK(subj_of("The port authority will contribute " EUR "2 million in grants.", EUR "2 million") == "grant");
}

TEST_CASE("acc22s: a rate's period between a sum and its noun is stepped over", "[claims][subject][acc22s]") {
  CHECK(subj_of("The quarry would pay an estimated " EUR "700,000 a year in local taxes.",
                "an estimated " EUR "700,000") == "tax");
  CHECK(subj_of("Two towns agreed to give " GBP "300,000 a year in funding to the museum.", GBP "300,000") == "aid");
  CHECK(subj_of("The mayor said the scheme could add " GBP "1.2 million a year to the town's costs.",
                GBP "1.2 million") == "cost");
  CHECK(pred_of("The mayor said the scheme could add " GBP "1.2 million a year to the town's costs.",
                GBP "1.2 million") == "add");
  // "this year" is a date, no rate
  CHECK(subj_of("The fair raised " EUR "80,000 this year for the hospice.", EUR "80,000") != "hospice");
}

TEST_CASE("acc22s: an irregular participle after 'in' modifies the noun after it", "[claims][subject][acc22s]") {
  CHECK(subj_of("The closure of the canal cost shippers " EUR "5 million in lost towing fees.", EUR "5 million") ==
        "fee");
  CHECK(subj_of("The operators say the strike left them with " EUR "5 million in lost towing fees.",
                EUR "5 million") == "fee");
}

TEST_CASE("acc22s: a count that opens its clause with a plain verb has no noun of its own",
          "[claims][subject][acc22s]") {
  CHECK(subj_of("Of the 320 village halls in the county, 95 lack a working boiler.", "95") == "hall");
  CHECK(subj_of("The survey reached 640 bakeries and found that 210 import their flour.", "210") == "bakery");
  CHECK(subj_of("The club had 40 coaches last spring; since then nine quit their posts.", "nine") == "coach");
  // a noun after a count above one is plural
  CHECK(subj_of("The yard hired 300 welders this spring.", "300") == "welder");
}

TEST_CASE("acc22s: a plural without -s is a head a bare verb after it follows", "[claims][subject][acc22s]") {
  CHECK(subj_of("About 1,400 people attend the market each week.", "About 1,400") == "person");
  CHECK(subj_of("Some 260 children use the ferry to reach school.", "Some 260") == "child");
}

TEST_CASE("acc22s: a gerund between a figure's modifier and a plural noun is part of the noun",
          "[claims][subject][acc22s]") {
  CHECK(subj_of("Twelve public swimming pools have shut this summer.", "Twelve") == "pool");
  CHECK(subj_of("The city will build 80 new housing blocks by 2030.", "80") == "block");
  // a clause after a noun is no modifier
  CHECK(subj_of("The town set up a " EUR "2 million relief fund offering grants to shops.", EUR "2 million") == "fund");
}
