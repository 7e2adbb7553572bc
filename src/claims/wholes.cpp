// Wholes and levels: partitives, totals, shares of a stated whole, restatements, elided nouns. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

// "The north accounted for 61,000 of the total, the capital region for 54,500 and the south for
// 66,500" after "The list reached 182,000 patients": a count "of the total" is part of the
// nearest larger count of its kind before it (in its sentence, else among the article's last 32
// figures) and counts what it counts, the place before "for" being a scope, not its noun; the
// gapped conjuncts after it ("the south for 66,500") likewise (link_adding_up then reads the
// list as the total's breakdown when it adds up).
void extractor::impl::parts_of_the_total(sentence_info const& si, std::span<claim> local,
                                         claims_view earlier) const {
  if (!may_hold_rule(si, total_words.bit())) return;  // (no "total" in the sentence: most)
  token_span const t = si.tokens;
  auto const& ranges = si.figure_ranges;
  for (std::size_t z = 0; z < local.size(); ++z) {
    std::size_t const ql = ranges[z].second;
    if (local[z].q.kind != quantity_kind::count || ql + 3 >= t.size() || t[ql + 1].lc != "of" || t[ql + 2].lc != "the" ||
        t[ql + 3].lc != "total" || (ql + 4 < t.size() && chunk_word(t[ql + 4])) || !local[z].relations.empty())
      continue;
    // ("the total" is no part named since: "182,000 patients, including 90,000 children. The
    // north accounted for 61,000 of the total" are 61,000 of the 182,000)
    auto fits = [&](claim const& o) {
      return o.q.kind == quantity_kind::count && o.q.value > local[z].q.value && !o.subject.key.empty() &&
             std::none_of(o.relations.begin(), o.relations.end(),
                          [](relation const& r) { return r.kind == relation_kind::part_of; });
    };
    claim const* whole = nullptr;
    for (std::size_t j = z; !whole && j-- > 0;)
      if (fits(local[j])) whole = &local[j];
    std::size_t n = 0;
    for (auto it = earlier.rbegin(); !whole && it != earlier.rend() && n < 32; ++it, ++n)
      if (fits(*it)) whole = &*it;
    if (!whole) continue;
    for (std::size_t j = z; j < local.size(); ++j) {
      if (j > z && (local[j].q.kind != quantity_kind::count || ranges[j].first == 0 || t[ranges[j].first - 1].lc != "for" ||
                    !local[j].relations.empty()))
        break;
      take_subject(local[j], *whole);
      local[j].relations.push_back({relation_kind::part_of, whole->id});
    }
    return;
  }
}

// A share with no noun of its own and no whole yet (after the relations of its sentence):
// - beside a part of an earlier sentence's whole ("Of those, 621,000 are in its three largest
//   towns, and about 40% are pensioners"): a share of that whole, counting what it counts (the
//   pensioners are the share's predicate nominal, not what it is a share of);
// - a percent set apart by its predicate nominal, with no noun of its own ("The town has 9,000
//   residents, and about 25% are students"): a share of the count before it, within one clause
//   chain (not across ";", which opens a statement of its own). A fraction or ratio that took
//   that count's noun ("one in five stayed away", rule 1) is not linked to it: the corpus's gold
//   leaves such a share unlinked, and linking it moved an outlier on another set.
void extractor::impl::bare_share_whole(sentence_info const& si, std::span<claim> local,
                                       claims_view earlier) const {
  token_span const t = si.tokens;
  auto const& ranges = si.figure_ranges;
  for (std::size_t z = 1; z < local.size(); ++z) {
    auto& c = local[z];
    if (!is_share(c.q.kind) || !c.q.unit.empty()) continue;
    // (a share linked to an earlier sentence's whole by the apposition rule counts what it counts)
    if (!c.relations.empty()) {
      if (c.subject.key.empty() && c.relations.front().kind == relation_kind::fraction_of)
        for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
          if (it->id == c.relations.front().claim) {
            take_subject(c, *it);
            break;
          }
      continue;
    }
    if (ranges[z].second + 1 < t.size() && t[ranges[z].second + 1].lc == "of") continue;
    if (auto [nb, ne] = plain_chunk(si, ranges[z].second + 1); nb != ne) continue;
    // (a plural noun after the copula sets the share apart from the whole's other parts: "about
    // 40% are pensioners" is no share of the 621,000 "in its three largest towns")
    std::size_t const n = ranges[z].second + 2;
    bool const nominal = n < t.size() && is_copula(t[n - 1].lc) && chunk_word(t[n]) && !t[n].pred &&
                         !t[n].low_pred && t[n].lc.ends_with("s") && !unlisted_past(t, n);
    if (nominal && c.scope.empty()) c.scope = std::string(t[n].lc);
    if (c.subject.key.empty()) {
      for (std::size_t p = z; p-- > 0;) {
        auto const r = std::find_if(local[p].relations.begin(), local[p].relations.end(),
                                    [](relation const& r) { return r.kind == relation_kind::part_of; });
        if (r == local[p].relations.end()) continue;
        for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
          if (it->id == r->claim) {
            c.relations.push_back({relation_kind::fraction_of, it->id});
            take_subject(c, *it);
            break;
          }
        break;
      }
      if (!c.relations.empty()) continue;
    }
    if (c.q.kind != quantity_kind::percent || !nominal) continue;
    for (std::size_t p = z; p-- > 0;) {
      if (local[p].q.kind != quantity_kind::count) continue;
      bool clause = true;
      for (std::size_t k = ranges[p].second + 1; k < ranges[z].first; ++k) clause = clause && t[k].lc != ";";
      if (clause && c.subject.key.empty() && !local[p].subject.key.empty()) take_subject(c, local[p]);
      if (clause && local[p].subject.key == c.subject.key) c.relations.push_back({relation_kind::fraction_of, local[p].id});
      break;
    }
  }
}

// "Nine more bodies were recovered ..., bringing to 38 the number of ...", "300 more cases,
// taking the total to 4,100", and a figure whose own verb raises an object to a level: an increment ("N more", "another N") is the change of the level a
// later "bringing"/"taking"/"pushing" clause of its sentence reaches. Returns that level's
// index in `local`, or SIZE_MAX.
std::size_t extractor::impl::level_brought_to(token_span t, std::span<claim const> local,
                                              std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                                              std::size_t i) const {
  auto const [qf, ql] = ranges[i];
  // (both forms need a later figure of its kind right after "to": most figures have none, and
  // the word lists are not asked)
  bool to_level = false;
  for (std::size_t j = i + 1; j < local.size() && !to_level; ++j)
    to_level = local[j].q.kind == local[i].q.kind && ranges[j].first > 0 && t[ranges[j].first - 1].lc == "to";
  if (!to_level) return SIZE_MAX;
  // "The extra €400 million raises the budget to €85 billion", "A further 300 jobs would take
  // the workforce to 2,100": the figure's own verb raises an object (no figure in it) to the level
  auto const& raising = raising_verbs;  // phrase_cues.tsv raising
  std::size_t v = ql + 1;
  // (over the figure's noun: "300 jobs would take", "12 new buses take")
  auto verb_at = [&](std::size_t x) {
    return x < t.size() && (raising.count(t[x].lc) || t[x].lc == "would" || t[x].lc == "will" || t[x].lc == "could");
  };
  for (std::size_t n = 0; n < 2 && !verb_at(v) && v + 1 < t.size() && t[v].word && t[v].lc != "to"; ++n) ++v;
  if (v < t.size() && t[v].word && (t[v].lc == "would" || t[v].lc == "will" || t[v].lc == "could")) ++v;
  if (v + 2 < t.size() && raising.count(t[v].lc) && (v == ql + 1 || !t[v].lc.ends_with("s") || t[v].lc == "raises")) {
    std::size_t k = v + 1;
    while (k < t.size() && k < v + 6 && t[k].word && t[k].lc != "to" && !(t[k].lc[0] >= '0' && t[k].lc[0] <= '9')) ++k;
    if (k > v + 1 && k + 1 < t.size() && t[k].lc == "to")
      for (std::size_t j = i + 1; j < local.size(); ++j)
        if (ranges[j].first == k + 1) {
          // (a level with no noun of its own: "took the bus to 12 towns" moves, it raises nothing)
          std::size_t const a = ranges[j].second + 1;
          bool const bare = a >= t.size() || !t[a].word || level_followers.count(t[a].lc);
          return bare && local[j].q.kind == local[i].q.kind && local[j].q.unit == local[i].q.unit ? j : SIZE_MAX;
        }
  }
  // (an increment: "N more", "another N", or the object of a verb that adds it: "would add
  // €2.5 million to the scheme, raising it to €6.7 million")
  std::size_t a = qf;
  while (a > 0 && t[a - 1].word && (t[a - 1].lc == "a" || t[a - 1].lc == "an" || t[a - 1].lc == "further")) --a;
  bool const increment = (ql + 1 < t.size() && t[ql + 1].lc == "more") ||
                         (qf > 0 && (t[qf - 1].lc == "another" || t[qf - 1].lc == "additional")) ||
                         (a > 0 && adding_verbs.count(t[a - 1].lc));
  if (!increment) return SIZE_MAX;
  for (std::size_t j = i + 1; j < local.size(); ++j) {
    if (local[j].q.kind != local[i].q.kind || local[j].q.unit != local[i].q.unit) continue;
    std::size_t const f = ranges[j].first;
    if (f == 0 || t[f - 1].lc != "to") continue;
    // (over a level noun phrase: "pushing the count of damaged homes to 2,100")
    for (std::size_t k = f - 1; k > ranges[i].second && f - k <= 8; --k)
      if (bringing_verbs.count(t[k - 1].lc)) return j;
  }
  return SIZE_MAX;
}

// ", up 3.1% from 8.17 million", ", up 12 percent on last year", ", up 5.2 percentage points
// from 14%": a change set after a comma behind the level it changes, with no noun of its own
// (docs/corpus.md: the change points at its level and counts what the level counts). The
// level is the nearest figure before it that a change of its kind can change: a percentage-point
// change a share, a percent change a count or sum, another change a figure of its own kind and
// unit. Only with a base after it ("from", "on", "since": phrase_cues.tsv trailing_base) or in
// points: "closed at 40,003.60, up 0.7%." names no level the gold links. Returns the level's
// index in `local`, or SIZE_MAX; `base` is the figure right after "from" (the earlier level),
// or SIZE_MAX.
// The level a change set after it changes (the change at local[z]): the nearest figure before it
// that a change of its kind can change: a percentage-point change a share, a percent or fraction
// change a count or sum, another change a figure of its own kind and unit; not an earlier level
// ("a year earlier", "from €580 in 2024", "against 1,460") nor a span's end ("between 1 and 19
// November"). Its index in `local`, or SIZE_MAX.
std::size_t extractor::impl::level_before_change(token_span t, std::span<claim const> local,
                                                 std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                                                 std::size_t z) {
  auto const& c = local[z].q;
  bool const points = c.kind == quantity_kind::percent && is_lit(c.unit, "pp");
  bool const share = (c.kind == quantity_kind::percent && !points) || c.kind == quantity_kind::fraction;
  auto fits = [&](quantity const& l) {
    if (points) return (l.kind == quantity_kind::percent && l.unit.empty()) || l.kind == quantity_kind::fraction;
    if (share) return l.kind == quantity_kind::count || l.kind == quantity_kind::money;
    return l.kind == c.kind && l.unit == c.unit;
  };
  for (std::size_t j = z; j-- > 0;)
    if (fits(local[j].q) && !time_offset(t, ranges[j].second) &&
        !(ranges[j].first > 0 && (t[ranges[j].first - 1].lc == "from" || t[ranges[j].first - 1].lc == "against" ||
                                  t[ranges[j].first - 1].lc == "between")))
      return j;
  return SIZE_MAX;
}

std::size_t extractor::impl::level_of_trailing_change(token_span t, std::span<claim const> local,
                                                      std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                                                      std::size_t z, std::size_t& base) const {
  base = SIZE_MAX;
  auto const [qf, ql] = ranges[z];
  std::size_t k = qf;
  if (k > 0 && t[k - 1].lc == "by") --k;
  if (k < 2 || (t[k - 1].lc != "up" && t[k - 1].lc != "down") || (t[k - 2].lc != "," && t[k - 2].lc != "and"))
    return SIZE_MAX;
  auto const& c = local[z].q;
  bool const points = c.kind == quantity_kind::percent && is_lit(c.unit, "pp");
  bool const based = ql + 1 < t.size() && trailing_bases.count(t[ql + 1].lc);
  // (after "and" only with a base: "its busiest month on record and up 7.4% from a year earlier")
  if (t[k - 2].lc != "," && !(based && t[k - 2].lc == "and")) return SIZE_MAX;
  // a share changes a count or sum: a percent, or a fraction ("up by almost a quarter")
  bool const share = (c.kind == quantity_kind::percent && !points) || c.kind == quantity_kind::fraction;
  // (with no base, a share's change that ends its clause: "11,380 cases were recorded in 2025, up
  // 27%, or ...", "handled 268,000 of the containers, up 9%."; not a quote's move after "at",
  // "closed at 40,003.60, up 0.7%", which the corpus's gold leaves unlinked)
  bool const ends = share && (ql + 1 >= t.size() || t[ql + 1].lc == "," || t[ql + 1].lc == "." || t[ql + 1].lc == ";");
  if (!points && !based && !ends) return SIZE_MAX;
  std::size_t const level = level_before_change(t, local, ranges, z);
  if (level == SIZE_MAX) return SIZE_MAX;
  if (!based && !points && ranges[level].first > 0 && t[ranges[level].first - 1].lc == "at") return SIZE_MAX;
  if (z + 1 < local.size() && ql + 2 < t.size() && t[ql + 1].lc == "from" && ranges[z + 1].first == ql + 2)
    base = z + 1;
  return level;
}

// "Of the survivors, 62 were taken to hospital": a fronted "of the" and a plural noun that
// names no event ("the dead", "the deaths" are fronted_anaphoric_whole's) before a count with
// no noun of its own: the count counts that noun, and is part of the count the noun refers
// back to, the latest one of the sentence before that is no part itself (the people pulled
// from the water that the survivors are, not the children among them). True when it applied.
// The determiner may be "those" or "these" ("Of those dairies, 38 closed"), and one adjective
// may stand before the noun ("Of the affected farms, 702 are in the north"); a count joined to
// the first part by "and" or "but" (over "only", "another") is a part too ("Of those nurses, 241
// work part-time and only 38 full-time": 2026-11-28, acc24s).
bool extractor::impl::fronted_noun_part(claim& c, sentence_info const& si, std::size_t qfirst,
                                        std::size_t qlast, claims_view earlier, claims_view local) const {
  token_span const t = si.tokens;
  if (c.q.kind != quantity_kind::count || qfirst < 4) return false;
  std::size_t comma = qfirst - 1;
  bool joined = false;
  if (t[comma].lc != ",") {
    // a later part: "and"/"but" [only|another] N, after a first part right after the comma
    std::size_t j = qfirst - 1;
    if (j > 0 && (t[j].lc == "only" || t[j].lc == "another" || t[j].lc == "just")) --j;
    if (!(t[j].lc == "and" || t[j].lc == "but")) return false;
    auto const* first = local.empty() ? nullptr : &local.front();
    if (!first || first->q.kind != quantity_kind::count || first->subject_text_span.start >= first->q.span.start)
      return false;
    // the first part's comma: the token before the sentence's first figure
    comma = SIZE_MAX;
    for (std::size_t k = 1; k < j; ++k)
      if (t[k].start == first->q.span.start) { comma = k - 1; break; }
    if (comma == SIZE_MAX || comma < 3 || t[comma].lc != ",") return false;
    joined = true;
  }
  std::size_t n_at = comma - 1, det = comma - 2;
  auto is_det = [&](std::size_t k) { return t[k].lc == "the" || t[k].lc == "those" || t[k].lc == "these"; };
  bool adjective = false;  // ("Of the bleached reefs": which earlier count they are is not told)
  if (!is_det(det) && det >= 1 && is_det(det - 1) && chunk_word(t[det]) && !is_upper(si.text[t[det].start])) {
    --det;
    adjective = true;
  }
  if (det < 1 || !is_det(det) || t[det - 1].lc != "of" || (det > 1 && t[det - 2].word)) return false;
  auto const& n = t[n_at];
  if (!chunk_word(n) || n.pred || n.low_pred || n.lc.size() < 4 || !n.lc.ends_with("s") || is_upper(si.text[n.start]) ||
      !key_of("", strip_possessive(n.lc)).predicate.empty())
    return false;
  auto [nb, ne] = plain_chunk(si, qlast + 1);
  if (nb != ne) return false;
  subject_from_chunk(c, t, n_at, n_at + 1, false);
  if (joined || adjective || earlier.empty()) return true;
  auto const last_sentence = earlier.back().sentence_start;
  for (auto it = earlier.rbegin(); it != earlier.rend() && it->sentence_start == last_sentence; ++it)
    if (it->q.kind == quantity_kind::count && it->q.value > c.q.value &&
        std::none_of(it->relations.begin(), it->relations.end(),
                     [](relation const& r) { return r.kind == relation_kind::part_of; })) {
      c.relations.push_back({relation_kind::part_of, it->id});
      break;
    }
  return true;
}

// "bringing to 38 the number of people known to have died": a level whose noun phrase comes
// after it (the object fronted before it, as "the number of X rose to N" has it before):
// X, and a listed verb of the words after it ("known to have died") says what happened.
bool extractor::impl::fronted_level_number(claim& c, token_span t, std::size_t qfirst,
                                           std::size_t qlast) const {
  if (qfirst == 0 || t[qfirst - 1].lc != "to" || qlast + 4 >= t.size() || t[qlast + 1].lc != "the" ||
      !level_nouns.count(t[qlast + 2].lc) || t[qlast + 3].lc != "of")
    return false;
  std::size_t const b = qlast + 4;
  std::size_t e = b;
  while (e < t.size() && e - b < 3 && chunk_word(t[e]) && !predicate_of(t[e], false) && !(e > b && verb_form(t, e)) &&
         !(e > b && t[e].lc.size() > 4 && t[e].lc.ends_with("ing")))
    ++e;
  if (e == b) return false;
  subject_from_chunk(c, t, b, e, false);
  for (std::size_t k = e; k < t.size() && k < e + 5 && t[k].word; ++k)
    if (auto const* v = predicate_of(t[k], false)) {
      c.forced_predicate = *v;
      break;
    }
  return true;
}

// Shares with no noun of their own that the sentence ties to another share:
// - one compared after a comma with the share before it ("fell to 81% last year, well below
//   the 95% needed"): a share of the same thing;
// - a vote tally "voted by 58% to 42%": shares of the voters, the clause's first noun before
//   the verb ("Members of the union voted" member, not the union), both sides alike.
void extractor::impl::compared_or_tallied(claim& c, sentence_info const& si, std::size_t qfirst,
                                          claims_view local) const {
  token_span const t = si.tokens;
  if (!c.subject.key.empty() || c.q.kind != quantity_kind::percent || !c.q.unit.empty() || qfirst < 2) return;
  auto const& before = t[qfirst - 2].lc;
  if (t[qfirst - 1].lc == "the" && (before == "below" || before == "above" || before == "under" || before == "over")) {
    if (auto const* o = nearest_before(c, local, nullptr, [&](claim const& o) {
          return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty();
        }))
      take_subject(c, *o);
    return;
  }
  auto vote_at = [&](std::size_t f) { return f >= 2 && t[f - 1].lc == "by" && t[f - 2].pred && *t[f - 2].pred == "vote"; };
  if (vote_at(qfirst)) {
    std::size_t b = qfirst - 2;
    while (b > 0 && t[b - 1].word) --b;
    while (b < qfirst && article_or_determiner(t[b])) ++b;
    std::size_t e = b;
    while (e < qfirst - 2 && e - b < 3 && chunk_word(t[e]) && !t[e].pred && !t[e].low_pred) ++e;
    if (e > b) subject_from_chunk(c, t, b, e, false);
    return;
  }
  if (t[qfirst - 1].lc == "to")
    if (auto const* o = nearest_before(c, local, nullptr, [&](claim const& o) { return o.q.kind == c.q.kind; }))
      if (auto [of, ol] = token_range(t, o->q.span); ol + 2 == qfirst && vote_at(of) && !o->subject.key.empty())
        take_subject(c, *o);
}

bool extractor::impl::number_of_level(claim& c, sentence_info const& si, std::size_t qfirst) const {
  // (number_of tested the sentence for a word of level_nouns)
  token_span const t = si.tokens;
  // Only for a figure the level is set to: "... rose to N", "... put ... at N", "... was N".
  // ("rose by 5,500 to 182,000": the change counts the same thing, by its own verb)
  static word_list const setters = {"to", "at", "was", "is", "stood", "reached", "hit", "of", "by"};
  std::size_t before = qfirst;
  while (before > 0 && !t[before - 1].word) --before;
  // "is now greater than 50,000"
  while (before > 1 && (t[before - 1].lc == "now" || t[before - 1].lc == "still" || t[before - 1].lc == "already"))
    --before;
  if (before == 0 || !setters.count(t[before - 1].lc)) return false;
  for (std::size_t k = qfirst > 20 ? qfirst - 20 : 0; k + 2 < qfirst; ++k) {
    if (!(level_nouns.count(t[k].lc) && t[k + 1].lc == "of")) continue;
    std::size_t b = k + 2;
    while (b < qfirst && determiners.count(t[b].lc)) ++b;
    if (people_by_event(c, t, b, qfirst)) return true;
    // a participle before the noun says what happened to it ("the number of wounded soldiers")
    std::string const* participle = nullptr;
    if (b + 1 < qfirst && t[b].word && t[b].pred && chunk_word(t[b + 1]) && !t[b + 1].pred && !t[b + 1].low_pred)
      participle = t[b++].pred;
    std::size_t e = b;
    // (a participle after the noun ends it: "the number of excess deaths linked to ...")
    // (and one in -ing: "the number of people relying on trucked water"; nor is the verb
    // before "to"/"at"/"by" part of it, listed or not: "count of damaged boats stood at 214")
    std::size_t const verb_at = (t[before - 1].lc == "to" || t[before - 1].lc == "at" || t[before - 1].lc == "by")
                                    ? before - 2 : before - 1;
    while (e < qfirst && e < verb_at && e - b < 3 && chunk_word(t[e]) && !predicate_of(t[e], false) && !ly_adverb(t[e]) &&
           !(e > b && (verb_form(t, e) || (t[e].lc.size() > 4 && t[e].lc.ends_with("ing") && !subjects.count(t[e].lc)))))
      ++e;
    if (e == b) continue;
    subject_from_chunk(c, t, b, e, false);
    if (t[before - 1].lc == "by") return true;
    if (participle) c.forced_predicate = *participle;
    // (past an adverb: "the number of people seriously injured")
    std::size_t const pe = e + 1 < qfirst && ly_adverb(t[e]) ? e + 1 : e;
    if (pe < qfirst && predicate_of(t[pe], false)) c.forced_predicate = *predicate_of(t[pe], false);
    // "the number of people who have died rose to 58": the relative clause's verb
    if (e + 1 < qfirst && (t[e].lc == "who" || t[e].lc == "that")) {
      static word_list const aux = {"have", "has", "had", "been", "were", "was", "are", "is"};
      std::size_t j = e + 1;
      while (j < qfirst && j < e + 4 && aux.count(t[j].lc) && !t[j].pred) ++j;
      if (j < qfirst && t[j].pred) c.forced_predicate = *t[j].pred;
    }
    return true;
  }
  return false;
}

// A figure restated without its noun after a name ("Full results: Labour 411, Conservatives
// 121") takes the keys of the same figure stated earlier in the article with that name
// ("Labour won 411 of the 650 seats").
void extractor::impl::restated(claim& c, sentence_info const& si, std::size_t qfirst,
                               claims_view earlier) const {
  token_span const t = si.tokens;
  if (qfirst == 0 || !t[qfirst - 1].word || !is_upper(si.text[t[qfirst - 1].start])) return;
  auto name = std::string(si.text.substr(t[qfirst - 1].start, t[qfirst - 1].end - t[qfirst - 1].start));
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (it->q.kind != c.q.kind || it->q.value != c.q.value || it->q.unit != c.q.unit || it->subject.key.empty())
      continue;
    // (the sentence from the text: claims carry no copy when extracted for a writer)
    if (si.text.substr(it->sentence_start, it->sentence_end - it->sentence_start).find(name) == std::string_view::npos)
      continue;
    c.subject.key = it->subject.key;
    c.forced_predicate = it->predicate.key;
    return;
  }
}

// A count of 100 or more with no noun of its own that repeats a count named earlier in the
// article ("... 2,946 people killed ... Of the 2,946 dead, ..."): the same figure, keys and
// all. (The last 64 figures: bounded work per figure.)
void extractor::impl::restated_value(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast,
                                     claims_view earlier) const {
  if (c.q.kind != quantity_kind::count || c.q.value < 100) return;
  // (a stated total, "Total 650", is what its parts make)
  if (qfirst > 0 && (si.tokens[qfirst - 1].lc == "total" || si.tokens[qfirst - 1].lc == "of")) return;
  auto [b, e] = plain_chunk(si, qlast + 1);
  if (b < e) return;
  std::size_t n = 0;
  for (auto it = earlier.rbegin(); it != earlier.rend() && n < 64; ++it, ++n) {
    if (it->q.kind != c.q.kind || it->q.value != c.q.value || it->q.unit != c.q.unit || it->subject.key.empty())
      continue;
    c.subject.key = it->subject.key;
    c.subject_text_span = {};
    c.forced_predicate = it->predicate.key;
    return;
  }
}

// The figure's noun is left out: nothing nounlike follows it, and a possessive ("the bloc's
// 234", "the Greens' 25"), a verb it is the object of ("the bloc took 234") or an idiom bound to
// it ("11 short of") shows that it counts something named before.
bool extractor::impl::elided_noun(sentence_info const& si, std::size_t qfirst, std::size_t qlast) const {
  token_span const t = si.tokens;
  if (qlast + 1 < t.size() && t[qlast + 1].bound) return true;  // (callers: counts only)
  auto [b, e] = plain_chunk(si, qlast + 1);
  // "22 probable ones", "and 37 others were treated": a pro-form stands for the noun
  if (b < e && (t[e - 1].lc == "ones" || t[e - 1].lc == "one" || (e == b + 1 && t[b].lc == "others"))) return true;
  if (b < e || qfirst == 0) return false;
  auto const& w = t[qfirst - 1].lc;
  if (w.size() > 2 && w.ends_with("'s")) return true;
  // "the Greens' 25" (the apostrophe glued to the word may read as a quote), "(United)'s 12"
  if (qfirst >= 2 && !t[qfirst - 1].word && t[qfirst - 2].end == t[qfirst - 1].start && t[qfirst - 2].lc.ends_with("s") &&
      (w == "'" || w == "\"" || w == "\u2019"))
    return true;
  if (qfirst >= 2 && w == "s" && !t[qfirst - 2].word && t[qfirst - 2].end == t[qfirst - 1].start) return true;
  return t[qfirst - 1].word && t[qfirst - 1].pred && !level_predicates.count(*t[qfirst - 1].pred);
}

// A part "of those (deaths)" / "of the dead" names its whole only by reference: the figure it
// points back at is before it, in an earlier sentence when the part opens its sentence. Returns
// the predicate a bare participle names ("the dead" -> die), or "" for "those"/"these".
std::optional<std::string> extractor::impl::anaphoric_whole_of(token_span t, std::size_t qlast,
                                                               bool first) const {
  // (anaphoric_whole tested "of" after the figure)
  auto const& w = t[qlast + 2];
  // ("of those who voted" names its whole by what it did: who_whole)
  if (qlast + 3 < t.size() && t[qlast + 3].lc == "who") return std::nullopt;
  // "Rescuers pulled 61 people from the water. Nine of them later died": a sentence's first
  // figure "of them" is part of the count before it (the sentence's own "of them" parts are the
  // breakdown rule's)
  if (w.lc == "them" && first) return std::string();
  if ((w.lc == "those" || w.lc == "these") &&
      (first || (qlast + 3 < t.size() && chunk_word(t[qlast + 3]) && !t[qlast + 3].pred))) {
    // "Nearly two-thirds of those killed were over 75": a group named by what was done to it, a
    // participle with the clause's own verb after it, is the count of that act, not the latest
    // figure (a part of it named since); "Nine of those died" keeps "those" as a pronoun
    if (qlast + 4 < t.size() && t[qlast + 3].word && t[qlast + 3].pred && t[qlast + 3].lc.ends_with("ed") &&
        t[qlast + 4].word && (t[qlast + 4].pred || t[qlast + 4].low_pred || is_copula(t[qlast + 4].lc) ||
                              t[qlast + 4].lc == "had" || t[qlast + 4].lc == "have" || t[qlast + 4].lc == "has"))
      return std::string(*t[qlast + 3].pred);
    // "those deaths": the figure of people who died (or were killed)
    if (qlast + 3 < t.size() && chunk_word(t[qlast + 3]))
      return key_of("", strip_possessive(t[qlast + 3].lc)).predicate;
    return std::string();
  }
  if (w.lc == "the" && qlast + 3 < t.size() && t[qlast + 3].word && t[qlast + 3].pred &&
      !(qlast + 4 < t.size() && chunk_word(t[qlast + 4])))
    return *t[qlast + 3].pred;
  // "1,293 of the deaths": a noun that names an event ("deaths" are people who died)
  if (w.lc == "the" && qlast + 3 < t.size() && chunk_word(t[qlast + 3]) &&
      !(qlast + 4 < t.size() && chunk_word(t[qlast + 4])))
    if (auto k = key_of("", strip_possessive(t[qlast + 3].lc)); !k.predicate.empty()) return k.predicate;
  return std::nullopt;
}

// The figure at t[qfirst] is the level of a level verb (rise, fall, be: "reached 8.4 million",
// "shrank ..., to 612,000") or the earlier level after a change ("up 3.1% from 8.17 million").
bool extractor::impl::population_level(token_span t, std::size_t qfirst) const {
  std::size_t k = qfirst;
  if (k > 0 && t[k - 1].word && figure_adverbs.count(t[k - 1])) --k;
  if (k > 0 && t[k - 1].lc == "from") return k > 1 && t[k - 2].lc == "%";  // (the change "up 3.1%" before it)
  bool const to = k > 0 && (t[k - 1].lc == "to" || t[k - 1].lc == "at");
  if (to) --k;
  // (over the verb's adjuncts to "to": "shrank for a third census in a row, to 612,000")
  for (std::size_t n = 0; k > 0 && n < (to ? 10u : 1u); --k, ++n) {
    auto const& w = t[k - 1];
    if (w.lc == ",") continue;
    if (!w.word || is_copula(w.lc)) return false;
    auto const* key = w.pred ? w.pred : w.low_pred;
    if (key) return level_predicates.count(*key) > 0;
  }
  return false;
}

// A group named by a participle that a figure of its sentence is part of: fronted with "among"
// and a copula ("Among the dead are 14 children"), or the sentence's subject ("The dead, three of
// whom were teenagers, include two brothers"); the predicate the participle names ("the dead"
// -> die).
std::optional<std::string> extractor::impl::participle_whole(token_span t, std::size_t qfirst,
                                                             std::size_t qlast) {
  // ("Among those admitted were 212 children": "those" names the group as "the" does)
  if (qfirst >= 4 && is_copula(t[qfirst - 1].lc) && t[qfirst - 2].word && t[qfirst - 2].pred &&
      (t[qfirst - 3].lc == "the" || t[qfirst - 3].lc == "those") && t[qfirst - 4].lc == "among" &&
      (qfirst == 4 || !t[qfirst - 5].word))
    return *t[qfirst - 2].pred;
  std::size_t o = 0;
  while (o < t.size() && !t[o].word) ++o;  // (opening quotes)
  // "Among them were 12 children", "They included 12 children": a pronoun group opening the
  // sentence, the count an earlier sentence names (no predicate of its own: "")
  auto pronoun = [&](std::size_t k) { return t[k].lc == "them" || t[k].lc == "those" || t[k].lc == "these" || t[k].lc == "they"; };
  if (qfirst == o + 3 && t[o].lc == "among" && pronoun(o + 1) && t[o + 1].lc != "they" &&
      (is_copula(t[o + 2].lc) || t[o + 2].lc == ","))
    return std::string();
  if (qfirst == o + 2 && pronoun(o) && t[o].lc != "them" && includes(t[o + 1].lc)) return std::string();
  // (the figure is a part: "N of whom", or the object of the subject's "include" or copula; a
  // figure that opens the sentence has no word before it)
  bool const part = (qlast + 2 < t.size() && t[qlast + 1].lc == "of" && t[qlast + 2].lc == "whom") ||
                    (qfirst > 0 && (includes(t[qfirst - 1].lc) || is_copula(t[qfirst - 1].lc)));
  if (part && o + 2 < qfirst && t[o].lc == "the" && t[o + 1].word && t[o + 1].pred && !t[o + 1].bound &&
      (t[o + 2].lc == "," || is_copula(t[o + 2].lc) || includes(t[o + 2].lc)))
    return *t[o + 1].pred;
  return std::nullopt;
}

// A count joined by "and" or a comma to the figure before it (an age between them is no
// figure of the list), with no verb between them, when that figure is a part of a figure of an
// earlier sentence: a part of the same whole, with its verb ("Among those admitted were 212
// children under five and 530 people aged 75 or over").
void extractor::impl::conjunct_part(claim& c, std::size_t i, std::span<claim> local,
                                    sentence_info const& si) {
  auto const& ranges = si.figure_ranges;
  token_span const t = si.tokens;
  std::size_t j = i;
  while (j > 0 && local[j - 1].q.age) --j;
  if (j-- == 0 || local[j].q.kind != c.q.kind) return;
  auto const r = std::find_if(local[j].relations.begin(), local[j].relations.end(),
                              [](relation const& x) { return x.kind == relation_kind::part_of; });
  if (r == local[j].relations.end()) return;
  bool joined = false;
  for (std::size_t k = ranges[j].second + 1; k < ranges[i].first; ++k) {
    if (t[k].pred || t[k].lc == ";" || t[k].lc == "of") return;
    joined = joined || t[k].lc == "and" || t[k].lc == ",";
  }
  if (!joined) return;
  c.relations.push_back(*r);
  if (c.forced_predicate.empty()) c.forced_predicate = local[j].forced_predicate;
}

// What a figure of claim c's kind before it counts: the same kind and unit, else the same kind
// ("a 1 percentage point rise" after "raised rates by 0.75 points"; "The rate was 8.6%" after
// "inflation reached 9.1%").
claim const* extractor::impl::same_kind_before(claim const& c, claims_view sentence_claims,
                                               claims_view const* earlier) const {
  // (in the article only the last three sentences with figures before c's, and none ending
  // more than 250 bytes before it: "the rate" of a figure named much earlier is more likely a
  // rate of its own)
  std::size_t from = 0;
  if (earlier) {
    std::size_t seen = 0, last = SIZE_MAX;
    for (auto it = earlier->rbegin(); it != earlier->rend() && seen <= 3; ++it)
      if (it->sentence_start != last) {
        last = it->sentence_start;
        if (++seen <= 3) from = last;
      }
  }
  auto usable = [&](claim const& o) {
    return &o != &c && o.q.kind == c.q.kind && !o.subject.key.empty() &&
           (o.sentence_start == c.sentence_start ||
            (o.sentence_start >= from && o.sentence_end + 250 >= c.sentence_start)) &&
           !(o.q.kind == quantity_kind::percent && change_nouns.count(o.subject.key));
  };
  if (auto const* o = nearest_before(c, sentence_claims, earlier, [&](claim const& o) { return usable(o) && o.q.unit == c.q.unit; }))
    return o;
  return nearest_before(c, sentence_claims, earlier, usable);
}

}  // namespace claimcheck::claims
