// Claim extraction, phenomenon by phenomenon, on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

std::vector<claim> run(std::string const& text, std::string const& published = "2024-04-09",
                       std::string const& source = "Test Wire") {
  static claims::extractor const ex(testing::lex());
  article a;
  a.id = "t";
  a.text = text;
  a.published = published;
  a.source = source;
  return ex.extract(a);
}

claim by_text(std::vector<claim> const& cs, std::string const& t) {
  for (auto const& c : cs)
    if (c.q.text == t) return c;
  FAIL("no claim \"" << t << "\"");
  return {};
}

bool has_relation(claim const& c, relation_kind k, std::string const& target) {
  for (auto const& r : c.relations)
    if (r.kind == k && r.claim == target) return true;
  return false;
}

}  // namespace

TEST_CASE("active and passive voice share a predicate key", "[claims]") {
  auto a = by_text(run("Rebels killed 52 villagers in the raid."), "52");
  auto p = by_text(run("Some 52 villagers were killed in the raid."), "Some 52");
  CHECK(a.predicate.key == "kill");
  CHECK(p.predicate.key == "kill");
  CHECK(a.subject.key == "villager");
  CHECK(p.subject.key == "villager");
  CHECK(p.predicate.text == "were killed");
}

TEST_CASE("subjects are singular, lowercase and mapped through synonyms", "[claims]") {
  CHECK(by_text(run("Floods displaced 3,000 people."), "3,000").subject.key == "person");
  CHECK(by_text(run("Medics recovered 12 bodies."), "12").subject.key == "body");
  CHECK(by_text(run("Authorities detained 40 children."), "40").subject.key == "child");
  CHECK(by_text(run("Officials said 81 casualties were treated."), "81").subject.key == "casualty");
}

TEST_CASE("a death toll counts people killed", "[claims]") {
  auto c = by_text(run("The death toll rose to 4,120 on Tuesday."), "4,120");
  CHECK(c.subject.key == "person");
  CHECK(c.predicate.key == "kill");
}

TEST_CASE("modality separates plans, possibilities and denials from facts", "[claims]") {
  CHECK(by_text(run("About 30 detainees would be freed next week."), "About 30").mod == modality::planned);
  CHECK(by_text(run("Some 30 detainees are expected to be freed."), "Some 30").mod == modality::planned);
  CHECK(by_text(run("If talks fail, 500 workers could lose jobs."), "500").mod == modality::hypothetical);
  CHECK(by_text(run("Officials said 20 soldiers were not wounded."), "20").mod == modality::negated);
  CHECK(by_text(run("Troops freed 30 detainees."), "30").mod == modality::asserted);
}

TEST_CASE("partitives make the part inherit its whole's subject", "[claims]") {
  auto cs = run("Gunmen abducted 90 workers, of whom 41 are still missing.");
  auto whole = by_text(cs, "90");
  auto part = by_text(cs, "41");
  CHECK(part.subject.key == "worker");
  CHECK(has_relation(part, relation_kind::part_of, whole.id));
  auto cs2 = run("The quake killed 300 people, including 45 children.");
  CHECK(has_relation(by_text(cs2, "45"), relation_kind::part_of, by_text(cs2, "300").id));
  auto cs3 = run("Police said 12 out of 50 suspects were charged.");
  CHECK(has_relation(by_text(cs3, "12"), relation_kind::part_of, by_text(cs3, "50").id));
  CHECK(by_text(cs3, "50").subject.key == "suspect");
}

TEST_CASE("a fraction of a stated whole points at it", "[claims]") {
  auto cs = run("Nearly half of the 240 hostages were freed.");
  auto f = by_text(cs, "Nearly half");
  CHECK(f.q.kind == quantity_kind::fraction);
  CHECK(has_relation(f, relation_kind::fraction_of, by_text(cs, "240").id));
  CHECK(f.subject.key == "hostage");
}

TEST_CASE("totals and changes relate to their parts and levels", "[claims]") {
  auto cs = run("The party won 70 seats and its ally 30, a total of 100.");
  auto total = by_text(cs, "100");
  CHECK(has_relation(total, relation_kind::sum_of, by_text(cs, "70").id));
  CHECK(has_relation(total, relation_kind::sum_of, by_text(cs, "30").id));
  auto ch = run("The toll rose by 153 to 33,360.");
  CHECK(has_relation(by_text(ch, "153"), relation_kind::change_of, by_text(ch, "33,360").id));
}

TEST_CASE("dates: explicit, relative, inferred year, publication", "[claims]") {
  // 2024-04-09 was a Tuesday.
  auto c1 = by_text(run("On March 3, 2024, 70 people were hurt."), "70");
  CHECK(c1.date == "2024-03-03");
  CHECK(c1.basis == date_basis::explicit_date);
  auto c2 = by_text(run("On Oct. 7 gunmen seized 200 people."), "200");
  CHECK(c2.date == "2023-10-07");  // the most recent October 7 before publication
  auto c3 = by_text(run("Rescuers found 15 survivors on Sunday."), "15");
  CHECK(c3.date == "2024-04-07");
  CHECK(c3.basis == date_basis::relative);
  CHECK(by_text(run("Rescuers found 15 survivors yesterday."), "15").date == "2024-04-08");
  CHECK(by_text(run("Rescuers found 15 survivors last month."), "15").date == "2024-03");
  CHECK(by_text(run("Rescuers found 15 survivors over the weekend."), "15").date == "2024-04-06");
  auto c4 = by_text(run("In November 2023, 105 captives were freed."), "105");
  CHECK(c4.date == "2023-11");
  auto c5 = by_text(run("Rescuers found 15 survivors."), "15");
  CHECK(c5.date == "2024-04-09");
  CHECK(c5.basis == date_basis::published);
  auto c6 = by_text(run("On October 7, gunmen seized 200 people, of whom 90 are still held."), "90");
  CHECK(c6.date == "2024-04-09");  // present state: as of publication
}

TEST_CASE("a duration with a start covers the period to publication", "[claims]") {
  auto c = by_text(run("The war, which began on October 7, 2023, is now in its ten-month phase."), "ten-month");
  CHECK(c.q.kind == quantity_kind::duration);
  CHECK(c.date == "2023-10-07");
  CHECK(c.date_end == "2024-04-09");
}

TEST_CASE("attribution: said, according to, told, inverted, pronouns, outlet", "[claims]") {
  CHECK(by_text(run("The regional health office said 44 people died."), "44").attribution.key ==
        "regional health office");
  CHECK(by_text(run("According to UN figures, 44 people died."), "44").attribution.key == "un figures");
  CHECK(by_text(run("A senior police official told reporters 44 people died."), "44").attribution.key ==
        "senior police official");
  CHECK(by_text(run("\"We lost 44 people,\" said the mayor of Lisbon."), "44").attribution.key ==
        "mayor of lisbon");
  CHECK(by_text(run("Mayor Ana Costa said the river crested on Monday. She said 44 people died."), "44").attribution.key ==
        "mayor ana costa");
  auto c = by_text(run("Rescuers found 15 survivors."), "15");
  CHECK(c.attribution.key == "test wire");
}

TEST_CASE("claims carry a scope and the article's topics", "[claims]") {
  auto cs = run("Labour won 411 seats. Labour and the Tories fought. The Tories won 121 seats in England.\n\n"
                "The quake killed 300 people in southern Turkey. Turkey mourned. Labour and Turkey.");
  CHECK(by_text(cs, "411").scope == "labour");
  CHECK(by_text(cs, "300").scope.empty());  // a place after the figure does not narrow it (docs/claims.md)
  auto const c411 = by_text(cs, "411");
  auto const& topics = c411.topics;
  CHECK(std::find(topics.begin(), topics.end(), "tories") != topics.end());  // seen twice, not sentence-initial
}

TEST_CASE("'a day earlier' counts from the date the previous sentence gave", "[claims]") {
  auto cs = run("On March 3, 2024, officials said 90 people had died. A day earlier, 70 people had died.");
  CHECK(by_text(cs, "70").date == "2024-03-02");
  CHECK(by_text(cs, "70").basis == date_basis::relative);
}

TEST_CASE("a list carries its verb; a level reached reads as 'be'", "[claims]") {
  auto cs = run("Labour secured 411 seats, the Conservatives 121 and the Greens 4.");
  CHECK(by_text(cs, "121").subject.key == "seat");
  CHECK(by_text(cs, "121").predicate.key == "win");
  auto lv = run("Annual inflation jumped to 11.1 per cent in October. The economy shrank by 1.4 per cent.");
  CHECK(by_text(lv, "11.1 per cent").predicate.key == "be");
  CHECK(by_text(lv, "1.4 per cent").predicate.key == "fall");
  auto cl = run("Inflation eased to 7.1% in November, and unemployment stood at 3.7%.");
  CHECK(by_text(cl, "3.7%").subject.key == "unemployment");
}

TEST_CASE("a level reached takes the clause's subject, however far back", "[claims]") {
  auto c = by_text(run("The combined death toll from last week's floods in Ruritania and Freedonia rose to 4,100."), "4,100");
  CHECK(c.subject.key == "person");
  CHECK(c.predicate.key == "kill");
}
