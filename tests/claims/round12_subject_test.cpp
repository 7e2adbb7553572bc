// Twelfth accuracy round (acc18s): subjects by mechanisms that the misses of several held-out
// sets share (sets 5-11 and 13, each written by another writer on other stories), on sentences
// written for these tests across domains (docs/claims.md "Twelfth round").

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::subj_of;

#define EUR "\xE2\x82\xAC"
#define GBP "\xC2\xA3"

}  // namespace

TEST_CASE("acc18s: money after 'a NOUN of' is that noun's, though the noun is a verb too", "[claims][subject][acc18s]") {
  CHECK(subj_of("The ministry will open two clinics by June at a cost of " EUR "46 million.", EUR "46 million") == "cost");
  CHECK(subj_of("The council will freeze parking fees, at a cost of about " GBP "2 million, he said.",
                "about " GBP "2 million") == "cost");
  CHECK(subj_of("The bridge is to be rebuilt at a projected cost of $310 million.", "$310 million") == "cost");
  CHECK(subj_of("The airline reported a loss of $40 million for the quarter.", "$40 million") == "loss");
  // a measure keeps its own rule: the average is of what the sum before it counts
  CHECK(subj_of("Rents rose to " EUR "1,200, against an average of " EUR "950.", EUR "950") != "average");
}

TEST_CASE("acc18s: a conversion into another currency is the same money", "[claims][subject][acc18s]") {
  CHECK(subj_of("The city's housing budget is " GBP "21.5 million, or roughly " EUR "24.7 million.",
                "roughly " EUR "24.7 million") == "budget");
  CHECK(subj_of("The mayor promised new shelters at a cost of " GBP "4.8 million, or about " EUR "5.5 million.",
                "about " EUR "5.5 million") == "cost");
  CHECK(subj_of("Under the " EUR "85 million package, worth about $92 million, the region hired nurses.",
                "about $92 million") == "package");
  CHECK(subj_of("The fund holds a loan of " EUR "150 million, equivalent to about $162 million.",
                "about $162 million") == "loan");
  // in brackets, as before
  CHECK(subj_of("Farmers will get emergency aid of 30,000 dirhams (about $2,900).", "about $2,900") == "aid");
}

TEST_CASE("acc18s: what lasts is the subject of a verb that ends or runs the span", "[claims][subject][acc18s]") {
  // a verb that ends the span, the duration after "after", over the day it tells of
  CHECK(subj_of("The heatwave that began on July 9 finally broke on Thursday after more than two weeks.",
                "more than two weeks") == "heatwave");
  CHECK(subj_of("The Harbour Festival ended on Sunday night after four days, organisers said.", "four days") ==
        "festival");
  CHECK(subj_of("The strike by bus drivers, which began on May 2, ended on Friday after seven weeks.",
                "seven weeks") == "strike");
  // "broke" with no "after" is no span's end
  CHECK(subj_of("The minister broke nearly two days of silence on Tuesday.", "nearly two days") == "silence");
  // a progressive form of a span verb
  CHECK(subj_of("The appeal, which opened in October, has been running for six weeks.", "six weeks") == "appeal");
  // over a relative clause with no commas
  CHECK(subj_of("It was a blockade that lasted nine days.", "nine days") == "blockade");
  CHECK(subj_of("The storm that hit the coast from May 2 until it moved inland on Friday lasted five days.",
                "five days") == "storm");
}

TEST_CASE("acc18s: a share of a level or an average measures the noun before it", "[claims][subject][acc18s]") {
  CHECK(subj_of("Rainfall in March was 40% of the monthly average.", "40%") == "rainfall");
  CHECK(subj_of("Snowfall since November has been less than half of the long-term average.", "less than half") ==
        "snowfall");
  CHECK(subj_of("The company said production in May would reach about 60% of normal levels.", "about 60%") ==
        "production");
  // a year in the "of" phrase is no figure of the sentence
  CHECK(subj_of("Bookings climbed to 85% of their 2019 level.", "85%") == "booking");
}

TEST_CASE("acc18s: a money verb names its sum, over its recipient; 'spend X on Y' is Y", "[claims][subject][acc18s]") {
  CHECK(subj_of("The state bank would lend growers up to " EUR "20,000 each.", "up to " EUR "20,000") == "loan");
  CHECK(subj_of("The airline has refunded " GBP "2.1 million to passengers.", GBP "2.1 million") == "refund");
  CHECK(subj_of("Ticket holders will be refunded up to " EUR "45 each.", "up to " EUR "45") == "refund");
  CHECK(subj_of("The water company spent " EUR "80 million on pipe repairs last year.", EUR "80 million") == "repair");
  CHECK(subj_of("The council will spend " GBP "60,000 on new footpaths.", GBP "60,000") == "footpath");
  CHECK(subj_of("The province plans to spend " EUR "2.3 billion this year.", EUR "2.3 billion") == "spending");
}

TEST_CASE("acc18s: a bare offer or demand is one of what the sentence before asked for", "[claims][subject][acc18s]") {
  CHECK(subj_of("The nurses' union is seeking an 8% pay rise. The health board has offered 3.5%.", "3.5%") == "pay");
  CHECK(subj_of("Drivers want a 12% wage increase. The operator has offered 5%.", "5%") == "wage");
  // not across a sentence that has no such figure
  CHECK(subj_of("Drivers want a 12% wage increase. Talks resumed on Monday in the capital. The operator has "
                "offered 5%.",
                "5%") != "wage");
}

TEST_CASE("acc18s: a participle clause after a figure continues that figure's subject", "[claims][subject][acc18s]") {
  CHECK(subj_of("Shares in Veltra fell as much as 9% on Monday before closing 4.2% lower.", "4.2%") == "share");
  CHECK(subj_of("Orbis shares have lost 8% this month, closing at $31.40 on Friday.", "$31.40") == "share");
  // a clause opener with its comma keeps the figure of its kind, as before
  CHECK(subj_of("The economy grew 0.4% in the third quarter, after contracting by 1.1 percent in the second.",
                "1.1 percent") == "economy");
}

TEST_CASE("acc18s: a listed verb after a determiner and before an auxiliary is the subject noun",
          "[claims][subject][acc18s]") {
  CHECK(subj_of("Its cost has risen to " EUR "84 million, the ministry confirmed.", EUR "84 million") == "cost");
  CHECK(subj_of("Officials warned that the final cost could exceed $600 million.", "$600 million") == "cost");
  // a noun stays a noun
  CHECK(subj_of("The bill could reach $2 million.", "$2 million") == "bill");
}
