// Claim extraction, phenomenon by phenomenon, on sentences written for these tests.

#include "claimcheck/claims/extractor.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimcheck;

namespace {

using testing::run;
using testing::by_text;

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

TEST_CASE("a total sums only a list that exhausts it", "[claims][relation]") {
  auto sums_nothing = [](std::string const& text, std::string const& total) {
    auto cs = run(text);
    auto w = by_text(cs, total);
    CHECK_FALSE(std::any_of(w.relations.begin(), w.relations.end(),
                            [](relation const& r) { return r.kind == relation_kind::sum_of; }));
  };
  // one part named by a part cue is a part, not a breakdown
  sums_nothing("A total of 310 people were hurt, among them 52 children.", "310");
  sums_nothing("In all, 7,000 homes were damaged, including 1,200 destroyed outright.", "7,000");
  auto cs = run("A total of 310 people were hurt, among them 52 children and 18 firefighters.");
  CHECK(has_relation(by_text(cs, "52"), relation_kind::part_of, by_text(cs, "310").id));
  // a total in a clause of its own after "and" sums nothing of the first clause
  sums_nothing("Pensions will rise to 4.2 billion dollars, and a total of 900 million will go to schools.",
               "900 million");
  sums_nothing("The army lost 40 tanks and 25 guns, while a total of 95 trucks were destroyed.", "95");
  // the list before an appositive total still adds up to it
  auto ok = run("Floods destroyed 900 homes and damaged 2,100 more, a total of 3,000.");
  CHECK(has_relation(by_text(ok, "3,000"), relation_kind::sum_of, by_text(ok, "900").id));
  CHECK(has_relation(by_text(ok, "3,000"), relation_kind::sum_of, by_text(ok, "2,100").id));
}

TEST_CASE("a total listed after a colon sums its parts", "[claims][relation]") {
  auto sum_of_all = [](std::string const& text, std::string const& total, std::vector<std::string> const& parts) {
    auto cs = run(text);
    auto w = by_text(cs, total);
    for (auto const& p : parts) {
      CHECK(has_relation(w, relation_kind::sum_of, by_text(cs, p).id));
      CHECK_FALSE(has_relation(by_text(cs, p), relation_kind::part_of, w.id));
    }
  };
  sum_of_all("The rebels freed 48 captives: 30 farmers, 12 teachers and six nurses.", "48", {"30", "12", "six"});
  sum_of_all("The bank unveiled a $9 billion plan: $6 billion in loans and $3 billion in grants.", "$9 billion",
             {"$6 billion", "$3 billion"});
  sum_of_all("The toll reached 2,310 on Friday: 1,900 people died in the north and 410 in the south.", "2,310",
             {"1,900", "410"});
  sum_of_all("The cabinet has 25 members: 14 from the ruling party, eight from its ally and three independents.",
             "25", {"14", "eight", "three"});
  // a cue naming the parts
  sum_of_all("The council passed a $12 million budget, made up of $8 million for roads and $4 million for parks.",
             "$12 million", {"$8 million", "$4 million"});
  sum_of_all("A team of 30 rescuers arrived, consisting of 18 medics and 11 engineers.", "30", {"18", "11"});
  // after a comma, only a list that adds up to the total
  sum_of_all("The clinic logged 90 cases, 75 confirmed and 15 suspected.", "90", {"75", "15"});
  sum_of_all("By noon 5,400 people had voted, 3,100 in the town and 2,300 in the farms.", "5,400", {"3,100", "2,300"});
  // a list the colon and the comma rules both read links each part once
  for (auto const* text : {"On Sunday, officials put the combined toll at 7,450: 6,100 in the east and 1,350 in the west.",
                           "The ward saw 60 patients, and 9 died, 7 of them adults and 2 children."}) {
    auto cs = run(text);
    for (auto const& c : cs)
      for (std::size_t i = 0; i < c.relations.size(); ++i)
        for (std::size_t j = i + 1; j < c.relations.size(); ++j)
          CHECK_FALSE((c.relations[i].kind == c.relations[j].kind && c.relations[i].claim == c.relations[j].claim));
  }
  auto apart = run("The clinic logged 90 cases, 40 confirmed and 15 suspected.");
  CHECK(by_text(apart, "90").relations.empty());
  // no final "and": a list that may go on is not a breakdown
  auto open = run("Voters named 20 delegates: 9 from the coast, 7 from the hills.");
  CHECK(by_text(open, "20").relations.empty());
  // a figure larger than the total, or of another kind, is not one of its parts
  auto big = run("The fund holds 40 projects: 55 applicants and 12 sponsors.");
  CHECK_FALSE(has_relation(by_text(big, "40"), relation_kind::sum_of, by_text(big, "55").id));
  auto kind = run("Turnout was 61%: 4,000 voters in the city and 2,500 in the villages.");
  CHECK(by_text(kind, "61%").relations.empty());
}

TEST_CASE("two or more figures of them after a total are its exhaustive parts", "[claims][relation]") {
  auto cs = run("Floods killed 950 people, 700 of them in the delta and 250 in the hills.");
  auto w = by_text(cs, "950");
  for (auto const* p : {"700", "250"}) {
    CHECK(has_relation(w, relation_kind::sum_of, by_text(cs, p).id));
    CHECK_FALSE(has_relation(by_text(cs, p), relation_kind::part_of, w.id));
  }
  for (auto const* text : {"Twelve miners were hurt, five of whom were airlifted.",
                           "The agency counted 19 outbreaks, seven of which were in the north."}) {
    auto rel = run(text);
    REQUIRE(rel.size() == 2);
    CHECK(has_relation(rel[1], relation_kind::part_of, rel[0].id));
    CHECK(rel[0].relations.empty());
  }
  auto one = run("Police detained 64 fans, 20 of them minors.");
  CHECK(has_relation(by_text(one, "20"), relation_kind::part_of, by_text(one, "64").id));
  CHECK(by_text(one, "64").relations.empty());
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

TEST_CASE("a duration's period starts after a start verb even without a written year", "[claims]") {
  // Publication 2024-04-09 (a Tuesday): a yearless start is the latest before publication.
  auto month = by_text(run("The bank paused a 14-month buying spree that started in February."), "14-month");
  CHECK(month.date == "2024-02");
  CHECK(month.basis == date_basis::explicit_date);
  CHECK(month.date_end == "2024-04-09");
  auto day = by_text(run("Officials lifted a nine-week curfew that was declared on Jan. 30."), "nine-week");
  CHECK(day.date == "2024-01-30");
  CHECK(day.date_end == "2024-04-09");
  // the sentence's own day ends the period when it is later than the start
  auto ended = by_text(run("Fighting resumed on Sunday after a four-day ceasefire that began on April 3 lapsed."),
                       "four-day");
  CHECK(ended.date == "2024-04-03");
  CHECK(ended.date_end == "2024-04-07");
  // a yearless date that does not follow a start verb is no start
  auto weak = by_text(run("The ten-month siege saw its worst day on Feb. 12."), "ten-month");
  CHECK(weak.date_end.empty());
  CHECK(weak.basis == date_basis::published);
  // nor is one in another clause
  auto other = by_text(run("The eight-week strike cost millions, and talks began on March 2."), "eight-week");
  CHECK(other.date_end.empty());
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
        "ana costa");
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

TEST_CASE("a part counts what the figure after \"of\" counts", "[claims][subject]") {
  CHECK(by_text(run("The party took 212 of the 350 seats in the assembly."), "212").subject.key == "seat");
  CHECK(by_text(run("Rebels are thought to hold at least 12 of the 40 hostages."), "at least 12").subject.key ==
        "hostage");
  auto cs = run("Nearly half of the roughly 300 people abducted in the raid have come home.");
  CHECK(by_text(cs, "Nearly half").subject.key == by_text(cs, "roughly 300").subject.key);
  CHECK_FALSE(by_text(cs, "Nearly half").subject.key.empty());
  // a share stated of a noun by a copula is that noun's
  CHECK(by_text(run("Participation was 61.2% of the 40 million eligible voters."), "61.2%").subject.key ==
        "participation");
  CHECK(by_text(run("Attendance is 75% of the 2,000 enrolled pupils, the school said."), "75%").subject.key ==
        "attendance");
}

TEST_CASE("a noun after \"of the\" is not a verb", "[claims][subject]") {
  auto c = by_text(run("The Greens won 12.5% of the vote."), "12.5%");
  CHECK(c.subject.key == "vote");
  CHECK(c.predicate.key == "win");
  CHECK(by_text(run("Turnout reached 48% of the vote count."), "48%").subject.key != "turnout");
}

TEST_CASE("cases are infections, residents live somewhere", "[claims][predicate]") {
  CHECK(by_text(run("Officials have reported 4,200 cases in the region."), "4,200").predicate.key == "infect");
  CHECK(by_text(run("Some 900 cases were recorded last week."), "Some 900").predicate.key == "infect");
  CHECK(by_text(run("Health workers confirmed 35 new infections."), "35").subject.key == "case");
  auto r = by_text(run("Shelling cut power to the city's 400,000 residents."), "400,000");
  CHECK(r.subject.key == "person");
  CHECK(r.predicate.key == "live");
  CHECK(by_text(run("The valley's 80,000 inhabitants were told to leave."), "80,000").predicate.key == "live");
  // a share of the population takes the clause's verb
  CHECK(by_text(run("About 20% of the population have fled the region."), "About 20%").predicate.key == "flee");
}

TEST_CASE("a partitive part did what its whole did, unless it has its own verb", "[claims][predicate]") {
  auto cs = run("Police arrested 80 protesters, 12 of them in the capital.");
  CHECK(by_text(cs, "12").subject.key == "protester");
  CHECK(by_text(cs, "12").predicate.key == "arrest");
  auto cs2 = run("Militants abducted 60 workers, and 25 of them are still held.");
  CHECK(by_text(cs2, "25").predicate.key == "hold");
  auto cs3 = run("Troops freed 45 detainees, 10 of them women.");
  CHECK(by_text(cs3, "10").predicate.key == "release");
  // a part with its own modifier is narrower than its keys
  auto cs4 = run("The army says 600 soldiers have been killed, 250 of them since the offensive began.");
  CHECK(by_text(cs4, "250").predicate.key == "kill");
  CHECK_FALSE(by_text(cs4, "250").scope.empty());
  CHECK(by_text(cs4, "600").scope.empty());
}

TEST_CASE("a breakdown after a colon counts what the total counts", "[claims][subject]") {
  auto cs = run("The agency put the death toll at 1,250: 900 in the north and 350 in the south.");
  for (auto const* t : {"900", "350"}) {
    CHECK(by_text(cs, t).subject.key == "person");
    CHECK(by_text(cs, t).predicate.key == "kill");
  }
}

TEST_CASE("nouns in -ing and two-word rate names", "[claims][subject]") {
  CHECK(by_text(run("The union released €2 million in emergency funding."), "€2 million").subject.key == "aid");
  CHECK(by_text(run("The king declared five days of national mourning."), "five days").subject.key == "mourning");
  CHECK(by_text(run("The annual inflation rate rose to 6.4% in March."), "6.4%").subject.key == "inflation");
  CHECK(by_text(run("The unemployment rate was 4.1% in May."), "4.1%").subject.key == "unemployment");
  CHECK(by_text(run("The outbreak became a nine-month epidemic."), "nine-month").subject.key == "outbreak");
}

TEST_CASE("the subject settles an ambiguous verb", "[claims][predicate]") {
  auto s = by_text(run("The Liberals took 87 seats in the new parliament."), "87");
  CHECK(s.subject.key == "seat");
  CHECK(s.predicate.key == "win");
  CHECK(by_text(run("The Greens took 9.4% of the vote."), "9.4%").predicate.key == "win");
  CHECK(by_text(run("Gunmen took 40 hostages in the raid."), "40").predicate.key == "seize");
  CHECK(by_text(run("The government announced $50 million in aid for farmers."), "$50 million").predicate.key ==
        "pledge");
  CHECK(by_text(run("The government announced $50 million in tax cuts."), "$50 million").predicate.key == "announce");
}

TEST_CASE("pledges, approvals and verbs that end a noun chunk", "[claims][predicate]") {
  CHECK(by_text(run("The World Bank pledged $2 billion for reconstruction."), "$2 billion").predicate.key == "pledge");
  // aid promised is pledged; other things promised keep the verb's lemma (acc19p: sets 5, 10
  // and 12 key "promised" promise, sets 3 and 13 key aid promised pledge)
  CHECK(by_text(run("Donors promised $300 million in aid at the conference."), "$300 million").predicate.key == "pledge");
  CHECK(by_text(run("The council promised 120 new homes by 2027."), "120").predicate.key == "promise");
  CHECK(by_text(run("The IMF board approved a $1.5 billion loan."), "$1.5 billion").predicate.key == "approve");
  auto d = by_text(run("Officials said three levees burst during the night."), "three");
  CHECK(d.subject.key == "levee");
  CHECK(d.predicate.key == "burst");
  CHECK(by_text(run("The storm hit 12 districts hit hardest by last year's floods."), "12").subject.key == "district");
}

TEST_CASE("an earlier level keeps the keys of the level just stated", "[claims][subject]") {
  auto a = run("The jobless rate climbed to 7.2% in May, from 6.8% in April.");
  CHECK(by_text(a, "6.8%").subject.key == by_text(a, "7.2%").subject.key);
  CHECK(by_text(a, "6.8%").predicate.key == "be");
  auto b = run("Inflation eased to 4.1% in March from a peak of 10.3% last autumn.");
  CHECK(by_text(b, "10.3%").subject.key == "inflation");
  CHECK(by_text(b, "10.3%").predicate.key == "be");
  // "from" after a count that is not a level reached is a source, not an earlier level
  auto c = run("Troops evacuated 300 families from 12 villages.");
  CHECK(by_text(c, "12").subject.key == "village");
}

TEST_CASE("a relative or verb-first clause continues the level before it", "[claims][subject]") {
  auto a = run("Unemployment, which peaked at 9.5% in 2021, fell to 6.1% last month.");
  CHECK(by_text(a, "9.5%").subject.key == "unemployment");
  CHECK(by_text(a, "6.1%").subject.key == "unemployment");
  auto b = run("The number of people killed stood at 410 on Monday, rising to 530 on Tuesday.");
  CHECK(by_text(b, "530").subject.key == "person");
  CHECK(by_text(b, "530").predicate.key == "kill");
}

TEST_CASE("a results list restates figures named earlier in the article", "[claims][subject]") {
  auto cs = run("The Alliance won 188 of the 300 seats on Sunday. Final tally: Alliance 188, Unity 70, "
                "independents 25, Greens 17.");
  int n = 0;
  for (auto const& c : cs) {
    if (c.q.text == "300") continue;
    CHECK(c.subject.key == "seat");
    CHECK(c.predicate.key == "win");
    ++n;
  }
  CHECK(n == 5);
  // a name with a figure that was never stated takes no keys from elsewhere
  // (a count with no noun at all counts what the last count named: "a figure whose noun is left out")
  CHECK(by_text(run("The Alliance won 188 seats. Later, Unity 7.5%."), "7.5%").subject.key.empty());
}

TEST_CASE("a part's own verb, a verb chain and hostages still held", "[claims][predicate]") {
  auto a = run("Some 40 miners were trapped underground, nine of whom died.");
  CHECK(by_text(a, "nine").predicate.key == "die");
  CHECK(by_text(run("Officials said 310 people had been confirmed killed."), "310").predicate.key == "kill");
  CHECK(by_text(run("By Friday, 85 villagers were reported missing."), "85").predicate.key == "miss");
  CHECK(by_text(run("The army says 59 hostages remain in the tunnels."), "59").predicate.key == "hold");
  CHECK(by_text(run("Negotiators believe 20 hostages are still alive."), "20").predicate.key == "hold");
  CHECK(by_text(run("The party won 120 of the 200 seats in the House of Assembly."), "200").predicate.key != "live");
}

TEST_CASE("a modifier joined by 'and' to a plural head, loan frames", "[claims][subject]") {
  CHECK(by_text(run("Italy sent 120 search and rescue teams."), "120").subject.key == "team");
  CHECK(by_text(run("Some 300 health and aid workers were evacuated."), "Some 300").subject.key == "worker");
  // a plural before "and" is a head of its own
  CHECK(by_text(run("Rebels freed 12 soldiers and police officers."), "12").subject.key == "soldier");
  CHECK(by_text(run("The Fund approved a $4 billion bailout for the country."), "$4 billion").subject.key == "loan");
  CHECK(by_text(run("Lenders expanded the loan programme to $6 billion."), "$6 billion").subject.key == "loan");
}

TEST_CASE("people left homeless are displaced", "[claims][predicate]") {
  CHECK(by_text(run("The floods left 40,000 people homeless."), "40,000").predicate.key == "displace");
  CHECK(by_text(run("About 9,000 families have been made homeless."), "About 9,000").predicate.key == "displace");
}

TEST_CASE("an appositive between the figure and its verb does not hide the verb", "[claims][predicate]") {
  // the figure before the appositive
  CHECK(by_text(run("Aid agencies say 640,000 people, roughly a third of the province's entire pre-war "
                    "population, have been displaced."),
                "640,000")
            .predicate.key == "displace");
  CHECK(by_text(run("Some 12,500 villagers, most of them farmers from the villages along the river and "
                    "their families, were evacuated on Tuesday."),
                "Some 12,500")
            .predicate.key == "evacuate");
  CHECK(by_text(run("The ministry said 3.4 million children, about one in six of all the pupils in the "
                    "northern regions, are now fully vaccinated."),
                "3.4 million")
            .predicate.key == "vaccinate");
  // the figure inside the appositive
  CHECK(by_text(run("More than 2 million people, nearly 40% of the population of the coastal districts, "
                    "have been affected."),
                "nearly 40%")
            .predicate.key == "affect");
  // a verb right after the figure still wins; a comma without a later verb phrase gives none
  CHECK(by_text(run("About 700 people fled, officials said, and the roads were closed."), "About 700")
            .predicate.key == "flee");
}

TEST_CASE("a gapped list takes the verb of its first conjunct", "[claims][predicate]") {
  auto cs = run("The Greens won 14.2% and 31 seats, the Liberals 9.8% and 19 seats and the Farmers Union 4.1% "
                "and 6 seats.");
  CHECK(by_text(cs, "19").predicate.key == "win");
  CHECK(by_text(cs, "6").predicate.key == "win");
  CHECK(by_text(cs, "9.8%").predicate.key == "win");
  CHECK(by_text(cs, "4.1%").predicate.key == "win");
  auto d = run("Qatar pledged $500 million in aid on Monday, Kuwait $200 million and Norway $75 million.");
  CHECK(by_text(d, "$200 million").predicate.key == by_text(d, "$500 million").predicate.key);
  CHECK(by_text(d, "$75 million").predicate.key == "pledge");
}

TEST_CASE("a level named between 'to' and the figure is still a level", "[claims][predicate]") {
  CHECK(by_text(run("The central bank lifted its policy rate by a quarter point on Tuesday to a range of 3.75% to 4%."),
                "3.75% to 4%")
            .predicate.key == "be");
  CHECK(by_text(run("The bank cut its deposit rate to a range of 1.5% to 1.75% after the meeting."), "1.5% to 1.75%")
            .predicate.key == "be");
  CHECK(by_text(run("Inflation climbed to a record 8.4% in March."), "8.4%").predicate.key == "be");
}

TEST_CASE("multi-word predicates: idioms name the event", "[claims][predicate]") {
  CHECK(by_text(run("The fighting has forced 90,000 people from their homes."), "90,000").predicate.key == "displace");
  CHECK(by_text(run("Some 15,000 families were driven from their homes by the floods."), "Some 15,000")
            .predicate.key == "displace");
  CHECK(by_text(run("Three bridges gave way under the weight of the water."), "Three").predicate.key == "burst");
  CHECK(by_text(run("At least 40 pupils fell ill after the school lunch."), "At least 40").predicate.key == "sicken");
  CHECK(by_text(run("More than 30 workers have fallen ill at the plant."), "More than 30").predicate.key == "sicken");
  CHECK(by_text(run("About 200,000 people have taken refuge in the hills."), "About 200,000").predicate.key ==
        "shelter");
  CHECK(by_text(run("The coalition ended up 12 short of a majority."), "12").predicate.key == "lack");
  // the words of an idiom are not read on their own: "fell short" is no fall
  CHECK(by_text(run("The party's 140 seats fell short of a majority."), "140").predicate.key != "fall");
}

TEST_CASE("a report verb yields to the event named right after its object", "[claims][predicate]") {
  CHECK(by_text(run("The agency counted 8,200 people forced from their homes by the storm."), "8,200")
            .predicate.key == "displace");
  CHECK(by_text(run("The ministry counted 412 civilians killed in the shelling."), "412").predicate.key == "kill");
  CHECK(by_text(run("Officials reported 96 villagers injured by the blast."), "96").predicate.key == "wound");
  CHECK(by_text(run("Rescuers reported pulling 23 bodies from the rubble."), "23").predicate.key == "recover");
  // without a participle after the object the report verb stays
  CHECK(by_text(run("Officials reported 96 new cases in the province."), "96").predicate.key == "infect");
  CHECK(by_text(run("The agency counted 77 trucks at the crossing on Monday."), "77").predicate.key == "count");
}

TEST_CASE("a copula right before the figure is its clause's verb", "[claims][predicate]") {
  CHECK(by_text(run("Factories added 54,000 jobs in May and the jobless rate was 4.2%."), "4.2%").predicate.key ==
        "be");
  CHECK(by_text(run("Factories added 54,000 jobs in May."), "54,000").predicate.key == "add");
  CHECK(by_text(run("Police arrested 30 people on Friday, and the number of detainees now stands at 210."), "210")
            .predicate.key != "arrest");
  CHECK(by_text(run("About 40 people were killed on Friday."), "About 40").predicate.key == "kill");
}

TEST_CASE("a figure that opens a coordinated clause takes the verb after its noun", "[claims][predicate]") {
  auto a = run("Some 4,000 people were evacuated and about 900 houses were damaged.");
  CHECK(by_text(a, "Some 4,000").predicate.key == "evacuate");
  CHECK(by_text(a, "about 900").predicate.key == "damage");
  CHECK(by_text(run("The storm destroyed two bridges and 35 people died."), "35").predicate.key == "die");
  CHECK(by_text(run("Rebels freed 12 hostages on Monday but 40 are still held."), "40").predicate.key == "hold");
  CHECK(by_text(run("Over 3,000 cattle were lost and more than 500 head of sheep had died."), "more than 500")
            .predicate.key == "die");
  // no verb after the noun: the figure is the first verb's second object
  CHECK(by_text(run("Troops killed 20 fighters and 30 civilians."), "30").predicate.key == "kill");
  CHECK(by_text(run("Floods killed 80 people and 30 were children."), "30").predicate.key != "be");
}

TEST_CASE("a direction word at the figure says which way it moved", "[claims][predicate]") {
  CHECK(by_text(run("Food prices were 12.5% higher than a year earlier."), "12.5%").predicate.key == "rise");
  CHECK(by_text(run("Sales were about 8% lower in March."), "about 8%").predicate.key == "fall");
  auto cs = run("The main index closed up 1.2%, while bonds ended down 0.4%.");
  CHECK(by_text(cs, "1.2%").predicate.key == "rise");
  CHECK(by_text(cs, "0.4%").predicate.key == "fall");
  // over the event the subject's noun names ("cases" are infections)
  CHECK(by_text(run("Reported cases were 40% lower than in May."), "40%").predicate.key == "fall");
  // "up from" names an earlier level, not a direction of the figure
  CHECK(by_text(run("Inflation rose to 9.1% in June, up from 8.6% in May."), "8.6%").predicate.key != "rise");
}

TEST_CASE("a part of a fronted partitive whose only verb is the whole's word did what the whole did",
          "[claims][predicate]") {
  auto cs = run("The blast killed 1,250 people on Friday. Of the 1,250 dead, 800 were in the capital.");
  CHECK(by_text(cs, "800").predicate.key == "kill");
}

TEST_CASE("the subject settles verbs of votes, aid and doses", "[claims][predicate]") {
  // a vote share stated by a level is what the party won
  CHECK(by_text(run("The Greens' share of the vote rose by 2 points to 14.5%."), "14.5%").predicate.key == "win");
  CHECK(by_text(run("Turnout was 61% on Sunday."), "61%").predicate.key == "be");
  // aid received is aid pledged
  CHECK(by_text(run("Families whose homes were destroyed will receive aid of $1,500."), "$1,500").predicate.key ==
        "pledge");
  // doses made available are distributed; doses given are administered
  CHECK(by_text(run("More than 200,000 doses have been made available to clinics."), "More than 200,000")
            .predicate.key == "distribute");
  CHECK(by_text(run("About 4 million vaccine doses have been given so far."), "About 4 million").predicate.key ==
        "administer");
  // "given the ..." is a preposition
  CHECK(by_text(run("The toll could reach 900, given the number of people missing."), "900").predicate.key != "give");
}

TEST_CASE("a count far from any verb takes the verb of its clause", "[claims][predicate]") {
  auto cs = run("The new president was sworn in for a second term at a ceremony in the old capital on Monday along "
                "with 24 ministers: 10 of cabinet rank and 14 deputies.");
  CHECK(by_text(cs, "24").predicate.key == "swear");
  CHECK(by_text(cs, "14").predicate.key == "swear");
  // not across punctuation
  CHECK(by_text(run("The president was sworn in at a long ceremony in the capital on Monday. Guests: 800."), "800")
            .predicate.key != "swear");
}

TEST_CASE("detain is a key of its own; idioms of state", "[claims][predicate]") {
  CHECK(by_text(run("Police detained 64 fans after the match."), "64").predicate.key == "detain");
  CHECK(by_text(run("Police arrested 30 protesters."), "30").predicate.key == "arrest");
  CHECK(by_text(run("Officials said a fifth of the province was under water."), "a fifth").predicate.key == "flood");
}

TEST_CASE("each conjunct of a gapped results list is scoped by its own name", "[claims][predicate]") {
  auto cs = run("The Greens took 14.2% and 31 seats, the Liberal Union 9.8% and 19 seats and the Farmers Party "
                "4.1% and 6 seats.");
  CHECK(by_text(cs, "19").predicate.key == "win");
  CHECK_FALSE(by_text(cs, "19").scope.empty());
  CHECK_FALSE(by_text(cs, "6").scope.empty());
  CHECK(by_text(cs, "19").scope != by_text(cs, "6").scope);
  CHECK(by_text(cs, "19").scope != by_text(cs, "31").scope);
}

TEST_CASE("relations: 'Of those,' opening a sentence points at the previous sentence's figures",
          "[claims][relations]") {
  auto cs = testing::run("Across the region, 9,000 cases and 310 deaths have been reported this year. Of those, the "
                         "capital alone accounts for 4,100 cases and 350 deaths, the ministry said.");
  auto part = testing::by_text(cs, "350");
  auto whole = testing::by_text(cs, "310");
  REQUIRE(part.relations.size() == 1);
  CHECK(part.relations[0].kind == relation_kind::part_of);
  CHECK(part.relations[0].claim == whole.id);
  CHECK(testing::by_text(cs, "4,100").relations.at(0).claim == testing::by_text(cs, "9,000").id);
}

TEST_CASE("the whole of a partitive is a total, not what its part did", "[claims][predicate]") {
  auto a = run("The Alliance won 188 of the 300 seats in the assembly.");
  CHECK(by_text(a, "188").predicate.key == "win");
  CHECK(by_text(a, "300").predicate.key == "be");
  auto b = run("The Unity party will have 96 of the 240 seats in the new chamber.");
  CHECK(by_text(b, "96").predicate.key == "win");
  CHECK(by_text(b, "240").predicate.key == "be");
  // a whole with its own participle or noun keeps it
  auto c = run("Nearly a third of the roughly 600 people abducted in the raid have been freed.");
  CHECK(by_text(c, "roughly 600").predicate.key == "seize");
  CHECK(by_text(run("Shelling cut power to half of the city's 400,000 residents."), "400,000").predicate.key == "live");
  // hostages of a partitive are still held
  CHECK(by_text(run("Officials believe 20 of the 90 hostages still in the tunnels are dead."), "90").predicate.key ==
        "hold");
}

TEST_CASE("a stated total is what the parts add up to", "[claims][predicate]") {
  auto a = run("The Greens secured 30 seats, the Liberals 20 and the Farmers Union 6, 56 in all.");
  CHECK(by_text(a, "56").predicate.key == "be");
  CHECK(by_text(a, "56").subject.key == "seat");
  auto b = run("The storm caused $2 billion in damage and $1 billion in lost output, a total of $3 billion.");
  CHECK(by_text(b, "$3 billion").predicate.key == "be");
  CHECK(by_text(b, "$2 billion").predicate.key == "be");
}

TEST_CASE("seats and votes with no verb of their own are won", "[claims][predicate]") {
  auto a = run("The Alliance now has 188 of the 300 seats after the recount.");
  CHECK(by_text(a, "188").predicate.key == "win");
  auto b = run("With 52.1% of the vote, the mayor kept her post.");
  CHECK(by_text(b, "52.1%").subject.key == "vote");
  CHECK(by_text(b, "52.1%").predicate.key == "win");
}

TEST_CASE("a figure whose noun is left out counts what a figure before it counts", "[claims][subject]") {
  // after a possessive
  auto a = run("The Alliance's 188 seats, the Unity bloc's 70 and the Greens' 25 were confirmed on Monday.");
  CHECK(by_text(a, "70").subject.key == "seat");
  CHECK(by_text(a, "25").subject.key == "seat");
  // after an agent verb, with the noun in an earlier sentence
  auto b = run("The Alliance won 188 seats on Sunday. The opposition bloc took 70, down from 91 in 2019.");
  CHECK(by_text(b, "70").subject.key == "seat");
  CHECK(by_text(b, "70").predicate.key == "win");
  CHECK(by_text(b, "91").subject.key == "seat");
  // "N short of"
  auto c = run("The Alliance won 140 of the 300 seats, 11 short of the 151 needed for a majority.");
  CHECK(by_text(c, "11").subject.key == "seat");
  CHECK(by_text(c, "11").predicate.key == "lack");
  CHECK(by_text(c, "151").subject.key == "seat");
  // a count with no noun at all: the last count named, in the sentence or before it
  auto e = run("Rescuers pulled 2,300 bodies from the rubble on Monday. Of the 2,300 dead, 1,100 were in the capital.");
  CHECK(by_text(e, "1,100").subject.key == "body");
  auto f = run("Voters elected 120 deputies. Total 120.");
  REQUIRE(f.size() == 2);
  CHECK(f.back().subject.key == "deputy");
  CHECK(f.back().predicate.key == "be");
  // a share taken by a party is a share of the vote
  auto d = run("The Greens took 12.4% and 31 seats, and the Liberals 9.1%.");
  CHECK(by_text(d, "12.4%").subject.key == "vote");
  CHECK(by_text(d, "12.4%").predicate.key == "win");
  CHECK(by_text(d, "9.1%").subject.key == "vote");
  // a noun of its own is kept
  CHECK(by_text(run("Rebels took 40 hostages on Friday."), "40").subject.key == "hostage");
  CHECK(by_text(run("The city's 80,000 residents were told to leave."), "80,000").subject.key == "person");
}

TEST_CASE("adverbs, comparatives and prepositions end a noun chunk", "[claims][subject]") {
  CHECK(by_text(run("The fever has killed 300 people out of 9,000 cases."), "300").subject.key == "person");
  CHECK(by_text(run("Prices were 12% higher than a year earlier."), "12%").subject.key == "price");
  CHECK(by_text(run("Reported infections were 40% lower in May."), "40%").subject.key == "case");
  CHECK(by_text(run("The mayor won with 61.5% of votes against 38.5% for his rival."), "61.5%").subject.key == "vote");
  CHECK(by_text(run("The mayor won with 61.5% of votes against 38.5% for his rival."), "38.5%").subject.key == "vote");
  CHECK(by_text(run("Twelve people known to have died were buried on Friday."), "Twelve").subject.key == "person");
}

TEST_CASE("vote tallies: against, in favour", "[claims][predicate]") {
  auto cs = run("The 12 members of the board could not agree, with seven against the plan and five in favour.");
  CHECK(by_text(cs, "seven").predicate.key == "oppose");
  CHECK(by_text(cs, "five").predicate.key == "support");
  CHECK(by_text(cs, "seven").subject.key == "member");
  CHECK(by_text(cs, "five").subject.key == "member");
}

TEST_CASE("rates of deaths, patients and staff", "[claims][subject]") {
  auto a = by_text(run("The ministry reported 40 deaths, a fatality rate of about 2%."), "about 2%");
  CHECK(a.subject.key == "person");
  CHECK(a.predicate.key == "die");
  CHECK(by_text(run("Some 45 patients were discharged."), "Some 45").subject.key == "person");
  CHECK(by_text(run("The agency says 14 of its staff members were injured."), "14").subject.key == "staff");
  auto b = by_text(run("Officials put the number of dead at 1,250 on Monday."), "1,250");
  CHECK(b.subject.key == "person");
  CHECK(b.predicate.key == "die");
  auto c = by_text(run("The death toll could reach 4,000, the governor warned."), "4,000");
  CHECK(c.subject.key == "person");
}

TEST_CASE("the subject settles a report verb", "[claims][predicate]") {
  CHECK(by_text(run("There were 90 cases, 70 confirmed and 20 probable."), "70").predicate.key == "infect");
  CHECK(by_text(run("The challenger received 4,120,331 votes."), "4,120,331").predicate.key == "win");
  CHECK(by_text(run("Cases have climbed above 9,000 in 41 countries."), "41").predicate.key == "report");
}

TEST_CASE("a level reached names its subject after a participle", "[claims][subject]") {
  auto c = by_text(run("Confirmed cases in the region rose to more than 2,400, officials said."), "more than 2,400");
  CHECK(c.subject.key == "case");
  CHECK(c.predicate.key == "infect");
}

TEST_CASE("a level word is not what a figure counts", "[claims][subject]") {
  auto a = run("The bank raised its policy rate by half a point to a range of 4.5% to 4.75%.");
  CHECK(by_text(a, "4.5% to 4.75%").subject.key == by_text(a, "half a point").subject.key);
  CHECK(by_text(run("Inflation hit a record 14% in May."), "14%").subject.key == "inflation");
}

TEST_CASE("parts of a breakdown did what the total did", "[claims][predicate]") {
  auto cs = run("The minister announced a £40 billion plan, made up of £15 billion of tax increases and £25 billion in "
                "spending cuts.");
  CHECK(by_text(cs, "£15 billion").predicate.key == "announce");
  CHECK(by_text(cs, "£25 billion").predicate.key == "announce");
}

TEST_CASE("a part 'of those' or 'of the dead' counts what an earlier figure counted", "[claims][subject]") {
  auto cs = run("Shelling has killed 4,100 civilians since March. At least 300 of those deaths came in the last week.");
  CHECK(by_text(cs, "At least 300").subject.key == "civilian");
  CHECK(by_text(cs, "At least 300").predicate.key == "kill");
  auto d = run("Air strikes have killed 2,000 villagers. About 60% of the dead were women, it said.");
  CHECK(by_text(d, "About 60%").subject.key == "villager");
  CHECK(by_text(d, "About 60%").predicate.key == "kill");
}

TEST_CASE("an appositive with a percent sign does not hide the verb", "[claims][predicate]") {
  CHECK(by_text(run("Some 80,000 people, or about 15% of the district's population, have been displaced."),
                "Some 80,000")
            .predicate.key == "displace");
}

TEST_CASE("a share stated by a copula is 'be'; the whole keeps its own participle", "[claims][predicate]") {
  auto cs = run("Participation was 61.2% of the 40 million registered voters.");
  CHECK(by_text(cs, "61.2%").predicate.key == "be");
  CHECK(by_text(cs, "40 million").predicate.key == "register");
}

TEST_CASE("a predicate word after a determiner is a noun", "[claims][predicate]") {
  CHECK(by_text(run("Analysts polled before the release had forecast 3.1%."), "3.1%").predicate.key != "release");
  CHECK(by_text(run("Analysts polled before the release had forecast 3.1%."), "3.1%").predicate.key.empty());
}

TEST_CASE("an outbreak that kills: people died of it", "[claims][predicate]") {
  CHECK(by_text(run("The cholera outbreak has killed 210 people since May."), "210").predicate.key == "die");
  CHECK(by_text(run("Measles, the worst epidemic in a decade, has killed 75 children."), "75").predicate.key == "die");
  CHECK(by_text(run("Rebels killed 75 villagers in the raid."), "75").predicate.key == "kill");
}

TEST_CASE("the level after a change is what the figure is", "[claims][predicate]") {
  auto cs = run("The bank raised rates by 0.5 percentage points to 4.75% on Thursday.");
  CHECK(by_text(cs, "0.5 percentage points").predicate.key == "raise");
  CHECK(by_text(cs, "4.75%").predicate.key == "be");
  auto c = run("The death toll rose by 120 to 3,400.");
  CHECK(by_text(c, "3,400").predicate.key == "kill");
}

TEST_CASE("a part of the deaths counts the deaths named before", "[claims][predicate]") {
  auto cs = run("The quake killed 1,500 people, officials said. The coastal province accounted for 900 of the deaths.");
  CHECK(by_text(cs, "900").subject.key == "person");
  CHECK(by_text(cs, "900").predicate.key == "kill");
}

TEST_CASE("prisoners given in exchange are released", "[claims][predicate]") {
  auto cs = run("Under the deal, the group would hand over 30 hostages in exchange for about 450 prisoners.");
  CHECK(by_text(cs, "about 450").predicate.key == "release");
}

TEST_CASE("a place's people live there", "[claims][predicate]") {
  CHECK(by_text(run("Of the island's 1.2 million people, 300,000 have fled."), "1.2 million").predicate.key == "live");
  CHECK(by_text(run("Much of the region's estimated 4 million people have taken refuge in camps."), "estimated 4 million")
            .predicate.key == "live");
  CHECK(by_text(run("Rebels seized 40 people in the raid."), "40").predicate.key != "live");
}

TEST_CASE("a part referred to by 'of those' or 'of the deaths' is part of that figure", "[claims][relation]") {
  auto cs = run("The quake killed 1,500 people, officials said. The coastal province accounted for 900 of the deaths.");
  auto part = by_text(cs, "900");
  REQUIRE(part.relations.size() == 1);
  CHECK(part.relations[0].kind == relation_kind::part_of);
  CHECK(part.relations[0].claim == by_text(cs, "1,500").id);
}

TEST_CASE("a possessive name opening a sentence counts toward the topics", "[claims]") {
  auto cs = run("Ruritania's floods have killed 400 people. Rescuers in the hills of Ruritania found 12 more bodies.");
  auto const& tp = by_text(cs, "400").topics;
  CHECK(std::find(tp.begin(), tp.end(), "ruritania") != tp.end());
}

TEST_CASE("the headline's names weigh twice and a place's other names are one topic word", "[claims]") {
  static claims::extractor const ex(testing::lex());
  article a;
  a.id = "h";
  a.published = "2024-04-09";
  a.title = "Ruritania rebuilds after the storm";
  // "Ruritania" once in the text and once in the headline: a topic; "Pellham" once: not
  a.text = "Crews in Ruritania cleared 400 roads. Engineers from Pellham helped.";
  auto tp = by_text(ex.extract(a), "400").topics;
  CHECK(std::find(tp.begin(), tp.end(), "ruritania") != tp.end());
  CHECK(std::find(tp.begin(), tp.end(), "pellham") == tp.end());
  // "the UK" and "British" are the topic word of "Britain" (grammars/topic_aliases.tsv)
  a.title = "";
  a.text = "The UK sent 40 engineers. Rescuers said British teams found 12 people.";
  tp = by_text(ex.extract(a), "40").topics;
  CHECK(std::find(tp.begin(), tp.end(), "britain") != tp.end());
  CHECK(std::find(tp.begin(), tp.end(), "uk") == tp.end());
}

TEST_CASE("the article's own outlet is never one of its topics", "[claims]") {
  // A feed's byline, photo credit and newsletter prompt name the outlet three times; the story's
  // place and its zoo are what the figures are about, and what another outlet's article shares.
  static claims::extractor const ex(testing::lex());
  article a;
  a.id = "h";
  a.published = "2025-05-02";
  a.source = "Quillby Courier";
  a.title = "Tarsk aquarium opens its shark tunnel";
  a.text =
      "By Pat Orwell, Quillby Courier\n\nThe aquarium in Tarsk sold 9,200 tickets on Thursday, its "
      "first day, staff said. Visitors came from across Tarsk province.\n\nPhoto: The new tunnel. "
      "(Quillby Courier)\n\nGet the Quillby Courier newsletter every morning.";
  auto tp = by_text(ex.extract(a), "9,200").topics;
  CHECK(std::find(tp.begin(), tp.end(), "tarsk") != tp.end());
  CHECK(std::find(tp.begin(), tp.end(), "quillby") == tp.end());
  CHECK(std::find(tp.begin(), tp.end(), "courier") == tp.end());
  // another outlet's name is a name like any other
  a.source = "Harbor Daily";
  tp = by_text(ex.extract(a), "9,200").topics;
  CHECK(std::find(tp.begin(), tp.end(), "quillby") != tp.end());
}

TEST_CASE("a participle clause's figure is scoped by the main clause's subject", "[claims]") {
  // "after winning N seats": the party that opens the sentence won them.
  auto a = by_text(run("The Liberal Front opened talks with two smaller parties on Monday after winning 64 seats."), "64");
  CHECK(a.scope == "liberal front");
  CHECK(a.predicate.key == "win");
  CHECK(by_text(run("Arcadia's Green Movement entered government by securing 31 seats in the vote."), "31").scope ==
        "green movement");
  // a clause whose subject is no name leaves the figure unscoped
  CHECK(by_text(run("Talks began on Monday after the winners took 64 seats."), "64").scope.empty());
  // the two figures of the same party meet: the outlet's 64 and another's 61 are one scope
  CHECK(by_text(run("The Liberal Front won 61 seats."), "61").scope == "liberal front");
}

TEST_CASE("a winner's scope leaves out the country that owns it", "[claims]") {
  CHECK(by_text(run("Ruritania's Unity Party won 146 seats."), "146").scope == "unity party");
  CHECK(by_text(run("The Unity Party won 142 seats."), "142").scope == "unity party");
  CHECK(by_text(run("Labour won 411 seats."), "411").scope == "labour");
}

TEST_CASE("a fronted place narrows the sentence unless it is the story's own place", "[claims]") {
  auto cs = run("The storm killed 420 people across Ruritania, officials in Ruritania said. In Pellham province, where "
                "260 people were killed, crews worked overnight. In the city of Tarn, 40 homes collapsed.");
  CHECK(by_text(cs, "420").scope.empty());
  CHECK(by_text(cs, "260").scope == "pellham");
  CHECK(by_text(cs, "40").scope == "tarn");
  // Ruritania is a topic of the story: no narrowing, unless "alone" says so
  auto own = run("Floods hit Ruritania on Monday. In Ruritania, 90 people died, officials in Ruritania said.");
  CHECK(by_text(own, "90").scope.empty());
  auto alone = run("Floods hit Ruritania and Pellham. In Ruritania alone, 90 people died, officials in Ruritania said.");
  CHECK(by_text(alone, "90").scope == "ruritania");
}

TEST_CASE("the verb of a relative clause after 'that' is the figure's", "[claims]") {
  auto c = by_text(run("The town held funerals for victims of the quake that killed 396 people."), "396");
  CHECK(c.predicate.key == "kill");
  CHECK(c.subject.key == "person");
}

TEST_CASE("verbs before a figure are no subject: infinitives, participles, catenatives", "[claims][subject]") {
  CHECK(by_text(run("Data showed annual inflation slowing to 3.5% in March."), "3.5%").subject.key == "inflation");
  CHECK(by_text(run("The bank made five increases totalling 2.25 percentage points."), "2.25 percentage points")
            .subject.key == "increase");
  CHECK(by_text(run("Inflation is expected to fall below 4% next year."), "below 4%").subject.key == "inflation");
  CHECK(by_text(run("Prices are set to climb to 9%."), "9%").subject.key == "price");
  // a noun before the infinitive is its subject; an -ing noun not right before the figure stays
  CHECK(by_text(run("The agency expects the economy to shrink by 1.4% next year."), "1.4%").subject.key == "economy");
  CHECK(by_text(run("Government spending rose 3% in March."), "3%").subject.key == "spending");
}

TEST_CASE("a subgroup's share of a total is scoped by the subgroup", "[claims]") {
  auto cs = run("The agency counted 2,300 cholera cases. Children under five accounted for 610 cases. "
                "In the north, women made up 40% of the patients.");
  CHECK(by_text(cs, "2,300").scope.empty());
  auto kids = by_text(cs, "610");
  CHECK(kids.subject.key == by_text(cs, "2,300").subject.key);
  CHECK(kids.scope == "child");
  CHECK(by_text(cs, "40%").scope == "woman");
}

TEST_CASE("every form of a subgroup verb scopes its figure", "[claims]") {
  // (each row of subgroup_verbs.tsv, whether or not its first word starts some other cue)
  for (std::string verb : {"accounts for", "accounted for", "account for", "accounting for", "makes up",
                           "made up", "comprised"}) {
    INFO(verb);
    auto cs = run("The clinic treated 900 patients. Nurses " + verb + " 300 of the patients.");
    REQUIRE(cs.size() == 2);
    CHECK(by_text(cs, "900").scope.empty());
    CHECK(by_text(cs, "300").scope == "nurse");
  }
}

TEST_CASE("a count restated without its noun keeps the keys it had", "[claims][subject]") {
  auto cs = run("The quake killed 1,480 people, the ministry said. Of the 1,480 dead, 900 were in the hills.");
  REQUIRE(cs.size() == 3);
  CHECK(cs[1].subject.key == "person");
  CHECK(cs[1].predicate.key == "kill");
  // small numbers are too common to be the same figure
  auto b = run("Rebels killed 12 soldiers. Later 12 were seen in the town.");
  CHECK(b.back().predicate.key != "kill");
}

TEST_CASE("a gapped list whose conjunct names only its agent", "[claims][predicate]") {
  auto cs = run("The Greens took 12.4% and 31 seats, the Farmers party 8.2% and 20 seats.");
  CHECK(by_text(cs, "8.2%").subject.key == "vote");
  CHECK(by_text(cs, "8.2%").predicate.key == "win");
  // a margin ("a margin of 2.1 million") is a lead in what the list counts, not more of it won
  auto m = run("Lula received 60,345,999 votes, a margin of just over 2.1 million.");
  CHECK(by_text(m, "just over 2.1 million").subject.key == "vote");
  CHECK(by_text(m, "just over 2.1 million").predicate.key == "lead");
}

TEST_CASE("money 'worth' a figure is what the noun before it is", "[claims][subject]") {
  auto a = by_text(run("The board approved a stand-by arrangement worth $1.2 billion for the country."), "$1.2 billion");
  CHECK(a.subject.key == "loan");
  CHECK(a.predicate.key == "approve");
  CHECK(by_text(run("The two firms signed a contract worth $400 million."), "$400 million").subject.key == "contract");
  // and money with no noun after it counts what the money before it counts
  auto b = run("Lenders approved a bailout worth $2 billion, releasing $500 million at once. The remaining $1.5 "
               "billion will be paid out over two years.");
  CHECK(by_text(b, "$500 million").subject.key == "loan");
  CHECK(by_text(b, "$1.5 billion").subject.key == "loan");
  CHECK(by_text(b, "$1.5 billion").predicate.key == "release");
}

TEST_CASE("a level stated with 'below' or 'above' is what the figure is", "[claims][predicate]") {
  CHECK(by_text(run("Reserves fell below $3 billion in May."), "below $3 billion").predicate.key == "be");
  CHECK(by_text(run("The share price rose above 12% on Monday."), "above 12%").predicate.key == "be");
}

TEST_CASE("parts with no verb of their own did what their whole did", "[claims][predicate]") {
  auto a = run("Rebels say 60 hostages remain in the mountains, including no fewer than 9 children.");
  CHECK(by_text(a, "no fewer than 9").predicate.key == "hold");
  auto b = run("Of the 80 prisoners freed on Monday, 50 were women, while 30 were teenagers.");
  CHECK(by_text(b, "30").predicate.key == "release");
  CHECK(by_text(run("Three dams upstream of the town burst."), "Three").subject.key == "dam");
}

TEST_CASE("'ones' stands for the noun of the figure before it", "[claims][subject]") {
  auto cs = run("Some 40 patients died, 25 of them children and 15 elderly ones.");
  CHECK(by_text(cs, "15").subject.key == "person");
}

TEST_CASE("a deadline after an infinitive belongs to the noun before the verb chain", "[claims][subject]") {
  // "within N" after "to <verb>": what is to happen is the clause's noun, not the verb
  CHECK(by_text(run("Talks were expected to resume within 48 hours, officials said."), "48 hours").subject.key == "talk");
  CHECK(by_text(run("The strike is expected to end within three days."), "three days").subject.key == "strike");
  CHECK(by_text(run("The delegations left and negotiations were due to continue within two weeks."), "two weeks")
            .subject.key == "negotiation");
  // a noun right before "within" stays the subject; no infinitive, no change
  CHECK(by_text(run("Investigators hope to finish the inquiry within six months."), "six months").subject.key == "inquiry");
  CHECK(by_text(run("The truce lasted six weeks."), "six weeks").subject.key == "truce");
}

TEST_CASE("\"N of the M\" makes the first figure a part of the second", "[claims][relation]") {
  auto part_of = [](std::string const& text, std::string const& part, std::string const& whole) {
    auto cs = run(text);
    CHECK(has_relation(by_text(cs, part), relation_kind::part_of, by_text(cs, whole).id));
    CHECK(by_text(cs, whole).relations.empty());
  };
  part_of("The alliance won 212 of the 350 seats in the assembly.", "212", "350");
  part_of("Rebels now hold nine of the country's 14 provinces, the army said.", "nine", "14");
  part_of("A jury convicted 12 of 40 defendants on Tuesday.", "12", "40");
  part_of("Only $2 million of the $9 million pledged has arrived.", "$2 million", "$9 million");
  // a share is a fraction of it, not a part
  auto share = run("The party polled 40% of the 2 million votes cast.");
  CHECK(has_relation(by_text(share, "40%"), relation_kind::fraction_of, by_text(share, "2 million").id));
  CHECK_FALSE(has_relation(by_text(share, "40%"), relation_kind::part_of, by_text(share, "2 million").id));
  // figures that merely follow one another are not parts
  auto apart = run("The storm killed 14 people and destroyed 300 homes.");
  CHECK(by_text(apart, "14").relations.empty());
}

TEST_CASE("a share of a whole named before it is a fraction of that whole", "[claims][relation]") {
  // "of them" after a count
  auto them = run("The blast killed 86 people, more than half of them children.");
  CHECK(has_relation(by_text(them, "more than half"), relation_kind::fraction_of, by_text(them, "86").id));
  CHECK_FALSE(has_relation(by_text(them, "more than half"), relation_kind::part_of, by_text(them, "86").id));
  CHECK(by_text(them, "86").relations.empty());  // and the whole is no part of itself
  // "of the dead" in the next sentence
  auto dead = run("The ministry said 4,120 people had been killed. About 60% of the dead were men.");
  CHECK(has_relation(by_text(dead, "About 60%"), relation_kind::fraction_of, by_text(dead, "4,120").id));
  // "of the total" after a partitive: the total is the whole
  auto total = run("The bloc took 280 of the 450 seats, nearly two-thirds of the total.");
  CHECK(has_relation(by_text(total, "nearly two-thirds"), relation_kind::fraction_of, by_text(total, "450").id));
  CHECK(has_relation(by_text(total, "280"), relation_kind::part_of, by_text(total, "450").id));
  auto sum = run("Donors gave $120 million in total, a third of the total from one family.");
  CHECK(has_relation(by_text(sum, "a third"), relation_kind::fraction_of, by_text(sum, "$120 million").id));
}

TEST_CASE("a total in a sentence of its own sums the list before it", "[claims][relation]") {
  auto cs = run("Seats by party: Unity 180, Renewal 95, Greens 31, others 14. Total 320.");
  auto total = by_text(cs, "320");
  for (auto const* p : {"180", "95", "31", "14"}) CHECK(has_relation(total, relation_kind::sum_of, by_text(cs, p).id));
  auto all = run("Votes counted: 5,100 for the motion and 2,300 against. In all 7,400.");
  CHECK(has_relation(by_text(all, "7,400"), relation_kind::sum_of, by_text(all, "5,100").id));
  // not a total: a figure larger than it, or no total word
  auto larger = run("Unity won 180 seats and Renewal 95. Total 150.");
  CHECK(by_text(larger, "150").relations.empty());
  auto plain = run("Unity won 180 seats and Renewal 95. Turnout was 320.");
  CHECK(by_text(plain, "320").relations.empty());
}

TEST_CASE("a change of points reaches its level; a named possessor scopes the share", "[claims][relation]") {
  auto cs = run("The Greens' share rose by just 2.1 percentage points to 14.2%. Labour's share fell 3 percentage points "
                "to 30.4% in the same poll.");
  CHECK(has_relation(by_text(cs, "2.1 percentage points"), relation_kind::change_of, by_text(cs, "14.2%").id));
  CHECK(has_relation(by_text(cs, "3 percentage points"), relation_kind::change_of, by_text(cs, "30.4%").id));
  // two parties' shares in one article are not one figure stated twice
  CHECK(by_text(cs, "14.2%").scope == "greens");
  CHECK(by_text(cs, "30.4%").scope == "labour");
  // a possessive speaker is not the subject's possessor
  CHECK(by_text(run("Kenya's health ministry said 312 patients were treated."), "312").scope.empty());
}

TEST_CASE("a rate after a part and its whole is a fraction of the whole", "[claims][relation]") {
  auto cs = run("Measles has killed 210 children out of 7,000 reported cases this year, officials said, a fatality "
                "rate of 3%.");
  CHECK(has_relation(by_text(cs, "3%"), relation_kind::fraction_of, by_text(cs, "7,000").id));
  auto two = run("The district logged 4,400 cases and 90 deaths, a case fatality rate of about 2%.");
  CHECK(has_relation(by_text(two, "about 2%"), relation_kind::fraction_of, by_text(two, "4,400").id));
  // a rate with no part of what it counts before it has nothing to be a fraction of
  auto alone = run("The bank held 300 meetings in May, with an interest rate of 5%.");
  CHECK(by_text(alone, "5%").relations.empty());
}

TEST_CASE("a measure noun counts what the figure of its kind before it counts", "[claims][subject]") {
  // "the rate", "the share", "the average", "the estimate", "the cap", "a target": the noun names
  // a measure; the counted thing is that of the nearest figure of the same kind.
  auto cs = run("Annual inflation reached 6.2% in March. The rate was 5.9% in February.");
  CHECK(by_text(cs, "5.9%").subject.key == "inflation");
  auto cs2 = run("Before the blockade, about 300 trucks crossed the border each day. In May the daily average fell to 41.");
  CHECK(by_text(cs2, "41").subject.key == "truck");
  CHECK(by_text(cs2, "41").predicate.key == by_text(cs2, "about 300").predicate.key);
  auto cs3 = run("The Greens' share of the vote rose to 12.5%. The Liberals' share fell to 8.1%.");
  CHECK(by_text(cs3, "8.1%").subject.key == "vote");
  auto cs4 = run("Officials later said 870 people had died. Until then the official estimate had stood at about 1,100.");
  CHECK(by_text(cs4, "about 1,100").subject.key == "person");
  auto cs5 = run("Core prices rose 3.1% in May, above the central bank's 2% target.");
  CHECK(by_text(cs5, "2%").subject.key == "price");
  auto cs6 = run("The monthly rent will stay capped at £900 until June, when the cap will rise to £1,050.");
  CHECK(by_text(cs6, "£900").subject.key == "rent");
  CHECK(by_text(cs6, "£1,050").subject.key == "rent");
  // a measure that names its own thing keeps it
  CHECK(by_text(run("The unemployment rate was 4.1% in May."), "4.1%").subject.key == "unemployment");
  CHECK(by_text(run("Her share of the vote fell to 31%."), "31%").subject.key == "vote");
}

TEST_CASE("a margin of votes is a lead", "[claims][subject]") {
  auto cs = run("The mayor received 51,200 votes and her rival 44,900, a margin of 6,300.");
  CHECK(by_text(cs, "6,300").subject.key == "vote");
  CHECK(by_text(cs, "6,300").predicate.key == "lead");
}

TEST_CASE("a change in points counts what the rate before it counts", "[claims][subject]") {
  auto cs = run("The central bank raised interest rates by 0.5 percentage points in March. Traders now bet on a "
                "full 1 percentage point rise in June.");
  CHECK(by_text(cs, "1 percentage point").subject.key == "rate");
  auto cs2 = run("The bank lifted its policy rate by a quarter of a percentage point on Thursday. Its nine increases "
                 "have added 3.5 percentage points to borrowing costs.");
  CHECK(by_text(cs2, "3.5 percentage points").subject.key == "rate");
}

TEST_CASE("a share in apposition counts what the figure beside it counts", "[claims][subject]") {
  CHECK(by_text(run("A record 98 women were elected, 41% of the chamber."), "41%").subject.key == "woman");
  CHECK(by_text(run("Some 3.1 million adults, nearly two-thirds of a population of 4.8 million, have had a booster."),
                "nearly two-thirds")
            .subject.key == "adult");
  CHECK(by_text(run("The storm caused $2.1 billion in damage, equivalent to 3% of the island's output."), "3%")
            .subject.key == "damage");
  CHECK(by_text(run("The alliance won 290 of the 450 seats, nearly two-thirds of the total."), "nearly two-thirds")
            .subject.key == "seat");
}

TEST_CASE("a conversion in brackets is the same money", "[claims][subject]") {
  auto cs = run("Each family will receive a grant of €2,000 (about $2,200) to rebuild.");
  CHECK(by_text(cs, "€2,000").subject.key == "grant");
  CHECK(by_text(cs, "about $2,200").subject.key == "grant");
}

TEST_CASE("a length told after a comma belongs to the noun before the comma", "[claims][subject]") {
  CHECK(by_text(run("The agency said the drought is no longer a national emergency, nearly 14 months after it was "
                    "declared."),
                "nearly 14 months")
            .subject.key == "emergency");
  CHECK(by_text(run("Officials lifted the curfew, three weeks after the riots began."), "three weeks").subject.key ==
        "curfew");
}

TEST_CASE("a share that is the object of a verb", "[claims][subject]") {
  // forecasters expect a figure of what was named before
  auto cs = run("Consumer inflation slowed to 4.4% in April. Analysts polled by the agency had forecast 4.6%.");
  CHECK(by_text(cs, "4.6%").subject.key == "inflation");
  auto cs2 = run("Annual inflation reached 3.2% in May. Economists surveyed last week had expected 3.4%.");
  CHECK(by_text(cs2, "3.4%").subject.key == "inflation");
  // otherwise the clause's subject: what averaged or totalled the figure
  CHECK(by_text(run("The union said salaries at large firms averaged 4.1% this spring."), "4.1%").subject.key ==
        "salary");
  CHECK(by_text(run("Officials said that wage deals in the public sector averaged 3.9%."), "3.9%").subject.key == "wage");
}

TEST_CASE("after a compound modifier of measure the counted thing is the noun after it", "[claims][subject]") {
  CHECK(by_text(run("The port has been under a 12-year Saudi and Emirati blockade."), "12-year").subject.key ==
        "blockade");
  CHECK(by_text(run("The governor declared a three-month state of emergency in the north."), "three-month")
            .subject.key == "emergency");
  CHECK(by_text(run("Officials announced a six-month offensive against the rebels."), "six-month").subject.key == "war");
  CHECK(by_text(run("Voting ended after four weeks of polling."), "four weeks").subject.key == "election");
  // a synonym limited to one kind: the money of an arrangement is a loan, its length is its own
  auto cs = run("The fund approved a 36-month arrangement worth $1.2 billion for the country.");
  CHECK(by_text(cs, "36-month").subject.key == "arrangement");
  CHECK(by_text(cs, "$1.2 billion").subject.key == "loan");
}

TEST_CASE("a classifier before 'of' counts what follows it", "[claims][subject]") {
  CHECK(by_text(run("The floods killed more than 12,000 head of cattle."), "more than 12,000").subject.key == "cattle");
}

TEST_CASE("a partitive through a compound modifier, and 'of' with a bare noun", "[claims][subject]") {
  CHECK(by_text(run("Nine of the 12-member panel's judges voted against the ruling."), "Nine").subject.key == "judge");
  auto cs = run("The president was sworn in with 40 ministers: 22 of cabinet rank and 18 junior ministers.");
  CHECK(by_text(cs, "22").subject.key == "minister");
  // a plural the table knows is a whole all the same
  CHECK(by_text(run("Tens of thousands of people have fled the city."), "Tens of thousands").subject.key == "person");
}

TEST_CASE("the number of X, past a participle phrase and an adverb", "[claims][subject]") {
  CHECK(by_text(run("The number of people killed by the storms is now more than 4,000."), "more than 4,000")
            .subject.key == "person");
  CHECK(by_text(run("The agency says the number of excess deaths linked to the heatwave was about 9,000."),
                "about 9,000")
            .subject.key == "death");
}

TEST_CASE("names, dates and verbs before a figure", "[claims][subject]") {
  // a name after a determiner and a common noun is the head
  auto cs = run("The benchmark Nikkei fell as much as 4% in early trading on Monday and closed 2.6% lower.");
  CHECK(by_text(cs, "as much as 4%").subject.key == "nikkei");
  CHECK(by_text(cs, "2.6%").subject.key == "nikkei");
  // prepositions and dates cost no step back to the subject
  CHECK(by_text(run("Rainfall in March and April was 60% above the long-term average."), "60%").subject.key ==
        "rainfall");
  // the level after a change is what the change is of
  CHECK(by_text(run("The central bank raised rates by 0.5 percentage points to 4 per cent."), "4 per cent")
            .subject.key == "rate");
  // a level word with no figure of its kind before it: the sentence's figure before it
  CHECK(by_text(run("Diesel prices were 41% higher than a year earlier and reached a record $6.10 a gallon."), "$6.10")
            .subject.key == "price");
}

TEST_CASE("a figure whose noun is left out skips a figure of a subordinate clause", "[claims][subject]") {
  auto cs = run("Officials said 2,100 people had died after three bridges collapsed in the storm, and that 900 were "
                "missing.");
  CHECK(by_text(cs, "900").subject.key == "person");
  // the only candidate is taken even so
  auto cs2 = run("The ruling passed after the 11 judges of the court met, with seven in favour.");
  CHECK(by_text(cs2, "seven").subject.key == "judge");
}

TEST_CASE("a share with no noun is a share of the count before it", "[claims][subject]") {
  CHECK(by_text(run("Turnout was 71% of the 40 million registered voters; one in four stayed away."), "one in four")
            .subject.key == "voter");
}

TEST_CASE("money after a verb with its noun named earlier in the sentence", "[claims][subject]") {
  auto cs = run("Farmers whose crops failed will receive a grant of 4,000 rupees, and owners of destroyed barns could "
                "receive up to 20,000 rupees.");
  CHECK(by_text(cs, "up to 20,000 rupees").subject.key == by_text(cs, "4,000 rupees").subject.key);
}

TEST_CASE("a percent change is scoped by the base it is measured against", "[claims]") {
  auto cs = run("Rents rose 0.8% from March. Office rents were 12% higher than a year earlier. Shop rents rose 3% on "
                "the previous quarter. Turnout rose 5% on Sunday.");
  CHECK(by_text(cs, "0.8%").scope == "from march");
  CHECK(by_text(cs, "12%").scope == "than a year earlier");
  CHECK(by_text(cs, "3%").scope == "on the previous quarter");
  CHECK(by_text(cs, "5%").scope.empty());  // "on Sunday" dates it
}

TEST_CASE("each conjunct of a results list is scoped by its party, and so is a relative clause's", "[claims]") {
  auto cs = run("The Unity Party took 180 seats, the Greens 31, the Free Democrats 22 and the Rural League 9, with the "
                "remaining 14 split among independents.");
  CHECK(by_text(cs, "180").scope == "unity party");
  CHECK(by_text(cs, "31").scope == "greens");
  CHECK(by_text(cs, "22").scope == "free democrats");
  CHECK(by_text(cs, "9").scope == "rural league");
  auto rel = run("The Rural League, which won nine seats, came third.");
  CHECK(by_text(rel, "nine").scope == "rural league");
}

TEST_CASE("a figure set between commas after a noun is that noun's", "[claims][subject]") {
  auto cs = run("The Greens won 11.2% of the vote. The party's share, just under 11%, compares with 8.4% in 2019.");
  CHECK(by_text(cs, "just under 11%").subject.key == "vote");
  CHECK(by_text(cs, "8.4%").subject.key == "vote");
}

TEST_CASE("a word between 'a' and the figure modifies the figure", "[claims][subject]") {
  auto cs = run("The bank raised its main rate by half a percentage point in May. It was the ninth rise in a row, for a "
                "cumulative 4.5 percentage points.");
  CHECK(by_text(cs, "4.5 percentage points").subject.key == "rate");
  // a sign is no noun either
  auto m = run("The bank moved its policy rate from minus 0.5%, where it had stood since 2016, to a range of 0% to 0.25%.");
  CHECK(by_text(m, "minus 0.5%").subject.key == "rate");
  CHECK(by_text(m, "0% to 0.25%").subject.key == "rate");
}

TEST_CASE("a rate the verb is measured at, and a clause with no subject of its own", "[claims][subject]") {
  auto cs = run("Official data showed the economy grew at an annual rate of 2.4 percent in the spring, after shrinking "
                "by 0.6 percent in the winter.");
  CHECK(by_text(cs, "2.4 percent").subject.key == "economy");
  CHECK(by_text(cs, "0.6 percent").subject.key == "economy");
}

TEST_CASE("an adjective in -able or -ible after a count leaves its noun out", "[claims][subject]") {
  auto cs = run("Health officials counted 58 cases, 40 confirmed and 18 probable.");
  CHECK(by_text(cs, "18").subject.key == "case");
  CHECK(by_text(run("The board listed 12 eligible candidates."), "12").subject.key == "candidate");
}

TEST_CASE("a measure noun hands its subject on only when it is named as a measure", "[claims][subject]") {
  // a noun modifier makes a rate of its own
  auto cs = run("House prices rose 3% in March. The fund's loan rate is 3.5%.");
  CHECK(by_text(cs, "3.5%").subject.key == "rate");
  // a figure of its kind named many sentences before is not what "the rate" measures
  auto far = run("House prices rose 3% in March. Sales were slow across the country as lenders tightened their "
                 "terms and buyers waited for clearer signals from the central bank. Builders said they had cut back "
                 "on new projects in the north, where demand has been weakest since the pandemic. Several large "
                 "developers have delayed their plans, citing the cost of materials and a shortage of workers. "
                 "Officials expect the rate to reach 4% next year.");
  CHECK(by_text(far, "4%").subject.key != "price");
  // after a modal a word is a verb, not the counted thing
  CHECK(by_text(run("About 2,000 teachers will be hired, and salaries will rise by an average of 6%."), "6%")
            .subject.key == "salary");
}

TEST_CASE("a fronted partitive passes over a figure of another kind inside it", "[claims][relations]") {
  auto cs = run("Of the 60 miners trapped during the two-day collapse, 52 were brought out alive.");
  auto const& part = by_text(cs, "52");
  auto const& whole = by_text(cs, "60");
  REQUIRE(part.relations.size() == 1);
  CHECK(part.relations[0].kind == relation_kind::part_of);
  CHECK(part.relations[0].claim == whole.id);
}

TEST_CASE("a breakdown after a colon may follow a few words of time", "[claims][subject]") {
  auto cs = run("The bank has raised its policy rate by 2 percentage points since January: 0.5 points in January, "
                "1 point in May and 0.5 points in June.");
  CHECK(by_text(cs, "0.5 points").subject.key == "rate");
  CHECK(by_text(cs, "1 point").subject.key == "rate");
  // the month May is no modal verb
  CHECK(by_text(cs, "1 point").mod == modality::asserted);
}

TEST_CASE("a participle inside a count's noun phrase yields to the phrase's own verb", "[claims][predicate]") {
  CHECK(by_text(run("Hundreds of stranded drivers had been sheltering in the depot."), "Hundreds of").predicate.key ==
        "shelter");
  // with no verb of its own the participle is the predicate
  CHECK(by_text(run("Some 40 million people voted, out of 61 million registered voters."), "61 million")
            .predicate.key == "register");
}

TEST_CASE("a compound modifier's count is what the thing has", "[claims][predicate]") {
  auto cs = run("Rescuers flew in a 30-member team on Friday.");
  CHECK(by_text(cs, "30-member").predicate.key == "be");
  CHECK(by_text(cs, "30-member").subject.key == "team");
}

TEST_CASE("a verb that names what its money is", "[claims][subject]") {
  auto cs = run("Norway deposited $500 million with the central bank and Qatar $300 million.");
  CHECK(by_text(cs, "$500 million").subject.key == "deposit");
  CHECK(by_text(cs, "$500 million").predicate.key == "deposit");
  CHECK(by_text(run("The fund invested $40 million last year."), "$40 million").subject.key == "investment");
}

TEST_CASE("a sum of a definite noun is part of the sum named before it", "[claims][subject][relations]") {
  auto cs = run("The bank approved a $1.2 billion loan for Ruritania on Monday. Its debts exceed $20 billion.\n\n"
                "The decision released about $400 million of the package at once.");
  auto const& part = by_text(cs, "about $400 million");
  auto const& whole = by_text(cs, "$1.2 billion");
  CHECK(part.subject.key == whole.subject.key);
  REQUIRE(part.relations.size() == 1);
  CHECK(part.relations[0].kind == relation_kind::part_of);
  CHECK(part.relations[0].claim == whole.id);
  // the sum of the noun named, when there is one
  auto named = run("Donors pledged $90 million in aid and a $30 million grant. $10 million of the grant went to schools.");
  auto const& g = by_text(named, "$10 million");
  REQUIRE(g.relations.size() == 1);
  CHECK(g.relations[0].claim == by_text(named, "$30 million").id);
}

TEST_CASE("a rate left behind, with no verb of its own, was that rate", "[claims][predicate]") {
  auto cs = run("The bank moved its deposit rate from minus 0.5%, where it had stood for years, to a range of 0% to 0.1%.");
  CHECK(by_text(cs, "minus 0.5%").predicate.key == "be");
}

TEST_CASE("figures that add up to a whole named before them are its breakdown", "[claims][relation]") {
  auto sums = [](std::vector<claim> const& cs, std::string const& total, std::vector<std::string> const& parts) {
    auto w = by_text(cs, total);
    for (auto const& p : parts) {
      CHECK(has_relation(w, relation_kind::sum_of, by_text(cs, p).id));
      CHECK_FALSE(has_relation(by_text(cs, p), relation_kind::part_of, w.id));
    }
  };
  // a results list in the next paragraph
  auto box = run("The Harvest Party won 52 of the 120 seats in the council vote on Sunday.\n\n"
                 "Seats by party: Harvest Party 52, Labour Front 40, Greens 18, independents 10.");
  {
    auto w = by_text(box, "120");
    std::size_t links = 0;
    for (auto const& r : w.relations) links += r.kind == relation_kind::sum_of;
    CHECK(links == 4);
    for (auto const* p : {"40", "18", "10"}) CHECK(has_relation(w, relation_kind::sum_of, by_text(box, p).id));
  }
  // the rest of a sum in the next sentence
  sums(run("The lender approved a $900 million loan on Friday, releasing $300 million at once. The remaining "
           "$600 million will be released after two reviews."),
       "$900 million", {"$300 million", "$600 million"});
  // a part of the whole, then the other parties' seats
  sums(run("The ruling bloc won 140 of the 300 seats. The Coastal Union won 90 seats and the Greens 70 seats."),
       "300", {"140", "90", "70"});
  // parts before "out of" the whole
  sums(run("Ana Ruiz received 31,200 votes and Piet Olsen 28,800 votes, out of 60,000 valid votes."), "60,000",
       {"31,200", "28,800"});
  // not a breakdown: figures that do not add up, or that come two paragraphs later
  auto apart = run("The lender approved a $900 million loan on Friday, releasing $300 million at once. The remaining "
                   "$500 million will be released after two reviews.");
  CHECK_FALSE(has_relation(by_text(apart, "$900 million"), relation_kind::sum_of, by_text(apart, "$300 million").id));
  auto far = run("The clinic treated 70 patients on Monday.\n\nRain fell all week.\n\nA ward admitted 30 patients "
                 "and another ward 40 patients.");
  CHECK(by_text(far, "70").relations.empty());
  // nor a shortfall, nor a part of another year
  auto short_of = run("The bloc won 230 of the 500 seats, 21 short of the 251 needed. It won 270 seats in 2019.");
  CHECK_FALSE(has_relation(by_text(short_of, "251"), relation_kind::sum_of, by_text(short_of, "230").id));
  CHECK_FALSE(has_relation(by_text(short_of, "500"), relation_kind::sum_of, by_text(short_of, "230").id));
  CHECK(has_relation(by_text(short_of, "230"), relation_kind::part_of, by_text(short_of, "500").id));
}

TEST_CASE("a change reaches a level of its own kind; a cue joins figures of one kind", "[claims][relation]") {
  auto cs = run("Reserves fell below $6 billion in May, enough to pay for no more than two months of imports.");
  CHECK(by_text(cs, "below $6 billion").relations.empty());
  auto whom = run("Police held about 80 protesters, at least 20 of whom were minors, after nearly three days of "
                  "clashes.");
  CHECK(by_text(whom, "nearly three days").relations.empty());
  CHECK(has_relation(by_text(whom, "at least 20"), relation_kind::part_of, by_text(whom, "about 80").id));
  // a cue followed by words, not by the figure after it
  auto among = run("The rebels would free 30 captives, among them women, children and the sick, in exchange for about "
                   "700 detainees.");
  CHECK(by_text(among, "about 700").relations.empty());
  auto incl = run("The storm killed 300 people, including at least 45 children.");
  CHECK(has_relation(by_text(incl, "at least 45"), relation_kind::part_of, by_text(incl, "300").id));
}

TEST_CASE("an anaphoric whole is the current figure, not an earlier level", "[claims][relation]") {
  auto cs = run("The toll from the floods climbed to 64 on Thursday, up from 38 the day before, the agency said.\n\n"
                "Of the dead, 19 were children.");
  CHECK(has_relation(by_text(cs, "19"), relation_kind::part_of, by_text(cs, "64").id));
  CHECK_FALSE(has_relation(by_text(cs, "19"), relation_kind::part_of, by_text(cs, "38").id));
  auto ds = run("Cholera cases rose to 5,200, from 4,700 a week earlier. At least 310 of those cases were in the capital.");
  CHECK(has_relation(by_text(ds, "At least 310"), relation_kind::part_of, by_text(ds, "5,200").id));
}

TEST_CASE("a part of a definite plural with no figure of its own is part of the count before it",
          "[claims][relation]") {
  auto cs = run("Measles cases in the district climbed to 2,400, and 380 of the children had been hospitalised.");
  CHECK(has_relation(by_text(cs, "380"), relation_kind::part_of, by_text(cs, "2,400").id));
  auto ws = run("The company employs 6,000 people, and 450 of the workers were laid off on Monday.");
  CHECK(has_relation(by_text(ws, "450"), relation_kind::part_of, by_text(ws, "6,000").id));
  // not a smaller count, nor a count of another sentence
  auto small = run("The clinic saw 40 cases, and 90 of the nurses fell ill.");
  CHECK(by_text(small, "90").relations.empty());
}

TEST_CASE("a share of the same people as a part is a share of that part's whole", "[claims][relation]") {
  auto cs = run("Measles cases in the district climbed to 2,400, and 380 of the children had been hospitalised. That "
                "means one in six children has been hospitalised, doctors said. Three nurses died.");
  CHECK(has_relation(by_text(cs, "one in six"), relation_kind::fraction_of, by_text(cs, "2,400").id));
  CHECK_FALSE(has_relation(by_text(cs, "one in six"), relation_kind::fraction_of, by_text(cs, "380").id));
}

TEST_CASE("a share 'of those who' did something is a share of the figure that did it", "[claims][relation]") {
  auto cs = run("The guild said three in four of those who voted backed the deal. The ballot drew 40 firms. "
                "Of the 2,100 members, 1,640 voted.");
  CHECK(has_relation(by_text(cs, "three in four"), relation_kind::fraction_of, by_text(cs, "1,640").id));
  CHECK_FALSE(has_relation(by_text(cs, "three in four"), relation_kind::fraction_of, by_text(cs, "40").id));
  auto back = run("About 9,800 residents cast a ballot on Sunday. Some 60% of those who voted chose the new mayor.");
  CHECK(has_relation(by_text(back, "Some 60%"), relation_kind::fraction_of, by_text(back, "About 9,800").id));
}

TEST_CASE("a place's own figure 'alone' is part of the figure named before it", "[claims][relation]") {
  auto cs = run("Reported measles cases rose to 48,000 on Monday, the ministry said.\n\nIn Tarvo alone, 12,500 "
                "cases have been confirmed.");
  CHECK(has_relation(by_text(cs, "12,500"), relation_kind::part_of, by_text(cs, "48,000").id));
  auto big = run("Reported measles cases rose to 48,000 on Monday. In Tarvo alone, 52,000 cases were counted.");
  CHECK(by_text(big, "52,000").relations.empty());
}

TEST_CASE("a place named with 'alone' after a figure scopes it", "[claims][relation]") {
  auto cs = run("Floods killed 31 people in the valley on Monday. Of the dead, 12 came from the town of Arle alone.");
  CHECK(by_text(cs, "12").scope == "arle");
  CHECK(by_text(cs, "31").scope.empty());
  CHECK(has_relation(by_text(cs, "12"), relation_kind::part_of, by_text(cs, "31").id));
}

TEST_CASE("a named place that reports its own figure, or is set apart by an apposition, scopes it", "[claims][scope]") {
  // a district's count is not its province's: the district is the clause's subject
  auto cs = run("Marlow province has recorded 486 cases of measles, the health authority said on Tuesday. "
                "Officials in Marlow said 40 people were in hospital. Neighbouring Tarn district, which "
                "declared its own emergency last week, has reported fewer than 40 cases.");
  CHECK(by_text(cs, "fewer than 40").scope == "tarn district");
  CHECK(by_text(cs, "486").scope.empty());  // the story's own place narrows nothing
  CHECK(run("Kessel county recorded 12 deaths.").front().scope == "kessel county");
  // a fronted place with an apposition naming its kind is a part of the story's place, even
  // when the story names it often
  auto ap = run("Rents in Velmark rose 6.8% in the year to May. Aldwick rents led. In Aldwick, the capital, "
                "rents climbed 9.1%, the agency said. Aldwick is expensive.");
  CHECK(by_text(ap, "9.1%").scope == "aldwick");
  CHECK(by_text(ap, "6.8%").scope.empty());
}
