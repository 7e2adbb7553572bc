// The period a stated duration covers, read from the dates of its own sentence, so that the
// checker can test the length against them (docs/claims.md "Date", thirteenth round). Sentences
// written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using testing::by_text;
using testing::date_of;
using testing::run;

claim period(std::string const& text, std::string const& figure) {
  return by_text(run(text, "2026-11-12"), figure);  // a Thursday
}

}  // namespace

TEST_CASE("dates: a weekday before a written date names the same day", "[claims][date][period]") {
  // one explicit phrase, not a relative weekday of its own (2026-10-06 is a Tuesday)
  auto const us = period("Police arrested 12 people on Tuesday, October 6.", "12");
  CHECK(us.date == "2026-10-06");
  CHECK(us.basis == date_basis::explicit_date);
  CHECK(period("Police arrested 12 people on Tuesday 6 October.", "12").date == "2026-10-06");
  // a weekday alone stays relative
  auto const rel = period("Police arrested 12 people on Tuesday.", "12");
  CHECK(rel.date == "2026-11-10");
  CHECK(rel.basis == date_basis::relative);
}

TEST_CASE("dates: a duration's period starts at the date its start verb gives", "[claims][date][period]") {
  // a weekday before the date, a part of the day, a verb that opens something
  auto const a = period("The appeal, which began on Monday 5 October, has been running for five weeks.", "five weeks");
  CHECK(a.date == "2026-10-05");
  CHECK(a.date_end == "2026-11-12");
  auto const b = period("The outage, which began on the evening of March 3 and ended on March 9, lasted eight days.",
                        "eight days");
  CHECK(b.date == "2026-03-03");
  CHECK(b.date_end == "2026-03-09");  // the day its end verb gives
  auto const c = period("The ministry picked a supplier on Thursday, ending an 18-month tender that opened in March 2025.",
                        "18-month");
  CHECK(c.date == "2025-03");
  // "since" right after the period's noun
  auto const d = period("The operator said the nine-week stoppage since September 10 had cost about $60 million.",
                        "nine-week");
  CHECK(d.date == "2026-09-10");
  CHECK(d.date_end == "2026-11-12");
}

TEST_CASE("dates: a period does not end on the day someone spoke", "[claims][date][period]") {
  auto const c = period("The closure has lasted 12 days since a barge struck the lock on October 30, and engineers "
                        "said on Tuesday repairs could take a month.",
                        "12 days");
  CHECK(c.date == "2026-10-30");
  CHECK(c.date_end == "2026-11-12");
}

TEST_CASE("dates: the amount a date moved by covers no period", "[claims][date][period]") {
  auto const c = period("The project, which began in May 2022, has slipped by 14 months to 2029.", "14 months");
  CHECK(c.date == "2026-11-12");
  CHECK(c.date_end.empty());
}

TEST_CASE("dates: a period 'from' one day 'to' another runs between them, in the past", "[claims][date][period]") {
  // the plan cue of another clause (past a semicolon) does not move the days into next year
  auto const a = period("The band played 14 of the 16 shows planned; two were cancelled during the four-week tour, "
                        "which ran from August 3 to August 31.",
                        "four-week");
  CHECK(a.date == "2026-08-03");
  CHECK(a.date_end == "2026-08-31");
  // without the semicolon's other clause, the same
  auto const b = period("The four-week tour, which ran from August 3 to August 31, drew 40,000 fans.", "four-week");
  CHECK(b.date == "2026-08-03");
  CHECK(b.date_end == "2026-08-31");
}
