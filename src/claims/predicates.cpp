// Predicates: the verb or noun that says what happened to the figure. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

// Conjunctions that open a subordinate clause (find_predicate: a figure right after one is that
// clause's); a rule list, so that a token's test is a bit of its vocabulary entry.
static rule_list const subordinate_openers = {"since",  "until",   "when",   "because", "although",
                                              "though", "whereas", "unless", "if"};

// Money with no noun of its own that a verb spends on something ("€800m would go on a one-off
// payment", "$2m will go to repairs") is that something; money that a noun with a figure of its
// own costs ("The government's offer of 5.5% would cost €2.1bn") is what that noun names
// (docs/corpus.md: money takes what the money is, or what it pays for).
void extractor::impl::money_by_its_verb(claim& c, sentence_info const& si, std::size_t qfirst,
                                        std::size_t qlast) const {
  token_span const t = si.tokens;
  if (c.q.kind != quantity_kind::money) return;
  std::size_t k = qlast + 1;
  while (k < t.size() && k < qlast + 4 && t[k].word && (is_modal(t[k]) || t[k].lc == "be" || t[k].lc == "also")) ++k;
  // (a noun of its own is what the money is: "€2m of the aid will go to ...")
  if (k + 2 < t.size() &&
      (t[k].lc == "go" || t[k].lc == "goes" || t[k].lc == "went") &&
      (t[k + 1].lc == "on" || t[k + 1].lc == "towards" || (t[k + 1].lc == "to" && !is_upper(si.text[t[k + 2].start])))) {
    auto [nb, ne] = plain_chunk(si, qlast + 1);
    std::size_t o = k + 2;
    while (o < t.size() && t[o].word && article_or_determiner(t[o])) ++o;
    auto [b, e] = chunk_right(t, o, false, false);
    if (nb == ne && b < e) subject_from_chunk(c, t, b, e, false);
    return;
  }
  // "Strikers lost between €2,100 and €2,500 each in pay": money "each in" a noun is that noun
  // (as "$100 million in assistance" is)
  if (qlast + 3 < t.size() && t[qlast + 1].lc == "each" && t[qlast + 2].lc == "in") {
    auto [b, e] = chunk_right(t, qlast + 3, false, false);
    if (b == qlast + 3 && b < e) subject_from_chunk(c, t, b, e, false);
    return;
  }
  // "... of 5.5% would cost": back over the verb chain and a figure after "of"
  if (!c.subject.key.empty() || qfirst < 2 || !(t[qfirst - 1].lc == "cost" || t[qfirst - 1].lc == "costs")) return;
  std::size_t j = qfirst - 1;
  while (j > 0 && t[j - 1].word && (is_modal(t[j - 1]) || t[j - 1].lc == "also")) --j;
  for (auto const& q : si.parsed.quantities)
    if (j > 0 && q.span.end == t[j - 1].end) {
      std::size_t f = j - 1;
      while (f > 0 && t[f - 1].end > q.span.start) --f;
      if (f >= 2 && t[f - 1].lc == "of" && chunk_word(t[f - 2]) && !t[f - 2].pred && !t[f - 2].low_pred)
        subject_from_chunk(c, t, f - 2, f - 1, false);
      return;
    }
}

// "the 1,900 it had scheduled", "the 26 sessions we held", "against the 30 the agency had
// expected": a figure after "the" whose noun (if any) is followed by a clause with a subject of
// its own (a pronoun, or "the" and one or two words) and a verb with no object after it is that
// verb's object: a relative clause without "that". The verb's index, else SIZE_MAX.
std::size_t extractor::impl::contact_clause_verb(claim const& c, token_span t, std::size_t qfirst,
                                                 std::size_t qlast) const {
  if (qfirst == 0 || t[qfirst - 1].lc != "the") return SIZE_MAX;
  std::size_t k = qlast + 1;
  if (c.subject_text_span.end > c.subject_text_span.start && k < t.size() && t[k].start == c.subject_text_span.start)
    while (k < t.size() && t[k].start < c.subject_text_span.end) ++k;
  if (k >= t.size() || !t[k].word) return SIZE_MAX;
  if (subject_pronouns.count(t[k].lc)) ++k;
  else if (t[k].lc == "the") {
    std::size_t const n = k + 1;
    for (++k; k < t.size() && k <= n + 1 && t[k].word && open_class(t[k]) && !t[k].pred && !t[k].low_pred &&
              !unlisted_aux.count(t[k]) && !is_modal(t[k]);)
      ++k;
    if (k == n) return SIZE_MAX;
  } else
    return SIZE_MAX;
  while (k < t.size() && t[k].word && (unlisted_finite.count(t[k]) || t[k].lc == "been") && !t[k].pred) ++k;
  if (k >= t.size() || !(t[k].pred || t[k].low_pred || unlisted_past(t, k))) return SIZE_MAX;
  // (no object after the verb, the figure is it: a clause end, a preposition or the main verb)
  if (k + 1 < t.size() && t[k + 1].word && !t[k + 1].pred && !t[k + 1].low_pred &&
      !noun_prepositions.count(t[k + 1].lc) && !unlisted_past(t, k + 1))
    return SIZE_MAX;
  return k;
}

// Words that end a relative clause with no verb of the outer clause after them (a conjunction
// opens another clause); a rule list, so that a token's test is a bit of its vocabulary entry.
static rule_list const relative_enders = {"and",  "but",     "or",     "while", "whereas", "when",
                                          "because", "although", "though", "where"};

// Words that open a relative clause after a noun (find_predicate's walk after the figure; a
// subject pronoun opens one too: "the 176 glaciers it measures").
static rule_list const relative_openers = {"who", "that", "which", "whom", "due", "the"};

// A relative clause that opens at t[k] after a noun: "who"/"that"/"which"/"whom" and, over a
// subject of its own and auxiliaries, its verb ("the 2,300 owners who have applied", "posts that
// pools advertised", "people who already hold"); a clause with no pronoun whose subject is a
// pronoun or "the" and a word or two ("the 176 glaciers it measures", "the grants the state
// offered"); "due to" and a bare verb ("the 212 branches due to close"). It ends at a comma,
// semicolon or colon, at "and"/"but", or where the outer clause goes on: an auxiliary, modal or
// linking verb, or a verb with an object ("... in the city filed a lawsuit").
extractor::impl::relative_span extractor::impl::relative_clause(std::string_view text, token_span t,
                                                                std::size_t k) const {
  relative_span r;
  std::size_t const n = t.size();
  if (k + 1 >= n || !t[k].word) return r;
  auto verb_at = [&](std::size_t j, bool bare) {
    if (j >= n || !t[j].word || is_upper(text[t[j].start]) || t[j].bound) return false;
    if (t[j].pred || t[j].low_pred || unlisted_past(t, j) || unlisted_past(t, j, "ing")) return true;
    return bare && bare_verb(t, j) && !is_modal(t[j]) && !unlisted_aux.count(t[j]);
  };
  auto skip_aux = [&](std::size_t j) {
    while (j < n && j < k + 10 && t[j].word && !t[j].pred &&
           (unlisted_aux.count(t[j]) || is_modal(t[j]) || is_lit(t[j].lc, "be") || is_lit(t[j].lc, "not") || ly_adverb(t[j])))
      ++j;
    return j;
  };
  std::string_view const w(t[k].lc);
  std::size_t j = k;
  // a participle that modifies the noun ("reefs surveyed since January", "schools now serving")
  // (a reduced relative is no clause's main verb: the outer clause goes on after it with an
  // auxiliary, modal or linking verb, "reefs surveyed since January had bleached")
  bool participle = false;
  if (std::size_t p = k + (is_lit(w, "now") || is_lit(w, "still") || is_lit(w, "already") ? 1 : 0);
      p < n && t[p].word && !is_upper(text[t[p].start]) && !t[p].bound && !subject_pronouns.count(w) &&
      ((t[p].lc.ends_with("ed") && (t[p].pred || unlisted_past(t, p))) || unlisted_past(t, p, "ing") ||
       (irregular_forms.count(t[p].lc) && (t[p].pred || unlisted_past(t, p))))) {
    r.verb = p;
    participle = true;
  } else if (is_lit(w, "due")) {
    if (is_lit(t[k + 1].lc, "to") && k + 2 < n && verb_at(k + 2, true)) r.verb = k + 2;
  } else {
    bool const pronoun = relative_pronoun(w) || is_lit(w, "whom");
    if (pronoun) ++j;
    // a subject of its own
    std::size_t s = j;
    if (j < n && t[j].word && subject_pronouns.count(t[j].lc)) ++j;
    else if (j < n && t[j].word && (article_or_determiner(t[j]) || is_possessive(t[j].lc))) {
      std::size_t const b = ++j;
      while (j < n && j < b + 2 && chunk_word(t[j]) && !t[j].pred && !t[j].low_pred && !unlisted_aux.count(t[j]) &&
             !is_modal(t[j]) && !unlisted_past(t, j))
        ++j;
      if (j == b) return r;
    } else if (pronoun && j + 1 < n && chunk_word(t[j]) && !t[j].pred && !t[j].low_pred && !unlisted_aux.count(t[j]) &&
               !is_modal(t[j]) && !ly_adverb(t[j]) && !unlisted_past(t, j) && t[j + 1].word &&
               (unlisted_aux.count(t[j + 1]) || is_modal(t[j + 1]) || unlisted_past(t, j + 1)))
      ++j;  // ("that pools advertised")
    if (!pronoun && j == s) return r;
    std::size_t const a = skip_aux(j);
    if (verb_at(a, pronoun || a > j || j > s)) r.verb = a;
  }
  if (r.verb == SIZE_MAX) return r;
  for (std::size_t e = r.verb + 1; e < n && e <= r.verb + 14; ++e) {
    auto const& x = t[e];
    if (!x.word) {
      if (x.lc == "," || x.lc == ";" || x.lc == ":" || x.lc == "(" || x.lc == ")" || x.lc == ".") {
        r.end = e;
        break;
      }
      continue;
    }
    if (relative_enders.count(x)) {
      r.end = e;
      break;
    }
    if (!x.pred && (unlisted_finite.count(x) || is_modal(x) || x.lc.starts_with("remain"))) {
      r.end = e;
      break;
    }
    if (e > r.verb + 1 && chunk_word(t[e - 1]) && !article_or_determiner(t[e - 1]) && (x.pred || unlisted_past(t, e)) &&
        !x.bound && !is_upper(text[x.start]) && e + 1 < n && t[e + 1].word &&
        (article_or_determiner(t[e + 1]) || (noun_prepositions.count(t[e + 1].lc) && !is_lit(t[e + 1].lc, "by") &&
                                             (x.lc.ends_with("ed") || irregular_forms.count(x.lc))))) {
      r.end = e;
      break;
    }
  }
  if (participle && !(r.end != SIZE_MAX && t[r.end].word && !relative_enders.count(t[r.end]))) r.end = SIZE_MAX;
  r.participle = participle;
  return r;
}

std::size_t extractor::impl::clause_verb_after(std::string_view text, token_span t, std::size_t e, bool& unlisted) const {
  std::size_t const n = t.size();
  unlisted = false;
  if (e >= n || !t[e].word) return SIZE_MAX;
  std::size_t j = e, linking = SIZE_MAX;
  bool modal = false;
  while (j < n && j < e + 4 && t[j].word && !t[j].pred &&
         (unlisted_aux.count(t[j]) || is_modal(t[j]) || is_lit(t[j].lc, "be") || is_lit(t[j].lc, "not") || ly_adverb(t[j]))) {
    if (t[j].low_pred || t[j].lc.starts_with("remain") || t[j].lc.starts_with("stay")) linking = j;
    modal = modal || is_modal(t[j]);
    ++j;
  }
  if (j < n && t[j].word && !is_upper(text[t[j].start])) {
    if (t[j].pred && !t[j].bound) return j;
    if (unlisted_past(t, j) || (modal && j > e && bare_verb(t, j, true) && !t[j].low_pred)) {
      unlisted = true;
      return j;
    }
    if (t[j].low_pred) return j;
  }
  if (linking != SIZE_MAX) {
    unlisted = !t[linking].pred && !t[linking].low_pred;
    return linking;
  }
  return SIZE_MAX;
}

// The token after a share of the figure before it set off by commas at t[k] (", or about 20%,",
// ", nearly 90%,"): "433 of them, or about 20%, led to", "6,900 of the appointments, nearly 90%,
// have been rebooked" go on to their verb there. Else k.
std::size_t extractor::impl::past_apposed_share(sentence_info const& si, std::size_t k) const {
  token_span const t = si.tokens;
  if (k + 2 >= t.size() || !is_lit(t[k].lc, ",")) return k;
  std::size_t j = k + 1;
  if (is_lit(t[j].lc, "or")) ++j;
  for (auto const& q : si.parsed.quantities)
    if (q.span.start == t[j].start) {
      if (!is_share(q.kind)) return k;
      while (j < t.size() && t[j].start < q.span.end) ++j;
      return j < t.size() && is_lit(t[j].lc, ",") ? j + 1 : k;
    }
  return k;
}

std::size_t extractor::impl::opening_unlisted_verb(claim const& c, sentence_info const& si,
                                                   std::size_t qfirst, std::size_t qlast) const {
  token_span const t = si.tokens;
  // (also after a time phrase that opens the sentence: "Last year 17 vessels were scrapped")
  auto after_opening_date = [&] {
    // (cheap tests first: most sentences open with no date cue; the word before the figure ends
    // none after a determiner, "The 15 judges")
    if (!t[0].info || !t[0].info->relative_dates || qfirst < 2 || qfirst > relative_max_words || !t[qfirst - 1].word ||
        article_or_determiner(t[qfirst - 1]))
      return false;
    for (auto const& r : starting(relative_dates, t, 0))
      if (r.words.size() == qfirst && match_at(t, 0, r.words)) return true;
    return false;
  };
  if (!opens_clause(t, qfirst) && !after_opening_date()) return SIZE_MAX;
  // (its noun right after it, or after "of" and determiners: "52% of the residents favour")
  std::size_t e = qlast + 1, n = e;
  if (n < t.size() && t[n].lc == "of") {
    for (++n; n < t.size() && t[n].word && (determiners.count(t[n].lc) || is_possessive(t[n].lc));) ++n;
    // (over the whole's figure: "312 of the 540 pupils passed")
    for (auto const& q : si.parsed.quantities)
      if (n < t.size() && q.span.start == t[n].start) {
        while (n < t.size() && t[n].start < q.span.end) ++n;
        break;
      }
  }
  // (money's noun after "in": "The government's €240 million in extra funding will pay")
  std::size_t const in = e < t.size() && t[e].lc == "in" && c.q.kind == quantity_kind::money ? e + 1 : e;
  if (c.subject_text_span.end > c.subject_text_span.start)
    for (std::size_t k : {e, n, in})
      if (k < t.size() && c.subject_text_span.start == t[k].start) {
        for (e = k; e < t.size() && t[e].start < c.subject_text_span.end;) ++e;
        break;
      }
  // (a pronoun for the whole: "37 of them remain in hospital", "22 of those receive water")
  if (e == qlast + 1 && e + 2 < t.size() && is_lit(t[e].lc, "of") &&
      (is_lit(t[e + 1].lc, "them") || is_lit(t[e + 1].lc, "those") || is_lit(t[e + 1].lc, "these")))
    e += 2;
  e = past_apposed_share(si, e);  // ("433 of them, or about 20%, led to")
  // (over a figure coordinated with it and that figure's noun: "Some 3,200 firefighters and a
  // dozen planes were fighting 17 fires")
  if (e + 1 < t.size() && t[e].lc == "and")
    for (auto const& q : si.parsed.quantities)
      if (q.span.start == t[e + 1].start) {
        std::size_t k = e + 1;
        while (k < t.size() && t[k].start < q.span.end) ++k;
        auto [b2, e2] = chunk_right(t, k, true, q.kind == quantity_kind::money);
        if (b2 == k && b2 < e2) e = e2;
        break;
      }
  // (over a speaker's aside between commas: "Some 3,500 workers, the union said, walked out")
  if (e < t.size() && t[e].lc == ",")
    for (std::size_t k = e + 2; k < t.size() && k < e + 8 && t[k].word; ++k)
      if (said_verbs.count(t[k].lc) && k + 1 < t.size() && t[k + 1].lc == ",") {
        e = k + 2;
        break;
      }
  e = past_noun_modifier(t, e);  // ("Eleven schools in the area were closed")
  auto const& aux = unlisted_aux;
  std::size_t j = e, linking = SIZE_MAX;
  bool with_aux = false, modal = false;
  // (an adverb or a negation in the verb phrase is no auxiliary: "340 shops now offer", "two
  // clubs may not survive", "cannot reliably tell")
  for (; j < t.size() && j < e + 4 && t[j].word && !t[j].idiom &&
         (aux.count(t[j]) || is_modal(t[j]) || t[j].lc == "be" || (j > e && ly_adverb(t[j])) ||
          (t[j].lc == "to" && j + 1 < t.size() && t[j + 1].lc == "be"));
       ++j) {
    bool const adverb = phrase_adverbs.count(t[j].lc) || ly_adverb(t[j]);
    with_aux = with_aux || !adverb;
    modal = modal || is_modal(t[j]);
    if (t[j].lc.starts_with("remain") || t[j].lc.starts_with("stay")) linking = j;
  }
  // a bare verb after a modal ("the extra €40 million will pay for ...") or, after a plural
  // noun, before its object ("52% of residents favour the plan", "340 shops now offer postal
  // services"); a plural figure with no noun of its own is that subject itself, before a verb the
  // tables know ("430 lack a kitchen"); a verb the tables know by another form (its -s or past form listed: "account",
  // "support") also before a preposition ("Children account for about 40%", "22 buses run on")
  if (j < t.size() && !linking_or_listed(t, j)) {
    if (modal) return bare_verb(t, j, true) && !is_upper(si.text[t[j].start]) ? j : SIZE_MAX;
    if (!with_aux && present_after_subject(c, si, qlast, e, j)) return j;
  }
  if (linking != SIZE_MAX && j < t.size() && !(t[j].word && (t[j].pred || t[j].low_pred)) && !unlisted_past(t, j))
    return linking;
  // a progressive is a verb too ("2,400 people were sleeping in tents")
  bool progressive = false;
  for (std::size_t k = e; k < j; ++k) progressive = progressive || is_be(t[k].lc);
  progressive = progressive && unlisted_past(t, j, "ing");
  if (!(progressive || unlisted_past(t, j)) || is_upper(si.text[t[j].start])) return SIZE_MAX;
  if (!with_aux && j + 1 < t.size() && t[j + 1].lc == "by") return SIZE_MAX;
  // after an irregular form (a light verb as often: "made", "driven"), a listed word right after
  // it that modifies no noun names the event ("were made homeless", "were driven from their
  // homes": displace; not "involved burst pipes", "passed against", "had stopped work")
  if (irregular_forms.count(t[j].lc) && j + 1 < t.size() && t[j + 1].word && t[j + 1].pred && !t[j + 1].bound &&
      (t[j + 1].idiom || j + 2 >= t.size() || !t[j + 2].word || !open_class(t[j + 2])))
    return SIZE_MAX;
  for (std::size_t k = j + 1; k < t.size() && k < j + 16 && t[k].word && !unlisted_clause_ends.count(t[k]); ++k)
    if (unlisted_finite.count(t[k])) return SIZE_MAX;
  return j;
}

// A bare present verb at t[j] after the subject of a figure that opens its clause (its noun ends
// before e; adverbs between): after a plural noun before its object ("52% of residents favour the
// plan", "340 shops now offer postal services"); a plural figure with no noun of its own is that
// subject itself, before a verb the tables know ("430 lack a kitchen"; not a change noun: "the
// planned 10% rise in fares"); a verb the tables know by
// another form (its -s or past form listed: "support", "offer") is a verb though listed as a noun,
// and before a preposition too ("22 buses run on the busiest lines"). (Out of line:
// opening_unlisted_verb runs for every figure that opens its clause.)
[[gnu::noinline]] bool extractor::impl::present_after_subject(claim const& c, sentence_info const& si, std::size_t qlast,
                                                             std::size_t e, std::size_t j) const {
  token_span const t = si.tokens;
  if (is_upper(si.text[t[j].start])) return false;
  std::size_t n = j;  // (the word before the adverbs)
  while (n > e && t[n - 1].word && (phrase_adverbs.count(t[n - 1].lc) || ly_adverb(t[n - 1]))) --n;
  int known = -1;  // (looked up once, when needed)
  auto const knows = [&] {
    if (known < 0) known = known_verb_base(t[j]);
    return known == 1;
  };
  if (n > qlast + 1) {
    if (!(t[n - 1].lc.ends_with("s") || irregular_plurals.find(t[n - 1].lc))) return false;
  } else if (!(n == qlast + 1 && (is_share(c.q.kind) || (c.q.kind == quantity_kind::count && c.q.value > 1)) &&
               !subjects.count(t[j].lc) && !change_nouns.count(t[j].lc) && !measure_nouns.count(t[j].lc) &&
               ((t[j].info && t[j].info->derived == 1) || knows())))
    return false;
  bool const object = opens_object(t, j + 1) ||
                      (j + 1 < t.size() && t[j + 1].word && noun_prepositions.count(t[j + 1].lc) && knows());
  return object && (bare_verb(t, j, false) || (knows() && bare_verb(t, j, true)));
}

// "35% below last year", "14% below their level before the recall": a figure placed against an
// earlier moment with no "than" is a fall (below) or a rise (above); against a limit or a norm it
// is none ("40% below the cap", "20% below normal"). Only the figure's predicate reads it: the
// relation rules keep to comparison_change.
// position_change's figure with "above" (`above`) or "below" after it: placed against what?
int extractor::impl::position_against(token_span t, std::size_t qlast, bool above) {
  auto const& a = t[qlast + 2].lc;
  auto const& b = t[qlast + 3].lc;
  bool const earlier = is_lit(a, "last") || is_lit(a, "yesterday") ||
                       ((is_lit(a, "its") || is_lit(a, "their")) && (is_lit(b, "level") || is_lit(b, "levels"))) ||
                       ((is_lit(a, "the") || is_lit(a, "a")) && (is_lit(b, "same") || is_lit(b, "previous") || is_lit(b, "year")));
  return earlier ? (above ? 1 : -1) : 0;
}

void extractor::impl::find_predicate(claim& c, sentence_info const& si, std::size_t qfirst,
                                     std::size_t qlast) const {
  auto const blocked = modality_blocked(si, qfirst, qlast);
  token_span const t = si.tokens;
  // Whether token i (outside the figure) is a verb the figure may take (`low`: a copula or
  // light verb); the search below tries the nearest first.
  auto fits = [&](bool low, std::size_t i) -> bool {
    // (a token with a predicate key is a word: intern and mark_phrases set keys on words only)
    if (!(low ? t[i].low_pred : t[i].pred)) return false;
    // the figure's own noun is no verb ("52% of the vote"), nor is a word after a determiner
    // ("before the release")
    if (t[i].end == c.subject_text_span.end && t[i].start >= c.subject_text_span.start) return false;
    // nor a participle inside its noun phrase when the phrase's own verb follows it
    // ("Thousands of displaced families had been sheltering"; but "968 million registered
    // voters" with no verb of their own are registered)
    if (c.q.kind == quantity_kind::count && i > qlast && t[i].start >= c.subject_text_span.start &&
        t[i].end < c.subject_text_span.end && c.subject_text_span.start >= t[qlast].end) {
      static word_list const aux = {"had", "has", "have", "been", "were", "was", "are", "is", "will", "would"};
      std::size_t j = i + 1;
      while (j < t.size() && t[j].start < c.subject_text_span.end) ++j;
      while (j < t.size() && j < i + 8 && t[j].word && aux.count(t[j].lc) && !t[j].pred) ++j;
      if (j < t.size() && t[j].word && t[j].pred) return false;
    }
    // nor an -ing participle right after the figure's noun, a reduced relative, when a finite
    // verb of the same clause follows ("Hundreds of families sheltering in schools ventured back
    // on Monday": they went back). Not after "the": "the 31 miners working underground when the
    // roof fell" names a group by what it was doing, the participle is its figure's verb; nor
    // past a word that opens another clause ("when", "as", "that").
    if (c.q.kind == quantity_kind::count && i > qlast && i > 0 && t[i - 1].end == c.subject_text_span.end &&
        c.subject_text_span.start >= t[qlast].end && t[i].lc.size() > 5 && ends_lit(t[i].lc, "ing") &&
        !(qfirst > 0 && is_lit(t[qfirst - 1].lc, "the"))) {
      for (std::size_t j = i + 1; j < t.size() && j < i + 10 && t[j].word; ++j) {
        std::string_view const w(t[j].lc);
        if (relative_pronoun(w) || w == "when" || w == "where" || w == "while" || w == "as" || w == "after" ||
            w == "before" || w == "because" || w == "until" || w == "if")
          break;
        if (t[j].lc.ends_with("ing") || article_or_determiner(t[j - 1])) continue;
        // (a verb with a key, which the search then reaches; an unlisted one would leave none)
        if (t[j].pred && !t[j].noun) return false;
      }
    }
    // ("the quake that killed 396 people": "that" after a noun is a relative pronoun, and the
    // word after it the clause's verb, with a verb form of its own)
    bool const relative = i >= 2 && t[i - 1].lc == "that" && t[i - 2].word && !function_words.count(t[i - 2].lc) &&
                          (t[i].lc.ends_with("ed") || t[i].lc.ends_with("s"));
    if (i > 0 && !relative && article_or_determiner(t[i - 1])) return false;
    // nor a word after a possessive ("Saturday's vote", "the city's shelters")
    if (i > 0 && t[i - 1].word && is_possessive(t[i - 1].lc) && !t[i - 1].pred) return false;
    // nor a verb of another clause before an appositive that names its own measure of the figure
    // ("812 backed the deal, a turnout of 77%": the turnout is 77%, no one backed it)
    if (i + 4 < qfirst && t[qfirst - 1].lc == "of")
      for (std::size_t k = qfirst - 2; k > i && k + 6 > qfirst; --k)
        if (!t[k].word) {
          if (t[k].lc == "," && (t[k + 1].lc == "a" || t[k + 1].lc == "an" || t[k + 1].lc == "the")) return false;
          break;
        }
    // nor a past participle between a preposition and its noun, a modifier: "is costing it £2m
    // a day in lost landing fees", "paid for damaged homes"
    if (i > 0 && i + 1 < t.size() && t[i - 1].word && t[i + 1].word && !t[i + 1].pred && !t[i + 1].low_pred &&
        (t[i].lc.ends_with("ed") || irregular_forms.count(t[i].lc)) && noun_prepositions.count(t[i - 1].lc) &&
        open_class(t[i + 1]))
      return false;
    // nor a verb after the figure beyond "and to", which opens another infinitive ("to cut
    // landfill waste from 31% of the total to 20% by 2030 and to raise parking fees")
    if (i > qlast + 1) {
      bool other = false;
      for (std::size_t k = qlast + 1; k + 1 <= i && !other; ++k)
        other = t[k].lc == "and" && (t[k + 1].lc == "to" || (k + 1 == i && t[i].idiom && t[i].lc == "to"));
      if (other) return false;
    }
    if (t[i].bound && (i != qlast + 1 || c.q.kind != quantity_kind::count)) return false;
    // nor a derived base form after "to" past the figure, an infinitive of purpose ("to borrow a
    // further £140 million to finish the stadium")
    if (i > qlast && t[i].info && (t[i].info->derived == 1 || t[i].info->derived == 4) && is_lit(t[i - 1].lc, "to"))
      return false;
    // nor one before the figure with a preposition or another function word between, whose phrase
    // the figure is in ("to supply guidance software under a C$95 million contract")
    // (but a base right before its own preposition and the figure is the figure's verb: "Fares
    // start at €79", "Members pay for 40%")
    if (i + 1 < qfirst && t[i].info && t[i].info->derived == 1 &&
        !(i + 2 == qfirst && (is_lit(t[i + 1].lc, "at") || is_lit(t[i + 1].lc, "for") || is_lit(t[i + 1].lc, "on"))))
      for (std::size_t k = i + 1; k < qfirst; ++k)
        if (t[k].word && (noun_prepositions.count(t[k].lc) || function_words.count(t[k].lc)) && !article_or_determiner(t[k]))
          return false;
    // (nor where a verb right before the figure takes it as its object: "employed fewer than 900
    // against a need of 1,250" employ, while "with nine against" opposes)
    if (t[i].bound && qfirst > 0 && t[qfirst - 1].word && t[qfirst - 1].pred && !t[qfirst - 1].bound) return false;
    // nor a report verb that closes a speaker's clause after a comma ("losses could reach €200m,
    // the insurers' association estimated on Tuesday"): it tells the figure, nothing happens to it
    if (i > qlast + 2 && t[i].pred && report_predicates.count(*t[i].pred) &&
        (i + 1 == t.size() || !t[i + 1].word || t[i + 1].lc == "on" || calendar_words.count(t[i + 1].lc)))
      for (std::size_t k = qlast + 1; k < i; ++k)
        if (t[k].lc == ",") return false;
    // nor a speech verb that is a verb of figures only with a figure right after it
    // ("Employers added 9,000 jobs", but "..., she added": attribution.tsv column 3 "object")
    if (figure_speech_verbs.count(t[i].lc) && !(i + 1 < t.size() && si.in_figure(t[i + 1])))
      return false;
    // nor a participle before the figure's noun when a verb right before the figure takes the
    // figure as its object ("were treating 90 wounded soldiers": treat, not wound)
    if (i > qlast && t[i].end < c.subject_text_span.end && t[i].start >= c.subject_text_span.start &&
        qfirst > 0 && t[qfirst - 1].word && t[qfirst - 1].pred && !t[qfirst - 1].bound)
      return false;
    return true;
  };
  // The nearest verb within max_dist tokens of the figure (bounded work per figure); at equal
  // distance the one after the figure ("33,207 Palestinians have been killed").
  // (only the sentence's verbs, intern's list, are visited: the nearest after the figure and
  // the nearest before it, merged by distance)
  thread_local std::vector<std::uint32_t> verb_buf;
  auto const verbs = notable_of(si, notable_kind::verb, verb_buf);
  auto search = [&](bool low, std::size_t max_dist) -> std::optional<std::size_t> {
    // (fits' first test inline: most verbs carry no key of the kind asked; the key read through
    // a member pointer chosen once; the figure's bounds copied to locals, which fits does not
    // see, so the loop keeps them in registers)
    token const* const tp = t.data();
    std::uint32_t const* const v = verbs.data();
    std::size_t const nv = verbs.size(), qf = qfirst, ql = qlast;
    auto const key = low ? &token::low_pred : &token::pred;
    std::size_t a = 0;  // the first verb after the figure
    while (a < nv && v[a] <= ql) ++a;
    std::size_t b = a;  // past the last verb before it
    while (b > 0 && v[b - 1] >= qf) --b;
    for (;;) {
      std::size_t const da = a < nv ? v[a] - ql : SIZE_MAX, db = b > 0 ? qf - v[b - 1] : SIZE_MAX;
      std::size_t const d = std::min(da, db);
      if (d > max_dist) return std::nullopt;
      if (da == d) {  // (at equal distance the one after)
        if (tp[v[a]].*key && fits(low, v[a])) return v[a];
        ++a;
      } else {
        if (tp[v[b - 1]].*key && fits(low, v[b - 1])) return v[b - 1];
        --b;
      }
    }
  };
  // "if ..." earlier in the clause makes it hypothetical. (read once: applied here and again
  // after the verb phrase's cues below)
  // (the sentence's "if"/"unless" tokens, found once by modality_matches: one 30 tokens back or
  // nearer)
  bool hypothetical = false;
  for (auto const p : si.mods.if_at) hypothetical = hypothetical || (p < qfirst && p + 30 >= qfirst);
  if (hypothetical) c.mod = modality::hypothetical;
  // A rate, share or sum with a direction word of its own ("prices were 5.9% higher", "cases
  // were 90% lower", "the index closed up 0.7%") moved that way, whatever the clause's verb
  // (predicates.tsv priority "direction").
  std::string const* direction = nullptr;
  std::optional<std::size_t> v;
  if (c.q.kind != quantity_kind::duration) {
    bool const count = c.q.kind == quantity_kind::count;
    if (!count && qlast + 1 < t.size() && t[qlast + 1].word)
      if (auto const* d = direction_after.find(t[qlast + 1].lc)) {
        direction = d;
        v = qlast + 1;
      }
    // (also over "by": "journeys were down by more than half")
    std::size_t const w = qfirst >= 2 && is_lit(t[qfirst - 1].lc, "by") ? qfirst - 1 : qfirst;
    // (not the last word of an idiom: "which make up about 30%"); a count moves only where the
    // word follows a comma or a copula ("47 deaths, up 16 from a week ago", "was down 1,400"):
    // after a verb it is the verb's particle ("set up 40 camps", "shut down 12 plants")
    // (the count's test first: the look-up is the cost)
    if (!direction && w > 0 && t[w - 1].word && !(w >= 2 && t[w - 2].idiom) &&
        (!count || (w >= 2 && (is_lit(t[w - 2].lc, ",") || (t[w - 2].word && is_copula(t[w - 2].lc))))))
      if (auto const* d = direction_before.find(t[w - 1].lc)) {
        direction = d;
        v = w - 1;
      }
  }
  // A figure compared with an earlier time ("two more than on Sunday", "35% below last year") is
  // a rise or fall.
  if (!direction) {
    int cmp = comparison_change(t, qlast);
    if (!cmp) cmp = position_change(t, qlast);
    if (cmp) {
      static std::string const rise = "rise", fall = "fall";
      direction = cmp > 0 ? &rise : &fall;
      v = qlast + 1;
    }
  }
  if (direction) c.forced_predicate.clear();  // (not the noun's event: "cases were 90% lower" fell)
  // A sum or share that measures a noun inside a phrase of "at", "against" or "with" ("at a cost
  // of £4.8 million", "against a budget of €9 million", "with an estimated value of €4.6
  // million", "at levels of up to 0.9%") is an amount the clause's verb does nothing to: be.
  else if (c.forced_predicate.empty() && c.q.kind != quantity_kind::count && c.q.kind != quantity_kind::duration &&
           qfirst >= 3 && is_lit(t[qfirst - 1].lc, "of") && chunk_word(t[qfirst - 2]) &&
           !is_upper(si.text[t[qfirst - 2].start])) {
    std::size_t k = qfirst - 2;
    while (k > 0 && qfirst - k < 5 && t[k - 1].word && !amount_prepositions.count(t[k - 1].lc) &&
           !noun_prepositions.count(t[k - 1].lc))
      --k;
    // (not the measure of a verb right before it: "shrank at an annual rate of 0.9%" fell)
    if (k > 0 && amount_prepositions.count(t[k - 1].lc) &&
        !(k >= 2 && t[k - 2].word && (t[k - 2].pred || t[k - 2].low_pred || unlisted_past(t, k - 2))))
      c.forced_predicate = "be";
  }
  // a relative clause without "that" whose object the figure is ("the 26 sessions we held")
  // (listed or not: `unlisted` is the verb a rule chose by its place, keyed by its lemma unless listed)
  // (contact_clause_verb's first test here: only a figure after "the" can be such an object)
  std::size_t const contact =
      direction || qfirst == 0 || t[qfirst - 1].lc != "the" ? SIZE_MAX : contact_clause_verb(c, t, qfirst, qlast);
  std::size_t unlisted = direction ? SIZE_MAX : contact != SIZE_MAX ? contact : opening_unlisted_verb(c, si, qfirst, qlast);
  // A passive infinitive after the figure's noun ("expects up to 150 more detainees to be
  // exchanged") says what the plan does with it.
  // (only in a sentence that holds "be": most hold none)
  if (!direction && unlisted == SIZE_MAX && may_hold_rule(si, be_words.bit()))
    for (std::size_t k = qlast + 1; k + 2 < t.size() && k <= qlast + 6 && t[k].word && !t[k].pred; ++k)
      if (t[k].lc == "to" && t[k + 1].lc == "be" && unlisted_past(t, k + 2)) {
        unlisted = k + 2;
        break;
      }
  // A part "of which"/"of whom"/"of them" as the subject of an infinitive after auxiliaries and
  // an obliging word: "12 of which had to close", "40 of whom were forced to leave" did what the
  // infinitive says.
  if (!direction && unlisted == SIZE_MAX && qlast + 4 < t.size() && is_lit(t[qlast + 1].lc, "of") &&
      (is_lit(t[qlast + 2].lc, "which") || is_lit(t[qlast + 2].lc, "whom") || is_lit(t[qlast + 2].lc, "them")))
    if (auto const iv = infinitive_verb(t, qlast + 3); iv != SIZE_MAX) {
      if (t[iv].pred) v = iv;
      else unlisted = iv;
    }
  // A count with a participle in -ing alone after it ("49 against and three abstaining") did that.
  if (!direction && unlisted == SIZE_MAX && c.q.kind == quantity_kind::count && unlisted_past(t, qlast + 1, "ing") &&
      (qlast + 2 >= t.size() || !t[qlast + 2].word || t[qlast + 2].lc == "and"))
    unlisted = qlast + 1;
  // The verb of an object whose "of"/"by"/"for" phrase is the figure ("will impose tariffs of
  // 25%", "agreed to raise wages by 12%", "would pay for 1,200 more nurses").
  // (its preposition's test first, inline: most figures follow none of the three)
  if (!direction && unlisted == SIZE_MAX && c.q.kind != quantity_kind::duration && may_open_object_phrase(t, qfirst))
    if (std::size_t const k = verb_of_object_phrase(t, qfirst, si.text); k != SIZE_MAX) {
      if (t[k].pred) v = k;
      else unlisted = k;
    }
  // A bare verb right before the figure after a modal or "to" takes it as its object, listed or
  // not ("The storm could destroy up to 150 homes", "the economy would grow 2.1%").
  // (after a modal or an infinitive's "to" a noun's spelling too: "will total €3.2 billion",
  // "agreed to pay $4 million", "voted to fund 200 places")
  if (!direction && unlisted == SIZE_MAX && qfirst >= 2 && !linking_or_listed(t, qfirst - 1) &&
      t[qfirst - 2].word && (t[qfirst - 2].lc == "to" || is_modal(t[qfirst - 2])) &&
      (!(t[qfirst - 1].start >= c.subject_text_span.start && t[qfirst - 1].end <= c.subject_text_span.end) ||
       (t[qfirst - 2].lc == "to" && infinitive_to(t, qfirst - 2))) &&
      (bare_verb(t, qfirst - 1, is_modal(t[qfirst - 2]) || infinitive_to(t, qfirst - 2)) || modal_function_verb(t, qfirst - 1)) &&
      !is_upper(si.text[t[qfirst - 1].start]))
    unlisted = qfirst - 1;
  // A bare verb after a modal with its first object between it and the figure ("would lend
  // farmers up to €50,000 each", "will ask the government for €120 million"): only words
  // that are no verb between.
  if (!direction && unlisted == SIZE_MAX && qfirst >= 3 && !t[qfirst - 1].pred && !t[qfirst - 1].low_pred &&
      (is_modal(t[qfirst - 3]) || (qfirst >= 4 && is_modal(t[qfirst - 4])) || (qfirst >= 5 && is_modal(t[qfirst - 5])) ||
       (qfirst >= 6 && is_modal(t[qfirst - 6])))) {
    std::size_t k = qfirst - 1;
    while (k > 0 && qfirst - k < 5 && t[k].word && !t[k].pred && !t[k].low_pred && !is_modal(t[k - 1])) --k;
    if (k > 0 && k + 1 < qfirst && is_modal(t[k - 1]) && t[k].word && !linking_or_listed(t, k) && bare_verb(t, k, true) &&
        !is_upper(si.text[t[k].start]))
      for (std::size_t m = k + 1, nouns = 0; m < qfirst && unlisted == SIZE_MAX; ++m) {
        if (!t[m].word || t[m].pred || t[m].low_pred || verb_form(t, m)) break;
        nouns += chunk_word(t[m]);
        // (an object between: "will consist of 12 members" has none)
        if (m + 1 == qfirst && nouns > 0) unlisted = k;
      }
  }
  // A present form in -s right after a relative pronoun is the relative clause's verb, and the
  // figure right after it its object ("Ostgrid, which serves about 1.9 million customers", "the
  // union, which represents roughly 60% of the workforce").
  if (!direction && unlisted == SIZE_MAX && qfirst >= 3 && t[qfirst - 1].lc.size() > 4 && t[qfirst - 1].lc.ends_with("s") &&
      relative_pronoun(t[qfirst - 2].lc) && is_lit(t[qfirst - 3].lc, ",") && !linking_or_listed(t, qfirst - 1) &&
      !t[qfirst - 1].lc.ends_with("ss") && bare_verb(t, qfirst - 1, true) &&
      !is_upper(si.text[t[qfirst - 1].start]))
    unlisted = qfirst - 1;
  // A verb no table lists with its particle right before a count or sum ("turned away 200
  // candidates", "carried out 2,870 operations", "has been turning away more than 60 people")
  // takes it as its object (particles: phrase_cues.tsv particle; not "up"/"down", which are
  // directions).
  // (the verb's ending first, then the particle's look-up: most figures have neither)
  if (!direction && unlisted == SIZE_MAX && qfirst >= 2 && (c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::money) &&
      (t[qfirst - 2].lc.ends_with("ed") || t[qfirst - 2].lc.ends_with("ing")) && t[qfirst - 1].word &&
      particles.count(t[qfirst - 1].lc) && (unlisted_past(t, qfirst - 2) || unlisted_past(t, qfirst - 2, "ing")) &&
      !is_upper(si.text[t[qfirst - 2].start]))
    unlisted = qfirst - 2;
  // An unlisted past form right before a count or sum with a noun of its own takes it as its
  // object ("The council closed 14 schools", "The storm toppled 300 trees"), and so does a form
  // in -ing that opens a clause after a comma (", stranding about 4,000 passengers"); not an
  // adjective after a determiner ("an unprecedented 40 ships"), nor where an idiom after the
  // noun names the event ("forced 90,000 people from their homes" displace).
  // (the unlisted form first: most figures have none before them)
  // A progressive does the same after a form of "be" ("The ferry was carrying some 300
  // passengers", "Crews were fighting 17 fires"), also over "for" ("is asking for four of the 14
  // posts"); so does a past form, a progressive or a bare verb after "to" before an article and a
  // figure that modifies a noun ("presented a €84.6 billion budget", "is demanding a 9% rise",
  // "voted to accept a 6% rise").
  if (!direction && unlisted == SIZE_MAX && qfirst >= 3 && t[qfirst - 1].word &&
      ((t[qfirst - 1].lc == "for" && t[qfirst - 3].word && is_be(t[qfirst - 3].lc) && unlisted_past(t, qfirst - 2, "ing")) ||
       ((t[qfirst - 1].lc == "a" || t[qfirst - 1].lc == "an") &&
        (unlisted_past(t, qfirst - 2) || (t[qfirst - 3].word && is_be(t[qfirst - 3].lc) && unlisted_past(t, qfirst - 2, "ing")) ||
         (t[qfirst - 3].lc == "to" && !linking_or_listed(t, qfirst - 2) && bare_verb(t, qfirst - 2))) &&
        c.subject_text_span.start >= t[qlast].end && !is_upper(si.text[t[qfirst - 2].start]))))
    unlisted = qfirst - 2;
  // A participle in -ing after any punctuation is its verb ("left port at 5 a.m. carrying 300
  // passengers"); after a noun it is a reduced relative whose clause has a verb of its own
  // ("buildings containing 520,000 flats collapsed").
  // A progressive takes a count with no noun too ("it was carrying 287 when it sank").
  bool const progressive = qfirst >= 2 && t[qfirst - 2].word && is_be(t[qfirst - 2].lc) && unlisted_past(t, qfirst - 1, "ing");
  if (!direction && unlisted == SIZE_MAX && qfirst >= 2 &&
      (t[qfirst - 2].word ? (unlisted_past(t, qfirst - 1) && !determiners.count(t[qfirst - 2].lc) &&
                             t[qfirst - 2].lc != "a" && t[qfirst - 2].lc != "an") ||
                                progressive
                          : unlisted_past(t, qfirst - 1, "ing")) &&
      (c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::money) &&
      (c.subject_text_span.start >= t[qlast].end || progressive) && !is_upper(si.text[t[qfirst - 1].start])) {
    v = search(false, 12);
    if (!(v && *v > qlast && t[*v].idiom)) unlisted = qfirst - 1;
  }
  // "Has", "had" or "have" right before the figure, not after a modal or "to", is the verb of
  // possession ("the club now has 31,500 members", "his ward had 42 beds", "The islands have 212
  // vessels"; "will have 159 of the seats" states a result: won).
  if (!direction && unlisted == SIZE_MAX && !v && qfirst >= 2 && t[qfirst - 1].word &&
      (t[qfirst - 1].lc == "has" || t[qfirst - 1].lc == "had" || t[qfirst - 1].lc == "have") &&
      !is_modal(t[qfirst - 2]) && t[qfirst - 2].lc != "to")
    unlisted = qfirst - 1;
  if (unlisted != SIZE_MAX) v = unlisted;
  else if (!direction && !v) {
    v = search(false, 12);
    // A figure right after a semicolon, "that" or a conjunction that opens a clause (since, when,
    // because, if, ...) is that clause's: a verb before it does not take it, the nearest after it
    // does ("has suspended its work since seven of its staff were killed" kill, "denied that 40%
    // of the bikes were idle", "housed 640 people; fewer than 90 were still there"), and so does
    // one right after a speech verb that is no predicate ("the union, which represents staff,
    // said 22 of the posts would be saved": save; but "added 4.25 points" add). With the
    // past forms of the verbs news text states figures with listed (acc19p, predicates.tsv
    // "Breadth"), the nearest listed verb is more often another clause's. (Here, once per figure,
    // not in the search: a test there cost 0.8 M instructions per MB.)
    if (v && *v < qfirst) {
      auto const& o = t[qfirst - 1];
      if (o.word ? is_lit(o.lc, "that") || subordinate_openers.count(o) || (said_verbs.count(o.lc) && !o.pred)
                 : is_lit(o.lc, ";")) {
        v.reset();
        for (auto const i : verbs)
          if (i > qlast && i <= qlast + 12 && fits(false, i)) {
            v = i;
            break;
          }
      }
    }
  }
  // A copula or light verb right before the figure is its clause's verb: a verb further back
  // belongs to an earlier clause ("Employers added 209,000 jobs and the jobless rate was 3.6%"),
  // and so does one after it past a comma ("Ticket revenue reached €11.8 million, and
  // sponsorship brought in ...").
  if (v && !direction && (*v < qfirst || *v > qlast)) {
    std::size_t l = qfirst;
    if (l > 1 && t[l - 1].word && figure_adverbs.count(t[l - 1])) --l;  // ("stood at just $3.1 billion")
    if (l > 0 && (t[l - 1].lc == "at" || t[l - 1].lc == "to")) --l;
    if (l > 0 && t[l - 1].word && t[l - 1].low_pred && !t[l - 1].pred &&
        (*v < qfirst ? l - 1 > *v : comma_between(t, qlast, *v)))
      v = l - 1;
  }
  // A figure that opens a coordinated clause is the subject of the verb after its noun, not the
  // object of the first clause's verb: "8 million people were displaced and over 2 million homes
  // were damaged", "dams burst and 30 people died", "... but 40 were later freed".
  if (v && *v < qfirst && !direction && qfirst > 0 && t[qfirst - 1].word &&
      (t[qfirst - 1].lc == "and" || t[qfirst - 1].lc == "but" || t[qfirst - 1].lc == "while" ||
       t[qfirst - 1].lc == "whereas" || t[qfirst - 1].lc == "that")) {
    static word_list const aux_adv = {"have", "has", "had", "been", "be", "was", "were", "is", "are", "will",
                                      "would", "could", "may", "might", "also", "still", "now", "already", "later"};
    auto [ob, oe] = chunk_right(t, qlast + 1, true, c.q.kind == quantity_kind::money);
    if (ob < oe && oe < t.size() && t[oe].lc == "of") {  // "700,000 head of livestock had died"
      auto [b2, e2] = chunk_right(t, oe, true, false);
      if (b2 < e2) oe = e2;
    }
    // ("... and 19 of them are in intensive care": the chunk stops at the pronoun)
    bool const of_them = ob == oe && oe + 1 < t.size() && (t[oe].lc == "them" || t[oe].lc == "those") && t[oe - 1].lc == "of";
    if (of_them) ++oe;
    else oe = past_noun_modifier(t, oe);  // ("that up to 80% of the trout in that stretch could have died")
    std::size_t j = oe;
    while (j < t.size() && j < oe + 4 && t[j].word && !t[j].pred && aux_adv.count(t[j].lc)) ++j;
    if (j < t.size() && j <= qlast + 12 && t[j].word && t[j].pred && !t[j].bound) v = j;
    // a part "of them" with a copula of its own and no verb after it ("and 19 of them are in
    // intensive care"): the clause's verb is the copula, and so the whole's verb (a part); a
    // figure with no such part ("killed 80 people and 30 were children") keeps the first verb
    else if (of_them && j > oe && oe < t.size() && t[oe].word && is_copula(t[oe].lc) && t[oe].low_pred && j < t.size() &&
             !(t[j].word && t[j].low_pred))
      v = oe;
  }
  // A copula right before the figure is its verb when the verb found after it lies beyond a
  // clause break: "Turnout was 64 percent, and 71 percent of members backed action".
  if (v && *v > qlast && !direction && qfirst > 0 && t[qfirst - 1].word && is_copula(t[qfirst - 1].lc) &&
      t[qfirst - 1].low_pred && !t[qfirst - 1].pred)
    for (std::size_t k = qlast + 1; k + 1 < *v; ++k)
      if (t[k].lc == ";" || (t[k].lc == "," && (t[k + 1].lc == "and" || t[k + 1].lc == "but" || t[k + 1].lc == "while"))) {
        v = qfirst - 1;
        break;
      }
  // A fronted object: "..., bringing to 38 the number of people known to have died" is the level
  // of "the number of ...", whose verb says what it counts (died: die, not bring).
  if (!direction && qfirst >= 2 && t[qfirst - 1].lc == "to" && t[qfirst - 2].word && qlast + 3 < t.size() &&
      t[qlast + 1].lc == "the" && t[qlast + 2].lc == "number" && t[qlast + 3].lc == "of")
    for (std::size_t k = qlast + 4; k < t.size() && k <= qlast + 10 && t[k].word; ++k)
      if (t[k].pred && !t[k].bound && !(k > 0 && article_or_determiner(t[k - 1]))) {
        v = k;
        unlisted = SIZE_MAX;
        break;
      }
  // An appositive between the figure and its verb ("1.7 million people, nearly three in four
  // of the residents, have been uprooted"; also the figure inside it): no verb within the
  // window, the clause goes on after the closing comma with auxiliaries/adverbs and a verb.
  if (!v) {
    std::size_t commas = 0, k = qlast + 1;
    bool inner = qfirst >= 1 && t[qfirst - 1].lc == ",";
    for (; k < t.size() && k <= qlast + 24; ++k) {
      if (!t[k].word) {
        if (t[k].lc == "%") continue;  // inside a figure of the appositive ("about 85% of")
        if (t[k].lc != ",") break;
        if (++commas == (inner ? 1u : 2u)) break;
        continue;
      }
      if (t[k].pred || t[k].low_pred) break;
    }
    if (k < t.size() && t[k].lc == "," && commas == (inner ? 1u : 2u)) {
      static word_list const aux_adv = {"have", "has", "had", "been", "be", "was", "were", "is", "are",
                                       "now", "already", "since", "also", "all"};
      std::size_t j = k + 1;
      while (j < t.size() && j <= k + 4 && t[j].word && !t[j].pred &&
             (aux_adv.count(t[j].lc) || (t[j].lc.size() > 4 && t[j].lc.ends_with("ly"))))
        ++j;
      if (j > k + 1 && j < t.size() && t[j].word && t[j].pred) v = j;
      // (a verb no vocabulary lists, after an auxiliary: "4,200 of the 9,000 members, nearly
      // half, had signed the petition")
      // (not past a place between commas, "The remaining 1,150, in the old town, were
      // reconnected": that made set 6's clean article meet the day's other count of it)
      else if (j > k + 1 && unlisted_past(t, j) && !is_upper(si.text[t[j].start]) &&
               std::none_of(t.begin() + static_cast<std::ptrdiff_t>(qlast + 1), t.begin() + static_cast<std::ptrdiff_t>(k),
                            [&](token const& w) { return w.word && w.lc != "of" && noun_prepositions.count(w.lc); }))
        v = unlisted = j;
    }
  }
  // "two in three of those who voted in the poll had backed the deal": a verb right after a
  // relative pronoun following the figure's phrase is the relative clause's; the clause's own
  // verb comes after it, behind an auxiliary
  if (v && *v > qlast + 1 && !direction && (t[*v - 1].lc == "who" || t[*v - 1].lc == "that")) {
    static word_list const aux = {"had", "has", "have", "was", "were", "is", "are", "will", "would"};
    for (std::size_t j = *v + 1; j + 1 < t.size() && j <= *v + 8 && t[j].word; ++j)
      if (aux.count(t[j].lc) && !t[j].pred) {
        std::size_t m = j + 1;
        while (m < t.size() && m <= j + 3 && t[m].word && !t[m].pred && (aux.count(t[m].lc) || t[m].lc == "been" ||
                                                                        t[m].lc == "not" || t[m].lc == "also"))
          ++m;
        if (m < t.size() && t[m].word && t[m].pred && !t[m].bound) v = m;
        // (one no table lists: "1,200 commuters who missed the last train have complained")
        else if (unlisted_past(t, m) && !is_upper(si.text[t[m].start])) v = unlisted = m;
        break;
      }
  }
  // A verb inside a relative clause after the figure is that clause's ("150 of the 176 glaciers
  // it measures had shrunk", "Two of the three operators that ran scooters filed a lawsuit", "23
  // came from people who already hold the licence"): the figure's verb is a past form or light
  // verb between the figure and the clause, else the outer clause's verb after the clause
  // (docs/claims.md "Sixteenth round: predicates").
  // (a clause of the figure's own noun says what the figure is: "the 150 houses that were
  // destroyed could cost", "the 3.5% rise the company offered fell short" keep its verb; only a
  // clause past "of" or past the figure's phrase is another's)
  if (v && *v > qlast + 1 && !direction && *v != contact)
    for (std::size_t k = qlast + 2; k <= *v; ++k) {
      auto const& o = t[k];
      // (not a reduced relative: "703 of the 1,390 reefs surveyed since January had bleached"
      // would read right, but set 18 then lost a matched fraction and set 14 read "60% of
      // buildings needed checks before anyone could move back" as a participle)
      // (the opener's test first, then the word before it, then "of" before it: the cheap tests
      // first, most figures have no clause after them)
      if (!o.word || !(relative_openers.count(o) || subject_pronouns.count(o.lc))) continue;
      auto const& p = t[k - 1];
      bool const after_noun = p.word ? chunk_word(p) && !p.pred && !p.low_pred && open_class(p) && !is_possessive(p.lc) &&
                                           !ly_adverb(p) && !unlisted_aux.count(p) && !is_modal(p)
                                     : is_lit(p.lc, ",") && (is_lit(o.lc, "which") || is_lit(o.lc, "who"));
      if (!after_noun) continue;
      bool of = false;
      for (std::size_t j = qlast + 1; j < k && !of; ++j)
        of = is_lit(t[j].lc, "of") || (t[j].word && t[j - 1].word && (t[j - 1].pred || t[j - 1].low_pred || unlisted_past(t, j - 1)) &&
                                       noun_prepositions.count(t[j].lc));
      if (!of) continue;
      auto const r = relative_clause(si.text, t, k);
      if (r.verb == SIZE_MAX || r.verb > *v || r.end == SIZE_MAX || r.end <= *v || r.participle) continue;
      std::size_t before = SIZE_MAX;
      for (std::size_t j = qlast + 1; j < k && before == SIZE_MAX; ++j)
        if ((unlisted_past(t, j) || (t[j].word && t[j].low_pred && !t[j].pred)) && !is_upper(si.text[t[j].start]) &&
            !article_or_determiner(t[j - 1]) && !(t[j - 1].word && noun_prepositions.count(t[j - 1].lc)) &&
            !chunk_word(t[j + 1]))
          before = j;
      if (before != SIZE_MAX) {
        v = before;
        unlisted = t[before].low_pred ? SIZE_MAX : before;
      } else {
        bool u = false;
        if (auto const m = clause_verb_after(si.text, t, r.end, u); m != SIZE_MAX) {
          v = m;
          unlisted = u ? m : SIZE_MAX;
        }
      }
      break;
    }
  // "301 were in people who had never been vaccinated": a verb of a relative clause after the
  // figure's own copula belongs to that clause; the figure's verb is the copula
  if (v && *v > qlast + 2 && !direction)
    for (std::size_t k = qlast + 1; k + 1 < *v && k <= qlast + 8; ++k)
      if (t[k].word && is_copula(t[k].lc) && !t[k].pred) {
        for (std::size_t j = k + 1; j < *v; ++j)
          if (t[j].lc == "who" || t[j].lc == "which" || t[j].lc == "whom" || t[j].lc == "that") {
            v = k;
            break;
          }
        break;
      }
  if (!v) v = search(true, 6);
  // Nothing near: the verb of the figure's clause further back, with no punctuation between
  // ("was sworn in for a third term as prime minister on Sunday along with 71 ministers").
  // (counts only: a rate's level "to a range of 5.25%" is a level, not the far verb's object)
  if (!v && !direction && c.q.kind == quantity_kind::count)
    for (std::size_t k = qfirst, n = 0; k > 0 && n < 24; --k, ++n) {
      auto const& w = t[k - 1];
      if (!w.word) break;
      if (w.pred && !w.bound && !(k >= 2 && article_or_determiner(t[k - 2]))) {
        v = k - 1;
        break;
      }
    }
  // Still none: the nearest finite verb before the figure in its clause that no vocabulary lists,
  // lemmatized ("The agency aims for 45,000 homes" aim, "Households numbered roughly 3.5 million"
  // number).
  if (!v && !direction && c.q.kind != quantity_kind::duration)
    if (std::size_t const k = finite_verb_before(si.text, t, qfirst);
        k != SIZE_MAX && !(t[k].start >= c.subject_text_span.start && t[k].end <= c.subject_text_span.end))
      v = unlisted = k;  // (not the figure's own noun: "restructure debts in excess of $80 billion")
  if (!v) {
    // A share of a noun with no verb at all states the noun's level ("citing public debt of about
    // 71% of output"): be.
    if (is_share(c.q.kind) && qfirst > 0 && t[qfirst - 1].lc == "of" && c.forced_predicate.empty())
      c.predicate.key = "be";
    // No known verb: modality cues right after the subject still count ("could lose"), within
    // its clause ("..., €600 million in grants, to be spread over" is not one).
    for (std::size_t k = qlast + 1; k < t.size() && k <= qlast + 5; ++k) {
      if (!t[k].word) break;
      // (blocked only matters for a token where cues start: tested after the cheap test)
      if (si.mods.at(k).empty() || blocked[k]) continue;
      if (t[k].lc == "may" && is_upper(si.text[t[k].start])) continue;  // the month ("0.5 points in May")
      for (auto mi : si.mods.at(k))
        if (modality_kinds[mi] != modality::negated && modality_kinds[mi] != modality::asserted &&
            modality_cues[mi].extra.empty())
          c.mod = modality_kinds[mi];
    }
    if (c.mod == modality::asserted)
      if (auto m = clause_cue(si.text, t, blocked, qfirst, 10)) c.mod = *m;
    if (clause_negated(si, qfirst, 8)) c.mod = modality::negated;
    return;
  }
  std::size_t i = *v;
  // "damaged or destroyed 2,000 homes": verbs joined by "or" share their object, and the first
  // names the event, as in the passive "were damaged or destroyed"
  if (!direction && i < qfirst && i >= 2 && t[i - 1].lc == "or" && t[i - 2].word && t[i - 2].pred && !t[i - 2].bound &&
      !t[i - 2].idiom)
    i -= 2;
  // "had been confirmed killed", "were reported missing": the second verb says what happened
  if (!direction && i != contact && i + 1 < t.size() && t[i + 1].word && t[i + 1].pred && !t[i + 1].bound && t[i].pred &&
      (i + 1 < qfirst || i > qlast))
    ++i;
  // A report verb before the figure yields to the event named right after its object: "counted
  // 8,200 people forced from their homes", "reported 96 villagers injured".
  if (i < qfirst && t[i].pred && report_predicates.count(*t[i].pred)) {
    auto [ob, oe] = plain_chunk(si, qlast + 1);
    // the participle itself, or the idiom right after it ("forced from their homes")
    std::size_t j = oe;
    if (j + 1 < t.size() && t[j].word && !t[j].pred && t[j].lc.size() > 4 && t[j].lc.ends_with("ed")) ++j;
    if (ob == qlast + 1 && ob < oe && j < t.size() && t[j].word && t[j].pred && !report_predicates.count(*t[j].pred))
      i = j;
  }
  // (two statements: one conditional expression over the keys and unlisted_key's string made a
  // temporary copy of every key)
  if (!direction && i == unlisted && !t[i].pred) c.predicate.key = unlisted_key(std::string_view(t[i].lc));
  else c.predicate.key = direction ? *direction : t[i].pred ? *t[i].pred : *t[i].low_pred;
  // "Lose" is a fall of a level the subject holds when its figure is a share ("the dinar lost 12%",
  // "lost a fifth of their value"; seats lost fall too, subject_predicates.tsv), and lose when the
  // figure counts what or who is lost ("lost two harvests", "lost €2,000 each in pay", "nine of the
  // 12 towns lost people"; docs/corpus.md): so too a share of a thing counted ("had lost 70% of his
  // crop", "lost two in five of its ducks", phrase_cues.tsv held_level names the levels) and a
  // share that loses ("One in four of the applicants lost livestock").
  if (!direction && is_lit(c.predicate.key, "fall") && starts_lit(t[i].lc, "los")) {
    bool counted = !is_share(c.q.kind) || i > qlast;
    if (!counted && qlast + 2 < t.size() && is_lit(t[qlast + 1].lc, "of")) {
      std::size_t k = qlast + 2;
      while (k < t.size() && t[k].word && (is_lit(t[k].lc, "the") || determiners.count(t[k].lc) || is_possessive(t[k].lc))) ++k;
      while (k + 1 < t.size() && chunk_word(t[k + 1]) && !t[k + 1].pred && !t[k + 1].low_pred) ++k;  // (its head)
      counted = k < t.size() && chunk_word(t[k]) && !held_levels.count(t[k].lc);
    }
    if (counted) c.predicate.key = "lose";
  }
  // An agent that changes the verb ("the cholera outbreak has killed 400": died of it), earlier
  // in the verb's clause (grammars/agent_predicates.tsv).
  if (i < qfirst && !agent_roles.empty() && notable_in(si, agent, i - std::min<std::size_t>(i, 12), i))
    for (std::size_t k = i, n = 0; k-- > 0 && n < 12 && t[k].lc != ";" && t[k].lc != "."; ++n)
      if (auto it = agent_words.count(t[k].lc) ? pair_find(agent_roles, t[k].lc, c.predicate.key)
                                               : agent_roles.end();
          it != agent_roles.end()) {
        c.predicate.key = it->second;
        break;
      }
  auto const& aux = predicate_aux;
  std::size_t b = i;
  while (b > 0 && t[b - 1].word && aux.count(t[b - 1]) && b - 1 > qlast) --b;
  while (b > 0 && t[b - 1].word && aux.count(t[b - 1]) && i < qfirst) --b;
  c.predicate_span = {t[b].start, t[i].end};
  // Modality: cues among the auxiliaries and just before the verb phrase. (A demand or offer
  // states what is asked or given: asserted, "is demanding a 9% rise", "offered each family
  // €15,000"; modality.tsv column 3 "object" cues plan nothing, docs/corpus.md.)
  std::size_t from = b >= 2 ? b - 2 : 0;
  bool const any_cue = si.mods.any_in(from, i + 1);
  // "demanded a ransom of $2 million, to be paid in bitcoin": an infinitive after a comma that
  // follows the figure describes it, and its cue plans nothing of the figure's (the demand is
  // told as a fact), as for a figure with no verb of its own above; the figure's clause has its
  // verb before it ("approved €85 million, worth €3,000 per farm, to be paid from May": the
  // apposed worth is what is to be paid)
  bool apposed = false;
  for (std::size_t k = qlast + 1; any_cue && k < b && k + 1 < t.size() && !apposed; ++k)
    apposed = i > qlast && t[k].lc == "," && t[k + 1].lc == "to";
  if (apposed) {
    bool verb_before = false;
    for (std::size_t k = qfirst; k-- > 0 && t[k].lc != "," && !verb_before;)
      verb_before = t[k].word && (t[k].pred || t[k].low_pred || verb_form(t, k) || act_at(t, k));
    apposed = verb_before;
  }
  for (std::size_t k = any_cue ? from : i + 1; k <= i; ++k) {  // (no cue: no walk)
    if (si.mods.at(k).empty() || blocked[k]) continue;
    for (auto mi : si.mods.at(k)) {
      auto mm = modality_kinds[mi];
      // ("can fine firms up to 4%": a power used up to a maximum is a possibility, modality.tsv
      // column 3 "maximum"; "can hold 60,000 fans" states a capacity)
      bool const maximum = modality_cues[mi].extra == "maximum" && !c.q.lo && c.q.hi;
      if (mm == modality::asserted ||
          !(modality_cues[mi].extra.empty() || modality_cues[mi].extra == "ahead" || maximum))
        continue;
      if (apposed && k > qlast && mm != modality::negated) continue;
      // a wish or offer to act plans the act, not who wishes ("45 countries offered to help")
      if (modality_cues[mi].extra == "ahead" && k > qlast) continue;
      // "not"/"no" only negate inside the verb phrase itself
      if (mm == modality::negated && k < b) continue;
      c.mod = mm;
    }
  }
  // "The first 400,000 packs are due to arrive", "are set to close": a plan cue right after a
  // copula that is the figure's verb (the verb phrase goes on past the copula the search found)
  if (c.mod == modality::asserted && i > qlast && i + 2 < t.size() && is_copula(t[i].lc) && !blocked[i + 1])
    for (auto mi : si.mods.at(i + 1)) {
      // (a verb after the cue, listed, or a bare word before a closed-class word, "due to arrive within":
      // "were due to heavy snow" gave a cause, not a timetable)
      std::size_t const after = i + 1 + modality_cues[mi].words.size();
      if (modality_kinds[mi] == modality::planned && modality_cues[mi].extra.empty() && after < t.size() &&
          match_at(t, i + 1, modality_cues[mi].words) && is_lit(t[after - 1].lc, "to") &&
          (t[after].pred || t[after].low_pred ||
           (bare_verb(t, after) && (after + 1 >= t.size() || !t[after + 1].word || !open_class(t[after + 1])))))
        c.mod = modality::planned;
    }
  // "Of the 14,600 pupils, 1,750 have not been vaccinated": a fronted whole has no verb phrase
  // of its own; the negation after its comma denies the part, not the whole.
  if (c.mod == modality::negated && i > qlast && fronted_whole(t, qfirst, qlast, b)) c.mod = modality::asserted;
  // The clause before the figure: a plan or possibility governing it, or a negation.
  if (c.mod == modality::asserted)
    if (auto m = clause_cue(si.text, t, blocked, qfirst, 10)) c.mod = *m;
  // "will close its factory in Mirlow by the end of next year and cut 1,240 jobs", "could put
  // jobs at risk and cost the sector Rs 40 crore a week": a bare verb joined by "and", with no
  // auxiliary of its own, shares the modal of the verb it is joined to, however far back in
  // the clause (clause_cue stops at a joined past form: "and released $2 million" is done)
  if (c.mod == modality::asserted && b == i && i < qfirst && b >= 2 && t[b - 1].lc == "and" && t[b - 2].word &&
      bare_listed_verb(t[i]))
    if (auto m = clause_cue(si.text, t, blocked, b - 1, 16)) c.mod = *m;
  if ((c.mod == modality::asserted && clause_negated(si, qfirst, 8)) || denied_complement(si, qfirst))
    c.mod = modality::negated;
  if (hypothetical) c.mod = modality::hypothetical;
  // A "would" after a counterfactual condition earlier in the sentence is a possibility, not a
  // plan: "without it the town would be paying 9%", "otherwise the toll would have reached 300"
  // (modality.tsv column 3 "counterfactual").
  if (c.mod == modality::planned)
    for (std::size_t k = qfirst > 16 ? qfirst - 16 : 0; k < b && c.mod == modality::planned; ++k) {
      if (si.mods.at(k).empty() || blocked[k]) continue;
      for (auto mi : si.mods.at(k))
        if (modality_cues[mi].extra == "counterfactual") {
          bool would = false;
          for (std::size_t j = b; j < i && !would; ++j) would = t[j].lc == "would";
          if (would) c.mod = modality_kinds[mi];
        }
    }
}

// The predicate rules that read the whole sentence after every figure has its keys
// (docs/claims.md, "Predicate": events stated as nouns, verb frames, gapped conjuncts, tolls).
// local[i] spans tokens ranges[i]; `earlier` holds the article's claims before the sentence.
void extractor::impl::settle_predicates(std::span<claim> local,
                                        std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                                        sentence_info const& si, claims_view earlier) const {
  token_span const t = si.tokens;
  auto settle = [&](claim& c, std::string const& key, std::size_t at) {
    c.predicate.key = key;
    if (auto const* rows = subject_rows_of(c.subject.key))
      if (auto const* v = row_value(rows->predicates, c.predicate.key)) c.predicate.key = *v;
    if (at < t.size()) c.predicate_span = {t[at].start, t[at].end};
  };
  auto nominal = [&](std::size_t k) -> std::string const* {
    if (k >= t.size() || !t[k].word) return nullptr;
    return event_nominals.find(std::string_view(t[k].lc));
  };
  // (the thread's, refilled per sentence: no vector allocated per sentence)
  thread_local std::vector<char> by_nominal;
  by_nominal.assign(local.size(), 0);
  // "Before the war, 500 trucks entered each day": a time before an event that the sentence
  // opens with is no time of the article's story; it scopes the sentence's figures (the daily
  // count before the war does not meet the daily count of the month the article tells).
  std::string before_scope;
  if (t.size() > 4 && t[0].lc == "before" && (t[1].lc == "the" || is_possessive(t[1].lc))) {
    std::size_t k = 2;
    while (k < t.size() && k < 5 && t[k].word && !calendar_words.count(t[k].lc)) ++k;
    if (k < t.size() && k > 2 && t[k].lc == ",") {
      before_scope = "before";
      for (std::size_t j = 2; j < k; ++j) before_scope += " " + std::string(t[j].lc);
    }
  }
  for (std::size_t i = 0; i < local.size(); ++i) {
    if (!before_scope.empty() && local[i].scope.empty()) local[i].scope = before_scope;
    auto& c = local[i];
    auto const [qf, ql] = ranges[i];
    if (qf >= t.size()) continue;
    // "the evacuation of 1,000 residents", "a study of 300 patients", "the flight of tens of
    // thousands": the noun before "of" names the event (grammars/event_nominals.tsv)
    if (qf >= 2 && t[qf - 1].lc == "of")
      if (auto const* key = nominal(qf - 2); key && c.q.kind != quantity_kind::duration) {
        settle(c, *key, qf - 2);
        by_nominal[i] = 1;
        continue;
      }
    // "a study of 300 patients in 12 hospitals": the places of a figure so named share its event
    if (i > 0 && by_nominal[i - 1] && qf > 0 && c.q.kind == quantity_kind::count &&
        (t[qf - 1].lc == "in" || t[qf - 1].lc == "across" || t[qf - 1].lc == "from")) {
      auto [ob, oe] = chunk_right(t, ranges[i - 1].second + 1, false, false);
      if (oe == qf - 1 || ranges[i - 1].second + 1 == qf - 1) {
        settle(c, local[i - 1].predicate.key, SIZE_MAX);
        c.predicate_span = local[i - 1].predicate_span;
        by_nominal[i] = 1;
        continue;
      }
    }
    // Verb frames (grammars/verb_frames.tsv): "dropped 4,000 leaflets" (a count with its own
    // noun is the object) and "told 300,000 residents to leave" (a directive).
    if (qf > 0 && t[qf - 1].word && c.q.kind == quantity_kind::count)
      if (auto const* frame = verb_frames.find(std::string_view(t[qf - 1].lc))) {
        auto [ob, oe] = chunk_right(t, ql + 1, false, false);
        bool fits = ob == ql + 1 && ob < oe;
        if (fits && frame->second == "directive") {
          // its noun, then a place or time ("in the north", "on Friday"), then "to" and a verb
          std::size_t k = oe, n = 0;
          while (k < t.size() && n < 10 && t[k].word && t[k].lc != "to") ++k, ++n;
          fits = k + 1 < t.size() && t[k].lc == "to" && t[k + 1].word;
        }
        if (fits) {
          settle(c, frame->first, qf - 1);
          continue;
        }
      }
    // A gapped conjunct repeats the verb of the figure before it: "Region A accounted for 900 of
    // the deaths and Region B for 300", "..., the capital for 540 and the west for 660" (the same
    // preposition before both, "and" or a comma between, no verb).
    if (i > 0 && qf >= 3 && t[qf - 1].word && !t[qf - 1].pred && !local[i - 1].predicate.key.empty()) {
      auto const pf = ranges[i - 1].first;
      if (pf > 0 && t[pf - 1].lc == t[qf - 1].lc && (t[qf - 1].lc == "for" || t[qf - 1].lc == "with")) {
        bool conj = false, verb = false;
        for (std::size_t k = ranges[i - 1].second + 1; k + 1 < qf; ++k) {
          conj = conj || t[k].lc == "and" || t[k].lc == ",";
          verb = verb || (t[k].word && (t[k].pred || t[k].low_pred)) || (!t[k].word && t[k].lc != ",");
        }
        if (conj && !verb) {
          c.predicate.key = local[i - 1].predicate.key;
          // and is a part of what the first conjunct is a part of ("of the deaths")
          if (c.relations.empty() && c.subject.key == local[i - 1].subject.key) c.relations = local[i - 1].relations;
          continue;
        }
      }
    }
    // A share set off by a comma after a figure of what it counts restates that figure as a
    // share of the whole ("won 411 of the 650 seats in the House of Commons in Thursday's vote,
    // nearly two-thirds of the total"): with no verb of its own after it, it did what the
    // figure did (not a measure of its own: "812 backed the deal, a turnout of 77%").
    if (i > 0 && qf > 0 && t[qf - 1].lc == "," && is_share(c.q.kind) && !c.subject.key.empty() &&
        (c.predicate.key.empty() || c.predicate.key == "be") && c.predicate_span.start < t[qf].start)
      if (auto const* o = nearest_before(c, local, nullptr, [&](claim const& o) {
            return o.subject.key == c.subject.key && !is_share(o.q.kind) && !o.predicate.key.empty() &&
                   o.predicate.key != "be";
          })) {
        c.predicate.key = o->predicate.key;
        c.predicate_span = o->predicate_span;
        c.mod = o->mod;
        continue;
      }
    // A conversion in brackets is the same money, so the same event: "30,000 dirhams (about
    // $2,900)".
    if (i > 0 && qf > 0 && t[qf - 1].lc == "(" && c.q.kind == quantity_kind::money &&
        local[i - 1].q.kind == quantity_kind::money && ranges[i - 1].second + 2 == qf) {
      c.predicate.key = local[i - 1].predicate.key;
      c.predicate_span = local[i - 1].predicate_span;
      c.mod = local[i - 1].mod;
      continue;
    }
    // A toll names no event of its own: the article's deaths say whether people were killed or
    // died ("11,300 people had died ... the toll could reach 20,000" die), in the sentence
    // before it or else in the article.
    // "Of the 19 dead" after "23 people were killed": the dead are the article's toll too.
    if ((is_lit(c.predicate.key, "kill") || is_lit(c.predicate.key, "die")) &&
        c.subject_text_span.end > c.subject_text_span.start) {
      auto [hf, hl] = token_range(t, c.subject_text_span);
      (void)hf;
      if (hl < t.size() && (is_lit(c.predicate.key, "kill") ? t[hl].lc == "toll" : t[hl].lc == "dead")) {
        auto deaths = [&](claim const& o) {
          return o.subject.key == c.subject.key && o.q.kind == quantity_kind::count &&
                 (is_lit(o.predicate.key, "die") || is_lit(o.predicate.key, "kill"));
        };
        claim const* o = nullptr;
        for (std::size_t j = i; !o && j-- > 0;)
          if (deaths(local[j])) o = &local[j];
        std::size_t n = 0;
        for (auto it = earlier.rbegin(); !o && it != earlier.rend() && n < 32; ++it, ++n)
          if (deaths(*it)) o = &*it;
        if (o) c.predicate.key = o->predicate.key;
        // "the true toll": an estimate of its own (grammars/variant_words.tsv)
        if (hl > 0 && variant_words.count(t[hl - 1].lc) && c.scope.empty()) c.scope = t[hl - 1].lc + " toll";
      }
    }
    // A level of a measure that names its event ("the cap will rise to £3,000" cap, "the margin
    // widened to 2 million" lead; measure_nouns.tsv column 3): the measure noun of its clause.
    if (is_lit(c.predicate.key, "be") && c.forced_predicate.empty() && qf > 0 &&
        (t[qf - 1].lc == "to" || t[qf - 1].lc == "at"))
      for (std::size_t k = qf - 1, n = 0; k-- > 0 && n < 6 && t[k].word; ++n)
        if (auto it = measure_predicates.find(std::string_view(t[k].lc));
            it != measure_predicates.end() && measure_nouns.count(t[k].lc)) {
          if (k > 0 && (determiners.count(t[k - 1].lc) || t[k - 1].lc == "a" || is_possessive(t[k - 1].lc)))
            c.predicate.key = it->second;
          break;
        }
    // Events named by a noun where no verb says what happened (grammars/event_nominals.tsv):
    // - the noun of the clause that states a level: "Shipments, which reached 80 containers a
    //   day" ship, "Deliveries averaged 40 lorries a day" deliver;
    if (c.q.kind == quantity_kind::count && c.forced_predicate.empty() && qf > 0 &&
        (c.predicate.key.empty() || is_lit(c.predicate.key, "be") || (t[qf - 1].low_pred && !t[qf - 1].pred))) {
      std::size_t k = qf;
      while (k > 0 && qf - k < 3 && t[k - 1].word && t[k - 1].low_pred) --k;
      if (k < qf && k > 0 && t[k - 1].lc == "which") --k;
      if (k > 0 && t[k - 1].lc == ",") --k;
      if (k < qf)
        if (auto const* key = nominal(k - 1); key && k >= 1) {
          settle(c, *key, k - 1);
          continue;
        }
    }
    if (c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::duration) continue;
    bool const low_be = is_lit(c.predicate.key, "be") && c.predicate_span.end > c.predicate_span.start && [&] {
      auto [pb, pe] = token_range(t, c.predicate_span);
      return pe < t.size() && t[pe].low_pred && !t[pe].pred;
    }();
    if (!c.predicate.key.empty() && !low_be) continue;
    // - in apposition after a rate or share: "pay rises averaged 4.1%, the largest increase in a
    //   decade" rise;
    {
      auto [ob, oe] = chunk_right(t, ql + 1, false, false);
      std::size_t k = oe;
      if (k + 1 < t.size() && t[k].lc == "," && (t[k + 1].lc == "the" || t[k + 1].lc == "a" || t[k + 1].lc == "an")) {
        k += 2;
        for (std::size_t n = 0; n < 2 && k + 1 < t.size() && t[k].word && !nominal(k); ++n) ++k;
        if (auto const* key = nominal(k)) {
          settle(c, *key, k);
          continue;
        }
      }
    }
    // - a change with no verb after the event's noun in its sentence: "It was the 11th increase
    //   since March, for a cumulative 5.25 percentage points" (rates: raise);
    if (c.q.kind == quantity_kind::percent && !low_be) {
      bool done = false;
      for (std::size_t k = qf, n = 0; k-- > 0 && n < 10 && !done; ++n) {
        if (t[k].pred || t[k].low_pred || t[k].lc == ";") break;
        if (auto const* key = nominal(k); key && !(k + 1 < t.size() && t[k + 1].lc == "of")) {
          settle(c, *key, k);
          done = true;
        }
      }
      if (done) continue;
    }
    // - money with no verb of its own states an amount: "to restructure debts in excess of $80
    //   billion" be.
    if (c.q.kind == quantity_kind::money && c.predicate.key.empty()) c.predicate.key = "be";
  }
  // A figure with no verb of its own inside a plan goes with the plan: "a proposal under which
  // the rebels would free 40 captives, in exchange for about 900 detainees, 100 of them ...,
  // during a six-week truce" (all planned), "to deliver 1.5 million homes over five years".
  // The nearest figure before it (a duration: the nearest duration, "declared a three-month
  // emergency in the 10 provinces and seven days of mourning"), with no verb between them.
  static word_list const stops = {"but", "while", "whereas", "after", "before", "when", "because", "since",
                                  "who", "which", "where", "although", "though"};
  for (std::size_t i = 1; i < local.size(); ++i) {
    auto& c = local[i];
    if (c.mod != modality::asserted) continue;
    // (a duration goes with the nearest duration, else the figure before it; another figure
    // with the nearest figure that is no duration: "a three-month emergency in the 10 provinces")
    std::size_t j = SIZE_MAX;
    bool const dur = c.q.kind == quantity_kind::duration;
    for (std::size_t k = i; j == SIZE_MAX && k-- > 0;)
      if ((local[k].q.kind == quantity_kind::duration) == dur) j = k;
    if (j == SIZE_MAX && dur) j = i - 1;
    if (j == SIZE_MAX) continue;
    auto const& o = local[j];
    if (o.mod != modality::planned && o.mod != modality::hypothetical) continue;
    auto const qf = ranges[i].first;
    if (qf >= t.size() || ranges[j].second >= qf) continue;
    // its own verb after it ("... for 900 prisoners who were arrested") is its own clause
    if (c.predicate_span.end > c.predicate_span.start && c.predicate_span.start >= t[qf].end) {
      auto [pb, pe] = token_range(t, c.predicate_span);
      if (pb < t.size() && !t[pb].idiom) continue;
    }
    bool verb = false;
    for (std::size_t k = ranges[j].second + 1; k < qf && !verb; ++k) {
      if (!t[k].word) {
        verb = t[k].lc != "," && t[k].lc != "(" && t[k].lc != ")";
        continue;
      }
      if (stops.count(t[k].lc)) verb = true;
      if ((t[k].pred && !t[k].idiom && !(k > 0 && t[k - 1].idiom)) || (t[k].low_pred && !t[k].pred)) verb = true;
    }
    if (!verb) c.mod = o.mod;
  }
}

}  // namespace claimcheck::claims
