// Tokens and the per-sentence word facts: interning against the word lists, phrases. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

// Looks a sentence's tokens up in vocab (see folded, token), and lists its tokens of each
// notable_kind in `notable`. Every token of more than one byte views the folded copy of its
// text (tokenize_into), which must have 8 readable bytes from any token's start
// (vocab.find_padded).
// `quiet` (the text's, when given): the words of the vocabulary the parser would read at a
// word start and pass (word_info::quiet_start) are taken out of its word starts there
// (prepared_text::quieter), so that the parser, called after, passes them without reading
// them again.
extractor::impl::interned_windows extractor::impl::intern(std::vector<token>& tokens, notable_lists& notable,
                                                          parser::prepared_text::quieter const* quiet) const {
  std::uint32_t* const lists = notable.start(tokens.size());
  char const* const lowered = quiet ? quiet->lowered : nullptr;
  std::uint32_t plo = UINT32_MAX, phi = 0, mlo = UINT32_MAX, mhi = 0;
  std::uint64_t any = 0, any_rule = 0;  // (notable.lists, notable.rules)
  for (std::size_t k = 0, n = tokens.size(); k < n; ++k) {
    auto& t = tokens[k];
    t.lc.lists = list_bits::interned_bit;
    auto const* found = t.lc.size() == 1 && static_cast<unsigned char>(t.lc[0]) < 128
                            ? vocab_single[static_cast<unsigned char>(t.lc[0])]
                            : vocab.find_padded(t.lc);  // (see intern's caller: 8 bytes of room)
    for (auto bits = notable_bits(found, t.lc); bits; bits &= static_cast<std::uint8_t>(bits - 1)) {
      auto const kind = static_cast<std::size_t>(__builtin_ctz(bits));
      lists[kind * n + notable.size[kind]++] = static_cast<std::uint32_t>(k);
    }
    if (!found) continue;
    auto const& info = *found;
    // (an ASCII word views the lowered copy at its own offset: a word of the vocabulary's
    // letters there is the run of letters the parser would read)
    if (lowered && info.quiet_start && t.lc.data() == lowered + t.start && lowered[t.end] != '$') quiet->quiet(t.start);
    t.lc.lists |= info.lists;
    any |= info.lists;
    any_rule |= info.rules;
    t.cue_first = (info.lists & cue_firsts.bit) != 0;
    t.modality = info.modality;
    t.phrases = info.phrases;
    t.info = &info;
    auto const i = static_cast<std::uint32_t>(k);
    if (t.cue_first && info.phrases) {
      plo = std::min(plo, i);
      phi = i + 1;
    }
    if ((t.cue_first && info.modality) || (t.word && (info.rules & if_words.bit()))) {
      mlo = std::min(mlo, i);
      mhi = i + 1;
    }
    if (!t.word) continue;
    t.pred = info.pred;
    t.low_pred = info.low_pred;
  }
  // A base, -s or -ing form derived from a row marked "all" (predicates.tsv) is a verb only in a
  // verb's place; elsewhere it is the noun or modifier it is as often ("tax increases", "the
  // lower house", "buildings containing 520,000 flats"). (Its vocabulary entry has no pred: only
  // the sentence's verbs are visited here, a few per sentence.)
  std::uint32_t const* const verbs = lists + notable_kind::verb * tokens.size();
  // A listed -s form right before a finite auxiliary or modal is a plural noun, that verb's subject
  // ("41,870 mortgage accounts were in arrears", "the extra costs will fall on", "job cuts have
  // hit"): a verb in -s takes no auxiliary after it.
  static word_list const plural_finite = {"are", "were", "have", "had", "will", "would", "could",
                                          "can", "may", "might", "must", "should", "remain", "remained"};
  for (std::uint32_t j = 0, m = notable.size[notable_kind::verb]; j < m; ++j)
    if (auto& t = tokens[verbs[j]]; t.pred && t.word && verbs[j] + 1 < tokens.size() && t.lc.size() >= 4 &&
                                    t.lc.back() == 's' && t.lc[t.lc.size() - 2] != 's' && tokens[verbs[j] + 1].word &&
                                    plural_finite.contains(tokens[verbs[j] + 1].lc) &&
                                    !(verbs[j] > 0 && tokens[verbs[j] - 1].word &&
                                      (subject_pronouns.count(tokens[verbs[j] - 1].lc) ||
                                       relative_pronoun(tokens[verbs[j] - 1].lc))) &&
                                    !contact_clause_end(tokens, verbs[j]))
      t.pred = nullptr, t.noun = true;
  for (std::uint32_t j = 0, m = notable.size[notable_kind::verb]; j < m; ++j)
    if (auto& t = tokens[verbs[j]]; t.info && t.info->derived && t.word &&
                                    (verbal_place(tokens, verbs[j], t.info->derived) ||
                                     (t.info->derived == 1 && plural_subject_place(tokens, verbs[j]))))
      t.pred = t.info->derived_pred;
  notable.lists = any;
  notable.rules = any_rule;
  return {{plo == UINT32_MAX ? 0 : plo, phi}, {mlo == UINT32_MAX ? 0 : mlo, mhi}};
}

// Whether t[k], a derived form (1 base, 2 -s, 3 -ing, 4 a listed form that is a change noun too), stands where a verb does, by the word
// before it over an adverb or two: a base after "to", "do/did", a plural subject pronoun or a
// relative pronoun ("to house", "which fund"; after a modal the rules of an unlisted verb's
// place read it already); an -s form after a
// relative or singular pronoun, or after a word (not a figure, determiner or preposition)
// with its object right after it ("which carries", "the bridge now carries 52,000 vehicles");
// an -ing form after a form of "be" (progressive) or a clause's preposition ("was carrying",
// "after accepting"; after a comma the rules of an unlisted participle read it already, with
// the list and total it governs). (Words' texts only: a
// sentence holds few derived forms, and this runs only where it holds one.)
bool extractor::impl::verbal_place(std::vector<token> const& t, std::size_t k, std::uint8_t form) {
  static word_list const adverbs = {"also", "still", "now", "only", "already", "just", "not", "never", "further",
                                    "jointly", "each", "currently", "usually", "then", "typically", "together"};
  std::size_t p = k;
  while (p > 0 && p + 3 > k && t[p - 1].word && adverbs.contains(t[p - 1].lc)) --p;
  if (p == 0) return false;
  auto const& b = t[p - 1];
  std::string_view const w = b.lc;
  if (form == 1) {
    static word_list const before = {"to", "do", "does", "did", "they", "we", "i", "you", "who", "which", "that"};
    return b.word && before.contains(w);
  }
  // (4: a listed past or base that is a change noun too, "cut": after "to", an auxiliary, a modal
  // or a pronoun, else as an -s form, before its object)
  if (form == 4 && b.word) {
    static word_list const before = {"to",   "do",   "does", "did",   "they",  "we",    "i",     "you",   "who",
                                     "which", "that", "has", "have",  "had",   "was",   "were",  "been",  "be",
                                     "is",   "are",  "being", "will", "would", "could", "can",   "may",   "might",
                                     "must", "should"};
    if (before.contains(w)) return true;
  }
  if (form == 3) {
    static word_list const before = {"is", "are", "was", "were", "be", "been", "being", "after", "by", "while",
                                     "before", "without", "since", "from"};
    return before.contains(w);
  }
  static word_list const pronouns = {"which", "that", "who", "it", "he", "she", "this"};
  if (!b.word) return false;
  if (pronouns.contains(w)) return true;
  // (a word with an object after it: a figure, a determiner or a possessive)
  static word_list const not_subject = {"the", "a", "an", "of", "in", "on", "for", "to", "with", "and", "or", "by",
                                        "at", "from", "its", "their", "his", "her", "our", "as", "than", "per"};
  if (not_subject.contains(w) || (w.front() >= '0' && w.front() <= '9')) return false;
  if (k + 1 >= t.size()) return false;
  std::string_view const o = t[k + 1].lc;
  static word_list const object = {"the", "a", "an", "its", "their", "his", "her", "about", "some", "more", "nearly",
                                   "almost", "around", "roughly", "over", "up", "another", "all", "half", "most"};
  return !o.empty() && ((o.front() >= '0' && o.front() <= '9') || object.contains(o) || o.front() == '$' ||
                        o.starts_with("\xe2\x82\xac") || o.starts_with("\xc2\xa3"));
}

// t[k] closes a relative clause with no pronoun after a noun: "the 160 people the museum employs
// have been told" (a plural noun, a determiner and a word before it).
bool extractor::impl::contact_clause_end(std::vector<token> const& t, std::size_t k) const {
  return k >= 3 && t[k - 2].word && (is_lit(t[k - 2].lc, "the") || is_possessive(t[k - 2].lc)) && plural_noun(t[k - 3]);
}

// A plural noun (a word in -s that no list names as a function word, determiner or verb, or an
// irregular plural of plurals.tsv): the subject a present base form may follow.
bool extractor::impl::plural_noun(token const& w) const {
  if (!w.word || w.pred || w.low_pred || !open_class(w)) return false;
  std::string_view const s(w.lc);
  if (irregular_plurals.find(s)) return true;
  return s.size() >= 4 && s.back() == 's' && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") &&
         !is_possessive(s) && !unlisted_aux.count(w) && !(s[0] >= '0' && s[0] <= '9');
}

// Whether t[k], a derived base form, is the present of a plural subject right before it (over an
// adverb or two) with its object after it, directly or over "for"/"on"/"at" ("Farmers pay €85 a
// day", "beans now account for just 11%", "visitors spend about £40", "Fares start at €79"): a
// noun in -s is plural, and a
// base after it that takes a figure or a determiner is no noun of a compound ("the beans' price").
bool extractor::impl::plural_subject_place(std::vector<token> const& t, std::size_t k) const {
  static word_list const adverbs = {"also", "still", "now", "only", "already", "just", "typically", "usually",
                                    "together", "each", "currently", "often", "collectively", "jointly"};
  std::size_t p = k;
  while (p > 0 && p + 3 > k && t[p - 1].word && adverbs.contains(t[p - 1].lc)) --p;
  if (p == 0 || !plural_noun(t[p - 1])) return false;
  std::size_t o = k + 1;
  if (o < t.size() && (is_lit(t[o].lc, "for") || is_lit(t[o].lc, "on") || is_lit(t[o].lc, "at"))) ++o;
  while (o < t.size() && (is_lit(t[o].lc, "just") || is_lit(t[o].lc, "only"))) ++o;
  if (o >= t.size()) return false;
  std::string_view const w = t[o].lc;
  static word_list const object = {"the", "a", "an", "its", "their", "about", "some", "more", "nearly", "almost",
                                   "around", "roughly", "over", "up", "all", "half", "most", "between", "as", "less",
                                   "fewer", "under", "at", "close", "an", "approximately", "well"};
  return !w.empty() && ((w.front() >= '0' && w.front() <= '9') || object.contains(w) || w.front() == '$' ||
                        w.starts_with("\xe2\x82\xac") || w.starts_with("\xc2\xa3") || number_words.count(w) ||
                        w.find('$') != std::string_view::npos ||
                        (w.size() <= 3 && o + 1 < t.size() && !t[o + 1].lc.empty() && t[o + 1].lc[0] >= '0' &&
                         t[o + 1].lc[0] <= '9'));
}

// Idioms (predicates.tsv rows of several words): the first word carries the idiom's key, the
// other words none, so "fell ill" is no fall and "gave way" bursts; a "-" row blocks its words.
// (only tokens [w.lo, w.hi) can start one: intern's window)
void extractor::impl::mark_phrases(std::vector<token>& t, token_window w, notable_lists& notable) const {
  for (std::size_t i = w.lo, hi = std::min<std::size_t>(t.size(), w.hi); i < hi; ++i) {
    if (!t[i].cue_first || !t[i].phrases) continue;
    for (auto pi : *t[i].phrases) {  // (only the phrases that start with the word: match_at rejects the others)
      auto const& p = predicate_phrases[pi];
      if (!match_at(t, i, p.words)) continue;
      for (std::size_t k = i; k < i + p.words.size(); ++k) t[k].pred = t[k].low_pred = nullptr;
      if (p.value != "-") {
        t[i].pred = &p.value;
        notable.insert(notable_kind::verb, static_cast<std::uint32_t>(i));  // (a verb now, if its word is none)
      }
      t[i].bound = p.extra == "bound";
      t[i].idiom = p.value != "-";
      i += p.words.size() - 1;
      break;
    }
  }
}

// key_of without copies: the subjects.tsv row that holds, else null, and in `single` the head's
// singular (the key when no row holds; a view of `head` or of `buf`).
// (head_word: the token head is read from, when head is its whole text: its subjects bit
// answers the head's own lookup)
subject_entry const* extractor::impl::subject_row(std::string_view prev, std::string_view head,
                                                  std::optional<quantity_kind> kind, std::string_view& single,
                                                  std::string& buf, folded_view const* head_word) const {
  // (subject_index: the rows of subjects, open addressing: no division, no node per lookup)
  auto fits = [&](subject_entry const* const* e) {
    return e && ((*e)->kind.empty() || (kind && to_string(*kind) == (*e)->kind));
  };
  // (once for both lookups below; an irregular plural by its row, grammars/plurals.tsv)
  if (auto const* irregular = irregular_plurals.find(head)) single = *irregular;
  else single = singular_view(head, buf);
  if (!prev.empty()) {
    if (ends_subject_phrase(head))
      if (auto const* e = subject_index.find(joined(prev, head)); fits(e)) return *e;
    if (ends_subject_phrase(single))
      if (auto const* e = subject_index.find(joined(prev, single)); fits(e)) return *e;
  }
  bool const listed = !head_word || !head_word->interned() || head_word->size() != head.size() || subjects.count(*head_word);
  if (listed)
    if (auto const* e = subject_index.find(head); fits(e)) return *e;
  // (a singular equal to the head was just looked up)
  if (single.size() != head.size())
    if (auto const* e = subject_index.find(single); fits(e)) return *e;
  return nullptr;
}

// A count of the people who say something ("two Egyptian security sources said", "Three
// officials told reporters") describes the source, not a claim of it: such a quantity is
// dropped before any claim is built. The figure is followed, within a few words, by a
// speaker noun (grammars/generic_speakers.tsv, speaker_nouns.tsv), then, through at most a
// coordinated name ("and state-run Al-Qahera News") and no punctuation but hyphens, by a
// speech verb (grammars/attribution.tsv). "Two officials were killed, the ministry said" keeps
// its figure: the speech verb is past a comma.
void extractor::impl::drop_speaker_counts(sentence_info& si) const {
  auto& qs = si.parsed.quantities;
  auto& ranges = si.figure_ranges;
  ranges.clear();
  if (qs.empty()) return;
  token_span const t = si.tokens;
  // (every figure's token range, in one walk over the tokens: extract reads them too)
  token_ranger ranger{si.tokens};
  for (auto const& q : qs) ranges.push_back(ranger(q.span));
  // (no speaker noun in the sentence: no figure of it counts speakers, all are kept)
  if (!may_hold(si, generic_speakers.bit | speaker_nouns.bit)) return;
  auto speaks = [&](quantity const& q, std::pair<std::size_t, std::size_t> range) {
    if (q.kind != quantity_kind::count) return false;
    std::size_t const j = range.second + 1;  // the first token after the figure
    std::size_t p = SIZE_MAX;
    for (std::size_t k = j; k < t.size() && k < j + 5 && t[k].word; ++k) {
      if (speaker_noun(t[k])) {
        p = k;
        break;
      }
    }
    if (p == SIZE_MAX) return false;
    for (std::size_t k = p + 1; k < t.size() && k < p + 10; ++k) {
      if (!t[k].word && t[k].lc != "-") return false;
      for (auto const& v : starting(speech_verbs, t, k))
        if (match_at(t, k, v.words)) return true;
      if (k == p + 1 && t[k].lc != "and") return false;  // only a coordinated speaker may come between
    }
    return false;
  };
  // (the figures kept and their ranges, in order)
  std::size_t kept = 0;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (speaks(qs[i], ranges[i])) continue;
    if (kept != i) qs[kept] = std::move(qs[i]);
    ranges[kept++] = ranges[i];
  }
  qs.erase(qs.begin() + static_cast<std::ptrdiff_t>(kept), qs.end());
  ranges.resize(kept);
}

// token_range with `from` (the first token that ends after s.start) known
std::pair<std::size_t, std::size_t> extractor::impl::token_range_from(token_span t, byte_span s,
                                                                      std::size_t from) {
  // Every token from `from` on ends after s.start (tokens are sorted and do not overlap), so
  // each one that starts before s.end lies inside s or overlaps it ("17-year"): the range is
  // `from` to the last of them.
  if (from < t.size() && t[from].start < s.end) {
    std::size_t last = from;
    while (last + 1 < t.size() && t[last + 1].start < s.end) ++last;
    return {from, last};
  }
  // (no token overlaps s: the first that starts at or after it)
  for (std::size_t i = 0; i < t.size(); ++i)
    if (t[i].start >= s.start) return {i, i};
  return {t.empty() ? 0 : t.size() - 1, t.empty() ? 0 : t.size() - 1};
}

}  // namespace claimcheck::claims
