// Eighteenth accuracy round (acc24p): verbs the tables read nowhere ("went", "ranged"), a base form
// before its own preposition ("start at"), a total that opens its clause ("A total of"), and a
// breakdown after a colon that shares its total's verb (docs/claims.md "Eighteenth round:
// predicates: verbs of going and ranging, a total's breakdown"). Sentences written for these
// tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::pred_of;
using testing::related;
using testing::run;
using testing::subj_of;

}  // namespace

TEST_CASE("acc24p: 'went' is go, over the figure as its subject", "[claims][predicate][acc24p]") {
  CHECK(pred_of("Of the 90 permits, 52 went to taxi firms and 38 to private drivers.", "52") == "go");
  CHECK(pred_of("Of the 90 permits, 52 went to taxi firms and 38 to private drivers.", "38") == "go");
  CHECK(pred_of("The estate's oldest clock went for €41,000 at auction.", "€41,000") == "go");
}

TEST_CASE("acc24p: a price over 'for' is its verb's subject's, after money of another subject",
          "[claims][subject][acc24p]") {
  // (money_verbs.tsv column 3 "price": the earlier sum's noun is no antecedent)
  CHECK(subj_of("Opening bids were €12,000 each, and the oldest clock went for €41,000.", "€41,000") == "clock");
  CHECK(subj_of("Opening bids were €12,000 each, and the oldest clock sold for €41,000.", "€41,000") == "clock");
}

TEST_CASE("acc24p: 'ranged' is range", "[claims][predicate][acc24p]") {
  CHECK(pred_of("Fees ranged from €40 to €95.", "€40 to €95") == "range");
}

TEST_CASE("acc24p: a base form right before its preposition and the figure is the figure's verb",
          "[claims][predicate][acc24p]") {
  CHECK(pred_of("Day passes start at €18 for adults.", "€18") == "start");
  CHECK(subj_of("Day passes start at €18 for adults.", "€18") == "pass");
}

TEST_CASE("acc24p: 'A total of N' opens its clause as the bare figure does", "[claims][predicate][acc24p]") {
  CHECK(pred_of("A total of 64 complaints were lodged with the ombudsman.", "64") == "lodge");
  CHECK(pred_of("A total of 17 trawlers were decommissioned last year.", "17") == "decommission");
}

TEST_CASE("acc24p: a breakdown after a colon shares its total's verb", "[claims][predicate][relation][acc24p]") {
  std::string const beds = "The hostel has 480 beds: 200 in dormitories, 180 in twin rooms and 100 in cabins.";
  CHECK(pred_of(beds, "480") == "have");
  CHECK(pred_of(beds, "200") == "have");
  CHECK(pred_of(beds, "100") == "have");
  // (a verb between the total and the colon is no part's: "when it folded")
  std::string const owed =
      "The club owed €3.2 million when it folded, its receivers said: €2 million to its bank and €1.2 million to players.";
  CHECK(pred_of(owed, "€2 million") == "owe");
  CHECK(pred_of(owed, "€1.2 million") == "owe");
  // (a figure before the colon smaller than the parts is no total: "two depots")
  CHECK(pred_of("The layoffs fall on two depots: 140 at Norwick and 95 at Eastholm.", "140") != "fall");
}

TEST_CASE("acc24p: a restated total whose restatement has its breakdown links no parts", "[claims][relation][acc24p]") {
  auto const cs = run(
      "The hostel sold 310 of its 480 beds for the festival. The hostel has 480 beds: 200 in dormitories, 180 in "
      "twin rooms and 100 in cabins.");
  // (by_text: the first "480", the one "of its 480 beds")
  CHECK_FALSE(related(cs, "480", relation_kind::sum_of, "200"));
  CHECK(related(cs, "310", relation_kind::part_of, "480"));
}

TEST_CASE("acc24p: 'grow' changes a level: the levels it reaches and leaves are be", "[claims][predicate][acc24p]") {
  CHECK(pred_of("The volunteer crew has grown to 26 from 19 in March.", "26") == "be");
  CHECK(pred_of("The volunteer crew has grown to 26 from 19 in March.", "19") == "be");
  // (the change itself keeps its key)
  CHECK(pred_of("Officials expect the economy to grow 1.8% next year.", "1.8%") == "grow");
}

TEST_CASE("acc24p: a share named as a change that no verb takes as its object is that change",
          "[claims][predicate][acc24p]") {
  CHECK(pred_of("A 15% cut in ferry fares, promised in March, has yet to take effect.", "15%") == "cut");
  CHECK(pred_of("Bus fares rose 4% in May after a 2% fall the month before.", "2%") == "fall");
  // (a demand's object keeps the demand's verb, docs/corpus.md)
  CHECK(pred_of("The council is seeking a 6% rent rise.", "6%") == "seek");
}
