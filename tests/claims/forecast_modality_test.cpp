// A figure a trend is "on course for" is a forecast, planned (grammars/modality.tsv). Sentences
// written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::mod_of;

}  // namespace

TEST_CASE("modality: on course, on track, on pace for a figure", "[claims][modality][forecast]") {
  CHECK(mod_of("The port is on course for 3.1 million containers this year, its director said.", "3.1 million") ==
        modality::planned);
  CHECK(mod_of("Ticket sales are on track to pass 400,000 by December.", "400,000") == modality::planned);
  CHECK(mod_of("The league is on pace for 1,900 goals, the most in a decade.", "1,900") == modality::planned);
  // what already happened beside it stays a fact
  CHECK(mod_of("The port handled 1.4 million containers in the first half and is on course for 3.1 million.",
               "1.4 million") == modality::asserted);
}
