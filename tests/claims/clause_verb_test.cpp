// The figure's own verb and plans stated as demands or offers (docs/claims.md "Predicate and
// modality", fourth round), on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::run;
using testing::by_text;

std::string pred_of(std::string const& text, std::string const& figure) {
  return by_text(run(text), figure).predicate.key;
}

[[maybe_unused]] std::string subj_of(std::string const& text, std::string const& figure) {
  return by_text(run(text), figure).subject.key;
}

modality mod_of(std::string const& text, std::string const& figure) { return by_text(run(text), figure).mod; }

}  // namespace

TEST_CASE("predicate: verbs of care, aid, work and movement", "[claims][predicate][clause]") {
  CHECK(pred_of("Clinics in the valley were treating 350 burn victims on Friday.", "350") == "treat");
  CHECK(pred_of("The charity said it had hired 120 extra drivers for the winter.", "120") == "hire");
  CHECK(pred_of("Divers were searching for about 30 fishermen off the cape.", "about 30") == "search");
  CHECK(pred_of("Some 600 refinery staff were still working at the plant, the company said.", "Some 600") == "work");
  CHECK(pred_of("Four cargo planes landed at the airfield before dusk.", "Four") == "land");
  CHECK(pred_of("The ministry will send 900 engineers to the border region.", "900") == "send");
  CHECK(pred_of("Crews sprayed about 7,000 hectares of farmland last month.", "about 7,000") == "spray");
  CHECK(pred_of("More than 60 trawlers were waiting outside the harbour.", "More than 60") == "wait");
  CHECK(pred_of("Nearly 2,000 miners went on strike at two pits on Tuesday.", "Nearly 2,000") == "strike");
  CHECK(pred_of("The floods swept away 45 bridges in the north.", "45") == "sweep");
  // idioms: "cut off" is cut, "make up" a share of a whole
  CHECK(pred_of("Six of the region's 20 towns were cut off by the snow.", "Six") == "cut");
  CHECK(pred_of("Imports, which make up about 30% of supply, rose sharply.", "about 30%") == "make");
}

TEST_CASE("modality: demands, offers and wishes plan what they ask or give", "[claims][modality][clause]") {
  CHECK(mod_of("The nurses' union is demanding a pay rise of 12% this year.", "12%") == modality::planned);
  CHECK(mod_of("The airline has offered 3.5% to its cabin crew.", "3.5%") == modality::planned);
  CHECK(mod_of("The party wanted at least four ministries in the new cabinet.", "at least four") ==
        modality::planned);
  // who offers is counted as a fact
  CHECK(mod_of("Officials said 30 countries had offered to help with the clean-up.", "30") == modality::asserted);
  // the noun "offers" plans nothing
  CHECK(mod_of("The town received offers of help from only three charities.", "three") == modality::asserted);
}
