// Fourteenth accuracy round (lead): mechanisms that carry a claim's fields across the layout of a
// sentence or article (docs/claims.md "Fourteenth round"), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::mod_of;

}  // namespace

TEST_CASE("lead14: the parts of a planned total are planned", "[claims][modality][lead14]") {
  // a breakdown after a colon, the whole planned by "will"
  std::string const list = "The harbour board said its new works will cost 90 million dollars in all: 50 million dollars "
                           "for the quay, 30 million dollars for the cranes and 10 million dollars for the roads.";
  CHECK(mod_of(list, "90 million dollars") == modality::planned);
  CHECK(mod_of(list, "30 million dollars") == modality::planned);
  CHECK(mod_of(list, "10 million dollars") == modality::planned);
  // parts told with a copula in the next sentence
  std::string const next = "The mill will shed 450 jobs next spring. Of the total, 300 are at the Ferris site and 150 "
                           "at the head office.";
  CHECK(mod_of(next, "450") == modality::planned);
  CHECK(mod_of(next, "300") == modality::planned);
  CHECK(mod_of(next, "150") == modality::planned);
  // a part with a verb of its own is done, whatever its whole
  std::string const done = "The clinic has hired 45 of the 70 midwives it promised last year.";
  CHECK(mod_of(done, "45") == modality::asserted);
  // the parts of a total that is done stay done
  std::string const past = "The mill shed 450 jobs last spring. Of the total, 300 were at the Ferris site and 150 at "
                           "the head office.";
  CHECK(mod_of(past, "300") == modality::asserted);
}

TEST_CASE("lead14: an -ing clause after a planned figure is planned", "[claims][modality][lead14]") {
  std::string const s = "The council would put 2 million pounds more into the repair fund, bringing it to 7 million "
                        "pounds, the mayor said.";
  CHECK(mod_of(s, "2 million pounds") == modality::planned);
  CHECK(mod_of(s, "7 million pounds") == modality::planned);
  // after a figure that is done, the participle is done
  std::string const d = "The council put 2 million pounds more into the repair fund, bringing it to 7 million pounds.";
  CHECK(mod_of(d, "7 million pounds") == modality::asserted);
  // a planned duration does not plan what happens while it runs
  std::string const strike = "Some 900 bakers walked out for 48 hours on Friday, closing more than 60 shops.";
  CHECK(mod_of(strike, "more than 60") == modality::asserted);
}

TEST_CASE("lead14: the whole after a planned part's 'of' is a present stock", "[claims][modality][lead14]") {
  std::string const s = "The airline said it would cut 700 of its roughly 9,000 jobs by March.";
  CHECK(mod_of(s, "700") == modality::planned);
  CHECK(mod_of(s, "roughly 9,000") == modality::asserted);
  std::string const g = "The gallery will close three of its eight rooms next year.";
  CHECK(mod_of(g, "three") == modality::planned);
  CHECK(mod_of(g, "eight") == modality::asserted);
  // a whole with a plan of its own stays planned
  std::string const p = "The board will keep four of the nine depots it had planned to shut.";
  CHECK(mod_of(p, "nine") == modality::planned);
  std::string const q = "The union said 30 of the 75 posts slated for removal would be saved.";
  CHECK(mod_of(q, "75") == modality::planned);
}

TEST_CASE("lead14: a count of hostages is not the captor's report", "[claims][source][lead14]") {
  using testing::by_text;
  using testing::run;
  // no one is named: the act's body is the source of its own figures, but not of the people the
  // act was done to, whose count is the outlet's
  auto const cs = run("On March 3, rebels of the Northern Front seized 41 hostages, of whom 19 are still held.");
  CHECK(by_text(cs, "41").attribution.key == "test wire");
  CHECK(by_text(cs, "19").attribution.key == "test wire");
  auto const bank = run("The central bank raised its main rate by 0.5 percentage points on Tuesday.");
  CHECK(by_text(bank, "0.5 percentage points").attribution.key == "central bank");
}

TEST_CASE("lead14: a cue before a perfect's auxiliary is in the subject's phrase", "[claims][modality][lead14]") {
  CHECK(mod_of("The number of appeals waiting to be decided had reached 7,300 by June.", "7,300") == modality::asserted);
  CHECK(mod_of("The list of roads due to be resurfaced has grown to 212.", "212") == modality::asserted);
  // a cue after the auxiliary is the figure's own
  CHECK(mod_of("The agency has said it will find 400 more beds.", "400") == modality::planned);
}
