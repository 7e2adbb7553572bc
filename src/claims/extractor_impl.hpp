#pragma once
// The extractor's rules share one state: the word lists read from grammars/ and the token and
// sentence types they walk. This private header holds them and the `extractor::impl` struct;
// each stage of the rules is defined in its own translation unit (see extractor.cpp's head
// comment for the stages and where they live).

#include "claimcheck/claims/extractor.hpp"
#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/parser/quantity_parser.hpp"
#include "claimcheck/text/sentences.hpp"
#include "claimcheck/text/utf8.hpp"
#include "dates.hpp"
#include "near_search.hpp"
#include "text/literal.hpp"
#include "words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <cstdlib>
#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::claims {

constexpr bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
// A share of something (a fraction, percent or ratio) rather than an amount of it.
inline bool is_share(quantity_kind k) {
  return k == quantity_kind::fraction || k == quantity_kind::percent || k == quantity_kind::ratio;
}

// The bits of the word lists that hold an interned word (token_keyed: one bit per list, up to 63)
// and, in the top bit, whether it was interned at all (the bits are valid). One 64-bit word, so a
// token stays 88 bytes.
struct list_bits {
  static constexpr std::uint64_t interned_bit = std::uint64_t{1} << 63;
  std::uint64_t lists = 0;
  bool interned() const noexcept { return (lists & interned_bit) != 0; }
};

// A token's folded text: a std::string whose comparison with a literal ("to", "of") is inline
// (length, then bytes) instead of a call to std::string::compare(char const*) with its strlen;
// the rules make such comparisons at every token of their windows, per figure.
// Once interned (impl::extract looks every token up once in impl::vocab), it also carries the
// bits of the word lists that hold it (token_keyed), so a rule's `list.count(t.lc)` tests a
// bit instead of hashing the word again.
struct folded : std::string, list_bits {
  using std::string::string;
  using std::string::operator=;
  folded() = default;
  folded(std::string s) : std::string(std::move(s)) {}
  template <std::size_t N>
  [[gnu::always_inline]] friend bool operator==(folded const& a, char const (&lit)[N]) noexcept {
    return text::is_lit(a, lit);
  }
};

// A token's folded text as a view: into the article's folded copy (impl::extract folds each
// word into the bytes of that copy its own text occupies: folding never lengthens), into the
// article text itself (punctuation), or into a literal. The same inline literal comparison and
// list bits as `folded`, without a string per token.
struct folded_view : std::string_view, list_bits {
  using std::string_view::string_view;
  folded_view() = default;
  // (a copy where a rule wants a std::string: `std::string const&` parameters, `lc + "s"`)
  explicit operator std::string() const { return std::string(data(), size()); }
  friend std::string operator+(folded_view const& a, std::string_view b) {
    std::string r;
    r.reserve(a.size() + b.size());
    r.append(a).append(b);
    return r;
  }
  friend std::string operator+(std::string_view a, folded_view const& b) {
    std::string r;
    r.reserve(a.size() + b.size());
    r.append(a).append(b);
    return r;
  }
  friend std::string operator+(char const* a, folded_view const& b) { return std::string_view(a) + b; }
  friend std::string operator+(folded_view const& a, char const* b) { return a + std::string_view(b); }
  template <std::size_t N>
  [[gnu::always_inline]] friend bool operator==(folded_view const& a, char const (&lit)[N]) noexcept {
    return text::is_lit(a, lit);
  }
  // ends_with/starts_with a literal inline (std::string_view's take a char const* and are called
  // out of line, with a strlen; the rules test suffixes of tokens per figure)
  template <std::size_t N>
  [[gnu::always_inline]] bool ends_with(char const (&lit)[N]) const noexcept {
    return text::ends_lit(*this, lit);
  }
  template <std::size_t N>
  [[gnu::always_inline]] bool starts_with(char const (&lit)[N]) const noexcept {
    return text::starts_lit(*this, lit);
  }
  bool ends_with(std::string_view s) const noexcept { return std::string_view::ends_with(s); }
  bool starts_with(std::string_view s) const noexcept { return std::string_view::starts_with(s); }
  bool ends_with(char c) const noexcept { return !empty() && back() == c; }
  bool starts_with(char c) const noexcept { return !empty() && front() == c; }
};

// A word list whose membership test on an interned token reads the token's bit. `bit` is set
// by the extractor's constructor, which also enters the list's words into its vocab.
// A token's text is tested by its bit alone: every token a rule reads was interned when it was
// made (prepare_sentences interns a sentence's tokens right after tokenize_into, topics_of the
// title's; a clause's tokens are copies of interned ones), so the word is never looked up again.
// (The look-up of a word not interned, inlined as a fallback at each of the rules' ~400 list
// tests, made their code larger and their registers scarcer: 7.9 M instructions per MB.)
template <class Base>
struct token_keyed : Base {
  std::uint64_t bit = 0;
  using Base::count;
  std::size_t count(folded const& w) const { return w.interned() ? (w.lists & bit) != 0 : Base::count(w); }
  std::size_t count(folded_view const& w) const {
    assert(w.interned() || w.empty());
    return (w.lists & bit) != 0;
  }
};
using token_set = token_keyed<word_set>;
// (over open addressing, for lists also asked of strings that are no token: a speaker's key)
struct token_flat_set : token_keyed<flat_word_set> {
  using token_keyed<flat_word_set>::count;
  std::size_t count(std::string const& w) const { return flat_word_set::count(std::string_view(w)); }
};

struct word_info;

// (the flags together at the end: 88 bytes, where flags between the pointers padded it to 104;
// a sentence's tokens are made, copied and walked many times)
struct token {
  token() = default;
  // (the tokenizer's: each field stored once, where emplace_back() zeroed all 88 bytes first)
  token(std::size_t s, std::size_t e, folded_view text, bool is_word) : start(s), end(e), lc(text), word(is_word) {}
  std::size_t start = 0, end = 0;  // absolute byte offsets
  folded_view lc;                  // folded lowercase text (see folded_view)
  // Looked up once per sentence (impl::extract): the word's predicate keys
  // (grammars/predicates.tsv) and whether it starts a cue of some list (impl::cue_firsts).
  std::string const* pred = nullptr;
  std::string const* low_pred = nullptr;
  std::vector<std::uint32_t> const* modality = nullptr;  // modality cues starting with the word
  std::vector<std::uint32_t> const* phrases = nullptr;   // predicate_phrases starting with the word
  word_info const* info = nullptr;                // its vocabulary entry (impl::vocab), if any
  bool word = false;                              // false: punctuation
  bool cue_first = false;
  bool bound = false;  // an idiom that is the predicate only of the figure right before it ("12 short of")
  bool idiom = false;  // the first word of an idiom of predicates.tsv ("gave way")
  bool noun = false;   // a listed verb form that its place makes a noun ("mortgage accounts were": intern)
};
static_assert(sizeof(token) <= 88);
static_assert(sizeof(folded_view) == 24);  // (list_bits: the interned flag is a bit of lists)

// The rules read a sentence's tokens through a span: its size is a stored count (a vector's is
// (end - begin) / sizeof(token), recomputed at every loop test the compiler cannot prove
// unchanged), and the span, a local, is not reloaded after a call.
using token_span = std::span<token const>;

// "Of those, ...", "Of them, ...", "Of these, ..." (and, with `among`, "Among them, ..."): a
// sentence that opens by taking a part of the count before it through a pronoun. (The link rule
// asks the "of" form only; the date rule, which continues the count's report, both.)
inline bool pronoun_partitive(token_span t, bool among) {
  return t.size() > 3 && (t[0].lc == "of" || (among && t[0].lc == "among")) &&
         (t[1].lc == "those" || t[1].lc == "them" || t[1].lc == "these") && t[2].lc == ",";
}

// Words: runs of letters/digits with inner apostrophes, hyphens and periods ("Gaza's",
// "cross-border", "U.S."); everything else is one punctuation token per character.
// text::fold(w) written at `dst` (room for w.size() bytes: folding never lengthens), as a view.
inline folded_view folded_at(std::string_view w, char* dst) { return folded_view(dst, text::fold_into(w, dst)); }

// text::fold(w) into `buf` (its capacity kept from call to call), as a view of it.
inline std::string_view fold_to(std::string& buf, std::string_view w) {
  buf.resize(w.size());
  buf.resize(text::fold_into(w, buf.data()));
  return buf;
}

// Byte classes for the tokenizer's word loop (one table load per byte; b_alnum: is_alnum).
enum : std::uint8_t { b_alnum = 1, b_latin = 2, b_joiner = 4, b_e2 = 8, b_space = 16 };
constexpr auto word_bytes = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    auto& v = t[static_cast<std::size_t>(c)];
    if (is_alnum(static_cast<char>(c))) v = b_alnum;
    if (c >= 0xC3 && c < 0xE0) v = b_latin;  // lead byte of a two-byte Latin letter
    if (c == '\'' || c == '-' || c == '.') v = b_joiner;
    if (c == 0xE2) v = b_e2;  // (U+2019, the typographic apostrophe, starts with it)
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') v = b_space;
  }
  return t;
}();

// The end of the run of ASCII letters and digits from `j` (< end): the first clear bit at or
// after j of the text's `alnum` set (parser::prepared_text, built once per text for the scanner
// and the tokenizer), end at most. (A word is ~6 bytes: one word of the set, where the 16-byte
// SSE2 load and compare of the lowered copy took ~20 instructions. The set is clear past the
// text and has a zero word after its last: every run ends.)
inline std::size_t alnum_run_end(std::uint64_t const* alnum, std::size_t j, std::size_t end) {
  std::size_t w = j >> 6;
  std::uint64_t b = ~alnum[w] & (~std::uint64_t{0} << (j & 63));
  while (b == 0) b = ~alnum[++w];
  return std::min(w * 64 + static_cast<std::size_t>(__builtin_ctzll(b)), end);
}

// Into `out` (cleared first; its capacity is reused). `prepared` is text's
// (parser::prepared_text::build), and must outlive the tokens: an ASCII word's folded text is its
// lowered copy, at the word's own offset. A word with non-ASCII bytes is folded (text::fold) into
// `folds` at its own offset (folds[k] stands beside text[k]: room for text's bytes and 8 more,
// which must outlive the tokens too), not over the lowered copy, which the parser reads after.
// `capitals` (when given) gets the indexes of the words that start with an ASCII capital,
// `marks` (when given) those of the "," and ";" tokens (no other token's text is either).
inline void tokenize_into(std::vector<token>& out, std::string_view text, byte_span s, parser::prepared_text const& prepared,
                   char* folds, std::vector<std::uint32_t>* capitals = nullptr, std::vector<std::uint32_t>* marks = nullptr) {
  char const* const folded_text = prepared.lowered_data();
  std::uint64_t const* const alnum = prepared.alnum.data();
  out.clear();
  out.reserve((s.end - s.start) / 4 + 1);
  std::size_t i = s.start;
  while (i < s.end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    auto const first_cls = word_bytes[c];
    // (text::space_at, with its ASCII answer from the table)
    if (first_cls & b_space) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      if (auto sp = text::space_at(text, i)) {
        i += sp;
        continue;
      }
    }
    // Words: ASCII letters and digits, and two-byte Latin letters (a whole UTF-8 sequence each);
    // every other non-ASCII character is punctuation, taken as its whole sequence.
    if (first_cls & (b_alnum | b_latin)) {
      std::size_t j = i;
      bool ascii = true;
      char const* const tp = text.data();
      while (j < s.end) {
        // (a run of letters and digits: most bytes of a word)
        j = alnum_run_end(alnum, j, s.end);
        if (j >= s.end) break;
        auto const cls = word_bytes[static_cast<unsigned char>(tp[j])];
        if (!(cls & (b_latin | b_joiner | b_e2))) break;  // (a space or punctuation: most words end so)
        if ((cls & b_latin) && j + 1 < s.end) {
          j += 2;  // Latin letters with diacritics
          ascii = false;
        } else if ((cls & b_joiner) && j + 1 < s.end && (word_bytes[static_cast<unsigned char>(tp[j + 1])] & b_alnum)) {
          ++j;
        } else if ((cls & b_e2) && j + 3 < s.end && tp[j + 1] == '\x80' && tp[j + 2] == '\x99' && is_alnum(tp[j + 3])) {
          // (U+2019 inside a word: cls & b_e2 is its first byte)
          j += 3;
          ascii = false;
        } else {
          break;
        }
      }
      if (j == i) {
        j = std::min(i + 2, s.end);
        ascii = false;
      }
      if (capitals && c >= 'A' && c <= 'Z') capitals->push_back(static_cast<std::uint32_t>(out.size()));
      out.emplace_back(i, j, ascii ? folded_view(folded_text + i, j - i) : folded_at(text.substr(i, j - i), folds + i),
                       true);
      i = j;
      if (i < s.end && text[i] == ' ') ++i;  // (the space after most words: not one more turn of the loop)
    } else {
      std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      len = std::min(len, s.end - i);
      if (marks && (c == ',' || c == ';')) marks->push_back(static_cast<std::uint32_t>(out.size()));
      out.emplace_back(i, i + len,
                       c < 0x80 ? (c == '"' || c == '\'' ? folded_view("\"") : folded_view(text.data() + i, 1))  // (nothing to fold)
                       : text::quote_at(text, i) != 0 ? folded_view("\"")
                                                      : folded_at(text.substr(i, len), folds + i),
                       false);
      i += len;
    }
  }
}

inline std::vector<token> tokenize(std::string_view text, byte_span s, parser::prepared_text const& prepared, char* folds) {
  std::vector<token> out;
  tokenize_into(out, text, s, prepared, folds);
  return out;
}

// The working vectors of a sentence with figures (impl::extract), kept by the thread from
// sentence to sentence so that their capacity is reused instead of allocated per sentence.
// `in_use` empties them when the sentence is done (and frees those a huge sentence grew).
struct sentence_buffers {
  std::vector<char> fell_to_outlet;
  std::vector<std::size_t> of_quantity, part_of_whole;
  std::vector<std::size_t> copula_parts;  // fronted partitive parts stated by a copula
  std::vector<std::pair<std::size_t, std::size_t>> anaphoric_parts;
  std::vector<byte_span> figure_spans;
  // the relation cues matching at each token (extract): all zero between sentences, as long as
  // the longest sentence so far; a sentence writes the entries of its cues' first words only
  // (relation_set) and in_use zeroes those again, so no sentence fills a vector of its length
  std::vector<std::uint64_t> relation_at;
  std::vector<std::uint32_t> relation_set;
  std::vector<std::tuple<std::size_t, relation_kind, std::size_t>> local_rels;
  std::vector<std::string> places;
  // an article's speakers and whether each spoke (article_pass): lent to each article in turn,
  // emptied keeping their capacity, so that an article's first speakers are no vector's grows
  // (~10 allocations an article)
  std::vector<std::string> speakers;
  std::vector<char> spoke;
  // an article's running speakers (article_pass::said), lent to each article in turn: emptied
  // at its start, its first block kept
  std::deque<text_key> said;

  struct in_use {
    sentence_buffers& b;
    ~in_use() {
      done(b.fell_to_outlet);
      done(b.of_quantity);
      done(b.part_of_whole);
      done(b.copula_parts);
      done(b.anaphoric_parts);
      done(b.figure_spans);
      for (auto const k : b.relation_set) b.relation_at[k] = 0;
      done(b.relation_set);
      if (b.relation_at.capacity() > 512) std::vector<std::uint64_t>().swap(b.relation_at);
      done(b.local_rels);
      done(b.places);
    }
  };
  template <class V>
  static void done(V& v) {
    if (v.capacity() > 512) {
      V().swap(v);
    } else {
      v.clear();
    }
  }
};

// (The small word tests below are always inlined: the rules that call them per token are
// functions so large that GCC otherwise calls them out of line, ~40,000 times per MB each.)
// "Labour's", "the Greens'": a possessive word (lower-cased token text)
[[gnu::always_inline]] inline bool is_possessive(std::string_view w) {
  return w.size() >= 2 && ((w[w.size() - 2] == '\'' && w.back() == 's') || (w[w.size() - 2] == 's' && w.back() == '\''));
}

// A word without its possessive ending, as a view of it (it only drops a suffix).
[[gnu::always_inline]] inline std::string_view strip_possessive_view(std::string_view w) {
  if (w.size() > 2 && w[w.size() - 2] == '\'' && w.back() == 's') w.remove_suffix(2);
  if (!w.empty() && w.back() == '\'') w.remove_suffix(1);
  return w;
}

inline std::string strip_possessive(std::string_view w) { return std::string(strip_possessive_view(w)); }

// (w == lit, w.starts_with(lit), w.ends_with(lit) for a literal, inline: text/literal.hpp; a
// claim's keys are std::strings, and the rules compare them with literals per figure)
using text::ends_lit;
using text::is_lit;
using text::starts_lit;

// text::fold(s.substr(0, lit.size())) == lit for a lowercase ASCII lit, without a string when
// those bytes are ASCII (then folding lowercases them, nothing else).
inline bool folded_prefix_is(std::string_view s, std::string_view lit) {
  auto const p = s.substr(0, lit.size());
  for (char ch : p)
    if (static_cast<unsigned char>(ch) >= 0x80) return text::fold(p) == lit;
  if (p.size() != lit.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char const ch = p[i] >= 'A' && p[i] <= 'Z' ? static_cast<char>(p[i] - 'A' + 'a') : p[i];
    if (ch != lit[i]) return false;
  }
  return true;
}

// singular(w) as a view: of w itself (every rule but "-ies" drops a suffix), or of `buf`.
inline std::string_view singular_view(std::string_view w, std::string& buf) {
  auto ends = [&]<std::size_t N>(char const (&s)[N]) { return w.size() > N && ends_lit(w, s); };  // (N - 1 letters, and one more)
  if (ends("ies")) {
    buf.assign(w.substr(0, w.size() - 3));
    buf.push_back('y');
    return buf;
  }
  if (ends("sses") || ends("shes") || ends("ches") || ends("xes")) return w.substr(0, w.size() - 2);
  if (ends("children")) return w.substr(0, w.size() - 3);  // grandchildren -> grandchild
  // fishermen -> fisherman, gunmen -> gunman (not specimen, regimen, abdomen, stamen, acumen)
  if (w.size() >= 6 && ends_lit(w, "men") && std::string_view("aiou").find(w[w.size() - 4]) == std::string_view::npos) {
    buf.assign(w.substr(0, w.size() - 2));
    buf += "an";
    return buf;
  }
  if (ends("ss") || ends("us") || ends("sis")) return w;
  if (ends("s")) return w.substr(0, w.size() - 1);
  return w;
}

inline std::string singular(std::string_view w) {
  std::string buf;
  return std::string(singular_view(w, buf));
}

// The lemma of a past form in -ed, by English spelling alone (for verbs grammars/predicates.tsv
// does not list): "carried" -> carry, "stopped" -> stop (but "filled", "passed", "added" keep
// their double letter; "travelled" -> travel), "agreed" -> agree, and a silent e restored where
// the spelling needs one: after v, z, u, c, s, a consonant and g or l, a consonant and "at", a
// consonant and "ir"/"ur"/"ar" ("moved", "rescued", "forced", "closed", "changed", "handled",
// "created", "required", "injured", "declared"), and in one-syllable
// stems that end in one vowel and one consonant ("voted", "hoped"). "" when the word is too
// short to be such a form.
inline std::string past_lemma(std::string_view w) {
  if (w.size() < 5 || !w.ends_with("ed")) return {};
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (w.ends_with("ied")) return std::string(w.substr(0, w.size() - 3)) + "y";
  // ("agreed", "freed": a stem in -ee; but "exceed", "succeed", "proceed" are bare forms)
  if (w.ends_with("ceed")) return std::string(w);
  if (w.ends_with("eed")) return std::string(w.substr(0, w.size() - 1));
  std::string s(w.substr(0, w.size() - 2));
  char const a = s[s.size() - 1], b = s[s.size() - 2];
  // (a "u" after "q" is a consonant's: "required", "acquired")
  auto consonant_at = [&](std::size_t k) { return !vowel(s[k]) || (s[k] == 'u' && k > 0 && s[k - 1] == 'q'); };
  if (a == b && !vowel(a)) {
    // ("travelled", "controlled", "patrolled": not "filled", "shelled", "polled")
    bool const keep = s.size() <= 3 || a == 's' || a == 'z' || a == 'f' ||
                      (a == 'l' && !(s.size() > 5 && (s.ends_with("ell") || s.ends_with("roll"))));
    if (!keep) s.pop_back();
    return s;
  }
  bool e = a == 'v' || a == 'z' || a == 'u' || a == 'c' || a == 's';
  e = e || ((a == 'g' || a == 'l') && !vowel(b) && b != 'n' && b != 'l') || (a == 'g' && b == 'n' && s.size() > 2 && s[s.size() - 3] == 'a');
  // ("created" and others that look like "treated" are in verb_lemmas.tsv; "evaluated", "situated")
  e = e || (a == 't' && b == 'a' && s.size() > 2 && (!vowel(s[s.size() - 3]) || s[s.size() - 3] == 'u'));
  // "required", "declared", "injured" (not "appeared", "poured", "offered")
  e = e || (a == 'r' && (b == 'i' || b == 'u' || b == 'a') && s.size() > 2 && consonant_at(s.size() - 3));
  // One vowel between a consonant and these endings is a stem with a silent e, whatever its
  // syllables: "decided", "concluded", "preceded" (d); "distributed" (ut; "debuted" is listed);
  // "completed", "deleted" (plet, elet: "targeted", "budgeted" keep theirs); "revoked", "rebuked"
  // (k); "described" (b); "assumed", "renamed" (am, im, um: not "welcomed", "blossomed");
  // "declined", "examined" (in, un: not "questioned"); "compiled", "scheduled" (il, ol, ul: not
  // "modeled"); "escaped", "wiped" (ap, ip, up: not "developed"); "managed", "alleged" (g).
  if (!e && s.size() > 3 && vowel(b) && consonant_at(s.size() - 3)) {
    bool const aiu = b == 'a' || b == 'i' || b == 'u';
    e = a == 'd' || a == 'k' || a == 'b' || a == 'g' || (a == 't' && b == 'u') ||
        (a == 't' && b == 'e' && s[s.size() - 3] == 'l' && (s[s.size() - 4] == 'p' || s[s.size() - 4] == 'e')) ||
        (a == 'm' && aiu) || (a == 'n' && (b == 'i' || b == 'u')) || (a == 'l' && (b == 'i' || b == 'o' || b == 'u')) ||
        (a == 'p' && aiu);
  }
  if (!e && !vowel(a) && a != 'w' && a != 'x' && a != 'y' && vowel(b) && b != 'y') {
    std::size_t groups = 0;
    for (std::size_t k = 0; k < s.size(); ++k) groups += vowel(s[k]) && (k == 0 || !vowel(s[k - 1]));
    e = groups == 1 && s.size() > 2 && !vowel(s[s.size() - 3]);
  }
  if (e) s.push_back('e');
  return s;
}

// The lemma of a verb form the vocabulary does not list: a past form (past_lemma), a form in
// -ing spelt like its past ("sleeping" -> sleep, "living" -> live) or a present in -s ("remains"
// -> remain).
inline std::string verb_lemma(std::string_view w) {
  if (auto l = past_lemma(w); !l.empty()) return l;
  if (w.size() > 5 && w.ends_with("ing")) return past_lemma(std::string(w.substr(0, w.size() - 3)) + "ed");  // sleeping
  return std::string(w.ends_with("s") ? w.substr(0, w.size() - 1) : w);
}

// The base of a present form: "-es" dropped after a sibilant ("pushes", "watches", "taxes"),
// "-ies" -> "-y" ("carries"), else one "-s" dropped ("aims", not "bypass").
inline std::string present_base(std::string_view w) {
  if (w.size() > 4 && (w.ends_with("shes") || w.ends_with("ches") || w.ends_with("sses") || w.ends_with("xes")))
    return std::string(w.substr(0, w.size() - 2));
  if (w.size() > 4 && w.ends_with("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  return std::string(w.ends_with("s") && !w.ends_with("ss") ? w.substr(0, w.size() - 1) : w);
}

struct subject_entry {
  std::string key, predicate;
  std::string kind;  // subjects.tsv column 4: the row holds only for figures of this kind ("money")
};

struct cue {
  std::vector<std::string> words;
  folded value;  // (folded: the rules compare these with literals per figure and cue)
  folded extra;
};

// A vocabulary entry (impl::vocab): what the rules test per token, looked up once.
struct word_info {
  std::string const* pred = nullptr;
  std::string const* low_pred = nullptr;
  std::vector<std::uint32_t> const* modality = nullptr;  // modality_by_first's entry
  std::vector<std::uint32_t> const* phrases = nullptr;   // phrases_by_first's entry
  // per cue list: the indexes of its cues that start with the word, in list order
  std::vector<std::pair<std::vector<cue> const*, std::vector<std::uint32_t>>> starts;
  std::uint64_t lists = 0;  // token_keyed bits (never list_bits::interned_bit)
  std::uint64_t rules = 0;  // rule_list bits
  // starts' entries of the speech prepositions and speech verbs (find_attribution's first pass)
  // and of the relative dates (its test of the words before a speech verb)
  std::vector<std::uint32_t> const* speech_preps = nullptr;
  std::vector<std::uint32_t> const* speech_verbs = nullptr;
  std::vector<std::uint32_t> const* relative_dates = nullptr;
  std::uint8_t notable = 0;  // the notable_kind bits of the word (build_vocab)
  // the word is ASCII letters only and none of the words the parser reads at a word start
  // (quantity_parser::start_words): intern takes its starts out of the parser's
  // (prepared_text::quieter)
  bool quiet_start = false;
  // a form inflect_predicates derived from a row marked "all" (predicates.tsv): 1 base, 2 -s,
  // 3 -ing, with its key; pred stays null, and intern gives a token the key only in a verb's
  // place (verbal_place)
  std::uint8_t derived = 0;
  std::string const* derived_pred = nullptr;
};

// What a sentence-wide pass of the rules looks for, marked once per token by intern (see
// sentence_info::notable): each pass visits the tokens of its kind instead of every token.
enum notable_kind : std::uint8_t {
  date_start,      // a digit first, or a word of date_starts (date_candidates)
  speech_start,    // the first word of a speech verb or preposition (find_attribution)
  tense_word,      // a word of tense_words (find_date)
  clause_opener,   // "who", "which", "that"... (embedded_clauses)
  relation_start,  // the first word of a relation cue (extract's relation cue walk)
  verb,            // a word with a predicate key, or an idiom's first word (find_predicate's search)
  negator,         // "not", "n't", "never" (clause_negated: most figures have none before them)
  agent,           // an agent word of agent_predicates.tsv (find_predicate's agent walk)
  notable_kinds
};
static_assert(notable_kinds <= 8);  // (word_info::notable is a byte)

// A sentence's token indexes of each notable_kind, in order, in one buffer that keeps its
// capacity from sentence to sentence: kind k's at at[k * stride, k * stride + size[k]) (stride:
// the sentence's token count, room for all). (intern writes them through a pointer: a
// push_back per index, with its capacity test, cost more than the passes saved.)
struct notable_lists {
  std::vector<std::uint32_t> at;
  std::size_t stride = 0;
  std::array<std::uint32_t, notable_kinds> size{};
  // the token_keyed bits of all its tokens together (intern): a list none of whose words the
  // sentence holds has its bit clear (see impl::may_hold)
  std::uint64_t lists = 0;
  // the rule_list bits of all its tokens together (intern): a rule that needs a word of a
  // rule_list near the figure is not entered in a sentence that holds none (impl::may_hold_rule)
  std::uint64_t rules = 0;
  // empty lists for a sentence of n tokens; their room
  std::uint32_t* start(std::size_t n) {
    if (at.size() < n * notable_kinds) at.resize(n * notable_kinds);
    stride = n;
    size.fill(0);
    lists = 0;
    rules = 0;
    return at.data();
  }
  std::span<std::uint32_t const> of(notable_kind k) const { return {at.data() + k * stride, size[k]}; }
  // token i joins kind k's list after the sentence was interned, in order (once)
  void insert(notable_kind k, std::uint32_t i) {
    auto* const first = at.data() + k * stride;
    auto* const last = first + size[k];
    auto* const p = std::lower_bound(first, last, i);
    if (p != last && *p == i) return;
    std::copy_backward(p, last, last + 1);
    *p = i;
    ++size[k];
  }
};

// A rule's short fixed word list (a verb's auxiliaries, the words that stop a clause walk),
// tested at every token of a per-figure window. Each one is a static member of the extractor,
// made before any extractor; build_vocab enters its words in the vocabulary with its bit, so
// the test on an interned token reads that bit (no word compare, no call).
class rule_list {
 public:
  rule_list(std::initializer_list<std::string_view> words) : list_(words), words_(words.begin(), words.end()) {
    auto& a = all();
    if (a.size() >= 64) throw std::logic_error("extractor: more than 64 rule lists");
    bit_ = std::uint64_t{1} << a.size();
    a.push_back(this);
  }
  rule_list(rule_list const&) = delete;
  rule_list& operator=(rule_list const&) = delete;
  // (by the token's vocabulary entry alone: every token is interned, see token_keyed)
  [[gnu::always_inline]] bool count(token const& t) const noexcept {
    assert(t.lc.interned() || t.lc.empty());
    return t.info && (t.info->rules & bit_) != 0;
  }
  bool count(std::string_view w) const noexcept { return list_.contains(w); }
  std::vector<std::string> const& words() const { return words_; }
  std::uint64_t bit() const { return bit_; }
  static std::vector<rule_list const*>& all() {
    static std::vector<rule_list const*> lists;
    return lists;
  }

 private:
  word_list list_;
  std::vector<std::string> words_;
  std::uint64_t bit_ = 0;
};

// A run of claims: the sentence's (built in place at the end of extract's output) or the
// article's before them.
using claims_view = std::span<claim const>;

// Empties a claim's string, vector or text_key as claim{} has it, keeping the capacity.
inline void clear_keeping(std::string& s) { s.clear(); }
template <class T>
void clear_keeping(std::vector<T>& v) {
  v.clear();
}
inline void clear_keeping(text_key& k) {
  k.text.clear();
  k.key.clear();
}

// Where the body of a paragraph's first sentence begins after a dateline ("LONDON, Nov. 3 —",
// "OSLO, Norway, April 7 --", "PARIS (Test Wire) —", "Lisbon, March 3 (Wire) -"), else `start`.
// A dateline says where and when the story was filed: it dates no figure and names no one
// (docs/corpus.md). It opens a paragraph; its place is in capitals, or it carries a date or an
// agency in parentheses; every group after a comma is capitalized words or a day; a dash ends it.
inline std::size_t dateline_end(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t p = start;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '\r')) --p;
  if (p > 0 && text[p - 1] != '\n') return start;
  std::size_t const limit = std::min(end, start + 100);
  std::size_t i = start;
  bool capitals = true, day = false, agency = false;
  // A run of words that start with a capital: the place ("NEW YORK", lead: every letter a
  // capital for `capitals`), or after a comma a country or a day ("Norway", "Nov. 3", "March 3").
  auto word_run = [&](bool lead) {
    bool any = false;
    while (i < limit && (is_upper(text[i]) || (!lead && any && text[i] >= '0' && text[i] <= '9'))) {
      bool const digits = text[i] >= '0' && text[i] <= '9';
      std::size_t j = i;
      while (j < limit && (is_alnum(text[j]) || text[j] == '.' || text[j] == '-' || text[j] == '\'')) {
        if (lead && text[j] >= 'a' && text[j] <= 'z') capitals = false;
        if (digits && !(text[j] >= '0' && text[j] <= '9')) return false;
        ++j;
      }
      if (digits && j - i > 4) return false;
      day = day || digits;
      any = true;
      i = j;
      if (i + 1 < limit && text[i] == ' ' && is_alnum(text[i + 1])) ++i;
      else break;
    }
    // (a space taken before a word that is no part of the run: the caller reads from it)
    if (any && i > 0 && text[i - 1] == ' ') --i;
    return any;
  };
  if (!word_run(true)) return start;
  while (i + 1 < limit && text[i] == ',' && text[i + 1] == ' ') {
    i += 2;
    if (!word_run(false)) return start;
  }
  if (i + 1 < limit && text[i] == ' ' && text[i + 1] == '(') ++i;
  if (i < limit && text[i] == '(') {
    auto const close = text.find(')', i);
    if (close == std::string_view::npos || close >= limit || close - i > 40 || !is_upper(text[i + 1])) return start;
    agency = true;
    i = close + 1;
  }
  if (!capitals && !day && !agency) return start;
  if (i >= limit || text[i] != ' ') return start;
  ++i;
  // the dash: an em or en dash, "--" or "-"
  if (text.substr(i, 3) == "\xE2\x80\x94" || text.substr(i, 3) == "\xE2\x80\x93") i += 3;
  else if (text.substr(i, 2) == "--") i += 2;
  else if (i < limit && text[i] == '-') ++i;
  else return start;
  if (i >= end || text[i] != ' ') return start;
  while (i < end && text[i] == ' ') ++i;
  return i < end ? i : start;
}

// to = from, without copying a string that is equal already: extract's running speakers (the
// last, the paragraph's, the previous sentence's) are assigned the sentence's speaker after every
// sentence that names or carries one, and a paragraph's sentences mostly carry the one it has
// (a and b equal: lengths, then bytes; always inline, where std::string's == is a call in the
// large rule functions, ~23,000 per MB from name_speakers alone)
[[gnu::always_inline]] inline bool same_string(std::string const& a, std::string const& b) noexcept {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}
[[gnu::always_inline]] inline void assign_changed(std::string& to, std::string const& from) {
  if (!same_string(to, from)) to = from;
}
[[gnu::always_inline]] inline void assign_changed(text_key& to, text_key const& from) {
  assign_changed(to.text, from.text);
  assign_changed(to.key, from.key);
}

// The article's claims, built in place in `store`: [0, size()) are the article's. A store
// kept from article to article (extractor::extract_lean) holds the earlier articles' claims
// beyond those: the next claim is built again in one of them, so its strings and vectors keep
// their capacity (a long id, subject or speaker allocated once per thread, not once per claim,
// and no claim constructed or destroyed per figure).
class claim_list {
 public:
  explicit claim_list(std::vector<claim>& store) : store_(store) {}
  std::size_t size() const { return n_; }
  claim* data() { return store_.data(); }
  claim& operator[](std::size_t i) { return store_[i]; }
  claim* begin() { return store_.data(); }
  claim* end() { return store_.data() + n_; }
  std::span<claim> claims() { return {store_.data(), n_}; }
  /// Room for k more claims: the claims (and references to them) do not move while they are added.
  void reserve(std::size_t k) {
    if (store_.capacity() < n_ + k) store_.reserve(n_ + k);
  }
  /// A new claim of the figure q, otherwise as claim{} (reserve first).
  claim& add(quantity&& q) {
    if (n_ == store_.size()) {
      store_.emplace_back().q = std::move(q);
    } else {
      renew(store_[n_], std::move(q));
    }
    return store_[n_++];
  }

 private:
  // c as claim{} with q = figure, its strings and vectors keeping their capacity
  static void renew(claim& c, quantity&& figure) {
    static claim const blank;  // (the plain values' defaults)
    // (every field by name: a field added to claim fails to compile here until it is renewed)
    auto& [id, article, source, published, url, file, line, sentence, sentence_start, q, subject, scope, topics,
           predicate, mod, date, basis, date_end, attribution, relations, line_in_file, column, subject_text_span,
           predicate_span, forced_predicate, sentence_end] = c;
    for (auto* s : {&id, &article, &source, &published, &url, &file, &sentence, &scope, &date, &date_end, &forced_predicate})
      clear_keeping(*s);
    take_figure(q, figure);
    clear_keeping(subject);
    clear_keeping(predicate);
    clear_keeping(attribution);
    clear_keeping(topics);
    clear_keeping(relations);
    line = blank.line;
    sentence_start = blank.sentence_start;
    sentence_end = blank.sentence_end;
    mod = blank.mod;
    basis = blank.basis;
    line_in_file = blank.line_in_file;
    column = blank.column;
    subject_text_span = blank.subject_text_span;
    predicate_span = blank.predicate_span;
  }

  // q = std::move(figure), but an empty string (most qualifiers and units) is cleared inline
  // instead of moved by a call
  static void take_figure(quantity& q, quantity& figure) {
    auto& [text, span, value, lo, hi, qualifier, kind, unit, age] = figure;  // (every field, as in renew)
    for (auto [to, from] : {std::pair{&q.text, &text}, std::pair{&q.qualifier, &qualifier}, std::pair{&q.unit, &unit}}) {
      if (from->empty()) {
        to->clear();
      } else {
        *to = std::move(*from);
      }
    }
    q.span = span;
    q.value = value;
    q.lo = lo;
    q.hi = hi;
    q.kind = kind;
    q.age = age;
  }

  std::vector<claim>& store_;
  std::size_t n_ = 0;
};

struct extractor::impl {
  // (defined in extractor.cpp)
  explicit impl(lexicon const& lex);
  text::sentence_splitter splitter;
  parser::quantity_parser parser;
  word_map<std::string> predicates, low_predicates;
  flat_word_map<std::string> direction_after, direction_before;  // "<figure> higher", "up <figure>" (predicates.tsv)
  token_keyed<word_map<subject_entry>> subjects;
  flat_word_map<subject_entry const*> subject_index;  // subjects' rows by phrase, for subject_row's lookups
  // the last words of subjects.tsv's phrases ("toll" of "death toll"): a word that ends none
  // ends no "prev head" row, so the rules look no two-word phrase up for it (ends_subject_phrase)
  std::vector<std::string> subject_phrase_lasts;
  flat_word_map<char> subject_phrase_last_set;  // the same words, looked up by ends_subject_phrase
  token_set function_words, determiners, agent_predicates, calendar_words, level_nouns;
  token_set level_words;  // "from a peak of N": words naming an earlier level
  std::vector<std::string> agent_keys;  // predicate keys of agent predicates ("win"): one or two, no hash
  bool agent_key(std::string_view k) const {
    for (auto const& a : agent_keys)
      if (a.size() == k.size() && std::string_view(a) == k) return true;
    return false;
  }
  token_set event_nouns;  // "election": its day dates the story's results
  // inflect_predicates' base (1), -s (2) and -ing (3) forms of rows "all", with their keys
  word_map<std::pair<std::string const*, std::uint8_t>> derived_forms;
  static bool verbal_place(std::vector<token> const& t, std::size_t k, std::uint8_t form);
  // (a base form's place after a plural noun, its subject, with its object after it)
  bool plural_subject_place(std::vector<token> const& t, std::size_t k) const;
  bool plural_noun(token const& w) const;
  // (finite_verb_before: a plural noun before a known verb's base, out of line)
  [[gnu::noinline]] bool plural_before(token const& b) const {
    std::string_view const blc(b.lc);
    return (blc.ends_with("s") || irregular_plurals.find(blc)) && blc.size() >= 4 && !blc.ends_with("ss") &&
           !is_possessive(blc) && !b.pred && !b.low_pred && !function_words.count(b.lc) && !determiners.count(b.lc);
  }
  bool contact_clause_end(std::vector<token> const& t, std::size_t k) const;
  flat_word_set year_periods;  // "the 2025 financial year", "the 2024 season": the year dates the figure (year_periods.tsv)
  flat_word_set report_predicates;  // keys of report verbs ("count", "report"): predicates.tsv priority "report"
  std::vector<cue> predicate_phrases;  // idioms of predicates.tsv: words -> key ("-": none)
  token_set period_verbs;  // "began", "ended": in a relative clause their date bounds a period
  std::vector<std::vector<std::string>> tenure_starts, tenure_spans;  // grammars/tenure_phrases.tsv
  token_set period_starts;  // "began", "declared": the date after them starts a duration's period
  // "from May" (change_bases.tsv); the first two tested per word after a percent figure: token bits
  token_set change_base_cues, change_base_period_cues;
  word_set change_base_periods;
  // phrase_cues.tsv by role: irregular past participles that open a participle phrase ("built");
  // subordinators before a speaker ("after official data showed"); verbs that raise an object to
  // a level ("raises"); -ing verbs that carry an increment to a level ("bringing"); verbs whose
  // object is an increment ("add £2m to the fund, raising it to ..."); words after a figure per
  // unit ("€8,000 each", "per vessel"); words after a
  // level that has no noun ("to €85 billion this year"); a trailing change's base ("from", "on");
  // a date's part ("by the end of June")
  flat_word_set obliging_words;  // "had to close", "were forced to leave" (phrase_cues.tsv obliging)
  flat_word_set amount_prepositions;  // "at a cost of £2m": an amount (phrase_cues.tsv amount)
  token_flat_set particles;   // "turned away 200": a phrasal verb's particle (phrase_cues.tsv particle)
  flat_word_set held_levels;  // "lost a fifth of their value": a level held (phrase_cues.tsv held_level)
  // A duration that times something rather than lasting (docs/corpus.md: no claim): "within 48
  // hours", "in the past three months", "have 14 days to appeal", "a day after the vote"
  // (phrase_cues.tsv timing_preposition, timing_determiner, deadline_holder, span_ending)
  flat_word_set timing_prepositions, timing_determiners, deadline_holders, span_endings;
  flat_word_set composition_verbs;  // "accounted (for)", "made (up)": phrase_cues.tsv composition
  flat_word_set past_participles, speaker_subordinators, raising_verbs, bringing_verbs, adding_verbs, level_followers,
      trailing_bases, period_parts;
  token_set per_unit_words;  // phrase_cues.tsv per_unit: asked after every figure, so a token bit
  // phrase_cues.tsv per_unit_article ("€0.30 a litre", "£2.41 a meal": an article and a noun that
  // is no unit of time after a sum) and the units of time (units.tsv: "£1.9 million a year" is a
  // sum a year, which a year's total may hold)
  flat_word_set per_unit_articles, time_units;
  // The unit a figure over t[..qlast] is given per ("each", "per vessel", "per litre"), or "" for
  // a figure that is no price or grant per unit.
  std::string per_unit_after(token_span t, claim const& c, std::size_t qlast) const {
    if (qlast + 1 >= t.size()) return {};
    auto const& u = t[qlast + 1];
    if (!per_unit_words.count(u.lc)) return {};
    if (!per_unit_articles.count(u.lc)) {
      std::string scope(u.lc);
      if (qlast + 2 < t.size() && is_lit(scope, "per") && chunk_word(t[qlast + 2]))
        // (appended, not `" " + ...`: g++ 12 at -O3 warns falsely there, -Wrestrict, GCC PR 105329)
        scope.append(" ").append(singular(t[qlast + 2].lc));
      return scope;
    }
    if (c.q.kind != quantity_kind::money || qlast + 2 >= t.size() || !chunk_word(t[qlast + 2]) ||
        time_units.count(t[qlast + 2].lc))
      return {};
    std::string scope = "per";
    scope.append(" ").append(singular(t[qlast + 2].lc));
    return scope;
  }
  // phrase_cues.tsv: prepositions that head a noun's modifier ("schools in the area", "in lost
  // fees"), and the pronouns that open a clause as its subject ("the 1,900 it had scheduled")
  // (asked per candidate verb: token bits)
  token_set noun_prepositions, subject_pronouns;
  // phrase_cues.tsv belief and denial: a denied belief without "that" ("did not believe the
  // budget would rise by more than 5%") and a denial before "that" ("denied a report that 500
  // jobs would go") deny the figure of the clause they govern (denied_complement)
  token_set belief_verbs, denial_verbs;
  // standing_figures.tsv: a norm after the figure ("needed", "target"), a verb of need before it
  // ("needs"), the population a share is taken of ("registered voters"): dated by publication
  std::vector<std::vector<std::string>> norm_after, norm_before, population_nouns;
  token_set standing_firsts;  // their first words: a token that is none starts no row
  // the words date_candidates' first pass visits (intern lists them: notable_kind date_start):
  // "may", "march", number words and the first words of relative_dates cues
  word_set date_starts;
  // the one-word relative_dates cues and the second words of the others
  token_set relative_singles, relative_seconds;
  // the words of find_date's tense windows ("has", "is", "will", "now", "since", ...; intern
  // lists them: notable_kind tense_word)
  word_set tense_words;
  std::uint64_t relation_part_bits = 0, relation_total_bits = 0, relation_scope_bits = 0;  // (see the constructor)
  std::uint64_t relation_parts_bits = 0, relation_base_bits = 0;
  std::size_t relation_total_words = 0;
  token_set event_anaphors;  // "the decision", "the approval": the act the lede dates
  flat_word_set level_predicates;  // keys a level statement reads as "be"
  // grammars/measure_nouns.tsv: nouns that name a measure of something named elsewhere ("the
  // rate", "the Conservatives' share", "a margin of"), a change of it ("a 1 point rise"), or a
  // unit of what follows "of" ("700,000 head of livestock")
  token_flat_set measure_nouns, change_nouns;  // (token bits: the subject rules ask them per figure)
  flat_word_set classifier_nouns;
  // grammars/plurals.tsv: plurals the suffix rules of singular() get wrong ("buses", "crises",
  // "geese"), with their singular: read before the rules when a subject key is made (subject_row)
  flat_word_map<std::string> irregular_plurals;
  // kind "form": "money", "cash" (what the money is: the noun before); "form_adjective": words
  // before them that say nothing of what it is ("extra cash")
  flat_word_set form_nouns, form_adjectives;
  token_flat_set abbreviations;  // "jan": its period ends no clause (grammars/abbreviations.tsv)
  flat_word_set variant_words;  // "true" toll: a statistic of its own (grammars/variant_words.tsv)
  word_map<std::string> verb_lemma_exceptions;  // grammars/verb_lemmas.tsv (unlisted_key)
  // its rows marked "irregular": "drew", "grown" (verb forms; asked of many tokens per figure, so a
  // token bit)
  token_set irregular_forms;
  // The lemma of a verb form: a listed exception or irregular form (verb_lemmas.tsv), else by
  // spelling (verb_lemma, present_base).
  std::string lemma_of(std::string_view w) const {
    if (auto it = verb_lemma_exceptions.find(w); it != verb_lemma_exceptions.end()) return it->second;
    if (w.size() > 5 && w.ends_with("ing")) {
      std::string past(w.substr(0, w.size() - 3));
      if (auto it = verb_lemma_exceptions.find(past + "ed"); it != verb_lemma_exceptions.end()) return it->second;
    }
    if (w.ends_with("ed") || w.ends_with("ing")) return verb_lemma(w);
    return present_base(w);
  }
  static std::vector<std::string> pasts_of(std::string const& lemma, std::vector<std::string> const* irregular);
  static std::vector<std::string> presents_of(std::string const& lemma, std::string_view past);
  void inflect_predicates(lexicon const& lex);
  // (these three open addressing: settle_predicates looks them up per figure)
  flat_word_map<std::string> event_nominals;  // "evacuation" -> evacuate (grammars/event_nominals.tsv)
  flat_word_map<std::string> state_nouns;     // "shut" -> closure (grammars/state_nouns.tsv)
  flat_word_set event_ages;                   // "a three-week-old strike" lasts (grammars/event_ages.tsv)
  token_set span_verbs;                       // "would last", "took": their subject lasts (grammars/span_verbs.tsv)
  token_set end_verbs;                        // "ended (on Friday) after seven weeks" (span_verbs.tsv column 2)
  flat_word_map<std::pair<std::string, std::string>> verb_frames;  // "told" -> order, directive (verb_frames.tsv)
  word_map<std::string> measure_predicates;  // column 3: what a figure so named does ("margin" -> lead)
  // grammars/subject_roles.tsv and subject_predicates.tsv by subject: the (predicate, value) rows
  // of each, so a claim finds its subject's rows with one hash and none builds a key string
  struct subject_rows {
    std::vector<std::pair<std::string, std::string>> roles;       // predicate -> subject
    std::vector<std::pair<std::string, std::string>> predicates;  // predicate -> predicate
  };
  flat_word_map<subject_rows> subject_tables;
  subject_rows const* subject_rows_of(std::string_view subject) const { return subject_tables.find(subject); }
  static std::string const* row_value(std::vector<std::pair<std::string, std::string>> const& rows,
                                      std::string_view predicate) {
    for (auto const& [p, v] : rows)
      if (p == predicate) return &v;
    return nullptr;
  }
  word_map<std::string> elided_subjects;     // "predicate\tkind" -> subject of a figure with no noun
  word_map<std::string> agent_roles;         // "agent word\tpredicate" -> predicate (agent_predicates.tsv)
  token_set agent_words;                     // the agent words of agent_roles (a token's bit before the lookup)
  word_map<std::string> demonyms;       // place -> adjective
  word_map<std::string> money_verbs;    // "deposited" -> deposit (grammars/money_verbs.tsv)
  token_set money_verb_forms;           // its forms, as token bits (asked per money figure and word)
  // "spent" -> on: a noun after that preposition names the money; "cost" -> recipient: the verb
  // names its money only over a recipient (money_verbs.tsv column 3)
  word_map<std::string> money_verb_columns;
  // w names its money only over a recipient ("cost": column 3 "recipient")
  template <class W> bool recipient_money_verb(W const& w) const {
    if (!money_verb_forms.count(w)) return false;
    auto const it = money_verb_columns.find(w);
    return it != money_verb_columns.end() && it->second == "recipient";
  }
  // w sets a price on its subject over "for" ("the licence sold for CHF 158,500", "the lot went
  // for CHF 850": column 3 "price")
  template <class W> bool price_money_verb(W const& w) const {
    if (!money_verb_forms.count(w)) return false;
    auto const it = money_verb_columns.find(w);
    return it != money_verb_columns.end() && it->second == "price";
  }
  token_set demonym_adjectives;         // the values of demonyms (build_vocab)
  token_set anaphors;                   // "territory", "enclave"
  word_set place_modifiers;              // "neighbouring": before a place's name, no part of it (rare: no token bit)
  word_set kind_nouns;                   // "airline", "company": what kind of organisation a name is (kind_nouns.tsv)
  word_set set_against_bases;            // "against", "from": a figure after one is another level set against the clause's (set_against.tsv)
  word_set set_against_changes;          // "down", "up": after a comma, a change trailing its level (set_against.tsv)
  word_set held_people;                  // "hostage": people an act is done to, whose count is no actor's report (held_people.tsv)
  word_set firm_nouns;                   // "company", "firm": a word for any business
  flat_word_set commissioning_participles;  // "commissioned": "a review commissioned by X" is the review's
  flat_word_set document_nouns;  // "report", "estimate": "an estimate by X", "data from X" are X's
  token_set topic_stopwords;            // names in every story ("UN")
  std::vector<std::vector<std::string>> subgroup_verbs;  // "accounted for": a subgroup's share of a total
  token_set subgroup_lasts;  // their last words ("for", "up"): a figure after none follows no such verb
  token_flat_set place_nouns;           // "province", "city": a fronted place's own noun ("In the city of Arlen,")
  word_map<std::string> topic_aliases;  // "uk" -> "britain": one topic word for one place
  token_set comparatives;  // "two more flights": a word between a figure and its noun (comparatives.tsv)
  token_set addition_words;  // "a further 2 million": a word that makes the figure after it an addition (increments.tsv)
  std::map<std::string, std::string, std::less<>> increments;  // ... and the scope it gives
  token_set chunk_enders;  // "40 people alive": words after a head that end its chunk (chunk_enders.tsv)
  token_set ly_nouns;      // "family", "supply": words in -ly that are nouns (ly_nouns.tsv); others are adverbs
  token_set zero_plurals;  // "crew", "trout": plurals with the singular's form (zero_plurals.tsv)
  flat_word_set denominators;  // "94% of GDP": wholes a share measures something else by (denominators.tsv)
  word_list const directions = {"northern", "southern", "eastern", "western", "central",
                                                      "north", "south", "east", "west"};
  std::string duration_predicate;  // what a duration does ("last"), from predicates.tsv "<duration>"
  std::string modifier_predicate;  // what a compound modifier's count does ("be"), "<modifier>"
  std::string people_key, population_predicate;  // key_of("", "people").key, key_of("", "population").predicate
  std::vector<cue> speech_verbs, speech_preps, modality_cues, relative_dates, relation_cues;
  token_set figure_speech_verbs;  // "added": speech, or a verb of the figure right after it (attribution.tsv "object")
  token_set said_verbs;          // "said", "says": speech verbs a clause follows (attribution.tsv "verb")
  token_set experiencer_verbs;   // "needed", "suffered": a verb, not an adjective, before a noun (verb_frames.tsv)
  token_set valuation_verbs;     // "put", "estimated": "put the cost at N" (verb_frames.tsv frame valuation)
  token_set nominal_adjectives;  // "the dead", "40 injured": adjectives that stand for people (nominal_adjectives.tsv)
  word_map<std::string> nominal_adjective_keys;  // their subject keys
  std::vector<cue> counted_dates;                      // "<n> days earlier": offset per unit
  std::size_t relative_max_words = 0;                  // words of the longest relative_dates cue
  std::unordered_map<std::string, int> number_values;  // "two" -> 2 (grammars/numbers.tsv)
  std::vector<modality> modality_kinds;  // modality_cues[i]'s value, parsed
  std::size_t max_asserted_words = 0;    // words of the longest "asserted" modality cue
  word_map<std::vector<std::uint32_t>> modality_by_first;  // first word -> modality_cues indexes, in order
  std::vector<cue> act_verbs;                                         // "raised", "pledged" (attribution.tsv "act")
  token_set generic_speakers;                  // "officials", "residents"
  token_set speaker_nouns;                     // "officials", "authorities": speakers before "put"
  token_set number_words;                      // "two", "forty" (grammars/numbers.tsv): not part of a source key
  word_set hyphen_qualifiers;                  // "plus", "odd" of "500-plus", "40-odd" (postfix_qualifiers.tsv)
  token_set titles;                            // "president", "minister"
  word_set voice_titles;                       // "spokesman": speaks for a body (titles.tsv "voice")
  std::vector<std::string> title_suffixes;     // "ologist", "ist": a title by its form (titles.tsv "suffix")
  // A title by its form, not listed: a hyphenated word that ends in a title ("pro-vice-chancellor"),
  // or a word with a title suffix ("pharmacist", "mycologist"). Asked where a name's first words
  // may be a title (speaker_key, mentions_of), after titles itself.
  bool formed_title(std::string_view w) const {
    if (auto const h = w.rfind('-'); h != std::string_view::npos && h + 1 < w.size() && titles.count(w.substr(h + 1)))
      return true;
    for (auto const& s : title_suffixes)
      if (w.size() >= s.size() + 3 && w.ends_with(s)) return true;
    return false;
  }
  word_map<std::string> body_kinds;            // "army" -> "military" (the army after "Israeli troops")
  flat_word_set jurisdictions;                 // "provincial", "national": a body that names its own level
  std::vector<std::vector<std::string>> background_frames;  // "home to": a population is background
  word_set background_populations;  // "the city's 80,000 residents": a population is background
  token_flat_set body_nouns;                   // "government", "bank", "board": a body named by its kind
  word_set institution_nouns;                  // "hospital": ends a name that is no person's (rare: no token bit)
  token_flat_set body_organs;                  // "board", "committee": an organ acts for its body
  token_flat_set speech_adverbs;               // "also", "alone": between speaker, auxiliary and verb
  flat_word_set speech_asides;                 // ", however,": a parenthetical before the verb
  word_map<std::string> source_aliases;        // "who" -> "world health organization"
  word_map<std::string> source_prefixes;       // "united nations" -> "un" before more words
  flat_word_map<std::string> source_alias_index;  // source_aliases again, open addressing (speaker_key: no division, no node)
  word_map<std::vector<std::string>> alias_names;  // "imf" -> {"international monetary fund"}
  word_set alias_suffixes;                           // "fund", "monetary fund" (see resolve_speaker)
  // what resolve_speaker asks of a key or its last word, in one lookup: generic_speakers,
  // alias_suffixes and body_kinds (built from them by the constructor)
  struct speaker_facts {
    bool generic = false;
    bool alias_suffix = false;
    std::string const* kind = nullptr;  // body_kinds' value
  };
  flat_word_map<speaker_facts> speaker_facts_of;
  // generic_speakers.count(w) for a word that is no token (a key's last word): its fact, one
  // probe of speaker_facts_of instead of a hash and a node
  bool generic_speaker(std::string_view w) const {
    auto const* f = speaker_facts_of.find(w);
    return f && f->generic;
  }
  // A speaker key whose last word is generic ("the health officials", "its organisers").
  bool generic_head(std::string_view key) const {
    auto const sp = key.rfind(' ');
    return generic_speaker(sp == std::string_view::npos ? key : key.substr(sp + 1));
  }
  // First words of every cue: a token that starts none is skipped without trying the lists.
  token_set cue_firsts;
  // Every word of the lists above that rules test per token: its predicate keys, whether it
  // starts a cue, its modality cues and its token_keyed bits. Looked up once per token.
  flat_word_map<word_info> vocab;
  // vocab's entries of the one-byte ASCII words (punctuation, "a"): intern reads them here
  std::array<word_info const*, 128> vocab_single{};
  word_map<std::vector<std::uint32_t>> phrases_by_first;  // first word -> predicate_phrases indexes, in order
  void build_vocab();
  static std::string const& key_of_entry(std::string const& w) { return w; }
  // A "first\tsecond" table (agent_roles, ...) looked up without building a key
  // string per lookup.
  static word_map<std::string>::const_iterator pair_find(word_map<std::string> const& m, std::string_view a,
                                                         std::string_view b) {
    thread_local std::string key;
    key.assign(a);
    key.push_back('\t');
    key.append(b);
    return m.find(key);
  }
  template <class V>
  static std::string const& key_of_entry(std::pair<std::string const, V> const& e) { return e.first; }
  // The cues of `list` that can match at token k (those starting with its word), in list order:
  // loops over a cue list at a token iterate these instead of the whole list.
  struct cue_range {
    std::vector<cue> const* list = nullptr;
    std::vector<std::uint32_t> const* idx = nullptr;
    struct iterator {
      std::vector<cue> const* list;
      std::uint32_t const* p;
      cue const& operator*() const { return (*list)[*p]; }
      iterator& operator++() {
        ++p;
        return *this;
      }
      bool operator!=(iterator const& o) const { return p != o.p; }
    };
    iterator begin() const { return {list, idx ? idx->data() : nullptr}; }
    iterator end() const { return {list, idx ? idx->data() + idx->size() : nullptr}; }
  };
  static cue_range starting(std::vector<cue> const& list, token_span t, std::size_t k) {
    if (k >= t.size() || !t[k].cue_first || !t[k].info) return {};
    for (auto const& [l, idx] : t[k].info->starts)
      if (l == &list) return {&list, &idx};
    return {};
  }
  // The tokens [lo, hi) of a sentence outside which no token starts a cue of some kind (intern
  // finds them: the passes that look for such cues start and end there).
  struct token_window {
    std::uint32_t lo = 0, hi = UINT32_MAX;
  };
  // What intern found besides: where predicate phrases (mark_phrases) and modality cues
  // can start, and where "if" or "unless" stands (both read by modality_matches).
  struct interned_windows {
    token_window phrases, modality;
  };
  // A token's notable_kind bits: its vocabulary entry's (null: none), and a digit first
  // (date_start). (An empty word's w[0] is the byte of the folded copy it stands at, no digit.)
  [[gnu::always_inline]] static std::uint8_t notable_bits(word_info const* info, folded_view const& w) {
    std::uint8_t const digit = static_cast<unsigned char>(w[0] - '0') <= 9 ? 1u << date_start : 0;
    return static_cast<std::uint8_t>((info ? info->notable : 0) | digit);
  }
  // (defined in tokens.cpp)
  interned_windows intern(std::vector<token>& tokens, notable_lists& notable, parser::prepared_text::quieter const* quiet = nullptr) const;
  // Every cue list must feed cue_firsts (constructor): a token that starts no cue is rejected
  // here without comparing words.
  // (words compared inline, length first: a cue's words are short, and the loops that try the
  // cues starting with a token's word compare that first word equal every time)
  static bool same_word(std::string_view a, std::string const& b) {
    std::size_t const n = a.size();
    if (n != b.size()) return false;
    char const* p = a.data();
    char const* q = b.data();
    for (std::size_t k = 0; k < n; ++k)
      if (p[k] != q[k]) return false;
    return true;
  }
  static bool match_at(token_span t, std::size_t i, std::vector<std::string> const& words) {
    if (i + words.size() > t.size() || words.empty() || !t[i].cue_first || !same_word(t[i].lc, words.front())) return false;
    for (std::size_t k = 1; k < words.size(); ++k)
      if (!t[i + k].word || !same_word(t[i + k].lc, words[k])) return false;
    return t[i].word;
  }
  // predicate_of a token's word from its vocabulary entry (build_vocab enters every word of
  // predicates.tsv): no hash per test. (Not t.pred: mark_phrases clears that in idioms.)
  std::string const* predicate_of(token const& w, bool low) const {
    if (!w.lc.interned()) return predicate_of(std::string_view(w.lc), low);
    if (!w.info) return nullptr;
    // (a derived form has its key only in a verb's place: intern set it there)
    return low ? w.info->low_pred : w.info->derived || w.noun ? w.pred : w.info->pred;
  }
  std::string const* predicate_of(std::string_view w, bool low) const {
    auto const& m = low ? low_predicates : predicates;
    auto it = m.find(w);
    return it == m.end() ? nullptr : &it->second;
  }
  void mark_phrases(std::vector<token>& t, token_window w, notable_lists& notable) const;
  // A verb phrase starts at token i: an auxiliary or copula, or a predicate verb that no noun follows.
  // The verb of an infinitive that the words from t[i] lead to over auxiliaries and obliging
  // words (phrase_cues.tsv): "had to close", "were forced to leave", "will have to move", "are
  // ready to strike"; its index, or SIZE_MAX.
  std::size_t infinitive_verb(token_span t, std::size_t i) const {
    static word_list const aux = {"have", "has", "had", "having", "will", "would", "could", "may", "might", "must",
                                  "should", "were", "was", "is", "are", "be", "been", "being", "still", "also", "then"};
    // (first the "to", by its two bytes: most figures have none after them, and no word is
    // looked up)
    std::size_t k = i;
    while (k < t.size() && k < i + 4 && t[k].word && !is_lit(t[k].lc, "to")) ++k;
    if (k == i || k + 1 >= t.size() || !is_lit(t[k].lc, "to") || !t[k + 1].word) return SIZE_MAX;
    for (std::size_t j = i; j < k; ++j)
      if (!aux.count(t[j].lc) && !obliging_words.count(t[j].lc)) return SIZE_MAX;
    return t[k + 1].pred || bare_verb(t, k + 1, true) ? k + 1 : SIZE_MAX;
  }
  bool own_verb_at(token_span t, std::size_t i) const {
    static word_list const aux = {"are", "is", "were", "was", "have", "has", "had", "will",
                                                        "would", "could", "remain", "remained", "remains"};
    if (i >= t.size() || !t[i].word) return false;
    if (aux.count(t[i].lc)) return true;
    return (predicate_of(t[i], false) || predicate_of(t[i], true)) && !(i + 1 < t.size() && chunk_word(t[i + 1]));
  }
  static bool relative_pronoun(std::string_view w) { return w == "which" || w == "who" || w == "that"; }
  // The last figure of the sentence before c of the same kind that has a subject.
  static claim const* previous_figure(claim const& c, claims_view sentence_claims) {
    claim const* prev = nullptr;
    for (auto const& o : sentence_claims) {
      if (&o == &c) break;
      if (o.q.kind == c.q.kind && !o.subject.key.empty()) prev = &o;
    }
    return prev;
  }
  // A level reached: the figure follows "to" or "at" ("rose to N", "stood at N").
  static bool level_figure(claim const& o, token_span t) {
    auto [f, l] = token_range(t, o.q.span);
    return f > 0 && (t[f - 1].lc == "to" || t[f - 1].lc == "at");
  }
  [[gnu::always_inline]] static bool is_copula(std::string_view w) {
    return is_lit(w, "was") || is_lit(w, "is") || is_lit(w, "were") || is_lit(w, "are");
  }
  // The claim's verb is a copula alone, after its figure (which ends at token qlast).
  static bool copula_after(token_span t, claim const& c, std::size_t qlast) {
    auto const& ps = c.predicate_span;
    if (ps.end <= ps.start || qlast >= t.size() || ps.start < t[qlast].end) return false;
    auto const [pb, pl] = token_range(t, ps);  // (first and last token)
    return pb == pl && pb < t.size() && is_copula(t[pb].lc);
  }
  // A word in -ly of more than four letters that ly_nouns.tsv does not list: an adverb, never a
  // head ("save €30 million annually", "currently costs €90", "people seriously injured")
  bool ly_adverb(token const& w) const {
    return w.word && w.lc.size() > 4 && w.lc.ends_with("ly") && !ly_nouns.count(w.lc);
  }
  [[gnu::always_inline]] bool chunk_word(token const& t) const {
    return t.word && !function_words.count(t.lc) && !(t.lc[0] >= '0' && t.lc[0] <= '9');
  }
  // Subject key of a head word, with the word before it for two-word phrases ("death toll").
  // A row restricted to a kind (subjects.tsv column 4) holds only for figures of that kind:
  // an "arrangement" worth money is a loan, a nine-month arrangement lasts as an arrangement.
  subject_entry key_of(std::string_view prev, std::string_view head,
                       std::optional<quantity_kind> kind = std::nullopt) const {
    std::string buf;
    std::string_view single;
    if (auto const* row = subject_row(prev, head, kind, single, buf)) return *row;
    return {std::string(single), "", ""};
  }
  subject_entry const* subject_row(std::string_view prev, std::string_view head, std::optional<quantity_kind> kind, std::string_view& single, std::string& buf, folded_view const* head_word = nullptr) const;
  // Whether w is the last word of a phrase of subjects.tsv (tokens hold no space, so "prev w"
  // can be a row only then). (An open-addressing set: the list has dozens of words.)
  bool ends_subject_phrase(std::string_view w) const { return subject_phrase_last_set.find(w) != nullptr; }
  // "prev head": a two-word phrase to look up, in a buffer of the thread (valid until the next call)
  static std::string const& joined(std::string_view prev, std::string_view head) {
    thread_local std::string pair;
    pair.assign(prev).append(1, ' ').append(head);
    return pair;
  }
  // The modality cues (grammars/modality.tsv) that match at each token of a sentence, in the
  // table's order, and the longest "asserted" cue starting there: computed once per sentence
  // (modality_matches), read by the per-figure rules instead of matching every cue again.
  struct modality_table {
    std::vector<std::uint32_t> begin;        // token k's cues: cues[begin[k], begin[k + 1])
    std::vector<std::uint32_t> cues;         // indexes into modality_cues
    std::vector<std::uint32_t> asserted_len;  // words of the longest asserted cue starting at k
    std::vector<std::uint32_t> if_at;         // the tokens "if" and "unless" (find_predicate's condition)
    std::span<std::uint32_t const> at(std::size_t k) const {
      if (k + 1 >= begin.size()) return {};
      return {cues.data() + begin[k], cues.data() + begin[k + 1]};
    }
    // whether at(k) is not empty for some k in [a, b) (begin counts the cues before each token:
    // a per-figure walk over a window asks this once, not at every token)
    bool any_in(std::size_t a, std::size_t b) const {
      if (begin.empty()) return false;
      b = std::min(b, begin.size() - 1);
      return a < b && begin[b] != begin[a];
    }
  };
  struct sentence_info {
    std::string_view text;  // the whole article text
    byte_span span;
    std::vector<token> tokens;
    modality_table mods;
    parser::parse_result parsed;
    // Whether a token starts inside one of the sentence's figures ("per" of "11.1 per cent",
    // "about" of "about 140").
    [[gnu::always_inline]] bool in_figure(token const& w) const {
      for (auto const& q : parsed.quantities)
        if (w.start >= q.span.start && w.start < q.span.end) return true;
      return false;
    }
    text_key attribution;  // first attribution named in the sentence
    bool pronoun_speaker = false;
    bool it_speaker = false;  // that pronoun is "it", right before its verb ("..., it said")
    std::string anaphor_key;  // "the agency said" with no one before it to stand for: "agency"
    bool aux_speaker = false;
    bool count_speaker = false;  // the speaker's verb takes the figure as its object ("Hospitals recorded 1,605")
    bool plan_speaker = false;  // the speaker announced something (attribution.tsv column 3 "plan")  // the speaker was found over an auxiliary ("had warned", "has recorded")
    std::pair<text_key, std::size_t> relative;  // speaker of a ", which said" clause, and its verb
    // plain_chunk's memo: chunk_right(tokens, i, false, false) for the last i asked (the rules
    // ask it for the token after a figure four times per figure)
    mutable std::size_t plain_chunk_at = SIZE_MAX;
    mutable std::pair<std::size_t, std::size_t> plain_chunk_memo;
    // the indexes of its tokens of each notable_kind, in order: listed by intern for the
    // article's sentences (notable_of reads them; notable_known: listed for these tokens)
    notable_lists notable;
    bool notable_known = false;
    // the indexes of the words that start with a capital (is_upper of their first byte), in
    // order: set by extract for the article's sentences (capitals_of reads them)
    std::span<std::uint32_t const> capitals;
    bool capitals_known = false;
    // the indexes of its "," and ";" tokens, in order: set by extract for the article's
    // sentences (its passes over clause boundaries read them)
    std::span<std::uint32_t const> marks;
    token_window modality_window;  // the tokens where modality cues or if_words can be (intern; all by default)
    // token_range of each of parsed.quantities, in order (drop_speaker_counts; for extract)
    std::vector<std::pair<std::size_t, std::size_t>> figure_ranges;

    // Back to what a new sentence_info knows of its sentence, keeping the capacity of its
    // vectors (a sentence refilled with other tokens: extract's clauses). Every field a rule
    // may set must be reset here.
    // (the strings cleared, not assigned a new text_key: no temporary built and destroyed)
    void clear_found() {
      attribution.text.clear();
      attribution.key.clear();
      pronoun_speaker = it_speaker = aux_speaker = plan_speaker = count_speaker = false;
      anaphor_key.clear();
      relative.first.text.clear();
      relative.first.key.clear();
      relative.second = 0;
      plain_chunk_at = SIZE_MAX;
      notable_known = false;
      capitals = {};
      capitals_known = false;
      marks = {};
      modality_window = {};
    }
  };
  // The sentences of the thread's earlier articles, refilled by extract: their token, figure and
  // modality vectors keep their capacity (no allocation per sentence, nor a sentence_info built
  // and destroyed). parse, tokenize_into and modality_matches clear what they fill; take clears
  // the rest. After an article, at most 256 sentences stay, with at most 16,384 tokens' room in
  // all (~1.7 MB) and no figure or modality vector past 1,024 elements: a huge article's go.
  struct sentence_store {
    std::vector<sentence_info> kept;
    std::span<sentence_info> take(std::string_view text, std::vector<byte_span> const& spans) {
      if (kept.size() < spans.size()) kept.resize(spans.size());
      for (std::size_t k = 0; k < spans.size(); ++k) {
        auto& si = kept[k];
        si.clear_found();
        si.text = text;
        si.span = spans[k];
        si.mods.begin.clear();
        si.mods.cues.clear();
        si.mods.asserted_len.clear();
        si.mods.if_at.clear();
      }
      return {kept.data(), spans.size()};
    }
    void trim() {
      constexpr std::size_t max_sentences = 256, max_tokens = 16384, max_size = 1024;
      if (kept.size() > max_sentences) kept.resize(max_sentences);
      std::size_t tokens = 0;
      for (auto& si : kept) {
        tokens += si.tokens.capacity();
        if (tokens > max_tokens) std::vector<token>().swap(si.tokens);
        auto const big = [&](auto const& v) { return v.capacity() > max_size; };
        if (big(si.parsed.quantities) || big(si.parsed.dates) || big(si.figure_ranges)) {
          si.parsed = {};
          si.figure_ranges = {};
        }
        if (big(si.mods.begin) || big(si.mods.cues) || big(si.mods.asserted_len) || big(si.mods.if_at)) si.mods = {};
        if (si.notable.at.capacity() > max_size * notable_kinds) si.notable = {};
      }
    }
  };
  // si.capitals, or (a sentence that extract did not tokenize) found now, into `buf`
  static std::span<std::uint32_t const> capitals_of(std::string_view text, sentence_info const& si,
                                                    std::vector<std::uint32_t>& buf) {
    if (si.capitals_known) return si.capitals;
    buf.clear();
    token_span const t = si.tokens;
    for (std::size_t i = 0; i < t.size(); ++i)
      if (t[i].word && is_upper(text[t[i].start])) buf.push_back(static_cast<std::uint32_t>(i));
    return buf;
  }
  // si's tokens of kind `k` (intern's list), or (a sentence that extract did not intern: a
  // clause read alone) found now, into `buf`
  // (inline, intern's list: the walk below, for a clause read alone, is notable_walk)
  [[gnu::always_inline]] static std::span<std::uint32_t const> notable_of(sentence_info const& si, notable_kind k,
                                                                          std::vector<std::uint32_t>& buf) {
    return si.notable_known ? si.notable.of(k) : notable_walk(si, k, buf);
  }
  static std::span<std::uint32_t const> notable_walk(sentence_info const& si, notable_kind k,
                                                     std::vector<std::uint32_t>& buf) {
    buf.clear();
    token_span const t = si.tokens;
    // (a token with a key is a verb whatever its word: an idiom's first word, mark_phrases)
    for (std::size_t i = 0; i < t.size(); ++i)
      if ((notable_bits(t[i].info, t[i].lc) | (t[i].pred || t[i].low_pred ? 1u << notable_kind::verb : 0)) & (1u << k))
        buf.push_back(static_cast<std::uint32_t>(i));
    return buf;
  }
  // Whether si may have a token of kind `k` in [a, b): none in intern's list answers no, so a
  // per-figure walk that looks for such a token in a window is skipped where the sentence has
  // none there (most figures); a sentence intern did not list answers yes (the walk decides).
  static bool notable_in(sentence_info const& si, notable_kind k, std::size_t a, std::size_t b) {
    if (!si.notable_known) return true;
    auto const list = si.notable.of(k);
    auto const it = std::lower_bound(list.begin(), list.end(), a);
    return it != list.end() && *it < b;
  }
  // Whether si may hold a word of a token_keyed list (`bits`: the lists' bits, any of them):
  // none of its tokens carries one answers no, so a per-figure rule that needs such a word near
  // the figure is skipped for the sentence's every figure (most sentences hold none of a rare
  // list's words); a sentence intern did not look up answers yes (the rule decides).
  static bool may_hold(sentence_info const& si, std::uint64_t bits) {
    return !si.notable_known || (si.notable.lists & bits) != 0;
  }
  // The same for rule_list bits (`bits`: rule_list::bit() of one or more lists): a per-figure rule
  // whose trigger word is in no token of the sentence is skipped without reading its window.
  [[gnu::always_inline]] static bool may_hold_rule(sentence_info const& si, std::uint64_t bits) {
    return !si.notable_known || (si.notable.rules & bits) != 0;
  }
  // A plural noun for people who speak (grammars/generic_speakers.tsv, speaker_nouns.tsv).
  bool speaker_noun(token const& w) const { return generic_speakers.count(w.lc) || speaker_nouns.count(w.lc); }
  void drop_speaker_counts(sentence_info& si) const;
  // Token index range [first, last] covered by a byte span.
  static std::pair<std::size_t, std::size_t> token_range(token_span t, byte_span s) {
    // tokens are sorted: start from the first token that ends after the span starts
    auto from = static_cast<std::size_t>(
        std::partition_point(t.begin(), t.end(), [&](token const& x) { return x.end <= s.start; }) - t.begin());
    return token_range_from(t, s, from);
  }
  static std::pair<std::size_t, std::size_t> token_range_from(token_span t, byte_span s, std::size_t from);
  // token_range of a sentence's figures in turn: their spans ascend, so the first token that
  // ends after one's start is found by walking on from the previous one's (a few tokens), not
  // by a binary search per figure. (A span that starts before the previous one searches again.)
  struct token_ranger {
    std::vector<token> const& t;
    std::size_t from = 0, start = 0;
    std::pair<std::size_t, std::size_t> operator()(byte_span s) {
      if (s.start < start) from = 0;
      start = s.start;
      while (from < t.size() && t[from].end <= s.start) ++from;
      return token_range_from(t, s, from);
    }
  };
  // token_range(t, s).second with one binary search: every token that overlaps s sets
  // token_range's `last`, so it is the last token that starts before s ends, when that one
  // overlaps s (tokens are sorted and do not overlap); else token_range's own answer.
  // (`hint`: a token near the answer, see partition_near)
  static std::size_t last_token_of(token_span t, byte_span s, std::size_t hint) {
    auto const p = partition_near(t, hint, [&](token const& x) { return x.start < s.end; });
    if (p > 0 && t[p - 1].end > s.start) return p - 1;
    return token_range(t, s).second;
  }
  // (defined in subjects.cpp)
  std::pair<std::size_t, std::size_t> chunk_right(token_span t, std::size_t i, bool allow_of, bool money, std::size_t* of_quantity_token = nullptr, claims_view const* figures = nullptr) const;
  // chunk_right(si.tokens, i, false, false), once per i in a row (sentence_info::plain_chunk_at)
  std::pair<std::size_t, std::size_t> plain_chunk(sentence_info const& si, std::size_t i) const {
    if (si.plain_chunk_at != i) {
      si.plain_chunk_memo = chunk_right(si.tokens, i, false, false);
      si.plain_chunk_at = i;
    }
    return si.plain_chunk_memo;
  }
  static char text_first_char(sentence_info const& si, std::size_t tok) { return si.text[si.tokens[tok].start]; }
  // "up from 25,000", "down from 9.1%": the earlier level a change starts from, a figure told as
  // a fact whatever plans the sentence's later level (its first token at qf)
  static bool earlier_level_told(token_span t, std::size_t qf) {
    return qf >= 2 && t[qf - 1].lc == "from" && (t[qf - 2].lc == "up" || t[qf - 2].lc == "down");
  }
  void subject_from_chunk(claim& c, token_span t, std::size_t b, std::size_t e, bool take_predicate) const;
  // A comma between t[a] and t[b] (a < b).
  static bool comma_between(token_span t, std::size_t a, std::size_t b) {
    for (std::size_t k = a + 1; k < b; ++k)
      if (t[k].lc == ",") return true;
    return false;
  }
  // t[k] is "to" after a verb that takes an infinitive ("agreed to", "voted to", "plans to",
  // "expected to"): a listed verb, a past form, or a modality cue; not a preposition after a noun.
  bool infinitive_to(token_span t, std::size_t k) const {
    if (k == 0 || t[k].lc != "to" || !t[k - 1].word) return false;
    auto const& w = t[k - 1];
    return w.pred || w.low_pred || w.modality || unlisted_past(t, k - 1) || (w.lc.size() > 4 && w.lc.ends_with("ed"));
  }
  std::pair<std::size_t, std::size_t> heading_chunk(token_span t, std::size_t colon, claims_view sentence_claims) const;
  std::pair<std::size_t, std::size_t> lasting_subject(token_span t, std::size_t qf, std::size_t ql) const;
  // The key of the verb at t[k]: listed, or the lemma of a past form no table lists (in `buf`);
  // empty for no verb.
  std::string_view verb_key(token_span t, std::size_t k, std::string& buf) const {
    if (t[k].pred) return *t[k].pred;
    if (!unlisted_past(t, k)) return {};
    buf = unlisted_key(t[k].lc);
    return buf;
  }
  std::size_t state_verb(token_span t, std::size_t f) const;
  // A word before a form noun that is itself a noun, not an adjective (by its spelling, or listed:
  // measure_nouns.tsv "form_adjective"), a possessive or a function word.
  bool noun_modifier(token const& w) const {
    std::string_view const s(w.lc);
    if (!w.word || s.size() < 3 || !open_class(w) || is_possessive(s) || (s[0] >= '0' && s[0] <= '9')) return false;
    if (form_adjectives.count(s)) return false;
    for (std::string_view suffix : {"al", "ic", "ive", "ous", "ful", "ed", "able", "ible", "ary", "less", "ish"})
      if (s.ends_with(suffix)) return false;
    return true;
  }
  // The subject of a figure that an adjective standing for people counts ("40 injured", "of the
  // displaced"): its key from nominal_adjectives.tsv, the adjective as its text.
  void nominal_subject(claim& c, token const& w) const {
    c.subject.key = nominal_adjective_keys.find(std::string_view(w.lc))->second;
    c.subject_text_span = {w.start, w.end};
  }
  bool object_of_verb(claim const& c, token_span t, std::size_t b) const;
  // A verb of its own right after a noun that would fix the predicate ("300 residents sheltered
  // in schools", "hundreds of residents had fled"): the figure is that verb's subject, and the
  // noun's event ("residents" live) yields. Not a report verb or a level ("cases were
  // confirmed", "cases rose") nor an idiom of none.
  bool own_event_after(token_span t, std::size_t e) const {
    static word_list const aux = {"have", "has", "had", "been", "were", "was", "are", "is", "still", "also", "all"};
    std::size_t j = e;
    while (j < t.size() && j < e + 3 && t[j].word && !t[j].pred && aux.count(t[j].lc)) ++j;
    if (unlisted_past(t, j)) return true;  // ("300 residents vanished")
    return j < t.size() && t[j].word && t[j].pred && !t[j].bound && !report_predicates.count(*t[j].pred) &&
           !level_predicates.count(*t[j].pred);
  }
  // Token j is a past form in -ed (or a form with another ending: "ing") that no vocabulary
  // lists as a verb, a noun or a function word ("vanished", "joined"): a verb where the clause
  // needs one (verb_lemma gives its key).
  bool unlisted_past(token_span t, std::size_t j, std::string_view ending = "ed") const {
    if (j >= t.size() || !t[j].word || t[j].pred || t[j].low_pred || t[j].bound) return false;
    std::string_view const w(t[j].lc);
    // (the ending's few bytes compared inline: string_view's == and ends_with call compare)
    auto ends = [&](std::string_view x) {
      if (x.size() < ending.size()) return false;
      for (std::size_t k = 0, b = x.size() - ending.size(); k < ending.size(); ++k)
        if (x[b + k] != ending[k]) return false;
      return true;
    };
    // (an irregular past or participle is a past form too: "drew", "flown")
    if (text::is_lit(ending, "ed") && irregular_forms.count(t[j].lc)) return open_class(t[j]);
    return w.size() >= 5 && ends(w) && open_class(t[j]) && !subjects.count(w);
  }
  // w is listed as none of a function word, a chunk ender, a number word or a determiner
  // (unlisted_past, bare_verb: a word that can be a verb no vocabulary names)
  // "a", "an" or a listed determiner ("the", "its", "some" ...: determiners.tsv has no articles)
  [[gnu::always_inline]] bool article_or_determiner(token const& w) const {
    return determiners.count(w.lc) || w.lc == "a" || w.lc == "an";
  }
  bool open_class(token const& w) const {
    return !function_words.count(w.lc) && !chunk_enders.count(w.lc) && !number_words.count(w.lc) &&
           !determiners.count(w.lc);
  }
  // t[j] is a verb the rules above would have found, or "be"/"have"
  [[gnu::always_inline]] static bool linking_or_listed(token_span t, std::size_t j) {
    return !t[j].word || t[j].pred || t[j].low_pred || t[j].lc == "be" || t[j].lc == "have";
  }
  // t[j] can be a bare verb: a word that no vocabulary lists as a noun or function word
  // (after a modal a noun's spelling is a verb too: "will pay", "will total"; `noun_ok`)
  bool bare_verb(token_span t, std::size_t j, bool noun_ok = false) const {
    std::string_view const w(t[j].lc);
    return t[j].word && w.size() >= 3 && !(w[0] >= '0' && w[0] <= '9') && open_class(t[j]) &&
           (noun_ok || !subjects.count(w)) && !w.ends_with("ly");
  }
  // t[j], after a modal and before a figure, is a verb that the vocabulary lists as a function
  // word ("Revenue will total $4.2 million": no adverb stands between a modal and a figure)
  bool modal_function_verb(token_span t, std::size_t j) const {
    return j > 0 && is_modal(t[j - 1]) && t[j].word && function_words.count(t[j].lc) && !determiners.count(t[j].lc) &&
           !number_words.count(t[j].lc) && !t[j].lc.ends_with("ly");
  }
  // an object starts at t[k]: a determiner, "a"/"an", "to" or "that"
  bool opens_object(token_span t, std::size_t k) const {
    return k < t.size() && t[k].word &&
           (article_or_determiner(t[k]) || t[k].lc == "to" || t[k].lc == "that");
  }
  std::string unlisted_key(std::string_view w) const;
  // w is the base of a verb the tables list by another form ("account": "accounts", "accounted";
  // "owe": "owed"): a few look-ups, only where a rule has found a bare word in a verb's place
  [[gnu::noinline]] bool known_verb_base(token const& w) const {
    std::string_view const s(w.lc);
    if (s.size() < 3 || s.size() > 24 || !w.word || s.back() == 's') return false;
    char buf[32];
    std::memcpy(buf, s.data(), s.size());
    for (std::string_view suffix : {"s", "es", "ed", "d"}) {
      std::memcpy(buf + s.size(), suffix.data(), suffix.size());
      if (predicates.count(std::string_view(buf, s.size() + suffix.size()))) return true;
    }
    return false;
  }
  static inline word_list const phrase_adverbs = {"also", "still", "now", "already", "never", "recently", "only", "just",
                                                  "together", "jointly", "later"};
  // The index of a finite verb form no vocabulary lists right before the figure at t[qfirst], or
  // before "for", "to" or "at" before it: a lowercase present in -s or past in -ed after a word that is
  // no determiner, article, possessive, function word or verb (its subject); else SIZE_MAX. For a
  // figure that no rule gave a verb (find_predicate's last resort; a results box's "Liberal
  // Democrats 72" and "offers of help from four countries" are none).
  std::size_t finite_verb_before(std::string_view text, token_span t, std::size_t qfirst) const {
    std::size_t k = qfirst;
    if (k >= 3 && (t[k - 1].lc == "for" || t[k - 1].lc == "to" || t[k - 1].lc == "at")) --k;
    if (k < 2 || !t[k - 1].word || !t[k - 2].word || (t[k - 2].lc[0] >= '0' && t[k - 2].lc[0] <= '9')) return SIZE_MAX;
    auto const& w = t[k - 1];
    auto const& before = t[k - 2];
    std::string_view const lc(w.lc), blc(before.lc);
    bool const form = lc.size() >= 4 && ((lc.ends_with("s") && !lc.ends_with("ss") && !lc.ends_with("us")) || lc.ends_with("ed"));
    // (or the base of a verb the tables list by another form after a plural noun, its subject:
    // "Children account for about 40%", "Co-operatives handle two-thirds")
    if (!form && !w.pred && !w.low_pred && !is_upper(text[w.start]) && plural_before(before) && known_verb_base(w))
      return k - 1;
    if (!form || w.pred || w.low_pred || !open_class(w) || subjects.count(lc) || is_upper(text[w.start])) return SIZE_MAX;
    if (!open_class(before) || is_possessive(blc) || before.pred || before.low_pred || blc.ends_with("ed") ||
        blc.ends_with("ing"))
      return SIZE_MAX;
    return k - 1;
  }
  // (the word lists of the opening-verb rules as rule_list bits: opening_unlisted_verb tests them
  // at the tokens around every figure)
  static inline rule_list const modal_words = {"will", "would", "could", "can", "may", "might", "should", "must", "shall"};
  [[gnu::always_inline]] static bool is_modal(token const& w) { return modal_words.count(w); }
  [[gnu::always_inline]] static bool is_be(std::string_view w) {
    return is_lit(w, "were") || is_lit(w, "was") || is_lit(w, "are") || is_lit(w, "is") || is_lit(w, "been");
  }
  // A figure that opens its clause (at the sentence's start, after a comma, a conjunction or a
  // speech verb: "About 40 fishermen vanished off the coast", ", while 350 volunteers joined the
  // search", "said 2,000 workers signed") is the subject of the verb after its noun, also of one
  // predicates.tsv does not list: the index of such an unlisted past form, else SIZE_MAX. Over
  // auxiliaries and a linking "remain"/"stay" ("80 families were moved", "45 schools remained
  // closed"); a linking verb with no verb after it is the figure's own ("14 patients remain in
  // hospital": remain). Not a participle of a reduced relative ("40 boats towed by ...", or with
  // a finite verb later in the clause: "40 fishermen based in the port had ...").
  static inline rule_list const unlisted_openers = {"and",    "but", "while",   "whereas", "that",     "when",   "after",
                                                    "before", "as",  "because", "since",   "although", "though", "where",
                                                    "whom",   "which"};
  static inline rule_list const unlisted_aux = {"have",    "has",    "had",      "been",  "were",  "was",    "are",
                                                "is",      "also",   "still",    "later", "remain", "remains", "remained",
                                                "stay",    "stays",  "stayed",   "already", "never", "now",  "recently"};
  static inline rule_list const unlisted_clause_ends = {"and",   "but",      "while",  "whereas", "before", "after",
                                                        "when",  "as",       "because", "since",  "although", "though",
                                                        "which", "who",      "that",   "where",   "until",  "or"};
  static inline rule_list const unlisted_finite = {"had", "has", "have", "was", "were", "is", "are", "will", "would"};
  // The figure starting at t[qfirst] opens its clause (over an adverb: "only", "just"): at the
  // sentence's start, or after a comma, semicolon, colon or bracket, a conjunction or subordinator, "of whom"/"of which", or a speech
  // verb that is no verb of figures ("said"); over a determiner or possessive and an adjective
  // after it ("The 15 judges ruled", ", and the town's 400 nurses walked out", "The extra €400
  // million will pay").
  static inline rule_list const figure_adverbs = {"only", "just", "still", "also", "then"};
  // (may_hold_rule's: find_predicate's walk for "to be <participle>" after the figure)
  static inline rule_list const be_words = {"be"};
  // (may_hold_rule's: place_after's prepositions)
  static inline rule_list const place_preps = {"in", "across"};
  // (may_hold_rule's: level_of_trailing_change's "up"/"down", parts_of_the_total's "total")
  static inline rule_list const trailing_directions = {"up", "down"};
  static inline rule_list const total_words = {"total"};
  // (may_hold_rule's: date_candidates' walks back to "than" and to "since")
  static inline rule_list const than_words = {"than"};
  static inline rule_list const since_words = {"since"};
  // ("A further 460 operations have been postponed", "and another 430 need repairs": an increment
  // opens its clause as a bare figure does)
  static inline rule_list const increment_words = {"further", "extra", "additional", "another"};
  [[gnu::always_inline]] bool opens_clause(token_span t, std::size_t qfirst) const {
    std::size_t o = qfirst;
    if (o > 0 && t[o - 1].word && figure_adverbs.count(t[o - 1])) --o;  // (", only 150 were accepted", "Just 45 of them")
    // ("A total of 23 bids were submitted": the total opens its clause as the bare figure does)
    if (o >= 3 && is_lit(t[o - 1].lc, "of") && is_lit(t[o - 2].lc, "total") && (is_lit(t[o - 3].lc, "a") || is_lit(t[o - 3].lc, "the")))
      o -= 3;
    if (o > 0 && t[o - 1].word && increment_words.count(t[o - 1])) {
      --o;
      if (o > 0 && t[o - 1].word && (t[o - 1].lc == "a" || t[o - 1].lc == "an") && t[o].lc != "another") --o;
    }
    if (o > 1 && t[o - 1].word && !t[o - 1].pred && !t[o - 1].low_pred && bare_verb(t, o - 1, true) &&
        t[o - 2].word && (t[o - 2].lc == "the" || is_possessive(t[o - 2].lc)))
      --o;
    if (o > 0 && t[o - 1].word && (t[o - 1].lc == "the" || is_possessive(t[o - 1].lc))) --o;
    // (a possessor with its article: "The government's €240 million will pay for ...")
    if (o > 0 && t[o].word && is_possessive(t[o].lc) && t[o - 1].word && t[o - 1].lc == "the") --o;
    return o == 0 || (t[o - 1].word ? unlisted_openers.count(t[o - 1]) || (said_verbs.count(t[o - 1].lc) && !t[o - 1].pred)
                                    : (t[o - 1].lc == "," || t[o - 1].lc == ";" || t[o - 1].lc == ":" || t[o - 1].lc == "(" ||
                                       t[o - 1].lc == "\"" || t[o - 1].lc == "\u201c"));
  }
  std::size_t verb_of_object_phrase(token_span t, std::size_t qfirst, std::string_view text) const;
  // verb_of_object_phrase's first tests, inline for its caller: "of", "for" or "by" before the
  // figure (over a figure adverb), with two tokens before it; false: it finds no verb
  [[gnu::always_inline]] bool may_open_object_phrase(token_span t, std::size_t qfirst) const {
    std::size_t p = qfirst;
    if (p > 0 && t[p - 1].word && figure_adverbs.count(t[p - 1])) --p;
    if (p < 3 || !t[p - 1].word) return false;
    auto const& prep = t[p - 1].lc;
    return prep == "of" || prep == "for" || prep == "by";
  }
  // A gapped list that starts at figure `part` after a fronted "Of the <whole>, ...": "Of the €3.6
  // billion, the ministry said, €1.1 billion is cars, €950 million machinery and €450 million
  // cheese". Two or more figures of the whole's kind and unit, each below it, joined by commas and
  // a closing "and", the later ones with no verb of their own ("31 were women and nine were
  // teenagers" is no such list): the whole's breakdown (its sum_of parts), else empty.
  template <class Claims>
  static std::vector<std::size_t> gapped_breakdown(token_span t, Claims const& local,
                                                   std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                                                   std::size_t part) {
    std::vector<std::size_t> list{part};
    bool closed = false;
    for (std::size_t q = part + 1; q < local.size() && !closed; ++q) {
      if (local[q].q.kind != local[0].q.kind || local[q].q.unit != local[0].q.unit) break;
      bool joined = false;
      bool words_after_join = false;  // (a word between the last joiner and the figure)
      for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m) {
        bool const join = t[m].lc == "," || t[m].lc == "and";
        joined = joined || join;
        closed = closed || t[m].lc == "and";
        words_after_join = !join && (words_after_join || t[m].word);
      }
      if (!joined) break;
      // (a gapped member opens with its figure: "and red flags fly at seven more" is a clause of
      // its own, with its own noun and verb before the figure, that need not exhaust the whole)
      if (words_after_join) return {};
      // (nor a verb right after it: "740 were destroyed and 1,300 to 1,500 will need rewiring"
      // are two parts with verbs of their own, which need not exhaust the whole)
      if (auto const& ps = local[q].predicate_span;
          ps.end > ps.start && ranges[q].second + 1 < t.size() && ps.start == t[ranges[q].second + 1].start)
        return {};
      // (its own words up to the next comma, "and" or the sentence's end: no verb)
      for (std::size_t m = ranges[q].second + 1; m < t.size() && t[m].lc != "," && t[m].lc != "and" && t[m].word; ++m)
        if (t[m].pred || t[m].low_pred) return {};
      list.push_back(q);
    }
    if (!closed || list.size() < 2) return {};
    for (auto q : list)
      if (!(local[q].q.value < local[0].q.value)) return {};
    return list;
  }
  // Whether figure `whole` is the second of two counts "A x and B y" of the same kind and unit
  // that count different things, and the part after it counts neither of them: the part's whole
  // is then not told (the first, both, or the second), so no part_of is drawn.
  template <class Claims>
  static bool coordinated_other_whole(token_span t, Claims const& local,
                                      std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t part,
                                      std::size_t whole) {
    if (whole == 0 || part <= whole) return false;
    auto const& a = local[whole - 1];
    auto const& b = local[whole];
    auto const& p = local[part];
    if (a.q.kind != b.q.kind || a.q.unit != b.q.unit || a.subject.key.empty() || b.subject.key.empty() ||
        a.subject.key == b.subject.key || p.subject.key.empty() || p.subject.key == a.subject.key ||
        p.subject.key == b.subject.key)
      return false;
    bool conj = false;
    for (std::size_t m = ranges[whole - 1].second + 1; m < ranges[whole].first; ++m) {
      if (!t[m].word || t[m].pred) return false;  // (a clause of its own: "... and hurt 18")
      conj = conj || t[m].lc == "and";
    }
    return conj;
  }
  // The number of groups a total is told over ("6,300 people across its four sites", "The cuts
  // fall on three sites: ..."): figure q a plain exact count from 2 to 12 with a noun after it;
  // else 0.
  template <class Claims>
  std::size_t group_count(token_span t, Claims const& local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                          std::size_t q) const {
    auto const& g = local[q].q;
    auto const gl = ranges[q].second;
    if (g.kind != quantity_kind::count || !g.unit.empty() || !g.qualifier.empty() || g.value < 2 || g.value > 12 ||
        g.value != std::floor(g.value) || gl + 1 >= t.size() || !chunk_word(t[gl + 1]) || t[gl + 1].pred)
      return 0;
    return static_cast<std::size_t>(g.value);
  }
  // The number of groups right after total w (figure w + 1 at most five words after it, no
  // punctuation between), else 0.
  template <class Claims>
  std::size_t stated_groups(token_span t, Claims const& local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                            std::size_t w) const {
    if (w + 1 >= local.size() || ranges[w + 1].first > ranges[w].second + 6) return 0;
    std::size_t const n = group_count(t, local, ranges, w + 1);
    for (std::size_t m = ranges[w].second + 1; n != 0 && m < ranges[w + 1].first; ++m)
      if (!t[m].word) return 0;
    return n;
  }
  // The figures [first, first + n) listed with commas and a closing "and" before the last, all of
  // one kind and unit.
  template <class Claims>
  static bool listed(token_span t, Claims const& local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                     std::size_t first, std::size_t n) {
    if (n < 2 || first + n > local.size()) return false;
    for (std::size_t q = first + 1; q < first + n; ++q) {
      if (local[q].q.kind != local[first].q.kind || local[q].q.unit != local[first].q.unit) return false;
      bool comma = false, conj = false;
      for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m) {
        comma = comma || t[m].lc == ",";
        conj = conj || t[m].lc == "and";
      }
      if (q + 1 < first + n ? !comma || conj : !conj) return false;
    }
    return true;
  }
  static std::size_t gapped_list(token_span t, std::span<claim const> local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t first);
  static void part_before_out_of(token_span t, claim& part, claim const& whole, std::pair<std::size_t, std::size_t> pr, std::pair<std::size_t, std::size_t> wr);
  // A listed part that took the noun of its groups ("with 2,400 at Kelby" after "four sites")
  // or none counts what its whole counts.
  // (and with no verb of its own, did what the whole did, as a sum's parts do)
  static void take_group_subject(claim& part, claim const& groups, claim const& whole) {
    if (!whole.subject.key.empty() && (part.subject.key.empty() || part.subject.key == groups.subject.key)) {
      part.subject.key = whole.subject.key;
      part.subject_text_span = whole.subject_text_span;
    }
    if (part.predicate.key.empty() && part.forced_predicate.empty()) part.predicate.key = whole.predicate.key;
  }
  // The "of" at t[k] opens a fronted partitive ("Of the 300 beds, 40 ..."): it is the sentence's
  // first word (after quotes), or follows "out" so opened, a reporting verb's "that" or a clause's
  // "but" ("Officials said that of the 300 beds, 40 were closed").
  static bool fronted_of_opens(token_span t, std::size_t k) {
    std::size_t j = k;
    if (j > 0 && t[j - 1].lc == "out") --j;
    if (j > 0 && (t[j - 1].lc == "that" || t[j - 1].lc == "but")) return true;
    // (a colon or semicolon opens a clause as a sentence does: "Most were men: of the 640 counted
    // outdoors, 710 were men")
    if (j > 0 && (t[j - 1].lc == ":" || t[j - 1].lc == ";")) return true;
    while (j > 0 && !t[j - 1].word) --j;
    return j == 0;
  }
  // The figure over t[qfirst..qlast] is a fronted partitive's whole whose comma comes before
  // t[b]: "Of the 300 beds, 40 ...", "that of its 320 stores, 45 ..." (at most two words between
  // "of" and the figure).
  static bool fronted_whole(token_span t, std::size_t qfirst, std::size_t qlast, std::size_t b) {
    std::size_t k = qfirst;
    while (k > 0 && qfirst - k < 2 && t[k - 1].word && !is_lit(t[k - 1].lc, "of")) --k;
    if (k == 0 || !is_lit(t[k - 1].lc, "of") || !fronted_of_opens(t, k - 1)) return false;
    for (std::size_t j = qlast + 1; j < b && j < t.size(); ++j)
      if (is_lit(t[j].lc, ",")) return true;
    return false;
  }
  // A unit of time as a word ("year", "weeks").
  static bool unit_word(std::string_view w) {
    if (w.ends_with("s")) w.remove_suffix(1);
    return w == "day" || w == "week" || w == "month" || w == "year" || w == "hour" || w == "decade";
  }
  // A duration that ends at t[qlast] and is followed by "earlier", "later", "ago", "before" or
  // "after" dates something ("a year earlier"): a time offset, no level of its own.
  // The parts of a day a date phrase may name ("on the evening of January 24", "Sunday night").
  static inline word_list const day_parts = {"morning", "afternoon", "evening", "night"};
  static bool time_offset(token_span t, std::size_t qlast) {
    if (qlast + 1 >= t.size()) return false;
    auto const& w = t[qlast + 1].lc;
    return w == "earlier" || w == "later" || w == "ago" || w == "before" || w == "after";
  }
  // "two more than on Sunday", "300 fewer than a year earlier": a figure compared with an earlier
  // time is the change (+1 a rise, -1 a fall) of the level before it, not a level (else 0).
  // Also a size ("60% larger than in 2024", "30% smaller than last year's"), a figure whose noun
  // stands before "than" ("14% more visits than in the same week"), and an earlier moment told
  // by a clause ("£24 million more than when it collapsed", "than before the strike"; not "than
  // it did in 2020", another kind's comparison: docs/claims.md, acc14j).
  static inline rule_list const rise_comparatives = {"more", "larger", "bigger", "greater", "higher"};
  static inline rule_list const fall_comparatives = {"fewer", "less", "smaller", "lower"};
  static inline rule_list const earlier_clause_openers = {"when", "before"};
  // (inline, the comparative after the figure: most figures have none, and no call is made;
  // than_earlier reads the rest)
  [[gnu::always_inline]] static int comparison_change(token_span t, std::size_t qlast) {
    if (qlast + 3 >= t.size() || !t[qlast + 1].word) return 0;
    int const dir = rise_comparatives.count(t[qlast + 1]) ? 1 : fall_comparatives.count(t[qlast + 1]) ? -1 : 0;
    return dir == 0 ? 0 : than_earlier(t, qlast, dir);
  }
  static int than_earlier(token_span t, std::size_t qlast, int dir);
  // (inline, "above"/"below" after the figure, which few have; position_against reads the rest)
  [[gnu::always_inline]] static int position_change(token_span t, std::size_t qlast) {
    if (qlast + 3 >= t.size() || !t[qlast + 1].word) return 0;
    bool const above = is_lit(t[qlast + 1].lc, "above");
    if (!above && !is_lit(t[qlast + 1].lc, "below")) return 0;
    return position_against(t, qlast, above);
  }
  static int position_against(token_span t, std::size_t qlast, bool above);
  std::size_t past_apposed_share(sentence_info const& si, std::size_t k) const;
  std::size_t partitive_whole(token_span t, std::span<claim const> local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t w, std::size_t part) const;
  bool set_against(token_span t, std::span<claim const> local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t k) const;
  // (defined in wholes.cpp)
  void parts_of_the_total(sentence_info const& si, std::span<claim> local, claims_view earlier) const;
  void bare_share_whole(sentence_info const& si, std::span<claim> local, claims_view earlier) const;
  std::size_t level_brought_to(token_span t, std::span<claim const> local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t i) const;
  // A figure right after "to", or after "to" and a level word ("to an average of €1,690", "to a
  // record 38%"; level_words.tsv).
  bool reached_after_to(token_span t, std::size_t qfirst) const {
    std::size_t k = qfirst;
    if (k >= 2 && t[k - 1].lc == "of" && level_words.count(t[k - 2].lc))
      k -= 2;  // "an average of"
    else if (k >= 1 && level_words.count(t[k - 1].lc))
      k -= 1;  // "a record"
    if (k != qfirst && k > 0 && (t[k - 1].lc == "a" || t[k - 1].lc == "an" || t[k - 1].lc == "the")) --k;
    return k > 0 && t[k - 1].lc == "to";
  }
  static std::size_t level_before_change(token_span t, std::span<claim const> local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t z);
  std::size_t level_of_trailing_change(token_span t, std::span<claim const> local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t z, std::size_t& base) const;
  bool fronted_noun_part(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast, claims_view earlier,
                         claims_view local) const;
  bool fronted_level_number(claim& c, token_span t, std::size_t qfirst, std::size_t qlast) const;
  void compared_or_tallied(claim& c, sentence_info const& si, std::size_t qfirst, claims_view local) const;
  // (defined in predicates.cpp)
  void money_by_its_verb(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast) const;
  // The end of a noun's modifier that starts at t[e] ("schools in the area", "staff at Brede"): a
  // preposition (phrase_cues.tsv) and at most five words of a noun phrase, with no verb,
  // conjunction or pronoun, up to an auxiliary, modal or verb; else e. (Not one between commas:
  // "The remaining 1,150, in the old town, were reconnected" then met the day's other count of
  // reconnected homes as a contradiction on set 6's clean article.)
  std::size_t past_noun_modifier(token_span t, std::size_t e) const {
    std::size_t const p = e;
    if (p >= t.size() || !t[p].word || !noun_prepositions.count(t[p].lc)) return e;
    for (std::size_t j = p + 1; j < t.size() && j <= p + 6; ++j) {
      auto const& w = t[j];
      if (j > p + 1 && w.word && (w.pred || w.low_pred || unlisted_aux.count(w) || is_modal(w))) return j;
      if (!w.word || w.pred || w.low_pred || is_modal(w) ||
          (function_words.count(w.lc) && !article_or_determiner(w) && !noun_prepositions.count(w.lc)))
        return e;
    }
    return e;
  }
  std::size_t contact_clause_verb(claim const& c, token_span t, std::size_t qfirst, std::size_t qlast) const;
  // A relative clause that opens at t[k], right after a noun (docs/claims.md "Sixteenth round:
  // predicates"): its verb's index and its end (the comma, semicolon or colon that closes it, or
  // the outer clause's next auxiliary or finite verb), each SIZE_MAX when none.
  struct relative_span {
    std::size_t verb = SIZE_MAX, end = SIZE_MAX;
    bool participle = false;  // (a reduced relative: "reefs surveyed since January")
  };
  relative_span relative_clause(std::string_view text, token_span t, std::size_t k) const;
  // The verb of the outer clause that goes on at t[e] after a relative clause: over auxiliaries
  // and adverbs, a listed verb, a past form no table lists, or the linking verb or copula itself
  // when no verb follows it; `unlisted` is set when the verb is no listed one. SIZE_MAX when none.
  std::size_t clause_verb_after(std::string_view text, token_span t, std::size_t e, bool& unlisted) const;
  std::size_t opening_unlisted_verb(claim const& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast) const;
  bool present_after_subject(claim const& c, sentence_info const& si, std::size_t qlast, std::size_t e, std::size_t j) const;
  // "the number of X (participle)" before the figure.
  // "the number of dead", "the number of injured": a word of what happened (predicates.tsv) alone
  // after a level noun's "of" (t[b], ending before `end`) counts people, and says what happened to
  // them: true when it set the claim's subject and predicate so.
  bool people_by_event(claim& c, token_span t, std::size_t b, std::size_t end) const {
    // (not a modifier of a noun after it, "the number of dead soldiers"; a verb may follow, "the
    // number of dead climbed to 57")
    bool const modifier = b + 1 < end && chunk_word(t[b + 1]) && !t[b + 1].pred && !t[b + 1].low_pred;
    if (!(b < end && t[b].word && t[b].pred && !modifier)) return false;
    c.subject.key = people_key;
    c.subject_text_span = {t[b].start, t[b].end};
    c.forced_predicate = *t[b].pred;
    return true;
  }
  // (defined in wholes.cpp)
  // (every answer yes is at a word of level_nouns: a sentence without one is answered inline, with
  // no call; number_of_level reads the rest)
  [[gnu::always_inline]] bool number_of(claim& c, sentence_info const& si, std::size_t qfirst) const {
    return may_hold(si, level_nouns.bit) && number_of_level(c, si, qfirst);
  }
  bool number_of_level(claim& c, sentence_info const& si, std::size_t qfirst) const;
  bool composed_part(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst) const;
  void restated(claim& c, sentence_info const& si, std::size_t qfirst, claims_view earlier) const;
  void restated_value(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast, claims_view earlier) const;
  bool elided_noun(sentence_info const& si, std::size_t qfirst, std::size_t qlast) const;
  // The subject of a figure whose noun is left out: the nearest figure of its kind and unit
  // before it in the sentence, else in the article.
  // (Only the last 32 figures of each: bounded work per figure, whatever the input.)
  // Figure o sits in a subordinate clause ("after three bridges collapsed") that a comma closes
  // before figure c.
  static bool in_subordinate(token_span t, claim const& o, claim const& c) {
    static word_list const subordinators = {"after", "before", "when", "because", "since", "until", "although", "while", "if"};
    auto [of, ol] = token_range(t, o.q.span);
    auto [cf, cl] = token_range(t, c.q.span);
    (void)cl;
    bool comma = false;
    for (std::size_t k = ol + 1; k < cf; ++k) comma = comma || t[k].lc == ",";
    if (!comma) return false;
    for (std::size_t k = of, n = 0; k-- > 0 && n < 8 && t[k].lc != "," && t[k].lc != ";"; ++n)
      if (subordinators.count(t[k].lc)) return true;
    return false;
  }
  // A figure inside a subordinate clause ("... had died in Derna after two dams burst, ..., and
  // that 10,100 were missing") is no antecedent of a figure past a comma after it.
  static claim const* elided_antecedent(std::size_t i, claims_view sentence_claims,
                                        claims_view earlier, std::vector<token> const* tokens = nullptr) {
    auto const& c = sentence_claims[i];
    auto fits = [&](claim const& o) { return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty(); };
    auto subordinate = [&](claim const& o) { return tokens && in_subordinate(*tokens, o, c); };
    for (std::size_t j = i, n = 0; j-- > 0 && n < 32; ++n)
      if (fits(sentence_claims[j]) && !subordinate(sentence_claims[j])) return &sentence_claims[j];
    for (std::size_t j = i, n = 0; j-- > 0 && n < 32; ++n)
      if (fits(sentence_claims[j])) return &sentence_claims[j];
    std::size_t n = 0;
    for (auto it = earlier.rbegin(); it != earlier.rend() && n < 32; ++it, ++n)
      if (fits(*it)) return &*it;
    return nullptr;
  }
  // (its first test inline: a figure with no "of" after it names no whole this way, and the call
  // and its optional string are not made; anaphoric_whole_of reads the rest)
  [[gnu::always_inline]] std::optional<std::string> anaphoric_whole(token_span t, std::size_t qlast, bool first) const {
    if (qlast + 2 >= t.size() || t[qlast + 1].lc != "of") return std::nullopt;
    return anaphoric_whole_of(t, qlast, first);
  }
  std::optional<std::string> anaphoric_whole_of(token_span t, std::size_t qlast, bool first) const;
  // The same reference fronted before its figure: "Of the dead, 14 came from a single hamlet",
  // "Of those, 600 were in tents" (the clause's first words, then a comma).
  std::optional<std::string> fronted_anaphoric_whole(token_span t, std::size_t qfirst) const {
    if (qfirst < 3 || t[qfirst - 1].lc != ",") return std::nullopt;
    // (also after a clause's "and": "300 were rescued, and of those, 40 needed treatment")
    auto opens = [&](std::size_t k) { return k == 0 || !t[k - 1].word || t[k - 1].lc == "and" || fronted_of_opens(t, k); };
    if (t[qfirst - 3].lc == "of" && (t[qfirst - 2].lc == "those" || t[qfirst - 2].lc == "these") && opens(qfirst - 3))
      return std::string();

    if (qfirst < 4 || t[qfirst - 4].lc != "of" || t[qfirst - 3].lc != "the" || !opens(qfirst - 4) || !t[qfirst - 2].word)
      return std::nullopt;
    if (t[qfirst - 2].lc == "total") return std::string();  // "Of the total, 1,100 are in sales": the count before it
    if (t[qfirst - 2].pred) return *t[qfirst - 2].pred;  // "the dead", "the injured"
    if (auto k = key_of("", strip_possessive(t[qfirst - 2].lc)); !k.predicate.empty()) return k.predicate;  // "the deaths"
    return std::nullopt;
  }
  bool population_level(token_span t, std::size_t qfirst) const;
  // Whether a noun is the nominal of a verb by their shared stem: admit/admission,
  // arrest/arrest, evacuate/evacuee (at least four letters, and all but the verb's last one
  // up to five).
  static bool shares_stem(std::string_view verb, std::string_view noun) {
    std::size_t const need = std::max<std::size_t>(4, std::min<std::size_t>(5, verb.size() - 1));
    if (verb.size() < need || noun.size() < need) return false;
    return verb.substr(0, need) == noun.substr(0, need);
  }
  static bool includes(std::string_view w) { return w == "include" || w == "includes" || w == "included"; }
  static std::optional<std::string> participle_whole(token_span t, std::size_t qfirst, std::size_t qlast);
  static void conjunct_part(claim& c, std::size_t i, std::span<claim> local, sentence_info const& si);
  // "three in four of those who voted": a share of whoever did what the verb says; the verb's
  // predicate key, else "".
  static std::string who_whole(token_span t, std::size_t qlast) {
    if (qlast + 4 >= t.size() || t[qlast + 1].lc != "of" || t[qlast + 2].lc != "those" || t[qlast + 3].lc != "who")
      return {};
    for (std::size_t k = qlast + 4; k < t.size() && k < qlast + 7 && t[k].word; ++k)
      if (t[k].pred) return *t[k].pred;
    return {};
  }
  // The nearest figure before claim c that fits, in its sentence (before c), else in the article
  // (the last 32 figures): bounded work per figure.
  template <class Fits>
  static claim const* nearest_before(claim const& c, claims_view sentence_claims,
                                     claims_view const* earlier, Fits fits) {
    std::size_t i = static_cast<std::size_t>(&c - sentence_claims.data());
    if (i > sentence_claims.size()) i = sentence_claims.size();
    for (std::size_t j = i, n = 0; j-- > 0 && n < 32; ++n)
      if (fits(sentence_claims[j])) return &sentence_claims[j];
    if (!earlier) return nullptr;
    std::size_t n = 0;
    for (auto it = earlier->rbegin(); it != earlier->rend() && n < 32; ++it, ++n)
      if (fits(*it)) return &*it;
    return nullptr;
  }
  claim const* same_kind_before(claim const& c, claims_view sentence_claims, claims_view const* earlier) const;
  static void take_subject(claim& c, claim const& o) {
    c.subject.key = o.subject.key;
    c.subject_text_span = o.subject_text_span;
  }
  // A word that reads as a verb before a figure: a past form in -ed that no determiner
  // precedes and the subject table does not know ("expected 8.8%", "averaged 5.28%").
  static inline rule_list const verb_form_aux = {"had", "has", "have", "will", "would", "could", "may", "might", "must", "should"};
  static inline rule_list const verb_form_adverbs = {"also", "not", "still", "then", "now", "only", "already", "never", "soon", "just", "even"};
  // t[x], a form in -s that predicates.tsv lists as a verb ("costs", "shares"), is the head noun of
  // the chunk that starts at t[b] when a noun stands before it and only auxiliaries stand between
  // it and its clause's verb at t[verb] ("Construction costs rose to", "Firefighting costs have
  // reached"): a verb would have no subject.
  bool plural_head(token_span t, std::size_t b, std::size_t x, std::size_t verb) const {
    if (x <= b || x + 1 > verb || !t[x].lc.ends_with("s") || is_possessive(t[x].lc) || t[x - 1].pred || t[x - 1].low_pred)
      return false;
    std::size_t y = x + 1;
    while (y < verb && t[y].word && unlisted_finite.count(t[y]) && !t[y].pred) ++y;
    return y <= verb && y < t.size() && plain_verb(t[y]);
  }
  // A word that is a clause's verb: listed, and no idiom ("from their homes" names an event but is
  // no verb) other than a copula's ("Total costs came to €13.6 million").
  static bool plain_verb(token const& w) {
    return w.word && (w.pred || w.low_pred) && (!w.idiom || (w.pred && is_lit(*w.pred, "be")));
  }
  bool verb_form(token_span t, std::size_t k) const {
    auto const& w = t[k].lc;
    auto const& aux = verb_form_aux;
    // after an auxiliary any word is a verb ("had forecast 4.6%"), also past an adverb ("would
    // also lead to a ceasefire of about six weeks": lead is no head of the ceasefire's phrase)
    if (t[k].word && k > 0 && aux.count(t[k - 1]) && chunk_word(t[k])) return true;
    if (t[k].word && k > 1 && t[k - 1].word && aux.count(t[k - 2]) && chunk_word(t[k]) &&
        (verb_form_adverbs.count(t[k - 1]) || t[k - 1].lc.ends_with("ly")))
      return true;
    if (!t[k].word || w.size() <= 4 || !w.ends_with("ed") || subjects.count(w)) return false;
    return !(k > 0 && article_or_determiner(t[k - 1]));
  }
  // (defined in subjects.cpp)
  bool verb_opens_chunk(token_span t, std::size_t qfirst, std::pair<std::size_t, std::size_t> chunk) const;
  bool plain_verb_opens_chunk(claim const& c, sentence_info const& si, std::size_t qfirst, std::pair<std::size_t, std::size_t> chunk) const;
  void find_subject(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst, claims_view sentence_claims, std::size_t* of_quantity_token, claims_view const* earlier = nullptr) const;
  // The noun chunks right after a figure that the subject rules read, computed once per figure
  // (find_subject). Without "of" (allow_of false) the money flag of chunk_right changes nothing.
  struct figure_chunks {
    std::pair<std::size_t, std::size_t> plain;  // chunk_right(t, qlast + 1, false, false)
    std::pair<std::size_t, std::size_t> of;     // chunk_right(t, qlast + 1, true, false, &of_token, &sentence_claims)
    std::size_t of_token = SIZE_MAX;
  };
  bool subject_before_words(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst, claims_view sentence_claims, claims_view const* earlier, figure_chunks const& ch) const;
  void subject_after_words(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst, claims_view sentence_claims, claims_view const* earlier) const;
  std::size_t head_before_phrase(sentence_info const& si, std::size_t k) const;
  [[gnu::noinline]] bool valued_noun(claim& c, sentence_info const& si, std::size_t at) const;
  // (subject_from_words' walk back from the figure)
  static inline rule_list const subject_modals = {"will", "would", "could", "can", "may", "might", "must", "should"};
  static inline rule_list const subject_periods = {"year", "month", "week", "day", "quarter"};
  static inline rule_list const subject_period_determiners = {"this", "last", "next", "each", "per", "every"};
  // prepositions that open a phrase after a clause's subject ("Turnout in Kessel province was
  // 61%", "Demand for oil rose 3%"); "of" is not one of them: "the rate of inflation" is a measure
  // of what follows it (subject_after_words)
  // ("to" and "by" are not: "meant to help the country restructure debts", "rose by")
  // ("per", "since", "over", "during": "Spending per pupil in Westmark was $6,900", "Rainfall over
  // the hills this winter was 40% below normal")
  static inline rule_list const subject_preps = {"in",     "at",     "among",   "for",       "across",
                                                 "from",   "near",   "on",      "inside",    "outside",
                                                 "throughout", "per", "since", "over", "during"};
  void subject_from_words(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst, claims_view sentence_claims, std::size_t* of_quantity_token, claims_view const* earlier, figure_chunks const& ch) const;
  // Tokens inside a phrase that reads as asserted although it holds a cue ("are thought to be
  // dead", "is believed to be"): grammars/modality.tsv rows with modality "asserted".
  // Only the window the modality rules read around the figure [qfirst, qlast]: bounded work per
  // figure, whatever the sentence's length.
  // Token i is blocked when an asserted cue starting in [lo, i] covers it and i < hi (the
  // window's cues are matched against the whole sentence, their marks end at hi).
  struct blocked_window {
    std::size_t lo = 0, hi = 0;
    modality_table const* mods = nullptr;
    std::size_t max_len = 0;  // words of the longest asserted cue
    bool operator[](std::size_t i) const {
      if (i < lo || i >= hi) return false;
      for (std::size_t k = i + 1; k-- > lo && i - k < max_len;)
        if (k + mods->asserted_len[k] > i) return true;
      return false;
    }
  };
  blocked_window modality_blocked(sentence_info const& si, std::size_t qfirst, std::size_t qlast) const {
    blocked_window b;
    b.lo = qfirst > 40 ? qfirst - 40 : 0;
    b.hi = std::min(si.tokens.size(), qlast + 24);
    b.mods = &si.mods;
    b.max_len = max_asserted_words;
    return b;
  }
  // Fills si.mods (see modality_table).
  static inline rule_list const if_words = {"if", "unless"};
  // "planned" before a noun is an adjective, no plan: "the waiting list for planned operations"
  bool attributive_planned(token_span t, std::size_t k) const {
    return t[k].lc == "planned" && k + 1 < t.size() && t[k + 1].word && open_class(t[k + 1]) && !t[k + 1].pred;
  }
  // (defined in modality.cpp)
  void modality_matches(sentence_info& si) const;
  // A plan or possibility that governs the figure from earlier in its clause: "will need at least
  // $16.3 billion", "had expected 8.8%", "expects the economy to shrink by 1.4%", "could opt for a
  // full 1 point rise". The nearest cue within max_back words, not across punctuation or into a
  // subordinate clause ("said it would retaliate after 30 people were killed").
  static inline rule_list const clause_cue_stops = {"after", "before", "when", "because", "since", "while",
                                                    "as", "who", "which", "where", "until", "although"};
  // (its window's test inline, from the sentence's modality table: most figures have no cue
  // within reach, and the call is not made; clause_cue_walk reads the window)
  [[gnu::always_inline]] std::optional<modality> clause_cue(std::string_view text, token_span t, blocked_window const& blocked,
                                                            std::size_t qfirst, std::size_t max_back,
                                                            bool duration = false) const {
    if (!blocked.mods->any_in(qfirst - std::min(qfirst, max_back), qfirst)) return std::nullopt;
    return clause_cue_walk(text, t, blocked, qfirst, max_back, duration);
  }
  std::optional<modality> clause_cue_walk(std::string_view text, token_span t, blocked_window const& blocked, std::size_t qfirst, std::size_t max_back, bool duration) const;
  // The modality of a duration (docs/claims.md, Modality): a cue within 3 words before it ("would
  // last six weeks"), a plan earlier in its clause ("a deal would bring a truce of about six
  // weeks", "has promised to rebuild the homes within a year"), an act that starts the period
  // ("declared a three-month state of emergency", "approved a nine-month arrangement": cues of
  // modality.tsv marked "duration"), or a plan after its noun ("The 48-month programme is meant to").
  // "has been closed for 20 months", "remained suspended for two weeks": an act that starts a
  // period (modality.tsv "duration") told as a state so far is no plan; the length is a fact.
  static bool state_before_act(token const& w) {
    return w.lc == "been" || w.lc == "remained" || w.lc == "remains" || w.lc == "remain" || w.lc == "stayed" ||
           w.lc == "stays" || w.lc == "stay";
  }
  void duration_modality(claim& c, sentence_info const& si, std::size_t qf, std::size_t ql) const;
  // True when the duration at [qf, ql] times or dates something instead of stating how long
  // something lasts (modality.cpp; docs/claims.md "Durations that time something").
  bool times_something(sentence_info const& si, std::size_t qf, std::size_t ql) const;
  // A verb the tables list, in its bare form, as after a modal ("cut", "cost", "close"): no past
  // or present ending, no irregular past ("lost"), no speech verb ("said"). (Not bare_verb above,
  // which asks whether an open-class word could be a verb by its place.)
  bool bare_listed_verb(token const& w) const {
    return w.word && (w.pred || w.low_pred) && !w.lc.ends_with("ed") && !w.lc.ends_with('s') &&
           !w.lc.ends_with("ing") && !irregular_forms.count(w.lc) && !said_verbs.count(w.lc);
  }
  // A negated clause before the figure: "did not believe that 500 people had died", "did not opt
  // for the full 1 point rise" (an auxiliary, then not/n't/never, within a few words).
  static inline rule_list const negated_aux = {"did", "does", "do", "has", "have", "had", "was", "were",
                                               "is", "are", "could", "would", "will", "can", "should"};
  static inline rule_list const negated_stops = {"after", "before", "when", "because", "since", "while",
                                                 "who", "which", "where", "but", "only", "although"};
  static inline rule_list const negators = {"not", "n't", "never"};
  // The figure is what a demand or offer asks or gives: its verb is a cue of modality.tsv marked
  // "object" ("is seeking a 9% rise", "has offered 4.5%", "wanted ... three posts").
  bool demanded(token_span t, claim const& c) const {
    if (c.predicate_span.end <= c.predicate_span.start || c.predicate_span.end > c.q.span.start) return false;
    std::size_t const v = token_at(t, c.predicate_span.end - 1);
    if (v >= t.size() || !t[v].modality) return false;
    return std::any_of(t[v].modality->begin(), t[v].modality->end(), [&](std::uint32_t mi) {
      return modality_cues[mi].extra == "object" && match_at(t, v, modality_cues[mi].words);
    });
  }
  // (both answer yes only at a negator: a sentence intern found none in is answered inline, with
  // no call; the _walk bodies test the window)
  [[gnu::always_inline]] static bool no_negator(sentence_info const& si) {
    return si.notable_known && si.notable.size[notable_kind::negator] == 0;
  }
  [[gnu::always_inline]] bool denied_complement(sentence_info const& si, std::size_t qfirst) const {
    return !no_negator(si) && denied_complement_walk(si, qfirst);
  }
  [[gnu::always_inline]] static bool clause_negated(sentence_info const& si, std::size_t qfirst, std::size_t max_back) {
    return !no_negator(si) && clause_negated_walk(si, qfirst, max_back);
  }
  bool denied_complement_walk(sentence_info const& si, std::size_t qfirst) const;
  static bool clause_negated_walk(sentence_info const& si, std::size_t qfirst, std::size_t max_back);
  // (find_predicate: the auxiliaries and adverbs of a verb phrase)
  static inline rule_list const predicate_aux = {"have",  "has",   "had",   "been",    "be",   "being", "was",
                                                 "were",  "is",    "are",   "will",    "would", "could", "should",
                                                 "still", "since", "not",   "also",    "already", "to", "may",
                                                 "might", "never", "n't",   "reportedly", "expected", "being"};
  // (defined in predicates.cpp)
  void find_predicate(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast) const;
  void settle_predicates(std::span<claim> local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges, sentence_info const& si, claims_view earlier) const;
  // A verb before a list of objects governs the whole list (docs/claims.md, "Eighth round"): a
  // figure joined by "and" or a comma to the one before it, with no verb of its own, shares that
  // figure's verb when the verb stands before it ("left at dawn carrying 287 passengers and 19
  // crew"); a total of such parts with no verb of its own ("..., 306 people in all") too.
  template <class Claims, class Rels>
  static void list_verb(Claims& local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges, Rels const& rels,
                        token_span t) {
    auto verbless = [&](claim const& c) {
      return c.forced_predicate.empty() && c.predicate_span.end == c.predicate_span.start &&
             (c.predicate.key.empty() || is_lit(c.predicate.key, "be"));
    };
    // (listed[i]: figure i took figure i - 1's verb here)
    thread_local std::vector<char> listed;  // (as by_nominal in settle_predicates)
    listed.assign(local.size(), 0);
    for (std::size_t i = 1; i < local.size(); ++i) {
      auto& c = local[i];
      auto const& o = local[i - 1];
      auto const [qf, ql] = ranges[i];
      if (qf == 0 || qf >= t.size() || !verbless(c) || o.q.kind != c.q.kind ||
          (c.q.kind != quantity_kind::count && c.q.kind != quantity_kind::money) || o.predicate.key.empty() ||
          is_lit(o.predicate.key, "be") || o.predicate_span.end == o.predicate_span.start ||
          o.predicate_span.end > t[ranges[i - 1].first].start || (t[qf - 1].lc != "and" && t[qf - 1].lc != ","))
        continue;
      // (the words between the two figures: the first one's noun, no verb, no other punctuation;
      // "..., 6, 56 in all" is a total, below)
      bool plain = ranges[i - 1].second + 2 < qf;
      for (std::size_t k = ranges[i - 1].second + 1; k + 1 < qf && plain; ++k)
        plain = t[k].word && !t[k].pred && !t[k].low_pred;
      if (!plain) continue;
      c.predicate.key = o.predicate.key;
      c.predicate_span = o.predicate_span;
      c.mod = o.mod;
      listed[i] = 1;
    }
    // (a total of gapped clauses, "The Greens won 30 seats, the Liberals 20, 50 in all", has
    // parts of other subjects: a stated total, be)
    for (std::size_t i = 0; i < local.size(); ++i) {
      auto& c = local[i];
      if (!verbless(c)) continue;
      claim const* first = nullptr;
      bool same = true;
      for (auto const& [from, kind, to] : rels)
        if (from == i && kind == relation_kind::sum_of) {
          auto const& p = local[to];
          if (!first) first = &p;
          else same = same && listed[to];
        }
      if (!first || !same || first->predicate.key.empty() || is_lit(first->predicate.key, "be") ||
          first->predicate_span.end == first->predicate_span.start ||
          first->predicate_span.end > first->q.span.start || c.q.span.start < first->q.span.start)
        continue;
      c.predicate.key = first->predicate.key;
      c.predicate_span = first->predicate_span;
    }
  }
  // A breakdown after a colon ("The train has 352 beds: 96 in cabins, 192 in couchettes and 64 in
  // pods", "owed $14.6 million when it collapsed, the administrators said: $6.1 million to its
  // bank, ..."): a part with no verb of its own in the list (none, or one before the colon) did
  // what the total before the colon did. The total is the nearest figure of the parts' kind and
  // unit before the colon, larger than each part ("The cuts fall on three sites: 710 at ..." is
  // no total of its parts); the list runs over figures joined by a comma or "and" (acc24p).
  template <class Claims>
  static void colon_breakdown_verb(Claims& local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
                                   token_span t) {
    for (std::size_t i = 1; i < local.size(); ++i) {
      auto const qf = ranges[i].first;
      if (qf == 0 || qf >= t.size() || t[qf - 1].word || !is_lit(t[qf - 1].lc, ":")) continue;
      std::size_t j = i;
      while (j > 0 && !(local[j - 1].q.kind == local[i].q.kind && local[j - 1].q.unit == local[i].q.unit)) --j;
      if (j == 0) continue;
      auto const& total = local[j - 1];
      if (total.predicate.key.empty() || total.q.kind == quantity_kind::duration) continue;
      auto const colon = t[qf - 1].start;
      for (std::size_t k = i; k < local.size(); ++k) {
        auto& p = local[k];
        auto const pf = ranges[k].first;
        if (p.q.kind != total.q.kind || p.q.unit != total.q.unit || !(p.q.value < total.q.value)) break;
        if (k > i && (pf == 0 || !(is_lit(t[pf - 1].lc, ",") || is_lit(t[pf - 1].lc, "and")))) break;
        if (!p.forced_predicate.empty() || (p.predicate_span.end > p.predicate_span.start && p.predicate_span.start > colon))
          continue;
        p.predicate.key = total.predicate.key;
        p.predicate_span = total.predicate_span;
      }
    }
  }
  // The key of a change noun right after a share (or after one plain noun: "duty cut", "pay
  // rise"), measure_nouns.tsv column 3, when an article, "the" or a possessive opens the phrase
  // (over a participle: "the planned 10% rise") and no verb stands right before it; else null.
  std::string const* named_change(token_span t, std::size_t qf, std::size_t ql) const {
    std::size_t k = ql + 1;
    if (k >= t.size() || !t[k].word) return nullptr;
    if (!change_nouns.count(t[k].lc)) {
      if (k + 1 >= t.size() || !chunk_word(t[k]) || t[k].pred || t[k].low_pred || !t[k + 1].word ||
          !change_nouns.count(t[k + 1].lc))
        return nullptr;
      ++k;
    }
    auto const it = measure_predicates.find(std::string_view(t[k].lc));
    if (it == measure_predicates.end() || qf == 0) return nullptr;
    std::size_t d = qf - 1;
    if (d > 0 && t[d].word && t[d].lc.ends_with("ed") && !t[d].pred) --d;
    if (!t[d].word || !(is_lit(t[d].lc, "a") || is_lit(t[d].lc, "an") || is_lit(t[d].lc, "the") || is_possessive(t[d].lc)))
      return nullptr;
    if (d > 0 && t[d - 1].word &&
        (t[d - 1].pred || t[d - 1].low_pred || is_lit(t[d - 1].lc, "to") || t[d - 1].lc.ends_with("ed") ||
         t[d - 1].lc.ends_with("ing")))
      return nullptr;
    return &it->second;
  }
  // (defined in attribution.cpp)
  text_key speaker_key(std::string_view text, token_span t, std::size_t b, std::size_t e) const;
  void document_author(std::string_view text, token_span t, std::size_t& b, std::size_t& e) const;
  // (defined in speakers.cpp)
  void its_organ(std::string_view text, sentence_info const& si, text_key& k) const;
  bool partitive_continuation(token_span t, std::size_t ql) const;
  // Attribution in the sentence: "according to X", "X said", "said X".
  // (find_attribution: the words that stop a walk back to the speaker, the auxiliaries over which
  // the speaker is read)
  static inline rule_list const attribution_stops = {"that", "on", "in", "at", "by", "for", "with", "as",
                                                     "after", "before", "earlier", "later", "when", "while",
                                                     "but", "because", "though", "although", "if",
                                                     "which", "again", "also", "than", "few", "many", "some",
                                                     "most", "none", "several"};
  static inline rule_list const attribution_speech_aux = {"had", "has", "have", "would", "will", "did", "does", "do",
                                                          "could", "may", "might"};
  static inline rule_list const attribution_aux = {"had", "has", "have", "been", "was", "were", "is", "are",
                                                   "be", "being", "would", "will", "could"};
  text_key find_attribution(std::string_view text, sentence_info& si) const;
  // A body that acts, the token index of its act's verb and the end of the act's clause: the
  // figures between are the act's. [described_from, described_to): the tokens of a ", which
  // ..." clause that describes the body between its name and its act ("The Tram Guild, which
  // represents some 2,100 drivers, is seeking ..."): the body's own figures too.
  struct actor_match {
    text_key first;
    std::size_t second = 0;
    std::size_t end = SIZE_MAX;
    std::size_t described_from = 0, described_to = 0;
    bool any_verb = false;  // (found by find_actor's any_verb: its verb is no official act)
    bool covers(std::size_t q) const {
      return !first.key.empty() && ((q > second && q < end) || (q >= described_from && q < described_to));
    }
    // as actor_match{}, keeping the key's capacity
    void clear() {
      clear_keeping(first);
      second = 0;
      end = SIZE_MAX;
      described_from = described_to = 0;
      any_verb = false;
    }
  };
  // "The Federal Reserve raised rates by ...", "The World Bank pledged $1.78 billion": a named
  // body or person opening the sentence, then an official act (attribution.tsv "act"). Returns
  // the source and the token index of the verb (figures after it are the act's), else empty.
  // The act may stand in a relative clause ("Israel, which has called up 360,000 reservists,
  // has ...": the figures of that clause only) or be joined by "and" to a first verb of the
  // same subject ("The government has called the report unfair and dismissed two officials").
  // An official act (attribution.tsv "act") starts at t[k]; with `period`, one that sets a period
  // (column 3 "period": "suspended", "ordered").
  // (inline, the test of the token's cue_first bit: find_actor asks it of most tokens, and few
  // start any cue; act_cue_at reads the act verbs that start there)
  [[gnu::always_inline]] bool act_at(token_span t, std::size_t k, bool period = false) const {
    return k < t.size() && t[k].cue_first && t[k].info && act_cue_at(t, k, period);
  }
  bool act_cue_at(token_span t, std::size_t k, bool period) const {
    for (auto const& v : starting(act_verbs, t, k))
      if ((!period || v.extra == "period") && match_at(t, k, v.words)) return true;
    return false;
  }
  // "Shares in Brenna Mining, which reported a loss on Monday, fell 8%": past the relative
  // clause's closing comma a verb resumes the main clause, whose figures the clause's speaker
  // does not tell (tokens from the clause's verb `from` to the figure's first token `to`).
  bool main_clause_resumes(token_span t, std::size_t from, std::size_t to) const {
    for (std::size_t k = from + 1; k + 1 < to; ++k)
      if (t[k].lc == "," && t[k + 1].word && (t[k + 1].pred || t[k + 1].low_pred || verb_form(t, k + 1)))
        return true;
    return false;
  }
  // The first token of the sentence after a dateline ("LONDON, Nov. 3 — Kemp Air has cancelled"),
  // else 0: the name that opens the sentence stands after it. (The dateline's day is left to the
  // date rules: dropping it was measured and dropped, docs/claims.md "Tenth round".)
  static std::size_t body_token(sentence_info const& si) {
    token_span const t = si.tokens;
    if (t.size() < 4 || !t[0].word) return 0;
    auto const body = dateline_end(si.text, si.span.start, si.span.end);
    if (body == si.span.start) return 0;
    std::size_t k = 0;
    while (k < t.size() && t[k].start < body) ++k;
    return k < t.size() ? k : 0;
  }
  // (`any_verb`: the body at the head of the sentence with any finite verb, not only an act's:
  // asked only when a pronoun that follows says its figures, "..., it said")
  actor_match find_actor(std::string_view text, sentence_info const& si, bool any_verb = false) const;
  struct date_cand {
    std::size_t pos;  // byte offset
    std::string value;
    date_basis basis;
    bool since;
    bool year_written = false;  // "October 7, 2023" rather than "Oct. 7" (year inferred)
    std::size_t end = 0;        // byte offset after the phrase
    bool speech = false;        // dates a speech verb: "said on Friday", "announced on Monday"
    bool attributive = false;   // names an event: "the Oct. 7 attack", "the Feb. 6 earthquakes"
    std::size_t since_at = SIZE_MAX;  // token of the "since" whose clause (with its verb) holds the phrase
    bool period = false;        // bounds a period named by a relative clause ("that began in March")
    bool from = false;          // "from Oct. 1": the start of a period, or the day a plan takes effect
    bool plan_only = false;     // "this year": the year of a plan or forecast, else no date of its own
    int years_back = 0;         // "a year earlier" with no date before it in its sentence (counted from publication)
    bool year_for = false;      // "an allowance for 2025": the year a thing is for, below a day the sentence's act names
    // (set by date_candidates once the phrases are sorted: find_date reads them per figure)
    std::size_t tok = 0;       // token_at(pos): the phrase's first token
    std::size_t last_tok = 0;  // token_at(end - 1) (pos when end is 0): its last token
  };
  // The day a period starts in a sentence: a full date with its written year right after a verb
  // that starts a period (period_verbs.tsv "start", or closed/shut: "closed to traffic on March 3,
  // 2025", "began on Sept. 20, 2023"; at most four words between, no punctuation), else empty.
  std::string period_start_of(sentence_info const& si, std::vector<date_cand> const& cands) const {
    token_span const t = si.tokens;
    for (auto const& k : cands) {
      if (!k.year_written || k.value.size() != 10 || k.since || k.basis != date_basis::explicit_date) continue;
      std::size_t i = k.tok;
      for (std::size_t n = 0; i > 0 && n < 5; ++n, --i) {
        auto const& w = t[i - 1].lc;
        if (!t[i - 1].word) break;
        if (period_starts.count(w) || w == "closed" || w == "shut") return k.value;

      }
    }
    return {};
  }
  // The frame an undated sentence continues: the date its paragraph's previous sentence gave.
  struct date_frame {
    std::string value;
    date_basis basis = date_basis::none;
    std::string speaker;  // who gave it
    bool event = false;   // an event's day (an election's) that dates its results article-wide
  };
  // format_iso(d), kept for the next call with the same day (an article's publication date is
  // written into most of its claims)
  // (inline: asked per figure, and mostly of the day it was last asked)
  [[gnu::always_inline]] static std::string const& iso_of(ymd const& d) {
    thread_local ymd last{};
    thread_local std::string iso;
    if (iso.empty() || last.y != d.y || last.m != d.m || last.d != d.d) {
      iso = format_iso(d);
      last = d;
    }
    return iso;
  }
  // Index of the first token that ends after byte offset pos (tokens are sorted).
  static std::size_t token_at(token_span t, std::size_t pos) {
    return static_cast<std::size_t>(
        std::partition_point(t.begin(), t.end(), [&](token const& x) { return x.end <= pos; }) - t.begin());
  }
  // (searched from token `hint`, near the answer: see partition_near)
  static std::size_t token_at(token_span t, std::size_t pos, std::size_t hint) {
    return partition_near(t, hint, [&](token const& x) { return x.end <= pos; });
  }
  // (defined in claim_dates.cpp)
  void date_candidates(sentence_info const& si, ymd const* pub, std::string const* previous, std::vector<date_cand>& cands) const;
  // The same period `off` years from an ISO date, month or year ("2024-02-29" - 1 -> "2023-02-28").
  static std::string years_before(std::string const& from, int off) {
    std::string v = fmt::format("{:04}", std::atoi(from.substr(0, 4).c_str()) + off) + from.substr(4);
    if (v.size() == 10) {  // 29 February
      ymd d;
      if (!parse_iso(v, d) || d.d > 28) v = v.substr(0, 7) + (v.substr(5, 5) == "02-29" ? "-28" : v.substr(7));
    }
    return v;
  }
  struct embedded_clause {
    std::size_t b, e;  // tokens [b, e)
    bool when;         // ", when ..." (else a relative clause)
    bool restrictive;  // no comma before it ("the truce that ended on Friday"): its end is unsure
  };
  // Relative clauses (", which ...", ", who ...", "the truce that ended ...") and ", when ..."
  // clauses of a sentence: from the pronoun to the next punctuation outside a date phrase.
  // The words that open one (build_vocab marks them clause_opener: embedded_clauses visits only
  // these).
  static constexpr std::array<std::string_view, 6> clause_openers = {"who", "whom", "when", "where", "which", "that"};
  void embedded_clauses(sentence_info const& si, std::vector<date_cand> const& cands, std::vector<embedded_clause>& out) const;
  void find_date(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast, ymd const* pub, std::vector<date_cand> const* sentence_dates, std::vector<byte_span> const& figures, date_frame const& frame, std::string const& own_speaker, date_frame const& lede_act, std::vector<embedded_clause> const* sentence_clauses = nullptr, std::string const* previous_start = nullptr) const;
  // A figure that states a standing fact, as of publication whatever the sentence's date phrases
  // (grammars/standing_figures.tsv): a norm ("the 272 needed for a majority", "the central bank's
  // 2% target", "a party needs a minimum of 201 seats") or the population a share is taken of
  // ("58% of nearly 28 million registered voters", "15% of the country's 220 million
  // inhabitants", "a population of some 332 million").
  // An age ("a 73-year-old", "aged 65 or over"; the parser marks it): a duration that times no
  // period, a standing fact like a modifier.
  static bool is_age(claim const& c) { return c.q.age; }
  // (inline: a count with a hyphen in its text, which few figures have, is read by
  // compound_tail; asked about every figure twice)
  bool compound_modifier(quantity const& q, std::string_view article) const {
    // (the figure's text as a view of the article: string_view::substr is a call here)
    if (q.kind != quantity_kind::count || q.span.end <= q.span.start || q.span.start >= article.size()) return false;
    std::string_view const text(article.data() + q.span.start, std::min(q.span.end, article.size()) - q.span.start);
    return std::memchr(text.data(), '-', text.size()) && compound_tail(text);
  }
  bool compound_tail(std::string_view text) const;
  bool standing_figure(token_span t, std::size_t qfirst, std::size_t qlast) const;
  // The frame a sentence leaves for the next undated one of its paragraph: the first day its
  // claims were dated by a phrase, else its first speech or plain date phrase; a sentence
  // without a date phrase keeps the frame it was given.
  // The day of an event named in the lede next to its date ("Thursday's election", "the July 4
  // vote", "won the runoff on Sunday"): grammars/event_nouns.tsv.
  date_frame event_day(sentence_info const& si, std::vector<date_cand> const& cands) const {
    token_span const t = si.tokens;
    for (auto const& k : cands) {
      if (k.since || k.value.size() != 10 || k.basis == date_basis::published) continue;
      std::size_t i = 0;
      while (i < t.size() && t[i].start < k.pos) ++i;
      std::size_t e = i;
      while (e < t.size() && t[e].start < k.end) ++e;
      for (std::size_t j = i >= 3 ? i - 3 : 0; j < std::min(t.size(), e + 2); ++j)
        if (event_nouns.count(t[j].lc)) return {k.value, k.basis, "", true};
    }
    return {};
  }
  // (defined in attribution.cpp)
  std::string actor_head(sentence_info const& si, std::size_t verb) const;
  // The day of the lede's act: its first day phrase that is no period's start, no event's name
  // and not in the future ("The IMF's board on Monday approved ...", "raised rates on Tuesday").
  static date_frame lede_day(std::vector<date_cand> const& cands, ymd const* pub) {
    std::string const today = pub ? format_iso(*pub) : std::string();
    for (auto const& k : cands)
      if (!k.since && !k.attributive && k.value.size() == 10 && k.basis != date_basis::published &&
          (today.empty() || k.value <= today))
        return {k.value, k.basis, "", false};
    return {};
  }
  // (defined in claim_dates.cpp)
  static void update_frame(date_frame& frame, std::vector<date_cand> const& cands, claims_view local, std::string const& speaker, ymd const* pub);
  bool proper_noun(std::string_view text, token const& t) const {
    return t.word && is_upper(text[t.start]) && !function_words.count(t.lc) && !calendar_words.count(t.lc) &&
           !determiners.count(t.lc) && t.lc.size() >= 2;
  }
  // list.count(strip_possessive_view(w)), from w's bit (token_keyed) when there is nothing to strip
  template <class List>
  static bool holds_stripped(List const& list, folded_view const& w) {
    auto const v = strip_possessive_view(w);
    return v.size() == w.size() ? list.count(w) != 0 : list.count(v) != 0;
  }
  // (defined in scopes.cpp)
  std::vector<std::string> topics_of(std::string_view text, std::span<sentence_info const> ss, std::string const& title,
                                     std::string_view outlet) const;
  std::string scope_of(std::string_view text, sentence_info const& si, claim const& c, std::size_t qfirst, std::vector<std::string> const& topics) const;
  // (defined in speakers.cpp)
  std::string const& resolve_speaker(std::string const& key, std::vector<std::string> const& seen) const;
  // Names a later short mention may stand for: a place's body ("Gaza's health ministry" ->
  // "gaza health", "gaza health ministry") and a nationality's ("the Israeli army" -> "israeli army").
  // Each is handed to `named` in turn (a std::string, an lvalue that `named` may copy or an
  // rvalue it may take), not collected in a vector per sentence.
  template <class Named>
  void mentions_of(std::string_view text, sentence_info const& si, Named&& named) const {
    token_span const t = si.tokens;
    // Both loops below start only at capitalized words (most tokens are none): found by the tokenizer.
    thread_local std::vector<std::uint32_t> buf;
    auto const capitals = capitals_of(text, si, buf);
    for (std::size_t const i : capitals) {
      if (i + 1 >= t.size()) break;
      bool possessive = t[i].lc.size() > 2 && t[i].lc.ends_with("'s");
      if (i > 0 && (t[i - 1].lc == "and" || t[i - 1].lc == "or")) continue;  // "Turkish and Syrian officials"
      auto const wv = strip_possessive_view(t[i].lc);
      bool const adjective = holds_stripped(demonym_adjectives, t[i].lc);  // (some value of demonyms)
      if (!possessive && !adjective) continue;
      std::string w(wv);
      if (possessive) {
        if (auto it = demonyms.find(w); it != demonyms.end()) w = it->second;
      }
      std::string phrase = w;
      for (std::size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
        if (!chunk_word(t[k]) || is_upper(text[t[k].start]) || cue_firsts.count(t[k].lc) || predicates.count(t[k].lc) ||
            determiners.count(t[k].lc))
          break;
        phrase += " " + t[k].lc;
        named(phrase);
      }
    }
    // A person's full name, wherever it stands ("appointed Rachel Reeves as finance minister"): a
    // later "Reeves said" is hers. Two or three capitalized words after any title, no possessive.
    // (only capitalized words can start a name; a start moved past titles below would only have
    // skipped titles, and the name's next word, which a capitalized word before it rejects)
    for (std::size_t const first : capitals) {
      std::size_t i = first;
      // (after a place's possessive too: "Ostland's Green Front" -> "green front")
      // ("Treasurer Ilse Varnholt presented", "Finance Minister Ilse Varnholt": a title before
      // the name is no part of it, so the name starts after it)
      if (!proper_noun(text, t[i]) || titles.count(t[i].lc) ||
          (i > 0 && proper_noun(text, t[i - 1]) && !is_possessive(t[i - 1].lc) && !titles.count(t[i - 1].lc)))
        continue;
      std::size_t e = i;
      while (e < t.size() && e - i < 4 && proper_noun(text, t[e]) && !t[e].lc.ends_with("'s")) ++e;
      // ("Quillon Foods's frozen pies": a name that ends in a possessive is the name; a later
      // "Quillon said" is the firm's)
      bool const owner = e > i && e < t.size() && e - i < 3 && proper_noun(text, t[e]) && is_possessive(t[e].lc);
      if (owner) ++e;
      // (a title by its form only before a name of two words: "Pharmacist Grace Obi")
      while (i < e && (titles.count(t[i].lc) || (e - i >= 3 && formed_title(t[i].lc)))) ++i;
      if (e - i < 2 || e - i > 3 || (!owner && e < t.size() && proper_noun(text, t[e]))) continue;
      std::string name;
      for (std::size_t k = i; k < e; ++k)
        name += (name.empty() ? "" : " ") + std::string(k + 1 == e && owner ? strip_possessive_view(t[k].lc) : std::string_view(t[k].lc));
      named(std::move(name));
    }
    // "the Coastal Flood Defence Board (CFDB) said": a name with its acronym in brackets after
    // it, the acronym's letters the initials of the name's words (function words skipped), is
    // named in full; a later "the CFDB said" takes it (resolve_speaker)
    for (std::size_t const a : capitals) {
      if (a < 3 || a + 1 >= t.size() || t[a - 1].lc != "(" || t[a + 1].lc != ")" || t[a].lc.size() < 2 || t[a].lc.size() > 6)
        continue;
      bool upper = true;
      for (std::size_t c = t[a].start; c < t[a].end && upper; ++c) upper = is_upper(text[c]);
      if (!upper) continue;
      std::size_t n = t[a].lc.size(), b = a - 1;
      while (n > 0 && b > 0) {
        token const& w = t[b - 1];
        if (!w.word) break;
        if (function_words.count(w.lc) && n < t[a].lc.size()) {
          --b;
          continue;
        }
        if (!is_upper(text[w.start]) || w.lc[0] != t[a].lc[n - 1]) break;
        --n;
        --b;
      }
      if (n != 0) continue;
      std::string name;
      for (std::size_t k = b; k + 1 < a; ++k) name += (name.empty() ? "" : " ") + std::string(t[k].lc);
      named(std::move(name));
    }
  }
  void anaphor_place(text_key& k, std::string const& place) const;
  void body_of_place(text_key& k, std::string const& place, std::vector<std::string> const& topics) const;
  // "agency chief Dorin Vasko told": a speaker whose key is a name after a title phrase (the
  // text's words before the key, without "the", ending in a title of titles.tsv) notes the phrase
  // for the person. (Called for the speakers own_sentence_speaker finds to be persons or groups.)
  void note_title(text_key const& k, std::vector<std::pair<std::string, std::string>>& titled) const {
    if (k.key.find(' ') == std::string::npos || k.text.size() <= k.key.size()) return;
    thread_local std::string buf;
    std::string_view const f = fold_to(buf, k.text);
    auto const at = f.find(k.key);
    if (at == std::string_view::npos || at < 2 || f[at - 1] != ' ') return;
    std::string_view pre = f.substr(0, at - 1);
    if (pre.starts_with("the ")) pre.remove_prefix(4);
    auto const sp = pre.rfind(' ');
    if (pre.empty() || !titles.count(sp == std::string_view::npos ? pre : pre.substr(sp + 1))) return;
    for (char const ch : pre)
      if (!(is_alnum(ch) || ch == ' ' || ch == '-')) return;
    titled.emplace_back(std::string(pre), k.key);
  }
  // The body that acts in a relative clause without "that" right after the figure's noun
  // ("the €48 million the European Union pledged", "the 45,000 homes a year the government aims
  // for"): "the", a name or a body noun (body_nouns.tsv), then an act (attribution.tsv); else empty.
  text_key relative_actor(std::string_view text, sentence_info const& si, std::size_t ql) const {
    token_span const t = si.tokens;
    std::size_t i = ql + 1;
    while (i < t.size() && i - ql <= 5 && t[i].word && t[i].lc != "the" && !t[i].pred && !is_upper(text[t[i].start])) ++i;
    if (i + 2 >= t.size() || t[i].lc != "the") return {};
    std::size_t e = i + 1;
    while (e < t.size() && e - i <= 4 && t[e].word && is_upper(text[t[e].start])) ++e;
    if (e == i + 1 && body_nouns.count(t[e].lc)) ++e;
    if (e == i + 1 || e >= t.size() || !act_at(t, e)) return {};
    return speaker_key(text, t, i, e);
  }
  std::string described_speaker(std::string_view text, std::size_t upto, std::string const& key, std::vector<std::string> const& seen) const;
  // "Kemp Air has cancelled 300 flights, the airline said", "the company said" after "Vantel
  // Energy said": "the <kind>" (kind_nouns.tsv) that no fuller name resolved stands for the
  // organisation the article named: the name opening the same sentence (its subject), else the
  // name the same noun stood for before (`table.named`: the article's table of kinds), else, for
  // a word of any business (`firm`), the last name that spoke or acted and is no person's and no
  // body of another kind. `lowered` is the article's lowercased text (same offsets). Empty when none.
  struct kind_table {
    std::vector<std::pair<std::string, std::string>> named;  // kind -> the name it stood for
    std::vector<std::pair<std::string, bool>> organisation;  // key -> a proper name and no person's (asked once)
    // the organisation opening the article's first sentence ("Varn Copper restarted the mine on
    // Monday"): whom a word for any business stands for when no organisation spoke or acted
    // before it ("..., the company said")
    // (read only when asked: most articles never need it)
    sentence_info const* lede_sentence = nullptr;
    std::string lede;
    bool lede_read = false;
  };
  std::string kind_mention(std::string_view text, std::string_view lowered, sentence_info const& si, std::string const& kind, std::vector<std::string> const& speakers, std::vector<char> const& spoke, kind_table& table, bool lede = false) const;
  std::string body_named_before(std::string_view text, sentence_info const& si, std::string const& said, std::string const& key) const;
  // The last place named after "in" in a sentence ("killed in Gaza"), as a source word.
  std::string place_in(std::string_view text, sentence_info const& si) const {
    std::string out;
    token_span const t = si.tokens;
    // (the word after "in" is a proper noun, so capitalized: only the capitals are tried, in order)
    thread_local std::vector<std::uint32_t> buf;
    for (std::size_t const c : capitals_of(text, si, buf)) {
      if (c == 0) continue;
      std::size_t const i = c - 1;
      if (t[i].lc != "in" || !proper_noun(text, t[i + 1]) || (i + 2 < t.size() && proper_noun(text, t[i + 2]))) continue;
      out = strip_possessive(t[i + 1].lc);
      if (auto it = demonyms.find(out); it != demonyms.end()) out = it->second;
    }
    return out;
  }
  // The place of a sentence's fronted frame, "In Gaza, ...", as a source word; else empty.
  std::string fronted_place(std::string_view text, sentence_info const& si) const {
    token_span const t = si.tokens;
    if (t.size() < 4 || t[0].lc != "in" || !proper_noun(text, t[1]) || t[2].lc != ",") return {};
    std::string out = strip_possessive(t[1].lc);
    if (auto it = demonyms.find(out); it != demonyms.end()) out = it->second;
    return out;
  }
  // "is home to 2.3 million people": a phrase right before the figure that states background
  // (grammars/background_frames.tsv); or a place's population told by its possessive, "the
  // enclave's 2.3 million people", "the city's 80,000 residents" (background_populations.tsv right
  // after the figure that ends at t[ql]).
  bool background_frame(token_span t, std::size_t qf, std::size_t ql) const {
    if (qf >= t.size()) return false;
    for (auto const& f : background_frames) {
      if (qf < f.size()) continue;
      bool all = true;
      for (std::size_t k = 0; k < f.size() && all; ++k) all = t[qf - f.size() + k].word && t[qf - f.size() + k].lc == f[k];
      if (all) return true;
    }
    return qf > 0 && t[qf - 1].word && is_possessive(t[qf - 1].lc) && ql + 1 < t.size() && t[ql + 1].word &&
           background_populations.count(std::string_view(t[ql + 1].lc)) != 0;
  }
  // A speaker whose word goes no further than its sentence: a person named with a title before
  // the name ("President Ana Roe, who ..., announced" -> "ana roe"), or a group of different people
  // (generic_speakers.tsv: "economists", "residents").
  bool own_sentence_speaker(text_key const& k) const {
    if (k.key.empty()) return false;
    // (the sentences of a paragraph that name no one carry its speaker on, so the same speaker is
    // asked about sentence after sentence: the last answer is kept, a test of two strings instead
    // of a fold and two splits; the answer reads k and the tables only)
    thread_local text_key asked;
    thread_local bool answer = false;
    if (k.key == asked.key && k.text == asked.text) return answer;
    asked.key = k.key;
    asked.text = k.text;
    answer = own_sentence_speaker_of(k);
    return answer;
  }
  bool own_sentence_speaker_of(text_key const& k) const;
  // "Its army says" after "Israel says": the possessive pronoun stands for the last named
  // speaker; a place becomes its adjective ("israeli army"). True when it changed k.key.
  bool its_speaker(text_key& k, text_key const& last, bool the = false) const {
    if (k.key.empty() || last.key.empty() || k.text.size() < 4) return false;
    // "Israel says ... The army says": a one-word body right after a country spoke (`last` is
    // then the previous sentence's speaker) is its body
    // (the text's first word first: most speakers' is neither, and no key is looked up then)
    bool the_body = the && k.key.find(' ') == std::string::npos && k.key.size() > 2 && folded_prefix_is(k.text, "the ");
    if (!the_body && !folded_prefix_is(k.text, "its ")) return false;
    if (generic_head(k.key))
      return false;  // "its organisers": people, not the place's body
    auto it = demonyms.find(last.key);
    if (it == demonyms.end()) return false;
    k.key = it->second + " " + k.key;
    return true;
  }
  // The key of a body that acts, resolved as a speaker's; a pronoun that acts ("It has sent
  // letters to 4,000 patients", "They have cut 300 jobs") stands for the last body that spoke or
  // acted, else for the last name the article gave, else for no one (the narrator's). Whether a
  // key is left.
  bool actor_key(text_key& k, text_key const& last, std::vector<std::string> const& speakers) const {
    if (k.key.empty()) return false;
    if (text::is_lit(k.key, "it") || text::is_lit(k.key, "they") || text::is_lit(k.key, "he") ||
        text::is_lit(k.key, "she") || text::is_lit(k.key, "we")) {
      k.key = !last.key.empty() ? last.key : !speakers.empty() ? speakers.back() : std::string();
      if (k.key.empty()) k.text.clear();
      return !k.key.empty();
    }
    k.key = resolve_speaker(k.key, speakers);
    return !k.key.empty();
  }
  // "in (southern) Turkey" within a few words after the figure: the place's name, lowercased.
  std::string place_after(std::string_view text, sentence_info const& si, std::size_t qlast) const {
    std::string out;
    place_after(text, si, qlast, out);
    return out;
  }
  void place_after(std::string_view text, sentence_info const& si, std::size_t qlast, std::string& out) const;
  // (defined in extract.cpp)
  std::size_t extract(article const& a, bool copy_sentences, std::vector<std::string>* lean_topics, std::vector<claim>& store) const;
  // its phases, in the order it runs them: the article's state in article_pass, a sentence's in
  // sentence_pass
  struct article_pass;
  struct sentence_pass;
  void prepare_sentences(article_pass& A, sentence_store& sentences_kept) const;
  void open_paragraph(article_pass& A, sentence_info& si) const;
  void figureless_sentence(article_pass& A, sentence_info& si) const;
  void name_speakers(article_pass& A, sentence_pass& S) const;
  void date_sentence(article_pass& A, sentence_pass& S) const;
  void open_claims(article_pass& A, sentence_pass& S) const;
  void make_claims(article_pass& A, sentence_pass& S) const;
  void update_frames(article_pass& A, sentence_pass& S) const;
  void place_scopes(article_pass& A, sentence_pass& S) const;
  void relate_figures(article_pass& A, sentence_pass& S) const;
  void settle_through_relations(article_pass& A, sentence_pass& S) const;
  bool own_count_noun(token_span t, claim const& c, std::size_t ql) const;
  void attach_relations(article_pass& A, sentence_pass& S) const;
  void scope_by_cues(article_pass& A, sentence_pass& S) const;
  void link_to_previous(article_pass& A, sentence_pass& S) const;
  void restated_keys(article_pass& A, sentence_pass& S) const;
  void finish_sentence(article_pass& A, sentence_pass& S) const;
  void finish_article(article_pass& A) const;
  bool cue_between(sentence_pass& S, std::size_t from, std::size_t to, cue const& r) const;
  static void link_adding_up(std::span<claim> cs, std::string_view text);
  static void link_apposed_parts(std::span<claim> cs, std::string_view text);
  static void plans_carried(std::span<claim> cs, std::string_view text);
  static void link_fractions(std::span<claim> cs);
};

}  // namespace claimcheck::claims
