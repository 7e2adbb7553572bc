// Modality: cues in the clause, negation, plans and possibilities. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

void extractor::impl::modality_matches(sentence_info& si) const {
  token_span const t = si.tokens;
  auto& m = si.mods;
  std::size_t const n = t.size();
  m.begin.assign(n + 1, 0);
  m.cues.clear();
  m.asserted_len.assign(n, 0);
  m.if_at.clear();
  // (the counts and pointers in locals: the stores below do not make the compiler reload them
  // per token)
  std::uint32_t* const begin = m.begin.data();
  std::uint32_t cues = 0;  // m.cues.size()
  token const* const tk = t.data();
  // (no cue starts before lo or from hi on: begin is 0 before, the count after)
  std::size_t const lo = std::min<std::size_t>(si.modality_window.lo, n);
  std::size_t const hi = std::min<std::size_t>(si.modality_window.hi, n);
  for (std::size_t k = lo; k < hi; ++k) {
    begin[k] = cues;
    if (tk[k].word && if_words.count(tk[k])) m.if_at.push_back(static_cast<std::uint32_t>(k));
    if (!tk[k].cue_first || !tk[k].modality) continue;
    // "May" past the sentence's first word is the month ("who took office in May, pledged")
    if (k > 0 && tk[k].lc == "may" && is_upper(si.text[tk[k].start])) continue;
    if (attributive_planned(t, k)) continue;
    for (auto ci : *tk[k].modality) {
      auto const& words = modality_cues[ci].words;
      if (!match_at(t, k, words)) continue;
      m.cues.push_back(static_cast<std::uint32_t>(ci));
      ++cues;
      if (modality_kinds[ci] == modality::asserted)
        m.asserted_len[k] = std::max<std::uint32_t>(m.asserted_len[k], static_cast<std::uint32_t>(words.size()));
    }
  }
  std::fill(begin + hi, begin + n + 1, cues);
}

std::optional<modality> extractor::impl::clause_cue_walk(std::string_view text, token_span t,
                                                    blocked_window const& blocked, std::size_t qfirst,
                                                    std::size_t max_back, bool duration) const {
  // (it answers only at a cue's token: clause_cue tested the window)
  auto const& stops = clause_cue_stops;
  for (std::size_t k = qfirst; k > 0 && qfirst - k < max_back; --k) {
    auto const& w = t[k - 1];
    if (!w.word) {
      // (the period of an abbreviation is no clause end: "will take office on Jan. 1 for a term")
      bool const abbrev_dot = w.lc == "." && k >= 2 && t[k - 2].word && t[k - 2].end == w.start &&
                              abbreviations.count(t[k - 2].lc);
      if (abbrev_dot) continue;
      break;
    }
    if (stops.count(w)) break;
    // a verb in the past joined by "and" is a clause of its own: after a modal a joined verb
    // is bare ("would send planes and release aid"), so "would send three planes and released
    // $2 million" states the release as done
    if (w.pred && k >= 2 && w.lc.size() > 4 && w.lc.ends_with("ed") && t[k - 2].lc == "and") break;
    // a perfect's auxiliary heads the figure's clause: a cue before it is in the subject's phrase
    // ("the number of cases waiting to be heard had hit 48,600"); not "has to", itself a cue
    if (k < qfirst && (w.lc == "had" || w.lc == "has") && t[k].word && t[k].lc != "to") break;
    // (blocked only matters where cues start: the cheap test first)
    if (blocked.mods->at(k - 1).empty() || blocked[k - 1]) continue;
    for (auto mi : blocked.mods->at(k - 1)) {
      auto const& m = modality_cues[mi];
      if (k - 1 + m.words.size() > qfirst) continue;
      if (!duration && m.extra == "duration") continue;
      if (m.extra == "duration" && k >= 2 && state_before_act(t[k - 2])) continue;
      // (a demand's own cue plans nothing: modality.tsv column 3 "object")
      // ("maximum": only on the figure's own verb, find_predicate)
      if (m.extra == "counterfactual" || m.extra == "object" || m.extra == "maximum") continue;
      auto mm = modality_kinds[mi];
      if (mm != modality::planned && mm != modality::hypothetical) continue;
      if (w.lc == "may" && is_upper(text[w.start])) continue;  // the month
      if (m.words.size() == 1 && (w.lc == "if" || w.lc == "unless")) continue;  // handled per clause
      return mm;
    }
  }
  return std::nullopt;
}

void extractor::impl::duration_modality(claim& c, sentence_info const& si, std::size_t qf,
                                        std::size_t ql) const {
  token_span const t = si.tokens;
  c.mod = modality::asserted;
  auto const blocked = modality_blocked(si, qf, ql);
  for (std::size_t k = qf >= 3 ? qf - 3 : 0; k < qf; ++k) {
    if (blocked[k]) continue;
    for (auto mi : si.mods.at(k))
      if (modality_kinds[mi] != modality::asserted && modality_cues[mi].extra != "counterfactual" &&
          modality_cues[mi].extra != "object" &&
          !(modality_cues[mi].extra == "duration" && k > 0 && state_before_act(t[k - 1])))
        c.mod = modality_kinds[mi];
  }
  if (c.mod == modality::asserted)
    if (auto m = clause_cue(si.text, t, blocked, qf, 10, true)) c.mod = *m;
  // "did not expect the ban to last more than six months", "denied that the house would close
  // for 18 months": a denied belief or statement denies the length its clause tells, as it does
  // any other figure of the clause (find_predicate; docs/corpus.md negated)
  if (denied_complement(si, qf)) {
    c.mod = modality::negated;
    return;
  }
  if (c.mod != modality::asserted) return;
  // a compound length before its noun, the noun the clause's subject, with a plan cue of a
  // duration after it: "The 48-month programme is meant to help" ("the ten-month war that
  // followed would draw in" is no plan of the war; "the three-week-old strike has closed four
  // mines": an age is how long it has lasted so far)
  auto [ob, oe] = plain_chunk(si, ql + 1);
  if (ob == ql + 1 && ob < oe && !t[ql].lc.ends_with("-old"))
    for (std::size_t k = oe; k < t.size() && k < oe + 3 && t[k].word; ++k) {
      if (blocked[k]) continue;
      for (auto mi : si.mods.at(k))
        if (modality_kinds[mi] == modality::planned && modality_cues[mi].extra == "duration") {
          c.mod = modality::planned;
          return;
        }
    }
}

// A duration times or dates something when the phrase around it places a moment or a window
// rather than saying how long something lasts (docs/corpus.md: not a claim): the window an
// event falls in ("fell in 48 hours", "within 30 days", "over the next 12 months", "the first
// 72 hours were critical"), a deadline someone is given ("have 14 days to appeal"), or the
// gap between two moments ("a day after the troops withdrew", "two hours before kick-off";
// "earlier", "later" and "ago" are the caller's time offsets). A gap still measures a span when
// the clause says that a state has ended ("is no longer an emergency, ten months after it was
// declared"), and "for" always asks how long ("for two weeks before a deal"). A compound length
// before its noun ("a 48-hour strike", "the six-month offensive") describes the thing and is
// left to the compound rules; a window before "of" is a stretch of something ("in 16 weeks of
// war", "over six weeks of polling").
bool extractor::impl::times_something(sentence_info const& si, std::size_t qf, std::size_t ql) const {
  token_span const t = si.tokens;
  if (t[ql].lc.find('-') != std::string_view::npos) return false;
  auto const word_at = [&](std::size_t k) -> folded_view const* { return k < t.size() && t[k].word ? &t[k].lc : nullptr; };
  auto const* next = word_at(ql + 1);
  auto const* prev = qf > 0 ? word_at(qf - 1) : nullptr;
  auto const determiners_of_time = [](folded_view const& w) {
    return is_lit(w, "the") || is_lit(w, "those") || is_lit(w, "these");
  };
  auto const stretch_of = [&] { return next && is_lit(*next, "of"); };
  if (prev && is_lit(*prev, "for")) return false;
  if (next && (is_lit(*next, "after") || is_lit(*next, "before"))) {
    for (std::size_t k = 0; k < qf; ++k)
      if (t[k].word && span_endings.count(t[k].lc)) return false;
    return true;
  }
  if (!prev) return false;
  if (timing_prepositions.count(*prev)) return !stretch_of();
  if (deadline_holders.count(*prev)) return next && is_lit(*next, "to");
  // "the past three months", "those six months", "in the two weeks since"
  auto const* det = qf > 1 ? word_at(qf - 2) : nullptr;
  // (a possessive too: "survived their first eight weeks"; but "in its five years on the
  // streets" is how long the thing has lasted)
  if (timing_determiners.count(*prev))
    return det && (determiners_of_time(*det) || is_lit(*det, "its") || is_lit(*det, "their"));
  // ("the 12 months to June", "the two weeks since the programme began")
  if (determiners_of_time(*prev))
    return (det && timing_prepositions.count(*det) && !stretch_of()) ||
           (next && (is_lit(*next, "to") || is_lit(*next, "since") || is_lit(*next, "through")));
  return false;
}

// "did not believe that 150 jobs would go": a denied belief or statement denies the figures of
// its "that" clause, whatever their own modality (docs/corpus.md: negated). Also without
// "that": a negated belief verb governs the clause after it ("did not believe the budget would
// need to rise by more than 5%", "does not expect the number of flocks to reach 60"); and a
// denial before "that" denies it ("denied a report in a trade weekly that 500 jobs would go").
bool extractor::impl::denied_complement_walk(sentence_info const& si, std::size_t qfirst) const {
  token_span const t = si.tokens;
  constexpr std::size_t reach = 12;
  // (a negator or a denial word in the window, or nothing to deny: most figures have none)
  if (!notable_in(si, negator, std::max<std::size_t>(1, qfirst - std::min(qfirst, reach)), qfirst)) return false;
  for (std::size_t k = qfirst, n = 0; k > 1 && n < reach; --k, ++n) {
    auto const& w = t[k - 1];
    if (!w.word) return false;
    if (w.lc == "that") {
      if (n < 3 && clause_negated(si, k - 1, 6)) return true;
      for (std::size_t m = k - 1; m > 0 && k - 1 - m < 8 && t[m - 1].word; --m)
        if (denial_verbs.count(t[m - 1].lc)) return true;
      return false;
    }
    if (belief_verbs.count(w.lc)) return clause_negated(si, k - 1, 4);
  }
  return false;
}

bool extractor::impl::clause_negated_walk(sentence_info const& si, std::size_t qfirst, std::size_t max_back) {
  // (it answers yes only at a negator: none in the window, no)
  if (!notable_in(si, negator, std::max<std::size_t>(1, qfirst - std::min(qfirst, max_back)), qfirst)) return false;
  token_span const t = si.tokens;
  auto const& aux = negated_aux;
  auto const& stops = negated_stops;
  std::uint64_t const either = stops.bit() | negators.bit();
  for (std::size_t k = qfirst; k > 1 && qfirst - k < max_back; --k) {
    auto const& w = t[k - 1];
    if (!w.word) break;
    // (most words are neither a stop nor a negator: one test of the entry's bits for both)
    if (w.lc.interned() && !(w.info && (w.info->rules & either))) continue;
    if (stops.count(w)) break;
    if (negators.count(w) && aux.count(t[k - 2])) {
      if (k < t.size() && t[k].lc == "only") return false;  // "not only"
      return true;
    }
  }
  return false;
}

}  // namespace claimcheck::claims
