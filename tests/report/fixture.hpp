#pragma once
// A hand-built report for the writer tests: three subjects, four discrepancies, context claims
// for the timeline, and one subject whose every string is hostile (HTML, Markdown, terminal
// escapes, javascript: URLs).

#include "claimcheck/model.hpp"

#include <string>

namespace claimcheck::testing {

inline claim make_claim(std::string id, std::string source, std::string date, std::string sentence,
                        std::string qtext, double value, std::optional<double> lo, std::optional<double> hi) {
  claim c;
  c.id = id;
  c.article = id.substr(0, id.find(':'));
  c.source = std::move(source);
  c.published = date;
  c.date = std::move(date);
  c.basis = date_basis::explicit_date;
  c.url = "https://example.org/" + c.article;
  c.file = "feeds/week.jsonl";
  c.line = 1;
  c.sentence_start = 100;
  auto at = sentence.find(qtext);
  c.q.span = {100 + at, 100 + at + qtext.size()};
  c.sentence = std::move(sentence);
  c.q.text = std::move(qtext);
  c.q.value = value;
  c.q.lo = lo;
  c.q.hi = hi;
  c.q.kind = quantity_kind::count;
  c.subject = {"Palestinians", "palestinian"};
  c.predicate = {"have been killed", "kill"};
  return c;
}

inline report fixture_report() {
  report r;
  r.version = "0.1.0";
  r.input = {2, 7, 9, 1};

  auto a01 = make_claim("a01:3", "Harbor Daily", "2024-04-08", "Some 33,207 Palestinians died between October and April.",
                        "Some 33,207", 33207, 33207, 33207);
  a01.basis = date_basis::relative;
  a01.published = "2024-04-09";
  a01.attribution = {"Gaza's health ministry said", "gaza health ministry"};
  a01.q.qualifier = "approximately";
  a01.line = 3;
  a01.line_in_file = 3;
  a01.column = 129;
  auto a07 = make_claim("a07:2", "Coast Post", "2024-04-10", "The death toll stood at 32,900 on Wednesday.", "32,900",
                        32900, 32900, 32900);
  a07.attribution = {"the ministry", "gaza health ministry"};
  a07.url = "http://example.com/news?id=7&lang=en";
  a07.file = "feeds/other.jsonl";
  a07.line = 12;

  discrepancy temporal;
  temporal.id = "9f2c4e1a7b3d";
  temporal.kind = discrepancy_kind::temporal;
  temporal.sev = severity::error;
  temporal.subject = "palestinian / kill";
  temporal.message = "cumulative count fell from 33,207 (2024-04-08) to 32,900 (2024-04-10)";
  temporal.claims = {a01, a07};
  temporal.expected_lo = 33207;
  temporal.residual = 307;
  temporal.outlier = "a07:2";

  auto a03 = make_claim("a03:1", "Valley Times", "2024-04-09", "More than 33,000 people have died, officials said.",
                        "More than 33,000", 33000, 33000, std::nullopt);
  a03.q.qualifier = "more_than";
  auto a04 = make_claim("a04:1", "Ridge Herald", "2024-04-09", "Nearly 30,000 have been killed so far.",
                        "Nearly 30,000", 30000, 27000, 30000);
  a04.q.qualifier = "nearly";
  a04.file = "-";
  discrepancy contra;
  contra.id = "41d0c0ffee12";
  contra.kind = discrepancy_kind::contradiction;
  contra.sev = severity::warning;
  contra.subject = "palestinian / kill";
  contra.message = "on 2024-04-09 one source says more than 33,000 and another at most 30,000";
  contra.claims = {a03, a04};

  // Hostile: every string tries to escape its format.
  auto h1 = make_claim("h1:1", "<script>document.title='PWNED'</script>", "2024-05-01",
                       "He said \"><img src=x onerror=\"document.title='PWNED'\"> that **12** _people_ "
                       "[died](javascript:alert(1)) | x & y \x1b[31mred\x1b[0m # not a heading",
                       "12", 12, 12, 12);
  h1.subject = {"<b>people</b>", "<i>people</i>"};
  h1.predicate = {"died", "die"};
  h1.attribution = {"<b onmouseover=\"document.title='PWNED'\">officials</b>", "officials"};
  h1.url = "javascript:document.title='PWNED'";
  h1.file = "feeds/hostile feed.jsonl";
  h1.line = 4;
  h1.line_in_file = 4;
  h1.column = 17;
  auto h2 = make_claim("h2:1", "'\"><svg onload=alert(1)>", "2024-05-01", "- 20 people died, said `someone`.", "20", 20,
                       20, 20);
  h2.subject = h1.subject;
  h2.predicate = h1.predicate;
  h2.url = " JavaScript:alert(1)";
  h2.file = "feeds/hostile feed.jsonl";
  h2.line = 5;
  discrepancy hostile;
  hostile.id = "0123456789ab";
  hostile.kind = discrepancy_kind::contradiction;
  hostile.sev = severity::error;
  hostile.subject = "<i>people</i> / die";
  hostile.message = "12 and 20 <b>cannot</b> both be the count on 2024-05-01";
  hostile.claims = {h1, h2};
  hostile.outlier = "h2:1";

  // A fraction that does not match its parts: info, no file (standard input).
  auto f1 = make_claim("f1:2", "Harbor Daily", "2024-03-01", "Nearly half of its 253 hostages were released.",
                       "Nearly half", 0.5, 0.4, 0.5);
  f1.q.kind = quantity_kind::fraction;
  f1.subject = {"hostages", "hostage"};
  f1.predicate = {"were released", "release"};
  f1.file = "-";
  f1.url = "";
  discrepancy frac;
  frac.id = "aa00bb11cc22";
  frac.kind = discrepancy_kind::fraction;
  frac.sev = severity::info;
  frac.subject = "hostage / release";
  frac.message = "nearly half of 253 is at most 127, but 105 were released";
  frac.claims = {f1};
  frac.expected_lo = 0.4;
  frac.expected_hi = 0.5;
  frac.residual = 0.085;

  r.discrepancies = {frac, contra, hostile, temporal};
  // Every claim reconciled: the flagged ones plus context for the timeline.
  auto a02 = make_claim("a02:1", "Harbor Daily", "2024-04-01", "At least 32,000 people have been killed.", "At least 32,000",
                        32000, 32000, std::nullopt);
  a02.attribution = {"Gaza's health ministry", "gaza health ministry"};
  auto a05 = make_claim("a05:1", "Valley Times", "2024-04-03", "Some 32,500 have been killed.", "Some 32,500", 32500,
                        32000, 33000);
  auto a06 = make_claim("a06:1", "Ridge Herald", "2024-04-05", "No more than 33,100 have been killed, it said.",
                        "No more than 33,100", 33100, std::nullopt, 33100);
  auto other = make_claim("a09:1", "Coast Post", "2024-04-02", "About 500 trucks entered.", "About 500", 500, 450, 550);
  other.subject = {"trucks", "truck"};
  other.predicate = {"entered", "enter"};
  r.claims = {a01, a02, a03, a04, a05, a06, a07, h1, h2, f1, other};
  return r;
}

}  // namespace claimcheck::testing
