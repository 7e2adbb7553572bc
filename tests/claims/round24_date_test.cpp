// Twenty-fourth round (acc24d): dates of a claim (docs/claims.md "Eighteenth round: ... (acc24d)"),
// on sentences written for these tests (published 2024-04-09, a Tuesday).

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::date_of;

}  // namespace

TEST_CASE("acc24d: a period's end after a duration dates the clause, not the duration alone", "[claims][date][acc24d]") {
  // the duration and its end are one period phrase, also with a month's part before the month
  CHECK(date_of("The county mended more than 6,000 streetlights in the 12 months to the end of February, its "
                "roads office said on Monday.",
                "more than 6,000") == "2024-02");
  CHECK(date_of("Ferry crossings fell 7% in the six months to January, the operator said on Friday.", "7%") ==
        "2024-01");
  // ... and wins over a telling before the figure
  CHECK(date_of("The register said on Monday, with 52,000 people signing up in the 12 months to March.",
                "52,000") == "2024-03");
  // a telling between them keeps the figure of the later clause
  CHECK(date_of("Tolls raised $12.4 million in the year to February, the agency said on Monday, but it puts the "
                "repair bill at $310 million.",
                "$310 million") == "2024-04-08");
}
