// Subjects: the noun chunk a figure counts, elided and fronted nouns, roles. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

// Noun chunk to the right of token index i (exclusive). Returns [b, e) token range.
// With the sentence's figures, a figure after "of" and
// its determiners ("411 of the 650 seats", "nearly half of the roughly 240 people") is reported
// in *of_quantity_token.
std::pair<std::size_t, std::size_t> extractor::impl::chunk_right(token_span t, std::size_t i, bool allow_of,
                                                                 bool money, std::size_t* of_quantity_token,
                                                                 claims_view const* figures) const {
  std::size_t k = i;
  bool after_of = false;
  // Money "for" a noun is what the money is only when that noun names money ("$10 million for
  // relief": aid, grammars/subjects.tsv); else it is the money's purpose ("€3.1 billion for
  // railways", "$40 million for reconstruction": no noun of its own, docs/corpus.md)
  auto money_for = [&](std::size_t x) {
    while (x < t.size() && t[x].word && determiners.count(t[x].lc)) ++x;
    return x < t.size() && t[x].word && (subjects.count(t[x].lc) || subjects.count(singular(t[x].lc)));
  };
  if (allow_of && k < t.size() && t[k].word &&
      (t[k].lc == "of" || (money && (t[k].lc == "in" || (t[k].lc == "for" && money_for(k + 1)))))) {
    ++k;
    // determiners and possessives: "half of its hostages", "one in four of Gaza's 2.3 million residents"
    while (k < t.size() && t[k].word &&
           (determiners.count(t[k].lc) || (t[k].lc.size() > 2 && t[k].lc.compare(t[k].lc.size() - 2, 2, "'s") == 0)))
      ++k;
    after_of = true;
    // "22 of those receive", "81% of those backed the walkout": "those" before a verb is a
    // pronoun for the figure before it (rule "of them" below), no determiner of a noun
    if (k > i + 1 && k < t.size() && (is_lit(t[k - 1].lc, "those") || is_lit(t[k - 1].lc, "these")) && t[k].word &&
        (t[k].pred || unlisted_past(t, k)))
      return {k, k};
    bool figure = k < t.size() && t[k].word && t[k].lc[0] >= '0' && t[k].lc[0] <= '9';
    bool listed = false;
    if (figures && k < t.size())
      for (auto const& o : *figures) listed = listed || o.q.span.start == t[k].start;
    // "13 of the 15-member council's members": a compound modifier that is no figure of the
    // sentence is part of the noun phrase, not a whole; so is a year ("92% of its 2019 level")
    auto const year = [](std::string_view w) {
      return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
             (w.starts_with("19") || w.starts_with("20"));
    };
    if (figure && !listed && figures && (t[k].lc.find('-') != std::string::npos || year(t[k].lc)) &&
        k + 1 < t.size() && chunk_word(t[k + 1])) {
      figure = false;
      ++k;
    }
    figure = figure || listed;
    if (of_quantity_token && figure) *of_quantity_token = k;
  }
  // "three more relief flights", "30% more snowfall", "12 further cases": a comparative between the
  // figure and its noun modifies the figure
  // ("1,120 fewer than in 2024", "60% larger than", "78 are larger": with no noun after it the
  // comparative is no noun of the figure's either)
  if (!after_of && k < t.size() && t[k].word && comparatives.count(t[k].lc)) {
    if (!(k + 1 < t.size() && chunk_word(t[k + 1]) && !t[k + 1].pred)) return {k, k};
    ++k;
  }
  std::size_t b = k, e = k;
  while (e < t.size() && e - b < 4 && chunk_word(t[e])) {
    auto const& w = t[e].lc;
    // another figure ends the noun ("from 35 three days earlier")
    if (number_words.count(w)) break;
    // an adjective or preposition after the head ("people alive", "nurses eligible,"), which is
    // no head either ("rose to 57 overnight")
    if (chunk_enders.count(w) || (e > b && (w.ends_with("able") || w.ends_with("ible")) && w.size() > 5 &&
                                  !(e + 1 < t.size() && chunk_word(t[e + 1]))))
      break;
    // nor is an adverb in -ly (ly_nouns.tsv lists the nouns): "600 prisoners early", "€30 million
    // annually" (one before a noun modifies it: "12 newly built homes")
    if (ly_adverb(t[e]) && !(e + 1 < t.size() && chunk_word(t[e + 1]))) break;
    // a word in -s that a determiner follows is a verb ("the 18-month scheme commits the
    // government to")
    // ("countries that had": a relative pronoun is no determiner here)
    // (a rate's "a year" is no object: "45,000 new homes a year")
    if (e > b && w.size() > 3 && w.ends_with("s") && !is_possessive(w) && e + 1 < t.size() && t[e + 1].word &&
        article_or_determiner(t[e + 1]) &&
        t[e + 1].lc != "that" && t[e + 1].lc != "which" && t[e + 1].lc != "this" && t[e + 1].lc != "these" &&
        t[e + 1].lc != "those" &&
        !((t[e + 1].lc == "a" || t[e + 1].lc == "an") && e + 2 < t.size() && unit_word(t[e + 2].lc)))
      break;
    bool ing = w.size() > 4 && w.ends_with("ing");
    bool ed = w.size() > 4 && w.ends_with("ed");
    // a bare word after a plural head that opens an object is a verb ("52% of residents favour
    // the plan", "voters want to")
    // (also a listed verb, and a word before a comparison: "8,000 residents spent Monday night
    // outdoors", "2,000 homes lost power", "600 families own fewer than 40 boats")
    // (a plural without -s too, grammars/plurals.tsv: "1,400 people attend the market")
    // (the table last: few words follow one)
    if (e > b && !w.ends_with("s") && !is_possessive(t[e - 1].lc) &&
        (opens_object(t, e + 1) ||
         (e + 2 < t.size() && t[e + 2].lc == "than" &&
          (t[e + 1].lc == "fewer" || t[e + 1].lc == "more" || t[e + 1].lc == "less")) ||
         (t[e].pred && !w.ends_with("ing"))) &&
        ((t[e - 1].lc.ends_with("s") && !t[e - 1].lc.ends_with("ss")) ||
         irregular_plurals.find(std::string_view(t[e - 1].lc))) &&
        !subjects.count(w))
      break;
    // a known noun in -ing ("funding", "mourning") is not a participle; nor is a participle
    // alone a head ("41 in favour and five abstaining": five of what the list counts)
    // (but a participle after a participle that opens the chunk, before a noun, modifies it:
    // "212 licensed fishing vessels")
    // (and so does an irregular one after "of" or "in": "in lost landing fees")
    bool const modifier_run = e > b &&
                              (t[e - 1].lc.ends_with("ed") || t[e - 1].lc.ends_with("ing") ||
                               (after_of && e - 1 == b && irregular_forms.count(t[e - 1].lc))) &&
                              e + 1 < t.size() && chunk_word(t[e + 1]);
    // (a gerund between the figure's one modifier and a plural noun names a kind of that noun:
    // "41 public swimming pools", "12 new housing blocks"; not after a plural, "300 people
    // fleeing homes", nor as a clause after a noun, "a relief fund offering grants")
    bool const gerund_modifier = ing && e == b + 1 && !t[e - 1].lc.ends_with("s") && !subjects.count(t[e - 1].lc) &&
                                 !irregular_plurals.find(std::string_view(t[e - 1].lc)) && e + 1 < t.size() &&
                                 chunk_word(t[e + 1]) && t[e + 1].lc.size() > 3 && t[e + 1].lc.ends_with("s") &&
                                 !is_possessive(t[e + 1].lc) && !t[e + 1].pred && !t[e + 1].low_pred &&
                                 !(e + 2 < t.size() && t[e + 2].word && article_or_determiner(t[e + 2]));
    if ((e > b || (ing && !(e + 1 < t.size() && chunk_word(t[e + 1])))) && (ing || ed) && !subjects.count(w) &&
        !modifier_run && !gerund_modifier)
      break;
    // nor is a past form no vocabulary lists, with no noun after it ("some 12,000 marched
    // against the reform": the figure's noun is left out)
    if (e == b && ed && !after_of && !(e + 1 < t.size() && chunk_word(t[e + 1]) && !chunk_enders.count(t[e + 1].lc)) &&
        unlisted_past(t, e))
      break;
    if (calendar_words.count(w)) break;
    bool verb = t[e].pred || (e > b && t[e].low_pred);
    if (e > b && verb && (t[e].idiom || !(e + 1 < t.size() && chunk_word(t[e + 1])))) break;
    if (t[e].idiom && !after_of) break;  // "one in five stayed away"
    // a predicate verb right after the number ends the chunk ("133 are held" has none; nor has
    // "1,200 fled overnight": a chunk ender is no noun); after "of the" it is a noun ("33.7% of
    // the vote")
    if (e == b && !after_of && verb &&
        !(e + 1 < t.size() && chunk_word(t[e + 1]) && !chunk_enders.count(t[e + 1].lc)))
      break;
    ++e;
  }
  return {b, e};
}

// The token after a rate's period right at t[i] ("a year", "each month", "per week",
// "annually"), when a preposition follows it; i otherwise. "€1.8 million a year in local taxes",
// "could add £1.9 million a year to its costs": the period times the sum, the noun after it still
// names it.
static std::size_t past_period(extractor::impl const& x, token_span t, std::size_t i) {
  if (i + 1 >= t.size() || !t[i].word) return i;
  std::size_t k = i;
  if (is_lit(t[k].lc, "annually") || is_lit(t[k].lc, "yearly"))
    k += 1;
  else if ((is_lit(t[k].lc, "a") || is_lit(t[k].lc, "an") || is_lit(t[k].lc, "each") || is_lit(t[k].lc, "per") ||
            is_lit(t[k].lc, "every")) &&
           t[k + 1].word &&
           x.subject_periods.count(t[k + 1]))
    k += 2;
  else
    return i;
  return k < t.size() && t[k].word && (is_lit(t[k].lc, "in") || is_lit(t[k].lc, "to") || is_lit(t[k].lc, "for") ||
                                       is_lit(t[k].lc, "on"))
             ? k
             : i;
}

// The money verb (grammars/money_verbs.tsv) that governs a sum at t[qfirst]: the word right before
// it, over an increment ("invest a further €25 million", "a total of") and a recipient of at
// most four lowercase words ("would lend farmers up to €50,000", "fined three betting firms",
// "is costing it £2.3m"); recipient says whether one stood between. The index of the word before
// the sum (or its increment) when no listed verb is found.
static std::size_t money_verb_before(extractor::impl const& x, extractor::impl::sentence_info const& si, std::size_t qfirst,
                                     bool& recipient) {
  token_span const t = si.tokens;
  static word_list const object_pronouns = {"them", "it", "him", "her", "us"};
  recipient = false;
  if (qfirst == 0) return 0;
  std::size_t v = qfirst - 1;
  auto const article = [&](std::size_t i) { return is_lit(t[i].lc, "a") || is_lit(t[i].lc, "an"); };
  if (v >= 2 && x.increment_words.count(t[v]) && article(v - 1))
    v -= 2;
  else if (v >= 1 && is_lit(t[v].lc, "another"))
    v -= 1;
  else if (v >= 3 && is_lit(t[v].lc, "of") && is_lit(t[v - 1].lc, "total") && article(v - 2))
    v -= 3;
  if (x.money_verb_forms.count(t[v].lc)) return v;
  std::size_t r = v;
  for (std::size_t n = 0; r > 0 && n < 4 && t[r].word && !x.money_verb_forms.count(t[r].lc) && !t[r].pred &&
                          !t[r].low_pred && !is_upper(si.text[t[r].start]) &&
                          (object_pronouns.count(t[r].lc) || x.chunk_word(t[r]) || x.article_or_determiner(t[r]) ||
                           is_possessive(t[r].lc));
       ++n)
    --r;
  if (r < v && x.money_verb_forms.count(t[r].lc)) {
    recipient = true;
    return r;
  }
  return v;
}

// (subject_from_words, out of line: for money only) The money a verb names (money_verbs.tsv),
// over a recipient and an increment (money_verb_before); column 3 names a preposition whose noun
// after the sum names it instead, or "recipient": the verb names it only over one. True when it
// set c's subject.
[[gnu::noinline]] static bool money_named_by_verb(extractor::impl const& x, claim& c, extractor::impl::sentence_info const& si,
                                                  std::size_t qlast, std::size_t qfirst, claims_view sentence_claims) {
  token_span const t = si.tokens;
  bool recipient = false;
  std::size_t const v = money_verb_before(x, si, qfirst, recipient);
  if (!x.money_verb_forms.count(t[v].lc)) return false;
  auto const it = x.money_verbs.find(t[v].lc);
  if (it == x.money_verbs.end()) return false;
  auto const col = x.money_verb_columns.find(t[v].lc);
  std::string_view const how = col == x.money_verb_columns.end() ? std::string_view() : std::string_view(col->second);
  if (how == "recipient" && !recipient) return false;
  std::size_t const after = past_period(x, t, qlast + 1);
  if (!how.empty() && how != "recipient" && after + 1 < t.size() && t[after].lc == how) {
    std::size_t n = after + 1;
    while (n < t.size() && t[n].word && (x.article_or_determiner(t[n]) || is_possessive(t[n].lc))) ++n;
    // (over the sum the money goes to, "to the €12 million tutoring fund": then the key only,
    // the words are that sum's)
    std::size_t const at = n;
    for (auto const& o : sentence_claims)
      if (n < t.size() && o.q.span.start == t[n].start)
        while (n < t.size() && t[n].start < o.q.span.end) ++n;
    auto [nb, ne] = x.chunk_right(t, n, false, false);
    // (a word the tables list as a verb too is a noun after a determiner or a possessive: "to the
    // council's costs")
    if (nb == ne && n == nb && n > after + 1 && n < t.size() && x.chunk_word(t[n]) && t[n].pred &&
        !(n + 1 < t.size() && x.chunk_word(t[n + 1])))
      ne = n + 1;
    if (nb == n && nb < ne) {
      auto const span = c.subject_text_span;
      x.subject_from_chunk(c, t, nb, ne, false);
      if (n != at) c.subject_text_span = span;
      return true;
    }
  }
  if (it->second.empty()) return false;
  c.subject.key = it->second;  // (the verb stays the predicate: no subject text)
  return true;
}

// A head that names only the form its thing takes (measure_nouns.tsv "form": "prize money",
// "passenger numbers") yields to the noun before it, which says what is counted or what the
// money is; not to an adjective ("public money") or a possessor. True when it set c's key.
// (subject_from_words, out of line: few figures follow "up"/"down") A change set after a comma
// or "and" with no noun of its own ("stands at 9,310 ..., up 2.6%", "handled 412,600 containers,
// the busiest October on record and up 7.4% from a year earlier") is a change of the figure
// before it: a share's of any level, a count's of a count. Not before "from" and the earlier
// level ("up 3.1% from 8.17 million"): the level rules pair them. True when it set c's subject.
[[gnu::noinline]] static bool change_after_comma(claim& c, token_span t, std::size_t qlast, std::size_t qfirst,
                                                 claims_view sentence_claims) {
  std::size_t u = qfirst - 1;
  if (is_lit(t[u].lc, "by")) --u;
  if (!(u > 0 && (is_lit(t[u].lc, "up") || is_lit(t[u].lc, "down")) &&
        (t[u - 1].lc == "," || is_lit(t[u - 1].lc, "and"))))
    return false;
  if (qlast + 2 < t.size() && is_lit(t[qlast + 1].lc, "from") &&
      std::any_of(sentence_claims.begin(), sentence_claims.end(), [&](claim const& o) {
        return o.q.span.start == t[qlast + 2].start && o.q.kind != quantity_kind::duration;
      }))
    return false;
  auto const* o = extractor::impl::nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
    return o.q.kind != quantity_kind::duration && (is_share(c.q.kind) || o.q.kind == c.q.kind) && !o.subject.key.empty();
  });
  if (!o) return false;
  extractor::impl::take_subject(c, *o);
  return true;
}

// (subject_from_words, for money with no noun right after it) The token after a conversion set
// right after the sum at t[qlast]: in brackets ("1.4 million euros ($1.5 million) in emergency
// funding", "a €90 million (about $97 million) contract"), or between commas through "or",
// "equivalent to", "worth" before "in" ("€150 million, equivalent to about $162 million, in
// emergency support"; ", the ministry said" names no noun of the sum's); SIZE_MAX when none.
static std::size_t past_conversion(token_span t, std::size_t qlast, claim const& c, claims_view figures) {
  std::size_t k = qlast + 1;
  if (k + 3 >= t.size() || t[k].word || (t[k].lc != "(" && t[k].lc != ",")) return SIZE_MAX;
  bool const bracket = t[k].lc == "(";
  ++k;
  while (k < t.size() && k < qlast + 5 && t[k].word &&
         (is_lit(t[k].lc, "or") || is_lit(t[k].lc, "equivalent") || is_lit(t[k].lc, "to") || is_lit(t[k].lc, "worth")))
    ++k;
  if (k >= t.size()) return SIZE_MAX;
  for (auto const& o : figures) {
    if (o.q.span.start != t[k].start) continue;
    if (o.q.kind != quantity_kind::money || o.q.unit == c.q.unit) return SIZE_MAX;
    std::size_t m = k;
    while (m < t.size() && t[m].start < o.q.span.end) ++m;
    if (m + 1 >= t.size() || t[m].lc != (bracket ? ")" : ",")) return SIZE_MAX;
    if (!bracket && !(t[m + 1].word && is_lit(t[m + 1].lc, "in"))) return SIZE_MAX;
    return m + 1;
  }
  return SIZE_MAX;
}

// "half our members" (find_subject)
static word_list const possessive_determiners = {"our", "their", "its", "his", "her", "my", "your"};

// (find_subject, out of line: few figures are followed by "off" or are "half"; true when it set
// c's subject)
[[gnu::noinline]] static bool off_or_half(extractor::impl const& x, claim& c, token_span t, std::size_t qlast) {
  if (!((is_lit(t[qlast + 1].lc, "off") && (c.q.kind == quantity_kind::money || is_share(c.q.kind))) ||
        (is_lit(t[qlast].lc, "half") && possessive_determiners.count(t[qlast + 1].lc))))
    return false;
  std::size_t n = qlast + 1 + (t[qlast + 1].lc == "off");
  while (n < t.size() && t[n].word && (x.article_or_determiner(t[n]) || is_possessive(t[n].lc))) ++n;
  auto [b, e] = x.chunk_right(t, n, false, false);
  if (b != n || b >= e) return false;
  x.subject_from_chunk(c, t, b, e, false);
  return true;
}

static bool yield_to_modifier(extractor::impl const& x, claim& c, std::string_view single, token const& before) {
  if (!x.form_nouns.count(single) || !x.noun_modifier(before)) return false;
  std::string buf;
  std::string_view word;
  auto const* row = x.subject_row({}, before.lc, c.q.kind, word, buf);
  c.subject.key = row ? std::string_view(row->key) : word;
  return true;
}

// The claim's subject from the noun chunk t[b, e): its head, with the word before it for
// two-word phrases, through the synonym table. With take_predicate, a phrase that fixes the
// predicate ("death toll") sets it too.
void extractor::impl::subject_from_chunk(claim& c, token_span t, std::size_t b, std::size_t e,
                                         bool take_predicate) const {
  std::string buf;
  std::string_view single;
  auto const* row = subject_row(e - b >= 2 ? strip_possessive_view(t[e - 2].lc) : std::string_view(),
                                strip_possessive_view(t[e - 1].lc), c.q.kind, single, buf, &t[e - 1].lc);
  c.subject.key = row ? std::string_view(row->key) : single;
  // "$50,000 in prize money", "ransom money": a noun that names only the money's form yields to
  // the noun before it, which says what the money is (docs/corpus.md); not to an adjective
  // ("public money", "extra cash") or a possessor ("taxpayers' money").
  if (!row && e - b >= 2) yield_to_modifier(*this, c, single, t[e - 2]);
  c.subject_text_span = {t[b].start, t[e - 1].end};
  if (take_predicate && row && !row->predicate.empty() && !own_event_after(t, e) && !object_of_verb(c, t, b))
    c.forced_predicate = row->predicate;
}

// The noun chunk that opens a heading ending at the colon t[colon]: the sentence's first words
// (at most six), with no figure or verb among them, from its first noun to the first function
// word, then only function words, dates and chunk enders ("Costs so far" costs, "The final
// bill" final bill, "Damage this year" damage); an empty range otherwise, and for a
// measure ("The breakdown by site", "Total") whose figure counts what another names.
std::pair<std::size_t, std::size_t> extractor::impl::heading_chunk(token_span t, std::size_t colon,
                                                                   claims_view sentence_claims) const {
  if (colon > 6 || (!sentence_claims.empty() && sentence_claims.front().q.span.start < t[colon].start)) return {0, 0};
  // (the noun may have a verb's spelling: "Costs so far", "Sales"; any other verb makes the
  // words a clause: "Girls again did better than boys: 74.8% of ...")
  for (std::size_t k = 0; k < colon; ++k)
    if (!t[k].word || t[k].low_pred || said_verbs.count(std::string_view(t[k].lc))) return {0, 0};
  std::size_t b = 0;
  while (b < colon && article_or_determiner(t[b])) ++b;
  std::size_t e = b;
  while (e < colon && chunk_word(t[e])) ++e;
  for (std::size_t k = e; k < colon; ++k)
    if (!function_words.count(t[k].lc) && !calendar_words.count(t[k].lc) && !chunk_enders.count(t[k].lc)) return {0, 0};
  if (b >= e || e - b > 3 || measure_nouns.count(t[e - 1].lc) || level_nouns.count(t[e - 1].lc)) return {0, 0};
  return {b, e};
}

// The subject of a span verb right before the duration at t[qf] (or before "for" and it):
// the noun chunk that ends the verb's subject, before an "of" phrase ("the closure of the line
// would last"), over a relative clause set off by commas ("The blackout, which began ...,
// lasted", "The strike by the port's workers ended"); a gerund that opens it is its head
// ("Processing a claim now takes"). An empty range when there is none (grammars/span_verbs.tsv).
std::pair<std::size_t, std::size_t> extractor::impl::lasting_subject(token_span t, std::size_t qf, std::size_t ql) const {
  static word_list const aux = {"would", "will", "could", "may", "might", "should", "must", "can", "has", "have",
                                "had", "is", "was", "were", "are", "be", "been", "now", "only", "already",
                                "still", "also", "usually", "typically", "normally", "often", "finally"};
  std::size_t v = qf;
  // ("ended after seven weeks": an end verb's duration follows "after", grammars/span_verbs.tsv)
  bool const after = v > 0 && t[v - 1].lc == "after";
  // ("Voting ended after four weeks of polling": a noun after "of" names what lasted)
  if (after && ql + 1 < t.size() && is_lit(t[ql + 1].lc, "of")) return {0, 0};
  if (v > 0 && (t[v - 1].lc == "for" || after)) --v;
  // (over the day the verb tells of: "ended on Friday after seven weeks", "broke on Sunday night
  // after four days")
  for (std::size_t on = v; on > 0 && v - on < 4;)
    if (t[--on].lc == "on") {
      bool const day = on + 1 < v && std::all_of(t.begin() + static_cast<std::ptrdiff_t>(on + 1),
                                                 t.begin() + static_cast<std::ptrdiff_t>(v), [&](token const& w) {
                                                   return calendar_words.count(w.lc) || day_parts.count(w.lc) ||
                                                          (w.lc[0] >= '0' && w.lc[0] <= '9');
                                                 });
      if (day) v = on;
      break;
    }
  if (v < 2 || !(after ? end_verbs : span_verbs).count(t[v - 1].lc)) return {0, 0};
  std::size_t k = v - 1;
  while (k > 0 && t[k - 1].word && aux.count(t[k - 1].lc)) --k;
  if (k > 0 && t[k - 1].lc == ",") {  // ", which began on ..., lasted"
    std::size_t p = k - 1;
    while (p > 1 && k - p < 32 && !(t[p - 1].lc == "," && relative_pronoun(t[p].lc))) --p;
    if (!(p > 1 && t[p - 1].lc == ",")) return {0, 0};
    k = p - 1;
  } else {
    // "The heatwave that began on July 9 finally broke": over a relative clause with no commas
    // after a noun that a determiner opens (a noun: "officials said that the strike ended")
    for (std::size_t p = k, n = 0; p > 2 && n < 16 && t[p - 1].word; --p, ++n)
      if (relative_pronoun(t[p - 1].lc)) {
        auto const& noun = t[p - 2];
        if (chunk_word(noun) && !noun.pred && !noun.low_pred && !said_verbs.count(std::string_view(noun.lc)) &&
            (article_or_determiner(t[p - 3]) || (p > 3 && article_or_determiner(t[p - 4]) && chunk_word(t[p - 3]))))
          k = p - 1;
        break;
      }
  }
  std::size_t b = k;
  // (an infinitive's "to" ends the walk: "is forecast to continue for five days" names its
  // subject further back)
  while (b > 0 && k - b < 8 && t[b - 1].word && !t[b - 1].low_pred && !relative_pronoun(t[b - 1].lc) &&
         t[b - 1].lc != "to" &&
         !said_verbs.count(std::string_view(t[b - 1].lc)) &&
         (!t[b - 1].pred || (b >= 2 && (article_or_determiner(t[b - 2]) || t[b - 2].lc == "of"))))
    --b;
  while (b < k && (article_or_determiner(t[b]) || is_possessive(t[b].lc))) ++b;
  // (to the first function word: "of", "by", "in"; "a" after a gerund)
  std::size_t e = b;
  while (e < k && chunk_word(t[e])) ++e;
  if (b >= e || e - b > 3) return {0, 0};
  return {b, e};
}

// The verb before t[f] ("for") in its clause, over its object and adjuncts ("closed its border
// crossings on Thursday for 10 days"), when it starts a state of grammars/state_nouns.tsv and
// no verb of staying comes before it ("schools will stay shut for 11 days" are what lasts);
// SIZE_MAX otherwise.
std::size_t extractor::impl::state_verb(token_span t, std::size_t f) const {
  static word_list const staying = {"stay", "stays", "stayed", "remain", "remains", "remained", "keep", "keeps", "kept"};
  std::string buf, prev_buf;
  for (std::size_t k = f, n = 0; k-- > 0 && n < 8; ++n) {
    if (!t[k].word) return SIZE_MAX;
    auto const key = verb_key(t, k, buf);
    if (key.empty()) continue;
    // ("halted work for a week": a noun with a verb's spelling is the state verb's object)
    if (!state_nouns.find(key) && k > 0 && t[k - 1].word && state_nouns.find(verb_key(t, k - 1, prev_buf)))
      --k;
    else if (!state_nouns.find(key))
      return SIZE_MAX;
    return k > 0 && staying.count(t[k - 1].lc) ? SIZE_MAX : k;
  }
  return SIZE_MAX;
}

// The figure before t[b] is the object of a verb right before it ("Troops evacuated 3,000
// residents": evacuate, not the noun's live); not a report verb ("counted 3,000 residents").
bool extractor::impl::object_of_verb(claim const& c, token_span t, std::size_t b) const {
  std::size_t f = b;
  while (f > 0 && t[f - 1].start >= c.q.span.start) --f;
  // a later conjunct of the verb's object ("The fire killed nine firefighters and two
  // residents": kill, not the residents' live): the verb before the first conjunct
  if (f > 2 && t[f - 1].word && t[f - 1].lc == "and") {
    std::size_t m = f - 1;
    while (m > 0 && f - 1 - m < 4 && chunk_word(t[m - 1]) && !number_words.count(t[m - 1].lc) && !t[m - 1].pred &&
           !t[m - 1].low_pred)
      --m;
    if (m + 1 < f && m > 1 && (number_words.count(t[m - 1].lc) || (t[m - 1].lc[0] >= '0' && t[m - 1].lc[0] <= '9')))
      f = m - 1;
  }
  return f > 0 && f < b && t[f - 1].word && t[f - 1].pred && !t[f - 1].bound && !t[f - 1].idiom &&
         !report_predicates.count(*t[f - 1].pred);
}

// The key of a verb form found by its place, not listed: its lemma (verb_lemma), mapped through
// the key of a listed form of it ("could destroy" -> "destroyed" destroy, "would free" ->
// "freed" release).
std::string extractor::impl::unlisted_key(std::string_view w) const {
  if (w == "has" || w == "had" || w == "have") return "have";
  if (irregular_forms.count(w)) return verb_lemma_exceptions.at(std::string(w));
  if (w.ends_with("ed") || w.ends_with("ing")) {
    // (a form the spelling rule gets wrong, grammars/verb_lemmas.tsv: "created", "creating")
    std::string past(w.ends_with("ing") ? w.substr(0, w.size() - 3) : w);
    if (w.ends_with("ing")) past += "ed";
    if (auto it = verb_lemma_exceptions.find(past); it != verb_lemma_exceptions.end()) return it->second;
    return verb_lemma(w);
  }
  std::string base = present_base(w);
  for (char const* suffix : {"ed", "d", "s"})
    if (auto it = predicates.find(base + suffix); it != predicates.end()) return it->second;
  return base;
}

// The verb of an object whose "of", "by" or "for" phrase is the figure, after a modal, "to" or a
// negated modal (docs/claims.md, "Seventh round: predicates, dates, relations"): "will impose tariffs of 25%", "agreed to
// raise wages by 12%", "will not raise the tax by one point", "expects prices to climb by just
// 2%", "would pay for about 1,200 more nurses"; its index, else SIZE_MAX. Between the verb and
// the preposition at most four words of a noun phrase with no verb ("of" needs one, "for" none).
std::size_t extractor::impl::verb_of_object_phrase(token_span t, std::size_t qfirst,
                                                   std::string_view text) const {
  std::size_t p = qfirst;
  if (p > 0 && t[p - 1].word && figure_adverbs.count(t[p - 1])) --p;  // ("by just 2%")
  if (p < 3 || !t[p - 1].word) return SIZE_MAX;
  auto const& prep = t[p - 1].lc;
  bool const of = prep == "of", for_ = prep == "for";
  if (!of && !for_ && prep != "by") return SIZE_MAX;
  bool object_start = false;  // an article, determiner or possessive between the verb and "of"
  for (std::size_t k = p - 2, n = 0; k >= 1 && n <= 5 && t[k].word; --k, ++n) {
    std::size_t g = k - 1;  // what governs the verb: "to", a modal, or "not" after one
    if (g > 0 && t[g].lc == "not") --g;
    bool const modal = is_modal(t[g]);
    if ((modal || t[g].lc == "to") && (n > 0 || !of) && n <= 4 && (n == 0 || !for_) && !is_upper(text[t[k].start]) &&
        (t[k].pred || bare_verb(t, k, modal) || modal_function_verb(t, k)))
      return k;
    // a finite verb no table lists, whose object's "of" phrase is the figure ("made a surplus of
    // €3.4 million", "is offering refunds of $36.99", "a fund offering grants of up to €20,000", "a
    // scheme that offers homeowners a weekly payment of €125"): a past form before the object's
    // determiner, not after an article or a possessive ("a revised budget of"); a form in -ing
    // after "be" or a noun; a present in -s after a relative pronoun
    if (of && n > 0 && !modal && t[g].lc != "to" && !is_upper(text[t[k].start]) && t[k - 1].word &&
        !is_possessive(t[k].lc)) {
      bool const after_det = article_or_determiner(t[k - 1]) || is_possessive(t[k - 1].lc);
      // (a noun before the form in -ing is its subject, unless a modal or "to" makes it a verb: "would
      // offer retraining grants of up to €8,000" offer)
      bool const ing = !after_det && unlisted_past(t, k, "ing") &&
                       (is_be(t[k - 1].lc) || (chunk_word(t[k - 1]) && !t[k - 1].pred && !t[k - 1].low_pred &&
                                               !(k >= 2 && (is_modal(t[k - 2]) || t[k - 2].lc == "to"))));
      bool const past = !after_det && object_start && unlisted_past(t, k);
      bool const present = object_start && relative_pronoun(t[k - 1].lc) && t[k].lc.size() > 4 &&
                           t[k].lc.ends_with("s") && !t[k].lc.ends_with("ss") && !t[k].pred && !t[k].low_pred &&
                           bare_verb(t, k, true);
      if (ing || past || present) return k;
    }
    object_start = object_start || article_or_determiner(t[k]) || is_possessive(t[k].lc);
    if (t[k].pred || t[k].low_pred || t[k].lc == "to" ||
        !(article_or_determiner(t[k]) || is_possessive(t[k].lc) || open_class(t[k])))
      return SIZE_MAX;
  }
  return SIZE_MAX;
}

// How many figures from local[first] on form a list closed by "and", each after a comma or the
// "and" (after the first gap's last comma only: the first figure's own words may hold an "and",
// "14,380 were home and contents claims, 4,870 motor claims and 2,410 business claims"), of
// the first's kind and unit, with no verb after the first gap (the others are gapped: "231,900
// were imports and 180,700 exports"); 0 when there is no such list of two or more.
std::size_t extractor::impl::gapped_list(token_span t, std::span<claim const> local,
                                         std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                                         std::size_t first) {
  // (a verb after the comma starts a clause of its own: "23 came from Vel Tarn, where a hillside
  // gave way and swept away a dozen houses" is no list)
  auto const verb = [&](std::size_t m) { return t[m].word && (t[m].pred || t[m].lc == "said"); };
  for (std::size_t q = first + 1; q < local.size(); ++q) {
    if (local[q].q.kind != local[first].q.kind || local[q].q.unit != local[first].q.unit) return 0;
    std::size_t const b = ranges[q - 1].second + 1, e = ranges[q].first;
    std::size_t tail = b;
    bool comma = false, conj = false;
    for (std::size_t m = b; m < e; ++m) {
      if (t[m].lc == ",") comma = true, tail = m + 1;
      if (q > first + 1 && verb(m)) return 0;
    }
    for (std::size_t m = tail; m < e; ++m)
      if (comma && verb(m)) return 0;
    // (the "and" right before the figure, or a word or two before it: "and Italy's €620
    // million", "and zinc for A$330 million"; the previous figure's words before it)
    for (std::size_t m = std::max(tail, e > 3 ? e - 3 : std::size_t{0}); m < e; ++m) conj = conj || t[m].lc == "and";
    if (e - b > 10) return 0;
    if (conj) return q - first + 1;
    if (!comma) return 0;
  }
  return 0;
}

// "About 3.9 million out of 5.5 million registered voters, or 71%, voted": a part right before
// "out of" has no noun of its own (it counts what its whole counts), and a verb inside its
// whole's noun phrase ("registered") is the whole's: the part's is the clause's verb after it.
void extractor::impl::part_before_out_of(token_span t, claim& part, claim const& whole,
                                         std::pair<std::size_t, std::size_t> pr,
                                         std::pair<std::size_t, std::size_t> wr) {
  if (pr.second + 1 >= t.size() || t[pr.second + 1].lc != "out" || whole.subject.key.empty()) return;
  take_subject(part, whole);
  auto const& ps = part.predicate_span;
  auto const noun_end = whole.subject_text_span.end;
  if (!part.forced_predicate.empty() || !(ps.end > ps.start) || ps.start < t[wr.first].start || ps.end > noun_end) return;
  std::size_t k = wr.second + 1;
  while (k < t.size() && t[k].start < noun_end) ++k;
  for (; k < t.size() && t[k].lc != ";"; ++k)
    if (t[k].pred && !t[k].bound) {
      part.predicate.key = *t[k].pred;
      part.predicate_span = {t[k].start, t[k].end};
      return;
    }
}

// comparison_change's figure with a comparative after it (`dir`): compared with an earlier moment?
int extractor::impl::than_earlier(token_span t, std::size_t qlast, int dir) {
  // (the figure's noun between: at most two words that are no verb)
  std::size_t th = qlast + 2;
  while (th < t.size() && th < qlast + 4 && t[th].word && t[th].lc != "than" && !t[th].pred && !t[th].low_pred) ++th;
  if (th + 1 >= t.size() || t[th].lc != "than") return 0;
  auto const& a = t[th + 1].lc;
  if (a == "on" || a == "in" || a == "at" || a == "during" || a == "last" || a == "yesterday" ||
      earlier_clause_openers.count(t[th + 1]))
    return dir;
  // ("eight more than this year": the current period, compared with another)
  if ((a == "a" || a == "the" || a == "this") && th + 2 < t.size()) {
    auto const& b = t[th + 2].lc;
    if (b == "day" || b == "week" || b == "month" || b == "year" || b == "previous" || b == "same" || b == "season") return dir;
  }
  return 0;
}

// The whole a partitive part after figure `w` refers to: `w`, or the figure before it when `w`
// only times it or is its earlier level ("€2.1bn over the next 12 months, of which €800m",
// "has risen to 131, from 97 two weeks ago, and 19 of them": the 131, not the weeks or the 97).
// Whether figure k is set against the figure of its kind before it (set_against.tsv): the other
// level a comparison names ("11,240 appeals last year, against 9,870 in 2024", "from 968,000")
// or a change trailing its level after a comma ("812,000 donors, down 156,000"). What the clause
// states is the figure before it, which a partitive pronoun after them refers to.
bool extractor::impl::set_against(token_span t, std::span<claim const> local,
                                  std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t k) const {
  std::size_t const f = ranges[k].first;
  if (k == 0 || f == 0 || !t[f - 1].word || local[k - 1].q.kind != local[k].q.kind) return false;
  if (set_against_bases.count(t[f - 1].lc)) return true;
  return f > 1 && t[f - 2].lc == "," && set_against_changes.count(t[f - 1].lc);
}

std::size_t extractor::impl::partitive_whole(token_span t, std::span<claim const> local,
                                             std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                                             std::size_t w, std::size_t part) const {
  auto const kind = local[part].q.kind;
  auto earlier_level = [&](std::size_t k) { return set_against(t, local, ranges, k); };
  std::size_t k = w;
  while (k > 0 && ((local[k].q.kind == quantity_kind::duration && kind != quantity_kind::duration) || earlier_level(k)))
    --k;
  if (!(local[k].q.kind == kind || is_share(kind))) return w;
  // (nor a smaller figure of its kind when a larger one stands before it: "treated 3,000 patients
  // in 14 wards, 120 of them children" are 120 of the patients; a part above its only candidate
  // stays its part, for the reconciler to judge)
  if (!is_share(kind) && local[k].q.value < local[part].q.value)
    for (std::size_t m = k; m-- > 0;)
      if (local[m].q.kind == kind && local[m].q.unit == local[part].q.unit && !earlier_level(m) &&
          !(local[m].q.value < local[part].q.value))
        return m;
  return k;
}

// "Nine needed hospital treatment", ", 12 needed a transfusion": a figure that opens its clause
// (no determiner before it) with a past form right after it, then an object with no verb after
// it in its clause: the past form is the clause's verb, so the figure has no noun of its own
// (the elided-noun rules find what it counts). The object opens with a determiner, or its noun
// phrase ends in a singular: a participle before a plural is an adjective ("17,000 suspected
// cases", "40 wounded soldiers lay in the square"), unless verb_frames.tsv lists it as a verb
// that takes an object there ("12 suffered burns", frame experiencer); and so is one with a verb
// after its noun ("12 abandoned trucks blocked the road").
bool extractor::impl::verb_opens_chunk(token_span t, std::size_t qfirst,
                                       std::pair<std::size_t, std::size_t> chunk) const {
  auto [b, e] = chunk;
  if (e >= t.size()) return false;
  bool const experiencer = experiencer_verbs.count(t[b].lc) != 0;  // ("suffered burns": a plural too)
  if (!experiencer && (t[b].lc.size() < 5 || !t[b].lc.ends_with("ed"))) return false;
  if (e == b + 1 && t[e].word && (opens_object(t, e) || is_possessive(t[e].lc)) && t[e].lc != "to" && t[e].lc != "that") {
    auto const [ob, oe] = chunk_right(t, e + 1, false, false);
    if (ob == oe) return false;
    e = oe;
  } else if (e < b + 2 || (!experiencer && singular(t[e - 1].lc) != t[e - 1].lc)) {
    return false;
  }
  bool const verb = t[b].pred ? !report_predicates.count(*t[b].pred) : experiencer || unlisted_past(t, b);
  if (!verb || (qfirst > 0 && t[qfirst - 1].word && (t[qfirst - 1].lc == "the" || is_possessive(t[qfirst - 1].lc))) ||
      !opens_clause(t, qfirst))
    return false;
  if (e < t.size() && t[e].word && !function_words.count(t[e].lc) && !unlisted_clause_ends.count(t[e])) return false;
  for (std::size_t k = e; k < t.size() && k < e + 12 && t[k].word && !unlisted_clause_ends.count(t[k]); ++k)
    if (t[k].pred || t[k].low_pred || unlisted_finite.count(t[k]) || unlisted_past(t, k)) return false;
  return true;
}

// "Of the 1,240 schools, 430 lack a kitchen", "four quit this year", "found that 287 treat
// livestock": a count above one that opens its clause with a plain verb right after it (a bare
// singular no table lists as a noun, before an article, a determiner, a possessive or "to"; or a
// listed verb's base form) has no noun of its own: a noun after a count above
// one is plural. The elided-noun and partitive rules name what it counts.
bool extractor::impl::plain_verb_opens_chunk(claim const& c, sentence_info const& si, std::size_t qfirst,
                                             std::pair<std::size_t, std::size_t> chunk) const {
  token_span const t = si.tokens;
  auto const [b, e] = chunk;
  if (c.q.kind != quantity_kind::count || !(c.q.value > 1) || b + 1 >= t.size() || !t[b].word) return false;
  auto const& w = t[b].lc;
  // (the cheap tests first: a plural, a participle or a past form is no plain verb here)
  if (w.size() < 3 || w.ends_with("s") || w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly")) return false;
  if (t[b].low_pred || t[b].idiom || !open_class(t[b]) || subjects.count(w) || irregular_plurals.find(std::string_view(w)) ||
      irregular_forms.count(w) || is_upper(si.text[t[b].start]))
    return false;
  auto const& n = t[b + 1];
  bool const listed = t[b].pred && e > b && !report_predicates.count(*t[b].pred);
  bool const cue = n.word && (article_or_determiner(n) || is_possessive(n.lc) || is_lit(n.lc, "to"));
  if (!listed && !cue) return false;
  if (qfirst > 0 && t[qfirst - 1].word && (t[qfirst - 1].lc == "the" || is_possessive(t[qfirst - 1].lc))) return false;
  return opens_clause(t, qfirst);
}

// Claim c's subject (docs/claims.md, Subject): the rules that read beyond the figure's own
// words first, then the noun chunks around it (subject_from_words), then a measure noun
// ("the rate", "a margin of") hands the subject on to the figure it measures.
void extractor::impl::find_subject(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst,
                                   claims_view sentence_claims, std::size_t* of_quantity_token,
                                   claims_view const* earlier) const {
  token_span const t = si.tokens;
  // "wiping €400 million off its market value", "shave 0.3 percentage points off growth": a sum
  // or share taken "off" a noun is that noun's; "half our members", "half their herds": the noun
  // after the possessive is what the half counts ("half the ducks" is left: it would link as a
  // fraction of any count of ducks before it, which the sets do not annotate)
  // (the first letters first: most figures are followed by neither)
  char const next0 = qlast + 2 < t.size() && t[qlast + 1].word ? t[qlast + 1].lc[0] : '\0';
  if ((next0 == 'o' || (t[qlast].lc[0] == 'h' && next0 != '\0')) && off_or_half(*this, c, t, qlast)) return;
  figure_chunks ch;
  ch.plain = plain_chunk(si, qlast + 1);
  if (ch.plain.first < ch.plain.second &&
      (verb_opens_chunk(si.tokens, qfirst, ch.plain) ||
       (ch.plain.first == qlast + 1 && plain_verb_opens_chunk(c, si, qfirst, ch.plain)))) {
    ch.plain.second = ch.plain.first;  // (the other rules read the same: no noun of its own)
    si.plain_chunk_memo = ch.plain;
  }
  // (through "of" only when "of" follows: otherwise chunk_right reads the same as without it)
  bool const of_next = qlast + 1 < si.tokens.size() && si.tokens[qlast + 1].word && si.tokens[qlast + 1].lc == "of";
  ch.of = of_next ? chunk_right(si.tokens, qlast + 1, true, false, &ch.of_token, &sentence_claims) : ch.plain;
  // "The board put the cost of overtime at €6.2 million", "put its losses so far at about $4
  // million", "insured losses now put at A$512 million": a figure with no noun of its own after
  // "at" that a valuation verb (verb_frames.tsv) sets on a noun is that noun's: the head of the
  // verb's object (before its "of" phrase), or of the noun before a passive's verb.
  // (tested here, before subject_from_words' rules, out of line: few figures follow "at")
  if (!subject_before_words(c, si, qlast, qfirst, sentence_claims, earlier, ch) &&
      !(qfirst >= 3 && ch.plain.first == ch.plain.second && si.tokens[qfirst - 1].lc == "at" &&
        valued_noun(c, si, qfirst - 1)))
    subject_from_words(c, si, qlast, qfirst, sentence_claims, of_quantity_token, earlier, ch);
  subject_after_words(c, si, qlast, qfirst, sentence_claims, earlier);
}

bool extractor::impl::subject_before_words(claim& c, sentence_info const& si, std::size_t qlast,
                                           std::size_t qfirst, claims_view sentence_claims,
                                           claims_view const* earlier, figure_chunks const& ch) const {
  token_span const t = si.tokens;
  auto [rb, re] = ch.plain;
  bool const bare = rb == re;  // no noun of its own right after the figure
  bool const share = (c.q.kind == quantity_kind::percent && c.q.unit.empty()) || c.q.kind == quantity_kind::fraction ||
                     c.q.kind == quantity_kind::ratio;
  // Apposition: a share set after a comma beside a count or sum ("263 women were elected, 40%
  // of the Commons", "Nearly 220 million people, just below two-thirds of a population of
  // ...", "$34.2 billion in damage, equivalent to 4% of output", "won 411 of the 650 seats,
  // nearly two-thirds of the total") is that figure's share: it counts what that figure counts.
  // (a share of a figure, "more than half of the 543", is that figure's part: rule below)
  std::size_t of_figure = ch.of_token;
  // (a year is no figure: "4% of the country's 2021 economic output")
  if (of_figure != SIZE_MAX && std::none_of(sentence_claims.begin(), sentence_claims.end(), [&](claim const& o) {
        return o.q.span.start == t[of_figure].start;
      }))
    of_figure = SIZE_MAX;
  if (share && of_figure == SIZE_MAX && (bare || (qlast + 1 < t.size() && t[qlast + 1].lc == "of"))) {
    std::size_t k = qfirst;
    while (k > 0 && qfirst - k < 3 && t[k - 1].word &&
           (t[k - 1].lc == "or" || t[k - 1].lc == "equivalent" || t[k - 1].lc == "to" || t[k - 1].lc == "about" ||
            t[k - 1].lc == "some" || t[k - 1].lc == "roughly"))
      --k;
    if (k > 0 && t[k - 1].lc == ",") {
      std::size_t i = static_cast<std::size_t>(&c - sentence_claims.data());
      for (std::size_t j = i; i <= sentence_claims.size() && j-- > 0;) {
        auto const& o = sentence_claims[j];
        if (o.q.span.end > t[k - 1].start) continue;
        if ((o.q.kind == quantity_kind::count || o.q.kind == quantity_kind::money) && !o.subject.key.empty()) {
          take_subject(c, o);
          return true;
        }
        break;
      }
    }
  }
  // A figure set between commas after a noun ("The ANC's share, just above 40%, compares
  // with ...") is that noun's.
  if (bare && qfirst >= 2 && t[qfirst - 1].lc == "," && qlast + 1 < t.size() && t[qlast + 1].lc == "," &&
      chunk_word(t[qfirst - 2]) && !t[qfirst - 2].pred && !t[qfirst - 2].low_pred && !verb_form(t, qfirst - 2) &&
      !is_upper(si.text[t[qfirst - 2].start]) && !calendar_words.count(t[qfirst - 2].lc)) {
    std::size_t e = qfirst - 1, b = e - 1;
    while (b > 0 && e - b < 3 && chunk_word(t[b - 1]) && !t[b - 1].pred && !t[b - 1].low_pred) --b;
    subject_from_chunk(c, t, b, e, false);
    return true;
  }
  // A conversion is the same money: in brackets ("30,000 dirhams (about $2,900)"), or in
  // another currency after a comma, through "or", "equivalent to", "worth" ("£4.8 million, or
  // about €5.5 million", "€150 million, equivalent to about $162 million"), also after the first
  // sum's noun ("the €85 million package, worth about $92 million").
  if (c.q.kind == quantity_kind::money && bare && qfirst >= 2) {
    std::size_t k = qfirst;
    while (k > 0 && qfirst - k < 3 && t[k - 1].word &&
           (is_lit(t[k - 1].lc, "or") || is_lit(t[k - 1].lc, "equivalent") || is_lit(t[k - 1].lc, "to") ||
            is_lit(t[k - 1].lc, "worth")))
      --k;
    std::size_t i = static_cast<std::size_t>(&c - sentence_claims.data());
    if (k >= 2 && (t[k - 1].lc == "(" || t[k - 1].lc == ",") && i > 0 && i <= sentence_claims.size()) {
      auto const& o = sentence_claims[i - 1];
      bool const bracket = t[k - 1].lc == "(" && k == qfirst;
      // (the first sum's own noun may stand between: at most three words, no verb)
      std::size_t n = k - 1;
      while (n > 0 && k - 1 - n < 3 && t[n - 1].start >= o.q.span.end && chunk_word(t[n - 1]) && !t[n - 1].pred &&
             !t[n - 1].low_pred)
        --n;
      if (o.q.kind == quantity_kind::money && n > 0 && o.q.span.end == t[n - 1].end && !o.subject.key.empty() &&
          (bracket || o.q.unit != c.q.unit)) {
        // (the key only after a comma: the words stay the first sum's, which the predicate rules
        // read from their own place)
        if (bracket)
          take_subject(c, o);
        else
          c.subject.key = o.subject.key;
        return true;
      }
    }
  }
  // A length told after a comma from the event that began it ("... no longer represents a
  // global health emergency, nearly 10 months after it made the declaration"): what lasts is
  // the noun that ends the clause before the comma.
  if (c.q.kind == quantity_kind::duration && bare && qfirst >= 2 && t[qfirst - 1].lc == "," && qlast + 1 < t.size() &&
      (t[qlast + 1].lc == "after" || t[qlast + 1].lc == "since")) {
    std::size_t e = qfirst - 1;
    if (chunk_word(t[e - 1]) && !t[e - 1].pred && !t[e - 1].low_pred && !verb_form(t, e - 1) &&
        !is_upper(si.text[t[e - 1].start])) {
      std::size_t b = e - 1;
      while (b > 0 && e - b < 3 && chunk_word(t[b - 1]) && !t[b - 1].pred && !t[b - 1].low_pred) --b;
      subject_from_chunk(c, t, b, e, false);
      return true;
    }
  }
  // A share or rate that is the object of a verb ("Economists had expected 8.8%", "wage deals
  // at big companies averaged 5.28%"): what the clause's subject is, or, when that subject is a
  // group of speakers (forecasters expect a figure of something else), what the figure of its
  // kind before it counts.
  if (bare && c.q.kind == quantity_kind::percent && qfirst >= 2 && verb_form(t, qfirst - 1) &&
      !(qlast + 1 < t.size() && t[qlast + 1].lc == "of")) {  // ("polled 40% of the votes": the votes')
    // (reported speech opens a clause with or without "that")
    static word_set const openers = {"as",    "when", "while", "after", "because", "since", "although",
                                     "where", "that", "said",  "says",  "say",     "told"};
    std::size_t b = qfirst - 1;
    while (b > 0 && t[b - 1].word && !openers.count(t[b - 1].lc)) --b;
    while (b < qfirst && (article_or_determiner(t[b]) ||
                          (t[b].lc.size() > 2 && t[b].lc.ends_with("'s"))))
      ++b;
    std::size_t e = b;
    while (e < qfirst - 1 && e - b < 3 && chunk_word(t[e]) && !t[e].pred && !(e > b && verb_form(t, e))) ++e;
    // a counter-offer or demand of a bare figure ("the drivers want a pay rise of 12%; the company
    // has offered 5%") is one of the same thing as the figure of its kind before it in the sentence
    bool const offer = t[qfirst - 1].modality && std::any_of(t[qfirst - 1].modality->begin(), t[qfirst - 1].modality->end(),
                                                             [&](std::uint32_t mi) { return modality_cues[mi].extra == "object"; });
    // ("The union is seeking a 7% pay rise. Management has offered 4.5%.": also the figure of
    // the sentence right before, whose verb this one does not take)
    if (offer)
      if (auto const* o = nearest_before(c, sentence_claims, earlier, [&](claim const& o) {
            return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty() &&
                   (o.sentence_start == c.sentence_start || o.sentence_end + 3 >= c.sentence_start);
          })) {
        take_subject(c, *o);
        // (the event a noun names, "wants a pay rise of 12%; ... has offered 5%" rise; never the
        // demand's own verb: "is seeking a 7% rise; the board has offered 3%" is an offer, no
        // second figure of the seeking for the reconciler to set against the first)
        auto const demand_verb = [&] {
          auto const& ps = o->predicate_span;
          if (ps.end <= ps.start) return false;
          auto const& w = t[token_range(t, ps).second];  // (the span's last word: the demand's verb)
          bool const object = w.modality && std::any_of(w.modality->begin(), w.modality->end(), [&](std::uint32_t mi) {
                                return modality_cues[mi].extra == "object";
                              });
          // (its key the verb's own lemma: "seeking" seek, "offered" offer, "proposing" propose)
          std::string_view stem = o->predicate.key;
          if (stem.size() > 3 && stem.back() == 'e') stem.remove_suffix(1);
          return object && !stem.empty() && std::string_view(w.lc).starts_with(stem);
        };
        if (!o->predicate.key.empty() && o->sentence_start == c.sentence_start && !demand_verb())
          c.forced_predicate = o->predicate.key;
        return true;
      }
    if (b < e) {
      if (speaker_noun(t[e - 1])) {
        if (auto const* o = same_kind_before(c, sentence_claims, earlier)) {
          take_subject(c, *o);
          return true;
        }
      } else if (!is_upper(si.text[t[e - 1].start]) || e - b > 1) {
        subject_from_chunk(c, t, b, e, false);
        return true;
      }
    }
  }
  return false;
}

void extractor::impl::subject_after_words(claim& c, sentence_info const& si, std::size_t qlast,
                                          std::size_t qfirst, claims_view sentence_claims,
                                          claims_view const* earlier) const {
  token_span const t = si.tokens;
  (void)qfirst;
  // A measure named by a noun of its own ("The rate was 8.6%", "The Conservatives' share fell
  // to 23.7%", "a margin of just over 2.1 million", "the daily average fell to 98", "the
  // central bank's 2% target"), or a change of a share or rate ("a full 1 percentage point
  // rise"): what the figure of its kind before it counts. Not a measure that names its own
  // thing ("share of the vote", "inflation rate", subjects.tsv) or a plural ("raised rates").
  if (!c.subject.key.empty() && c.subject_text_span.end > c.subject_text_span.start &&
      c.subject_text_span.start >= si.span.start && c.subject_text_span.end <= si.span.end) {
    auto const hl = last_token_of(t, c.subject_text_span, qlast + 1);
    std::string_view const head = strip_possessive_view(t[hl].lc);
    // (both rules below are for a measure noun only: the rest is read only for one)
    std::string buf;
    bool const measure = (holds_stripped(measure_nouns, t[hl].lc) && singular_view(head, buf) == head) ||
                         (c.q.kind == quantity_kind::percent && change_nouns.count(singular_view(head, buf)));
    if (measure) {
      bool const phrase = hl > 0 && t[hl - 1].word && ends_subject_phrase(head) &&
                          subjects.count(joined(strip_possessive_view(t[hl - 1].lc), head));
      std::size_t after_of = hl + 2;
      while (after_of < t.size() && article_or_determiner(t[after_of]))
        ++after_of;
      bool const of_phrase = hl + 1 < t.size() && t[hl + 1].lc == "of" && after_of < t.size() && chunk_word(t[after_of]);
      // "Her share of the vote fell to 31%", "the rate of inflation": the noun after "of"
      if (!phrase && of_phrase && c.subject_text_span.end == t[hl].end) {
        std::size_t k = after_of;
        auto [b2, e2] = chunk_right(t, k, false, false);
        if (b2 < e2 && b2 == k) subject_from_chunk(c, t, b2, e2, false);
      }
      // "a 21% cut in the cod quota", "a 5% rise in rents": a change right after its figure, of
      // the noun after "in" (as "a 9% pay rise" is of the noun before it)
      if (!phrase && !of_phrase && hl == qlast + 1 && c.q.kind == quantity_kind::percent &&
          change_nouns.count(singular_view(head, buf)) && hl + 2 < t.size() && t[hl + 1].lc == "in") {
        std::size_t k = hl + 2;
        while (k < t.size() && t[k].word && (article_or_determiner(t[k]) || is_possessive(t[k].lc))) ++k;
        auto [b2, e2] = chunk_right(t, k, false, false);
        if (b2 == k && b2 < e2) {
          subject_from_chunk(c, t, b2, e2, false);
          return;
        }
      }
      // (a measure named as such: after a determiner, a possessive, a number or the figure, or
      // an adjective after one of those ("the daily average", "the official estimate"); "the loan
      // rate" is a rate of its own)
      auto opens = [&](std::size_t p) {
        auto const& w = t[p].lc;
        return determiners.count(w) || w == "a" || w == "an" || is_possessive(w) ||
               w == "'" || w == "\"" || w == "\u2019" || number_words.count(w) || (w[0] >= '0' && w[0] <= '9') ||
               (p >= qfirst && p <= qlast);
      };
      auto adjective = [&](std::string_view w) {
        return w.ends_with("ly") || w.ends_with("al") || w.ends_with("ive") || w.ends_with("ed") || w == "full";
      };
      bool const named = hl > 0 && (opens(hl - 1) || (hl > 1 && adjective(t[hl - 1].lc) && opens(hl - 2)));
      // "a 9% pay rise", "a 2% rent increase": a change named by what it changes, the noun
      // between the figure and the change noun (not an adjective: "a 5% annual rise")
      if (!phrase && !of_phrase && hl == qlast + 2 && c.q.kind == quantity_kind::percent &&
          change_nouns.count(singular_view(head, buf)) && chunk_word(t[hl - 1]) && !t[hl - 1].pred &&
          !t[hl - 1].low_pred && !adjective(t[hl - 1].lc) && !is_upper(si.text[t[hl - 1].start])) {
        auto const span = c.subject_text_span;
        subject_from_chunk(c, t, hl - 1, hl, false);
        c.subject_text_span = span;
        return;
      }
      if (!phrase && !of_phrase && named) {
        if (auto const* o = same_kind_before(c, sentence_claims, earlier)) {
          // (the key only: the measure's own words stay its text, so "The Conservatives' share"
          // keeps its possessor for the scope)
          c.subject.key = o->subject.key;
          // a count's level keeps what was counted, event and all ("the daily average fell to 98"
          // after "500 trucks entered Gaza each day")
          if (c.q.kind == quantity_kind::count) c.forced_predicate = o->predicate.key;
          // "a margin of 2.1 million" votes is a lead, not votes won (measure_nouns.tsv column 3)
          if (auto it = measure_predicates.find(head); it != measure_predicates.end()) c.forced_predicate = it->second;
        }
      }
    }
  }
  // "one in five stayed away" after "156.4 million registered voters": a share with no noun
  // is a share of the count before it in the sentence
  if (c.subject.key.empty() && (c.q.kind == quantity_kind::fraction || c.q.kind == quantity_kind::ratio)) {
    auto [rb, re] = chunk_right(t, qlast + 1, true, false);
    if (rb == re)
      if (auto const* o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
            return o.q.kind == quantity_kind::count && !o.subject.key.empty();
          }))
        take_subject(c, *o);
  }
}

// A count stated as a part of a whole by a verb of composition (phrase_cues.tsv composition) and
// "for" or "up" before it and "of" after it: "Cyclists accounted for 84 of the injured",
// "Remand prisoners, those still awaiting trial, made up 4,120 of the total", "Criminal cases make
// up 31,200 of them": what the clause's subject names, not the whole (a share keeps the whole's
// noun, as docs/corpus.md says). Over auxiliaries and adverbs before the verb and a phrase set
// between commas after the subject. True when it set c's subject.
bool extractor::impl::composed_part(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst) const {
  token_span const t = si.tokens;
  (void)qlast;
  std::size_t v = qfirst - 2;
  if (!t[v].word || !composition_verbs.count(std::string_view(t[v].lc))) return false;
  if (t[qfirst - 1].lc == "for" ? (t[v].lc[0] == 'm') : (t[v].lc[0] == 'a')) return false;
  std::size_t e = v;
  while (e > 0 && t[e - 1].word && (verb_form_aux.count(t[e - 1]) || verb_form_adverbs.count(t[e - 1]) ||
                                    ly_adverb(t[e - 1])))
    --e;
  // (a phrase between commas after the subject: "Remand prisoners, those still awaiting trial,")
  if (e >= 3 && t[e - 1].lc == ",") {
    std::size_t p = e - 1;
    while (p > 0 && e - p < 8 && t[p - 1].word) --p;
    if (p >= 2 && p < e - 1 && t[p - 1].lc == "," && chunk_word(t[p - 2])) e = p - 1;
  }
  std::size_t b = e;
  while (b > 0 && e - b < 3 && chunk_word(t[b - 1]) && !t[b - 1].pred && !t[b - 1].low_pred &&
         !(b - 1 > 0 && is_upper(si.text[t[b - 1].start])))
    --b;
  if (b == e) return false;
  std::size_t const h = head_before_phrase(si, e - 1);
  if (h + 1 < e) {  // "Visitors from Europe made up": the noun before the phrase
    b = h;
    while (b > 0 && h + 1 - b < 3 && chunk_word(t[b - 1]) && !t[b - 1].pred && !t[b - 1].low_pred) --b;
    e = h + 1;
  }
  subject_from_chunk(c, t, b, e, false);
  return !c.subject.key.empty();
}

// The head of the noun phrase whose last noun is t[k]: over prepositional phrases after it
// ("Turnout in Kessel province", "Attendance at schools in Averin", "Output at Kessel's
// mines"), the noun before the first preposition, when a common noun stands right before it
// (a name or a verb there is no head: "Police in Averin", "rose in Kessel").
std::size_t extractor::impl::head_before_phrase(sentence_info const& si, std::size_t k) const {
  token_span const t = si.tokens;
  // (a "to" before a determiner or a possessor opens a phrase too: "Exports to the bloc fell
  // 11%", "Aid to Averin's farmers rose"; not one before a verb: "meant to help the country")
  auto preposition = [&](std::size_t x) {
    return subject_preps.count(t[x]) ||
           (t[x].lc == "to" && x + 1 < t.size() && t[x + 1].word &&
            (article_or_determiner(t[x + 1]) || is_possessive(t[x + 1].lc)));
  };
  // (a number after the phrase's determiner is part of it: "Attendance across the 52 matches";
  // so is a compound modifier: "the cost of the new 42,000-seat stadium")
  auto const counted = [&](std::size_t x) {
    return x > 0 && ((t[x].lc[0] >= '0' && t[x].lc[0] <= '9') || number_words.count(t[x].lc)) &&
           (article_or_determiner(t[x - 1]) || t[x].lc.find('-') != std::string_view::npos);
  };
  // "The cost of the new stadium has reached", "Donations of tinned food fell 15%": "of" after
  // a noun that a determiner or a possessive opens, or that opens the clause, is a phrase too;
  // not after a measure, a level noun or a level word, which have rules of their own ("the rate of
  // inflation", "the number of")
  // (a noun, not an adjective after a comma: "..., short of a target of 150,000", "ahead of the
  // increase"; an adjective may stand after the determiner: "The average price of a carton")
  auto const opened = [&](std::size_t y) { return article_or_determiner(t[y]) || is_possessive(t[y].lc); };
  auto const of_phrase = [&](std::size_t x) {
    if (x < 1 || !is_lit(t[x].lc, "of")) return false;
    auto const& n = t[x - 1];
    if (!chunk_word(n) || measure_nouns.count(n.lc) || level_nouns.count(n.lc) || level_words.count(n.lc) ||
        number_words.count(n.lc) || !(x == 1 || (t[x - 2].word && opened(x - 2)) ||
                                      (x >= 3 && chunk_word(t[x - 2]) && t[x - 3].word && opened(x - 3))))
      return false;
    std::string const one = singular(n.lc);  // ("Numbers of the rare swan": a measure's plural)
    return !measure_nouns.count(one) && !level_nouns.count(one);
  };
  for (int hops = 0; hops < 3; ++hops) {
    std::size_t p = k;  // the phrase's first word after its preposition
    // ("that" opens a clause, no phrase: "told parliament on Friday that the costs had reached")
    std::size_t extra = 0;  // (the thousands comma of a compound modifier: "new 42,000-seat stadium")
    while (p > 0 && k - p < 4 + extra) {
      if (p >= 2 && p < k && !t[p - 1].word && t[p - 1].lc == "," && t[p - 1].start == t[p - 2].end &&
          t[p].start == t[p - 1].end && t[p - 2].lc[0] >= '0' && t[p - 2].lc[0] <= '9' && t[p].lc[0] >= '0' &&
          t[p].lc[0] <= '9') {
        p -= 2;
        extra += 2;
        continue;
      }
      if (!(t[p - 1].word && !preposition(p - 1) && !is_lit(t[p - 1].lc, "that") &&
            (((chunk_word(t[p - 1]) || article_or_determiner(t[p - 1])) && !number_words.count(t[p - 1].lc)) ||
             counted(p - 1)) &&
            !t[p - 1].pred && !t[p - 1].low_pred))
        break;
      --p;
    }
    bool const of = p >= 2 && t[p - 1].word && of_phrase(p - 1);
    if (p < 2 || !t[p - 1].word || !(of || preposition(p - 1))) break;
    // (no number: "One in seventy-one children under 84")
    auto const& n = t[p - 2];
    if (!chunk_word(n) || number_words.count(n.lc) || (!of && (n.pred || n.low_pred || verb_form(t, p - 2))) ||
        calendar_words.count(n.lc) || (p - 2 > 0 && is_upper(si.text[n.start])))
      break;
    k = p - 2;
  }
  return k;
}

// (subject_from_words: the valuation verb within 8 words before the "at" at t[at], with no
// punctuation between; true when it set the subject)
[[gnu::noinline]] bool extractor::impl::valued_noun(claim& c, sentence_info const& si, std::size_t at) const {
  token_span const t = si.tokens;
  for (std::size_t k = at, n = 0; k-- > 0 && n < 8; ++n) {
    if (!t[k].word) return false;
    if (!valuation_verbs.count(t[k].lc)) continue;
    std::size_t b = k + 1, e = k + 1;
    if (k + 1 < at) {  // active: its object
      // (a word the tables list as a verb too is a noun here: "put the cost at")
      while (b < at && t[b].word && (article_or_determiner(t[b]) || is_possessive(t[b].lc))) ++b;
      for (e = b; e < at && e - b < 3 && chunk_word(t[e]) && !chunk_enders.count(t[e].lc) && !t[e].low_pred;) ++e;
    } else {  // passive: the noun before the verb, over adverbs and a form of "be"
      std::size_t x = k;
      while (x > 0 && t[x - 1].word && verb_form_adverbs.count(t[x - 1])) --x;
      if (x > 0 && is_be(t[x - 1].lc)) --x;
      for (e = b = x; b > 0 && e - b < 3 && chunk_word(t[b - 1]) && !t[b - 1].pred && !t[b - 1].low_pred;) --b;
    }
    // (a level noun, a measure or a noun that names an event keeps its own rules: "put the toll
    // at 50,132" kill, "put the number of dead at 3,200" person)
    if (b >= e || level_nouns.count(t[e - 1].lc) || measure_nouns.count(t[e - 1].lc) ||
        !key_of("", strip_possessive(t[e - 1].lc)).predicate.empty())
      return false;
    subject_from_chunk(c, t, b, e, false);
    return true;
  }
  return false;
}

void extractor::impl::subject_from_words(claim& c, sentence_info const& si, std::size_t qlast,
                                         std::size_t qfirst, claims_view sentence_claims,
                                         std::size_t* of_quantity_token, claims_view const* earlier,
                                         figure_chunks const& ch) const {
  token_span const t = si.tokens;
  // "an arrangement worth $3 billion", "The arrangement is worth SDR 2,250 million": the noun
  // before "worth", and the verb that governs that noun.
  // (unless a noun of its own follows the figure)
  if (qfirst >= 2 && t[qfirst - 1].lc == "worth" && ch.plain.first == ch.plain.second) {
    std::size_t e = qfirst - 1;
    if (e > 0 && is_copula(t[e - 1].lc)) --e;
    std::size_t b = e;
    while (b > 0 && e - b < 3 && chunk_word(t[b - 1]) && !t[b - 1].pred && !t[b - 1].low_pred) --b;
    if (b < e) {
      subject_from_chunk(c, t, b, e, false);
      for (std::size_t k = b, n = 0; k-- > 0 && n < 4; ++n)
        if (t[k].word && t[k].pred && !report_predicates.count(*t[k].pred)) {
          c.forced_predicate = *t[k].pred;
          break;
        }
      return;
    }
  }

  // "Cyclists accounted for 84 of the injured", "Nurses made up 1,240 of the total": the count
  // is the clause subject's (composed_part; the first letters first: few figures follow "for"/"up")
  if (c.q.kind == quantity_kind::count && qfirst >= 3 && qlast + 2 < t.size() && t[qlast + 1].lc == "of" &&
      (t[qfirst - 1].lc == "for" || t[qfirst - 1].lc == "up") && composed_part(c, si, qlast, qfirst))
    return;

  // "Mirlow, a town of about 24,000": a place's size with no noun of its own counts the place's
  // inhabitants (subjects.tsv: person, live), as "a town of 24,000 inhabitants" would
  if (c.q.kind == quantity_kind::count && qfirst >= 3 && is_lit(t[qfirst - 1].lc, "of") &&
      (is_lit(t[qfirst - 3].lc, "a") || is_lit(t[qfirst - 3].lc, "an")) && place_nouns.count(t[qfirst - 2].lc) &&
      ch.plain.first == ch.plain.second) {
    auto const row = key_of("", "inhabitants", c.q.kind);
    c.subject.key = row.key;
    c.subject_text_span = {t[qfirst - 2].start, t[qfirst - 2].end};
    c.forced_predicate = row.predicate;
    return;
  }
  // "Costs so far: £2.3 million for repairs, ...", "The final bill: $4.2 million": a figure with
  // no noun of its own right after a heading's colon is what the heading names (a figure before
  // the colon makes it a breakdown of that figure instead: "put the toll at 50,132: 44,218 in
  // Turkey"; the list after the first figure carries its noun on)
  if (qfirst >= 2 && t[qfirst - 1].lc == ":" && ch.plain.first == ch.plain.second && ch.of.first == ch.of.second)
    if (auto const [hb, he] = heading_chunk(t, qfirst - 1, sentence_claims); hb < he) {
      subject_from_chunk(c, t, hb, he, false);
      return;
    }

  // (the chunk through "of": find_subject's, but for money, which reads "in" and "for" as "of")
  auto [b, e] = ch.of;
  if (c.q.kind == quantity_kind::money) {
    std::size_t from = qlast + 1;
    // (over a rate's period, "€1.8 million a year in local taxes"; not for a verb that names its
    // money over a recipient, which keeps its own reading: "is costing it £2.3m a day in lost fees")
    if (std::size_t const p = past_period(*this, t, from); p != from) {
      bool recipient = false;
      std::size_t const v = money_verb_before(*this, si, qfirst, recipient);
      if (!(recipient && recipient_money_verb(t[v].lc))) from = p;
    }
    std::tie(b, e) = chunk_right(t, from, true, true, of_quantity_token, &sentence_claims);
    // "1.4 million euros ($1.5 million) in emergency funding", "a €90 million (about $97 million)
    // contract", "€150 million, equivalent to about $162 million, in emergency support": a
    // conversion set between the sum and its noun is stepped over
    if (b == e)
      if (std::size_t const after = past_conversion(t, qlast, c, sentence_claims); after != SIZE_MAX) {
        from = after;
        std::tie(b, e) = chunk_right(t, from, true, true, of_quantity_token, &sentence_claims);
        if (b > from + 3) b = e;  // (the noun right there, or after "in" and its determiners)
      }
    // "will invest a further €25 million in a new slipway": the verb names the money, "in" where
    // it goes (the walk below reads the verb)
    bool recipient = false;
    if (b < e && b > from && is_lit(t[from].lc, "in"))
      if (auto it = money_verbs.find(t[money_verb_before(*this, si, qfirst, recipient)].lc);
          it != money_verbs.end() && !it->second.empty() && !money_verb_columns.count(it->first))
        e = b;
    // "€4.3bn, €2.9bn of it steel and €1.4bn aluminium": a noun right after "of it" is the part's
    if (b == e && qlast + 3 < t.size() && t[qlast + 1].lc == "of" && t[qlast + 2].lc == "it") {
      auto [nb, ne] = chunk_right(t, qlast + 3, false, false);
      if (nb == qlast + 3 && nb < ne) {
        subject_from_chunk(c, t, nb, ne, false);
        return;
      }
    }
  } else if (of_quantity_token && ch.of_token != SIZE_MAX) {
    *of_quantity_token = ch.of_token;
  }
  // "142 confirmed and 22 probable": after a count above one a singular word in -able/-ible is
  // an adjective, not the counted thing (its noun is left out)
  if (c.q.kind == quantity_kind::count && c.q.value > 1 && b + 1 == e && b == qlast + 1 &&
      (t[b].lc.ends_with("able") || t[b].lc.ends_with("ible")) && !subjects.count(t[b].lc))
    e = b;
  // "30 of cabinet rank", "12 of Syrian origin": "of" and a bare singular noun describe the
  // figure's own things (named before it), they are no whole it is part of
  // ("tens of thousands of sheep", "dozens of deer": after a plural number word "of" names the
  // counted thing, whatever its number)
  if (c.q.kind == quantity_kind::count && b < e && b == qlast + 2 && t[qlast + 1].lc == "of" &&
      !(t[qlast].lc[0] >= 'a' && t[qlast].lc[0] <= 'z' && t[qlast].lc.ends_with("s")) &&
      (!of_quantity_token || *of_quantity_token == SIZE_MAX) && singular(t[e - 1].lc) == t[e - 1].lc &&
      !subjects.count(t[e - 1].lc) &&  // ("thousands of people": a plural the table knows)
      std::all_of(t.begin() + static_cast<std::ptrdiff_t>(b), t.begin() + static_cast<std::ptrdiff_t>(e),
                  [&](token const& w) { return !is_upper(si.text[w.start]); }))
    e = b;
  // "bring its debt from 94% of GDP", "farm subsidies will rise to 1.5% of output": a share of a
  // denominator (grammars/denominators.tsv) measures the noun named before it, as a unit would
  if (is_share(c.q.kind) && c.q.unit.empty() && b < e && t[qlast + 1].lc == "of" &&
      (!of_quantity_token || *of_quantity_token == SIZE_MAX) &&
      (denominators.count(strip_possessive(t[e - 1].lc)) ||
       (e - b >= 2 && denominators.count(t[e - 2].lc + " " + strip_possessive(t[e - 1].lc)))))
    e = b;
  if (of_quantity_token && *of_quantity_token != SIZE_MAX) {
    // "Turnout was 79.4% of the 156.4 million registered voters": a share stated of a noun by a
    // copula is that noun's; otherwise the subject comes from the figure after "of".
    if (qfirst >= 2 && is_copula(t[qfirst - 1].lc) && chunk_word(t[qfirst - 2]) &&
        !predicate_of(t[qfirst - 2], false) && !predicate_of(t[qfirst - 2], true)) {
      subject_from_chunk(c, t, qfirst - 2, qfirst - 1, false);
      c.forced_predicate = *t[qfirst - 1].low_pred;  // what the share is ("was")
    }
    return;
  }
  // A duration adjective ("six-month conflict") is one token with the number: the chunk is after it.
  // A noun that fixes the predicate does so only right after the figure: "2.3 million
  // residents" live, but "85% of the population" is a share of them and takes the clause's verb.
  if (b < e) {
    // "24,400 search and rescue workers": a singular modifier joined by "and" to a plural head
    if (e + 1 < t.size() && t[e].lc == "and" && c.q.value > 1 && singular(t[e - 1].lc) == t[e - 1].lc) {
      auto [b2, e2] = chunk_right(t, e + 1, false, false);
      if (b2 < e2 && e2 - b2 <= 2 && singular(t[e2 - 1].lc) != t[e2 - 1].lc) e = e2;
    }
    // "a 16-year Israeli and Egyptian blockade": after a compound modifier the noun phrase ends in
    // its noun, past names joined by "and"/"or"
    if (e + 1 < t.size() && (t[e].lc == "and" || t[e].lc == "or") && qlast + 1 == b &&
        t[qlast].lc.find('-') != std::string::npos &&
        std::all_of(t.begin() + static_cast<std::ptrdiff_t>(b), t.begin() + static_cast<std::ptrdiff_t>(e),
                    [&](token const& w) { return is_upper(si.text[w.start]); })) {
      auto [b2, e2] = chunk_right(t, e + 1, false, false);
      if (b2 < e2) e = e2;
    }
    // "a three-month state of emergency" (a phrase of subjects.tsv through "of"); "700,000 head
    // of livestock" (measure_nouns.tsv classifier): the noun after "of"
    if (e + 1 < t.size() && t[e].lc == "of" && chunk_word(t[e + 1])) {
      if (subjects.count(t[e - 1].lc + " of " + t[e + 1].lc)) {
        auto const& k = subjects.find(t[e - 1].lc + " of " + t[e + 1].lc)->second;
        c.subject.key = k.key;
        c.subject_text_span = {t[b].start, t[e + 1].end};
        return;
      }
      if (e == b + 1 && classifier_nouns.count(t[b].lc)) {
        auto [b2, e2] = chunk_right(t, e + 1, false, false);
        if (b2 < e2) {
          subject_from_chunk(c, t, b2, e2, false);
          return;
        }
      }
    }
    // "About 6,000 of the displaced": an adjective that stands for people
    if (b + 1 == e && b > qlast + 1 && nominal_adjectives.count(t[b].lc)) {
      nominal_subject(c, t[b]);
      return;
    }
    subject_from_chunk(c, t, b, e, b == qlast + 1);
    // "the enclave's 2.3 million people": a place's people are its population
    if (b == qlast + 1 && c.forced_predicate.empty() && qfirst > 0 && t[qfirst - 1].word &&
        t[qfirst - 1].lc.ends_with("'s") && c.subject.key == people_key) {
      if (!population_predicate.empty()) c.forced_predicate = population_predicate;
    }
    return;
  }
  // "of which 647 were children", "150 were Israeli women": the noun after the copula.
  // (not a past form alone: "of whom 41 were charged with rioting" is a verb, unlisted_past)
  // ("€1.1 billion is cars": a sum stated as a noun by the singular copula; a count's "is" is
  // no such statement: "One in seventy-one children under 84 is acutely malnourished")
  // (a share's predicate nominal is what the share is of the whole, not the whole: "about 40%
  // are pensioners", "one in eight was born abroad" are shares of people)
  if (qlast + 2 < t.size() && !(is_share(c.q.kind) && c.q.unit.empty()) &&
      (t[qlast + 1].lc == "were" || t[qlast + 1].lc == "are" || t[qlast + 1].lc == "was" ||
       (t[qlast + 1].lc == "is" && c.q.kind == quantity_kind::money))) {
    auto [cb, ce] = chunk_right(t, qlast + 2, false, false);
    // (a noun: for a count above one a plural, or a noun the table knows; "of whom 80 were
    // sleeping rough", "of which 240 are electric" name no noun; participles keep the old reading,
    // which the predicate rules expect: "12 were seen")
    if (cb < ce && !predicate_of(t[ce - 1], false) && !predicate_of(t[ce - 1], true) &&
        !(ce == cb + 1 && unlisted_past(t, cb)) &&
        !(c.q.kind == quantity_kind::count && c.q.value > 1 && !(ce < t.size() && t[ce].lc == "and") &&
          !t[cb].lc.ends_with("en") &&
          singular(t[ce - 1].lc) == t[ce - 1].lc &&
          !subjects.count(t[ce - 1].lc) && !irregular_plurals.find(std::string_view(t[ce - 1].lc)))) {
      subject_from_chunk(c, t, cb, ce, false);
      return;
    }
  }
  // "the number of Palestinians killed ... rose to 30,035": subject and predicate from the phrase.
  if (number_of(c, si, qfirst)) return;
  // "three of whom were teenagers", "40 of them were nurses": a plural noun alone after the
  // copula names the part (as "of which 647 were children" does)
  // ("Thirty were hurt, four of them firefighters": also with no copula, a plural by its form)
  if (qlast + 3 < t.size() && c.q.kind == quantity_kind::count && t[qlast + 1].lc == "of" &&
      (t[qlast + 2].lc == "them" || t[qlast + 2].lc == "whom")) {
    bool const copula = qlast + 4 < t.size() && is_copula(t[qlast + 3].lc);
    std::size_t const n = copula ? qlast + 4 : qlast + 3;
    if (chunk_word(t[n]) && !t[n].pred && !t[n].low_pred &&
        (copula ? t[n].lc.ends_with("s")
                : singular(t[n].lc) != t[n].lc || irregular_plurals.find(std::string_view(t[n].lc)) ||
                      subjects.count(t[n].lc)) &&
        !unlisted_past(t, n) &&
        !is_upper(si.text[t[n].start]) && !(n + 1 < t.size() && chunk_word(t[n + 1])) &&
        (copula || !(n + 1 < t.size() && t[n + 1].lc == "and"))) {  // ("25 of them children and 15 elderly ones")
      subject_from_chunk(c, t, n, n + 1, false);
      return;
    }
  }
  // "133 of them", "112 of those deaths": the previous figure's subject.
  if (qlast + 2 < t.size() && t[qlast + 1].lc == "of" &&
      (t[qlast + 2].lc == "them" || t[qlast + 2].lc == "those" || t[qlast + 2].lc == "whom")) {
    if (!sentence_claims.empty() && &sentence_claims.front() != &c) {
      for (auto const& o : sentence_claims) {
        if (&o == &c) break;
        if (!o.subject.key.empty()) {
          c.subject.key = o.subject.key;
          c.subject_text_span = o.subject_text_span;
          // the part did what the whole did ("900 prisoners, 100 of them serving life terms"),
          // unless it has a verb of its own ("133 of them are still held")
          // ("seven of whom died": that verb, not a nearer one of the whole's clause; also one
          // no vocabulary lists, "150 of them walked away"; past a share in apposition, "120 of
          // them, or about a quarter, succeeded")
          std::size_t const at = past_apposed_share(si, qlast + 3);
          bool const unlisted = unlisted_past(t, at);
          // ("12 of them had to close": the infinitive's verb)
          if (auto const iv = infinitive_verb(t, at); iv != SIZE_MAX) {
            c.forced_predicate = t[iv].pred ? *t[iv].pred : unlisted_key(std::string_view(t[iv].lc));
          } else if (!own_verb_at(t, at) && !unlisted) {
            c.forced_predicate = o.predicate.key;
          } else if (auto const* v = predicate_of(t[at], false)) {
            c.forced_predicate = *v;
          } else if (unlisted) {
            c.forced_predicate = unlisted_key(std::string_view(t[at].lc));
          }
        }
      }
      if (!c.subject.key.empty()) return;
    }
  }
  // An earlier level of a level just stated: "jumped to 11.1% in October, from 10.1% in
  // September", "eased to 7.1% from a peak of 9.1%": the earlier level keeps the figure's keys.
  {
    std::size_t k = qfirst;
    while (k > 0 && qfirst - k < 5 && t[k - 1].word &&
           (level_words.count(t[k - 1].lc) || t[k - 1].lc == "a" || t[k - 1].lc == "an" || t[k - 1].lc == "of" ||
            determiners.count(t[k - 1].lc)))
      --k;
    if (k > 0 && t[k - 1].lc == "from") {
      if (auto const* prev = previous_figure(c, sentence_claims); prev && level_figure(*prev, t)) {
        c.subject.key = prev->subject.key;
        c.subject_text_span = prev->subject_text_span;
        c.forced_predicate = prev->predicate.key;
        return;
      }
    }
  }
  // ", up 2.6%", "and up 7.4% from a year earlier": the change of the figure before it
  // (change_after_comma; the first letter first)
  if (char const b0 = qfirst >= 2 && t[qfirst - 1].word ? t[qfirst - 1].lc[0] : '\0';
      (b0 == 'u' || b0 == 'd' || b0 == 'b') && ch.plain.first == ch.plain.second &&
      change_after_comma(c, t, qlast, qfirst, sentence_claims))
    return;
  // Elliptical coordination: "1,400 Palestinians had been killed and 6,268 wounded", and an
  // earlier level of the same figure: "33,428 ..., up from 33,482 on Thursday".
  for (std::size_t k = qfirst; k > 0 && qfirst - k < 4; --k) {
    auto const& w = t[k - 1].lc;
    bool from_level = w == "from" && k >= 2 && (t[k - 2].lc == "up" || t[k - 2].lc == "down");
    // "put the toll at 50,132: 44,218 in Turkey and 5,914 in Syria"
    // (also with a few plain words of time between: "rose by 2.25 points since March: 0.25 points
    // in March, ...")
    bool breakdown = w == ":" && k >= 2 && std::any_of(sentence_claims.begin(), sentence_claims.end(), [&](claim const& o) {
      if (&o == &c) return false;
      if (o.q.span.end == t[k - 2].end) return true;
      if (o.q.kind != c.q.kind || o.q.span.end > t[k - 1].start) return false;
      std::size_t m = k - 1, n = 0;
      while (m > 0 && n <= 3 && t[m - 1].start >= o.q.span.end) {
        if (!t[m - 1].word || t[m - 1].pred || t[m - 1].low_pred) return false;
        --m;
        ++n;
      }
      return n <= 3 && m > 0 && t[m - 1].end == o.q.span.end;
    });
    bool coordinator = w == "and" || w == "with" || w == "while" || w == "," || from_level || breakdown;
    // only names may stand between the coordinator and the figure ("the Conservatives 121");
    // "and unemployment stood at 3.7%" starts a new clause
    // a lowercase label in a list of figures counts as a name ("..., SNP 9, independents 6")
    bool list_label = k >= 3 && chunk_word(t[k - 1]) && t[k - 2].lc == "," &&
                      std::any_of(sentence_claims.begin(), sentence_claims.end(), [&](claim const& o) {
                        return &o != &c && o.q.span.end == t[k - 3].end;
                      });
    if (!coordinator && !list_label &&
        !(determiners.count(w) || (t[k - 1].word && is_upper(text_first_char(si, k - 1)))))
      break;
    if (coordinator) {
      // (the last figure of its kind, one of a subordinate clause only when there is no other)
      claim const* prev = nullptr;
      claim const* main_prev = nullptr;
      for (auto const& o : sentence_claims) {
        if (&o == &c) break;
        if (o.q.kind == c.q.kind && !o.subject.key.empty()) {
          prev = &o;
          if (!in_subordinate(t, o, c)) main_prev = &o;
        }
      }
      if (main_prev) prev = main_prev;
      if (prev) {
        c.subject.key = prev->subject.key;
        c.subject_text_span = prev->subject_text_span;
        return;
      }
      break;
    }
  }
  // A level reached ("The combined death toll from last week's quakes in Turkey rose to N"):
  // the subject of the clause, i.e. its first noun chunk, however far back it starts.
  // Also past a change: "The death toll rose by 153 to 33,360" (a verb of levels only: "raised
  // rates by 0.5 points to 4.75%" has its object between).
  std::size_t verb_at = qfirst >= 2 ? qfirst - 2 : 0;
  if (qfirst >= 4 && t[qfirst - 1].lc == "to")
    for (std::size_t k = qfirst - 2; k >= 2 && qfirst - k < 8 && (t[k].word || t[k].lc == "%"); --k)
      if (t[k].lc == "by") {
        if (t[k - 1].pred && level_predicates.count(*t[k - 1].pred)) verb_at = k - 1;
        break;
      }
  if (qfirst >= 2 && (t[qfirst - 1].lc == "to" || t[qfirst - 1].lc == "at") &&
      (predicate_of(t[verb_at], false) || predicate_of(t[verb_at], true))) {
    std::size_t b = verb_at;
    // back to the clause start (punctuation, a subordinating word, or the sentence start)
    static word_set const openers = {"as", "when", "while", "after", "because", "since", "although", "where", "that"};
    // (reported speech opens a clause with or without "that": "Motoring group Roadwise said deaths
    // on rural roads rose to 512" is the deaths', not the group's; a past form only: "Insurance
    // claims from the floods have climbed to" is a noun)
    while (b > 0 && t[b - 1].word && !openers.count(t[b - 1].lc) &&
           !(t[b - 1].lc.back() == 'd' && said_verbs.count(t[b - 1].lc) && !t[b - 1].pred))
      --b;
    // (over a relative clause inside the subject: "The toll from the quake that struck before
    // dawn rose to 312" is the toll's, not dawn's; "that" after a noun of a determiner's phrase,
    // not after a verb: "officials said that the toll rose"; nor before a noun phrase of its own,
    // which makes it a complement, no relative: "denied a report that the price of the deal had
    // risen to")
    if (b >= 3 && t[b - 1].lc == "that" && t[b - 2].word && chunk_word(t[b - 2]) && !t[b - 2].pred &&
        !(b < qfirst && t[b].word && (article_or_determiner(t[b]) || is_possessive(t[b].lc))) &&
        !t[b - 2].low_pred && !said_verbs.count(std::string_view(t[b - 2].lc)) && !t[b - 2].lc.ends_with("ed")) {
      bool np = false;
      for (std::size_t k = b - 2; k-- > 0 && k + 4 >= b && !np;)
        np = t[k].word && (t[k].lc == "the" || t[k].lc == "a" || t[k].lc == "an" || is_possessive(t[k].lc));
      if (np)
        for (b -= 2; b > 0 && t[b - 1].word && !openers.count(t[b - 1].lc);) --b;
    }
    while (b < qfirst && article_or_determiner(t[b])) ++b;
    // (over a time offset that opens the clause: "A year earlier the average stood at €1,161")
    for (std::size_t o = b; o < verb_at && o < b + 2; ++o)
      if (time_offset(t, o) && o + 2 < verb_at && t[o].word && unit_word(t[o].lc)) {
        for (b = o + 2; b < qfirst && article_or_determiner(t[b]);) ++b;
        break;
      }
    // "The number of dead climbed to 57": what a level noun's "of" counts (number_of)
    if (b + 1 < verb_at && level_nouns.count(t[b].lc) && t[b + 1].lc == "of" && number_of(c, si, qfirst)) return;
    std::size_t e = b;
    // a participle before the noun is a modifier ("Confirmed cases in the region rose to N")
    if (e + 1 < verb_at && t[e].pred && chunk_word(t[e]) && chunk_word(t[e + 1]) && !t[e + 1].pred) ++e;
    // (a preposition or an adverb after the noun ends it: "Bed occupancy across the region stood
    // at 96%", "pressure inside the tank had climbed to")
    while (e < verb_at && e - b < 4 && chunk_word(t[e]) && !chunk_enders.count(t[e].lc) && !subject_preps.count(t[e]) &&
           (!predicate_of(t[e], false) || plural_head(t, b, e, verb_at)))
      ++e;
    if (e > b && e - b < 4) {
      subject_from_chunk(c, t, b, e, true);
      return;
    }
    // "Inflation, which peaked at 69.8%": a relative clause is about the noun before its comma.
    if (e == b && b >= 2 && b < qfirst && t[b - 1].lc == "," && relative_pronoun(t[b].lc)) {
      std::size_t ne = b - 1, nb = ne;
      while (nb > 0 && ne - nb < 3 && chunk_word(t[nb - 1]) && !predicate_of(t[nb - 1], false)) --nb;
      if (nb < ne) {
        subject_from_chunk(c, t, nb, ne, true);
        return;
      }
    }
    // "... stood at 2,091 on Tuesday, rising to 2,946 on Wednesday", "..., slowed to 50.6%": a
    // clause that opens with its verb continues the previous level, keys and all.
    if (e == b && b < qfirst && (predicate_of(t[b], false) || predicate_of(t[b], true))) {
      if (auto const* prev = previous_figure(c, sentence_claims); prev && level_figure(*prev, t)) {
        c.subject.key = prev->subject.key;
        c.subject_text_span = prev->subject_text_span;
        c.forced_predicate = prev->predicate.key;
        return;
      }
    }
  }
  // A deadline after an infinitive ("talks were expected to resume within 72 hours",
  // "the strike is due to end within three days"): the verb is no subject; what is to continue
  // is the noun before the verb chain (auxiliaries, modality cues, "to", verbs).
  if (c.q.kind == quantity_kind::duration && qfirst >= 4 && t[qfirst - 1].lc == "within" && t[qfirst - 2].word &&
      t[qfirst - 3].lc == "to") {
    static word_list const aux = {"are", "is", "were", "was", "be", "been", "will", "would", "could",
                                  "should", "may", "might", "must", "has", "have", "had", "not"};
    std::size_t k = qfirst - 3;  // at "to"
    std::size_t steps = 0;
    while (k > 0 && steps < 6 &&
           (t[k].lc == "to" || aux.count(t[k].lc) || t[k].pred || !si.mods.at(k).empty() ||
            predicate_of(t[k], false) || predicate_of(t[k], true))) {
      --k;
      ++steps;
    }
    if (k + 3 < qfirst && chunk_word(t[k]) && !determiners.count(t[k].lc)) {
      std::size_t b = k;
      while (b > 0 && k - b < 2 && chunk_word(t[b - 1]) && !determiners.count(t[b - 1].lc) &&
             !predicate_of(t[b - 1], false) && !is_upper(si.text[t[b - 1].start]))
        --b;
      subject_from_chunk(c, t, b, k + 1, false);
      return;
    }
  }
  // Left: "the death toll rose to 33,360", "turnout was 60%", "a ceasefire of about six weeks".
  std::size_t k = qfirst;
  // "the economy shrank at an annual rate of 0.9 percent": the rate is how the verb is measured;
  // the subject is the clause's, before "at"
  if (qfirst >= 4 && t[qfirst - 1].lc == "of" && measure_nouns.count(t[qfirst - 2].lc))
    for (std::size_t a = qfirst - 2, n = 0; a > 0 && n < 3; --a, ++n)
      if (t[a - 1].lc == "at") {
        k = a - 1;
        break;
      }
  // "..., after contracting by 1.6 percent": a clause with no subject of its own continues the
  // figure of its kind before it in the sentence
  {
    std::size_t j = qfirst;
    // (verb_form last: the cheap tests first)
    while (j > 0 && qfirst - j < 5 && t[j - 1].word &&
           (function_words.count(t[j - 1].lc) || t[j - 1].pred ||
            (t[j - 1].lc.size() > 4 && t[j - 1].lc.ends_with("ing")) || verb_form(t, j - 1)))
      --j;
    // (whether a verb was walked over, read only for such a clause)
    auto walked_verb = [&] {
      for (std::size_t m = j; m < qfirst; ++m)
        if (t[m].pred || t[m].lc.ends_with("ing") || verb_form(t, m)) return true;
      return false;
    };
    // (also a participle right after the comma, ", closing at A$17.60", and "before"/"after" and
    // a participle with no comma, "fell as much as 11% on Friday before closing 6.4% lower"; then
    // a figure of another kind too: the price the shares closed at is the shares')
    auto const opener = [&](std::string_view w) {
      return w == "after" || w == "before" || w == "while" || w == "having";
    };
    auto const participle = [&](std::size_t x) { return x < qfirst && t[x].lc.size() > 4 && t[x].lc.ends_with("ing"); };
    bool const comma = j > 0 && j < qfirst && t[j - 1].lc == ",";
    bool const plain = comma && opener(t[j].lc);
    if ((plain || (comma && participle(j)) || (j < qfirst && (t[j].lc == "after" || t[j].lc == "before") &&
                                              participle(j + 1))) &&
        walked_verb()) {
      auto const* o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
        return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty();
      });
      if (!o && !plain)
        o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
          return o.q.kind != quantity_kind::duration && !o.subject.key.empty();
        });
      if (o) {
        take_subject(c, *o);
        return;
      }
    }
  }
  int steps = 0;
  bool level_seen = false;  // "a record 38%", "a range of 2.25% to 2.5%": the level is no subject
  std::size_t skipped = 0;  // words of a relative clause jumped over
  while (k > 0 && steps < 4 && qfirst - k < 9 + skipped) {
    --k;
    auto const& w = t[k];
    // "Rents, which take up nearly half of a tenant's pay, rose 6.5%": a relative clause set
    // between commas after the subject is jumped over
    if (w.lc == "," && k + 1 < qfirst && k > 2) {
      std::size_t p = k - 1;
      while (p > 0 && k - p < 16 && (t[p].word || t[p].lc == "%") && !(t[p - 1].lc == "," && relative_pronoun(t[p].lc)))
        --p;
      if (p > 1 && t[p - 1].lc == "," && (t[p].lc == "which" || t[p].lc == "who")) {
        skipped += k - (p - 1);
        k = p - 1;
        continue;
      }
      // and so is a name that restates the noun before it ("Ticket sales at the state lottery,
      // Nordlotto, fell 3.5%", "Shares in its parent, Halden Group, fell 7.4%")
      std::size_t n = k;
      while (n > 0 && k - n < 4 && t[n - 1].word && is_upper(si.text[t[n - 1].start])) --n;
      if (n < k && n >= 2 && t[n - 1].lc == "," && chunk_word(t[n - 2]) && !is_upper(si.text[t[n - 2].start]) &&
          !t[n - 2].pred && !t[n - 2].low_pred) {
        skipped += k - (n - 1);
        k = n - 1;
        continue;
      }
    }
    if (!w.word) break;
    // "Officials said 2,000 had been displaced": the speaker is not what the reported figure
    // counts (the noun is left out: the elided-noun rules name it)
    // ("he adds", but "the council adds £3 million to the fund": a money verb, below)
    if (said_verbs.count(w.lc) && !w.pred && !(c.q.kind == quantity_kind::money && money_verb_forms.count(w.lc))) break;
    // "The quake killed 25", "The outbreak has sickened 1,200": a count right after a verb of
    // an event (listed, or a past form no vocabulary lists)
    // is its object, and the clause's subject is the agent, not the counted thing; a level's
    // verb is no such verb ("the toll topped 50,000"), nor a modifier after "a" ("an estimated
    // 500", "a combined 300")
    // A chunk ender there ("The clashes left 14 dead") is no head either, nor a possessor
    // right before the figure ("Averin's 2,000 displaced"): the figure's noun is left out
    // (the elided-noun rules name it).
    // (a progressive too: "it was carrying 287")
    if (c.q.kind == quantity_kind::count && k + 1 == qfirst && !w.bound &&
        ((w.pred && !level_predicates.count(*w.pred)) || unlisted_past(t, k) || chunk_enders.count(w.lc) ||
         (w.lc.size() > 2 && w.lc.ends_with("'s")) ||
         (k > 0 && w.lc.size() > 4 && w.lc.ends_with("ing") && is_be(t[k - 1].lc))) &&
        !(k > 0 && article_or_determiner(t[k - 1])))
      break;
    // "Norway deposited $2 billion with the central bank": the verb names what the money is
    // (grammars/money_verbs.tsv), also over its recipient ("would lend farmers up to €50,000",
    // "fined the insurer €2.4 million") and an increment ("will invest a further €25 million",
    // "fined three firms a total of €11.5 million"); column 3 names a preposition whose noun
    // after the sum names it instead ("spent €112 million on line maintenance" maintenance,
    // "earmarked €12 million for repairs" repair, "add €8 million to the tutoring fund" fund;
    // "will spend €45 million" spending), or "recipient": a verb that names its money only over a
    // recipient ("the strike is costing the port £2.3m a day" cost; "the bridge cost €96 million"
    // is the bridge's)
    if (c.q.kind == quantity_kind::money && k + 1 == qfirst && money_named_by_verb(*this, c, si, qlast, qfirst, sentence_claims))
      return;
    // "a salary increase of 11%", "a bigger move of 0.75 points": a change named before "of" and the
    // figure is a change of the noun before it, or with none (an adjective) of what the figure
    // of its kind before it counts (measure_nouns.tsv kind change; column 3 the predicate)
    // (a count too: "rose to 14,860, a rise of 940"; a share with no figure of its kind in the
    // sentence is a change of the count or sum before it: "drew 48,000 visitors, a rise of 9%")
    if (k + 2 == qfirst && is_lit(t[k + 1].lc, "of") && change_nouns.count(w.lc)) {
      auto const it = measure_predicates.find(w.lc);
      if (it != measure_predicates.end() && c.forced_predicate.empty()) c.forced_predicate = it->second;
      auto const& p = t[k > 0 ? k - 1 : k];
      bool const noun = k > 0 && chunk_word(p) && !p.pred && !p.low_pred && !is_upper(si.text[p.start]) &&
                        !level_words.count(p.lc) && !(p.lc.ends_with("er") || p.lc.ends_with("est") || p.lc.ends_with("ly"));
      if (noun) {
        c.subject.key = key_of("", strip_possessive(p.lc), c.q.kind).key;
        c.subject_text_span = {p.start, w.end};
        return;
      }
      // (the nearest figure of the same kind and unit: a move in points is a move of a rate
      // stated in points, not of a price in per cent named nearer)
      auto const same = [&](claim const& o) {
        return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty();
      };
      auto const* o = nearest_before(c, sentence_claims, nullptr, same);
      if (!o && is_share(c.q.kind))
        o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
          return (o.q.kind == quantity_kind::count || o.q.kind == quantity_kind::money) && !o.subject.key.empty();
        });
      if (!o) o = nearest_before(c, sentence_claims, earlier, same);
      if (o) {
        take_subject(c, *o);
        return;
      }
      if (it != measure_predicates.end() && c.forced_predicate == it->second) c.forced_predicate.clear();
    }
    // "at a cost of about £2 million", "a total cost of $310 million": money right after "of"
    // and a noun that an article or a possessive opens (with at most one word between) is that
    // noun's, though the tables list the word as a verb too (a measure, a level or a change
    // keeps its own rules above and below)
    auto const opens_noun = [&](token const& d) { return article_or_determiner(d) || is_possessive(d.lc); };
    if (c.q.kind == quantity_kind::money && k + 2 == qfirst && k > 0 && is_lit(t[k + 1].lc, "of") && w.pred &&
        chunk_word(w) &&
        (opens_noun(t[k - 1]) || (k > 1 && chunk_word(t[k - 1]) && !t[k - 1].pred && opens_noun(t[k - 2]))) &&
        !measure_nouns.count(w.lc) && !level_words.count(w.lc) && !level_nouns.count(w.lc) &&
        !change_nouns.count(w.lc) && !is_upper(si.text[w.start])) {
      subject_from_chunk(c, t, k, k + 1, false);
      // "promised 300 beds by next winter at a cost of £4.8 million": an amount after "at" is
      // what the thing is, no object of the clause's verb (one right before "at" governs it:
      // "to be built at a cost of")
      std::size_t at = opens_noun(t[k - 1]) ? k - 1 : k - 2;
      if (at > 1 && is_lit(t[at - 1].lc, "at") && t[at - 2].word && !t[at - 2].pred && !verb_form(t, at - 2))
        c.forced_predicate = "be";
      return;
    }
    // (dates and function words cost no step: "Rainfall in July and August was 190% above")
    if (!calendar_words.count(w.lc) && !function_words.count(w.lc)) ++steps;
    // "for a cumulative 5.25 percentage points", "an estimated 500": a word between "a" and
    // the figure modifies the figure; the counted thing is named elsewhere
    if (k + 1 == qfirst && k > 0 && (t[k - 1].lc == "a" || t[k - 1].lc == "an") && chunk_word(w) &&
        !is_upper(si.text[w.start])) {
      level_seen = true;
      continue;
    }
    // (a level word only right before the figure, or before "of" and the figure: "the daily
    // average fell to 98" names a measure, a noun of its own)
    if (level_words.count(w.lc) && (k + 1 == qfirst || (k + 2 == qfirst && t[k + 1].lc == "of") ||
                                    (k + 2 == qfirst && (t[k + 1].lc == "a" || t[k + 1].lc == "an")) ||
                                    level_words.count(t[k + 1].lc))) {
      level_seen = true;
      continue;
    }
    // "from 94% of GDP this year to 80%": a denominator of a share before it names no
    // thing; the share before it does
    if (k >= 2 && t[k - 1].lc == "of" && is_share(c.q.kind) && denominators.count(strip_possessive_view(w.lc)))
      if (auto const* o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
            return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty() && o.q.span.end <= t[k - 1].start;
          })) {
        take_subject(c, *o);
        return;
      }
    // another figure ("more than half of the 543") is not this one's subject
    bool in_figure = std::any_of(sentence_claims.begin(), sentence_claims.end(), [&](claim const& o) {
      return &o != &c && o.q.span.start <= w.start && w.start < o.q.span.end;
    });
    if (in_figure) {
      // "raised rates by 0.75 percentage points to 3 per cent", "profit fell 62% to ¥4.1
      // billion": the level after a change is what the change is of
      bool phrase = false;
      for (auto const& o : sentence_claims) {
        if (&o == &c || !(o.q.span.start <= w.start && w.start < o.q.span.end)) continue;
        auto [of, ol] = token_range(t, o.q.span);
        (void)ol;
        if (qfirst >= 2 && t[qfirst - 1].lc == "to" && of > 0 && !o.subject.key.empty() &&
            (t[of - 1].lc == "by" || (t[of - 1].pred && level_predicates.count(*t[of - 1].pred))))
          take_subject(c, o);
        // "Net profit for the three months to September fell 62%", "attendance across the 52
        // matches was 4,127": a figure in a phrase after the clause's subject is no subject; the
        // walk goes on before its preposition
        phrase = of >= 2 && article_or_determiner(t[of - 1]) && subject_preps.count(t[of - 2]);
        if (phrase && c.subject.key.empty()) k = of - 2;
      }
      if (phrase && c.subject.key.empty()) continue;
      break;
    }
    // money is no agent's: "owners could receive a maximum of 140,000 dirhams" is not the
    // owners' (a verb other than a copula ends the search; the money's noun is left out)
    // (but a verb that names its money only over a recipient, with none, has the clause's
    // subject as what costs: "and a single ride will cost €1.50" ride, money_verbs.tsv; and a
    // verb of a price over "for" has it as what was sold: "and the licence went for CHF 9,000")
    if (c.q.kind == quantity_kind::money && ((w.pred && !level_predicates.count(*w.pred)) || verb_form(t, k)) &&
        !w.low_pred && !(k + 1 == qfirst && recipient_money_verb(w.lc)) &&
        !(k + 2 == qfirst && is_lit(t[k + 1].lc, "for") && price_money_verb(w.lc)) &&
        nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
          return o.q.kind == quantity_kind::money && !o.subject.key.empty();
        }))
      break;
    // "will stay capped at £2,500": a past form is no noun (a verb after an auxiliary is still
    // read as one: "will need at least $16.3 billion")
    if (w.lc.size() > 4 && w.lc.ends_with("ed") && verb_form(t, k)) continue;
    // "salaries will rise by 6%": after a modal a word is a verb (money keeps it as what the
    // money is: "Rebuilding will need at least $16.3 billion")
    auto const& modals = subject_modals;
    if (c.q.kind != quantity_kind::money && k > 0 && modals.count(t[k - 1])) continue;
    // (money too when a preposition stands between the word and the sum: "The fee would rise to
    // €60", "expects the budget to rise by €12 million to": a verb of the level, which the
    // clause's subject names; a word right before the sum may still name it, "will need $16bn")
    if (c.q.kind == quantity_kind::money && k > 0 && k + 2 <= qfirst && t[k - 1].word &&
        (modals.count(t[k - 1]) || is_lit(t[k - 1].lc, "to")) && t[k + 1].word &&
        (is_lit(t[k + 1].lc, "to") || is_lit(t[k + 1].lc, "by")))
      continue;
    // "expected to fall below 4%": after the infinitive's "to" a word is a verb; "inflation
    // slowing to 3.5%", "five increases totalling 2.25 points": a participle right before the
    // figure (or its "to", "by", "at") after a noun is that noun's verb
    if (c.q.kind != quantity_kind::money && k > 0 && t[k - 1].lc == "to" && t[k - 1].word) continue;
    // ("prices are set to climb to 9%": a cue of modality.tsv before that "to" governs the verb;
    // a noun there is the verb's subject: "expects the economy to shrink by 1.4%")
    // (money when that verb is one of the level, a preposition after it: "the fee is set to rise
    // to €60")
    if (k + 2 < qfirst && t[k + 1].lc == "to" && w.modality && t[k + 2].word &&
        !function_words.count(t[k + 2].lc) && !determiners.count(t[k + 2].lc) &&
        (c.q.kind != quantity_kind::money ||
         (k + 4 <= qfirst && t[k + 3].word && (is_lit(t[k + 3].lc, "to") || is_lit(t[k + 3].lc, "by")))))
      continue;
    if (w.lc.size() > 5 && w.lc.ends_with("ing") && k > 0 && chunk_word(t[k - 1]) &&
        (k + 1 == qfirst || (k + 2 == qfirst && (t[k + 1].lc == "to" || t[k + 1].lc == "by" || t[k + 1].lc == "at"))))
      continue;
    // "the benchmark Sensex fell as much as 8% ... and closed 5.7% lower": a verb joined by
    // "and" to the verb of a figure before it shares that figure's subject
    // ("Repairs would take three months and cost €25 million": else the figure of another kind
    // that ends right before "and")
    if (w.lc == "and" && k + 1 < qfirst && (t[k + 1].pred || t[k + 1].low_pred || verb_form(t, k + 1)) &&
        !(k + 2 < t.size() && chunk_word(t[k + 2]) && !(t[k + 2].lc[0] >= '0' && t[k + 2].lc[0] <= '9') && k + 2 < qfirst)) {
      auto const* o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
        return o.q.kind == c.q.kind && !o.subject.key.empty() && o.q.span.end <= w.start;
      });
      if (!o && k > 0)
        o = nearest_before(c, sentence_claims, nullptr,
                           [&](claim const& o) { return !o.subject.key.empty() && o.q.span.end == t[k - 1].end; });
      if (o) {
        take_subject(c, *o);
        return;
      }
    }
    // "this year", "last month": a date, not the counted thing
    auto const& periods = subject_periods;
    auto const& period_determiners = subject_period_determiners;
    if (periods.count(w) && k > 0 && period_determiners.count(t[k - 1])) continue;
    // "the benchmark Sensex fell 8%": a name after a determiner and a common noun is the head
    if (k >= 2 && is_upper(si.text[w.start]) && chunk_word(t[k - 1]) && !is_upper(si.text[t[k - 1].start]) &&
        !t[k - 1].pred && (t[k - 2].lc == "the" || t[k - 2].lc == "a")) {
      c.subject.key = key_of("", w.lc, c.q.kind).key;
      c.subject_text_span = {t[k - 1].start, w.end};
      return;
    }
    // "Energy costs jumped 14%": a verb form in -s right before the clause's verb is its subject,
    // and so is one that opens the sentence or its clause (after a comma or "and": "On Tuesday,
    // shares in Venmark fell 6%") or follows a determiner ("Shares in Venmark rose 4%")
    bool const noun_before_verb = w.pred && w.lc.size() > 3 && w.lc.ends_with("s") && !is_possessive(w.lc) &&
                                  ((k + 1 < qfirst && plain_verb(t[k + 1])) ||
                                   (k > 0 && t[k - 1].word && chunk_word(t[k - 1]) && !t[k - 1].pred &&
                                    plural_head(t, k - 1, k, qfirst - 1)) ||
                                   k == 0 || (t[k - 1].word && determiners.count(t[k - 1].lc)) ||
                                   t[k - 1].lc == "," || t[k - 1].lc == "and");
    // "Its cost has risen to €61 million", "the final cost could exceed C$420 million": a
    // listed verb that a determiner or a possessive opens (one adjective may stand between) and
    // an auxiliary or a modal follows is the clause's subject, a noun
    auto const opened = [&](std::size_t x) { return t[x].word && (article_or_determiner(t[x]) || is_possessive(t[x].lc)); };
    bool const noun_before_aux =
        !noun_before_verb && w.pred && k > 0 && k + 1 < qfirst && t[k + 1].word &&
        (subject_modals.count(t[k + 1]) || is_lit(t[k + 1].lc, "has") || is_lit(t[k + 1].lc, "have") ||
         is_lit(t[k + 1].lc, "had")) &&
        (opened(k - 1) || (k > 1 && chunk_word(t[k - 1]) && !t[k - 1].pred && !t[k - 1].low_pred && opened(k - 2)));
    // names are places and parties in a prepositional phrase ("toll in Turkey and Syria rose
    // to ..."), not the counted thing
    // (nor is an adverb or a particle: "Payouts have already reached", "climbed back to 92%")
    if (!noun_before_verb && !noun_before_aux &&
        (function_words.count(w.lc) || chunk_enders.count(w.lc) || verb_form_adverbs.count(w) ||
         particles.count(w.lc) || ly_adverb(w) ||
         predicate_of(w, true) || predicate_of(w, false) || w.pred ||
         calendar_words.count(w.lc) || (w.lc[0] >= '0' && w.lc[0] <= '9') || (k > 0 && is_upper(si.text[w.start]))))
      continue;
    // "The curfew will stay in place for ten days", "the ban has been in force for 14 days": a
    // bare singular after a preposition before a duration is a state the subject is in, no head
    if (c.q.kind == quantity_kind::duration && k >= 2 && t[k - 1].word && subject_preps.count(t[k - 1]) &&
        !is_upper(si.text[w.start]) && singular(w.lc) == w.lc && !subjects.count(w.lc)) {
      --k;
      continue;
    }
    // "Rents in the capital rose 6%", "Attendance at schools in Averin dropped": a noun of a
    // prepositional phrase after the clause's subject is no head; the noun before the
    // preposition is
    k = head_before_phrase(si, k);
    std::string_view const prev = k > 0 && t[k - 1].word ? strip_possessive_view(t[k - 1].lc) : std::string_view();
    std::string_view const head = strip_possessive_view(t[k].lc);
    std::string buf;
    std::string_view single;
    auto const* row = subject_row(prev, head, c.q.kind, single, buf, &t[k].lc);
    std::size_t from = k;
    if (!prev.empty() && ends_subject_phrase(head) && subjects.count(joined(prev, head))) from = k - 1;
    c.subject.key = row ? std::string_view(row->key) : single;
    if (!row && k > 0) yield_to_modifier(*this, c, single, t[k - 1]);  // "Passenger numbers could fall"
    c.subject_text_span = {t[from].start, t[k].end};
    // (a change "rose by 153" is a rise, whatever the toll counts)
    // (not a sum: what residents pay is no count of who lives there, "Residents will continue to
    // pay NZ$25")
    if (row && !row->predicate.empty() && !(qfirst > 0 && t[qfirst - 1].lc == "by") &&
        c.q.kind != quantity_kind::money)
      c.forced_predicate = row->predicate;
    return;
  }
  // "raised its policy rate by 0.5 points to a range of 4.5% to 4.75%": what the figure
  // before it in the sentence, of its kind, is about.
  if (level_seen) {
    std::size_t i = static_cast<std::size_t>(&c - sentence_claims.data());
    for (std::size_t j = i, n = 0; i < sentence_claims.size() && j-- > 0 && n < 32; ++n)
      if (sentence_claims[j].q.kind == c.q.kind && !sentence_claims[j].subject.key.empty()) {
        c.subject.key = sentence_claims[j].subject.key;
        c.subject_text_span = sentence_claims[j].subject_text_span;
        break;
      }
    // "Gasoline prices were 59.9% higher ... and reached a record $5.02 a gallon": else what
    // the sentence's figure before it is about, of any kind
    for (std::size_t j = i, n = 0; c.subject.key.empty() && i < sentence_claims.size() && j-- > 0 && n < 32; ++n)
      if (!sentence_claims[j].subject.key.empty() && sentence_claims[j].q.kind != quantity_kind::duration)
        take_subject(c, sentence_claims[j]);
    // "It was the 11th increase, for a cumulative 5.25 percentage points": else the article's
    // figure of its kind before it
    if (c.subject.key.empty())
      if (auto const* o = same_kind_before(c, sentence_claims, earlier)) take_subject(c, *o);
  }
}

}  // namespace claimcheck::claims
