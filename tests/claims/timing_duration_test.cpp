// Durations that time something instead of lasting (docs/corpus.md: not claims; docs/claims.md
// "Durations that time something"): they keep their quantity but get no predicate, so the
// checker never reads them as a span. Sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::pred_of;
using testing::run;

}  // namespace

TEST_CASE("timing: a window something happens in is no span", "[claims][duration][timing]") {
  CHECK(pred_of("The regulator said it would rule on the merger within 30 days.", "30 days").empty());
  CHECK(pred_of("Nearly 200 millimetres of rain fell on the valley in 36 hours.", "36 hours").empty());
  CHECK(pred_of("Ticket sales doubled in the past three months, the promoter said.", "three months").empty());
  CHECK(pred_of("The airline plans to hire 300 pilots over the next two years.", "two years").empty());
  CHECK(pred_of("Doctors said the first 48 hours would decide whether she recovered.", "48 hours").empty());
  CHECK(pred_of("Exports fell 4% in the 12 months to March.", "12 months").empty());
  CHECK(pred_of("Operating profit for the nine months to June rose to $80 million.", "nine months").empty());
  CHECK(pred_of("It was the hottest July in 70 years, the weather office said.", "70 years").empty());
  // the figure itself keeps its interval
  auto const c = by_text(run("Officials expect a ruling within about six weeks."), "about six weeks");
  CHECK(c.q.kind == quantity_kind::duration);
  CHECK(c.q.lo == 5.5);
  CHECK(c.predicate.key.empty());
}

TEST_CASE("timing: a deadline someone is given is no span", "[claims][duration][timing]") {
  CHECK(pred_of("Tenants have 21 days to lodge an objection.", "21 days").empty());
  CHECK(pred_of("The club was given 48 hours to pay the fine.", "48 hours").empty());
}

TEST_CASE("timing: the gap between two moments is no span", "[claims][duration][timing]") {
  CHECK(pred_of("The strike was called off on Friday, three days after talks resumed.", "three days").empty());
  CHECK(pred_of("Police closed the bridge two hours before the march began.", "two hours").empty());
  CHECK(pred_of("The board met a week after the audit was published.", "a week").empty());
  // ... unless the clause says that a state has ended: the gap is how long it lasted
  CHECK(pred_of("The province is no longer under a state of alarm, five months after it was declared.",
                "five months") == "last");
  CHECK(pred_of("The curfew was lifted nine days after it was imposed.", "nine days") == "last");
}

TEST_CASE("timing: spans still last", "[claims][duration][timing]") {
  CHECK(pred_of("The stoppage lasted 11 days, the union said.", "11 days") == "last");
  CHECK(pred_of("The line will be closed for three weeks while the tunnel is repaired.", "three weeks") == "last");
  CHECK(pred_of("Repairs are expected to take about four months.", "about four months") == "last");
  CHECK(pred_of("The mill has been shut for six weeks before the new owner arrived.", "six weeks") == "last");
  // a stretch of something, "in" or "over" before "of": how long it lasted
  CHECK(pred_of("Some 900 people were hurt in nine weeks of protests.", "nine weeks") == "last");
  CHECK(pred_of("Voters cast ballots over three days of polling.", "three days") == "last");
  // a compound length before its noun describes the thing (the compound rules' case)
  CHECK(pred_of("Dockers began a 72-hour strike at the port on Monday.", "72-hour") == "last");
}
