// From numbers to claims. Per sentence: tokenize, parse quantities and dates (X3 parser), then
// for each quantity find
//   subject     the noun chunk it counts (right of it, through "of"), else a partitive's whole,
//               else the noun the copula/verb before it is about ("the toll rose to 33,360");
//   predicate   the nearest predicate verb (grammars/predicates.tsv), with its auxiliaries;
//   modality    cues in the auxiliaries (grammars/modality.tsv);
//   date        the nearest date phrase, resolved against the publication date; present-tense
//               "still/now" figures are as of publication;
//   attribution "X said", "said X", "according to X", a pronoun resolved to the last named
//               speaker; else the outlet;
//   relations   partitives, sums and changes between quantities of a sentence, fractions of
//               the nearest count of the same subject in the article.
// Every word list lives in grammars/.

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
#include <charconv>
#include <cstdint>
#include <cstring>
#include <cstdlib>
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
namespace {

constexpr bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
// A share of something (a fraction, percent or ratio) rather than an amount of it.
bool is_share(quantity_kind k) {
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
  friend bool operator==(folded const& a, char const (&lit)[N]) noexcept {
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
  friend bool operator==(folded_view const& a, char const (&lit)[N]) noexcept {
    return text::is_lit(a, lit);
  }
  // ends_with/starts_with a literal inline (std::string_view's take a char const* and are called
  // out of line, with a strlen; the rules test suffixes of tokens per figure)
  template <std::size_t N>
  bool ends_with(char const (&lit)[N]) const noexcept {
    return text::ends_lit(*this, lit);
  }
  template <std::size_t N>
  bool starts_with(char const (&lit)[N]) const noexcept {
    return text::starts_lit(*this, lit);
  }
  bool ends_with(std::string_view s) const noexcept { return std::string_view::ends_with(s); }
  bool starts_with(std::string_view s) const noexcept { return std::string_view::starts_with(s); }
  bool ends_with(char c) const noexcept { return !empty() && back() == c; }
  bool starts_with(char c) const noexcept { return !empty() && front() == c; }
};

// A word list whose membership test on an interned token reads the token's bit. `bit` is set
// by the extractor's constructor, which also enters the list's words into its vocab.
template <class Base>
struct token_keyed : Base {
  std::uint64_t bit = 0;
  using Base::count;
  std::size_t count(folded const& w) const { return w.interned() ? (w.lists & bit) != 0 : Base::count(w); }
  std::size_t count(folded_view const& w) const {
    return w.interned() ? (w.lists & bit) != 0 : Base::count(std::string_view(w));
  }
};
using token_set = token_keyed<word_set>;

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
};
static_assert(sizeof(token) <= 88);
static_assert(sizeof(folded_view) == 24);  // (list_bits: the interned flag is a bit of lists)

// The rules read a sentence's tokens through a span: its size is a stored count (a vector's is
// (end - begin) / sizeof(token), recomputed at every loop test the compiler cannot prove
// unchanged), and the span, a local, is not reloaded after a call.
using token_span = std::span<token const>;

// Words: runs of letters/digits with inner apostrophes, hyphens and periods ("Gaza's",
// "cross-border", "U.S."); everything else is one punctuation token per character.
// text::fold(w) written at `dst` (room for w.size() bytes: folding never lengthens), as a view.
folded_view folded_at(std::string_view w, char* dst) { return folded_view(dst, text::fold_into(w, dst)); }

// text::fold(w) into `buf` (its capacity kept from call to call), as a view of it.
std::string_view fold_to(std::string& buf, std::string_view w) {
  buf.resize(w.size());
  buf.resize(text::fold_into(w, buf.data()));
  return buf;
}

// The number four ASCII digits spell ("2024"; the caller checked they are digits).
int year_digits(std::string_view w) { return ((w[0] - '0') * 10 + (w[1] - '0')) * 100 + (w[2] - '0') * 10 + (w[3] - '0'); }

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
std::size_t alnum_run_end(std::uint64_t const* alnum, std::size_t j, std::size_t end) {
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
void tokenize_into(std::vector<token>& out, std::string_view text, byte_span s, parser::prepared_text const& prepared,
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

std::vector<token> tokenize(std::string_view text, byte_span s, parser::prepared_text const& prepared, char* folds) {
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


// "Labour's", "the Greens'": a possessive word (lower-cased token text)
bool is_possessive(std::string_view w) {
  return w.size() >= 2 && ((w[w.size() - 2] == '\'' && w.back() == 's') || (w[w.size() - 2] == 's' && w.back() == '\''));
}

// A word without its possessive ending, as a view of it (it only drops a suffix).
std::string_view strip_possessive_view(std::string_view w) {
  if (w.size() > 2 && w[w.size() - 2] == '\'' && w.back() == 's') w.remove_suffix(2);
  if (!w.empty() && w.back() == '\'') w.remove_suffix(1);
  return w;
}

std::string strip_possessive(std::string_view w) { return std::string(strip_possessive_view(w)); }

// (w == lit, w.starts_with(lit), w.ends_with(lit) for a literal, inline: text/literal.hpp; a
// claim's keys are std::strings, and the rules compare them with literals per figure)
using text::ends_lit;
using text::is_lit;
using text::starts_lit;

// text::fold(s.substr(0, lit.size())) == lit for a lowercase ASCII lit, without a string when
// those bytes are ASCII (then folding lowercases them, nothing else).
bool folded_prefix_is(std::string_view s, std::string_view lit) {
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
std::string_view singular_view(std::string_view w, std::string& buf) {
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

std::string singular(std::string_view w) {
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
std::string past_lemma(std::string_view w) {
  if (w.size() < 5 || !w.ends_with("ed")) return {};
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (w.ends_with("ied")) return std::string(w.substr(0, w.size() - 3)) + "y";
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
std::string verb_lemma(std::string_view w) {
  if (auto l = past_lemma(w); !l.empty()) return l;
  if (w.size() > 5 && w.ends_with("ing")) return past_lemma(std::string(w.substr(0, w.size() - 3)) + "ed");  // sleeping
  return std::string(w.ends_with("s") ? w.substr(0, w.size() - 1) : w);
}

// The base of a present form: "-es" dropped after a sibilant ("pushes", "watches", "taxes"),
// "-ies" -> "-y" ("carries"), else one "-s" dropped ("aims", not "bypass").
std::string present_base(std::string_view w) {
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
  // empty lists for a sentence of n tokens; their room
  std::uint32_t* start(std::size_t n) {
    if (at.size() < n * notable_kinds) at.resize(n * notable_kinds);
    stride = n;
    size.fill(0);
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
  [[gnu::always_inline]] bool count(token const& t) const noexcept {
    if (t.lc.interned()) return t.info && (t.info->rules & bit_) != 0;
    return list_.contains(t.lc);
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

std::vector<std::string> split_words(std::string const& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    auto j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// A run of claims: the sentence's (built in place at the end of extract's output) or the
// article's before them.
using claims_view = std::span<claim const>;

// Empties a claim's string, vector or text_key as claim{} has it, keeping the capacity.
void clear_keeping(std::string& s) { s.clear(); }
template <class T>
void clear_keeping(std::vector<T>& v) {
  v.clear();
}
void clear_keeping(text_key& k) {
  k.text.clear();
  k.key.clear();
}

// Where the body of a paragraph's first sentence begins after a dateline ("LONDON, Nov. 3 —",
// "OSLO, Norway, April 7 --", "PARIS (Test Wire) —", "Lisbon, March 3 (Wire) -"), else `start`.
// A dateline says where and when the story was filed: it dates no figure and names no one
// (docs/corpus.md). It opens a paragraph; its place is in capitals, or it carries a date or an
// agency in parentheses; every group after a comma is capitalized words or a day; a dash ends it.
std::size_t dateline_end(std::string_view text, std::size_t start, std::size_t end) {
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
void assign_changed(std::string& to, std::string const& from) {
  if (to != from) to = from;
}
void assign_changed(text_key& to, text_key const& from) {
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

}  // namespace

struct extractor::impl {
  explicit impl(lexicon const& lex) : splitter(lex), parser(lex) {
    for (auto const& r : lex.table("predicates").rows) {
      auto form = text::fold(r.at(0));
      if (r.at(1).empty()) lex.fail(lex.table("predicates"), r, "missing predicate key");
      // A form of several words is an idiom ("gave way", "from their homes"; key "-": not a
      // predicate at all, "fell short"), read as one verb at its first word (mark_phrases).
      // "<figure> short of": only for the figure right before the idiom.
      // Priority "direction": a word right after ("<figure> higher") or right before ("up
      // <figure>") a rate, share or sum that says which way it moved.
      if (r.at(2) == "direction") {
        auto words = split_words(form);
        if (words.size() != 2 || (words.front() != "<figure>" && words.back() != "<figure>"))
          lex.fail(lex.table("predicates"), r, "a direction row is \"<figure> word\" or \"word <figure>\"");
        (words.front() == "<figure>" ? direction_after : direction_before)[words.front() == "<figure>" ? words.back() : words.front()] = r.at(1);
        continue;
      }
      if (form.find(' ') != std::string::npos) {
        auto words = split_words(form);
        bool bound = words.front() == "<figure>";
        if (bound) words.erase(words.begin());
        predicate_phrases.push_back({std::move(words), r.at(1), bound ? "bound" : ""});
        continue;
      }
      if (r.at(2) == "report") report_predicates.insert(r.at(1));
      (r.at(2) == "low" ? low_predicates : predicates)[form] = r.at(1);
      if (r.at(2) == "agent") {
        agent_predicates.insert(form);
        if (std::find(agent_keys.begin(), agent_keys.end(), r.at(1)) == agent_keys.end()) agent_keys.push_back(r.at(1));
      }
      if (r.at(1) == "rise" || r.at(1) == "fall" || r.at(1) == "be") level_predicates.insert(r.at(1));
      if (form == "<duration>") duration_predicate = r.at(1);
      if (form == "<modifier>") modifier_predicate = r.at(1);
    }
    for (auto const& r : lex.table("subjects").rows) {
      if (!r.at(3).empty() && !quantity_kind_from(r.at(3))) lex.fail(lex.table("subjects"), r, "unknown kind");
      subjects[text::fold(r.at(0))] = {r.at(1), r.at(2), r.at(3)};
    }
    for (auto const& [phrase, row] : subjects) subject_index[phrase] = &row;
    for (auto const& [phrase, row] : subjects)
      if (auto sp = phrase.rfind(' '); sp != std::string::npos &&
          std::find(subject_phrase_lasts.begin(), subject_phrase_lasts.end(), phrase.substr(sp + 1)) == subject_phrase_lasts.end())
        subject_phrase_lasts.push_back(phrase.substr(sp + 1));
    for (auto const& l : subject_phrase_lasts) subject_phrase_last_set[l] = 1;
    for (auto const& r : lex.table("measure_nouns").rows) {
      auto const& k = r.at(1);
      if (k != "measure" && k != "change" && k != "classifier" && k != "form" && k != "form_adjective")
        lex.fail(lex.table("measure_nouns"), r, "kind must be measure, change, classifier, form or form_adjective");
      (k == "measure"          ? measure_nouns
       : k == "change"         ? change_nouns
       : k == "form"           ? form_nouns
       : k == "form_adjective" ? form_adjectives
                               : classifier_nouns)
          .insert(text::fold(r.at(0)));
      if (!r.at(2).empty()) measure_predicates[text::fold(r.at(0))] = r.at(2);
    }
    for (auto const& r : lex.table("event_ages").rows) event_ages.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("span_verbs").rows) span_verbs.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("state_nouns").rows) {
      if (r.at(1).empty()) lex.fail(lex.table("state_nouns"), r, "missing noun");
      state_nouns[text::fold(r.at(0))] = r.at(1);
    }
    for (auto const& r : lex.table("event_nominals").rows) {
      if (r.at(1).empty()) lex.fail(lex.table("event_nominals"), r, "missing predicate key");
      event_nominals[text::fold(r.at(0))] = r.at(1);
    }
    for (auto const& r : lex.table("abbreviations").rows) abbreviations.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("variant_words").rows) variant_words.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("verb_lemmas").rows) {
      if (r.at(1).empty()) lex.fail(lex.table("verb_lemmas"), r, "missing lemma");
      verb_lemma_exceptions.emplace(text::fold(r.at(0)), text::fold(r.at(1)));
      if (r.at(2) == "irregular") irregular_forms.insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("verb_frames").rows) {
      if (r.at(2) == "experiencer" || r.at(2) == "valuation") {
        (r.at(2) == "experiencer" ? experiencer_verbs : valuation_verbs).insert(text::fold(r.at(0)));
        continue;
      }
      if (r.at(2) != "object" && r.at(2) != "directive")
        lex.fail(lex.table("verb_frames"), r, "frame must be object, directive, experiencer or valuation");
      verb_frames[text::fold(r.at(0))] = {r.at(1), r.at(2)};
    }
    for (auto const& r : lex.table("function_words").rows) function_words.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("comparatives").rows) comparatives.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("chunk_enders").rows) chunk_enders.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("denominators").rows) denominators.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("determiners").rows) determiners.insert(text::fold(r.at(0)));
    inflect_predicates(lex);
    // (a later row of the same subject and predicate replaces an earlier one)
    auto set_row = [](std::vector<std::pair<std::string, std::string>>& rows, std::string const& predicate,
                      std::string const& value) {
      for (auto& [p, v] : rows)
        if (p == predicate) {
          v = value;
          return;
        }
      rows.emplace_back(predicate, value);
    };
    for (auto const& r : lex.table("subject_roles").rows) set_row(subject_tables[r.at(0)].roles, r.at(1), r.at(2));
    for (auto const& r : lex.table("subject_predicates").rows)
      set_row(subject_tables[r.at(0)].predicates, r.at(1) == "-" ? std::string() : r.at(1), r.at(2));
    for (auto const& r : lex.table("agent_predicates").rows)
    {
      agent_roles[text::fold(r.at(0)) + "\t" + r.at(1)] = r.at(2);
      agent_words.insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("elided_subjects").rows) {
      if (!quantity_kind_from(r.at(1))) lex.fail(lex.table("elided_subjects"), r, "unknown kind");
      elided_subjects[r.at(0) + "\t" + r.at(1)] = r.at(2);
    }
    for (auto const& r : lex.table("demonyms").rows) demonyms[text::fold(r.at(0))] = text::fold(r.at(1));
    for (auto const& r : lex.table("money_verbs").rows) money_verbs[text::fold(r.at(0))] = text::fold(r.at(1));
    for (auto const& r : lex.table("postfix_qualifiers").rows)
      if (r.at(0).size() > 1 && r.at(0)[0] == '-') hyphen_qualifiers.insert(text::fold(r.at(0).substr(1)));
    for (auto const& r : lex.table("anaphors").rows) anaphors.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("place_modifiers").rows) place_modifiers.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("kind_nouns").rows) {
      if (r.at(1) != "firm" && r.at(1) != "kind") lex.fail(lex.table("kind_nouns"), r, "class must be firm or kind");
      kind_nouns.insert(text::fold(r.at(0)));
      if (r.at(1) == "firm") firm_nouns.insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("topic_stopwords").rows) topic_stopwords.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("subgroup_verbs").rows) subgroup_verbs.push_back(split_words(text::fold(r.at(0))));
    for (auto const& r : lex.table("place_nouns").rows) place_nouns.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("nominal_adjectives").rows) {
      if (r.at(1).empty()) lex.fail(lex.table("nominal_adjectives"), r, "missing subject key");
      nominal_adjectives.insert(text::fold(r.at(0)));
      nominal_adjective_keys[text::fold(r.at(0))] = r.at(1);
    }
    // a place's adjective is a name of the place ("Israeli" -> israel), as are its aliases
    for (auto const& r : lex.table("demonyms").rows) topic_aliases.emplace(text::fold(r.at(1)), text::fold(r.at(0)));
    for (auto const& r : lex.table("topic_aliases").rows) topic_aliases[text::fold(r.at(0))] = text::fold(r.at(1));
    for (auto const& r : lex.table("level_nouns").rows) level_nouns.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("level_words").rows) level_words.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("attribution").rows) {
      auto k = r.at(1);
      if (k != "verb" && k != "verb-before" && k != "prep" && k != "act")
        lex.fail(lex.table("attribution"), r, "kind must be verb, verb-before, prep or act");
      (k == "prep" ? speech_preps : k == "act" ? act_verbs : speech_verbs)
          .push_back({split_words(text::fold(r.at(0))), k, r.at(2)});
      if (r.at(2) == "object") figure_speech_verbs.insert(text::fold(r.at(0)));
      if (k == "verb") said_verbs.insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("generic_speakers").rows) generic_speakers.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("speaker_nouns").rows) speaker_nouns.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("numbers").rows) number_words.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("titles").rows) {
      titles.insert(text::fold(r.at(0)));
      if (r.at(1) == "voice") voice_titles.insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("body_kinds").rows) body_kinds[text::fold(r.at(0))] = text::fold(r.at(1));
    for (auto const& r : lex.table("jurisdictions").rows) jurisdictions.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("background_frames").rows) background_frames.push_back(split_words(text::fold(r.at(0))));
    for (auto const& r : lex.table("background_populations").rows) background_populations.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("body_nouns").rows) {
      if (r.at(1) == "institution") {
        institution_nouns.insert(text::fold(r.at(0)));
        continue;
      }
      body_nouns.insert(text::fold(r.at(0)));
      if (r.at(1) == "organ") body_organs.insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("speech_adverbs").rows) {
      if (r.at(1) != "between" && r.at(1) != "aside") lex.fail(lex.table("speech_adverbs"), r, "where must be between or aside");
      (r.at(1) == "aside" ? speech_asides : speech_adverbs).insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("source_aliases").rows)
      (r.at(2) == "prefix" ? source_prefixes : source_aliases)[text::fold(r.at(0))] = text::fold(r.at(1));
    for (auto const& [name, key] : source_aliases) alias_names[key].push_back(name);
    for (auto const& [name, key] : source_aliases) source_alias_index[name] = key;
    // every word-aligned proper suffix of those names ("fund", "monetary fund"): the keys for
    // which resolve_speaker's alias test can succeed at all
    for (auto const& [key, names] : alias_names)
      for (auto const& full : names)
        for (std::size_t p = full.find(' '); p != std::string::npos; p = full.find(' ', p + 1))
          alias_suffixes.insert(full.substr(p + 1));
    for (auto const& w : generic_speakers) speaker_facts_of[w].generic = true;
    for (auto const& w : alias_suffixes) speaker_facts_of[w].alias_suffix = true;
    for (auto const& [w, kind] : body_kinds) speaker_facts_of[w].kind = &kind;
    for (auto const& r : lex.table("modality").rows) {
      auto m = modality_from(r.at(1));
      if (!m) lex.fail(lex.table("modality"), r, fmt::format("unknown modality \"{}\"", r.at(1)));
      if (!r.at(2).empty() && r.at(2) != "duration" && r.at(2) != "object" && r.at(2) != "counterfactual" &&
          r.at(2) != "ahead" && r.at(2) != "maximum")
        lex.fail(lex.table("modality"), r,
                 "column 3 is empty, \"duration\", \"object\", \"ahead\", \"maximum\" or \"counterfactual\"");
      modality_cues.push_back({split_words(text::fold(r.at(0))), r.at(1), r.at(2)});
      modality_kinds.push_back(*m);
      if (!modality_cues.back().words.empty())
        modality_by_first[modality_cues.back().words.front()].push_back(static_cast<std::uint32_t>(modality_cues.size() - 1));
      if (*m == modality::asserted)
        max_asserted_words = std::max(max_asserted_words, modality_cues.back().words.size());
    }
    for (auto const& r : lex.table("relative_dates").rows) {
      auto words = split_words(text::fold(r.at(0)));
      // "<n> days earlier": a count of units before the phrase (counted_dates)
      if (!words.empty() && words.front() == "<n>") {
        words.erase(words.begin());
        counted_dates.push_back({std::move(words), r.at(1), r.at(2)});
      } else {
        relative_dates.push_back({std::move(words), r.at(1), r.at(2)});
      }
    }
    for (auto const& r : lex.table("numbers").rows) number_values[text::fold(r.at(0))] = std::atoi(r.at(1).c_str());
    for (char const* w : {"have", "has", "is", "are", "will", "shall", "now", "still", "currently", "remain", "remains", "since"})
      tense_words.insert(w);
    // the words date_candidates' first pass stops at (see there)
    date_starts.insert("may");
    date_starts.insert("march");
    for (auto const& w : number_words) date_starts.insert(w);
    for (auto const& r : relative_dates) {
      relative_max_words = std::max(relative_max_words, r.words.size());
      if (r.words.empty()) continue;
      date_starts.insert(r.words.front());
      if (r.words.size() == 1) relative_singles.insert(r.words.front());
      else relative_seconds.insert(r.words[1]);
    }
    for (auto const& r : lex.table("dates").rows) calendar_words.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("event_nouns").rows) event_nouns.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("tenure_phrases").rows)
      (r.at(1) == "start" ? tenure_starts : tenure_spans).push_back(split_words(text::fold(r.at(0))));
    for (auto const& r : lex.table("period_verbs").rows) {
      period_verbs.insert(text::fold(r.at(0)));
      if (r.at(1) == "start") period_starts.insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("change_bases").rows)
      (r.at(1) == "period" ? change_base_periods : r.at(1) == "cue" ? change_base_cues : change_base_period_cues)
          .insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("event_anaphors").rows) event_anaphors.insert(text::fold(r.at(0)));
    for (auto const& r : lex.table("standing_figures").rows) {
      auto const& w = r.at(1);
      if (w != "after" && w != "before" && w != "population")
        lex.fail(lex.table("standing_figures"), r, "where must be after, before or population");
      auto& list = w == "after" ? norm_after : w == "before" ? norm_before : population_nouns;
      list.push_back(split_words(text::fold(r.at(0))));
      if (!list.back().empty()) standing_firsts.insert(list.back().front());
    }
    for (auto const& r : lex.table("phrase_cues").rows) {
      auto const& role = r.at(1);
      if (role == "per_unit" || role == "preposition" || role == "subject_pronoun" || role == "belief" ||
          role == "denial") {
        (role == "per_unit"      ? per_unit_words
         : role == "preposition" ? noun_prepositions
         : role == "belief"      ? belief_verbs
         : role == "denial"      ? denial_verbs
                                 : subject_pronouns)
            .insert(text::fold(r.at(0)));
        continue;
      }
      flat_word_set* set = role == "participle"       ? &past_participles
                           : role == "subordinator"   ? &speaker_subordinators
                           : role == "raising"        ? &raising_verbs
                           : role == "bringing"       ? &bringing_verbs
                           : role == "adding"         ? &adding_verbs
                           : role == "level_follower" ? &level_followers
                           : role == "trailing_base"  ? &trailing_bases
                           : role == "period_part"    ? &period_parts
                           : role == "commissioned"   ? &commissioning_participles
                           : role == "obliging"       ? &obliging_words
                                                      : nullptr;
      if (!set) lex.fail(lex.table("phrase_cues"), r, "unknown role");
      set->insert(text::fold(r.at(0)));
    }
    for (auto const& r : lex.table("relations").rows)
      relation_cues.push_back({split_words(text::fold(r.at(0))), r.at(1), r.at(2)});
    // (which relation cues the per-figure loops of extract() try: their bits, and the longest
    // total cue's words, so a loop whose cues cannot match between two figures is skipped whole)
    for (std::size_t i = 0; i < relation_cues.size() && i < 64; ++i) {
      auto const& r = relation_cues[i];
      if (r.value == "part_of") relation_part_bits |= std::uint64_t{1} << i;
      if (r.value == "part_of" && r.extra == "scope") relation_scope_bits |= std::uint64_t{1} << i;
      if (r.value == "sum_of" && r.extra == "parts") relation_parts_bits |= std::uint64_t{1} << i;
      if (r.value == "fraction_of" && r.extra == "base") relation_base_bits |= std::uint64_t{1} << i;
      if (r.value == "sum_of" && r.extra != "parts") {
        relation_total_bits |= std::uint64_t{1} << i;
        relation_total_words = std::max(relation_total_words, r.words.size());
      }
    }
    for (auto const* list : {&speech_verbs, &speech_preps, &act_verbs, &modality_cues, &relative_dates, &relation_cues,
                             &predicate_phrases, &counted_dates})
      for (auto const& c : *list)
        if (!c.words.empty()) cue_firsts.insert(c.words.front());
    // (match_at rejects a token that starts no cue: the subgroup verbs are cues too)
    for (auto const& v : subgroup_verbs)
      if (!v.empty()) cue_firsts.insert(v.front());
    for (auto const& v : subgroup_verbs)
      if (!v.empty()) subgroup_lasts.insert(v.back());
    build_vocab();  // last: after every list it enters
    people_key = key_of("", "people").key;
    population_predicate = key_of("", "population").predicate;
  }

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
  flat_word_set past_participles, speaker_subordinators, raising_verbs, bringing_verbs, adding_verbs, level_followers,
      trailing_bases, period_parts;
  token_set per_unit_words;  // phrase_cues.tsv per_unit: asked after every figure, so a token bit
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
  flat_word_set measure_nouns, change_nouns, classifier_nouns;
  // kind "form": "money", "cash" (what the money is: the noun before); "form_adjective": words
  // before them that say nothing of what it is ("extra cash")
  flat_word_set form_nouns, form_adjectives;
  flat_word_set abbreviations;  // "jan": its period ends no clause (grammars/abbreviations.tsv)
  flat_word_set variant_words;  // "true" toll: a statistic of its own (grammars/variant_words.tsv)
  std::unordered_map<std::string, std::string> verb_lemma_exceptions;  // grammars/verb_lemmas.tsv (unlisted_key)
  // its rows marked "irregular": "drew", "grown" (verb forms; asked of many tokens per figure, so a
  // token bit)
  token_set irregular_forms;

  // The lemma of a verb form: a listed exception or irregular form (verb_lemmas.tsv), else by
  // spelling (verb_lemma, present_base).
  std::string lemma_of(std::string_view w) const {
    if (auto it = verb_lemma_exceptions.find(std::string(w)); it != verb_lemma_exceptions.end()) return it->second;
    if (w.size() > 5 && w.ends_with("ing")) {
      std::string past(w.substr(0, w.size() - 3));
      if (auto it = verb_lemma_exceptions.find(past + "ed"); it != verb_lemma_exceptions.end()) return it->second;
    }
    if (w.ends_with("ed") || w.ends_with("ing")) return verb_lemma(w);
    return present_base(w);
  }

  // The past forms of a lemma: its irregular ones (verb_lemmas.tsv), else the regular -ed. A
  // spelling the language lacks is harmless: no text holds it.
  static std::vector<std::string> pasts_of(std::string const& lemma, std::vector<std::string> const* irregular) {
    if (irregular) return *irregular;
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    std::size_t const n = lemma.size();
    char const last = lemma[n - 1], before = lemma[n - 2];
    if (last == 'e') return {lemma + "d"};
    if (last == 'y' && !vowel(before)) return {lemma.substr(0, n - 1) + "ied"};
    std::vector<std::string> out{lemma + "ed"};
    // one vowel before a final consonant: doubled in one syllable ("scrapped"), and "l" in
    // British spelling ("cancelled"); both spellings where unsure, as neither harms
    if (!vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(before) && (n < 3 || !vowel(lemma[n - 3]))) {
      std::size_t groups = 0;
      for (std::size_t k = 0; k < n; ++k) groups += vowel(lemma[k]) && (k == 0 || !vowel(lemma[k - 1]));
      if (groups == 1 || last == 'l') out.push_back(lemma + last + "ed");
    }
    return out;
  }

  // The past forms of a verb that predicates.tsv lists in another form take that form's key ("sank"
  // fall, so "sunk"; "kidnapping" seize, so "kidnapped"), unless a row lists them or they are a
  // listed noun or function word. Only verbs: a lemma with a listed form in -ed, -ing or an
  // irregular form; not the copulas and light verbs (priority "low"), whose forms stay few. (Base
  // and -s forms are not made: most are nouns too, "rise", "votes", "costs", and made the corpus's
  // predicates 0.956 -> 0.918; -ing forms are modifiers as often, "landing fees".)
  void inflect_predicates(lexicon const& lex) {
    std::unordered_map<std::string, std::vector<std::string>> irregular;  // lemma -> its irregular forms
    for (auto const& r : lex.table("verb_lemmas").rows)
      if (r.at(2) == "irregular") irregular[text::fold(r.at(1))].push_back(text::fold(r.at(0)));
    struct row {
      std::string lemma, key, priority;
    };
    std::vector<row> rows;
    std::unordered_set<std::string> verbal;
    for (auto const& r : lex.table("predicates").rows) {
      auto const form = text::fold(r.at(0));
      if (form.find(' ') != std::string::npos || r.at(1) == "-" || r.at(2) == "low" || r.at(2) == "direction" ||
          form.front() == '<' || form.size() < 3)
        continue;
      auto lemma = lemma_of(form);
      if (lemma.size() < 2) continue;
      if (irregular_forms.count(form) || (form.size() >= 5 && (form.ends_with("ed") || form.ends_with("ing"))))
        verbal.insert(lemma);
      rows.push_back({std::move(lemma), r.at(1), r.at(2)});
    }
    for (auto const& r : rows) {
      if (!verbal.count(r.lemma)) continue;
      auto const it = irregular.find(r.lemma);
      for (auto& f : pasts_of(r.lemma, it == irregular.end() ? nullptr : &it->second)) {
        if (predicates.count(f) || low_predicates.count(f) || subjects.count(f) || function_words.count(f) ||
            determiners.count(f))
          continue;
        if (r.priority == "agent") agent_predicates.insert(f);
        predicates.emplace(std::move(f), r.key);
      }
    }
  }
  // (these three open addressing: settle_predicates looks them up per figure)
  flat_word_map<std::string> event_nominals;  // "evacuation" -> evacuate (grammars/event_nominals.tsv)
  flat_word_map<std::string> state_nouns;     // "shut" -> closure (grammars/state_nouns.tsv)
  flat_word_set event_ages;                   // "a three-week-old strike" lasts (grammars/event_ages.tsv)
  token_set span_verbs;                       // "would last", "took": their subject lasts (grammars/span_verbs.tsv)
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
  token_set demonym_adjectives;         // the values of demonyms (build_vocab)
  token_set anaphors;                   // "territory", "enclave"
  word_set place_modifiers;              // "neighbouring": before a place's name, no part of it (rare: no token bit)
  word_set kind_nouns;                   // "airline", "company": what kind of organisation a name is (kind_nouns.tsv)
  word_set firm_nouns;                   // "company", "firm": a word for any business
  flat_word_set commissioning_participles;  // "commissioned": "a review commissioned by X" is the review's
  token_set topic_stopwords;            // names in every story ("UN")
  std::vector<std::vector<std::string>> subgroup_verbs;  // "accounted for": a subgroup's share of a total
  token_set subgroup_lasts;  // their last words ("for", "up"): a figure after none follows no such verb
  flat_word_set place_nouns;            // "province", "city": a fronted place's own noun ("In the city of Arlen,")
  word_map<std::string> topic_aliases;  // "uk" -> "britain": one topic word for one place
  token_set comparatives;  // "two more flights": a word between a figure and its noun (comparatives.tsv)
  token_set chunk_enders;  // "40 people alive": words after a head that end its chunk (chunk_enders.tsv)
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
  word_map<std::string> body_kinds;            // "army" -> "military" (the army after "Israeli troops")
  flat_word_set jurisdictions;                 // "provincial", "national": a body that names its own level
  std::vector<std::vector<std::string>> background_frames;  // "home to": a population is background
  word_set background_populations;  // "the city's 80,000 residents": a population is background
  flat_word_set body_nouns;                    // "government", "bank", "board": a body named by its kind
  word_set institution_nouns;                  // "hospital": ends a name that is no person's (rare: no token bit)
  flat_word_set body_organs;                   // "board", "committee": an organ acts for its body
  flat_word_set speech_adverbs;                // "also", "alone": between speaker, auxiliary and verb
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

  void build_vocab() {
    for (auto const& [place, adj] : demonyms) demonym_adjectives.insert(adj);
    std::uint64_t bit = 1;
    auto enter = [&](auto& list) {
      if (bit == list_bits::interned_bit) throw std::logic_error("extractor: more than 63 token_keyed word lists");
      list.bit = bit;
      for (auto const& w : list) vocab[key_of_entry(w)].lists |= bit;
      bit <<= 1;
    };
    enter(function_words);
    enter(determiners);
    enter(agent_predicates);
    enter(calendar_words);
    enter(level_nouns);
    enter(level_words);
    enter(event_nouns);
    enter(anaphors);
    enter(generic_speakers);
    enter(speaker_nouns);
    enter(agent_words);
    enter(period_verbs);
    enter(span_verbs);
    enter(period_starts);
    enter(event_anaphors);
    enter(number_words);
    enter(titles);
    enter(cue_firsts);
    enter(subjects);
    enter(comparatives);
    enter(per_unit_words);
    enter(irregular_forms);
    enter(noun_prepositions);
    enter(subject_pronouns);
    enter(belief_verbs);
    enter(denial_verbs);
    enter(chunk_enders);
    enter(standing_firsts);
    enter(relative_singles);
    enter(relative_seconds);
    enter(demonym_adjectives);
    enter(topic_stopwords);
    enter(subgroup_lasts);
    enter(change_base_cues);
    enter(change_base_period_cues);
    enter(said_verbs);
    enter(experiencer_verbs);
    enter(valuation_verbs);
    enter(nominal_adjectives);
    enter(figure_speech_verbs);
    for (auto const* l : rule_list::all())
      for (auto const& w : l->words()) vocab[w].rules |= l->bit();
    for (auto const& [w, key] : predicates) vocab[w].pred = &key;
    for (auto const& [w, key] : low_predicates) vocab[w].low_pred = &key;
    for (auto const& [w, cues] : modality_by_first) vocab[w].modality = &cues;
    for (std::size_t i = 0; i < predicate_phrases.size(); ++i)
      if (!predicate_phrases[i].words.empty())
        phrases_by_first[predicate_phrases[i].words.front()].push_back(static_cast<std::uint32_t>(i));
    for (auto const& [w, list] : phrases_by_first) vocab[w].phrases = &list;
    for (auto const* list : {&speech_verbs, &speech_preps, &act_verbs, &relative_dates, &relation_cues, &counted_dates}) {
      for (std::size_t i = 0; i < list->size(); ++i) {
        auto const& words = (*list)[i].words;
        if (words.empty()) continue;
        auto& starts = vocab[words.front()].starts;
        if (starts.empty() || starts.back().first != list) starts.emplace_back(list, std::vector<std::uint32_t>{});
        starts.back().second.push_back(static_cast<std::uint32_t>(i));
      }
    }
    // the words of each notable_kind (every cue list feeds cue_firsts: the first word of a speech
    // or relation cue starts a cue, as the passes over them asked)
    auto notable = [&](std::string_view w, notable_kind k) { vocab[w].notable |= static_cast<std::uint8_t>(1u << k); };
    for (auto const& w : date_starts) notable(w, date_start);
    for (auto const& w : tense_words) notable(w, tense_word);
    for (auto const w : clause_openers) notable(w, clause_opener);
    for (auto const* list : {&speech_verbs, &speech_preps})
      for (auto const& c : *list)
        if (!c.words.empty()) notable(c.words.front(), notable_kind::speech_start);
    for (auto const& c : relation_cues)
      if (!c.words.empty()) notable(c.words.front(), relation_start);
    for (auto const& [w, key] : predicates) notable(w, notable_kind::verb);
    for (auto const& [w, key] : low_predicates) notable(w, notable_kind::verb);
    for (auto const& w : negators.words()) notable(w, negator);
    for (auto const& w : denial_verbs) notable(w, negator);  // (denied_complement's window test)
    for (auto const& w : agent_words) notable(w, agent);
    // (last: starts is complete, and vocab holds every word, so no entry moves any more)
    for (auto const* list : {&speech_verbs, &speech_preps, &relative_dates})
      for (auto const& c : *list) {
        if (c.words.empty()) continue;
        auto& info = vocab[c.words.front()];
        for (auto const& [l, idx] : info.starts) {
          if (l == &speech_verbs) info.speech_verbs = &idx;
          if (l == &speech_preps) info.speech_preps = &idx;
          if (l == &relative_dates) info.relative_dates = &idx;
        }
      }
    {
      flat_word_set starts;
      for (auto const& w : parser.start_words()) starts.insert(w);
      vocab.for_each([&](std::string_view w, word_info& info) {
        info.quiet_start = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                           !starts.count(w);
      });
    }
    for (std::size_t c = 0; c < 128; ++c) {
      char const ch = static_cast<char>(c);
      vocab_single[c] = vocab.find(std::string_view(&ch, 1));
    }
  }
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

  // Looks a sentence's tokens up in vocab (see folded, token), and lists its tokens of each
  // notable_kind in `notable`. Every token of more than one byte views the folded copy of its
  // text (tokenize_into), which must have 8 readable bytes from any token's start
  // (vocab.find_padded).
  // `quiet` (the text's, when given): the words of the vocabulary the parser would read at a
  // word start and pass (word_info::quiet_start) are taken out of its word starts there
  // (prepared_text::quieter), so that the parser, called after, passes them without reading
  // them again.
  interned_windows intern(std::vector<token>& tokens, notable_lists& notable,
                          parser::prepared_text::quieter const* quiet = nullptr) const {
    std::uint32_t* const lists = notable.start(tokens.size());
    char const* const lowered = quiet ? quiet->lowered : nullptr;
    std::uint32_t plo = UINT32_MAX, phi = 0, mlo = UINT32_MAX, mhi = 0;
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
    return {{plo == UINT32_MAX ? 0 : plo, phi}, {mlo == UINT32_MAX ? 0 : mlo, mhi}};
  }

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
    return low ? w.info->low_pred : w.info->pred;
  }
  std::string const* predicate_of(std::string_view w, bool low) const {
    auto const& m = low ? low_predicates : predicates;
    auto it = m.find(w);
    return it == m.end() ? nullptr : &it->second;
  }

  // Idioms (predicates.tsv rows of several words): the first word carries the idiom's key, the
  // other words none, so "fell ill" is no fall and "gave way" bursts; a "-" row blocks its words.
  // (only tokens [w.lo, w.hi) can start one: intern's window)
  void mark_phrases(std::vector<token>& t, token_window w, notable_lists& notable) const {
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

  static bool is_copula(std::string_view w) { return w == "was" || w == "is" || w == "were" || w == "are"; }
  // The claim's verb is a copula alone, after its figure (which ends at token qlast).
  static bool copula_after(token_span t, claim const& c, std::size_t qlast) {
    auto const& ps = c.predicate_span;
    if (ps.end <= ps.start || qlast >= t.size() || ps.start < t[qlast].end) return false;
    auto const [pb, pl] = token_range(t, ps);  // (first and last token)
    return pb == pl && pb < t.size() && is_copula(t[pb].lc);
  }

  bool chunk_word(token const& t) const {
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

  // key_of without copies: the subjects.tsv row that holds, else null, and in `single` the head's
  // singular (the key when no row holds; a view of `head` or of `buf`).
  // (head_word: the token head is read from, when head is its whole text: its subjects bit
  // answers the head's own lookup)
  subject_entry const* subject_row(std::string_view prev, std::string_view head, std::optional<quantity_kind> kind,
                                   std::string_view& single, std::string& buf, folded_view const* head_word = nullptr) const {
    // (subject_index: the rows of subjects, open addressing: no division, no node per lookup)
    auto fits = [&](subject_entry const* const* e) {
      return e && ((*e)->kind.empty() || (kind && to_string(*kind) == (*e)->kind));
    };
    single = singular_view(head, buf);  // (once for both lookups below)
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
    text_key attribution;  // first attribution named in the sentence
    bool pronoun_speaker = false;
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
      pronoun_speaker = aux_speaker = plan_speaker = count_speaker = false;
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
  static std::span<std::uint32_t const> notable_of(sentence_info const& si, notable_kind k,
                                                   std::vector<std::uint32_t>& buf) {
    if (si.notable_known) return si.notable.of(k);
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

  // A plural noun for people who speak (grammars/generic_speakers.tsv, speaker_nouns.tsv).
  bool speaker_noun(token const& w) const { return generic_speakers.count(w.lc) || speaker_nouns.count(w.lc); }

  // A count of the people who say something ("two Egyptian security sources said", "Three
  // officials told reporters") describes the source, not a claim of it: such a quantity is
  // dropped before any claim is built. The figure is followed, within a few words, by a
  // speaker noun (grammars/generic_speakers.tsv, speaker_nouns.tsv), then, through at most a
  // coordinated name ("and state-run Al-Qahera News") and no punctuation but hyphens, by a
  // speech verb (grammars/attribution.tsv). "Two officials were killed, the ministry said" keeps
  // its figure: the speech verb is past a comma.
  void drop_speaker_counts(sentence_info& si) const {
    auto& qs = si.parsed.quantities;
    auto& ranges = si.figure_ranges;
    ranges.clear();
    if (qs.empty()) return;
    token_span const t = si.tokens;
    // (every figure's token range, in one walk over the tokens: extract reads them too)
    token_ranger ranger{si.tokens};
    for (auto const& q : qs) ranges.push_back(ranger(q.span));
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

  // Token index range [first, last] covered by a byte span.
  static std::pair<std::size_t, std::size_t> token_range(token_span t, byte_span s) {
    // tokens are sorted: start from the first token that ends after the span starts
    auto from = static_cast<std::size_t>(
        std::partition_point(t.begin(), t.end(), [&](token const& x) { return x.end <= s.start; }) - t.begin());
    return token_range_from(t, s, from);
  }
  // token_range with `from` (the first token that ends after s.start) known
  static std::pair<std::size_t, std::size_t> token_range_from(token_span t, byte_span s, std::size_t from) {
    std::size_t first = t.size(), last = 0;
    for (std::size_t i = from; i < t.size() && t[i].start < s.end; ++i) {
      if (t[i].start >= s.start && t[i].end <= s.end) {
        first = std::min(first, i);
        last = i;
      } else if (t[i].start < s.end && t[i].end > s.start) {  // partial overlap ("17-year")
        first = std::min(first, i);
        last = std::max(last, i);
      }
    }
    if (first == t.size()) {
      for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].start >= s.start) return {i, i};
      return {t.empty() ? 0 : t.size() - 1, t.empty() ? 0 : t.size() - 1};
    }
    return {first, last};
  }
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

  // Noun chunk to the right of token index i (exclusive). Returns [b, e) token range.
  // With the sentence's figures, a figure after "of" and
  // its determiners ("411 of the 650 seats", "nearly half of the roughly 240 people") is reported
  // in *of_quantity_token.
  std::pair<std::size_t, std::size_t> chunk_right(token_span t, std::size_t i, bool allow_of, bool money,
                                                  std::size_t* of_quantity_token = nullptr,
                                                  claims_view const* figures = nullptr) const {
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
      bool figure = k < t.size() && t[k].word && t[k].lc[0] >= '0' && t[k].lc[0] <= '9';
      bool listed = false;
      if (figures && k < t.size())
        for (auto const& o : *figures) listed = listed || o.q.span.start == t[k].start;
      // "13 of the 15-member council's members": a compound modifier that is no figure of the
      // sentence is part of the noun phrase, not a whole
      if (figure && !listed && figures && t[k].lc.find('-') != std::string::npos &&
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
      if (e > b && !w.ends_with("s") && t[e - 1].lc.ends_with("s") && !t[e - 1].lc.ends_with("ss") &&
          !is_possessive(t[e - 1].lc) &&
          (opens_object(t, e + 1) ||
           (e + 2 < t.size() && t[e + 2].lc == "than" &&
            (t[e + 1].lc == "fewer" || t[e + 1].lc == "more" || t[e + 1].lc == "less")) ||
           (t[e].pred && !w.ends_with("ing"))) &&
          !subjects.count(w))
        break;
      // a known noun in -ing ("funding", "mourning") is not a participle; nor is a participle
      // alone a head ("41 in favour and five abstaining": five of what the list counts)
      // (but a participle after a participle that opens the chunk, before a noun, modifies it:
      // "212 licensed fishing vessels")
      bool const modifier_run = e > b && (t[e - 1].lc.ends_with("ed") || t[e - 1].lc.ends_with("ing")) &&
                                e + 1 < t.size() && chunk_word(t[e + 1]);
      if ((e > b || (ing && !(e + 1 < t.size() && chunk_word(t[e + 1])))) && (ing || ed) && !subjects.count(w) &&
          !modifier_run)
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

  // chunk_right(si.tokens, i, false, false), once per i in a row (sentence_info::plain_chunk_at)
  std::pair<std::size_t, std::size_t> plain_chunk(sentence_info const& si, std::size_t i) const {
    if (si.plain_chunk_at != i) {
      si.plain_chunk_memo = chunk_right(si.tokens, i, false, false);
      si.plain_chunk_at = i;
    }
    return si.plain_chunk_memo;
  }

  static char text_first_char(sentence_info const& si, std::size_t tok) { return si.text[si.tokens[tok].start]; }

  // The claim's subject from the noun chunk t[b, e): its head, with the word before it for
  // two-word phrases, through the synonym table. With take_predicate, a phrase that fixes the
  // predicate ("death toll") sets it too.
  void subject_from_chunk(claim& c, token_span t, std::size_t b, std::size_t e,
                          bool take_predicate) const {
    std::string buf;
    std::string_view single;
    auto const* row = subject_row(e - b >= 2 ? strip_possessive_view(t[e - 2].lc) : std::string_view(),
                                  strip_possessive_view(t[e - 1].lc), c.q.kind, single, buf, &t[e - 1].lc);
    c.subject.key = row ? std::string_view(row->key) : single;
    // "$50,000 in prize money", "ransom money": a noun that names only the money's form yields to
    // the noun before it, which says what the money is (docs/corpus.md); not to an adjective
    // ("public money", "extra cash") or a possessor ("taxpayers' money").
    if (!row && e - b >= 2 && form_nouns.count(single) && noun_modifier(t[e - 2])) {
      auto const* prev = subject_row({}, t[e - 2].lc, c.q.kind, single, buf);
      c.subject.key = prev ? std::string_view(prev->key) : single;
    }
    c.subject_text_span = {t[b].start, t[e - 1].end};
    if (take_predicate && row && !row->predicate.empty() && !own_event_after(t, e) && !object_of_verb(c, t, b))
      c.forced_predicate = row->predicate;
  }

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

  // The noun chunk that opens a heading ending at the colon t[colon]: the sentence's first words
  // (at most six), with no figure or verb among them, from its first noun to the first function
  // word, then only function words, dates and chunk enders ("Costs so far" costs, "The final
  // bill" final bill, "Damage this year" damage); an empty range otherwise, and for a
  // measure ("The breakdown by site", "Total") whose figure counts what another names.
  std::pair<std::size_t, std::size_t> heading_chunk(token_span t, std::size_t colon, claims_view sentence_claims) const {
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
  std::pair<std::size_t, std::size_t> lasting_subject(token_span t, std::size_t qf) const {
    static word_list const aux = {"would", "will", "could", "may", "might", "should", "must", "can", "has", "have",
                                  "had", "is", "was", "were", "are", "be", "been", "now", "only", "already",
                                  "still", "also", "usually", "typically", "normally", "often"};
    std::size_t v = qf;
    if (v > 0 && t[v - 1].lc == "for") --v;
    if (v < 2 || !span_verbs.count(t[v - 1].lc)) return {0, 0};
    std::size_t k = v - 1;
    while (k > 0 && t[k - 1].word && aux.count(t[k - 1].lc)) --k;
    if (k > 0 && t[k - 1].lc == ",") {  // ", which began on ..., lasted"
      std::size_t p = k - 1;
      while (p > 1 && k - p < 32 && !(t[p - 1].lc == "," && relative_pronoun(t[p].lc))) --p;
      if (!(p > 1 && t[p - 1].lc == ",")) return {0, 0};
      k = p - 1;
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

  // The key of the verb at t[k]: listed, or the lemma of a past form no table lists (in `buf`);
  // empty for no verb.
  std::string_view verb_key(token_span t, std::size_t k, std::string& buf) const {
    if (t[k].pred) return *t[k].pred;
    if (!unlisted_past(t, k)) return {};
    buf = unlisted_key(t[k].lc);
    return buf;
  }

  // The verb before t[f] ("for") in its clause, over its object and adjuncts ("closed its border
  // crossings on Thursday for 10 days"), when it starts a state of grammars/state_nouns.tsv and
  // no verb of staying comes before it ("schools will stay shut for 11 days" are what lasts);
  // SIZE_MAX otherwise.
  std::size_t state_verb(token_span t, std::size_t f) const {
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

  // The figure before t[b] is the object of a verb right before it ("Troops evacuated 3,000
  // residents": evacuate, not the noun's live); not a report verb ("counted 3,000 residents").
  bool object_of_verb(claim const& c, token_span t, std::size_t b) const {
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
    // (an irregular past or participle is a past form too: "drew", "flown")
    if (ending == "ed" && irregular_forms.count(t[j].lc)) return open_class(t[j]);
    return w.size() >= 5 && w.ends_with(ending) && open_class(t[j]) && !subjects.count(w);
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
  static bool linking_or_listed(token_span t, std::size_t j) {
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
  // The key of a verb form found by its place, not listed: its lemma (verb_lemma), mapped through
  // the key of a listed form of it ("could destroy" -> "destroyed" destroy, "would free" ->
  // "freed" release).
  std::string unlisted_key(std::string_view w) const {
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
    if (!form || w.pred || w.low_pred || !open_class(w) || subjects.count(lc) || is_upper(text[w.start])) return SIZE_MAX;
    if (!open_class(before) || is_possessive(blc) || before.pred || before.low_pred || blc.ends_with("ed") ||
        blc.ends_with("ing"))
      return SIZE_MAX;
    return k - 1;
  }
  // (the word lists of the opening-verb rules as rule_list bits: opening_unlisted_verb tests them
  // at the tokens around every figure)
  static inline rule_list const modal_words = {"will", "would", "could", "can", "may", "might", "should", "must", "shall"};
  static bool is_modal(token const& w) { return modal_words.count(w); }
  static bool is_be(std::string_view w) { return w == "were" || w == "was" || w == "are" || w == "is" || w == "been"; }

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
  // ("A further 460 operations have been postponed", "and another 430 need repairs": an increment
  // opens its clause as a bare figure does)
  static inline rule_list const increment_words = {"further", "extra", "additional", "another"};
  [[gnu::always_inline]] bool opens_clause(token_span t, std::size_t qfirst) const {
    std::size_t o = qfirst;
    if (o > 1 && t[o - 1].word && figure_adverbs.count(t[o - 1])) --o;  // (", only 150 were accepted")
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
  // The verb of an object whose "of", "by" or "for" phrase is the figure, after a modal, "to" or a
  // negated modal (docs/claims.md, "Seventh round: predicates, dates, relations"): "will impose tariffs of 25%", "agreed to
  // raise wages by 12%", "will not raise the tax by one point", "expects prices to climb by just
  // 2%", "would pay for about 1,200 more nurses"; its index, else SIZE_MAX. Between the verb and
  // the preposition at most four words of a noun phrase with no verb ("of" needs one, "for" none).
  std::size_t verb_of_object_phrase(token_span t, std::size_t qfirst, std::string_view text) const {
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
      for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m) {
        joined = joined || t[m].lc == "," || t[m].lc == "and";
        closed = closed || t[m].lc == "and";
      }
      if (!joined) break;
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
  // How many figures from local[first] on form a list closed by "and", each after a comma or the
  // "and" (after the first gap's last comma only: the first figure's own words may hold an "and",
  // "14,380 were home and contents claims, 4,870 motor claims and 2,410 business claims"), of
  // the first's kind and unit, with no verb after the first gap (the others are gapped: "231,900
  // were imports and 180,700 exports"); 0 when there is no such list of two or more.
  static std::size_t gapped_list(token_span t, std::span<claim const> local,
                                 std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t first) {
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
  static void part_before_out_of(token_span t, claim& part, claim const& whole, std::pair<std::size_t, std::size_t> pr,
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
  static int comparison_change(token_span t, std::size_t qlast) {
    if (qlast + 3 >= t.size() || !t[qlast + 1].word) return 0;
    int const dir = rise_comparatives.count(t[qlast + 1]) ? 1 : fall_comparatives.count(t[qlast + 1]) ? -1 : 0;
    if (dir == 0) return 0;
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
  static std::size_t partitive_whole(token_span t, std::span<claim const> local,
                                     std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t w,
                                     std::size_t part) {
    auto const kind = local[part].q.kind;
    auto earlier_level = [&](std::size_t k) {
      return k > 0 && ranges[k].first > 0 && t[ranges[k].first - 1].lc == "from" && local[k - 1].q.kind == local[k].q.kind;
    };
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

  // "The north accounted for 61,000 of the total, the capital region for 54,500 and the south for
  // 66,500" after "The list reached 182,000 patients": a count "of the total" is part of the
  // nearest larger count of its kind before it (in its sentence, else among the article's last 32
  // figures) and counts what it counts, the place before "for" being a scope, not its noun; the
  // gapped conjuncts after it ("the south for 66,500") likewise (link_adding_up then reads the
  // list as the total's breakdown when it adds up).
  void parts_of_the_total(sentence_info const& si, std::span<claim> local, claims_view earlier) const {
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
  void bare_share_whole(sentence_info const& si, std::span<claim> local, claims_view earlier) const {
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
  std::size_t level_brought_to(token_span t, std::span<claim const> local,
                               std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t i) const {
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
  static std::size_t level_before_change(token_span t, std::span<claim const> local,
                                         std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t z) {
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
  std::size_t level_of_trailing_change(token_span t, std::span<claim const> local,
                                       std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t z,
                                       std::size_t& base) const {
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
  bool fronted_noun_part(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast,
                         claims_view earlier) const {
    token_span const t = si.tokens;
    if (c.q.kind != quantity_kind::count || qfirst < 4 || t[qfirst - 1].lc != "," || t[qfirst - 3].lc != "the" ||
        t[qfirst - 4].lc != "of" || (qfirst > 4 && t[qfirst - 5].word))
      return false;
    auto const& n = t[qfirst - 2];
    if (!chunk_word(n) || n.pred || n.low_pred || n.lc.size() < 4 || !n.lc.ends_with("s") || is_upper(si.text[n.start]) ||
        !key_of("", strip_possessive(n.lc)).predicate.empty())
      return false;
    auto [nb, ne] = plain_chunk(si, qlast + 1);
    if (nb != ne) return false;
    subject_from_chunk(c, t, qfirst - 2, qfirst - 1, false);
    if (earlier.empty()) return true;
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
  bool fronted_level_number(claim& c, token_span t, std::size_t qfirst, std::size_t qlast) const {
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
  void compared_or_tallied(claim& c, sentence_info const& si, std::size_t qfirst, claims_view local) const {
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

  // Money with no noun of its own that a verb spends on something ("€800m would go on a one-off
  // payment", "$2m will go to repairs") is that something; money that a noun with a figure of its
  // own costs ("The government's offer of 5.5% would cost €2.1bn") is what that noun names
  // (docs/corpus.md: money takes what the money is, or what it pays for).
  void money_by_its_verb(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast) const {
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

  // "the 1,900 it had scheduled", "the 26 sessions we held", "against the 30 the agency had
  // expected": a figure after "the" whose noun (if any) is followed by a clause with a subject of
  // its own (a pronoun, or "the" and one or two words) and a verb with no object after it is that
  // verb's object: a relative clause without "that". The verb's index, else SIZE_MAX.
  std::size_t contact_clause_verb(claim const& c, token_span t, std::size_t qfirst, std::size_t qlast) const {
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

  std::size_t opening_unlisted_verb(claim const& c, sentence_info const& si, std::size_t qfirst,
                                    std::size_t qlast) const {
    token_span const t = si.tokens;
    if (!opens_clause(t, qfirst)) return SIZE_MAX;
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
    for (; j < t.size() && j < e + 4 && t[j].word && !t[j].idiom && (aux.count(t[j]) || is_modal(t[j]) || t[j].lc == "be" ||
                                                                     (t[j].lc == "to" && j + 1 < t.size() && t[j + 1].lc == "be"));
         ++j) {
      with_aux = true;
      modal = modal || is_modal(t[j]);
      if (t[j].lc.starts_with("remain") || t[j].lc.starts_with("stay")) linking = j;
    }
    // a bare verb after a modal ("the extra €40 million will pay for ...") or, after a plural
    // noun, before its object ("52% of residents favour the plan")
    if (j < t.size() && !linking_or_listed(t, j) && (modal || (!with_aux && j > qlast + 1 && t[j - 1].lc.ends_with("s") &&
                                                                 opens_object(t, j + 1))))
      return bare_verb(t, j, modal) && !is_upper(si.text[t[j].start]) ? j : SIZE_MAX;
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

  bool number_of(claim& c, sentence_info const& si, std::size_t qfirst) const {
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
      while (e < qfirst && e < verb_at && e - b < 3 && chunk_word(t[e]) && !predicate_of(t[e], false) &&
             !(e > b && (verb_form(t, e) || (t[e].lc.size() > 4 && t[e].lc.ends_with("ing") && !subjects.count(t[e].lc)))))
        ++e;
      if (e == b) continue;
      subject_from_chunk(c, t, b, e, false);
      if (t[before - 1].lc == "by") return true;
      if (participle) c.forced_predicate = *participle;
      if (e < qfirst && predicate_of(t[e], false)) c.forced_predicate = *predicate_of(t[e], false);
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
  void restated(claim& c, sentence_info const& si, std::size_t qfirst, claims_view earlier) const {
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
  void restated_value(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast,
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
  bool elided_noun(sentence_info const& si, std::size_t qfirst, std::size_t qlast) const {
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

  // A part "of those (deaths)" / "of the dead" names its whole only by reference: the figure it
  // points back at is before it, in an earlier sentence when the part opens its sentence. Returns
  // the predicate a bare participle names ("the dead" -> die), or "" for "those"/"these".
  std::optional<std::string> anaphoric_whole(token_span t, std::size_t qlast, bool first) const {
    if (qlast + 2 >= t.size() || t[qlast + 1].lc != "of") return std::nullopt;
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

  // The figure at t[qfirst] is the level of a level verb (rise, fall, be: "reached 8.4 million",
  // "shrank ..., to 612,000") or the earlier level after a change ("up 3.1% from 8.17 million").
  bool population_level(token_span t, std::size_t qfirst) const {
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
  // Whether a noun is the nominal of a verb by their shared stem: admit/admission,
  // arrest/arrest, evacuate/evacuee (at least four letters, and all but the verb's last one
  // up to five).
  static bool shares_stem(std::string_view verb, std::string_view noun) {
    std::size_t const need = std::max<std::size_t>(4, std::min<std::size_t>(5, verb.size() - 1));
    if (verb.size() < need || noun.size() < need) return false;
    return verb.substr(0, need) == noun.substr(0, need);
  }
  static bool includes(std::string_view w) { return w == "include" || w == "includes" || w == "included"; }
  // A group named by a participle that a figure of its sentence is part of: fronted with "among"
  // and a copula ("Among the dead are 14 children"), or the sentence's subject ("The dead, three of
  // whom were teenagers, include two brothers"); the predicate the participle names ("the dead"
  // -> die).
  static std::optional<std::string> participle_whole(token_span t, std::size_t qfirst, std::size_t qlast) {
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
  static void conjunct_part(claim& c, std::size_t i, std::span<claim> local, sentence_info const& si) {
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

  // What a figure of claim c's kind before it counts: the same kind and unit, else the same kind
  // ("a 1 percentage point rise" after "raised rates by 0.75 points"; "The rate was 8.6%" after
  // "inflation reached 9.1%").
  claim const* same_kind_before(claim const& c, claims_view sentence_claims,
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
    return y <= verb && y < t.size() && t[y].word && (t[y].pred || t[y].low_pred) && !t[y].idiom;
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

  // "Nine needed hospital treatment", ", 12 needed a transfusion": a figure that opens its clause
  // (no determiner before it) with a past form right after it, then an object with no verb after
  // it in its clause: the past form is the clause's verb, so the figure has no noun of its own
  // (the elided-noun rules find what it counts). The object opens with a determiner, or its noun
  // phrase ends in a singular: a participle before a plural is an adjective ("17,000 suspected
  // cases", "40 wounded soldiers lay in the square"), unless verb_frames.tsv lists it as a verb
  // that takes an object there ("12 suffered burns", frame experiencer); and so is one with a verb
  // after its noun ("12 abandoned trucks blocked the road").
  bool verb_opens_chunk(token_span t, std::size_t qfirst, std::pair<std::size_t, std::size_t> chunk) const {
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

  // Claim c's subject (docs/claims.md, Subject): the rules that read beyond the figure's own
  // words first, then the noun chunks around it (subject_from_words), then a measure noun
  // ("the rate", "a margin of") hands the subject on to the figure it measures.
  void find_subject(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst,
                    claims_view sentence_claims, std::size_t* of_quantity_token,
                    claims_view const* earlier = nullptr) const {
    figure_chunks ch;
    ch.plain = plain_chunk(si, qlast + 1);
    if (ch.plain.first < ch.plain.second && verb_opens_chunk(si.tokens, qfirst, ch.plain)) {
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

  // The noun chunks right after a figure that the subject rules read, computed once per figure
  // (find_subject). Without "of" (allow_of false) the money flag of chunk_right changes nothing.
  struct figure_chunks {
    std::pair<std::size_t, std::size_t> plain;  // chunk_right(t, qlast + 1, false, false)
    std::pair<std::size_t, std::size_t> of;     // chunk_right(t, qlast + 1, true, false, &of_token, &sentence_claims)
    std::size_t of_token = SIZE_MAX;
  };

  bool subject_before_words(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst,
                            claims_view sentence_claims, claims_view const* earlier,
                            figure_chunks const& ch) const {
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
    // A conversion in brackets ("30,000 dirhams (about $2,900)") is the same money.
    if (c.q.kind == quantity_kind::money && qfirst >= 2 && t[qfirst - 1].lc == "(") {
      std::size_t i = static_cast<std::size_t>(&c - sentence_claims.data());
      if (i > 0 && i <= sentence_claims.size()) {
        auto const& o = sentence_claims[i - 1];
        if (o.q.kind == quantity_kind::money && o.q.span.end == t[qfirst - 2].end && !o.subject.key.empty()) {
          take_subject(c, o);
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
      if (offer)
        if (auto const* o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
              return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty();
            })) {
          take_subject(c, *o);
          if (!o->predicate.key.empty()) c.forced_predicate = o->predicate.key;
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

  void subject_after_words(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst,
                           claims_view sentence_claims, claims_view const* earlier) const {
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
      bool const measure = (measure_nouns.count(head) && singular_view(head, buf) == head) ||
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

  // The head of the noun phrase whose last noun is t[k]: over prepositional phrases after it
  // ("Turnout in Kessel province", "Attendance at schools in Averin", "Output at Kessel's
  // mines"), the noun before the first preposition, when a common noun stands right before it
  // (a name or a verb there is no head: "Police in Averin", "rose in Kessel").
  std::size_t head_before_phrase(sentence_info const& si, std::size_t k) const {
    token_span const t = si.tokens;
    // (a "to" before a determiner or a possessor opens a phrase too: "Exports to the bloc fell
    // 11%", "Aid to Averin's farmers rose"; not one before a verb: "meant to help the country")
    auto preposition = [&](std::size_t x) {
      return subject_preps.count(t[x]) ||
             (t[x].lc == "to" && x + 1 < t.size() && t[x + 1].word &&
              (article_or_determiner(t[x + 1]) || is_possessive(t[x + 1].lc)));
    };
    for (int hops = 0; hops < 3; ++hops) {
      std::size_t p = k;  // the phrase's first word after its preposition
      while (p > 0 && k - p < 4 && t[p - 1].word && !preposition(p - 1) &&
             (chunk_word(t[p - 1]) || article_or_determiner(t[p - 1])) &&
             !number_words.count(t[p - 1].lc) && !t[p - 1].pred && !t[p - 1].low_pred)
        --p;
      if (p < 2 || !t[p - 1].word || !preposition(p - 1)) break;
      // (no number: "One in seventy-one children under 84")
      auto const& n = t[p - 2];
      if (!chunk_word(n) || number_words.count(n.lc) || n.pred || n.low_pred || verb_form(t, p - 2) ||
          calendar_words.count(n.lc) || (p - 2 > 0 && is_upper(si.text[n.start])))
        break;
      k = p - 2;
    }
    return k;
  }

  // (subject_from_words: the valuation verb within 8 words before the "at" at t[at], with no
  // punctuation between; true when it set the subject)
  [[gnu::noinline]] bool valued_noun(claim& c, sentence_info const& si, std::size_t at) const {
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
  void subject_from_words(claim& c, sentence_info const& si, std::size_t qlast, std::size_t qfirst,
                          claims_view sentence_claims, std::size_t* of_quantity_token,
                          claims_view const* earlier, figure_chunks const& ch) const {
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
      std::tie(b, e) = chunk_right(t, qlast + 1, true, true, of_quantity_token, &sentence_claims);
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
      if (cb < ce && !predicate_of(t[ce - 1], false) && !predicate_of(t[ce - 1], true) &&
          !(ce == cb + 1 && unlisted_past(t, cb))) {
        subject_from_chunk(c, t, cb, ce, false);
        return;
      }
    }
    // "the number of Palestinians killed ... rose to 30,035": subject and predicate from the phrase.
    if (number_of(c, si, qfirst)) return;
    // "three of whom were teenagers", "40 of them were nurses": a plural noun alone after the
    // copula names the part (as "of which 647 were children" does)
    if (qlast + 4 < t.size() && c.q.kind == quantity_kind::count && t[qlast + 1].lc == "of" &&
        (t[qlast + 2].lc == "them" || t[qlast + 2].lc == "whom") && is_copula(t[qlast + 3].lc) &&
        chunk_word(t[qlast + 4]) && !t[qlast + 4].pred && !t[qlast + 4].low_pred && t[qlast + 4].lc.ends_with("s") &&
        !unlisted_past(t, qlast + 4) && !is_upper(si.text[t[qlast + 4].start]) &&
        !(qlast + 5 < t.size() && chunk_word(t[qlast + 5]))) {
      subject_from_chunk(c, t, qlast + 4, qlast + 5, false);
      return;
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
            // no vocabulary lists, "150 of them walked away")
            bool const unlisted = unlisted_past(t, qlast + 3);
            // ("12 of them had to close": the infinitive's verb)
            if (auto const iv = infinitive_verb(t, qlast + 3); iv != SIZE_MAX) {
              c.forced_predicate = t[iv].pred ? *t[iv].pred : unlisted_key(std::string_view(t[iv].lc));
            } else if (!own_verb_at(t, qlast + 3) && !unlisted) {
              c.forced_predicate = o.predicate.key;
            } else if (auto const* v = predicate_of(t[qlast + 3], false)) {
              c.forced_predicate = *v;
            } else if (unlisted) {
              c.forced_predicate = unlisted_key(std::string_view(t[qlast + 3].lc));
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
      while (b > 0 && t[b - 1].word && !openers.count(t[b - 1].lc)) --b;
      // (over a relative clause inside the subject: "The toll from the quake that struck before
      // dawn rose to 312" is the toll's, not dawn's; "that" after a noun of a determiner's phrase,
      // not after a verb: "officials said that the toll rose")
      if (b >= 3 && t[b - 1].lc == "that" && t[b - 2].word && chunk_word(t[b - 2]) && !t[b - 2].pred &&
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
      while (e < verb_at && e - b < 4 && chunk_word(t[e]) && (!predicate_of(t[e], false) || plural_head(t, b, e, verb_at)))
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
      if (j > 0 && j < qfirst && t[j - 1].lc == "," &&
          (t[j].lc == "after" || t[j].lc == "before" || t[j].lc == "while" || t[j].lc == "having") && walked_verb())
        if (auto const* o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
              return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty();
            })) {
          take_subject(c, *o);
          return;
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
      }
      if (!w.word) break;
      // "Officials said 2,000 had been displaced": the speaker is not what the reported figure
      // counts (the noun is left out: the elided-noun rules name it)
      if (said_verbs.count(w.lc) && !w.pred) break;
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
      // (grammars/money_verbs.tsv)
      if (c.q.kind == quantity_kind::money && k + 1 == qfirst)
        if (auto it = money_verbs.find(w.lc); it != money_verbs.end()) {
          c.subject.key = it->second;  // (the verb stays the predicate: no subject text)
          return;
        }
      // "a salary increase of 11%", "a bigger move of 0.75 points": a change named before "of" and the
      // figure is a change of the noun before it, or with none (an adjective) of what the figure
      // of its kind before it counts (measure_nouns.tsv kind change; column 3 the predicate)
      if (c.q.kind != quantity_kind::count && k + 2 == qfirst && t[k + 1].lc == "of" && change_nouns.count(w.lc)) {
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
        if (auto const* o = nearest_before(c, sentence_claims, earlier, [&](claim const& o) {
              return o.q.kind == c.q.kind && o.q.unit == c.q.unit && !o.subject.key.empty();
            })) {
          take_subject(c, *o);
          return;
        }
        if (it != measure_predicates.end() && c.forced_predicate == it->second) c.forced_predicate.clear();
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
        // "raised rates by 0.75 percentage points to 3 per cent": the level after a change is
        // what the change is of
        if (qfirst >= 2 && t[qfirst - 1].lc == "to")
          for (auto const& o : sentence_claims) {
            if (&o == &c || !(o.q.span.start <= w.start && w.start < o.q.span.end) || o.subject.key.empty()) continue;
            auto [of, ol] = token_range(t, o.q.span);
            (void)ol;
            if (of > 0 && t[of - 1].lc == "by") take_subject(c, o);
          }
        break;
      }
      // money is no agent's: "owners could receive a maximum of 140,000 dirhams" is not the
      // owners' (a verb other than a copula ends the search; the money's noun is left out)
      if (c.q.kind == quantity_kind::money && ((w.pred && !level_predicates.count(*w.pred)) || verb_form(t, k)) &&
          !w.low_pred && nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
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
      // "expected to fall below 4%": after the infinitive's "to" a word is a verb; "inflation
      // slowing to 3.5%", "five increases totalling 2.25 points": a participle right before the
      // figure (or its "to", "by", "at") after a noun is that noun's verb
      if (c.q.kind != quantity_kind::money && k > 0 && t[k - 1].lc == "to" && t[k - 1].word) continue;
      // ("prices are set to climb to 9%": a cue of modality.tsv before that "to" governs the verb;
      // a noun there is the verb's subject: "expects the economy to shrink by 1.4%")
      if (c.q.kind != quantity_kind::money && k + 2 < qfirst && t[k + 1].lc == "to" && w.modality && t[k + 2].word &&
          !function_words.count(t[k + 2].lc) && !determiners.count(t[k + 2].lc))
        continue;
      if (w.lc.size() > 5 && w.lc.ends_with("ing") && k > 0 && chunk_word(t[k - 1]) &&
          (k + 1 == qfirst || (k + 2 == qfirst && (t[k + 1].lc == "to" || t[k + 1].lc == "by" || t[k + 1].lc == "at"))))
        continue;
      // "the benchmark Sensex fell as much as 8% ... and closed 5.7% lower": a verb joined by
      // "and" to the verb of a figure before it shares that figure's subject
      if (w.lc == "and" && k + 1 < qfirst && (t[k + 1].pred || t[k + 1].low_pred || verb_form(t, k + 1)) &&
          !(k + 2 < t.size() && chunk_word(t[k + 2]) && !(t[k + 2].lc[0] >= '0' && t[k + 2].lc[0] <= '9') && k + 2 < qfirst))
        if (auto const* o = nearest_before(c, sentence_claims, nullptr, [&](claim const& o) {
              return o.q.kind == c.q.kind && !o.subject.key.empty() && o.q.span.end <= w.start;
            })) {
          take_subject(c, *o);
          return;
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
                                    ((k + 1 < qfirst && t[k + 1].word && (t[k + 1].pred || t[k + 1].low_pred) &&
                                      !t[k + 1].idiom) ||
                                     (k > 0 && t[k - 1].word && chunk_word(t[k - 1]) && !t[k - 1].pred &&
                                      plural_head(t, k - 1, k, qfirst - 1)) ||
                                     k == 0 || (t[k - 1].word && determiners.count(t[k - 1].lc)) ||
                                     t[k - 1].lc == "," || t[k - 1].lc == "and");
      // names are places and parties in a prepositional phrase ("toll in Turkey and Syria rose
      // to ..."), not the counted thing
      if (!noun_before_verb &&
          (function_words.count(w.lc) || predicate_of(w, true) || predicate_of(w, false) || w.pred ||
           calendar_words.count(w.lc) || (w.lc[0] >= '0' && w.lc[0] <= '9') || (k > 0 && is_upper(si.text[w.start]))))
        continue;
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
      c.subject_text_span = {t[from].start, t[k].end};
      // (a change "rose by 153" is a rise, whatever the toll counts)
      if (row && !row->predicate.empty() && !(qfirst > 0 && t[qfirst - 1].lc == "by")) c.forced_predicate = row->predicate;
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
  void modality_matches(sentence_info& si) const {
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

  // A plan or possibility that governs the figure from earlier in its clause: "will need at least
  // $16.3 billion", "had expected 8.8%", "expects the economy to shrink by 1.4%", "could opt for a
  // full 1 point rise". The nearest cue within max_back words, not across punctuation or into a
  // subordinate clause ("said it would retaliate after 30 people were killed").
  static inline rule_list const clause_cue_stops = {"after", "before", "when", "because", "since", "while",
                                                    "as", "who", "which", "where", "until", "although"};
  std::optional<modality> clause_cue(std::string_view text, token_span t, blocked_window const& blocked,
                                     std::size_t qfirst, std::size_t max_back, bool duration = false) const {
    // (it answers only at a cue's token: none in the window, none here)
    if (!blocked.mods->any_in(qfirst - std::min(qfirst, max_back), qfirst)) return std::nullopt;
    auto const& stops = clause_cue_stops;
    for (std::size_t k = qfirst; k > 0 && qfirst - k < max_back; --k) {
      auto const& w = t[k - 1];
      if (!w.word) {
        // (the period of an abbreviation is no clause end: "will take office on Jan. 1 for a term")
        bool const abbrev_dot = w.lc == "." && k >= 2 && t[k - 2].word && t[k - 2].end == w.start &&
                                abbreviations.count(std::string_view(t[k - 2].lc));
        if (abbrev_dot) continue;
        break;
      }
      if (stops.count(w)) break;
      // a verb in the past joined by "and" is a clause of its own: after a modal a joined verb
      // is bare ("would send planes and release aid"), so "would send three planes and released
      // $2 million" states the release as done
      if (w.pred && k >= 2 && w.lc.size() > 4 && w.lc.ends_with("ed") && t[k - 2].lc == "and") break;
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

  void duration_modality(claim& c, sentence_info const& si, std::size_t qf, std::size_t ql) const {
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

  // A verb in its bare form, as after a modal ("cut", "cost", "close"): no past or present
  // ending, no irregular past ("lost"), no speech verb ("said").
  bool bare_verb(token const& w) const {
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
  // "did not believe that 150 jobs would go": a denied belief or statement denies the figures of
  // its "that" clause, whatever their own modality (docs/corpus.md: negated). Also without
  // "that": a negated belief verb governs the clause after it ("did not believe the budget would
  // need to rise by more than 5%", "does not expect the number of flocks to reach 60"); and a
  // denial before "that" denies it ("denied a report in a trade weekly that 500 jobs would go").
  bool denied_complement(sentence_info const& si, std::size_t qfirst) const {
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
  static bool clause_negated(sentence_info const& si, std::size_t qfirst, std::size_t max_back) {
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

  // (find_predicate: the auxiliaries and adverbs of a verb phrase)
  static inline rule_list const predicate_aux = {"have",  "has",   "had",   "been",    "be",   "being", "was",
                                                 "were",  "is",    "are",   "will",    "would", "could", "should",
                                                 "still", "since", "not",   "also",    "already", "to", "may",
                                                 "might", "never", "n't",   "reportedly", "expected", "being"};
  void find_predicate(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast) const {
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
      if (figure_speech_verbs.count(t[i].lc) &&
          std::none_of(si.parsed.quantities.begin(), si.parsed.quantities.end(), [&](auto const& q) {
            return i + 1 < t.size() && t[i + 1].start >= q.span.start && t[i + 1].start < q.span.end;
          }))
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
    if (c.q.kind != quantity_kind::count && c.q.kind != quantity_kind::duration) {
      if (qlast + 1 < t.size() && t[qlast + 1].word)
        if (auto const* d = direction_after.find(t[qlast + 1].lc)) {
          direction = d;
          v = qlast + 1;
        }
      // (not the last word of an idiom: "which make up about 30%")
      if (!direction && qfirst > 0 && t[qfirst - 1].word && !(qfirst >= 2 && t[qfirst - 2].idiom))
        if (auto const* d = direction_before.find(t[qfirst - 1].lc)) {
          direction = d;
          v = qfirst - 1;
        }
    }
    // A figure compared with an earlier time ("two more than on Sunday") is a rise or fall.
    if (!direction)
      if (int const cmp = comparison_change(t, qlast)) {
        static std::string const rise = "rise", fall = "fall";
        direction = cmp > 0 ? &rise : &fall;
        v = qlast + 1;
      }
    if (direction) c.forced_predicate.clear();  // (not the noun's event: "cases were 90% lower" fell)
    // a relative clause without "that" whose object the figure is ("the 26 sessions we held")
    // (listed or not: `unlisted` is the verb a rule chose by its place, keyed by its lemma unless listed)
    std::size_t const contact = direction ? SIZE_MAX : contact_clause_verb(c, t, qfirst, qlast);
    std::size_t unlisted = direction ? SIZE_MAX : contact != SIZE_MAX ? contact : opening_unlisted_verb(c, si, qfirst, qlast);
    // A passive infinitive after the figure's noun ("expects up to 150 more detainees to be
    // exchanged") says what the plan does with it.
    if (!direction && unlisted == SIZE_MAX)
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
    if (!direction && unlisted == SIZE_MAX && c.q.kind != quantity_kind::duration)
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
    else if (!direction && !v) v = search(false, 12);
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
    // "Lose" is a fall of a level the subject holds when its figure is a share ("the dinar lost 12%";
    // seats lost fall too, subject_predicates.tsv), and lose when the figure counts what or who is
    // lost ("lost two harvests", "lost €2,000 each in pay", "nine of the 12 towns lost people";
    // docs/corpus.md).
    if (!direction && !is_share(c.q.kind) && is_lit(c.predicate.key, "fall") && starts_lit(t[i].lc, "los"))
      c.predicate.key = "lose";
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
        bare_verb(t[i]))
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
  void settle_predicates(std::span<claim> local, std::vector<std::pair<std::size_t, std::size_t>> const& ranges,
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
              it != measure_predicates.end() && measure_nouns.count(std::string_view(t[k].lc))) {
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

  // Source key of the speaker tokens [b, e): determiners, possessive 's and leading anaphors
  // dropped, a possessive place as its adjective, a title before a name dropped ("President Joe
  // Biden" -> "joe biden"), a descriptor before an acronym dropped ("disaster agency AFAD" ->
  // "afad"), and the name mapped through source_aliases.tsv ("WHO" -> "world health organization").
  text_key speaker_key(std::string_view text, token_span t, std::size_t b, std::size_t e) const {
    while (b < e && t[b].word && determiners.count(t[b].lc) && t[b].lc != "the") ++b;
    if (b < e && t[b].lc == "the") ++b;
    // How many speak is no part of who speaks: "two officials" -> "officials", "Two Egyptian
    // security sources" -> "egyptian security sources"; a name that begins with a number ("Five
    // Star Movement": capitalized after it, and no speaker noun) keeps it.
    if (b + 1 < e && t[b].word && (number_words.count(t[b].lc) || (t[b].lc[0] >= '0' && t[b].lc[0] <= '9'))) {
      bool counted = t[b + 1].word && !is_upper(text[t[b + 1].start]);
      for (std::size_t i = b + 1; i < e && !counted; ++i)
        counted = speaker_noun(t[i]);
      if (counted) ++b;
    }
    text_key k;
    if (b >= e) return k;
    // (the words as views of their tokens or of demonyms' values, in a buffer kept from call to
    // call; a word that is its token's whole text is tested against a list by the token's bit)
    struct word_info {
      std::string_view w;
      token const* whole;  // the token whose text w is, else null
      bool cap, acronym, possessive;
    };
    thread_local std::vector<word_info> ws;
    ws.clear();
    auto in = [](auto const& list, word_info const& x) { return x.whole ? list.count(x.whole->lc) : list.count(x.w); };
    bool leading = true;
    for (std::size_t i = b; i < e; ++i) {
      if (!t[i].word) {
        // "Marsh & Cole": the ampersand of a firm's name is part of it
        if (t[i].lc == "&" && !ws.empty() && ws.back().cap && i + 1 < e && t[i + 1].word && is_upper(text[t[i + 1].start]))
          ws.push_back({t[i].lc, &t[i], true, false, false});
        continue;
      }
      bool possessive = t[i].lc.size() > 2 && t[i].lc.compare(t[i].lc.size() - 2, 2, "'s") == 0;
      word_info x{strip_possessive_view(t[i].lc), nullptr, false, false, possessive};
      if (x.w.size() == t[i].lc.size()) x.whole = &t[i];
      if (leading && (is_lit(x.w, "the") || is_lit(x.w, "a") || is_lit(x.w, "an"))) continue;
      // "the territory's health ministry"; "the agency" alone points back (no key); "the city
      // council" is a name
      if (leading && in(anaphors, x) && (possessive || i + 1 == e)) continue;
      // "Neighbouring Castel district said": a word before a place's name is no part of the
      // body's name (grammars/place_modifiers.tsv)
      if (leading && i + 1 < e && place_modifiers.count(x.w)) continue;
      leading = false;
      if (possessive) {
        if (auto it = demonyms.find(x.w); it != demonyms.end()) {  // "Israel's army"
          x.w = it->second;
          x.whole = nullptr;
        }
      }
      x.acronym = x.w.size() >= 2;
      for (std::size_t c = t[i].start; c < t[i].start + x.w.size() && c < t[i].end && x.acronym; ++c)
        x.acronym = !(text[c] >= 'a' && text[c] <= 'z');
      // (the sentence's first word is capitalized by position: "Rating agency Fenwick Ratings"
      // opens with a descriptor when a lowercase word follows it)
      // ("Broadcaster Vistel said": a kind of organisation, kind_nouns.tsv, is a descriptor there
      // before a name too)
      // ("Organisers Brightline Events told": a group of speakers, as a kind, is one there too)
      x.cap = is_upper(text[t[i].start]) &&
              !(i == 0 && i + 1 < e && t[i + 1].word &&
                (!is_upper(text[t[i + 1].start]) || in(kind_nouns, x) || in(generic_speakers, x) ||
                 in(speaker_nouns, x)));
      ws.push_back(x);
    }
    // A title before a capitalized name: keep the name.
    std::size_t from = 0;  // (the words before it dropped)
    for (std::size_t j = ws.size(); j-- > 0;) {
      if (!in(titles, ws[j])) continue;
      bool name = j + 1 < ws.size();
      for (std::size_t m = j + 1; m < ws.size(); ++m) name = name && ws[m].cap && !in(titles, ws[m]);
      // "Essary General Hospital": a name that ends in an institution is no person's, and the
      // title-like word inside it no title (grammars/body_nouns.tsv "institution")
      if (name && institution_nouns.count(ws.back().w)) break;
      if (name) from = j + 1;
      break;
    }
    // A lowercase descriptor before an acronym: keep the acronym ("Turkey's disaster agency AFAD").
    if (ws.size() - from >= 2 && ws.back().acronym && !ws[ws.size() - 2].cap) from = ws.size() - 1;
    // ... or before a name, as a title is: keep the name ("party co-leader Mira Oden", "opposition
    // Liberal Centre", "the rail operator Nordbane"). Only when every word before the name is
    // such a lowercase descriptor: not after a function word ("the port authority of New Ledo" is
    // the authority's name), nor after other speakers joined to it ("two Egyptian security sources
    // and state-run Al-Qahera News" are both the speakers).
    {
      std::size_t run = ws.size();
      while (run > from && ws[run - 1].cap) --run;
      // (a possessive place before the descriptor goes with it: "Aldern's rail operator Railnord")
      // (and a place or group in capitals before the lowercase descriptor: "the Aldern rail
      // operator Railnord", "Farmers' union Agrival")
      std::size_t const lead =
          from + 1 < run && (ws[from].possessive || (ws[from].cap && !ws[from + 1].cap)) ? from + 1 : from;
      bool descriptor = ws.size() - run >= 1 && run > lead;
      for (std::size_t m = lead; m < run && descriptor; ++m) descriptor = !ws[m].cap && !in(function_words, ws[m]);
      if (descriptor) from = run;
    }
    std::string& key = k.key;
    for (std::size_t m = from; m < ws.size(); ++m) {
      if (!key.empty()) key.push_back(' ');
      key += ws[m].w;
    }
    if (auto const* alias = source_alias_index.find(key)) {
      key = *alias;
    } else {
      // "United Nations humanitarian office" -> "un humanitarian office"
      // (the space after the name and its first byte tested first, inline: most keys start with
      // none of the names)
      for (auto const& [name, short_form] : source_prefixes)
        if (key.size() > name.size() + 1 && key[name.size()] == ' ' && key[0] == name[0] &&
            std::memcmp(key.data(), name.data(), name.size()) == 0) {
          key = short_form + key.substr(name.size());
          break;
        }
    }
    k.text.assign(text.substr(t[b].start, t[e - 1].end - t[b].start));
    return k;
  }

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
  text_key find_attribution(std::string_view text, sentence_info& si) const {
    token_span const t = si.tokens;
    auto speaker_text = [&](std::size_t b, std::size_t e) { return speaker_key(text, t, b, e); };
    static word_list const pronouns = {"he",   "she",  "they", "it",    "we",
                                                          "i",    "them", "this", "these", "those"};
    auto const& stops = attribution_stops;
    // A cue inside a figure is part of it ("11.1 per cent").
    auto in_quantity = [&](std::size_t i) {
      for (auto const& q : si.parsed.quantities)
        if (t[i].start >= q.span.start && t[i].start < q.span.end) return true;
      return false;
    };
    auto capitalized = [&](std::size_t i) { return i < t.size() && t[i].word && is_upper(text[t[i].start]); };
    // Inside a name: the apostrophe of a plural possessive ("the Dock Porters' Guild", which
    // the tokenizer reads as a closing quote glued to the word) and the period of a title's
    // abbreviation ("Dr. Jane Roe"; grammars/abbreviations.tsv).
    auto name_mark = [&](std::size_t k) {
      if (k == 0 || k + 1 >= t.size() || t[k].word || !t[k - 1].word || !t[k + 1].word) return false;
      // "the liquidator, Marsh & Cole, said": an ampersand between capitalized words
      if (t[k].lc == "&") return capitalized(k - 1) && capitalized(k + 1);
      if (t[k - 1].end != t[k].start) return false;
      if (t[k].lc == "\"") return text[t[k].start] != '"' && t[k - 1].lc.ends_with("s") && t[k].end != t[k + 1].start;
      return t[k].lc == "." && abbreviations.count(std::string_view(t[k - 1].lc)) && capitalized(k - 1) && capitalized(k + 1);
    };
    // The tokens that start a speech preposition or a speech verb, in one pass (the loops below
    // visit only these, in token order, instead of every token three times): the prepositions
    // that start there, and the first speech verb that matches there.
    struct speech_start {
      std::size_t i;
      cue_range preps;
      cue const* verb;
    };
    thread_local std::vector<speech_start> starts;
    starts.clear();
    // (only the first words of speech cues: intern's list; their vocabulary entries hold the
    // cues that start with them, build_vocab)
    thread_local std::vector<std::uint32_t> buf;
    for (std::size_t const i : notable_of(si, notable_kind::speech_start, buf)) {
      auto const* const info = t[i].info;
      cue_range preps;
      if (info->speech_preps) preps = {&speech_preps, info->speech_preps};
      cue const* verb = nullptr;
      if (info->speech_verbs)
        for (auto const x : *info->speech_verbs)
          if (match_at(t, i, speech_verbs[x].words)) {
            verb = &speech_verbs[x];
            break;
          }
      if (preps.idx || verb) starts.push_back({i, preps, verb});
    }
    // The first speaker of the sentence wins: "X said ..., citing Y" is X's.
    text_key prep_k;
    std::size_t prep_at = t.size();
    for (std::size_t n = 0; n < starts.size() && prep_k.key.empty(); ++n) {
      std::size_t const i = starts[n].i;
      if (!starts[n].preps.idx || in_quantity(i)) continue;
      for (auto const& p : starts[n].preps) {
        if (!match_at(t, i, p.words)) continue;
        std::size_t b = i + p.words.size(), e = b;
        bool figure = false;  // ("citing debt of about 71% of output" cites a reason, not a source)
        for (; e < t.size() && (t[e].word || name_mark(e)) && e - b < 6; ++e) figure = figure || in_quantity(e);
        if (figure) continue;
        // "worth €3,000 to €6,000 per farm": "per" before a lowercase word with no determiner is a
        // rate, not a source ("per the ministry", "per Reuters" are sources)
        if (p.words.size() == 1 && p.words[0] == "per" && b < t.size() && !capitalized(b) && t[b].lc != "the" &&
            !determiners.count(t[b].lc))
          continue;
        // a long name runs on: "the Centers for Disease Control and Prevention"
        while (e < t.size() && e - b < 10 && capitalized(e) &&
               (capitalized(e - 1) || t[e - 1].lc == "and" || t[e - 1].lc == "of" || t[e - 1].lc == "for"))
          ++e;
        // "according to figures the statistics office released", "according to data the bureau
        // published": the data noun has a relative clause without "that"; its subject, the body
        // that put the data out, is the source
        if (e - b >= 3 && !capitalized(b))
          for (std::size_t m = b + 1; m + 2 < e; ++m)
            if (t[m].lc == "the") {
              std::size_t v = m + 2;
              while (v < e && !(t[v].lc.size() > 4 && t[v].lc.ends_with("ed"))) ++v;
              if (v < e) {
                b = m;
                e = v;
              }
              break;
            }
        auto k = speaker_text(b, e);
        if (!k.key.empty()) {
          k.text.assign(text.substr(t[i].start, t[e - 1].end - t[i].start));
          prep_k = std::move(k);
          prep_at = i;
          break;
        }
      }
    }
    // "said"/"says" before the verbs that also do other work ("Israel's military told 1.1 million
    // people to move ..., the United Nations said" is the UN's).
    // "..., she told reporters, adding that the agency expected 4,000 more cases": a pronoun that
    // speaks first reports the rest of its clause; a verb after it ("the agency expected") is told by it
    std::size_t pronoun_at = t.size();
    std::size_t joined_verb = t.size();  // a speech verb joined by "and" to a verb of no speech
    auto same_clause = [&](std::size_t a, std::size_t b) {
      for (std::size_t k = a; k < b; ++k)
        if (t[k].lc == ";" || (t[k].lc == "," && k + 1 < t.size() &&
                               (t[k + 1].lc == "and" || t[k + 1].lc == "while" || t[k + 1].lc == "but" ||
                                t[k + 1].lc == "whereas")))
          return false;
      return true;
    };
    for (int pass = 0; pass < 2; ++pass)
    for (auto const& st : starts) {
      std::size_t const i = st.i;
      if (i > prep_at + 1) break;
      cue const* const verb = st.verb;
      if (!verb) continue;
      if (i > pronoun_at && same_clause(pronoun_at, i)) continue;
      if ((verb->value == "verb") != (pass == 0)) continue;
      // "Minister Ana Roe blamed a shortage of nurses, saying the service employed 900": the
      // subject of the verb before the comma speaks (as for "and said" below); no "saying" names
      // a speaker of its own
      if (t[i].lc == "saying") {
        if (i >= 2 && t[i - 1].lc == "," && t[i - 2].word) joined_verb = std::min(joined_verb, i);
        continue;
      }
      // "Employers added 209,000 jobs": a verb that is also a verb of figures (attribution.tsv
      // column 3 "object") is no speech verb with a figure right after it
      if (verb->extra == "object" && i + 1 < t.size() && in_quantity(i + 1)) continue;
      // "The committee plans to put €1 million toward ...": a verb after "to" is an infinitive, a
      // plan's or an act's (find_actor), not a speech with the words before it as the speaker
      if (i > 0 && t[i - 1].lc == "to") continue;
      // "above a forecast of €6 million", "The report's estimates of 40 ...", "Early estimates put
      // the damage at", "Their latest forecasts show": a cue word after an article or a possessive
      // pronoun, before "of", or right before another speech verb is a noun (a later verb may
      // still name a speaker: "Early estimates put" is told by the estimates)
      // ("against expected revenue of": after a preposition, a participle modifying a noun)
      if (i > 0 && (t[i - 1].lc == "a" || t[i - 1].lc == "an" || t[i - 1].lc == "against" ||
                    noun_prepositions.count(t[i - 1].lc) ||
                    (determiners.count(t[i - 1].lc) && t[i - 1].lc != "that" && t[i - 1].lc != "all")))
        continue;
      // ("the company's forecast of 5,000" is the company's: a possessive before the noun speaks;
      // "the official estimate had stood at": an auxiliary or copula after it makes it a subject)
      if (i + 1 < t.size() &&
          ((t[i + 1].lc == "of" && !(i > 0 && is_possessive(t[i - 1].lc))) ||
           attribution_speech_aux.count(t[i + 1]) || is_be(t[i + 1].lc) ||
           // ("lawyers said claims there could reach": "said" is never a noun)
           (!said_verbs.count(t[i].lc) &&
            std::any_of(starts.begin(), starts.end(), [&](speech_start const& o) { return o.i == i + 1 && o.verb; }))))
        continue;
      // before: back to punctuation or a clause word, over a date between ("X on Sunday announced")
      std::size_t j = i;
      // "Derna's mayor had warned", "the agency has also said", "would later tell", "the state
      // alone has recorded": over auxiliaries and adverbs (speech_adverbs.tsv "between") back to
      // the speaker; "The governor, however, put": over a parenthetical between commas
      // ("aside"). Such a speaker must look like one (checked below).
      auto const& speech_aux = attribution_speech_aux;
      bool stepped = false;
      while (j > 0 && i - j < 4 && t[j - 1].word && (speech_aux.count(t[j - 1]) || speech_adverbs.count(t[j - 1].lc))) {
        --j;
        stepped = true;
      }
      if (j >= 3 && t[j - 1].lc == "," && speech_asides.count(t[j - 2].lc) && t[j - 3].lc == ",") {
        j -= 3;
        stepped = true;
      }
      if (j >= 2 && calendar_words.count(t[j - 1].lc) && t[j - 2].lc == "on") {
        j -= 2;
        // "A US assessment released on Tuesday put ...": the participle is not part of the name
        if (j >= 2 && t[j - 1].lc.size() > 4 && t[j - 1].lc.ends_with("ed") && t[j - 2].word) --j;
      }
      // "A UN-backed assessment last month found": a relative date between is not part of the name
      // (the first cue in list order that ends right before j: only the cues that start one to
      // relative_max_words tokens back, with that many words, can)
      {
        std::uint32_t first = UINT32_MAX;
        for (std::size_t n = 1; n <= relative_max_words && n < j; ++n) {
          // (starting(relative_dates, t, j - n), read from the word's entry: no walk over its lists)
          auto const& w = t[j - n];
          auto const* const idx = w.cue_first && w.info ? w.info->relative_dates : nullptr;
          if (!idx) continue;
          for (auto const x : *idx)
            if (x < first && relative_dates[x].words.size() == n && match_at(t, j - n, relative_dates[x].words)) {
              first = x;
              break;
            }
        }
        if (first != UINT32_MAX) j -= relative_dates[first].words.size();
      }
      std::size_t b = j;
      auto const& aux = attribution_aux;
      auto speaker_word = [&](token const& x) {
        if (x.lc == "who" && !is_upper(text[x.start])) return false;  // "who", not "WHO"
        return x.word && !stops.count(x) && !calendar_words.count(x.lc) && !aux.count(x) &&
               !(x.lc[0] >= '0' && x.lc[0] <= '9');
      };
      // "of"/"for" inside a name: "the mayor of Lisbon", "the UN agency for Palestinian refugees";
      // "of" after a title ("the health minister of the eastern-based administration")
      auto name_link = [&](std::size_t k) {
        return (t[k].lc == "of" || t[k].lc == "for") && k > 0 && t[k - 1].word &&
               (capitalized(k + 1) || (t[k].lc == "of" && titles.count(t[k - 1].lc) && k + 1 < t.size() && t[k + 1].word));
      };
      // (name_mark holds only at punctuation, speaker_word only at a word: tested inline first)
      while (b > 0 &&
             (name_link(b - 1) || (!t[b - 1].word && name_mark(b - 1)) ||
              (t[b - 1].word && speaker_word(t[b - 1]) && t[b - 1].lc != "of" && t[b - 1].lc != "from")) &&
             j - (b - 1) <= 7) {
        // ("British lawyers said claims there could reach": the words before another speech verb
        // are that verb's speaker, none of this cue's)
        if (t[b - 1].word && said_verbs.count(t[b - 1].lc)) break;
        --b;
        // "The agency said it did not believe", "a search it expects to last": a subject pronoun
        // is the verb's whole subject; the words before it belong to another clause (they made
        // the key "agency said it did not")
        if (subject_pronouns.count(t[b].lc)) break;
      }
      // "The company cut its operating profit forecast to ...": a possessive pronoun inside the
      // words before the cue makes the cue a noun of that phrase, not a speech verb (one that
      // opens them, "its chief executive said", is the speaker's)
      if (std::any_of(t.begin() + b + 1, t.begin() + j, [](token const& x) { return is_lit(x.lc, "its") || is_lit(x.lc, "their"); }))
        continue;
      // "A study of 528 infections in 16 countries, published this week, found that": over a
      // participle phrase between commas to the subject, whose head is what comes before its
      // first "of" when it opens the sentence
      if (b == j && j >= 4 && t[j - 1].lc == ",") {
        for (std::size_t o = j - 2; o > 0 && j - o < 9; --o) {
          if (t[o].lc != ",") continue;
          if (!(t[o + 1].lc.size() > 4 && t[o + 1].lc.ends_with("ed"))) break;
          std::size_t e2 = o, b2 = e2;
          while (b2 > 0 && speaker_word(t[b2 - 1]) && t[b2 - 1].lc != "of" && e2 - b2 < 6) --b2;
          if (b2 > 0 && b2 < e2) {
            // stopped inside the subject ("... in 16 countries"): its head before the first "of"
            std::size_t of = SIZE_MAX;
            bool clean = true;
            for (std::size_t m = 0; m < o; ++m) {
              if (t[m].lc == "of" && of == SIZE_MAX) of = m;
              clean = clean && (t[m].lc != "," || in_quantity(m)) && !t[m].pred && !aux.count(t[m]);
            }
            if (clean && of != SIZE_MAX && of > 0 && of <= 4) {
              b2 = 0;
              e2 = of;
            } else {
              b2 = e2;
            }
          }
          if (b2 < e2) {
            b = b2;
            j = e2;
          }
          break;
        }
      }
      // "Japan's largest union federation, Rengo, said": a name in apposition right before the
      // verb is the speaker
      if (b == j && j >= 3 && t[j - 1].lc == ",") {
        std::size_t e2 = j - 1, b2 = e2;
        while (b2 > 0 && e2 - b2 < 4 && (capitalized(b2 - 1) || name_mark(b2 - 1))) --b2;
        if (b2 < e2 && b2 > 0 && t[b2 - 1].lc == "," && b2 >= 2 && t[b2 - 2].word) {
          b = b2;
          j = e2;
        }
      }
      // "UNRWA, the UN agency for Palestinian refugees, says", "The World Health Organization,
      // which published its own estimate last week, says": over an appositive or a relative
      // clause between commas, the name before it (opening its clause) is the speaker.
      if (b == j && j >= 4 && t[j - 1].lc == ",") {
        for (std::size_t o = j - 2; o > 0 && j - o < 14; --o) {
          if (!t[o].word && !in_quantity(o)) {
            if (t[o].lc != ",") break;
            bool relative = t[o + 1].lc == "which" || (t[o + 1].lc == "who" && !is_upper(text[t[o + 1].start]));
            // (also a title opening the appositive, "Rudi Falk, chairman of the football
            // association, said", and an age alone, "Aran, 44, said")
            bool const age = o + 2 == j - 1 && t[o + 1].lc[0] >= '0' && t[o + 1].lc[0] <= '9' && t[o + 1].lc.size() <= 3;
            bool appositive = t[o + 1].lc == "the" || t[o + 1].lc == "a" || t[o + 1].lc == "an" ||
                              (titles.count(t[o + 1].lc) && !capitalized(o + 1)) || age;
            for (std::size_t m = o + 1; appositive && m + 1 < j; ++m)
              appositive = !t[m].pred && !t[m].low_pred && !aux.count(t[m]);
            if (!relative && !appositive) break;
            std::size_t b2 = o;
            while (b2 > 0 && ((t[b2 - 1].word && speaker_word(t[b2 - 1])) || name_link(b2 - 1) || (!t[b2 - 1].word && name_mark(b2 - 1))) &&
                   o - (b2 - 1) <= 6)
              --b2;
            bool opens = b2 == 0 || !t[b2 - 1].word;
            if (b2 < o && opens && (relative || capitalized(o - 1))) {
              b = b2;
              j = o;
            }
            break;
          }
        }
      }
      // ", and Britain announced": the coordinator opens a new clause
      while (b < j && (t[b].lc == "and" || t[b].lc == "or") && (b == 0 || !t[b - 1].word)) ++b;
      // "The governor announced 12 million dollars in relief and said ...": a verb joined by "and" to
      // an earlier verb of its clause has that verb's subject (found at that verb), not the words
      // before "and"
      if (b < j && j >= 2 && t[j - 1].lc == "and" && t[j - 2].word) {
        joined_verb = std::min(joined_verb, i);
        continue;
      }
      // "from the 9 million dollars announced in May": words of a figure speak for no one
      // ("Five Star Movement said": a number opening a name is the key's business)
      {
        bool figure = b > 0 && t[b - 1].word && in_quantity(b - 1);
        for (std::size_t m = b + 1; m < j && !figure; ++m) figure = in_quantity(m);
        if (figure) b = j;
      }
      // "..., far below the figure given by Gaza's health ministry, which on Tuesday again said
      // 471": a relative clause's speaker is the name before it, for the figures after the verb.
      auto relative_word = [&](std::size_t k) {
        return t[k].lc == "which" || (t[k].lc == "who" && !is_upper(text[t[k].start]));
      };
      std::size_t r = b;  // over "on Tuesday again" back to "which"
      while (r > 0 && b - r < 4 && t[r - 1].word && !relative_word(r - 1) &&
             (stops.count(t[r - 1]) || calendar_words.count(t[r - 1].lc)))
        --r;
      if (b == j && r >= 2 && relative_word(r - 1) && t[r - 2].lc == ",") {
        std::size_t hb = r - 2;
        while (hb > 0 && speaker_word(t[hb - 1]) && t[hb - 1].lc != "of" && r - 2 - (hb - 1) <= 5) --hb;
        auto k = speaker_text(hb, r - 2);
        if (!k.key.empty() && !pronouns.count(k.key) && si.relative.first.key.empty()) si.relative = {k, i};
        continue;
      }
      // "The state agency that runs the ports said": over a relative clause with "that" the named
      // body opening the sentence is the speaker
      if (b >= 2 && b < j && t[b - 1].lc == "that" && (t[b].lc.ends_with("s") || t[b].lc.ends_with("ed"))) {
        std::size_t nb = b - 1;
        while (nb > 0 && speaker_word(t[nb - 1]) && b - 1 - nb < 5) --nb;
        bool named = false;
        for (std::size_t m = nb; m + 1 < b; ++m) named = named || is_upper(text[t[m].start]) || t[m].lc == "the";
        if (nb < b - 1 && (nb == 0 || !t[nb - 1].word) && named) {
          j = b - 1;
          b = nb;
        }
      }
      // "Rona Vell of the Dock Pilots' Guild said": a person's name (two or three capitalized
      // words opening the clause, no body's word last) before "of the" and the body is the
      // speaker, the body a description of her, as a title before a name is (docs/corpus.md)
      if (b >= 3 && b < j && t[b].lc == "the" && t[b - 1].lc == "of") {
        std::size_t nb = b - 1;
        while (nb > 0 && capitalized(nb - 1) && !is_possessive(t[nb - 1].lc) && b - 1 - nb < 3) --nb;
        if (b - 1 - nb >= 2 && (nb == 0 || !t[nb - 1].word) && t[nb].lc != "the" && !body_nouns.count(t[b - 2].lc) &&
            !institution_nouns.count(t[b - 2].lc) && !kind_nouns.count(t[b - 2].lc)) {
          j = b - 1;
          b = nb;
        }
      }
      // "A review commissioned by the council found that ...": the report opening the sentence
      // speaks, not the body that ordered it (phrase_cues.tsv "commissioned")
      if (b >= 3 && b < j && t[b - 1].lc == "by" && commissioning_participles.count(t[b - 2].lc)) {
        std::size_t nb = b - 2;
        while (nb > 0 && speaker_word(t[nb - 1]) && b - 2 - nb < 4) --nb;
        if (nb == 0 && nb < b - 2) {
          j = b - 2;
          b = nb;
        }
      }
      // "Economists polled before the release had expected": a group of speakers (speaker_nouns,
      // generic_speakers) opening its clause, then a participle phrase, is the speaker.
      if (b >= 3 && b < j && stops.count(t[b - 1])) {
        for (std::size_t p = b - 2; p + 3 >= b && p >= 1; --p) {
          if (!(t[p].lc.size() > 4 && t[p].lc.ends_with("ed") && speaker_noun(t[p - 1]))) continue;
          std::size_t nb = p;
          while (nb > 0 && speaker_word(t[nb - 1]) && p - nb < 4) --nb;
          if (nb == 0 || !t[nb - 1].word) {
            b = nb;
            j = p;
          }
          break;
        }
      }
      // Over an auxiliary, an adverb or an aside the speaker is a name (a capital past the
      // sentence's first word), a possessor, a definite body or a group of speakers, with no
      // figure in it: "Countries have reported", "All 29 districts have reported" and "the Fed's
      // seven increases have added" name no speaker.
      if (stepped && b < j) {
        bool named = false, counted = verb->extra == "object";
        for (std::size_t m = b; m < j; ++m) {
          named = named || (m > 0 && is_upper(text[t[m].start])) || t[m].lc.ends_with("'s") || t[m].lc == "the" ||
                  speaker_noun(t[m]);
          counted = counted || in_quantity(m) || number_words.count(t[m].lc) || (t[m].lc[0] >= '0' && t[m].lc[0] <= '9');
        }
        // a figure earlier in the clause ("All 29 of the country's districts have reported")
        for (std::size_t m = b; m-- > 0 && t[m].word && !counted;) counted = in_quantity(m);
        if (!named || counted) b = j;
      }
      // Past forms double as participles ("55 of them confirmed", "cases reported"): then the
      // speaker must look like a name or a definite body ("the health ministry reported").
      static word_list const participles = {"confirmed", "reported", "recorded", "registered",
                                                                  "estimated", "counted", "put", "claimed"};
      if (b < j && participles.count(t[i].lc)) {
        bool named = false;
        for (std::size_t m = b; m < j; ++m)
          named = named || t[m].lc == "the" || is_upper(text[t[m].start]) || speaker_noun(t[m]);
        if (!named) b = j;
      }
      // "a fraction of what aid agencies say is needed": a free relative names no speaker of the
      // sentence's figures
      if (b < j && (t[b].lc == "what" || t[b].lc == "how")) continue;
      if (b < j) {
        // ("she did not expect": a subject pronoun with the verb's auxiliaries after it)
        if ((j - b == 1 && pronouns.count(t[b].lc)) || subject_pronouns.count(t[b].lc)) {
          si.pronoun_speaker = true;
          pronoun_at = std::min(pronoun_at, i);
          continue;
        }
        auto k = speaker_text(b, j);
        if (k.key.empty() && j - b <= 2 && anaphors.count(t[j - 1].lc)) {  // "the agency said"
          // "... of Hamas political leader Ismail Haniyeh, the group said": a name before a
          // person's title earlier in the sentence is the body the anaphor stands for (not a
          // place's adjective: "Israeli Prime Minister")
          for (std::size_t m = b; m-- > 0;) {
            if (!capitalized(m) || m == 0 || demonym_adjectives.count(t[m].lc) || demonyms.count(t[m].lc) ||
                titles.count(t[m].lc) || is_possessive(t[m].lc))
              continue;
            std::size_t n = m + 1;
            if (n < b && t[n].word && !capitalized(n) && !titles.count(t[n].lc)) ++n;  // "political"
            if (n < b && titles.count(t[n].lc) && n + 1 < b && capitalized(n + 1)) {
              std::size_t start = m;  // "Rebel Front military commander": the whole name
              while (start > 1 && capitalized(start - 1) && !titles.count(t[start - 1].lc) && m - start < 3) --start;
              auto named = speaker_text(start, m + 1);
              if (!named.key.empty()) {
                named.text.assign(text.substr(t[b].start, t[i].end - t[b].start));
                return named;
              }
            }
          }
          si.pronoun_speaker = true;
          if (si.anaphor_key.empty()) si.anaphor_key = t[j - 1].lc;
          continue;
        }
        if (!k.key.empty() && !pronouns.count(k.key)) {
          if (b > prep_at) return prep_k;
          // "Lirenia counted 8.42 million people ..., according to figures the office released": a
          // verb that counts the figure right after it tells what was counted; "according to" after
          // every figure names who says so
          if (!prep_k.key.empty() && verb->value == "verb-before" && i + 1 < t.size() && in_quantity(i + 1) &&
              std::all_of(si.parsed.quantities.begin(), si.parsed.quantities.end(),
                          [&](auto const& q) { return q.span.end <= t[prep_at].start; }))
            return prep_k;
          // "About 2,000 people rallied ... after official data showed rents up 6.8%": a speaker
          // in a subordinate clause tells the figures after its verb, not the main clause's
          // before it (read as a relative clause's speaker is)
          if (b >= 2 && speaker_subordinators.count(t[b - 1].lc) &&
              si.relative.first.key.empty() &&
              std::any_of(si.parsed.quantities.begin(), si.parsed.quantities.end(),
                          [&](auto const& q) { return q.span.end <= t[b - 1].start; })) {
            k.text.assign(text.substr(t[b].start, t[i].end - t[b].start));
            si.relative = {std::move(k), i};
            continue;
          }
          k.text.assign(text.substr(t[b].start, t[i].end - t[b].start));
          si.aux_speaker = stepped;
          // "Hospitals recorded 1,605 new cases": a verb whose object is the figure itself counts
          // it; the speaker tells that figure, not the paragraph's next sentences
          si.count_speaker = verb->value == "verb-before" && i + 1 < t.size() && in_quantity(i + 1);
          // "final results announced on Sunday showed": a participle before the verb announces nothing
          si.plan_speaker = verb->extra == "plan";
          for (std::size_t m = i + 1; m < t.size() && m <= i + 4 && si.plan_speaker; ++m)
            for (auto const& v : starting(speech_verbs, t, m))
              if (match_at(t, m, v.words)) si.plan_speaker = false;
          return k;
        }
      }
      // after: "said Gaza's health ministry", "said resident Mohammed Abou Diab"; not for verbs
      // whose object follows ("put the number of people who died at ...").
      if (verb->value != "verb") continue;
      std::size_t e = i + 1;
      while (e < t.size() && ((t[e].word && speaker_word(t[e])) || name_link(e) || (!t[e].word && name_mark(e))) && e - i <= 6) ++e;
      // (or lowercase descriptors, then a name of two capitalized words or more: "said opposition
      // leader Tomas Brek"; speaker_key drops the descriptors)
      auto described_name = [&] {
        std::size_t n = e;
        while (n > i + 1 && capitalized(n - 1)) --n;
        bool lower = n > i + 1 && n - (i + 1) <= 3 && e - n >= 2;
        for (std::size_t m = i + 1; m < n && lower; ++m) lower = t[m].word && !capitalized(m) && !function_words.count(t[m].lc);
        return lower;
      };
      // ("and said the rocket supported about 9,000 jobs", "said its members lost up to C$2
      // million": a lowercase verb after the words is the clause they open, no speaker after
      // "said"; "said the armed forces" is an adjective after its determiner)
      auto clause_after = [&] {
        for (std::size_t m = i + 2; m < e; ++m)
          if (t[m].word && !capitalized(m) && !determiners.count(t[m - 1].lc) &&
              (t[m].pred || t[m].low_pred || t[m].lc.ends_with("ed")))
            return true;
        return false;
      };
      if (e > i + 1 && !pronouns.count(t[i + 1].lc) &&
          (is_upper(text[t[i + 1].start]) || determiners.count(t[i + 1].lc) || described_name()) && !clause_after()) {
        // "said Ostrad's foreign minister, Lena Hask, a former envoy": the name in apposition
        // after a title is the speaker (as "Foreign Minister Lena Hask" would be)
        if (e + 2 < t.size() && t[e].lc == "," && titles.count(t[e - 1].lc) && capitalized(e + 1)) {
          std::size_t n = e + 1;
          while (n < t.size() && n - e <= 3 && capitalized(n)) ++n;
          if (n - (e + 1) >= 2 && (n == t.size() || !t[n].word)) {
            auto k = speaker_text(e + 1, n);
            if (!k.key.empty()) {
              if (i > prep_at) return prep_k;
              k.text.assign(text.substr(t[i].start, t[n - 1].end - t[i].start));
              return k;
            }
          }
        }
        auto k = speaker_text(i + 1, e);
        if (!k.key.empty()) {
          if (i > prep_at) return prep_k;
          k.text.assign(text.substr(t[i].start, t[e - 1].end - t[i].start));
          // "said Rui Tavar, head of the Small Farmers' Federation, which says more than 2,000 of
          // its members ...": a relative clause's speaker after the named one tells the figures
          // after its own verb (as in "..., which on Tuesday again said 471" above)
          for (auto const& later : starts) {
            std::size_t const v = later.i;
            // (", who said his ward had 42 beds" is the person named already)
            if (v < e + 3 || !later.verb || later.verb->value != "verb" || t[v - 1].lc != "which" || t[v - 2].lc != ",")
              continue;
            std::size_t hb = v - 2;
            while (hb > e && ((t[hb - 1].word && speaker_word(t[hb - 1])) || (!t[hb - 1].word && name_mark(hb - 1))) &&
                   t[hb - 1].lc != "of" && v - 2 - (hb - 1) <= 5)
              --hb;
            auto r = speaker_text(hb, v - 2);
            if (hb > e && !r.key.empty() && !pronouns.count(r.key) && si.relative.first.key.empty()) si.relative = {r, v};
            break;
          }
          return k;
        }
      }
    }
    // "Governor Ana Roe opened two shelters and said 800 volunteers had signed up": no speech verb
    // before the joined one; its subject is the name opening the sentence (a capitalized run,
    // titles included, right before a lowercase verb)
    if (prep_k.key.empty() && joined_verb < t.size() && pronoun_at == t.size()) {
      std::size_t b = 0;
      if (b < t.size() && t[b].lc == "the") ++b;
      std::size_t e = b;
      while (e < joined_verb && e - b < 6 && (capitalized(e) || (!t[e].word && name_mark(e)))) ++e;
      if (e > b && e < joined_verb && t[e].word && !capitalized(e) && (t[e].pred || t[e].low_pred || t[e].lc.ends_with("ed"))) {
        auto k = speaker_text(b, e);
        if (!k.key.empty()) {
          k.text.assign(text.substr(t[b].start, t[e - 1].end - t[b].start));
          return k;
        }
      }
    }
    return prep_k;
  }

  // A body that acts, the token index of its act's verb and the end of the act's clause: the
  // figures between are the act's.
  struct actor_match {
    text_key first;
    std::size_t second = 0;
    std::size_t end = SIZE_MAX;
    bool covers(std::size_t q) const { return !first.key.empty() && q > second && q < end; }
    // as actor_match{}, keeping the key's capacity
    void clear() {
      clear_keeping(first);
      second = 0;
      end = SIZE_MAX;
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
  bool act_at(token_span t, std::size_t k, bool period = false) const {
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

  actor_match find_actor(std::string_view text, sentence_info const& si) const {
    token_span const t = si.tokens;
    auto capitalized = [&](std::size_t i) { return i < t.size() && t[i].word && is_upper(text[t[i].start]); };
    auto act_first = [&](std::size_t k) { return act_at(t, k); };
    std::size_t const opens = body_token(si);  // (after a dateline)
    std::size_t i = opens;
    // "The Public Service Alliance, the largest of the unions, is demanding": over an appositive
    // between commas after the name that opens the sentence (the comma that closes it)
    std::size_t appositive_end = 0;
    // after a short opening phrase: "In February, Abu Dhabi agreed ..."
    // (not the comma of a figure: "The ministry has sent 40,000 doses")
    for (std::size_t k = opens; k < t.size() && k < opens + 6; ++k) {
      // ("Harlow Police arrested 41 people, a spokeswoman said": an act before the comma is the
      // sentence's own, no opening phrase)
      if (t[k].word && act_first(k)) break;
      if (t[k].lc == "," && !(k > 0 && k + 1 < t.size() && t[k - 1].end == t[k].start && t[k].end == t[k + 1].start)) {
        if (k + 1 < t.size() && (t[k + 1].lc == "which" || t[k + 1].lc == "who")) break;  // "Israel, which ..."
        if (k >= 2 && k + 2 < t.size() && capitalized(k - 1) && (t[k + 1].lc == "the" || t[k + 1].lc == "a")) {
          std::size_t c = k + 1;
          while (c < t.size() && c - k < 10 && t[c].word && !t[c].pred && !t[c].low_pred) ++c;
          if (c < t.size() && c - k < 10 && t[c].lc == ",") {
            appositive_end = c;
            break;
          }
        }
        i = k + 1;
        break;
      }
    }
    // "The operator, Calder Lines, has taken": the name in apposition after a definite noun
    // opening the sentence is the actor (its closing comma passed over below)
    bool const named_in_apposition = i >= 3 && i <= 4 && t[0].lc == "the" && t[i - 1].lc == "," && capitalized(i) &&
                                     !capitalized(1) && t[1].word && !t[1].pred;
    // (a clause of its own: ", while the ministry has offered 3%")
    if (i < t.size() && (t[i].lc == "and" || t[i].lc == "while" || t[i].lc == "but" || t[i].lc == "whereas")) ++i;
    if (i < t.size() && t[i].lc == "the") ++i;
    std::size_t b = i;
    // (over a plural possessive's apostrophe inside a name: "The Teachers' Federation")
    auto apostrophe = [&](std::size_t x) {
      return x > b && t[x].lc == "\"" && text[t[x].start] != '"' && t[x - 1].end == t[x].start &&
             t[x - 1].lc.ends_with("s") && capitalized(x + 1);
    };
    while (i < t.size() && (capitalized(i) || (titles.count(t[i].lc) && i > b) || apostrophe(i) ||
                            ((t[i].lc == "of" || t[i].lc == "for" || t[i].lc == "and") && i > b && capitalized(i + 1))))
      ++i;
    // "Rating agency Fenwick Ratings raised", "Neighbouring Lirea closed": a lowercase descriptor
    // after the sentence's first word, then a name (speaker_key keeps the name)
    // ("Shares in Brenna Mining closed 8% lower": a preposition is no descriptor; what the sentence
    // opens with is a thing of the name's, not the name)
    if (b == opens && i == opens + 1 && i + 1 < t.size() && t[i].word && !capitalized(i) && !act_first(i) && !t[i].pred &&
        !t[i].low_pred && !function_words.count(t[i].lc)) {
      std::size_t n = i;
      while (n < t.size() && n - i < 2 && t[n].word && !capitalized(n) && !act_first(n) && !t[n].pred && !t[n].low_pred)
        ++n;
      std::size_t m = n;
      while (m < t.size() && m - n < 4 && capitalized(m)) ++m;
      if (m > n) i = m;
    }
    // "Turkish authorities": a group of speakers after a name
    while (i < t.size() && i > b && i - b < 4 && speaker_noun(t[i])) ++i;
    // "Castlebridge council has given": a body noun in lowercase right after a name is the body's
    // (not after a possessive: "The Fund's board approved" is the possessor's, below)
    if (i > b && i < t.size() && t[i].word && !capitalized(i) && body_nouns.count(t[i].lc) && !is_possessive(t[i - 1].lc))
      ++i;
    // "The government raised", "the central bank cut": a definite body named by its kind
    // (grammars/body_nouns.tsv) at the head of the sentence
    if (i == b && b > 0 && t[b - 1].lc == "the") {
      std::size_t k = b;
      auto body = [&](std::size_t x) { return body_nouns.count(t[x].lc) || titles.count(t[x].lc); };  // "The minister"
      // (over a plural possessive's apostrophe: "The teachers' union")
      auto glued = [&](std::size_t x) { return t[x].lc == "\"" && x > b && t[x - 1].end == t[x].start && t[x - 1].lc.ends_with("s"); };
      while (k < t.size() && k - b < 4 && (t[k].word || glued(k)) && !capitalized(k) && !act_first(k) && !body(k)) ++k;
      if (k < t.size() && t[k].word && body(k) && !capitalized(k)) i = k + 1;
    }
    if (i == b || i - b > 8) return {};
    std::size_t e = i;
    if (appositive_end && i < appositive_end && t[i].lc == ",") i = appositive_end + 1;
    if (named_in_apposition && i < t.size() && t[i].lc == ",") ++i;
    // "The International Monetary Fund's executive board": the possessor is the actor;
    // "Veloria's central bank raised": a place's body is ("veloria central bank"), unless what
    // the possessor has is one of its organs (grammars/body_nouns.tsv "organ": board, committee)
    auto const& last = t[e - 1].lc;
    if (last.size() > 2 && last.compare(last.size() - 2, 2, "'s") == 0) {
      while (i < t.size() && i - e < 3 && t[i].word && !capitalized(i) && !act_first(i) && t[i].lc != "on") ++i;
      if (i > e && body_nouns.count(t[i - 1].lc) && !body_organs.count(t[i - 1].lc)) e = i;
    }
    std::size_t end = SIZE_MAX;
    if (i + 2 < t.size() && t[i].lc == "," && (t[i + 1].lc == "which" || (t[i + 1].lc == "who" && !capitalized(i + 1)))) {
      i += 2;
      end = i;
      while (end < t.size() && t[end].lc != "," && end - i < 16) ++end;
      if (end >= t.size() || t[end].lc != ",") return {};
      // "Mayor Ana Ruiz, who took office in May, pledged ...": a relative clause with no act of
      // its own is passed over to the name's own verb after it
      std::size_t v = i;
      while (v < end && (t[v].lc == "has" || t[v].lc == "have" || t[v].lc == "had" || t[v].lc == "also")) ++v;
      if (!act_first(v) && end + 1 < t.size()) {
        i = end + 1;
        end = SIZE_MAX;
      }
    }
    if (i + 1 < t.size() && t[i].lc == "on" && calendar_words.count(t[i + 1].lc)) i += 2;
    // (and "now" right after the name: "The authority now plans to vaccinate"; "The Fed has now
    // raised rates by 2.25 points since March" tells the story so far, the narrator's)
    if (i < t.size() && t[i].lc == "now") ++i;
    // (over auxiliaries, and adverbs after them: "has also", "had originally", "will", "would": a
    // plan is an act too)
    for (bool aux = false; i < t.size(); ++i) {
      bool const is_aux = t[i].lc == "has" || t[i].lc == "have" || t[i].lc == "had" || t[i].lc == "will" ||
                          t[i].lc == "would" || t[i].lc == "also";
      if (!is_aux && !(aux && t[i].lc != "now" && i + 1 < t.size() && t[i + 1].word && speech_adverbs.count(t[i].lc)))
        break;
      aux = aux || is_aux;
    }
    // "The teachers' union is demanding": a progressive act
    if (i + 1 < t.size() && (t[i].lc == "is" || t[i].lc == "are") && act_first(i + 1)) ++i;
    if (i < t.size() && !act_first(i) && end == SIZE_MAX && (t[i].pred || t[i].low_pred || t[i].lc.ends_with("ed"))) {
      // the act joined by "and" to the subject's first verb, in the same clause
      for (std::size_t k = i + 1; k + 1 < t.size() && t[k].word && k - i < 12; ++k)
        if (t[k].lc == "and" && act_first(k + 1)) {
          i = k + 1;
          break;
        }
    }
    if (i >= t.size() || !act_first(i)) return {};
    for (std::size_t m = b; m < e; ++m)
      if (calendar_words.count(t[m].lc)) return {};
    // "raised its main rate to 5.5%, after inflation rose to 4.9% in May": a clause of its own after
    // the act (a subordinator with its own subject, not "after raising") tells the narrator's
    // background
    static word_list const subordinators = {"after", "as", "while", "when", "because", "since",
                                            "although", "though", "before", "whereas", "until"};
    if (end == SIZE_MAX)
      for (std::size_t k = i + 1; k + 2 < t.size(); ++k)
        if (t[k].lc == "," && subordinators.count(t[k + 1].lc) && t[k + 2].word && !t[k + 2].lc.ends_with("ing") &&
            std::none_of(si.parsed.quantities.begin(), si.parsed.quantities.end(),
                         [&](auto const& q) { return t[k + 2].start >= q.span.start && t[k + 2].start < q.span.end; })) {
          end = k;
          break;
        }
    auto k = speaker_key(text, t, b, e);
    if (k.key.empty()) return {};
    return {k, i, end};
  }

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
  static std::string const& iso_of(ymd const& d) {
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

  // Every date phrase of a sentence, resolved against `published`.
  // (into `cands`, cleared first: extract keeps one vector for its sentences, whose capacity is
  // reused instead of a vector allocated and grown per sentence)
  void date_candidates(sentence_info const& si, ymd const* pub, std::string const* previous,
                       std::vector<date_cand>& cands) const {
    token_span const t = si.tokens;
    using cand = date_cand;
    cands.clear();
    // A date without its year in a clause about the future ("will stay capped until April", "will
    // take office on Jan. 1", "plans to build 2,000 homes in September": a cue of modality.tsv
    // for plans before it; not "to be", which is no plan in "found to be") is the next such date,
    // not the last one.
    auto future = [&](std::size_t pos) {
      auto const d = token_at(t, pos);
      if (d > 0 && t[d - 1].lc == "the") return false;  // "the Oct. 2 vote" names a past event
      for (std::size_t i = d > 16 ? d - 16 : 0; i < d; ++i) {
        // ("to be" + a participle is a plan, "to be paid from May"; "found to be" is none)
        if (t[i].lc == "to" && i + 2 < d && t[i + 1].lc == "be" && t[i + 2].word &&
            (t[i + 2].pred || (t[i + 2].lc.size() > 4 && ends_lit(t[i + 2].lc, "ed"))))
          return true;
        if (!t[i].word || t[i].lc == "to") continue;
        if (t[i].lc == "shall") return true;
        if (attributive_planned(t, i)) continue;
        // (the token's modality_by_first entry, looked up by intern)
        if (!t[i].modality) continue;
        for (auto const idx : *t[i].modality)
          if (modality_kinds[idx] == modality::planned && modality_cues[idx].extra.empty() &&
              match_at(t, i, modality_cues[idx].words))
            return true;
      }
      return false;
    };
    // The year of a month named without one: the latest such month on or before publication, or
    // in a clause about the future the next one on or after it (needs `pub`).
    auto month_year = [&](int month, std::size_t pos) {
      return future(pos) ? pub->y + (month < pub->m ? 1 : 0) : pub->y - (month > pub->m ? 1 : 0);
    };
    auto word_before = [&](std::size_t pos) -> folded_view {
      auto i = token_at(t, pos);
      return i > 0 ? t[i - 1].lc : folded_view();
    };
    for (auto const& d : si.parsed.dates) {
      cand k{d.span.start, {}, date_basis::explicit_date, d.since, d.year != 0};
      if (d.weekday >= 0) {
        if (!pub) continue;
        long p = days_from_civil(pub->y, pub->m, pub->d);
        int back = (weekday_of(p) - d.weekday + 7) % 7;
        // "last Wednesday": the latest one strictly before publication (docs/corpus.md)
        if (back == 0 && word_before(d.span.start) == "last") back = 7;
        k.value = format_iso(civil_from_days(p - back));
        k.basis = date_basis::relative;
      } else if (d.day > 0 && d.month > 0) {
        int y = d.year;
        if (!y) {
          if (!pub) continue;
          y = pub->y;
          long const pd = days_from_civil(pub->y, pub->m, pub->d);
          if (days_from_civil(y, d.month, d.day) > pd) --y;
          if (future(d.span.start) && days_from_civil(y, d.month, d.day) < pd) ++y;
        }
        k.value = format_iso({y, d.month, d.day});
      } else if (d.month > 0) {
        int y = d.year;
        if (!y) {
          if (!pub) continue;
          y = month_year(d.month, d.span.start);
          // "last September": resolved against publication (docs/corpus.md `relative`), the
          // latest such month strictly before the publication's month
          if (word_before(d.span.start) == "last") {
            k.basis = date_basis::relative;
            y = pub->y - (d.month >= pub->m ? 1 : 0);
          }
        }
        k.value = format_month(y, d.month);
      } else {
        continue;
      }
      k.end = d.span.end;
      // "until April": the end of a period, not the date the figure is about
      if (word_before(d.span.start) == "until") k.since = true;
      k.from = word_before(d.span.start) == "from";
      cands.push_back(std::move(k));
    }
    // "in July and August", "from May to June": a span of months is no single date
    // (fewer than two phrases: no span, and the sort leaves them as they are)
    if (cands.size() >= 2) {
      std::sort(cands.begin(), cands.end(), [](cand const& x, cand const& y) { return x.pos < y.pos; });
      std::vector<bool> span(cands.size(), false);
      for (std::size_t a = 0; a + 1 < cands.size(); ++a) {
        auto const& x = cands[a];
        auto const& y = cands[a + 1];
        if (x.value.size() != 7 || y.value.size() != 7 || !x.end) continue;
        auto const xe = token_at(t, x.end - 1), ys = token_at(t, y.pos);
        auto const& w = t[xe + 1].lc;
        if (ys == xe + 2 && (w == "and" || w == "to" || w == "-" || w == "through")) {
          span[a] = true;
          // "between January and May": a period's figure is dated by its last month, as a
          // quarter's is (docs/corpus.md date)
          auto const xs = token_at(t, x.pos);
          span[a + 1] = !(w == "and" && xs > 0 && t[xs - 1].lc == "between");
        }
      }
      std::vector<cand> kept;
      for (std::size_t a = 0; a < cands.size(); ++a)
        if (!span[a]) kept.push_back(std::move(cands[a]));
      cands.swap(kept);
    }
    // The tokens the loops below can start at, in one pass (each loop visits only its own, in
    // token order): a month name that is also a word, a four-digit word, a count before the
    // first word of some cue, the first word of a relative_dates cue.
    enum : std::uint8_t { month_word = 1, year_word = 2, count_word = 4, relative_word = 8 };
    thread_local std::vector<std::pair<std::size_t, std::uint8_t>> marks;
    marks.clear();
    auto digits = [](std::string_view w) {
      return std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    // (only the tokens that start with a digit or are one of date_starts: intern's list)
    thread_local std::vector<std::uint32_t> buf;
    for (std::size_t const i : notable_of(si, date_start, buf)) {
      auto const& w = t[i].lc;
      std::size_t const n = w.size();
      std::uint8_t m = 0;
      if (n == 3 || n == 5) {
        if (w == "may" || w == "march") m = month_word;
      } else if (n == 4 && digits(w)) {
        m = year_word;
      }
      // (number_words holds number_values' words)
      if (n > 0 && i + 1 < t.size() && t[i + 1].cue_first && ((n <= 3 && digits(w)) || number_words.count(w)))
        m |= count_word;
      // (a cue of one word, or of two or more whose second word follows)
      if (t[i].cue_first &&
          (relative_singles.count(w) || (i + 1 < t.size() && relative_seconds.count(t[i + 1].lc)))) {
        auto const r = starting(relative_dates, t, i);
        if (r.begin() != r.end()) m |= relative_word;
      }
      if (m) marks.emplace_back(i, m);
    }
    // "in May", "by March": month names that are also words, after a preposition.
    for (auto const& [i, mark] : marks) {
      if (!(mark & month_word) || i < 1 || !pub) continue;
      if ((t[i].lc != "may" && t[i].lc != "march") || !is_upper(si.text[t[i].start])) continue;
      auto const& before = t[i - 1].lc;
      // ("at the end of May", "by the start of March": a month's part names the month)
      bool const part = before == "of" && i >= 2 &&
                        (t[i - 2].lc == "end" || t[i - 2].lc == "start" || t[i - 2].lc == "beginning" ||
                         t[i - 2].lc == "middle");
      // "in the year to May", "the 12 months to March": the period ends in the month
      bool const year_to = before == "to" && i >= 2 && (t[i - 2].lc == "year" || t[i - 2].lc == "months");
      // "between January and May" (the last month, as above; the first is dropped)
      // (no capture of the structured binding i: clang 14)
      std::size_t const first_at = i >= 3 && before == "and" && t[i - 3].lc == "between" ? t[i - 2].start : SIZE_MAX;
      auto const first_month =
          first_at == SIZE_MAX ? cands.end() : std::find_if(cands.begin(), cands.end(), [first_at](cand const& x) {
            return x.value.size() == 7 && x.pos == first_at;
          });
      bool const between = first_month != cands.end();
      bool const last = before == "last";  // "last March", relative as "last September" above
      if (!part && !year_to && !between && !last && before != "in" && before != "from" && before != "since" &&
          before != "by" && before != "until")
        continue;
      if (i + 1 < t.size() && t[i + 1].word && t[i + 1].lc[0] >= '0' && t[i + 1].lc[0] <= '9') continue;
      if (between) cands.erase(first_month);
      int m = t[i].lc == "may" ? 5 : 3;
      int const y = last ? pub->y - (m >= pub->m ? 1 : 0) : month_year(m, t[i].start);
      cands.push_back({t[i].start, format_month(y, m), last ? date_basis::relative : date_basis::explicit_date,
                       before == "from" || before == "since" || before == "until", false, t[i].end});
      cands.back().from = before == "from";
    }
    // A year alone: "in 2019", "the 1960 earthquake" (the parser leaves years out of quantities).
    for (auto const& marked : marks) {
      // (no structured binding: clang 14, which builds the fuzz targets, cannot capture one in a lambda)
      std::size_t const i = marked.first;
      auto const mark = marked.second;
      if (!(mark & year_word) || i < 1) continue;
      auto const& w = t[i].lc;
      if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) continue;
      int y = year_digits(w);
      if (y < 1800 || y > 2100) continue;
      auto const& before = t[i - 1].lc;
      // ("by 2027": the year a plan names; "an allowance for 2025": the year it is for)
      bool in = before == "in" || before == "during" || before == "by" || before == "for";
      // ("the 1960 Agadir earthquake"; "The 2027 edition will feature ...": the subject's year)
      bool the = before == "the" && i + 1 < t.size() && t[i + 1].word &&
                 (is_upper(si.text[t[i + 1].start]) || i == 1);
      // "in the first nine months of 2026", "the first half of 2025": the period's last month,
      // as a quarter's (docs/corpus.md date)
      int last_month = 0;
      if (before == "of" && i >= 4 && t[i - 4].lc == "first" && t[i - 2].lc == "months")
        if (auto it = number_values.find(std::string(t[i - 3].lc)); it != number_values.end() && it->second >= 1 && it->second <= 12)
          last_month = it->second;
      if (before == "of" && i >= 3 && t[i - 2].lc == "half" && t[i - 3].lc == "first") last_month = 6;
      if (!in && !the && !last_month && before != "since") continue;
      if (i + 2 < t.size() && (t[i + 1].lc == "and" || t[i + 1].lc == "to" || t[i + 1].lc == "-") && t[i + 2].lc.size() == 4)
        continue;  // "in 2020 and 2021": a span of years, not a date
      bool taken = std::any_of(cands.begin(), cands.end(), [&](date_cand const& k) { return k.pos <= t[i].start && t[i].start < k.end; });
      if (taken) continue;
      if (last_month) {
        cands.push_back({t[i - (t[i - 2].lc == "half" ? 3 : 4)].start, format_month(y, last_month), date_basis::explicit_date, false, true, t[i].end});
        continue;
      }
      cands.push_back({t[i].start, std::string(w), date_basis::explicit_date, before == "since", true, t[i].end});
      cands.back().year_for = before == "for";
    }
    if (pub) {
      long const p = marks.empty() ? 0 : days_from_civil(pub->y, pub->m, pub->d);  // (read only at a mark)
      std::size_t relative_end = 0;  // end of the last relative phrase read
      // "fell 11% in August from a year earlier", "two more than a week earlier": a time a figure
      // is compared with is the base of a change, not a date of the sentence's figures
      // (not "than" of a qualifier: "Less than two weeks earlier")
      auto compared = [&](std::size_t i) {
        // "up 12 percent on last year": "on" right after a figure names the base of its change
        // ("on the same day" after a figure is its day)
        if (i > 0 && t[i - 1].lc == "on" && (t[i].lc == "last" || t[i].lc == "a"))
          return std::any_of(si.parsed.quantities.begin(), si.parsed.quantities.end(), [&](auto const& q) {
            return q.span.end <= t[i - 1].start && t[i - 1].start - q.span.end <= 1;
          });
        if (i == 0 || (t[i - 1].lc != "from" && t[i - 1].lc != "than")) return false;
        if (t[i - 1].lc == "from" || i < 2) return true;
        auto const& q = t[i - 2].lc;
        return !(q == "less" || q == "more" || q == "fewer") ||
               (i > 2 && (number_words.count(t[i - 3].lc) || (t[i - 3].lc[0] >= '0' && t[i - 3].lc[0] <= '9')));
      };
      // What "a week earlier" counts from: the day the sentence named before the phrase ("1,240
      // cases on Tuesday, up from 1,105 a week earlier"), else the first day it names after it
      // ("rose to 3,310, up from 2,740 a week earlier, the ministry said on Friday"), else
      // the day the previous sentence gave, else publication (the sentence is told as of it).
      auto previous_anchor = [&](std::size_t i) -> std::string {
        std::string const* from = nullptr;
        for (auto const& k : cands)
          if (k.end <= t[i].start && k.value.size() == 10 && !k.since) from = &k.value;
        for (auto const& k : cands)
          if (!from && k.pos > t[i].start && k.value.size() == 10 && !k.since) from = &k.value;
        if (!from) from = previous;
        return from ? *from : format_iso(*pub);
      };
      // "two days earlier", "three weeks before": counted_dates rows after a count of units
      for (auto const& [i, mark] : marks) {
        // (no counted_dates row can match before a token that starts no cue: see match_at)
        if (!(mark & count_word)) continue;
        auto const& w = t[i].lc;
        int n = 0;
        if (auto it = number_values.find(std::string(w)); it != number_values.end()) n = it->second;
        else if (!w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) && w.size() <= 3)
          n = std::atoi(std::string(w).c_str());
        if (n <= 0) continue;
        // (the rows that start with the next token's word, in list order)
        for (auto const& r : starting(counted_dates, t, i + 1)) {
          if (!match_at(t, i + 1, r.words)) continue;
          int const off = n * std::atoi(r.value.c_str());
          std::string v;
          if (r.extra == "previous") {
            ymd prev;
            if (!parse_iso(previous_anchor(i), prev)) break;
            v = format_iso(civil_from_days(days_from_civil(prev.y, prev.m, prev.d) + off));
          } else if (r.extra == "day") {
            v = format_iso(civil_from_days(p + off));
          }
          if (!v.empty())
            cands.push_back({t[i].start, v, date_basis::relative, compared(i), false, t[i + r.words.size()].end});
          relative_end = std::max(relative_end, t[i + r.words.size()].end);
          break;
        }
      }
      for (auto const& [i, mark] : marks) {
        if (!(mark & relative_word)) continue;
        // "later this month": the longer phrase is read, not "this month" inside it
        if (t[i].start < relative_end) continue;
        for (auto const& r : starting(relative_dates, t, i)) {
          // (the second word first, inline: "the" and "a" start many cues)
          if (r.words.size() > 1 && (i + 1 >= t.size() || !same_word(t[i + 1].lc, r.words[1]))) continue;
          if (!match_at(t, i, r.words)) continue;
          relative_end = std::max(relative_end, t[i + r.words.size() - 1].end);
          int off = std::atoi(r.value.c_str());
          std::string v;
          if (r.extra == "day") {
            v = format_iso(civil_from_days(p + off));
          } else if (r.extra == "month") {
            v = month_back(pub->y, pub->m, off);
          } else if (r.extra == "previous") {
            if (auto from = previous_anchor(i); !from.empty()) {
              ymd prev;
              if (!parse_iso(from, prev)) continue;
              v = format_iso(civil_from_days(days_from_civil(prev.y, prev.m, prev.d) + off));
            }
          } else if (r.extra == "monthback") {
            // "fell 2.4% in March after rising 1.1% the previous month": months back from the
            // sentence's nearest earlier month, else its nearest earlier day, else publication
            // (a month before a day: "rose 3.1% in the year to October, the office said on
            // Tuesday, up from 2.8% the previous month" is September's)
            date_cand const* anchor = nullptr;
            for (auto const& k : cands)
              if (k.end <= t[i].start && k.value.size() >= 7 && !compared(token_at(t, k.pos)) &&
                  (!anchor || (k.value.size() == 7) > (anchor->value.size() == 7) ||
                   ((k.value.size() == 7) == (anchor->value.size() == 7) && k.pos > anchor->pos)))
                anchor = &k;
            int y = pub->y, m = pub->m;
            if (anchor) {
              y = std::atoi(anchor->value.substr(0, 4).c_str());
              m = std::atoi(anchor->value.substr(5, 2).c_str());
            }
            v = month_back(y, m, off);
          } else if (r.extra == "yearback") {
            // "3% in June from a peak of 9.6% a year earlier": the same period, years back from
            // the sentence's nearest earlier date phrase (a day, month or year)
            // (with none, publication: "are at 18% of capacity, down from 46% a year earlier")
            date_cand const* anchor = nullptr;
            for (auto const& k : cands)
              if (k.end <= t[i].start && !k.value.empty() && k.value.size() >= 4 && (!anchor || k.pos > anchor->pos))
                anchor = &k;
            std::string const& from = anchor ? anchor->value : iso_of(*pub);
            v = years_before(from, off);
            if (!anchor) {
              cands.push_back({t[i].start, v, date_basis::relative, compared(i), false, t[i + r.words.size() - 1].end});
              cands.back().years_back = off;
              continue;
            }
          } else if (r.extra == "weekend") {
            int back = (weekday_of(p) - 5 + 7) % 7;  // the Saturday on or before
            v = format_iso(civil_from_days(p - back));
          } else if (r.extra == "year") {
            v = fmt::format("{:04}", pub->y + off);
          } else if (r.extra == "planyear") {
            // "this year": the year a plan or forecast names ("expects inflation to average 6.5%
            // this year"); a fact counted "this year" is as of publication (find_date)
            cands.push_back({t[i].start, fmt::format("{:04}", pub->y + off), date_basis::relative, false, false,
                             t[i + r.words.size() - 1].end});
            cands.back().plan_only = true;
            continue;
          } else if (r.extra == "quarter") {
            // "in the second quarter": dated by the quarter's last month, of the latest year in
            // which the quarter has begun by publication, or of the year written after it
            int const last = 3 * off;
            int y = pub->y - (last - 2 > pub->m ? 1 : 0);
            std::size_t e = i + r.words.size();
            if (e + 1 < t.size() && t[e].lc == "of") ++e;
            if (e < t.size() && t[e].lc.size() == 4 && std::all_of(t[e].lc.begin(), t[e].lc.end(), [](char ch) {
                  return ch >= '0' && ch <= '9';
                }))
              y = year_digits(t[e].lc);
            cands.push_back({t[i].start, format_month(y, last), date_basis::explicit_date, false, true,
                             t[i + r.words.size() - 1].end});
            continue;
          } else if (r.extra == "published") {
            // "this week": no date of its own, the article's
            cands.push_back({t[i].start, format_iso(*pub), date_basis::published, false, false,
                             t[i + r.words.size() - 1].end});
            continue;
          }
          if (!v.empty())
            cands.push_back({t[i].start, v, date_basis::relative, compared(i), false, t[i + r.words.size() - 1].end});
        }
      }
    }
    // What each date phrase attaches to. Speech: a speech verb within two words before it ("said
    // on Friday", "announced on Monday"), or the phrase right after a speech verb at the clause end
    // ("..., the ministry said on Saturday evening"). Attributive: "the Oct. 7 attack".
    // Since: inside a "since ..." clause ("since Israel ordered evacuations ... on May 6").
    std::sort(cands.begin(), cands.end(), [](cand const& x, cand const& y) { return x.pos < y.pos; });
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      auto& k = cands[ci];
      auto const i = token_at(t, k.pos);
      k.tok = i;
      k.last_tok = token_at(t, k.end > 0 ? k.end - 1 : k.pos, i);  // (a phrase is a few tokens)
      // "results released on Tuesday showed"
      for (std::size_t j = i; j < t.size() && j < i + 4; ++j) {
        if (t[j].start < k.end) continue;
        for (auto const& v : starting(speech_verbs, t, j)) k.speech = k.speech || match_at(t, j, v.words);
        break;
      }
      // "two more than on Sunday": the time a figure is compared with is no date of the figure
      if (i > 1 && (t[i - 1].lc == "than" ||
                    (t[i - 2].lc == "than" && (t[i - 1].lc == "on" || t[i - 1].lc == "in" || t[i - 1].lc == "at"))))
        k.since = true;
      // "since March last year": a phrase right after a period's start continues it
      if (ci > 0 && cands[ci - 1].since && cands[ci - 1].end <= k.pos && k.pos - cands[ci - 1].end <= 2) k.since = true;
      for (std::size_t j = i; j > 0 && i - j < 3; --j) {
        bool verb = false;
        for (auto const& v : starting(speech_verbs, t, j - 1)) verb = verb || match_at(t, j - 1, v.words);
        if (verb) k.speech = true;
        if (!t[j - 1].word) break;
      }
      if (i > 0 && t[i - 1].lc == "the") {
        std::size_t e = i;
        while (e < t.size() && t[e].start < k.end) ++e;
        if (e < t.size() && t[e].word && !function_words.count(t[e].lc)) k.attributive = true;
      }
      // "killed before Saturday's cup final": a day's possessive after "before"/"after" names
      // another event the figure is timed by, not the figure's day ("won 71 seats in Sunday's
      // election" is the election's)
      if (k.basis == date_basis::relative && k.value.size() == 10 && i == k.last_tok && i > 0 &&
          (t[i - 1].lc == "before" || t[i - 1].lc == "after") && is_possessive(t[i].lc))
        k.attributive = true;
      bool verb_between = false;  // "since Israel ordered ... on May 6", not "since the middle of October"
      for (std::size_t j = i; j > 0 && i - j < 14; --j) {
        if (!t[j - 1].word) break;
        if (t[j - 1].lc == "since" && verb_between) {
          k.since = true;
          k.since_at = j - 1;
        }
        auto const& w = t[j - 1].lc;
        // (the token's vocabulary entry: no hash per word)
        // ("since records began in 1950": a period verb is the clause's verb too)
        if (predicate_of(t[j - 1], false) || (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) ||
            period_verbs.count(t[j - 1].lc))
          verb_between = true;
      }
      // "the truce that ended on Friday": the bound of the noun's period (grammars/period_verbs.tsv)
      for (std::size_t j = i; j >= 2 && i - j < 4; --j) {
        if (!t[j - 1].word) break;
        if (period_verbs.count(t[j - 1].lc) && (t[j - 2].lc == "that" || t[j - 2].lc == "which"))
          k.since = k.period = true;
      }
    }
  }

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
  // (into `out`, cleared first: see date_candidates)
  void embedded_clauses(sentence_info const& si, std::vector<date_cand> const& cands,
                        std::vector<embedded_clause>& out) const {
    token_span const t = si.tokens;
    out.clear();
    auto boundary = [&](std::size_t i) {
      auto const& w = t[i].lc;
      if (t[i].word || !(w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93"))
        return false;
      for (auto const& k : cands)
        if (t[i].start >= k.pos && t[i].start < k.end) return false;
      for (auto const& q : si.parsed.quantities)
        if (t[i].start >= q.span.start && t[i].start < q.span.end) return false;
      return true;
    };
    static word_set const verbish = {"had", "has", "have", "was", "were", "is", "are", "will", "would", "could"};
    std::size_t const nt = t.size();
    thread_local std::vector<std::uint32_t> buf;
    for (std::size_t const i : notable_of(si, clause_opener, buf)) {
      if (i == 0) continue;
      if (i + 1 >= nt) break;
      auto const& w = t[i].lc;
      bool when = w == "when" && t[i - 1].lc == ",";
      bool rel = (w == "which" || w == "whom" || (w == "who" && !is_upper(si.text[t[i].start]))) &&
                 (t[i - 1].lc == "," || (t[i - 1].word && !function_words.count(t[i - 1].lc)));
      // ", where a hillside gave way on Sunday": a place's own clause dates its own verb
      rel = rel || (w == "where" && t[i - 1].lc == ",");
      if (w == "that" && t[i - 1].word && !function_words.count(t[i - 1].lc) && !calendar_words.count(t[i - 1].lc) &&
          !t[i - 1].pred && !t[i - 1].low_pred && !verbish.count(t[i - 1].lc) && t[i + 1].word) {
        bool speech_verb = false;
        for (auto const& v : speech_verbs) speech_verb = speech_verb || (v.words.size() == 1 && v.words[0] == t[i - 1].lc);
        auto const& n = t[i + 1].lc;
        rel = !speech_verb && (verbish.count(n) || t[i + 1].pred || (n.size() > 4 && ends_lit(n, "ed")));
      }
      // ", of which €800m would go on a payment in December": the clause's month is its own
      rel = rel || ((w == "which" || w == "whom") && t[i - 1].lc == "of" && i >= 2 && t[i - 2].lc == ",");
      // "The league said 90,000 passes had been bought, ..., and that the derby had sold out in
      // January": a second reported clause dates its own verb
      bool const reported = w == "that" && t[i - 1].lc == "and" && i >= 2 && t[i - 2].lc == ",";
      if (!when && !rel && !reported) continue;
      std::size_t e = i + 1;
      while (e < t.size() && !boundary(e)) ++e;
      out.push_back({i, e, when, !reported && t[i - 1].lc != "," && t[i - 1].lc != "of"});
    }
    // "Of the 5,000 flats flooded on April 2, 4,100 were dry again within a week": a fronted
    // whole's phrase keeps its day for the whole; the part after its comma has its own time
    if (!cands.empty() && nt > 3 && t[0].lc == "of" && (t[1].lc == "the" || t[1].lc == "its" || t[1].lc == "their")) {
      std::size_t e = 2;
      while (e < nt && !boundary(e)) ++e;
      if (e < nt && t[e].lc == ",") out.push_back({0, e, false, false});
    }
    // "The vessel, built in 1994, left port carrying 287": a participle phrase between commas
    // with a year right after its participle dates the participle, as a relative clause does
    // (only where a date phrase is: the sentence's commas visited)
    if (!cands.empty())
      for (std::size_t const i : si.marks) {
        if (i + 3 >= nt || t[i].lc != "," || !t[i + 1].word || (t[i + 2].lc != "in" && t[i + 2].lc != "on")) continue;
        auto const& p = t[i + 1].lc;
        if (!(past_participles.count(p) || (p.size() > 4 && ends_lit(p, "ed")))) continue;
        std::size_t e = i + 2;
        while (e < nt && !boundary(e)) ++e;
        // (a year only: "The vessel, built in 1994,"; "The survey, released on Monday, found 40%"
        // is as of its release, a day that dates the report)
        bool const year = std::any_of(cands.begin(), cands.end(), [&](date_cand const& k) {
          return k.value.size() == 4 && k.tok > i + 1 && k.tok < e;
        });
        if (e < nt && t[e].lc == "," && e - i <= 8 && year) out.push_back({i + 1, e, false, false});
      }
  }

  // Date of a claim: the nearest date phrase of its sentence, else the date its paragraph's
  // previous sentence gave (the sentence continues its time frame), else publication.
  // (Inheriting the lede's date across paragraphs was tried and lowered date F1: 0.66 -> 0.57.)
  void find_date(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast, ymd const* pub,
                 std::vector<date_cand> const* sentence_dates, std::vector<byte_span> const& figures,
                 date_frame const& frame, std::string const& own_speaker, date_frame const& lede_act,
                 std::vector<embedded_clause> const* sentence_clauses = nullptr,
                 std::string const* previous_start = nullptr) const {
    token_span const t = si.tokens;
    using cand = date_cand;
    // The tense around the figure, from the tense words in its windows (tokens qfirst - 24 to
    // qlast + 6; tense_words):
    // - present: present-tense state ("are still being held", "is now greater than", "now live")
    //   is as of the date it is told: a speech date of the sentence, else publication;
    // - perfect: a present or perfect tense ("Gaza is home to", "have died") continues no frame
    //   (read below);
    // - will: a sentence about the future ("will stay capped at £2,500") continues no past frame.
    // (read when first needed: a figure dated by publication before, or with neither a phrase
    // nor a frame to choose, needs none of them)
    bool present = false, perfect = false, will = false, tense_read = false, own_perfect = false;
    auto read_tense = [&] {
      if (tense_read) return;
      tense_read = true;
      std::size_t const lo = qfirst > 24 ? qfirst - 24 : 0, hi = std::min(t.size(), qlast + 7);
      auto tense_word_at = [&](std::size_t i) {
        auto const& w = t[i].lc;
        bool const has = w == "has" || w == "have";
        if (i <= qlast + 4 && (has || w == "is" || w == "are")) perfect = true;
        if (i < qfirst) {
          if (i + 12 >= qfirst && (w == "will" || w == "shall")) will = true;
          if (i + 2 >= qfirst && (w == "now" || w == "still" || w == "currently")) present = true;
          // a perfect that counts up to now: "has killed close to 3,000"
          if (i + 3 >= qfirst && has) present = true;
        } else if (i > qlast) {
          // "the lowest since 2001" compares with a period; it does not count up to now
          // ("the worst season since 2017", "the highest since": a superlative up to two words
          // before "since"; every one ends in "st")
          bool superlative = false;
          for (std::size_t j = i; w == "since" && j > 0 && i - j < 3 && !superlative && t[j - 1].word; --j)
            superlative = ends_lit(t[j - 1].lc, "st");
          if (!superlative && (w == "still" || w == "now" || w == "currently" || w == "remain" || w == "remains" ||
                               w == "since"))
            present = true;
        }
      };
      // (the sentence's tense words: intern's list; a window of 31 tokens is most of a sentence)
      thread_local std::vector<std::uint32_t> buf;
      for (std::size_t const i : notable_of(si, tense_word, buf)) {
        if (i >= hi) break;
        if (i >= lo && t[i].word) tense_word_at(i);
      }
      // a perfect that is the figure's own verb phrase, however far after it ("and more than
      // 40,000 of those patients, roughly 23%, have waited over a year")
      if (c.predicate_span.end > c.predicate_span.start && c.predicate_span.start >= t[qlast].end) {
        auto const pb = token_at(t, c.predicate_span.start);
        own_perfect = pb < t.size() && (t[pb].lc == "has" || t[pb].lc == "have");
      }
      // a present verb right before the figure states what holds now ("the plant, which opened
      // in 1987 and employs about 2,100 people", "which represents 310 stores", "employs 1,300
      // people and had sales of $410 million last year"): not dated by another clause's phrase
      if (!present && qfirst >= 1 && c.predicate_span.end == t[qfirst - 1].end) {
        auto const& v = t[qfirst - 1];
        present = v.word && (v.pred || v.low_pred) && v.lc.size() > 4 && v.lc.ends_with('s') && !v.lc.ends_with("ss") &&
                  !is_upper(si.text[v.start]) && !(qfirst >= 2 && t[qfirst - 2].word && predicate_aux.count(t[qfirst - 2]));
      }
    };
    auto const& cands = *sentence_dates;
    std::size_t const qpos = t.empty() ? 0 : t[qfirst].start;
    std::size_t const qend = t.empty() ? 0 : t[qlast].end;
    // A date after a later figure that brings its own time ("up from 52 in 2019", "compares with
    // 57.5% in 2019", "up from 33,482 on Thursday") is that figure's, not this one's.
    auto owned_by_later = [&](cand const& k) {
      if (k.pos < qend) return false;
      for (auto const& f : figures) {
        if (f.start <= qpos || f.start >= k.pos) continue;
        auto const i = token_at(t, f.start);
        // (an earlier level with a phrase of its own before k leaves k to the others: "rose to
        // 3,100, up from 2,650 a week earlier, the clinic said on Wednesday")
        bool const own = std::any_of(cands.begin(), cands.end(), [&](cand const& o) { return o.pos >= f.end && o.pos < k.pos; });
        if (i > 0 && (t[i - 1].lc == "from" || t[i - 1].lc == "than" || t[i - 1].lc == "against") && !own) return true;
        if (i > 1 && t[i - 1].lc == "with" && starts_lit(t[i - 2].lc, "compare") && !own) return true;
        for (std::size_t j = qlast + 1; j < i; ++j)  // another clause: "nearly half, but below the 303 ... in 2019"
          if (t[j].lc == "but" || t[j].lc == "while" || t[j].lc == "whereas" || t[j].lc == ";") return true;
        // the whole of a partitive, with its own participle: "nearly half of the roughly 240
        // people abducted on Oct. 7" (the date is the abduction's, not the share's)
        std::size_t b = i;
        while (b > 0 && t[b - 1].word && determiners.count(t[b - 1].lc) && t[b - 1].lc != "of") --b;
        if (b > 0 && t[b - 1].lc == "of") {
          auto const fl = token_at(t, f.end > 0 ? f.end - 1 : 0);
          auto const kt = k.tok;
          bool participle = false, plain = kt > fl && kt - fl <= 5;
          for (std::size_t j = fl + 1; j < kt && plain; ++j) {
            plain = t[j].word;
            participle = participle || (t[j].lc.size() > 4 && ends_lit(t[j].lc, "ed"));
          }
          if (plain && participle) return true;
        }
      }
      return false;
    };
    // A date right after another figure, with only a few plain words between ("0.5 points in
    // May", "up from 33,482 on Thursday"), is that figure's: the others take it only when they
    // have no other.
    // An earlier level's own date ("from a peak of 9.1% in June", "up from 33,482 on Thursday") is
    // never another figure's: "eased to 7.1% in November from a peak of 9.1% in June, and
    // unemployment stood at 3.7%" is November's.
    auto earlier_level_at = [&](std::size_t i) {
      std::size_t steps = 0;
      while (i > 0 && steps < 4 && t[i - 1].word &&
             (t[i - 1].lc == "a" || t[i - 1].lc == "an" || t[i - 1].lc == "the" || t[i - 1].lc == "of" ||
              level_words.count(t[i - 1].lc))) {
        --i;
        ++steps;
      }
      // ("against 1,460 a year earlier, a rise of 28%": "against" sets a base as "from" does)
      return i > 0 && (t[i - 1].lc == "from" || t[i - 1].lc == "than" || t[i - 1].lc == "against" ||
                       (i > 1 && t[i - 1].lc == "with" && starts_lit(t[i - 2].lc, "compare")));
    };
    auto earlier_level = [&](byte_span const& f) { return earlier_level_at(token_at(t, f.start)); };
    // "fell 11% in August from a year earlier, to €310 million": a level reached after a change
    // shares the change's phrase (a change: a verb of rise or fall, or "by", right before it)
    bool const level_to = qfirst > 0 && t[qfirst - 1].lc == "to";
    auto a_change = [&](byte_span const& f) {
      auto const i = token_at(t, f.start);
      return i > 0 && (t[i - 1].lc == "by" || (t[i - 1].pred && (*t[i - 1].pred == "rise" || *t[i - 1].pred == "fall")));
    };
    // (a month's part before the month, "by the end of June", is part of its phrase: phrase_cues.tsv
    // period_part)
    auto phrase_start = [&](cand const& k) {
      auto kt = k.tok;
      if (kt >= 3 && t[kt - 1].lc == "of" && t[kt - 3].lc == "the" && period_parts.count(t[kt - 2].lc))
        kt -= 3;
      return kt;
    };
    auto attached_to_other = [&](cand const& k, bool only_levels = false) {
      auto const kt = phrase_start(k);
      for (auto const& f : figures) {
        if (f.start == qpos || f.end > k.pos) continue;
        if (only_levels && !earlier_level(f)) continue;
        if (level_to && f.start < qpos && !only_levels && a_change(f)) continue;
        auto const fl = token_at(t, f.end - 1);
        if (fl >= kt || kt - fl > 3) continue;
        bool plain = true;
        for (std::size_t j = fl + 1; j < kt && plain; ++j)
          plain = t[j].word && !t[j].pred && !t[j].low_pred && !(t[j].lc.size() > 4 && ends_lit(t[j].lc, "ed"));
        for (auto const& g : figures) plain = plain && !(g.start > f.start && g.start < k.pos);
        if (plain) return true;
      }
      return false;
    };
    // Clauses that keep their day to themselves: a relative clause (", who took office on January
    // 1, 2019, won ...", "the truce that ended on Friday") dates its own verb, not a figure outside
    // it; a figure inside a relative or "when" clause takes the clause's own date ("..., when
    // about 700,000 fled ... in 1948"), else the date the "when" refers to ("since the November
    // truce, when Hamas freed nearly half").
    // (the sentence's, computed once per sentence by the caller; else here)
    std::vector<embedded_clause> own_clauses;
    if (!sentence_clauses) embedded_clauses(si, cands, own_clauses);
    auto const& clauses = sentence_clauses ? *sentence_clauses : own_clauses;
    auto clause_of = [&](std::size_t ti) -> embedded_clause const* {
      embedded_clause const* in = nullptr;
      for (auto const& cl : clauses)
        if (cl.b <= ti && ti < cl.e && (!in || cl.b > in->b)) in = &cl;
      return in;
    };
    auto inside = [](embedded_clause const* cl, std::size_t ti) { return cl && cl->b <= ti && ti < cl->e; };
    // (read only against the sentence's date phrases: none, no clause needed)
    embedded_clause const* fig_clause = cands.empty() ? nullptr : clause_of(qfirst);
    if (fig_clause && fig_clause->restrictive) fig_clause = nullptr;
    bool clause_has_date = false;
    for (auto const& k : cands)
      clause_has_date = clause_has_date || (!k.since && inside(fig_clause, k.tok));
    auto clause_skips = [&](cand const& k) {
      auto const kt = k.tok;
      if (clause_has_date && !inside(fig_clause, kt)) return true;
      auto const* kc = clause_of(kt);
      // (a day, month or year: "The stadium, which opened in 2009, holds 42,000")
      return kc && !kc->when && !kc->restrictive && !inside(kc, qfirst);
    };
    // (both read when first asked: an attributive phrase, a phrase attached to another figure)
    int other_than_attributive_memo = -1, unattached_memo = -1;
    auto other_than_attributive = [&] {
      if (other_than_attributive_memo < 0)
        other_than_attributive_memo = std::any_of(cands.begin(), cands.end(), [&](cand const& k) {
          return !k.since && !k.attributive && !clause_skips(k);
        });
      return other_than_attributive_memo == 1;
    };
    auto unattached = [&] {
      if (unattached_memo < 0)
        unattached_memo = std::any_of(cands.begin(), cands.end(), [&](cand const& k) {
          return !k.since && !(k.attributive && other_than_attributive()) && !owned_by_later(k) && !clause_skips(k) &&
                 !attached_to_other(k);
        });
      return unattached_memo == 1;
    };
    // "a campaign that began in March with a quarter-point move": a figure right after a period's
    // bound, in the same clause, is what happened then.
    auto in_period_clause = [&](cand const& k) {
      if (!k.period || !k.end || k.end > qpos) return false;
      std::size_t const ke = k.last_tok;
      if (qfirst <= ke || qfirst - ke > 6) return false;
      for (std::size_t j = ke + 1; j < qfirst; ++j)
        if (!t[j].word || t[j].pred) return false;
      return true;
    };
    // "from minus 0.1%, where it had been since February 2016": a level with a clause right after
    // it that says since when it held is dated by that start.
    cand const* held_since = nullptr;
    if (qlast + 2 < t.size() && t[qlast + 1].lc == "," && (t[qlast + 2].lc == "where" || t[qlast + 2].lc == "which"))
      for (auto const& k : cands) {
        auto const kt = k.tok;
        if (!k.since || kt <= qlast + 2 || kt > qlast + 9 || t[kt - 1].lc != "since") continue;
        bool closed = false;
        for (std::size_t j = qlast + 3; j < kt; ++j) closed = closed || !t[j].word;
        if (!closed) held_since = &k;
        break;
      }
    cand const* best = nullptr;
    cand const* speech = nullptr;
    std::size_t best_d = SIZE_MAX;
    // "will impose tariffs of 25% from Oct. 1": the day a plan takes effect is the plan's date (a
    // plan: its modality, or "will" before it for a gapped "and 10% on aluminium", whose plan the
    // sentence's later rules give it)
    bool const planned = c.mod == modality::planned;
    // "is asking for four of the 14 posts and a promise to close the plant by 2030": the deadline
    // ("by", "by the end of") of an infinitive after the figure dates that infinitive's figures
    auto infinitive_deadline = [&](cand const& k) {
      std::size_t b = k.tok;
      if (k.pos < qend || b <= qlast + 2) return false;
      if (b >= 4 && t[b - 1].lc == "of" && t[b - 3].lc == "the") b -= 3;
      if (t[b - 1].lc != "by") return false;
      for (std::size_t j = qlast + 1; j + 2 < b; ++j)
        if (t[j].lc == "to" && t[j + 1].word && (t[j + 1].pred || bare_verb(t, j + 1))) return true;
      return false;
    };
    for (auto const& k : cands) {
      if (k.since && !(k.since_at != SIZE_MAX && k.since_at < qfirst && qpos < k.pos) && !in_period_clause(k) &&
          !(k.from && k.pos > qpos && k.basis == date_basis::explicit_date && (planned || (read_tense(), will))))
        continue;  // the start of a period, not the date the figure is about (unless the figure is in its clause)
      if (k.plan_only && c.mod == modality::asserted) continue;  // ("cases reported this year": as of the telling)
      if (infinitive_deadline(k)) continue;
      if (k.attributive && other_than_attributive()) continue;  // "the Oct. 7 attack" names the event
      // "adopted a €40 million plan for 2025 on Monday": the day of the act, not the year the
      // plan is for ("a 15% larger allowance for 2025, the agency said on Monday" keeps the
      // year: a day of telling is no act's)
      if (k.year_for && std::any_of(cands.begin(), cands.end(), [](cand const& o) {
            return o.value.size() == 10 && !o.speech && !o.since && !o.attributive;
          }))
        continue;
      if (owned_by_later(k)) continue;
      if (clause_skips(k)) continue;
      // (attached to an earlier level is attached: the second test only where the first held)
      bool const attached = attached_to_other(k);
      if (attached && unattached()) continue;
      // "had reached 96,000, short of a target of 150,000 by the end of July": a deadline right
      // after another figure is that figure's alone
      if (attached) {
        auto const kt = phrase_start(k);
        // (not after a rate's unit: "45,000 homes a year by 2028" is the 45,000's deadline)
        if (kt > 1 && t[kt - 1].lc == "by" && !(t[kt - 2].lc == "year" || t[kt - 2].lc == "month" || t[kt - 2].lc == "week" ||
                                              t[kt - 2].lc == "day"))
          continue;
      }
      if (attached && attached_to_other(k, true)) continue;
      if (k.speech && !speech) speech = &k;
      // distance from the figure's nearer edge
      std::size_t d = k.pos >= qend ? k.pos - qend : (k.end && k.end <= qpos ? qpos - k.end : 0);
      if (!k.end) d = k.pos > qpos ? k.pos - qpos : qpos - k.pos;
      if (d < best_d) {
        best_d = d;
        best = &k;
      }
    }
    bool own_level_phrase = false;
    // An earlier level's own phrase may follow a few plain words ("up from 58% at the previous
    // election in 2019"): the first phrase after it, before the clause goes on (no comma, verb or
    // other figure between, eight words at most), wins over a nearer phrase before it.
    // (token_at(t, qpos) is qfirst when the token is not empty and the one before ends by qpos)
    if (!cands.empty() &&
        earlier_level_at(t[qfirst].end > qpos && (qfirst == 0 || t[qfirst - 1].end <= qpos) ? qfirst : token_at(t, qpos)))
      for (auto const& k : cands) {
        auto const kt = k.tok;
        if (k.pos < qend || kt <= qlast || kt > qlast + 9 || k.since || (k.plan_only && c.mod == modality::asserted))
          continue;
        bool plain = true;
        for (std::size_t j = qlast + 1; j < kt && plain; ++j)
          plain = t[j].word && !t[j].pred && !t[j].low_pred && !verb_form(t, j);
        for (auto const& g : figures) plain = plain && !(g.start > qpos && g.start < k.pos);
        if (plain) {
          best = &k;
          own_level_phrase = true;
        }
        break;
      }
    // "since the November truce, when Hamas freed nearly half": the time the "when" refers to
    // (the time named right before the "when" wins over the main clause's telling: "said over the
    // weekend that ... since the November truce, when Hamas freed nearly half")
    if (fig_clause && fig_clause->when && !clause_has_date) {
      for (auto const& k : cands) {
        auto const ke = k.last_tok;
        if (ke < fig_clause->b && fig_clause->b - ke <= 4) best = &k;
      }
    }
    // "said on Saturday that 11,300 people had died ... after two dams burst": a figure in a
    // subordinate "after"/"before"/"because" clause is not dated by the main clause's telling.
    if (best && best == speech && best->end <= qpos) {
      for (std::size_t j = token_at(t, best->end); j < qfirst && j < t.size(); ++j)
        if (t[j].lc == "after" || t[j].lc == "before" || t[j].lc == "because") {
          bool closed = false;  // the clause ended before the figure (", and that 10,100 were missing")
          for (std::size_t m = j + 1; m < qfirst; ++m) closed = closed || t[m].lc == "," || t[m].lc == ";";
          if (!closed) best = nullptr;
          break;
        }
    }
    // "struck on Friday, killing 2,012 people, the ministry said on Saturday": a toll in a
    // participle clause after the event's date is as of the telling.
    if (best && speech && best != speech && best->end <= qpos) {
      for (std::size_t j = token_at(t, best->end); j < qfirst && j < t.size(); ++j)
        if (j > 0 && t[j - 1].lc == "," && t[j].lc.size() > 4 && ends_lit(t[j].lc, "ing")) {
          best = speech;
          break;
        }
    }
    auto published = [&] {
      if (pub) {
        c.date = iso_of(*pub);
        c.basis = date_basis::published;
      }
    };
    if (is_age(c)) {  // an age covers no period the text dates: as of publication
      published();
      return;
    }
    if (c.q.kind == quantity_kind::duration) {
      // A duration with a start ("since October 7, 2023", "began on ...") covers [start, as-of].
      // The period starts at a dated event near the duration: a full date after "since" or after
      // a verb that starts a period (period_verbs.tsv: "began on ...", "declared on ..."), or a
      // full date earlier in the sentence ("stormed ... on October 7, 2023, ... the ten-month
      // war"). A date without its written year ("Sept. 20", "in March", resolved to the latest
      // before publication) starts the period only right after such a verb, in the clause that
      // follows the duration ("an 18-month campaign that began in March"); anywhere else it is
      // too weak ("the ten-month war ... the truce of Nov. 24").
      // (a time offset dates something else and covers no period: "Six days earlier, the WHO
      // ended the emergency it declared in January 2020")
      if (time_offset(t, qlast)) {
        published();
        return;
      }
      // an earlier level's own phrase: "now takes 40 to 60 days, up from 30 to 35 days in March"
      if (own_level_phrase && best) {
        c.date = best->value;
        c.basis = best->basis;
        return;
      }
      cand const* start = nullptr;
      auto explicit_day_or_month = [](cand const& k) {
        return (k.value.size() == 10 || k.value.size() == 7) && k.basis == date_basis::explicit_date;
      };
      auto near = [&](cand const& k) {
        std::size_t d = k.pos > qpos ? k.pos - qpos : qpos - k.pos;
        return d < 120;
      };
      // a start verb right before the phrase: "began in", "was declared on", "started"
      auto after_start_verb = [&](cand const& k) {
        std::size_t i = k.tok;
        for (std::size_t n = 0; i > 0 && n < 4; ++n, --i) {
          auto const& w = t[i - 1].lc;
          if (!t[i - 1].word) return false;
          if (period_starts.count(w)) return true;
          if (w != "on" && w != "in" && w != "was" && w != "were" && w != "been" && w != "had" && w != "has") return false;
        }
        return false;
      };
      for (auto const& k : cands) {
        if (!explicit_day_or_month(k) || !near(k)) continue;
        bool const verb = after_start_verb(k);
        if (!k.year_written) {
          // "The strike, which began on September 14, ended on Friday after seven weeks": the
          // start in a relative clause on the sentence's subject, before the duration
          if (verb && k.pos < qpos) {
            std::size_t v = k.tok;
            while (v > 0 && k.tok - v < 4 && !period_starts.count(t[v - 1].lc)) --v;
            // (or "that" right after the subject that opens the sentence, the duration after the
            // main clause's verb: "The cold snap that began on March 2 ended on Sunday after more
            // than five weeks"; "The strike that began in May with a 24-hour walkout" is no length of it)
            // (the main clause: a verb, or a day phrase of its own, between)
            bool main_verb = std::any_of(cands.begin(), cands.end(), [&](cand const& o) { return o.tok > k.last_tok && o.tok < qfirst; });
            for (std::size_t j = k.last_tok + 1; j < qfirst && !main_verb; ++j)
              main_verb = t[j].word && (t[j].pred || verb_form(t, j));
            if (v >= 3 && period_starts.count(t[v - 1].lc) && (t[v - 2].lc == "which" || t[v - 2].lc == "that") &&
                (t[v - 3].lc == "," || (t[v - 2].lc == "that" && v <= 5 && t[0].lc == "the" && main_verb)))
              start = &k;
            continue;
          }
          // (or "from" right after the period's noun: "a 48-hour strike from June 23")
          if ((verb || k.from) && k.pos > qpos && qlast + 1 < t.size()) {
            // the clause runs from the duration's noun to the verb without a break
            bool clause = true;
            // (", which" after the noun too: "during the three-week operation, which began on March 12")
            for (std::size_t j = qlast + 1; j < t.size() && t[j].start < k.pos && clause; ++j)
              clause = (t[j].word && t[j].lc != "and" && t[j].lc != "but") ||
                       (t[j].lc == "," && j + 1 < t.size() && t[j + 1].lc == "which" && j <= qlast + 3);
            if (clause) start = &k;
          }
          continue;
        }
        // (a month with its year after a start verb: "The 14-month drought, which began in May 2025")
        if ((k.value.size() == 10 && (k.since || verb || k.pos < qpos)) || (k.value.size() == 7 && verb)) start = &k;
      }
      if (start && pub) {
        c.date = start->value;
        c.basis = start->basis;
        // The period runs to the day the sentence tells of ("a seven-day truce that began on
        // Nov. 24 expired on Friday") when that day is after the start, else to publication.
        c.date_end = iso_of(*pub);
        if (best && best != start && best->value.size() == 10 && best->value > start->value && best->value < c.date_end)
          c.date_end = best->value;
        return;
      }
      // "The bridge closed to traffic on March 3, 2025. The 20-month closure has cost ...": a
      // length told as a fact in a sentence with no date phrase, right after a sentence of its
      // paragraph whose period started on a day with its year (period_start_of), covers the
      // period from that day to publication (docs/corpus.md, a duration dated by its start)
      if (pub && cands.empty() && previous_start && !previous_start->empty() && c.mod == modality::asserted) {
        c.date = *previous_start;
        c.basis = date_basis::explicit_date;
        c.date_end = iso_of(*pub);
        return;
      }
      // A period an act sets going on a day of its clause starts that day: "declared a 30-day
      // emergency on Monday", "closed the border on Thursday for 10 days", "went on strike for 72
      // hours on Monday" (the nearest day phrase within twelve tokens with no punctuation between:
      // after a planned duration, or either side of one after "for"; "on Wednesday approved a
      // nine-month arrangement" tells the act, the arrangement is as of publication).
      bool const for_ = qfirst > 0 && t[qfirst - 1].lc == "for";
      if (pub && (c.mod == modality::planned || for_)) {
        cand const* day = nullptr;
        std::size_t day_d = 13;
        for (auto const& k : cands) {
          if (k.since || k.value.size() != 10 || k.basis != date_basis::relative || (k.tok < qfirst && !for_)) continue;
          std::size_t const lo = k.tok < qfirst ? k.last_tok + 1 : qlast + 1, hi = k.tok < qfirst ? qfirst : k.tok;
          bool plain = hi >= lo && hi - lo < day_d;
          for (std::size_t j = lo; j < hi && plain; ++j) plain = t[j].word;
          if (plain) {
            day = &k;
            day_d = hi - lo;
          }
        }
        if (day) {
          c.date = day->value;
          c.basis = day->basis;
          return;
        }
      }
      published();
      return;
    }
    if (standing_figure(t, qfirst, qlast) || compound_modifier(c.q, si.text)) {
      published();
      return;
    }
    // (an earlier level's own phrase dates a past level, whatever the tense of the change: "has
    // pledged €35 million, up from €20 million on Thursday")
    if ((best || speech) && !own_level_phrase) {  // (with neither, best = speech changes nothing)
      read_tense();
      if (present) best = speech;
      // a figure's own perfect counts up to the telling, not to the time of a clause before it:
      // "reached 182,000 at the end of May, and more than 40,000 ... have waited over a year"
      // (a phrase after it still dates it: "33,207 have been killed, the ministry said on Monday")
      else if (own_perfect && best && best->end <= qpos) best = speech;
    }
    if (held_since) best = held_since;
    // "Rents rose 6.8% in the year to May. A year earlier the average stood at €1,161": a sentence
    // that opens counting back, with no date before the phrase, counts from its paragraph's frame
    if (best && best->years_back && best->tok <= 1 && !frame.value.empty() && !frame.event) {
      c.date = years_before(frame.value, best->years_back);
      c.basis = best->basis;
      return;
    }
    // A plan is dated by the time it names ("next year", "in April"), not by when it was told.
    if (best && c.mod == modality::planned && best->basis != date_basis::explicit_date && best->value.size() == 10)
      best = nullptr;
    if (best) {
      c.date = best->value;
      c.basis = best->basis;
      return;
    }
    // "That is nearly half of the chamber": a sentence that restates the previous one's figure
    // ("That is", "This was" right before it) shares its time, whatever its tense.
    {
      std::size_t f = 0;
      while (f < t.size() && !t[f].word) ++f;
      bool restates = f + 1 < t.size() && (t[f].lc == "that" || t[f].lc == "this") &&
                      (t[f + 1].lc == "is" || t[f + 1].lc == "was") && qfirst > f + 1 && qfirst <= f + 4;
      if (restates && !frame.value.empty() && c.mod == modality::asserted) {
        c.date = frame.value;
        c.basis = frame.basis;
        return;
      }
    }
    // The frame continues a report or a narrative in the past: not a new speaker's ("..., local
    // officials said"), nor a present or perfect tense ("Gaza is home to", "have died").
    // (perfect: read above)
    bool new_speaker = !frame.event && !own_speaker.empty() && own_speaker != frame.speaker;
    // A plan or forecast continues a month or a year ("Economists had expected 8.8%" after
    // "inflation reached 9.1% in June"), not a day.
    // (will: "will" or "shall" among the 12 tokens before the figure, read above)
    // A demand or offer is as of its telling too, like a plan ("his party wanted at least three
    // posts" after "Sunday's election").
    // (asked only where the frame is a day, after the cheap tests: `demanded` looks its verb up)
    auto plan_ok_mod = [&] { return frame.value.size() < 10 || (c.mod != modality::planned && !demanded(t, c)); };  // (and !will)
    // "About 642 million people voted ... over six weeks of polling": a figure that covers a span
    // the sentence names is no day's, as of publication (the span is no date phrase of its own).
    auto spanned = [&] {
      // (only the few figures next to this one: a sentence of thousands of figures stays linear)
      auto const at = std::partition_point(figures.begin(), figures.end(), [&](byte_span const& f) {
        return f.start < qpos;
      });
      auto const from = at - std::min<std::ptrdiff_t>(at - figures.begin(), 6);
      for (auto it = from; it != figures.end() && it - at < 6; ++it) {
        auto const& f = *it;
        if (f.start == qpos) continue;
        auto const fl = token_at(t, f.end > 0 ? f.end - 1 : f.start);
        if (fl >= t.size()) continue;
        auto const& unit = t[fl].lc;
        bool span_unit = starts_lit(unit, "hour") || starts_lit(unit, "day") || starts_lit(unit, "week") ||
                         starts_lit(unit, "month") || starts_lit(unit, "year") || ends_lit(unit, "-day") ||
                         ends_lit(unit, "-week") || ends_lit(unit, "-month") || ends_lit(unit, "-year");
        if (!span_unit) continue;  // (the figure's first token only for a unit of time)
        auto const fb = token_at(t, f.start);
        std::size_t p = fb;
        while (p > 0 && (t[p - 1].lc == "the" || t[p - 1].lc == "past" || t[p - 1].lc == "last" || t[p - 1].lc == "previous")) --p;
        if (span_unit && p > 0 && (t[p - 1].lc == "over" || t[p - 1].lc == "during" || t[p - 1].lc == "across"))
          return true;
      }
      return false;
    };
    // (the tests without the tense first, then the tense: the same conjunction)
    if (!frame.value.empty() && plan_ok_mod() && !new_speaker &&
        !(frame.event && c.predicate_span.end == c.predicate_span.start) && (read_tense(), !present && !perfect && !will) &&
        !spanned()) {
      c.date = frame.value;
      c.basis = frame.basis;
      return;
    }
    // "The approval released about $3.3 billion", "The arrangement is worth ...", "weakened by
    // more than 1% after the decision": a sentence without a date phrase that names the lede's act
    // again ("the" + grammars/event_anaphors.tsv) states what that act did, on its day.
    if (!lede_act.value.empty() && cands.empty() && c.mod == modality::asserted) {
      // (the actor or its possessive, "the council's": compared in place, no string per "the")
      std::string_view const actor = lede_act.speaker;
      auto names_actor = [&](folded_view const& w) {
        return !actor.empty() && (w == actor || (w.size() == actor.size() + 2 && w.ends_with("'s") && w.starts_with(actor)));
      };
      for (std::size_t i = qfirst > 40 ? qfirst - 40 : 0; i + 1 < t.size() && i < qlast + 40; ++i)
        if (t[i].lc == "the" && t[i + 1].word && (event_anaphors.count(t[i + 1].lc) || names_actor(t[i + 1].lc))) {
          c.date = lede_act.value;
          c.basis = lede_act.basis;
          return;
        }
    }
    published();
  }

  // A figure that states a standing fact, as of publication whatever the sentence's date phrases
  // (grammars/standing_figures.tsv): a norm ("the 272 needed for a majority", "the central bank's
  // 2% target", "a party needs a minimum of 201 seats") or the population a share is taken of
  // ("58% of nearly 28 million registered voters", "15% of the country's 220 million
  // inhabitants", "a population of some 332 million").
  // An age ("a 73-year-old", "aged 65 or over"; the parser marks it): a duration that times no
  // period, a standing fact like a modifier.
  static bool is_age(claim const& c) { return c.q.age; }

  // A count written as a compound modifier ("a 15-member council", "a two-dose vaccine"): it
  // describes the thing (its size, a standing fact), it does not count events.
  // (a qualifier written after the figure is none: "500-plus police", "40-odd";
  // postfix_qualifiers.tsv)
  // (`article`: the article's text; q.text is left empty there, see extract's parse)
  bool compound_modifier(quantity const& q, std::string_view article) const {
    std::string_view const text = article.substr(q.span.start, q.span.end - q.span.start);
    if (q.kind != quantity_kind::count) return false;
    // (most figures hold no hyphen: memchr rejects them faster than rfind's byte loop)
    if (text.empty() || !std::memchr(text.data(), '-', text.size())) return false;
    auto const d = text.rfind('-');
    if (d == std::string_view::npos || d + 1 >= text.size()) return false;
    auto const tail = text.substr(d + 1);
    if (!std::all_of(tail.begin(), tail.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }))
      return false;
    // (letters only: folding lowercases them; into a buffer kept from call to call)
    thread_local std::string lc;
    lc.assign(tail);
    for (auto& ch : lc)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return !number_words.count(std::string_view(lc)) && !hyphen_qualifiers.count(std::string_view(lc));
  }

  bool standing_figure(token_span t, std::size_t qfirst, std::size_t qlast) const {
    // (first: whether a row can start at token i, inline; then the rows)
    auto first = [&](std::size_t i) { return t[i].word && standing_firsts.count(t[i].lc); };
    auto rows_at = [&](std::vector<std::vector<std::string>> const& list, std::size_t i) {
      for (auto const& w : list) {
        bool m = !w.empty() && i + w.size() <= t.size();
        for (std::size_t k = 0; k < w.size() && m; ++k) m = t[i + k].word && t[i + k].lc == w[k];
        if (m) return true;
      }
      return false;
    };
    auto any_at = [&](std::vector<std::vector<std::string>> const& list, std::size_t i) { return first(i) && rows_at(list, i); };
    // "the 272 needed", "a 2% inflation target" (one word may stand between)
    for (std::size_t i = qlast + 1; i < t.size() && i <= qlast + 2 && t[i].word; ++i)
      if (first(i) && rows_at(norm_after, i)) return true;
    // "needs a minimum of 201", "need 272"
    for (std::size_t i = qfirst; i > 0 && qfirst - i < 3 && t[i - 1].word; --i)
      if (first(i - 1) && rows_at(norm_before, i - 1)) return true;
    // the whole of a share: "of [the] [country's] N <population>", "population of N"
    std::size_t b = qfirst;
    while (b > 0 && qfirst - b < 3 && t[b - 1].word && (determiners.count(t[b - 1].lc) || ends_lit(t[b - 1].lc, "'s")) &&
           t[b - 1].lc != "of")
      --b;
    // (not "a total of 150,000 residents": a count, not the whole of a share)
    if (b > 0 && t[b - 1].lc == "of" && !(b > 1 && t[b - 2].lc == "total")) {
      if (b > 1 && any_at(population_nouns, b - 2)) return true;
      for (std::size_t i = qlast + 1; i < t.size() && i <= qlast + 2 && t[i].word; ++i)
        if (any_at(population_nouns, i)) return true;
    }
    return false;
  }

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

  // The head noun of the body that acts at the start of a sentence ("The International Court of
  // Justice on Friday ordered" -> "court", "The Bank of Japan raised" -> "bank"): "the court's"
  // later names the lede's actor again.
  std::string actor_head(sentence_info const& si, std::size_t verb) const {
    token_span const t = si.tokens;
    std::size_t i = 0;
    if (t.empty() || t[0].lc != "the") return {};  // an institution: "The ... Court of Justice"
    ++i;
    std::string head;
    for (; i < verb && i < t.size() && i < 10; ++i) {
      if (t[i].lc == "of") break;
      if (!t[i].word || !is_upper(si.text[t[i].start])) break;
      head = t[i].lc;
      if (head.ends_with("'s")) {
        head.resize(head.size() - 2);
        break;
      }
    }
    // "The Israeli military said": an adjective of a place is no head
    if (demonym_adjectives.count(head) || demonyms.count(head)) return {};
    // "The Arlo Credit Union, which ..., was closed by the watchdog on Monday": a body the lede's
    // act is done to names no act of its own later ("the union's loans" are as of now)
    std::size_t v = i;
    while (v < t.size() && t[v].word && is_upper(si.text[t[v].start])) ++v;
    if (v < t.size() && t[v].lc == ",")
      for (std::size_t k = v + 1; k + 1 < t.size() && k - v < 30; ++k)
        if (t[k].lc == "," && !(t[k - 1].end == t[k].start && t[k].end == t[k + 1].start)) {  // (not a figure's)
          v = k + 1;
          break;
        }
    bool const be = v + 1 < t.size() && (t[v].lc == "was" || t[v].lc == "were" || t[v].lc == "is" || t[v].lc == "are");
    bool const been = v + 1 < t.size() && (t[v].lc == "has" || t[v].lc == "have" || t[v].lc == "had") && t[v + 1].lc == "been";
    if (been || (be && ((t[v + 1].lc.size() > 4 && ends_lit(t[v + 1].lc, "ed")) || past_participles.count(t[v + 1].lc))))
      return {};
    return head.size() > 2 ? head : std::string();
  }

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

  static void update_frame(date_frame& frame, std::vector<date_cand> const& cands, claims_view local,
                           std::string const& speaker, ymd const* pub) {
    // a plan's or a future date is no frame for what happened ("will end ... on May 11")
    // (publication's ISO date as the view of iso_of's kept string, compared as views: no string per test)
    std::string_view const today = pub ? std::string_view(iso_of(*pub)) : std::string_view();
    auto past = [&](std::string const& v) { return today.empty() || std::string_view(v) <= today.substr(0, v.size()); };
    // the sentence's first figure carries its time frame (a later one may be an earlier level)
    for (auto const& c : local) {
      if (c.q.kind == quantity_kind::duration) continue;
      if (c.basis != date_basis::published && c.mod != modality::planned && !c.date.empty() && past(c.date)) {
        frame = {c.date, c.basis, speaker};
        return;
      }
      break;
    }
    for (auto const& k : cands) {
      if (k.since || k.attributive || k.value.size() != 10 || k.basis == date_basis::published || !past(k.value)) continue;
      frame = {k.value, k.basis, speaker};
      return;
    }
    // a date phrase that is only a period's start ("the lowest since 2001") leaves the frame
    if (std::any_of(cands.begin(), cands.end(), [](date_cand const& k) { return !k.since; }) && !frame.event) frame = {};
    // "The inspectorate said tests run on Monday found lead ... Dalmar, which runs the works, said
    // it had closed the wells. It said 14 staff were sent home": another speaker's report without a
    // day of its own ends the day's report (its sentence was not dated by the frame either)
    else if (cands.empty() && !frame.event && !speaker.empty() && !frame.speaker.empty() && speaker != frame.speaker)
      frame = {};
  }

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

  // The article's topic: its most frequent proper nouns (not sentence-initial), at most three,
  // each seen at least twice; the title counts too.
  std::vector<std::string> topics_of(std::string_view text, std::span<sentence_info const> ss,
                                     std::string const& title) const {
    // word -> (count, first seen); a word is a view of a token's text (the article's folded copy,
    // the title's below, both alive until the end) or of a topic_aliases value: no string per name
    std::unordered_map<std::string_view, std::pair<int, std::size_t>, word_hash> freq;
    std::size_t order = 0;
    auto add = [&](std::string_view w, int weight) {
      w = strip_possessive_view(w);
      if (auto a = topic_aliases.find(w); a != topic_aliases.end()) w = a->second;
      auto [it, fresh] = freq.try_emplace(w, 0, order++);
      it->second.first += weight;
    };
    std::vector<std::uint32_t> buf;
    for (auto const& si : ss) {
      // (proper_noun's first tests first: only the capitalized words)
      for (std::size_t const i : capitals_of(text, si, buf)) {
        if (si.tokens[i].lc == "\"" && i == 0) continue;
        // a sentence-initial word is a name only as a possessive ("Malawi's cholera outbreak")
        bool initial = i == 0 || (i == 1 && si.tokens[0].lc == "\"");
        if (initial && !si.tokens[i].lc.ends_with("'s")) continue;
        if (proper_noun(text, si.tokens[i]) && !holds_stripped(topic_stopwords, si.tokens[i].lc))
          add(si.tokens[i].lc, 1);
      }
    }
    // the headline names what the story is about: its names count twice
    // (the title's folded copy outlives the loop: freq's words may be views into it; the
    // thread's, reused, apart from the article's, whose tokens are still read)
    thread_local parser::prepared_text title_prepared;
    thread_local std::vector<char> title_folds;
    title_prepared.build(title);
    if (!title.empty()) {
      title_folds.assign(title.size() + 16, 0);
      auto tt = tokenize(title, {0, title.size()}, title_prepared, title_folds.data());
      thread_local notable_lists title_notable;
      intern(tt, title_notable);  // (proper_noun's list tests read bits, as on the article's tokens)
      for (auto const& t : tt)
        if (proper_noun(title, t) && !holds_stripped(topic_stopwords, t.lc)) add(t.lc, 2);
    }
    std::vector<std::pair<std::string_view, std::pair<int, std::size_t>>> v(freq.begin(), freq.end());
    std::sort(v.begin(), v.end(), [](auto const& x, auto const& y) {
      return x.second.first != y.second.first ? x.second.first > y.second.first : x.second.second < y.second.second;
    });
    std::vector<std::string> out;
    for (auto const& [w, f] : v) {
      if (f.first < 2 || out.size() == 3) break;
      out.emplace_back(w);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // What narrows a claim inside its story (see model.hpp): the agent of a "win/vote" verb
  // ("Labour won 411 seats") or a proper-noun modifier of the subject ("Congo cases"). A place
  // after the figure ("killed in southern Turkey") was tried as a scope and dropped: on the
  // corpus it split real revisions of one toll (discrepancy F1 0.51 without, 0.45 with).
  std::string scope_of(std::string_view text, sentence_info const& si, claim const& c, std::size_t qfirst,
                       std::vector<std::string> const& topics) const {
    token_span const t = si.tokens;
    auto join = [&](std::size_t b, std::size_t e) {
      std::string k;
      for (std::size_t i = b; i < e; ++i) {
        if (!k.empty()) k.push_back(' ');
        k += strip_possessive(t[i].lc);
      }
      return k;
    };
    // A fronted place narrows the sentence: "In Arlen alone, 204 people died", "In Arlen
    // province, where 260 people were killed, ...", "In the city of Arlen, 40 homes ...": the
    // place's name (up to three capitalized words after "In" and a determiner or a place noun of
    // place_nouns.tsv: "the city of")
    // scopes every figure after the comma that closes the phrase.
    {
      std::size_t k = 0;
      while (k < t.size() && !t[k].word) ++k;  // opening quotes
      if (k + 1 < t.size() && t[k].lc == "in" && t[k].start < c.q.span.start) {
        std::size_t b = k + 1;
        while (b < t.size() && b < k + 5 && t[b].word && !proper_noun(text, t[b]) &&
               (determiners.count(t[b].lc) || t[b].lc == "of" || place_nouns.count(t[b].lc)))
          ++b;
        std::size_t e = b;
        while (e < t.size() && e < b + 3 && proper_noun(text, t[e]) && !calendar_words.count(t[e].lc)) ++e;
        std::size_t comma = e;
        while (comma < t.size() && comma < e + 3 && t[comma].word && !proper_noun(text, t[comma])) ++comma;
        // (the story's own place, one of its topics, is no narrowing: "In Gaza, the ministry said
        // 11,078 had been killed" in a Gaza story; unless "alone" says so)
        // (nor is a place set apart by an apposition that names its kind: "In Aldwick, the
        // capital, rents rose 9%" in a story about the whole country)
        bool const apposition = comma == e && comma + 3 < t.size() && t[comma].lc == "," &&
                                determiners.count(t[comma + 1].lc) && place_nouns.count(t[comma + 2].lc) &&
                                t[comma + 3].lc == ",";
        bool const alone = (comma > e && t[comma - 1].lc == "alone") || apposition;
        bool const topical = std::any_of(topics.begin(), topics.end(), [&](std::string const& w) {
          for (std::size_t i = b; i < e; ++i)
            if (strip_possessive(t[i].lc) == w) return true;
          return false;
        });
        if (e > b && comma < t.size() && t[comma].lc == "," && t[comma].end <= c.q.span.start && (alone || !topical))
          return join(b, e);
      }
    }
    // "Children under five accounted for 412 cases": the figure is a subgroup's share of a total
    // (subgroup_verbs.tsv); the clause's subject names the subgroup and scopes the figure, so it
    // never meets the total ("1,240 cases") as a second count of the same thing.
    // (a verb right before the figure ends in the word before it: most figures follow none of
    // the verbs' last words, and the list is not tried)
    bool const subgroup_last =
        qfirst > 0 && t[qfirst - 1].word &&
        subgroup_lasts.count(t[qfirst - 1].lc);  // (a bit of the token's vocabulary entry)
    for (auto const& verb : subgroup_verbs) {
      if (!subgroup_last) break;
      // (match_at's first tests inline: before most figures no verb of the list starts)
      if (qfirst < verb.size() || verb.empty() || !t[qfirst - verb.size()].cue_first ||
          !same_word(t[qfirst - verb.size()].lc, verb.front()) || !match_at(t, qfirst - verb.size(), verb))
        continue;
      std::size_t const v = qfirst - verb.size();
      std::size_t b = v;
      while (b > 0 && t[b - 1].word) --b;
      for (std::size_t i = b; i < v; ++i)
        if (chunk_word(t[i]) && !determiners.count(t[i].lc)) return key_of("", strip_possessive(t[i].lc)).key;
    }
    // a later conjunct of a gapped list ("Labour secured 411 seats, the Conservatives 121"): the
    // verb's agent is the first conjunct's, not this figure's
    bool later_conjunct = false;
    if (c.predicate_span.end > c.predicate_span.start && c.predicate_span.end <= t[qfirst].start)
      for (std::size_t k = qfirst; k > 0 && t[k - 1].start >= c.predicate_span.end; --k)
        later_conjunct = later_conjunct || t[k - 1].lc == "," || t[k - 1].lc == ";";
    // agent of an agent-scoped predicate before the number
    if (!later_conjunct && c.predicate_span.end > c.predicate_span.start && c.predicate_span.end <= t[qfirst].start) {
      // (tokens are sorted and do not overlap: their starts and ends both ascend)
      // (searched from the figure: the verb is before it, most often right before; see partition_near)
      std::size_t v = partition_near(t, qfirst, [&](token const& x) { return x.end < c.predicate_span.end; });
      std::size_t b = c.predicate_span.start;
      std::size_t vb = partition_near(t, v, [&](token const& x) { return x.start < b; });
      // also a verb that the subject reads as an agent predicate ("took 87 seats" -> win)
      if (v < t.size() && (agent_predicates.count(t[v].lc) || agent_key(c.predicate.key))) {
        std::size_t e = vb;
        // the agent of a relative clause: "Reform UK, which won five seats"
        if (e >= 3 && (t[e - 1].lc == "which" || t[e - 1].lc == "who") && t[e - 2].lc == ",") e -= 2;
        std::size_t k = e;
        while (k > 0 && proper_noun(text, t[k - 1]) && e - (k - 1) <= 3) --k;
        // "Valdoria's Unity Party won": the country owning the party is no part of its name
        if (k + 1 < e && is_possessive(t[k].lc)) ++k;
        if (k < e) return join(k, e);
        // A participle clause shares the main clause's subject: "The Liberal Front opened talks
        // on Monday after winning 64 seats", "..., having won 64 seats": the name opening the
        // sentence is the agent.
        // (closed-class words that open such a clause: "after winning", "by securing", "while holding")
        static word_set const participle_openers = {"after", "before", "by", "while", "since", "upon", "on", "despite"};
        bool const participle = vb < t.size() && t[vb].lc.ends_with("ing") && vb > 0 &&
                                (participle_openers.count(t[vb - 1].lc) || t[vb - 1].lc == "having" ||
                                 (t[vb - 1].lc == "," && t[vb].lc == "having"));
        if (participle) {
          std::size_t b = 0;
          while (b < vb && (!t[b].word || determiners.count(t[b].lc))) ++b;
          std::size_t n = b;
          while (n < vb && n - b < 4 && proper_noun(text, t[n])) ++n;
          if (b + 1 < n && is_possessive(t[b].lc)) ++b;
          // the name must be the clause's subject: a verb or auxiliary right after it
          if (b < n && n < vb && !proper_noun(text, t[n]) && t[n].word && !determiners.count(t[n].lc) &&
              t[n].lc != "of" && t[n].lc != "and")
            return join(b, n);
        }
      }
    }
    // A named place as the subject of the figure's clause: "Castel district has reported 40
    // cases", "Neighbouring Castel district, which declared an emergency, recorded 40": the name
    // and its place noun (place_nouns.tsv) scope the figure, so a district's count never meets
    // its province's as a count of the same thing. The story's own place (a topic) is no
    // narrowing, as in the fronted phrase above.
    if (!later_conjunct && c.predicate_span.end > c.predicate_span.start && c.predicate_span.end <= t[qfirst].start) {
      std::size_t const v = partition_near(t, qfirst, [&](token const& x) { return x.start < c.predicate_span.start; });
      std::size_t e = v;
      // (past a relative clause between the subject and its verb)
      if (e >= 2 && t[e - 1].lc == ",")
        for (std::size_t k = e - 1; k-- > 1 && e - k < 16;)
          if ((t[k].lc == "which" || t[k].lc == "who" || t[k].lc == "where") && t[k - 1].lc == ",") {
            e = k - 1;
            break;
          }
      if (e >= 2 && t[e - 1].word && place_nouns.count(t[e - 1].lc) && proper_noun(text, t[e - 2])) {
        std::size_t b = e - 1;
        while (b > 0 && proper_noun(text, t[b - 1]) && e - b < 4) --b;
        if (b < e - 1 && is_possessive(t[b].lc)) ++b;  // "Selvara's Marrow province": the province
        // (a capitalized "Neighbouring" opening the sentence is no part of the name)
        while (b + 2 < e && place_modifiers.count(std::string_view(t[b].lc))) ++b;
        // (the story's place: a topic, or a name the article gives more than once, wherever it
        // stands; the count runs only for a place that reports, which few clauses have)
        auto const name = text.substr(t[b].start, t[b].end - t[b].start);
        std::size_t seen = 0;
        for (auto p = text.find(name); p != std::string_view::npos && seen < 2; p = text.find(name, p + name.size())) ++seen;
        bool const topical = seen > 1 || std::any_of(topics.begin(), topics.end(), [&](std::string const& w) {
                               for (std::size_t i = b; i + 1 < e; ++i)
                                 if (strip_possessive(t[i].lc) == w) return true;
                               return false;
                             });
        if (b + 1 < e && !topical) return join(b, e);
      }
    }
    // A percent change is measured against a base ("rose 1.3% from May", "59.9% higher than a
    // year earlier"): the base phrase after the figure, up to the clause's end, scopes it.
    if (c.q.kind == quantity_kind::percent && !is_lit(c.q.unit, "pp")) {
      std::size_t k = qfirst;
      while (k < t.size() && t[k].end <= c.q.span.end) ++k;
      for (std::size_t n = 0; k < t.size() && n < 4 && t[k].word; ++k, ++n) {
        bool const names = change_base_cues.count(t[k].lc) > 0;  // month and weekday names too
        if (!names && !change_base_period_cues.count(t[k].lc)) continue;
        std::size_t e = k + 1;
        bool period = false;
        auto is_period = [&](std::size_t i) {
          return change_base_periods.count(t[i].lc) || (names && calendar_words.count(t[i].lc));
        };
        while (e < t.size() && e - k <= 4 && t[e].word && !period) period = is_period(e++);
        while (period && e < t.size() && t[e].word && is_period(e)) ++e;  // "a year earlier"
        if (period) return join(k, e);
        break;
      }
    }
    // A gapped list carries an agent verb without its agent: "X took 21% and 87 seats, the Y
    // party 14% and 58 seats": each conjunct's name before its figures scopes them.
    // (also when the verb found comes after the figure: "..., the Liberal Democrats 72 and ...")
    bool const verb_after = c.predicate_span.end > c.predicate_span.start && c.predicate_span.start >= t[qfirst].end;
    if ((c.predicate_span.end == c.predicate_span.start || later_conjunct || verb_after) &&
        agent_key(c.predicate.key)) {
      std::size_t k = qfirst, e = SIZE_MAX;
      while (k > 0 && qfirst - k < 10 && t[k - 1].lc != "," && t[k - 1].lc != ";" && t[k - 1].lc != ":") {
        --k;
        if (proper_noun(text, t[k]) && !(k == 0)) {
          if (e == SIZE_MAX) e = k + 1;
        } else if (e != SIZE_MAX) {
          break;
        }
      }
      if (e != SIZE_MAX) {
        std::size_t b = e - 1;
        while (b > 0 && proper_noun(text, t[b - 1]) && e - b < 4) --b;
        return join(b, e);
      }
    }
    // proper-noun modifiers inside the subject chunk
    if (c.subject_text_span.end > c.subject_text_span.start) {
      // (the subject is next to the figure: searched from it, see partition_near)
      std::size_t b = partition_near(t, qfirst, [&](token const& x) { return x.start < c.subject_text_span.start; });
      std::size_t e = b;
      while (e < t.size() && t[e].end <= c.subject_text_span.end) ++e;
      if (e > b + 1) {
        std::size_t k = b;
        while (k + 1 < e && proper_noun(text, t[k]) && !(k == 0)) ++k;
        if (k > b) return join(b, k);
      }
      // a named possessor of the subject: "Labour's share", "the Conservatives' share"
      auto possessor = [&](std::size_t i) {
        auto const& w = t[i].lc;
        return t[i].word && is_upper(text[t[i].start]) && is_possessive(w);
      };
      std::size_t p = SIZE_MAX;
      if (b < e && e - b >= 2 && possessor(b)) p = b;
      else if (b > 0 && b < t.size() && possessor(b - 1)) p = b - 1;
      // (the tokenizer reads a plural's bare apostrophe as a closing quote: "Conservatives' share")
      else if (b > 1 && b < t.size() && (t[b - 1].lc == "'" || t[b - 1].lc == "\"") && t[b - 2].end == t[b - 1].start &&
               t[b - 2].word && is_upper(text[t[b - 2].start]) && t[b - 2].lc.ends_with("s"))
        p = b - 2;
      if (p != SIZE_MAX) {
        std::size_t k = p;
        while (k > 0 && p - k < 2 && proper_noun(text, t[k - 1])) --k;
        return join(k, p + 1);
      }
    }
    return {};
  }

  // "the health ministry" after "Gaza's health ministry": the fuller name named earlier.
  // (the answer is `key`, an element of `seen`, a table's value, or a buffer of the thread valid
  // until the next call: the callers copy it at once)
  std::string const& resolve_speaker(std::string const& key, std::vector<std::string> const& seen) const {
    if (key.empty()) return key;
    // "Sources and the broadcaster said" after "two security sources and the state broadcaster
    // Radio Velka said": each short conjunct names its conjunct of a coordinated name used
    // earlier (every word of it there, in order of the conjuncts), so the short mention takes
    // the fuller name. (Only keys with "and", which are few.)
    if (auto const amp = key.find(" and "); amp != std::string::npos) {
      auto words_within = [](std::string_view part, std::string_view full) {
        bool any = false;
        for (std::size_t i = 0; i < part.size();) {
          auto j = part.find(' ', i);
          if (j == std::string_view::npos) j = part.size();
          auto const w = part.substr(i, j - i);
          i = j + 1;
          if (w.empty() || w == "the") continue;
          bool found = false;
          for (std::size_t a = 0; a < full.size() && !found;) {
            auto b = full.find(' ', a);
            if (b == std::string_view::npos) b = full.size();
            found = full.substr(a, b - a) == w;
            a = b + 1;
          }
          if (!found) return false;
          any = true;
        }
        return any;
      };
      std::string_view const k(key);
      for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
        auto const other = it->find(" and ");
        if (*it == key || other == std::string::npos || it->size() <= key.size()) continue;
        std::string_view const full(*it);
        if (words_within(k.substr(0, amp), full.substr(0, other)) && words_within(k.substr(amp + 5), full.substr(other + 5)))
          return *it;
      }
    }
    // (speaker_facts_of: the last word's and the key's facts, one lookup each, one for a word)
    auto facts_of = [&](std::string_view w) -> speaker_facts const* { return speaker_facts_of.find(w); };
    auto const last_space = key.rfind(' ');
    speaker_facts const* const last =
        facts_of(last_space == std::string::npos ? std::string_view(key) : std::string_view(key).substr(last_space + 1));
    // "police said" after "the Keldmark Police Service said": a body's kind (body_nouns.tsv) that
    // is the next-to-last word of exactly one earlier name whose last word names a body too (not
    // an organ: "the fund" is not "fund board"). A group that speaks each time, like police,
    // still names that body when the article named it so.
    if (last_space == std::string::npos && body_nouns.count(key)) {
      std::string const* inside = nullptr;
      for (auto const& full : seen) {
        if (full.size() <= key.size() + 1 || full.find(" and ") != std::string::npos) continue;
        for (std::size_t at = full.find(key); at != std::string::npos; at = full.find(key, at + 1)) {
          std::size_t const after = at + key.size();
          bool const word = (at == 0 || full[at - 1] == ' ') && after < full.size() && full[after] == ' ' &&
                            full.find(' ', after + 1) == std::string::npos;
          if (!word) continue;
          std::string_view const head = std::string_view(full).substr(after + 1);
          if (!body_nouns.count(head) || body_organs.count(head)) continue;
          if (inside && *inside != full) return key;  // two names hold it: neither is sure
          inside = &full;
          break;
        }
      }
      if (inside) return *inside;
    }
    // groups ("residents", "witnesses") are different people each time: never resolved
    if (last && last->generic) return key;
    speaker_facts const* const whole = last_space == std::string::npos ? last : facts_of(key);
    // (the last bytes compared first: most names end otherwise)
    auto ends_with_key = [&](std::string const& full) {
      return full.size() > key.size() + 1 && full.back() == key.back() &&
             full.compare(full.size() - key.size(), key.size(), key) == 0 &&
             full[full.size() - key.size() - 1] == ' ' &&
             // "Turkish and Syrian officials" names two bodies: a later "officials" is not both
             full.find(" and ") == std::string::npos;
    };
    // "the ministry" after "the Ministry of Health": the head of a name with "of"
    bool const one_word = key.find(' ') == std::string::npos;
    auto head_of = [&](std::string const& full) {
      return one_word && full.size() > key.size() + 4 && full[0] == key[0] && full.compare(0, key.size(), key) == 0 &&
             full.compare(key.size(), 4, " of ") == 0 && full.find(" and ") == std::string::npos;
    };
    bool const alias_possible = whole && whole->alias_suffix;
    for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
      if (head_of(*it)) return *it;
      if (ends_with_key(*it)) {
        // (the fullest form of that name: "Ostland's Electoral Commission said" keys "ostland
        // electoral commission", and the name alone is a mention of the same sentence)
        std::string const* fullest = &*it;
        for (auto const& other : seen)
          if (other.size() > fullest->size() + 1 && other.ends_with(*fullest) &&
              other[other.size() - fullest->size() - 1] == ' ' && other.find(" and ") == std::string::npos)
            fullest = &other;
        // (a full name mentioned as such maps to its key: "International Monetary Fund" -> "imf")
        auto alias = source_aliases.find(*fullest);
        return alias != source_aliases.end() ? alias->second : *fullest;
      }
      // "the fund" after "the International Monetary Fund" (key "imf"): the full names of a
      // short key (grammars/source_aliases.tsv)
      // (only a key some full name ends with can match: one lookup per call, not per speaker)
      if (!alias_possible) continue;
      if (auto names = alias_names.find(*it); names != alias_names.end())
        for (auto const& full : names->second)
          if (ends_with_key(full)) return *it;
    }
    // "Tarno has offered 3%" after "the Tarno Haulage Group": a one-word name that is the
    // first word of exactly one longer name of the article (two or three words) is that name;
    // not a place's ("Israel" is no "Israel Katz") nor a word that names a body, kind or group
    // (the names that begin so first: most keys have none, and the word is then not looked up)
    if (one_word && !last) {
      std::string const* longer = nullptr;
      bool two = false;
      for (auto const& full : seen) {
        if (full.size() <= key.size() + 1 || full[0] != key[0] || full[key.size()] != ' ' || full.compare(0, key.size(), key) != 0 ||
            full.find(" and ") != std::string::npos || std::count(full.begin(), full.end(), ' ') > 2)
          continue;
        two = two || (longer && *longer != full);  // two names begin so: neither is sure
        longer = &full;
      }
      if (longer && !two && !demonyms.count(key) && !demonym_adjectives.count(key) && !body_nouns.count(key) &&
          !kind_nouns.count(key) && !titles.count(key) && !speaker_nouns.count(key) && !anaphors.count(key))
        return *longer;
      if (two) return key;
    }
    // "The army says" after "Israel's military told ...", "the military puts" after "Israeli
    // troops": a bare body takes the nationality of the last body of its kind named with one
    // (grammars/body_kinds.tsv) -> "israeli army"
    if (whole && whole->kind) {
      for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
        auto sp = it->find(' ');
        if (sp == std::string::npos || !demonym_adjectives.count(it->substr(0, sp))) continue;
        if (auto other = body_kinds.find(it->substr(sp + 1)); other != body_kinds.end() && other->second == *whole->kind) {
          thread_local std::string named;
          std::string r = it->substr(0, sp) + " " + key;
          named = std::move(r);
          return named;
        }
      }
    }
    return key;
  }

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
      if (!proper_noun(text, t[i]) || titles.count(t[i].lc) ||
          (i > 0 && proper_noun(text, t[i - 1]) && !is_possessive(t[i - 1].lc)))
        continue;
      std::size_t e = i;
      while (e < t.size() && e - i < 4 && proper_noun(text, t[e]) && !t[e].lc.ends_with("'s")) ++e;
      while (i < e && titles.count(t[i].lc)) ++i;
      if (e - i < 2 || e - i > 3 || (e < t.size() && proper_noun(text, t[e]))) continue;
      std::string name;
      for (std::size_t k = i; k < e; ++k) name += (name.empty() ? "" : " ") + t[k].lc;
      named(std::move(name));
    }
  }

  // "the territory's health ministry": the anaphor stands for the last place named "in" ("killed
  // in Gaza") -> "gaza health ministry". (This and the two rules below change k.key in place
  // when they apply: most speakers' keys stay as they are, and are not copied.)
  void anaphor_place(text_key& k, std::string const& place) const {
    if (k.key.empty() || place.empty() ||
        (k.key.size() > place.size() && k.key.starts_with(place) && k.key[place.size()] == ' '))
      return;
    // (the folded text's words as views of a buffer kept from call to call)
    thread_local std::string buf;
    std::string_view const s = fold_to(buf, k.text);
    std::string_view w;  // the first word that is not "the", "to" or the first word of a cue
    for (std::size_t i = 0; i < s.size();) {
      auto j = s.find(' ', i);
      if (j == std::string_view::npos) j = s.size();
      if (j > i) {
        w = s.substr(i, j - i);
        if (!(w == "the" || cue_firsts.count(w) || w == "to")) break;
        w = {};
      }
      i = j + 1;
    }
    if (w.empty() || !w.ends_with("'s") || !anaphors.count(strip_possessive_view(w))) return;
    k.key = place + " " + k.key;
  }

  // "In Gaza, the health ministry said": a definite body without a place, in a sentence framed
  // by the story's own place (one of the article's topics), is that place's body ("gaza health
  // ministry"). A place inside the report ("killed in Gaza ..., the health ministry said") says
  // where the figures are, not whose body it is (docs/corpus.md, source_key). Groups are not bodies.
  void body_of_place(text_key& k, std::string const& place, std::vector<std::string> const& topics) const {
    if (k.key.empty() || place.empty() || k.text.size() < 5 || !folded_prefix_is(k.text, "the ")) return;
    if (k.key.starts_with(place + " ")) return;  // already the place's ("the territory's ministry")
    if (std::find(topics.begin(), topics.end(), place) == topics.end() && !demonyms.count(place)) {
      bool adjective_of_topic = false;
      for (auto const& [country, adj] : demonyms)
        adjective_of_topic = adjective_of_topic || (adj == place && std::find(topics.begin(), topics.end(), country) != topics.end());
      if (!adjective_of_topic) return;
    }
    for (std::size_t c = 4; c < k.text.size(); ++c)
      if (is_upper(k.text[c])) return;  // a name ("the World Bank")
    if (generic_head(k.key)) return;
    if (k.key.find(' ') == std::string::npos) return;  // "the ministry" resolves to a fuller name instead
    // "the provincial water board", "the national weather office": the body names its own
    // level of government, which need not be the place's (grammars/jurisdictions.tsv)
    if (jurisdictions.count(std::string_view(k.key).substr(0, k.key.find(' ')))) return;
    k.key = place + " " + k.key;
  }

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

  // "the company said" after "the energy company Vattenkraft said", "the minister said" after
  // "Finance minister Ana Silva said": a one-word mention that no fuller name ends with names the
  // speaker an earlier descriptor of that word introduced (speaker_key drops the descriptor, so
  // the key alone cannot tell). Only a name already among the article's speakers is taken; `upto`
  // is the offset of the mention's sentence; the 4 KB before it are read. Empty when none.
  std::string described_speaker(std::string_view text, std::size_t upto, std::string const& key,
                                std::vector<std::string> const& seen) const {
    if (key.empty() || key.find(' ') != std::string::npos || seen.empty()) return {};
    // (the last 4 KB before the sentence: a short mention points back that far at most, and a
    // huge article of such sentences stays linear)
    std::size_t const end = std::min(upto, text.size()), from = end > 4096 ? end - 4096 : 0;
    std::string_view const before = text.substr(from, end - from);
    // each "<key> <Name>" written earlier (the descriptor is lowercase: a plain search finds it),
    // its capitalized words read as a key and looked up among the speakers
    thread_local std::string name;
    for (std::size_t at = before.find(key); at != std::string_view::npos; at = before.find(key, at + 1)) {
      std::size_t i = at + key.size();
      if ((at > 0 && is_alnum(before[at - 1])) || i + 1 >= before.size() || before[i] != ' ' || !is_upper(before[i + 1]))
        continue;
      name.clear();
      for (++i; i < before.size() && is_upper(before[i]);) {  // up to the first word that is not capitalized
        std::size_t e = i;
        while (e < before.size() && (is_alnum(before[e]) || before[e] == '-')) ++e;
        if (!name.empty()) name.push_back(' ');
        for (std::size_t c = i; c < e; ++c) name.push_back(before[c] >= 'A' && before[c] <= 'Z' ? static_cast<char>(before[c] - 'A' + 'a') : before[c]);
        if (e >= before.size() || before[e] != ' ') break;
        i = e + 1;
      }
      for (auto it = seen.rbegin(); it != seen.rend(); ++it)
        if (*it == name) return *it;
    }
    return {};
  }

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
  std::string kind_mention(std::string_view text, std::string_view lowered, sentence_info const& si,
                           std::string const& kind, std::vector<std::string> const& speakers,
                           std::vector<char> const& spoke, kind_table& table, bool lede = false) const {
    if (!kind_nouns.count(kind)) return {};
    for (auto it = table.named.rbegin(); it != table.named.rend(); ++it)
      if (it->first == kind) return it->second;
    // a proper name: its first word is never written in lowercase in the article ("Drivers
    // reported ..." opens a sentence with a common noun)
    auto proper_name = [&](std::string_view key) {
      std::string_view const first = key.substr(0, key.find(' '));
      bool capital = false;
      for (std::size_t at = lowered.find(first); at != std::string_view::npos; at = lowered.find(first, at + 1)) {
        std::size_t const end = at + first.size();
        if ((at > 0 && is_alnum(lowered[at - 1])) || (end < lowered.size() && is_alnum(lowered[end]))) continue;
        if (!is_upper(text[at])) return false;
        capital = true;
      }
      return capital;
    };
    // a person's name: after a title, or before ", <title>", ", who" or an age, where it is first written
    auto person = [&](std::string_view key) {
      auto const at = lowered.find(key);
      if (at == std::string_view::npos) return false;
      std::size_t p = at;
      while (p > 0 && lowered[p - 1] == ' ') --p;
      std::size_t q = p;
      while (q > 0 && is_alnum(lowered[q - 1])) --q;
      if (q < p && titles.count(lowered.substr(q, p - q))) return true;
      std::size_t a = at + key.size();
      if (a + 2 >= lowered.size() || lowered[a] != ',') return false;
      a += 2;
      // the appositive's first words: "who", an age, or a title within three words ("the chief
      // executive", "Ostgrid's director of operations")
      for (int n = 0; n < 3 && a < lowered.size(); ++n) {
        std::size_t b = a;
        while (b < lowered.size() && (is_alnum(lowered[b]) || lowered[b] == '-' || lowered[b] == '\'')) ++b;
        std::string_view const w = lowered.substr(a, b - a);
        if (titles.count(w) || (n == 0 && (w == "who" || (!w.empty() && w[0] >= '0' && w[0] <= '9')))) return true;
        if (b >= lowered.size() || lowered[b] != ' ') return false;
        a = b + 1;
      }
      return false;
    };
    // (both read the article's text: each key asked once per article)
    auto organisation = [&](std::string_view key) {
      for (auto const& [k, yes] : table.organisation)
        if (k == key) return yes;
      bool const yes = proper_name(key) && !person(key);
      table.organisation.emplace_back(std::string(key), yes);
      return yes;
    };
    // the name opening the sentence: "Kemp Air has ...", "The appliance maker Dorvik will ...", "Dalmar, which ..."
    // (after a dateline: "LONDON, Nov. 3 — Kemp Air has ...")
    token_span const t = si.tokens;
    std::size_t const opens = body_token(si);
    std::size_t n = opens < t.size() && t[opens].lc == "the" ? opens + 1 : opens;
    // ("Shares in Kestrel Foods fell 8%", "Sales at Dorvik rose": what the sentence opens with is
    // the name's, and the name the kind stands for)
    // (the first word's capital is the sentence's; "of" stays inside names: "Port of Velm")
    if (n == opens && n + 2 < t.size() && t[n].word && (t[n + 1].lc == "in" || t[n + 1].lc == "at") &&
        proper_noun(text, t[n + 2]))
      n += 2;
    std::size_t const named_from = n > opens + 1 ? n : opens;
    std::size_t const b = n;
    while (n < t.size() && n - b < 3 && t[n].word && !is_upper(text[t[n].start])) ++n;  // its descriptor
    std::size_t e = n;
    while (e < t.size() && e - n < 4 &&
           ((proper_noun(text, t[e]) && !is_possessive(t[e].lc)) || (t[e].lc == "&" && e > n && e + 1 < t.size())))
      ++e;
    // (then a verb: an auxiliary, a listed one or a past form, or an appositive's comma; "Net
    // profit was" opens with no name)
    // (a single word that opens the sentence is a name by its capital only before an auxiliary or
    // an appositive's comma: "Kemp has cancelled", not "Profit fell")
    // (in the article's first sentence a ticker in brackets may follow the name: "Tallis
    // Resources (ASX: TLR) said")
    std::size_t v = e;
    if (lede && v < t.size() && t[v].lc == "(")
      for (std::size_t c = v + 1; c < t.size() && c - v < 8; ++c)
        if (t[c].lc == ")") {
          v = c + 1;
          break;
        }
    bool const aux = v < t.size() && (attribution_aux.count(t[v]) || t[v].lc == ",");
    if (e > n && v < t.size() && (e > opens + 1 || aux) &&
        (t[v].lc == "," || (t[v].word && !is_upper(text[t[v].start]) &&
                            (t[v].pred || t[v].low_pred || aux || t[v].lc.ends_with("ed") || act_at(t, v) ||
                             said_verbs.count(t[v].lc))))) {
      auto k = speaker_key(text, t, named_from, e);
      if (!k.key.empty() && k.key != kind && !demonyms.count(k.key) && !demonym_adjectives.count(k.key) &&
          !generic_head(k.key) && organisation(k.key))
        return k.key;
    }
    if (!firm_nouns.count(kind)) return {};
    for (std::size_t n = speakers.size(); n-- > 0;) {
      if (!spoke[n]) continue;  // (a name only mentioned: "near the Lantor Metals smelter")
      std::string_view const key = speakers[n];
      auto const sp = key.rfind(' ');
      std::string_view const head = sp == std::string_view::npos ? key : key.substr(sp + 1);
      if (key.find(" and ") != std::string_view::npos || generic_head(key) || body_nouns.count(head) ||
          institution_nouns.count(head) || speaker_nouns.count(head) || (kind_nouns.count(head) && head != kind) ||
          demonyms.count(key))
        continue;
      // (the last such speaker only: a person or a common noun there is no organisation, and one
      // named before it is too far back to be sure of)
      return organisation(key) ? speakers[n] : std::string();
    }
    if (lede) return {};
    if (!table.lede_read && table.lede_sentence) {
      table.lede_read = true;
      static std::vector<std::string> const none;
      static std::vector<char> const none_spoke;
      table.lede = kind_mention(text, lowered, *table.lede_sentence, kind, none, none_spoke, table, true);
    }
    return table.lede;
  }

  // The one name of a body the sentence gives before the speaker's text `said` ("the Public Service
  // Alliance": "the" and two capitalized words or more), as a key; empty when none or several.
  std::string body_named_before(std::string_view text, sentence_info const& si, std::string const& said) const {
    token_span const t = si.tokens;
    auto const at = text.find(said, si.span.start);
    std::string out;
    for (std::size_t i = 0; i + 2 < t.size() && (at == std::string_view::npos || t[i].start < at); ++i) {
      // (a body whose people the sentence names: "Members of the ...", "staff of the ..."; not a
      // place: "floods hit the Red River Valley, the agency said")
      if (t[i].lc != "the" || i == 0 || t[i - 1].lc != "of") continue;
      std::size_t e = i + 1;
      while (e < t.size() && e - i <= 4 && proper_noun(text, t[e]) && !is_possessive(t[e].lc)) ++e;
      if (e - i < 3 || (e < t.size() && t[e].word && is_possessive(t[e].lc)) || place_nouns.count(t[e - 1].lc)) continue;
      if (!out.empty()) return {};
      out = speaker_key(text, t, i, e).key;
      i = e - 1;
    }
    return out;
  }

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
  bool own_sentence_speaker_of(text_key const& k) const {
    // ("officials and medics" names a body with the group: its report goes on)
    if (generic_head(k.key))
      return k.key.find(" and ") == std::string::npos;
    // (the key's and the text's words as views: no vector of strings per call)
    auto for_words = [](std::string_view s, auto&& f) {
      for (std::size_t i = 0; i < s.size();) {
        auto j = s.find(' ', i);
        if (j == std::string_view::npos) j = s.size();
        if (j > i && !f(s.substr(i, j - i))) return;
        i = j + 1;
      }
    };
    std::array<std::string_view, 5> name;
    std::size_t n = 0;
    for_words(k.key, [&](std::string_view w) {
      name[n++] = w;
      return n < name.size();
    });
    if (n < 2 || n > 4) return false;
    // (the folded text and its words in buffers kept from call to call)
    thread_local std::string buf;
    auto const folded_text = fold_to(buf, k.text);
    thread_local std::vector<std::string_view> words;
    words.clear();
    for_words(folded_text, [&](std::string_view w) {
      while (!w.empty() && !is_alnum(w.back())) w.remove_suffix(1);
      words.push_back(w);
      return true;
    });
    for (std::size_t i = 1; i + n <= words.size(); ++i)
      if (std::equal(name.begin(), name.begin() + static_cast<std::ptrdiff_t>(n), words.begin() + static_cast<std::ptrdiff_t>(i)) &&
          titles.count(words[i - 1]))
        return true;
    return false;
  }

  // "Its army says" after "Israel says": the possessive pronoun stands for the last named
  // speaker; a place becomes its adjective ("israeli army"). True when it changed k.key.
  bool its_speaker(text_key& k, text_key const& last, bool the = false) const {
    if (k.key.empty() || last.key.empty() || k.text.size() < 4) return false;
    if (generic_head(k.key))
      return false;  // "its organisers": people, not the place's body
    // "Israel says ... The army says": a one-word body right after a country spoke (`last` is
    // then the previous sentence's speaker) is its body
    bool the_body = the && k.key.find(' ') == std::string::npos && k.key.size() > 2 && folded_prefix_is(k.text, "the ");
    if (!the_body && !folded_prefix_is(k.text, "its ")) return false;
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
    if (k.key == "it" || k.key == "they" || k.key == "he" || k.key == "she" || k.key == "we") {
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
  // (into `out`, cleared first: extract's places per figure are written in place, not moved)
  void place_after(std::string_view text, sentence_info const& si, std::size_t qlast, std::string& out) const {
    token_span const t = si.tokens;
    out.clear();
    for (std::size_t i = qlast + 1; i < t.size() && i <= qlast + 5; ++i) {
      if (!t[i].word) break;
      if (t[i].lc != "in" && t[i].lc != "across") continue;
      std::size_t k = i + 1;
      while (k < t.size() && t[k].word && (t[k].lc == "the" || directions.count(t[k].lc))) ++k;
      std::size_t e = k;
      while (e < t.size() && e - k < 3 && proper_noun(text, t[e])) ++e;
      for (std::size_t m = k; m < e; ++m) {
        if (!out.empty()) out.push_back(' ');
        out += strip_possessive_view(t[m].lc);
      }
      return;
    }
  }

  // lean_topics: extractor::extract_lean (no copies of the article's fields, the sentence and
  // the topics in the claims; the topics go there instead).
  // The article's claims are built in `store` (see claim_list); returns how many.
  std::size_t extract(article const& a, bool copy_sentences, std::vector<std::string>* lean_topics,
                      std::vector<claim>& store) const {
    claim_list out(store);
    bool const lean = lean_topics != nullptr;
    if (lean) copy_sentences = false;
    ymd pub_date;
    bool has_pub = parse_iso(a.published, pub_date);
    text_key last_speaker;
    text_key last_planner;  // the last body that acted or announced: whose plans the article tells
    text_key earlier_planner;  // the one before it, while a sentence names the next
    std::string_view text(a.text);
    // Line starts, for SARIF locations in plain-text files.
    bool text_file = a.file.size() > 4 && (a.file.ends_with(".txt") || a.file.ends_with(".md") ||
                                           a.file.ends_with(".txt.gz") || a.file.ends_with(".md.gz"));
    auto const spans = splitter.split(text);
    thread_local sentence_store sentences_kept;
    thread_local sentence_buffers buffers;
    // The article's lowercased copy and byte classes, made once for the scanner (each sentence's
    // parse reads them) and the tokenizer; the copy, and `folds` for words with non-ASCII bytes,
    // hold the tokens' folded texts (tokenize_into), for as long as the sentences' tokens are
    // read. (The thread's, reused: nothing reads an article's tokens after its extract.)
    thread_local parser::prepared_text prepared;
    thread_local std::vector<char> folds;
    prepared.build(text);
    folds.assign(text.size() + 16, 0);
    auto const sentences = sentences_kept.take(text, spans);
    // the sentences' capitalized words (sentence_info::capitals) and their "," and ";" tokens
    // (sentence_info::marks), one sentence after the other
    thread_local std::vector<std::uint32_t> capitals, marks;
    capitals.clear();
    marks.clear();
    std::vector<std::pair<std::size_t, std::size_t>> lists_at;  // where each sentence's begin in them
    lists_at.reserve(spans.size() + 1);
    auto const quiet = prepared.quiet();
    for (auto& si : sentences) {
      auto const s = si.span;
      lists_at.emplace_back(capitals.size(), marks.size());
      tokenize_into(si.tokens, text, s, prepared, folds.data(), &capitals, &marks);
      // (the parser after intern, which marks the words it need not visit in `prepared`)
      auto const windows = intern(si.tokens, si.notable, &quiet);
      // (the figures' texts are not copied: a claim reads its figure's at its span, and only
      // extract's full claims copy it, below)
      parser.parse(text, s, prepared, si.parsed, false);
      si.notable_known = true;
      mark_phrases(si.tokens, windows.phrases, si.notable);
      si.modality_window = windows.modality;
      drop_speaker_counts(si);
    }
    lists_at.emplace_back(capitals.size(), marks.size());
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      auto const [c, m] = lists_at[k];
      sentences[k].capitals = {capitals.data() + c, lists_at[k + 1].first - c};
      sentences[k].capitals_known = true;
      sentences[k].marks = {marks.data() + m, lists_at[k + 1].second - m};
    }
    auto topics = topics_of(text, sentences, a.title);
    // "ARTICLE:" and room for a claim's number after it: an id is one copy out of it
    std::string id_text(a.id.size() + 1 + 20, ':');
    a.id.copy(id_text.data(), a.id.size());
    std::string const source_key = text::fold(a.source);  // the outlet as a speaker key
    {
      std::size_t quantities = 0;
      for (auto const& si : sentences) quantities += si.parsed.quantities.size();
      out.reserve(quantities);
    }
    std::size_t prev_end = 0;
    std::size_t prev_base = SIZE_MAX;  // where the previous sentence's claims begin in `out`
    text_key previous_speaker;         // who the previous sentence named as its speaker
    text_key paragraph_speaker;
    std::vector<std::pair<std::string, std::string>> titled;  // "agency chief" -> "dorin vasko" (note_title)
    // Claims of the paragraph so far that no one was named for (the outlet's): a speaker the
    // paragraph names next tells them too ("The toll is now greater than 50,000. On Friday,
    // officials put the combined toll at 50,132").
    std::vector<std::size_t> unsaid;
    std::vector<std::string> speakers;  // source keys named so far in the article
    // the kinds of organisation "the airline", "the company" stood for so far (kind_mention)
    kind_table kinds_named;
    std::string_view const lowered(prepared.lowered_data(), text.size());
    // (each once, in the order last named: resolve_speaker walks them for every sentence, so a long
    // article that names the same speaker in every sentence must not make them grow with it)
    // (one named again is rotated to the end: no copy of it, and no move at all when it is the
    // last already, as it mostly is)
    // whether each of `speakers` spoke or acted (1) or was only mentioned (0), rotated with it:
    // whom "the company said" may stand for (kind_mention)
    std::vector<char> spoke;
    auto to_last = [&](auto&& key, bool speaks) {
      if (auto it = std::find(speakers.begin(), speakers.end(), key); it != speakers.end()) {
        auto const at = it - speakers.begin();
        char const was = spoke[static_cast<std::size_t>(at)];
        std::rotate(it, it + 1, speakers.end());
        std::rotate(spoke.begin() + at, spoke.begin() + at + 1, spoke.end());
        spoke.back() = static_cast<char>(was || speaks);
      } else {
        speakers.push_back(std::forward<decltype(key)>(key));
        spoke.push_back(speaks);
      }
    };
    auto name_mention = [&](auto&& key) { to_last(std::forward<decltype(key)>(key), false); };
    auto name_speaker = [&](auto&& key) { to_last(std::forward<decltype(key)>(key), true); };
    std::string last_place;             // the last place named "in" (for "the territory's ministry")
    std::string previous_date;          // the last day a sentence named ("a day earlier" counts from it)
    std::string previous_start;         // the day the paragraph's previous sentence started a period on
    // An earlier level ("up from 47 a day earlier", "from 26 two days earlier"): no whole of a part
    // referred to later.
    auto earlier_level_at = [&](claim const& o) {
      std::size_t b = o.q.span.start;
      while (b > 0 && text[b - 1] == ' ') --b;
      return b >= 4 && text.substr(b - 4, 4) == "from" && (b == 4 || !is_alnum(text[b - 5]));
    };
    std::string tenure_start;              // the one day the article says a tenure started ("-": several)
    std::vector<std::size_t> tenures;      // durations "in power" without a start of their own
    // shares "of those who <verb>" (their claim in `out`, the verb's key): resolved at the end
    std::vector<std::pair<std::size_t, std::string>> who_shares;
    date_frame frame;                   // the time frame the paragraph's sentences continue
    date_frame event_frame;             // the lede's event day ("Thursday's election"), article-wide
    date_frame lede_act;                // the lede's first day ("on Monday approved"): "the approval" later
    date_frame month_frame;             // the month of the lede's statistic ("reached 9.1% in June")
    bool first_paragraph = true;
    std::size_t loc_pos = 0, loc_line = a.line, loc_col_start = 0;  // SARIF line/column cursor
    // A sentence's date phrases and embedded clauses (date_candidates, embedded_clauses), and the
    // speakers of a sentence split into two clauses and the body that acts: kept from sentence to
    // sentence, cleared keeping their capacity, instead of built and destroyed per sentence (only
    // a split sentence, or one that names no speaker, sets the speakers).
    std::vector<date_cand> sentence_dates;
    std::vector<embedded_clause> sentence_clauses;
    text_key first_clause, second_clause, before_last_speaker, before_paragraph_speaker;
    actor_match actor;
    for (auto& si : sentences) {
      auto const s = si.span;
      // A blank line between sentences starts a new paragraph: its speaker is not inherited.
      // (the gap is mostly one space: shorter than the search's own setup)
      if (s.start - prev_end >= 2 && text.substr(prev_end, s.start - prev_end).find("\n\n") != std::string_view::npos) {
        // ... unless the paragraph opens by counting from the previous report ("A day earlier,
        // 11,236 people had been confirmed killed"): the same report goes on.
        bool chained = false;
        std::size_t w = 0;
        while (w < si.tokens.size() && !si.tokens[w].word) ++w;
        for (auto const& r : starting(relative_dates, si.tokens, w))  // (only cues that start with t[w] can match)
          chained = chained || (r.extra == "previous" && r.value.size() > 0 && r.value[0] == '-' && match_at(si.tokens, w, r.words));
        if (!chained) paragraph_speaker = {};
        unsaid.clear();
        previous_start.clear();
        frame = event_frame.value.empty() ? month_frame : event_frame;
        first_paragraph = false;
      }
      prev_end = s.end;
      // the article's first sentence: the organisation it opens with (kind_table::lede)
      if (!kinds_named.lede_sentence && !si.tokens.empty()) kinds_named.lede_sentence = &si;
      if (si.parsed.quantities.empty()) {
        date_candidates(si, has_pub ? &pub_date : nullptr, previous_date.empty() ? nullptr : &previous_date, sentence_dates);
        auto const& ds = sentence_dates;
        for (auto const& d : ds)
          if (!d.since && d.value.size() == 10) previous_date = d.value;
        // (most sentences name no day: no call, no string)
        if (ds.empty()) previous_start.clear();
        else previous_start = period_start_of(si, ds);
        if (first_paragraph && lede_act.value.empty()) {
          lede_act = lede_day(ds, has_pub ? &pub_date : nullptr);
          if (!lede_act.value.empty()) lede_act.speaker = actor_head(si, si.tokens.size());
        }
        // still track speakers for pronoun resolution
        if (auto p = place_in(text, si); !p.empty()) last_place = p;
        auto k = find_attribution(text, si);
        its_speaker(k, last_speaker);
        anaphor_place(k, last_place);
        k.key = resolve_speaker(k.key, speakers);
        previous_speaker = k;
        update_frame(frame, ds, {}, k.key, has_pub ? &pub_date : nullptr);
        if (!k.key.empty()) {
          last_speaker = k;
          // (a person with a title: the title phrase is noted for a later mention by it)
          if (!own_sentence_speaker(k)) paragraph_speaker = k;
          else note_title(k, titled);
          if (si.plan_speaker) last_planner = k;
          name_speaker(k.key);
        } else if (auto act = find_actor(text, si); actor_key(act.first, last_speaker, speakers)) {
          last_speaker = last_planner = act.first;  // a later "He said" stands for the body that acted
          name_speaker(act.first.key);
        }
        mentions_of(text, si, name_mention);
        continue;
      }
      modality_matches(si);
      auto const sentence_place = place_in(text, si);
      if (!sentence_place.empty()) last_place = sentence_place;
      auto const frame_place = fronted_place(text, si);
      auto attribution = find_attribution(text, si);
      // A second clause with a speaker of its own (", and Britain announced up to £10 million", ",
      // while AFAD said more than 24,400", "..., and the military puts its own losses at"): its
      // figures are that speaker's, the figures before it the first clause's.
      std::size_t split_at = SIZE_MAX;
      for (auto* k : {&first_clause, &second_clause, &before_last_speaker, &before_paragraph_speaker}) clear_keeping(*k);
      bool first_pronoun = false, main_in_second = false;
      {
        auto const& t = si.tokens;
        // A clause read as a sentence of its own (find_attribution and find_actor take one): the
        // thread's scratch sentence, refilled per clause, so that its token vector keeps its
        // capacity (a new sentence_info per boundary allocated and freed it). Its tokens are
        // resized, then copied: a token is trivially copyable, so that is one memmove, where
        // assigning them to an empty vector constructs them one by one.
        static_assert(std::is_trivially_copyable_v<token>);
        thread_local sentence_info clause;
        auto clause_of = [&](std::size_t from, std::size_t to, byte_span span) -> sentence_info& {
          clause.clear_found();
          clause.text = si.text;
          clause.span = span;
          clause.tokens.resize(to - from);
          std::copy(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(to),
                    clause.tokens.begin());
          return clause;
        };
        // The sentence's figures, lent to the clause while a rule reads it (no copy of them).
        struct lent_figures {
          std::vector<quantity>& sentence;
          std::vector<quantity>& clause;
          lent_figures(std::vector<quantity>& s, std::vector<quantity>& c) : sentence(s), clause(c) { clause.swap(sentence); }
          ~lent_figures() { clause.swap(sentence); }
          lent_figures(lent_figures const&) = delete;
          lent_figures& operator=(lent_figures const&) = delete;
        };
        // (a boundary is a "," or ";" token: only those are visited)
        for (std::size_t const i : si.marks) {
          std::size_t const n = t.size();
          if (split_at != SIZE_MAX || i + 2 >= n) break;
          if (i == 0) continue;
          // (", after the government agreed to add €400 million": a clause whose body acts; it
          // opens after "after", and only an act makes it a clause of its own)
          bool const after = t[i].lc == "," && t[i + 1].lc == "after" && i + 3 < n;
          bool boundary = t[i].lc == ";" || after ||
                          (t[i].lc == "," && (t[i + 1].lc == "and" || t[i + 1].lc == "while" || t[i + 1].lc == "but" ||
                                              t[i + 1].lc == "whereas"));
          if (!boundary) continue;
          std::size_t const opens = i + (after ? 2 : 1);
          auto& second = clause_of(opens, n, {t[opens].start, si.span.end});
          text_key k;
          {
            lent_figures const lent(si.parsed.quantities, second.parsed.quantities);
            if (!after) k = find_attribution(text, second);
            // "...; the education ministry has offered 5%": a body that acts in its own clause
            if (k.key.empty() && !second.pronoun_speaker && second.relative.first.key.empty())
              if (auto act = find_actor(text, second); !act.first.key.empty() && act.end == SIZE_MAX) k = act.first;
          }
          if (k.key.empty() || second.pronoun_speaker || !second.relative.first.key.empty()) continue;
          // "\"Twelve of our 20 ferries ran full, and we left people on the pier,\" said the master": the
          // speaker after a quotation tells all of it
          if (t.front().lc == "\"") continue;
          // "About 1,200 homes were flooded, and nearly 5,000 people left, according to the county
          // emergency office": a speaker after every figure of the second clause closes the whole
          // sentence, not a clause of its own
          if (auto at = text.find(k.text, second.span.start); at != std::string_view::npos) {
            bool trailing = true, any = false;
            for (auto const& q : si.parsed.quantities)
              if (q.span.start >= second.span.start) {
                any = true;
                trailing = trailing && q.span.end <= at;
              }
            if (any && trailing) continue;
          }
          auto& first = clause_of(0, i, {si.span.start, t[i].start});
          {
            lent_figures const lent(si.parsed.quantities, first.parsed.quantities);
            first_clause = find_attribution(text, first);
          }
          first_pronoun = first_clause.key.empty() && first.pronoun_speaker;
          main_in_second = attribution.text == k.text;
          second_clause = std::move(k);
          split_at = i;
        }
        // (a huge sentence's clause does not stay with the thread)
        if (clause.tokens.capacity() > 512) std::vector<token>().swap(clause.tokens);
        auto normalize = [&](text_key& k) {
          its_speaker(k, last_speaker);
          anaphor_place(k, last_place);
          body_of_place(k, frame_place, topics);
          k.key = resolve_speaker(k.key, speakers);
        };
        if (split_at != SIZE_MAX) {
          normalize(second_clause);
          if (!first_clause.key.empty()) normalize(first_clause);
        }
      }
      // the speakers before this sentence, for a first clause with none of its own (only a split
      // sentence reads them)
      if (split_at != SIZE_MAX) {
        before_last_speaker = last_speaker;
        before_paragraph_speaker = paragraph_speaker;
      }
      if (!its_speaker(attribution, last_speaker) && !previous_speaker.key.empty())
        its_speaker(attribution, previous_speaker, true);
      anaphor_place(attribution, last_place);
      body_of_place(attribution, frame_place, topics);
      // who this sentence names (it stays so for the rest of the sentence: read as named_next,
      // and own_speaker for the dates)
      assign_changed(previous_speaker.text, attribution.text);
      previous_speaker.key = resolve_speaker(attribution.key, speakers);
      // (while the sentence's own speaker is the key previous_speaker.key resolves: see below)
      bool named_here = !attribution.key.empty();
      // (whether no earlier speaker resolved the key: read once, as each rule below that changes a
      // key sets both to the same text)
      bool const unresolved = previous_speaker.key == attribution.key;
      // "Members of the Public Service Alliance voted ..., the union said": a body named by its
      // kind alone, with no fuller name of that kind earlier, is the one body the sentence names
      // before it
      if (unresolved && body_nouns.count(attribution.key))
        if (auto named = body_named_before(text, si, attribution.text); !named.empty()) {
          attribution.key = previous_speaker.key = std::move(named);
          named_here = false;  // (that name is resolved below, as any other key)
        }
      // "the agency chief added" after "agency chief Dorin Vasko told reporters": the title
      // phrase that stood before a person's name stands for that person (note_title below)
      if (unresolved && !attribution.key.empty())
        for (auto it = titled.rbegin(); it != titled.rend(); ++it)
          if (it->first == attribution.key) {
            attribution.key = previous_speaker.key = it->second;
            break;
          }
      if (unresolved)
        if (auto named = described_speaker(text, si.span.start, attribution.key, speakers); !named.empty())
          attribution.key = previous_speaker.key = std::move(named);
      // "Kemp Air has cancelled 300 flights, the airline said": the organisation the kind stands for
      if (previous_speaker.key == attribution.key && !attribution.key.empty() && kind_nouns.count(attribution.key))
        if (auto named = kind_mention(text, lowered, si, attribution.key, speakers, spoke, kinds_named); !named.empty()) {
          kinds_named.named.emplace_back(attribution.key, named);
          attribution.key = previous_speaker.key = std::move(named);
        }
      // "Harlow Police arrested 41 people ..., a spokeswoman said", "A company spokesman said
      // ...": a spokesperson named by title alone speaks for the body that acts in the sentence,
      // else for the organisation the kind noun before the title stands for (kind_mention)
      if (previous_speaker.key == attribution.key && !attribution.key.empty()) {
        std::string_view const key = attribution.key;
        auto const sp = key.rfind(' ');
        if (voice_titles.count(sp == std::string_view::npos ? key : key.substr(sp + 1))) {
          std::string named;
          if (auto act = find_actor(text, si); !act.first.key.empty() && !voice_titles.count(act.first.key))
            named = resolve_speaker(act.first.key, speakers);
          else if (sp != std::string_view::npos && key.find(' ') == sp && kind_nouns.count(key.substr(0, sp)))
            named = kind_mention(text, lowered, si, std::string(key.substr(0, sp)), speakers, spoke, kinds_named);
          if (!named.empty()) attribution.key = previous_speaker.key = std::move(named);
        }
      }
      text_key const& named_next = previous_speaker;
      std::string const& own_speaker = previous_speaker.key;
      // No one says it: the body that acts ("The Federal Reserve raised rates by ...").
      actor.clear();
      if (attribution.key.empty()) {
        actor = find_actor(text, si);
        if (actor_key(actor.first, last_speaker, speakers)) name_speaker(actor.first.key);
      }
      // "Erdogan declared ... He said 45 countries": a later pronoun stands for the body that acted
      bool const acted = attribution.key.empty() && !actor.first.key.empty();
      if (attribution.key.empty() && !paragraph_speaker.key.empty()) attribution = paragraph_speaker;
      bool quoted = !si.tokens.empty() && si.tokens.front().lc == "\"";
      if (attribution.key.empty() && (si.pronoun_speaker || quoted) && !last_speaker.key.empty())
        attribution = last_speaker;
      // "The agency said 500 homes were flooded" with no one named before: the body as named
      if (attribution.key.empty() && !si.anaphor_key.empty()) attribution = {si.anaphor_key, si.anaphor_key};
      // (a speaker the sentence names is resolved once: previous_speaker.key above is its key,
      // resolved against the same speakers)
      if (named_here) attribution.key = previous_speaker.key;
      else attribution.key = resolve_speaker(attribution.key, speakers);
      if (!attribution.key.empty()) {
        // a speaker over an auxiliary ("had expected", "has recorded") tells background to the
        // paragraph's report: its sentence is its own, the paragraph keeps its speaker
        assign_changed(last_speaker, attribution);
        // A person named with a title ("Prime Minister Ana Roe said ...") or a group of different
        // people ("economists", generic_speakers.tsv) tells its own sentence: the paragraph's
        // sentences after it that name no one are the report's or the narrator's, not theirs
        // (a person with a title who tells figures, "agency chief Ana Roe told reporters 1,100
        // people were hurt", goes on telling the paragraph's report like a body; not one whose
        // only figures are an age or a time, "said he would resign within three months")
        bool const reports = !generic_head(attribution.key) &&
                             std::any_of(si.parsed.quantities.begin(), si.parsed.quantities.end(),
                                         [](quantity const& q) { return q.kind != quantity_kind::duration; });
        bool const person = own_sentence_speaker(attribution);
        if (person && named_here) note_title(attribution, titled);
        if ((person && !reports) || si.count_speaker) {
          // (nor does it end the report it interrupts)
        } else if (!si.aux_speaker || paragraph_speaker.key.empty()) {
          assign_changed(paragraph_speaker, attribution);
        }
        name_speaker(attribution.key);
      } else if (acted) {
        last_speaker = actor.first;
      }
      // the last body that acted or announced before this sentence (copied aside only when the
      // sentence names the next one)
      text_key const* planner_before = &last_planner;
      // "..., residents said, as Israel massed troops for an assault on Rafah, where 2.3 million
      // people have taken refuge": a clause opened by "as" after the speech verb is the
      // narrator's scene, not the speaker's report
      std::size_t scene_at = SIZE_MAX;
      if (!own_speaker.empty()) {
        auto const& t = si.tokens;
        for (std::size_t const k : si.marks) {  // (only the "," and ";" tokens)
          if (scene_at != SIZE_MAX || k + 1 >= t.size()) break;
          if (k == 0 || t[k].lc != "," || t[k + 1].lc != "as") continue;
          std::size_t v = k;
          while (v > 0 && k - v < 3 && t[v - 1].word && (calendar_words.count(t[v - 1].lc) || t[v - 1].lc == "on")) --v;
          if (v == 0) continue;
          for (auto const& sv : speech_verbs)
            if (sv.words.size() == 1 && sv.words[0] == t[v - 1].lc) scene_at = k + 1;
        }
      }
      if (acted || (si.plan_speaker && !attribution.key.empty())) {
        std::swap(earlier_planner, last_planner);
        planner_before = &earlier_planner;
        last_planner = acted ? actor.first : attribution;
      }

      date_candidates(si, has_pub ? &pub_date : nullptr, previous_date.empty() ? nullptr : &previous_date, sentence_dates);
      if (first_paragraph && event_frame.value.empty()) event_frame = event_day(si, sentence_dates);
      // "who took office on January 1, 2019": the day a tenure starts (tenure_phrases.tsv)
      for (auto const& k : sentence_dates) {
        if (!k.year_written || k.value.size() != 10) continue;
        auto const ki = token_at(si.tokens, k.pos);
        std::size_t b = ki > 0 && si.tokens[ki - 1].lc == "on" ? ki - 1 : ki;
        for (auto const& w : tenure_starts)
          if (b >= w.size() && std::equal(w.begin(), w.end(), si.tokens.begin() + static_cast<std::ptrdiff_t>(b - w.size()),
                                          [](std::string const& x, token const& y) { return y.word && y.lc == x; })) {
            if (tenure_start.empty() || tenure_start == k.value) tenure_start = k.value;
            else tenure_start = "-";  // two tenures: neither is sure
          }
      }
      // what find_date reads of the sentence's clauses, once per sentence (not per figure)
      embedded_clauses(si, sentence_dates, sentence_clauses);
      if (first_paragraph && lede_act.value.empty()) {
        lede_act = lede_day(sentence_dates, has_pub ? &pub_date : nullptr);
        if (!lede_act.value.empty()) lede_act.speaker = actor_head(si, si.tokens.size());
      }
      // (the sentence's working vectors are the thread's, kept from sentence to sentence)
      sentence_buffers::in_use buffers_in_use{buffers};
      auto& fell_to_outlet = buffers.fell_to_outlet;  // (see unsaid)
      fell_to_outlet.assign(si.parsed.quantities.size(), 0);
      auto const& ranges = si.figure_ranges;  // (the figures' token ranges: one per claim of the sentence)
      auto& of_quantity = buffers.of_quantity;
      of_quantity.assign(si.parsed.quantities.size(), SIZE_MAX);
      auto& part_of_whole = buffers.part_of_whole;  // the reverse
      part_of_whole.assign(si.parsed.quantities.size(), SIZE_MAX);
      auto& anaphoric_parts = buffers.anaphoric_parts;  // "of those": part, whole
      std::vector<std::pair<std::size_t, std::string>> who_local;  // "of those who voted": share, verb
      // The sentence's claims are built in place at the end of `out` (reserved for every figure
      // of the article: a claim moves ~20 strings): `local` is them, `earlier` the article's before.
      std::size_t const base = out.size();
      out.reserve(si.parsed.quantities.size());
      for (auto& q : si.parsed.quantities) {
        auto& c = out.add(std::move(q));
        if (!lean) {
          c.article = a.id;
          c.source = a.source;
          c.published = a.published;
          c.url = a.url;
          c.file = a.file;
          c.line = a.line;
          c.q.text.assign(text.substr(c.q.span.start, c.q.span.end - c.q.span.start));
        }
        if (copy_sentences) c.sentence = std::string(text.substr(s.start, s.end - s.start));
        c.sentence_start = s.start;
        c.sentence_end = s.end;
      }
      std::span<claim> const local(out.data() + base, out.size() - base);
      claims_view const earlier(out.data(), base);
      auto& figure_spans = buffers.figure_spans;
      figure_spans.reserve(local.size());
      for (auto const& c : local) figure_spans.push_back(c.q.span);
      std::size_t participle_parts = 0;  // (the figures so far that a participle group names as parts)
      for (std::size_t i = 0; i < local.size(); ++i) {
        auto& c = local[i];
        auto [qf, ql] = ranges[i];
        std::size_t ofq = SIZE_MAX;
        find_subject(c, si, ql, qf, local, &ofq, &earlier);
        // (the tests these rules open with, before a call: most figures follow neither word)
        if (qf > 0 && si.tokens[qf - 1].lc == "to") fronted_level_number(c, si.tokens, qf, ql);
        else if (qf > 0 && si.tokens[qf - 1].lc == ",") fronted_noun_part(c, si, qf, ql, earlier);
        if (c.q.kind == quantity_kind::money) money_by_its_verb(c, si, qf, ql);
        if (c.q.kind == quantity_kind::percent && c.subject.key.empty()) compared_or_tallied(c, si, qf, local);
        if (ofq != SIZE_MAX) {
          for (std::size_t j = i + 1; j < local.size(); ++j) {
            if (ranges[j].first == ofq) {
              of_quantity[i] = j;
              part_of_whole[j] = i;
            }
          }
        }
        if (c.subject.key.empty()) restated(c, si, qf, earlier);
        if (c.subject.key.empty()) restated_value(c, si, qf, ql, earlier);
        // "Of the 60 injured, nine ...": a definite count that restates none, with only a word of
        // what happened after it, counts people and says what happened to them (as "the number
        // of injured" does)
        if (c.subject.key.empty() && c.q.kind == quantity_kind::count && qf > 0 && si.tokens[qf - 1].lc == "the" &&
            ql + 2 < si.tokens.size() && !si.tokens[ql + 2].word)
          people_by_event(c, si.tokens, ql + 1, ql + 2);
        find_predicate(c, si, qf, ql);
        // "At least 112 of those deaths", "About 70% of the dead": the figure referred to, with
        // its verb (unless the part has one of its own).
        auto verb = anaphoric_whole(si.tokens, ql, i == 0);
        std::string_view subgroup_scope;  // (below: a share's own subgroup, when no other scope is found)
        bool fronted = false, own_noun = false;
        // (a fronted reference only for a figure with no noun of its own: "Of the dead, 14 came";
        // "Among the dead are 14 children" keeps its noun)
        if (!verb && c.q.kind == quantity_kind::count) {
          auto [nb, ne] = plain_chunk(si, ql + 1);
          if (nb == ne) verb = fronted_anaphoric_whole(si.tokens, qf);
          if (!verb && (verb = participle_whole(si.tokens, qf, ql))) own_noun = true;
          fronted = verb.has_value();
        }
        if (verb) {
          claim const* w = nullptr;
          // (not an earlier level: "rose to 90 on Friday, up from 61 a day earlier. Of the dead,
          // 30 ..." is a part of the 90)
          // (a population "of the population" is one stated as a level too: be)
          // (a group named by what was done to it is the count of the noun of that act: "those
          // admitted" after "1,240 admissions", "those arrested" after "300 arrests")
          // (a group named by its noun or act is the whole, not a part of it named since: "84
          // cases, 31 of them in children. Twelve of the cases ..." are 12 of the 84; "them" and
          // "those" point at the latest figure, part or not)
          // ("Of the total, 700 were in the north": a total no smaller than its part, not an
          // earlier level such as "numbered fewer than 300 in 2009")
          bool const total = fronted && qf >= 2 && si.tokens[qf - 2].lc == "total";
          auto fits = [&](claim const& o) {
            return o.q.kind == quantity_kind::count && !o.subject.key.empty() &&
                   !(total && o.q.hi && *o.q.hi < c.q.value) &&
                   (verb->empty() || std::none_of(o.relations.begin(), o.relations.end(), [](relation const& r) {
                      return r.kind == relation_kind::part_of;
                    })) &&
                   (verb->empty() || o.predicate.key == *verb || (is_lit(*verb, "die") && is_lit(o.predicate.key, "kill")) ||
                    (is_lit(*verb, "live") && is_lit(o.predicate.key, "be") && is_lit(o.subject.key, "person")) ||
                    shares_stem(*verb, o.subject.key)) &&
                   !earlier_level_at(o);
          };
          // (a group named by a participle as its sentence's subject gives its verb only: the part's
          // relations are the partitive rules' ("The dead, three of whom ...": the count of the dead
          // before it); "Among the dead are 14 children" is a part of the dead)
          // (with no other figure before it in the sentence, the group is the count of an earlier
          // sentence: "Nine people were killed ... The dead, three of whom were teenagers, include
          // two brothers")
          bool const verb_only = own_noun && !(qf >= 4 && si.tokens[qf - 4].lc == "among") && participle_parts < i;
          participle_parts += own_noun;
          // ("About 6,900 of those appointments" after "7,900 appointments and 1,150 operations were
          // postponed": a noun of its own after "those" names the count of that noun, which the
          // latest figure need not be; with none of it before, the latest count serves as before)
          std::string_view named;
          claim noun_of;
          if (!fronted && verb->empty() && ql + 3 < si.tokens.size() && chunk_word(si.tokens[ql + 3])) {
            auto [nb, ne] = chunk_right(si.tokens, ql + 3, false, false);
            noun_of.q.kind = c.q.kind;
            if (nb < ne) subject_from_chunk(noun_of, si.tokens, nb, ne, false);
            named = noun_of.subject.key;
          }
          // (one pass: the first that fits, and the first of the named noun, which wins)
          std::size_t in_local = SIZE_MAX, fallback_local = SIZE_MAX;
          claim const* in_earlier = nullptr;
          claim const* fallback_earlier = nullptr;
          bool done = false;
          for (std::size_t j = i, n = 0; !done && !verb_only && j-- > 0 && n < 32; ++n)
            if (fits(local[j])) {
              if (fallback_local == SIZE_MAX) fallback_local = j;
              if (named.empty() || local[j].subject.key == named) in_local = j, done = true;
            }
          std::size_t n = 0;
          for (auto it = earlier.rbegin(); !done && it != earlier.rend() && n < 32; ++it, ++n)
            if (fits(*it)) {
              if (!fallback_earlier) fallback_earlier = &*it;
              if (named.empty() || it->subject.key == named) in_earlier = &*it, done = true;
              // (a group's verb alone: the first one, with no part to link)
              if (verb_only) in_earlier = &*it, done = true;
            }
          if (!done) in_local = fallback_local, in_earlier = fallback_local == SIZE_MAX ? fallback_earlier : nullptr;
          if (in_local != SIZE_MAX) {
            w = &local[in_local];
            anaphoric_parts.emplace_back(i, in_local);
          } else if (in_earlier) {
            w = in_earlier;
            // a part of a figure of an earlier sentence (which has its id already)
            if (!verb_only) {
              if (w->q.kind == c.q.kind) c.relations.push_back({relation_kind::part_of, w->id});
              else if (is_share(c.q.kind)) c.relations.push_back({relation_kind::fraction_of, w->id});
            }
          }
          if (w) {
            auto const& t = si.tokens;
            if (!own_noun) {
              c.subject.key = w->subject.key;
              c.subject_text_span = w->subject_text_span;
            }
            // "more than 40,000 of those patients": a noun of its own after "those" that names no
            // event (as "those deaths" do) is what the part counts
            if (!named.empty()) {
              c.subject.key = noun_of.subject.key;
              c.subject_text_span = noun_of.subject_text_span;
            } else if (!fronted && verb->empty() && ql + 3 < t.size() && chunk_word(t[ql + 3])) {
              auto [nb, ne] = chunk_right(t, ql + 3, false, false);
              if (nb < ne) subject_from_chunk(c, t, nb, ne, false);
            }
            c.forced_predicate.clear();
            // its own verb: right after the reference, or after an auxiliary ("are still held")
            std::size_t pos = fronted ? ql + 1
                                      : ql + 3 + ((verb->empty() && ql + 3 < t.size() && chunk_word(t[ql + 3])) || !verb->empty());
            // ("three of whom were released": the verb after the relative pronoun)
            if (own_noun && ql + 2 < t.size() && t[ql + 1].lc == "of" && (t[ql + 2].lc == "whom" || t[ql + 2].lc == "which"))
              pos = ql + 3;
            bool own = false;
            for (std::size_t k = pos; k < t.size() && k < pos + 3 && t[k].word && !own; ++k) {
              // (after a copula only a participle is a verb: "were evacuated", "are held", but "were
              // home and contents claims" names a kind of the whole's thing)
              own = t[k].pred != nullptr &&
                    !(k > pos && is_copula(t[k - 1].lc) && !t[k].lc.ends_with("ed") && !t[k].lc.ends_with("ing") &&
                      !irregular_forms.count(t[k].lc));
              // (over an adverb: "Nine of them later died", "31 of them have since recovered")
              if (!t[k].low_pred && !verb_form_adverbs.count(t[k]) && t[k].lc != "later" && t[k].lc != "since" &&
                  t[k].lc != "been" && t[k].lc != "have" && t[k].lc != "had")
                break;
            }
            // (a share of a group named by its act with a complement after its copula, "Nearly
            // two-thirds of those killed were aged 75 or over", names a subgroup of its own, as
            // "about 40% are pensioners" does: scoped by it, so a part of the count named for another
            // reason, "Of those, about 380 were in the capital", is not the count it is checked on)
            if (is_share(c.q.kind) && !fronted && !verb->empty() && t[ql + 2].lc == "those" && ql + 5 < t.size() &&
                is_copula(t[ql + 4].lc) && t[ql + 5].word)
              subgroup_scope = t[ql + 5].lc;
            // (a group named by what was done to it, "those admitted" after "1,214 admissions"
            // recorded: what was done to it)
            if (!own)
              c.forced_predicate = own_noun && !verb->empty() && w->predicate.key != *verb &&
                                           !(is_lit(*verb, "die") && is_lit(w->predicate.key, "kill"))
                                       ? *verb
                                       : w->predicate.key;
          } else if (own_noun && !verb->empty()) {
            // (no count of the group before it: the participle still says what happened to its
            // part, "Among those evacuated were 45 patients")
            c.forced_predicate = *verb;
          }
        }
        // "Among those admitted were 212 children and 530 pensioners": a count joined by "and" to a
        // part of an earlier sentence's figure, with no verb between them, is a part of it too
        // (an age between them is no figure of the list)
        // (most figures follow none with relations: the call is skipped)
        if (!verb && c.q.kind == quantity_kind::count && c.relations.empty() && ofq == SIZE_MAX && i > 0 &&
            (!local[i - 1].relations.empty() || local[i - 1].q.age))
          conjunct_part(c, i, local, si);
        // "7,400 of the households affected", "about 11,000 of the fund's members": a count of a
        // definite noun with no figure of its own is part of the nearest count before it, in
        // the article, of that same noun (not of a part or an earlier level); larger or not, as
        // a part larger than its whole is the reconciler's to report
        // (a noun, not a group named by what happened to it: "two of the injured died" are no part
        // of a toll; nor a part of a breakdown, which its whole's sum_of lists)
        bool named_whole = false;
        bool const of_after = ql + 3 < si.tokens.size() && si.tokens[ql + 1].lc == "of";
        std::size_t h = ql + 2;
        while (of_after && h < si.tokens.size() && h < ql + 5 && si.tokens[h].word &&
               (determiners.count(si.tokens[h].lc) || is_possessive(si.tokens[h].lc)))
          ++h;
        if (of_after && !verb && c.q.kind == quantity_kind::count && ofq == SIZE_MAX && !c.subject.key.empty() && h > ql + 2 &&
            h < si.tokens.size() && c.subject_text_span.start > si.tokens[ql + 1].start &&
            chunk_word(si.tokens[h]) && !si.tokens[h].pred && !si.tokens[h].low_pred &&
            nominal_adjective_keys.find(std::string_view(si.tokens[h].lc)) == nominal_adjective_keys.end() &&
            si.tokens[ql + 2].lc != "those" && si.tokens[ql + 2].lc != "these") {
          auto listed = [&](claim const& o) {
            std::size_t n = 0;
            for (auto it = earlier.rbegin(); it != earlier.rend() && n < 32; ++it, ++n)
              for (auto const& r : it->relations)
                if (r.kind == relation_kind::sum_of && r.claim == o.id) return true;
            return false;
          };
          auto fits = [&](claim const& o) {
            return &o != &c && o.q.kind == quantity_kind::count && o.subject.key == c.subject.key &&
                   o.mod == modality::asserted && !earlier_level_at(o) &&
                   std::none_of(o.relations.begin(), o.relations.end(),
                                [](relation const& r) { return r.kind == relation_kind::part_of; }) &&
                   (o.id.empty() || !listed(o));
          };
          for (std::size_t j = i; !named_whole && j-- > 0;)
            if (fits(local[j])) {
              anaphoric_parts.emplace_back(i, j);
              named_whole = true;
            }
          std::size_t n = 0;
          for (auto it = earlier.rbegin(); !named_whole && it != earlier.rend() && n < 32; ++it, ++n)
            if (fits(*it)) {
              c.relations.push_back({relation_kind::part_of, it->id});
              named_whole = true;
            }
        }
        // "380 of the children had been hospitalised" after "cases climbed to 2,400": a part of a
        // definite noun with no figure of its own is part of the count right before it in the
        // sentence, when that count is larger
        if (!verb && !named_whole && c.q.kind == quantity_kind::count && ofq == SIZE_MAX && ql + 3 < si.tokens.size() &&
            si.tokens[ql + 1].lc == "of" && si.tokens[ql + 2].lc == "the" && chunk_word(si.tokens[ql + 3]) &&
            !si.tokens[ql + 3].pred && !(ql + 4 < si.tokens.size() && chunk_word(si.tokens[ql + 4]))) {
          for (std::size_t j = i; j-- > 0;)
            if (local[j].q.kind == quantity_kind::count) {
              if (local[j].q.value > c.q.value && !earlier_level_at(local[j])) anaphoric_parts.emplace_back(i, j);
              break;
            }
        }
        // "nine in ten of those who voted": resolved against the article's figures at its end
        if (is_share(c.q.kind))
          if (auto who = who_whole(si.tokens, ql); !who.empty()) who_local.emplace_back(i, std::move(who));
        // "released about $1.1 billion of the package": a sum of a definite noun with no figure of
        // its own is part of the sum named before it in the article (same currency): its keys,
        // its own verb.
        if (c.q.kind == quantity_kind::money && ofq == SIZE_MAX && ql + 3 < si.tokens.size() &&
            si.tokens[ql + 1].lc == "of" && si.tokens[ql + 2].lc == "the" && chunk_word(si.tokens[ql + 3]) &&
            !si.tokens[ql + 3].pred && !(ql + 4 < si.tokens.size() && chunk_word(si.tokens[ql + 4]))) {
          // the sum of that noun, else the article's first sum (what the story is about)
          auto const noun = key_of("", strip_possessive(si.tokens[ql + 3].lc), c.q.kind).key;
          auto fits = [&](claim const& o) {
            return o.q.kind == quantity_kind::money && o.q.unit == c.q.unit && !o.subject.key.empty();
          };
          claim const* w = nullptr;
          std::size_t wj = SIZE_MAX;
          for (int pass = 0; pass < 2 && !w; ++pass) {
            std::size_t n = 0;
            for (auto it = earlier.begin(); !w && it != earlier.end() && n < 64; ++it, ++n)
              if (fits(*it) && (pass == 1 || it->subject.key == noun)) w = &*it;
            for (std::size_t j = 0; !w && j < i; ++j)
              if (fits(local[j]) && (pass == 1 || local[j].subject.key == noun)) {
                w = &local[j];
                wj = j;
              }
          }
          if (w && wj != SIZE_MAX) anaphoric_parts.emplace_back(i, wj);
          else if (w) c.relations.push_back({relation_kind::part_of, w->id});
          if (w) {
            c.subject.key = w->subject.key;
            c.subject_text_span = w->subject_text_span;
          }
        }
        // A figure whose noun is left out counts what the figure before it counts ("The bloc took
        // 234", "the bloc's 234", "32 short of"); a share a party took is a share of the vote.
        if ((c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::money) && ofq == SIZE_MAX &&
            c.forced_predicate.empty() &&
            ((c.q.kind == quantity_kind::count && elided_noun(si, qf, ql)) || c.subject.key.empty()))
          if (auto const* o = elided_antecedent(i, local, earlier, &si.tokens)) {
            c.subject.key = o->subject.key;
            c.subject_text_span = o->subject_text_span;
          }
        // (not a part "of the 300 workers": its whole names it below)
        if (c.subject.key.empty() && ofq == SIZE_MAX)
          if (auto it = pair_find(elided_subjects, c.predicate.key, to_string(c.q.kind));
              it != elided_subjects.end())
            c.subject.key = it->second;
        // A list carries its verb: "Labour secured 411 seats, the Conservatives 121".
        // The nearest earlier figure of the same subject (or, without one, of the same kind) gives it:
        // "took 21.81% and 87 seats, the Freedom party 14.58% and 58 seats".
        // A figure with no noun either takes the noun of that figure too ("the Liberals 9.1%").
        // A figure whose noun is only the name before it ("the X party 14.58% and 58 seats") is
        // read like one with none: a gapped conjunct (its verb, if any, is the first conjunct's).
        bool found = false;
        if (c.predicate.key.empty() && c.forced_predicate.empty()) {
          for (std::size_t j = i; j-- > 0;) {
            auto const& o = local[j];
            bool same = !c.subject.key.empty() ? o.subject.key == c.subject.key
                                               : o.q.kind == c.q.kind && o.q.unit == c.q.unit;
            if (!same) continue;
            c.predicate.key = o.predicate.key;
            if (c.subject.key.empty()) {
              c.subject.key = o.subject.key;
              c.subject_text_span = o.subject_text_span;
            }
            found = true;
            break;
          }
        }
        if (!found && c.forced_predicate.empty() && !c.subject.key.empty() && qf > 0 && si.tokens[qf - 1].word &&
            c.subject_text_span.end == si.tokens[qf - 1].end) {
          auto [ob, oe] = chunk_right(si.tokens, ql + 1, true, c.q.kind == quantity_kind::money);
          for (std::size_t j = i, n = 0; ob == oe && j-- > 0 && n < 32; ++n) {
            auto const& o = local[j];
            if (o.q.kind != c.q.kind || o.q.unit != c.q.unit || o.subject.key.empty() || o.predicate.key.empty()) continue;
            // the verb found is none, or the first conjunct's (before that figure)
            if (c.predicate_span.end > c.predicate_span.start && c.predicate_span.end > o.q.span.start) break;
            c.predicate.key = o.predicate.key;
            c.subject.key = o.subject.key;
            c.subject_text_span = o.subject_text_span;
            c.predicate_span = {};
            break;
          }
        }
        // A level reached ("jumped to 11.1%", "peaking at 5.1%") states what the figure is; a change
        // ("shrank by 7.8%") keeps its direction (grammars/predicates.tsv, column 3 "level").
        // Also past a level word: "raised rates ... to a range of 2.25% to 2.5%" (grammars/level_words.tsv).
        std::size_t lv = qf;
        bool named = false;
        while (lv > 0 && qf - lv < 4 && si.tokens[lv - 1].word &&
               (level_words.count(si.tokens[lv - 1].lc) || si.tokens[lv - 1].lc == "a" || si.tokens[lv - 1].lc == "an" ||
                si.tokens[lv - 1].lc == "of")) {
          named = named || level_words.count(si.tokens[lv - 1].lc);
          --lv;
        }
        if (!named) lv = qf;
        // (also a verb carried from an earlier figure of a list: "by 0.75 points to a range of ...")
        // The level after a change ("raised rates by 0.5 points to 4.75%") is what the rate is.
        bool after_change = false;
        if (lv >= 3 && si.tokens[lv - 1].lc == "to" && c.q.kind != quantity_kind::count)
          for (std::size_t k = lv - 2, n = 0; k > 0 && n < 8 && (si.tokens[k].word || si.tokens[k].lc == "%"); --k, ++n)
            if (si.tokens[k].lc == "by") {
              after_change = true;
              break;
            }
        // "Reserves fell below $4 billion": a level stated by the figure's own qualifier
        bool qualified_level = c.q.kind != quantity_kind::count && qf > 0 && lv == qf &&
                               (si.tokens[qf].lc == "below" || si.tokens[qf].lc == "above") &&
                               si.tokens[qf - 1].pred && level_predicates.count(c.predicate.key);
        if (qualified_level) c.predicate.key = "be";
        // "moving its rate from minus 0.1% ... to a range of 0 to 0.1%": the level it left, with no
        // verb of its own, was that rate
        if (lv > 0 && si.tokens[lv - 1].lc == "from" && c.q.kind != quantity_kind::count &&
            c.predicate.key.empty() && c.forced_predicate.empty())
          c.predicate.key = "be";
        // (a vote split, "voted by 58% to 42%", is no change and the level it reached)
        if (after_change && is_lit(c.predicate.key, "vote")) after_change = false;
        if (lv > 0 && (si.tokens[lv - 1].lc == "to" || si.tokens[lv - 1].lc == "at") &&
            (level_predicates.count(c.predicate.key) || after_change ||
             ((c.predicate.key.empty() || c.predicate_span.end == c.predicate_span.start) && c.q.kind != quantity_kind::count)))
          c.predicate.key = "be";
        // "a three-week-old strike": an event's age is how long it has lasted, no one's age
        if (is_age(c) && event_ages.count(c.subject.key)) c.q.age = false;
        // "a 15-member council": the thing has that many, whatever the clause's verb
        if ((compound_modifier(c.q, si.text) || is_age(c)) &&
            !modifier_predicate.empty()) {
          c.predicate.key = modifier_predicate;
          c.predicate_span = {};
        }
        if (c.q.kind == quantity_kind::duration && !duration_predicate.empty() && !is_age(c)) {
          // A duration is not the object of the sentence's verb: its predicate is "last", and
          // only a cue right before it ("would last six weeks") changes its modality. A bare
          // time offset ("a year earlier", "two weeks ago", "a month later") spans nothing: it
          // dates another moment (docs/corpus.md: no claim), so it has no predicate at all. One
          // with an event after it ("nearly 10 months after it declared the emergency") spans from
          // that event, which the corpus reads as how long the thing lasted, and so does one that
          // a span's verb or "for" governs ("lasted two weeks before a deal", "for a month before").
          bool offset = time_offset(si.tokens, ql) && si.tokens[ql + 1].lc != "after" && si.tokens[ql + 1].lc != "before";
          if (offset && qf > 0) {
            auto const& before = si.tokens[qf - 1];
            auto const* verb = predicate_of(before, false);
            offset = before.lc != "for" && !(verb && *verb == duration_predicate);
          }
          c.predicate.key = offset ? std::string() : duration_predicate;
          c.predicate_span = {};
          duration_modality(c, si, qf, ql);
          // "the lane was shut for six weeks": what lasts is the state the verb starts
          if (!offset && qf > 0 && si.tokens[qf - 1].lc == "for")
            if (auto const k = state_verb(si.tokens, qf - 1); k != SIZE_MAX) {
              std::string buf;
              c.subject.key = *state_nouns.find(verb_key(si.tokens, k, buf));
              c.subject_text_span = {si.tokens[k].start, si.tokens[k].end};
            }
          // "the closure of the line would last at least ten days": the span verb's subject
          if (!offset)
            if (auto const [b, e] = lasting_subject(si.tokens, qf); b < e) subject_from_chunk(c, si.tokens, b, e, false);
        }
        // A population stated as the level a verb reaches ("the population reached 8.4 million",
        // "shrank for a third census in a row, to 612,000 residents", "up 3% from 8.2 million") is
        // that level, be; with no verb of its own it is where people live ("Gaza's 2.3 million
        // residents", "was home to 100,000 people").
        if (is_lit(c.forced_predicate, "live") && population_level(si.tokens, qf)) c.forced_predicate = "be";
        if (!c.forced_predicate.empty()) c.predicate.key = c.forced_predicate;
        // The whole of a partitive that shares its part's verb (or lack of one) is a total: "won
        // 411 of the 650 seats", "will have 159 of the 400 seats" (then hostages of it are held).
        bool own_participle = false;
        {
          auto [ob, oe] = plain_chunk(si, ql + 1);
          // after its noun ("people abducted") or before it ("registered voters")
          own_participle = ob < oe && ((oe < si.tokens.size() && si.tokens[oe].pred &&
                                        c.predicate_span.start == si.tokens[oe].start) ||
                                       (oe - ob >= 2 && si.tokens[ob].pred && c.predicate_span.start == si.tokens[ob].start));
        }
        // (a verb right after the whole's noun is the part's too when a count part opens the clause:
        // "11 of the 14 regions lost people"; "a third of the 600 people abducted" keeps seize)
        if (c.forced_predicate.empty() && c.q.kind != quantity_kind::duration && part_of_whole[i] != SIZE_MAX) {
          auto const& part = local[part_of_whole[i]];
          // (also a verb right before the part that the whole's own search passed over, one no
          // vocabulary lists: "is asking for four of the 14 posts")
          auto const& ps = part.predicate_span;
          bool const governs = ps.end > ps.start && ps.end <= si.tokens[ranges[part_of_whole[i]].first].start &&
                               c.predicate_span.end <= ps.start;
          bool const shared = ps.start == c.predicate_span.start && ps.end == c.predicate_span.end;
          if (own_participle ? shared && ps.end > ps.start && ps.start >= c.q.span.end &&
                                   std::size_t(part_of_whole[i]) < i && part.q.kind == c.q.kind
                             : shared || governs)
            c.predicate.key = "be";
        }
        // Seats "taken" are won; a results list without a verb states seats won
        // (grammars/subject_predicates.tsv).
        auto const* rows = subject_rows_of(c.subject.key);
        if (rows)
          if (auto const* v = row_value(rows->predicates, c.predicate.key)) c.predicate.key = *v;
        // A person seized or held is a hostage (grammars/subject_roles.tsv).
        if (rows)
          if (auto const* v = row_value(rows->roles, c.predicate.key)) c.subject.key = *v;
        // a body that acts ("The World Bank pledged ...") is a speaker of its own for the frame
        // (lvalues both ways: no copy of a speaker key or a frame per figure)
        static std::string const no_speaker;
        static date_frame const no_frame;
        find_date(c, si, qf, ql, has_pub ? &pub_date : nullptr, &sentence_dates, figure_spans, frame,
                  own_speaker.empty() && actor.covers(qf) ? actor.first.key
                  // one over an auxiliary tells background to the report, not a new report
                  : si.aux_speaker ? no_speaker : own_speaker,
                  first_paragraph ? no_frame : lede_act, &sentence_clauses, &previous_start);
        // A gapped list shares the verb, and so the date, of its first clause: "the Greens took 12%
        // and 30 seats, the Liberals 9% and 20 seats" (a results box without any verb does not).
        if (c.basis == date_basis::published && frame.event && c.predicate_span.end == c.predicate_span.start &&
            sentence_dates.empty() && c.q.kind != quantity_kind::duration)
          for (std::size_t j = 0; j < i; ++j)
            if (local[j].predicate_span.end != local[j].predicate_span.start && local[j].date == frame.value &&
                local[j].basis == frame.basis) {
              c.date = frame.value;
              c.basis = frame.basis;
              break;
            }
        c.scope = scope_of(text, si, c, qf, topics);
        if (c.scope.empty() && !subgroup_scope.empty()) c.scope = subgroup_scope;
        // "grants of up to €8,000 each", "up to €180,000 per vessel": a figure per unit is no total
        // of what it counts; scoped by its unit, it never meets the totals' contradictions and
        // timelines (phrase_cues.tsv per_unit)
        if (c.scope.empty() && ql + 1 < si.tokens.size() && per_unit_words.count(si.tokens[ql + 1].lc)) {
          c.scope = si.tokens[ql + 1].lc;
          if (ql + 2 < si.tokens.size() && c.scope == "per" && chunk_word(si.tokens[ql + 2]))
            c.scope += " " + singular(si.tokens[ql + 2].lc);
        }
        // A results box ("Full results: Labour 411, Conservatives 121, ...") states each named
        // party's result of the event: dated by the event's day when the name scopes the figure
        // (an unnamed "others 6" keeps publication, so boxes of two outlets meet only party by party).
        // (also beside a date phrase that is another figure's: "The ANC's share, just above 40%,
        // compares with 57.5% in 2019")
        if (c.basis == date_basis::published && frame.event && c.predicate_span.end == c.predicate_span.start &&
            !c.scope.empty() && agent_key(c.predicate.key) && c.mod == modality::asserted) {
          c.date = frame.value;
          c.basis = frame.basis;
        }
        if (!lean) c.topics = topics;
        if (split_at != SIZE_MAX && (qf > split_at || !first_clause.key.empty() || main_in_second)) {
          if (qf > split_at) {
            c.attribution = second_clause;
          } else if (!first_clause.key.empty()) {
            c.attribution = first_clause;
          } else {
            // the first clause has no speaker of its own: a pronoun's, the body that acts, the
            // paragraph's, else the outlet
            auto act = actor.first.key.empty() ? find_actor(text, si) : actor;
            actor_key(act.first, before_last_speaker, speakers);
            if (first_pronoun && !before_last_speaker.key.empty()) c.attribution = before_last_speaker;
            else if (act.covers(qf)) c.attribution = act.first;
            else if (!before_paragraph_speaker.key.empty()) c.attribution = before_paragraph_speaker;
            else c.attribution = {{}, source_key};
          }
        } else if (!si.relative.first.key.empty() && qf > si.relative.second &&
                   !main_clause_resumes(si.tokens, si.relative.second, qf)) {
          c.attribution = si.relative.first;
          c.attribution.key = resolve_speaker(c.attribution.key, speakers);
        } else if (actor.covers(qf)) {
          c.attribution = actor.first;
        } else if (!attribution.key.empty() &&
                   !(own_speaker.empty() && !si.pronoun_speaker && !quoted &&
                     ((c.basis == date_basis::explicit_date && c.date.size() >= 4 && a.published.size() >= 4 &&
                       c.date.compare(0, 4, a.published, 0, 4) < 0) ||
                      background_frame(si.tokens, qf, ql)))) {
          // (a figure of an earlier year in a sentence that names no one, "far below the 303 seats
          // the party won in 2019", and a place's population, "Gaza is home to 2.3 million people",
          // "the city's 80,000 residents" (grammars/background_frames.tsv, background_populations.tsv),
          // are the narrator's background, not the paragraph's report: the outlet's, or no one's
          // when the input names no outlet)
          c.attribution = attribution;
        } else if (!attribution.key.empty() && own_speaker.empty() && !si.pronoun_speaker && !quoted) {
          c.attribution = {};
          c.attribution.key = source_key;
        } else if ((c.mod == modality::planned || c.mod == modality::negated) && !planner_before->key.empty()) {
          // a plan (or an act not taken) no one is named for is the last acting or announcing body's
          // ("Hunt announced a £55 billion plan. ... The cap will rise to £3,000.")
          c.attribution = *planner_before;
        } else if (!a.source.empty()) {
          c.attribution.key = source_key;
          fell_to_outlet[i] = 1;
        }
        // "a fraction of the €48 million the European Union pledged", "the 45,000 new homes a year
        // the government aims for": a body that acts in a relative clause (without "that") on the
        // figure's own noun is the source of that figure
        if (qf > 0 && si.tokens[qf - 1].lc == "the")
          if (auto k = relative_actor(text, si, ql); !k.key.empty()) {
            k.key = resolve_speaker(k.key, speakers);
            c.attribution = std::move(k);
          }
        // The length so far of the story's background ("in almost 16 weeks of war", "over the
        // six-month offensive", "for the first time in 17 years") is the narrator's, whoever
        // tells the figures around it.
        if (qf != SIZE_MAX && scene_at != SIZE_MAX && qf > scene_at && !a.source.empty()) {
          c.attribution = {};
          c.attribution.key = source_key;
        }
        // A length in a plan of the same sentence ("would revive targets to deliver 1.5 million
        // homes over five years") is the plan's: it stays its speaker's.
        bool in_plan = false;
        for (std::size_t k = 0; k < i; ++k) in_plan = in_plan || local[k].mod == modality::planned;
        if (c.q.kind == quantity_kind::duration && c.mod == modality::asserted && qf > 0 && !a.source.empty() && !in_plan) {
          std::size_t p = qf;
          while (p > 0 && (si.tokens[p - 1].lc == "the" || si.tokens[p - 1].lc == "a")) --p;
          // (not a period an act in its clause sets: "has suspended services for two weeks", "said
          // it had ordered the mines to halt work for a week" stay the actor's and the speaker's)
          bool set_by_act = false;
          for (std::size_t k = p; p > 0 && si.tokens[p - 1].lc == "for" && k-- > 0 && p - k < 12 &&
                                  si.tokens[k].lc != "," && si.tokens[k].lc != ";" && !set_by_act;)
            set_by_act = si.tokens[k].word && si.tokens[k].cue_first && act_at(si.tokens, k, true);
          if (!set_by_act && p > 0 &&
              (si.tokens[p - 1].lc == "in" || si.tokens[p - 1].lc == "over" || si.tokens[p - 1].lc == "for" ||
               si.tokens[p - 1].lc == "after")) {
            c.attribution = {};
            c.attribution.key = source_key;
          }
        }
      }
      // "411 of the 650 seats", "at least 34 of the 133 hostages": the part counts what the
      // figure after "of" counts.
      for (std::size_t i = 0; i < local.size(); ++i) {
        auto j = of_quantity[i];
        if (j == SIZE_MAX || !local[i].subject.key.empty() || local[j].subject.key.empty()) continue;
        local[i].subject.key = local[j].subject.key;
        local[i].subject_text_span = local[j].subject_text_span;
        // and the subject settles its verb as above ("took 212 of the 350 seats" won them)
        if (auto const* rows = subject_rows_of(local[i].subject.key))
          if (auto const* v = row_value(rows->predicates, local[i].predicate.key); v && local[i].forced_predicate.empty())
            local[i].predicate.key = *v;
      }
      // "The death toll from the quake that struck before dawn rose by 122 to 312": the change
      // counts what the level it reaches counts (the walk left from "by 122" found "dawn")
      for (std::size_t i = 0; i + 1 < local.size(); ++i) {
        auto const& t = si.tokens;
        auto const [qf, ql] = ranges[i];
        if (qf == 0 || t[qf - 1].lc != "by" || ql + 2 >= t.size() || t[ql + 1].lc != "to" ||
            ranges[i + 1].first != ql + 2 || local[i + 1].subject.key.empty())
          continue;
        local[i].subject.key = local[i + 1].subject.key;
        local[i].subject_text_span = local[i + 1].subject_text_span;
      }
      for (auto const& d : sentence_dates)
        if (!d.since && d.value.size() == 10) previous_date = d.value;
      mentions_of(text, si, name_mention);
      update_frame(frame, sentence_dates, local, attribution.key, has_pub ? &pub_date : nullptr);
      if (sentence_dates.empty()) previous_start.clear();
      else previous_start = period_start_of(si, sentence_dates);
      // (a rate or share, the monthly statistic: a count or sum at a month's end, "the list reached
      // 182,000 at the end of May", frames no later paragraph)
      if (first_paragraph && month_frame.value.empty() && !local.empty() && local.front().mod == modality::asserted &&
          local.front().date.size() == 7 && local.front().basis == date_basis::explicit_date &&
          is_share(local.front().q.kind))
        month_frame = {local.front().date, local.front().basis, "", false};
      // A breakdown by place ("17,674 killed in Turkey and 3,377 in Syria"): when two figures of
      // one subject and predicate name different places, each place scopes its figure. A single
      // place is not a scope: it is usually the story's own ("killed in Gaza").
      {
        // (with two figures or more: a single figure has no other place to differ from; the
        // partitive rule below asks about its place itself)
        auto& places = buffers.places;  // (empty: the sentence's own)
        if (local.size() >= 2) {
          places.resize(local.size());
          for (std::size_t i = 0; i < local.size(); ++i) place_after(text, si, ranges[i].second, places[i]);
        }
        for (std::size_t i = 0; i < places.size(); ++i) {
          if (places[i].empty()) continue;
          for (std::size_t j = 0; j < local.size(); ++j) {
            if (j == i || places[j].empty() || places[j] == places[i]) continue;
            if (local[j].subject.key == local[i].subject.key && local[j].predicate.key == local[i].predicate.key) {
              if (local[i].scope.empty()) local[i].scope = places[i];
              break;
            }
          }
        }
        // A partitive part with its own modifier ("604 soldiers, 260 of them since the ground
        // operation began") is narrower than its keys: the modifier scopes it, so it is not read
        // as a new level of the whole's count.
        auto const& t = si.tokens;
        for (std::size_t i = 0; i < local.size(); ++i) {
          std::size_t m = ranges[i].second + 3;
          if (!local[i].scope.empty() || m >= t.size() || t[m - 2].lc != "of" ||
              (t[m - 1].lc != "them" && t[m - 1].lc != "whom"))
            continue;
          if (places.empty() ? !place_after(text, si, ranges[i].second).empty() : !places[i].empty()) continue;
          std::string mod;
          for (std::size_t k = m; k < t.size() && k < m + 5 && t[k].word; ++k) mod += (mod.empty() ? "" : " ") + t[k].lc;
          if (!own_verb_at(t, m)) local[i].scope = mod;
        }
      }
      // Relations between quantities of the sentence.
      // (the relation cues matching at each token, as bits, once per sentence: the loops below
      // ask about every cue over the tokens between every pair of figures)
      auto& relation_at = buffers.relation_at;
      bool const relation_bits = relation_cues.size() <= 64;
      std::uint64_t relation_any = 0;  // the cues matching anywhere in the sentence (with relation_bits)
      if (relation_bits) {
        if (relation_at.size() < si.tokens.size()) relation_at.resize(si.tokens.size(), 0);  // (see sentence_buffers)
        thread_local std::vector<std::uint32_t> buf;
        for (std::size_t const k : notable_of(si, relation_start, buf)) {  // (the first words of relation cues)
          std::uint64_t bits = 0;
          for (auto const& r : starting(relation_cues, si.tokens, k))
            if (match_at(si.tokens, k, r.words)) bits |= std::uint64_t{1} << (&r - relation_cues.data());
          if (bits) {
            relation_at[k] = bits;
            buffers.relation_set.push_back(static_cast<std::uint32_t>(k));
          }
          relation_any |= bits;
        }
      }
      bool const scope_cues = !relation_bits || (relation_any & relation_scope_bits);  // (see the scope loops)
      // (the OR of the bits over the last two ranges asked about: the loops ask every cue about
      // the same range in turn)
      std::size_t between_from[2] = {SIZE_MAX, SIZE_MAX}, between_to[2] = {SIZE_MAX, SIZE_MAX};
      std::uint64_t between_or[2] = {0, 0};
      std::size_t between_next = 0;
      // (the bits of the cues matching at a token of [from, to); only with relation_bits)
      auto between_bits = [&](std::size_t from, std::size_t to) {
        for (std::size_t m = 0; m < 2; ++m)
          if (between_from[m] == from && between_to[m] == to) return between_or[m];
        std::uint64_t any = 0;
        for (std::size_t k = from; k < to && k < relation_at.size(); ++k) any |= relation_at[k];
        between_from[between_next] = from;
        between_to[between_next] = to;
        between_or[between_next] = any;
        between_next ^= 1;
        return any;
      };
      auto between_has = [&](std::size_t from, std::size_t to, cue const& r) {
        if (relation_bits) return (between_bits(from, to) & (std::uint64_t{1} << (&r - relation_cues.data()))) != 0;
        for (std::size_t k = from; k < to; ++k)
          if (match_at(si.tokens, k, r.words)) return true;
        return false;
      };
      auto& local_rels = buffers.local_rels;
      auto& copula_parts = buffers.copula_parts;
      auto has_rel = [&local_rels](std::size_t from, relation_kind kind) {
        return std::any_of(local_rels.begin(), local_rels.end(),
                           [&](auto const& r) { return std::get<0>(r) == from && std::get<1>(r) == kind; });
      };
      for (auto [p, w] : anaphoric_parts)
        if (local[p].q.kind == local[w].q.kind) local_rels.emplace_back(p, relation_kind::part_of, w);
        else if (is_share(local[p].q.kind)) local_rels.emplace_back(p, relation_kind::fraction_of, w);
      for (std::size_t i = 0; i + 1 < local.size(); ++i) {
        std::size_t j = i + 1;
        // (no part_of cue between the two figures: the loop below finds none)
        bool const part_cue = !relation_bits || ((relation_any & relation_part_bits) &&
                                                 (between_bits(ranges[i].second + 1, ranges[j].first) & relation_part_bits));
        for (auto const& r : relation_cues) {
          if (!part_cue) break;
          if (r.value != "part_of" || r.extra == "scope") continue;
          // the cue stands next to its part (at most three words between): "40 hostages, among
          // them women, children and the sick, in exchange for about 900 prisoners" lists no
          // figure after "among them"
          std::size_t const lo = ranges[i].second + 1;
          std::size_t const near = r.words.size() + 3;
          std::size_t const from = r.extra == "second" && ranges[j].first >= lo + near ? ranges[j].first - near : lo;
          std::size_t const to = r.extra == "second" ? ranges[j].first : std::min(ranges[j].first, lo + 4);
          if (!between_has(from, to, r)) continue;
          // a part counts what its whole counts: a figure of another kind after the cue is no part
          // ("at least 30 of whom ..., after nearly five months of war"); a share is a fraction
          auto const part = r.extra == "second" ? j : i;
          auto const whole = r.extra == "second" ? partitive_whole(si.tokens, local, ranges, i, j) : j;
          if (local[part].q.kind == local[whole].q.kind) {
            // (in its unit only, and not of one of two coordinated counts of different things when
            // it counts neither: "carried 212 passengers and 18 crew, including 40 children" may
            // be children of the passengers or of both, never of the crew alone)
            if (local[part].q.unit == local[whole].q.unit && !coordinated_other_whole(si.tokens, local, ranges, part, whole)) {
              local_rels.emplace_back(part, relation_kind::part_of, whole);
              if (r.extra != "second") part_before_out_of(si.tokens, local[part], local[whole], ranges[part], ranges[whole]);
            }
          }
          else if (is_share(local[part].q.kind) && !is_share(local[whole].q.kind))
            local_rels.emplace_back(part, relation_kind::fraction_of, whole);
          break;
        }
        // "rose by 150 to 33,360", "rose by just 1.6 points to 33.7%", "fell 2 points to 30%" (a
        // verb of rise or fall right before the change)
        auto qf = ranges[i].first;
        bool change = false;
        // ("was up 12% at C$88 million": "up" or "down" right before the change, the level after "at")
        // (a share's change after a copula or a comma, not a verb's particle: "has called up 360,000
        // reservists, ... to the strip's 2.3 million")
        bool const up_down = (local[i].q.kind == quantity_kind::percent || local[i].q.kind == quantity_kind::fraction) &&
                             qf > 1 && (si.tokens[qf - 1].lc == "up" || si.tokens[qf - 1].lc == "down") &&
                             (is_copula(si.tokens[qf - 2].lc) || si.tokens[qf - 2].lc == ",");
        for (std::size_t back = 1; back <= 3 && back <= qf && !change; ++back) {
          auto const& w = si.tokens[qf - back];
          // (a vote "by 58% to 42%" is a tally of the two sides, no change)
          if (w.lc == "by" && qf > back && si.tokens[qf - back - 1].pred && *si.tokens[qf - back - 1].pred == "vote")
            break;
          if (w.lc == "by" || (back == 1 && ((w.pred && (*w.pred == "rise" || *w.pred == "fall")) || up_down)))
            change = true;
          else if (!w.word || w.pred || w.low_pred || is_upper(si.text[w.start]))
            break;
        }
        // (the level is of the change's kind: "fell below $4 billion, enough to cover no more than
        // a month" is no change to a month; a time offset between them is no level: "fell 11% in
        // August from a year earlier, to €310 million")
        // (nor a period: "fell 6.5% in the first nine months of the year to €71.2 million")
        std::size_t level = j;
        while (change && local[level].q.kind == quantity_kind::duration && local[i].q.kind != quantity_kind::duration &&
               level + 1 < local.size())
          ++level;
        // (a percent change of a sum or count reached right after "to": "fell 11% ..., to €310
        // million", not "to raise wages by 12% and to hire 400 inspectors")
        // (also through a level word: "climbed 9.1% to an average of €1,690")
        // (and a fraction of it: "rose by a fifth to £240 million", "fell by almost half, to 9,800")
        bool const percent_of = ((local[i].q.kind == quantity_kind::percent && !is_lit(local[i].q.unit, "pp")) ||
                                 local[i].q.kind == quantity_kind::fraction) &&
                                (local[level].q.kind == quantity_kind::money || local[level].q.kind == quantity_kind::count) &&
                                (reached_after_to(si.tokens, ranges[level].first) ||
                                 (up_down && si.tokens[ranges[level].first - 1].lc == "at"));
        if (change && (local[i].q.kind == local[level].q.kind || percent_of)) {
          for (std::size_t k = ranges[i].second + 1; k < ranges[level].first; ++k)
            if (si.tokens[k].lc == "to" || (up_down && k + 1 == ranges[level].first && si.tokens[k].lc == "at"))
              local_rels.emplace_back(i, relation_kind::change_of, level);
        }
        // "Eleven people have now died, two more than on Sunday": the change of the level before it
        // (the next figure, after a comma)
        // (also a percent or fraction of a count or sum: "recorded 84,215 crimes, 3.8% fewer than a
        // year earlier", "spent £1.4 million on safety this year, a third more than in 2025")
        // (the comparison first: most figures have none)
        auto const percent_change = [&] {
          return ((local[j].q.kind == quantity_kind::percent && local[j].q.unit != "pp") ||
                  local[j].q.kind == quantity_kind::fraction) &&
                 (local[i].q.kind == quantity_kind::count || local[i].q.kind == quantity_kind::money);
        };
        if (comparison_change(si.tokens, ranges[j].second) && (local[i].q.kind == local[j].q.kind || percent_change()) &&
            si.tokens[ranges[j].first - 1].lc == ",")
          local_rels.emplace_back(j, relation_kind::change_of, i);
      }
      // "212 vessels, of which 134 are under 12 metres and 78 are larger": a part after a cue with
      // more figures of its kind joined to it by "and" or commas, which with it add up to the
      // whole exactly, is the whole's exhaustive breakdown (sum_of, as a colon's list; a sum that
      // holds raises no false alarm, and one that does not may be a list of some parts only)
      // (also after a plain partitive, the list going on past its whole: "with 68 of its 120
      // members voting in favour, 49 against and three abstaining"; called again below, once the
      // plain partitives are read)
      auto exhaustive_after_part = [&](bool partitive) {
        for (std::size_t r = 0; r < local_rels.size(); ++r) {
          auto const [p, rk, w] = local_rels[r];
          if (rk != relation_kind::part_of || (partitive ? w != p + 1 : w >= p)) continue;
          std::vector<std::size_t> parts{p};
          double sum = local[p].q.value;
          for (std::size_t q = std::max(p, w) + 1;
               q < local.size() && local[q].q.kind == local[p].q.kind && local[q].q.unit == local[p].q.unit; ++q) {
            bool joined = false;
            for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m)
              joined = joined || si.tokens[m].lc == "and" || si.tokens[m].lc == ",";
            if (!joined || has_rel(q, relation_kind::part_of)) break;
            parts.push_back(q);
            sum += local[q].q.value;
          }
          if (parts.size() < 2 || std::abs(sum - local[w].q.value) > 1e-9 * local[w].q.value) continue;
          local_rels.erase(local_rels.begin() + static_cast<std::ptrdiff_t>(r));
          for (auto q : parts) local_rels.emplace_back(w, relation_kind::sum_of, q);
          break;
        }
      };
      exhaustive_after_part(false);
      // "killed 400 people, including 120 in Arle, 80 in Dorn and 40 in Vey": the figures listed
      // after a cue's part (commas and "and", no verb between, its kind and unit) that do not add
      // up to the whole are parts of it too, none of them exhaustive
      for (std::size_t r = 0, n = local_rels.size(); r < n; ++r) {
        auto const [p, rk, w] = local_rels[r];
        if (rk != relation_kind::part_of || w >= p) continue;
        for (std::size_t q = p + 1; q < local.size() && local[q].q.kind == local[p].q.kind && local[q].q.unit == local[p].q.unit &&
                                    !has_rel(q, relation_kind::part_of) && !has_rel(q, relation_kind::change_of);
             ++q) {
          bool joined = false, clause = false;
          for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m) {
            auto const& x = si.tokens[m];
            joined = joined || x.lc == "," || x.lc == "and";
            // (nor an earlier level or a comparison: "including 99 for the Congress party, up from 52")
            clause = clause || x.pred || x.lc == ";" || x.lc == "while" || x.lc == "but" || x.lc == "of" || x.lc == "from" ||
                     x.lc == "up" || x.lc == "down" || x.lc == "than";
          }
          if (!joined || clause) break;
          local_rels.emplace_back(q, relation_kind::part_of, w);
        }
      }
      // "€400,000 from prize money totalling €1.6 million", "$2m from a fund of $9m": a figure
      // before "from", a noun phrase and a larger figure of its kind and unit after "totalling",
      // "worth" or "of" is part of that figure; so are the figures of its kind listed after it in
      // a clause with no verb of its own (", with the runner-up taking €250,000 and each
      // semi-finalist €150,000")
      for (std::size_t z = 0; z + 1 < local.size(); ++z) {
        auto const& t = si.tokens;
        std::size_t const k = ranges[z].second + 1, w = z + 1;
        if (k + 3 > ranges[w].first || t[k].lc != "from" || ranges[w].first - k > 6 || has_rel(z, relation_kind::part_of))
          continue;
        auto const& link = t[ranges[w].first - 1].lc;
        bool words = true;
        for (std::size_t m = k + 1; m < ranges[w].first; ++m) words = words && t[m].word;
        if (!words || !(link == "totalling" || link == "totaling" || link == "worth" || link == "of") ||
            local[w].q.kind != local[z].q.kind || local[w].q.unit != local[z].q.unit || !(local[z].q.value < local[w].q.value))
          continue;
        local_rels.emplace_back(z, relation_kind::part_of, w);
        if (ranges[w].second + 2 >= t.size() || t[ranges[w].second + 1].lc != "," || t[ranges[w].second + 2].lc != "with") continue;
        for (std::size_t q = w + 1; q < local.size(); ++q) {
          bool clause = local[q].q.kind == local[z].q.kind && local[q].q.unit == local[z].q.unit &&
                        local[q].q.value < local[w].q.value;
          for (std::size_t m = ranges[q - 1].second + 1; clause && m < ranges[q].first; ++m)
            clause = t[m].lc != ";" && !(t[m].pred && !t[m].lc.ends_with("ing"));
          if (!clause) break;
          local_rels.emplace_back(q, relation_kind::part_of, w);
        }
      }
      // "The deal will cost €2.4bn, about €300m more than the opening offer": a difference set
      // after its level's comma is that level's change (a comparison with an earlier time,
      // "three more than on Friday", is comparison_change's); the level's noun phrase may stand
      // between them, with no verb ("would cost SEK 1.1 billion in restructuring charges, about SEK
      // 200 million more than it had estimated")
      for (std::size_t z = 1; z < local.size(); ++z) {
        auto const [qf, ql] = ranges[z];
        auto const& t = si.tokens;
        if (ql + 2 >= t.size() || t[ql + 2].lc != "than" ||
            (t[ql + 1].lc != "more" && t[ql + 1].lc != "less" && t[ql + 1].lc != "fewer") || comparison_change(t, ql) ||
            qf < 2 || t[qf - 1].lc != "," || qf - ranges[z - 1].second > 6 || has_rel(z, relation_kind::change_of) ||
            local[z - 1].q.kind != local[z].q.kind || local[z - 1].q.unit != local[z].q.unit)
          continue;
        bool phrase = true;
        for (std::size_t k = ranges[z - 1].second + 1; k + 1 < qf && phrase; ++k)
          phrase = t[k].word && !t[k].pred && !t[k].low_pred;
        if (phrase) local_rels.emplace_back(z, relation_kind::change_of, z - 1);
      }
      // "Nine more bodies ..., bringing to 38 the number of ...": the increment's level
      for (std::size_t z = 0; z + 1 < local.size(); ++z)
        if (!has_rel(z, relation_kind::change_of))
          if (auto const level = level_brought_to(si.tokens, local, ranges, z); level != SIZE_MAX) {
            local_rels.emplace_back(z, relation_kind::change_of, level);
            // (its verb read as its noun, "€400 million raises": what the level counts)
            auto const& next = si.tokens[ranges[z].second + 1];
            if (local[z].subject.key.empty() ||
                (local[z].subject_text_span.start == next.start && raising_verbs.count(next.lc)))
              take_subject(local[z], local[level]);
          }
      // "distributed 1,870 parcels, against 1,460 a year earlier, a rise of 28%", "raised the budget
      // to C$388 million, an increase of C$78 million, or a quarter, on ...": a change named by its
      // noun after a comma (measure_nouns.tsv kind change) is the change of the level before it, and
      // so is a share set apart after it by "or" (the same change as a share of the old level)
      for (std::size_t z = 1; z < local.size(); ++z) {
        auto const& t = si.tokens;
        std::size_t const qf = ranges[z].first;
        if (qf < 4 || t[qf - 1].lc != "of" || (t[qf - 3].lc != "a" && t[qf - 3].lc != "an") || t[qf - 4].lc != "," ||
            !change_nouns.count(t[qf - 2].lc) || has_rel(z, relation_kind::change_of))
          continue;
        std::size_t const level = level_before_change(t, local, ranges, z);
        if (level == SIZE_MAX) continue;
        local_rels.emplace_back(z, relation_kind::change_of, level);
        std::size_t const ql = ranges[z].second;
        if (z + 1 < local.size() && is_share(local[z + 1].q.kind) && ranges[z + 1].first == ql + 3 && t[ql + 1].lc == "," &&
            t[ql + 2].lc == "or" && local[z].q.kind != local[z + 1].q.kind)
          local_rels.emplace_back(z + 1, relation_kind::change_of, level);
      }
      // ", up 3.1% from 8.17 million" after the level it changes; the earlier level after "from"
      // counts what the level counts ("up 5.2 percentage points from 14% in 2016")
      for (std::size_t z = 1; z < local.size(); ++z) {
        if (has_rel(z, relation_kind::change_of)) continue;
        std::size_t base = SIZE_MAX;
        std::size_t const level = level_of_trailing_change(si.tokens, local, ranges, z, base);
        if (level == SIZE_MAX) continue;
        local_rels.emplace_back(z, relation_kind::change_of, level);
        if (base != SIZE_MAX && local[base].subject.key.empty() &&
            (local[base].q.kind == local[level].q.kind || (is_share(local[base].q.kind) && is_share(local[level].q.kind)))) {
          local[base].subject.key = local[level].subject.key;
          local[base].subject_text_span = local[level].subject_text_span;
        }
      }
      for (std::size_t z = 0; z < local.size(); ++z) {
        auto qf = ranges[z].first;
        // (no total cue in the widest window the loop below asks about: it finds none)
        bool const total_cue =
            !relation_bits ||
            ((relation_any & relation_total_bits) &&
             ((between_bits(qf >= relation_total_words + 2 ? qf - relation_total_words - 2 : 0, qf + 1) & relation_total_bits) ||
              (between_bits(ranges[z].second + 1, std::min(ranges[z].second + 3, si.tokens.size())) & relation_total_bits)));
        for (auto const& r : relation_cues) {
          if (!total_cue) break;
          if (r.value != "sum_of" || r.extra == "parts") continue;
          std::size_t from = qf >= r.words.size() + 2 ? qf - r.words.size() - 2 : 0;
          if (!between_has(from, qf + 1, r) && !between_has(ranges[z].second + 1, std::min(ranges[z].second + 3, si.tokens.size()), r))
            continue;
          // A total coordinated as a clause of its own (", and a total of 2 billion will go to ...")
          // sums nothing before it: the figures of the first clause are no parts of it.
          static word_set const clause_coordinators = {"and", "but", "while", "whereas"};
          bool coordinated = false;
          std::size_t cue_at = SIZE_MAX;  // (the cue's first token, when it stands before the total)
          for (std::size_t k = from; k < qf; ++k)
            if (match_at(si.tokens, k, r.words)) {
              coordinated = k > 0 && clause_coordinators.count(si.tokens[k - 1].lc) > 0;
              cue_at = k;
              break;
            }
          // (nor the figures of a clause before another coordinator: "the rebels freed 19 soldiers
          // and four contractors, while the government released a total of 60 fighters")
          auto other_clause = [&](std::size_t p) {
            for (std::size_t k = ranges[p].second + 1; k < qf; ++k) {
              auto const& w = si.tokens[k].lc;
              if (w == "while" || w == "whereas" || w == "but" || w == ";") return true;
            }
            return false;
          };
          std::vector<std::size_t> parts;
          for (std::size_t p = 0; p < local.size(); ++p) {
            if (p == z || local[p].q.kind != local[z].q.kind || local[p].q.unit != local[z].q.unit) continue;
            if ((coordinated || other_clause(p)) && ranges[p].first < qf) continue;
            // a part named by a part cue ("a total of 230 were hurt, among them 40 children") is
            // one of its whole's parts, not the list that exhausts it
            bool const named_part = std::any_of(local_rels.begin(), local_rels.end(), [&](auto const& rel) {
              return std::get<0>(rel) == p && std::get<1>(rel) == relation_kind::part_of && std::get<2>(rel) == z;
            });
            if (!named_part) parts.push_back(p);
          }
          // a sum has parts: one figure beside a total is no breakdown of it
          if (parts.size() >= 2)
            for (auto p : parts) local_rels.emplace_back(z, relation_kind::sum_of, p);
          // a stated total ("650 in all", "a total of $30.1 billion") is what its parts make
          // (not a figure with a verb of its own: "ordered 7 million doses in total", "In all,
          // 50,000 homes were damaged", "released a total of 60 fighters")
          auto const& ps = local[z].predicate_span;
          bool own_verb = ps.end > ps.start && (ps.start >= si.tokens[qf].start || (qf > 0 && ps.end == si.tokens[qf - 1].end) ||
                                                (cue_at != SIZE_MAX && cue_at > 0 && ps.end == si.tokens[cue_at - 1].end));
          if (local[z].forced_predicate.empty() && local[z].q.kind != quantity_kind::duration && !own_verb)
            local[z].predicate.key = "be";
          break;
        }
        if (auto w = of_quantity[z]; w != SIZE_MAX) {
          if (is_share(local[z].q.kind)) {
            local_rels.emplace_back(z, relation_kind::fraction_of, w);
          } else if (local[z].q.kind == local[w].q.kind && local[z].q.unit == local[w].q.unit &&
                     (local[z].q.kind == quantity_kind::count || local[z].q.kind == quantity_kind::money)) {
            // "212 of the 350 seats", "$2 million of the $9 million pledged": a partitive part
            local_rels.emplace_back(z, relation_kind::part_of, w);
          }
        }
      }
      exhaustive_after_part(true);
      // Fronted partitive: "Of the 105 hostages freed ..., 150 were women" / "Of the enclave's
      // 2.3 million people, 1.7 million ...": the figure after the comma is part of the first.
      // (also after "out", a reporting verb's "that" or a clause's "but": "Out of the 2,000 staff,
      // 350 ...", "Officials said that of the 300 beds, 40 ...", the sentence's first figure)
      // (most sentences have no "of" in the four words before their first figure: no walk)
      bool of_near = false;
      for (std::size_t m = ranges[0].first; local.size() >= 2 && m > 0 && ranges[0].first - m < 4 && !of_near; --m)
        of_near = si.tokens[m - 1].lc == "of";
      if (of_near) {
        std::size_t k = ranges[0].first;
        while (k > 0 && si.tokens[k - 1].word && (determiners.count(si.tokens[k - 1].lc) || is_possessive(si.tokens[k - 1].lc)))
          --k;
        if (k > 0) --k;
        if (k < si.tokens.size() && si.tokens[k].lc == "of" && ranges[0].first > k && fronted_of_opens(si.tokens, k)) {
          bool only_dets = true;
          for (std::size_t m = k + 1; m < ranges[0].first; ++m) {
            auto const& w = si.tokens[m].lc;
            bool poss = w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0;
            if (!determiners.count(w) && !poss) only_dets = false;
          }
          // the part is the first figure after the comma: a figure of another kind inside the
          // fronted phrase ("Of the 105 hostages freed during the week-long truce, 150 ...") is
          // passed over
          std::size_t part = 1;
          while (part + 1 < local.size() && local[part].q.kind != local[0].q.kind) ++part;
          if (only_dets && local[part].q.kind == local[0].q.kind) {
            for (std::size_t m = ranges[0].second + 1; m < ranges[part].first; ++m) {
              if (si.tokens[m].lc == ",") {
                if (auto const list = gapped_breakdown(si.tokens, local, ranges, part); !list.empty()) {
                  for (auto q : list) local_rels.emplace_back(0, relation_kind::sum_of, q);
                  break;
                }
                local_rels.emplace_back(part, relation_kind::part_of, 0);
                // a part whose subject was read inside the fronted phrase ("Of the 500 farms
                // registered in the valley, about 300, or roughly 60%, ..." took the valley)
                // counts what the whole counts, and so do the shares set beside it
                auto const comma_at = si.tokens[m].start;
                auto const taken = local[part].subject_text_span;
                if (taken.end > taken.start && taken.end <= comma_at && !local[0].subject.key.empty())
                  for (std::size_t z = part; z < local.size(); ++z)
                    if (z == part || (is_share(local[z].q.kind) && local[z].subject_text_span.start == taken.start &&
                                      local[z].subject_text_span.end == taken.end)) {
                      local[z].subject.key = local[0].subject.key;
                      local[z].subject_text_span = local[0].subject_text_span;
                    }
                // a part whose only verb is the whole's own word ("Of the 2,946 dead, 1,600 were
                // in the north"): it did what the whole did
                for (std::size_t z = part; z < local.size(); ++z) {
                  auto const& ps = local[z].predicate_span;
                  if (local[z].q.kind == local[0].q.kind && local[z].forced_predicate.empty() && ps.end > ps.start &&
                      ps.end <= si.tokens[m].start)
                    local[z].predicate.key = local[0].predicate.key;
                }
                // the part and later figures described by a copula are parts too ("23 were women
                // and seven were minors", "..., while 23 were Thai farm workers"): they did what
                // the whole did
                // (once the whole has the keys it had earlier in the article, below: "Vantor
                // freed 80 detainees. Of the 80 detainees, ...")
                for (std::size_t z = part; z < local.size(); ++z)
                  if (local[z].q.kind == local[0].q.kind && is_lit(local[z].predicate.key, "be") &&
                      local[z].forced_predicate.empty() && ranges[z].second + 1 < si.tokens.size() &&
                      ranges[z].first > 0 && is_copula(si.tokens[ranges[z].second + 1].lc)) {
                    copula_parts.push_back(z);
                    // (a part joined by "and" to the first: "..., while 23 were" may be another group)
                    if (z > part && ranges[z].first > 0 && si.tokens[ranges[z].first - 1].lc == "and" &&
                        !has_rel(z, relation_kind::part_of))
                      local_rels.emplace_back(z, relation_kind::part_of, 0);
                  }
                // a figure of its kind right after "and" that follows the part, with no noun of its
                // own, is another part with a verb of its own ("Of the 31 miners underground, six
                // were killed and two are missing")
                for (std::size_t z = part + 1; z < local.size() && local[z].q.kind == local[0].q.kind &&
                                               local[z].q.unit == local[0].q.unit && local[z].q.value < local[0].q.value &&
                                               si.tokens[ranges[z].first - 1].lc == "and" &&
                                               (z == part + 1 || has_rel(z - 1, relation_kind::part_of));
                     ++z) {
                  auto const& key = local[z].subject.key;
                  if (!(key.empty() || key == local[0].subject.key || key == local[part].subject.key)) break;
                  if (!has_rel(z, relation_kind::part_of)) local_rels.emplace_back(z, relation_kind::part_of, 0);
                }
                // two or more such parts that add up to the whole exactly are its breakdown ("Of the
                // court's 17 judges, 15 backed the ruling and two dissented": sum_of, as a list)
                {
                  std::vector<std::size_t> parts;
                  double sum = 0;
                  for (auto const& [from, rk, to] : local_rels)
                    if (rk == relation_kind::part_of && to == 0 && from >= part) {
                      parts.push_back(from);
                      sum += local[from].q.value;
                    }
                  if (parts.size() >= 2 && std::abs(sum - local[0].q.value) <= 1e-9 * local[0].q.value) {
                    std::erase_if(local_rels, [part](auto const& r) {
                      return std::get<1>(r) == relation_kind::part_of && std::get<2>(r) == 0 && std::get<0>(r) >= part;
                    });
                    for (auto q : parts) local_rels.emplace_back(0, relation_kind::sum_of, q);
                  }
                }
                break;
              }
            }
          }
        }
      }
      // A breakdown after a total: "more than 41,000, 35,418 of them in Turkey and 3,688 in
      // Syria". Each listed figure is part of the total; two or more listed make it exhaustive.
      // ("19 workers were infected, seven of whom died", "42 outbreaks, nine of which ...", "212
      // protesters; 40 of those were charged"; money "of it": "will spend €240 million, €90
      // million of it on clinics")
      auto partitive_pronoun = [&](std::size_t q) -> std::string_view {
        auto const& t = si.tokens;
        if (ranges[q].second + 2 >= t.size() || t[ranges[q].second + 1].lc != "of") return {};
        auto const& w = t[ranges[q].second + 2].lc;
        return w == "them" || w == "whom" || w == "which" || w == "those" || w == "these" || w == "it" ? std::string_view(w)
                                                                                                       : std::string_view();
      };
      for (std::size_t z = 0; z + 1 < local.size(); ++z) {
        std::size_t const p = z + 1;
        auto const& t = si.tokens;
        auto const pronoun = partitive_pronoun(p);
        if (pronoun.empty()) continue;
        // (the figure "them" refers to is no time: "rose to 131, from 97 two weeks ago, and 19 of
        // them" are 19 of the 97; nor a figure of another kind: "arrested 40 people and seized £2
        // million, 30 of them teenagers" are 30 of the 40, and with no such figure, of nothing)
        std::size_t w = z;
        while (w > 0 && local[w].q.kind == quantity_kind::duration) --w;
        if (local[w].q.kind == quantity_kind::duration) continue;
        if (is_lit(pronoun, "it") && !((local[p].q.kind == quantity_kind::money || is_share(local[p].q.kind)) &&
                                       local[w].q.kind == quantity_kind::money))
          continue;
        if (!is_share(local[p].q.kind)) {
          while (w > 0 && (local[w].q.kind != local[p].q.kind || local[w].q.unit != local[p].q.unit)) --w;
          if (local[w].q.kind != local[p].q.kind || local[w].q.unit != local[p].q.unit) continue;
        }
        // A part after a part with its own partitive pronoun: the same pronoun again is a second
        // part of the same whole ("40 people, 12 of them children and eight of them women"),
        // another one a part of that part ("900 beds, 120 of them in intensive care, 30 of which
        // are for children": a chain, no breakdown of the 900 that could fail to add up).
        if (w == z && !partitive_pronoun(z).empty())
          for (auto const& [from, rk, to] : local_rels)
            if (from == z && rk == relation_kind::part_of && partitive_pronoun(z) == pronoun) w = to;
        // (the whole of a plain partitive names the part's noun phrase: "restricted in 87 of the
        // basin's 132 towns, and 22 of those ..." are 22 of the 87)
        if (w == z && part_of_whole[w] != SIZE_MAX && local[part_of_whole[w]].q.kind == local[w].q.kind) w = part_of_whole[w];
        std::vector<std::size_t> parts{p};
        // (shares of one whole are no breakdown of it: "41% of it cod, 30% haddock"; nor a figure
        // with a partitive pronoun of its own: the loop reads it next)
        for (std::size_t q = p + 1; q < local.size() && !is_share(local[p].q.kind); ++q) {
          if (local[q].q.kind != local[p].q.kind || !partitive_pronoun(q).empty()) break;
          bool joined = false;
          for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m)
            joined = joined || t[m].lc == "and" || t[m].lc == ",";
          if (!joined) break;
          parts.push_back(q);
        }
        // One listed figure is a part; two or more make an exhaustive breakdown, which the
        // total's sum_of links carry (docs/corpus.md: the parts are not also part_of), when they
        // reach three quarters of the total or more ("more than 41,000, 35,418 of them in Turkey
        // and 3,688 in Syria": rounding and a toll that grew); a list that falls well short of it
        // names some of its parts ("4,000 appointments, 1,200 of them at Kingsmere and 800 at the
        // General" of a trust with more hospitals), each part_of it, and raises no sum alarm.
        double sum = 0;
        for (auto q : parts) sum += local[q].q.value;
        bool const reaches = !local[w].q.lo || sum >= 0.75 * *local[w].q.lo;
        if (parts.size() >= 2 && reaches) {
          for (auto q : parts) local_rels.emplace_back(w, relation_kind::sum_of, q);
        } else if (parts.size() >= 2) {
          for (auto q : parts) local_rels.emplace_back(q, relation_kind::part_of, w);
        } else {
          auto const whole = partitive_whole(t, local, ranges, w, p);
          if (is_share(local[p].q.kind) && !is_share(local[whole].q.kind))
            local_rels.emplace_back(p, relation_kind::fraction_of, whole);  // "86 people, more than half of them"
          else
            local_rels.emplace_back(p, relation_kind::part_of, whole);
        }
        z = parts.back() - 1;  // (the next figure after the list may be a part of its own)
      }
      // A breakdown after a colon: "105 hostages: 81 Israelis, 23 Thais and one Filipino",
      // "a $7 billion package: $5 billion in loans and $2 billion in grants". Two or more figures
      // of the total's kind and unit, each smaller than it, listed with commas and a final "and",
      // are its exhaustive parts.
      // A total followed by the number of its groups and then that many figures ("employs 6,300
      // people across its four sites, with 2,400 at Kelby, 1,900 at Morrow, 1,300 at Ashfield and
      // 880 at Pine Creek") is their sum after a comma too, whether or not they add up: the stated
      // number says the list is complete, and a sum that fails is the reconciler's to report.
      for (std::size_t w = 0; w + 2 < local.size(); ++w) {
        auto const& t = si.tokens;
        std::size_t const groups = stated_groups(t, local, ranges, w);
        std::size_t const first = w + 1 + (groups != 0);
        if (first + 1 >= local.size()) continue;
        // After a comma instead of a colon ("164 cases, 142 confirmed and 22 probable") the list
        // could be a second set of figures; it is the total's breakdown only when it adds up.
        std::size_t colon = SIZE_MAX, comma = SIZE_MAX;
        for (std::size_t m = ranges[first - 1].second + 1; m < ranges[first].first && m < ranges[first - 1].second + 9; ++m) {
          if (t[m].lc == ":") colon = m;
          if (t[m].lc == ",") comma = m;
        }
        // "a £50 billion plan, made up of £20 billion ... and £30 billion ...": a cue of
        // relations.tsv with direction "parts" right before the first part serves as the colon.
        // (a sentence without such a cue: none matches here)
        if (!relation_bits || (relation_any & relation_parts_bits))
          for (auto const& r : relation_cues)
            if (r.extra == "parts" && ranges[first].first >= r.words.size() + ranges[first - 1].second + 1 &&
                match_at(t, ranges[first].first - r.words.size(), r.words))
              colon = ranges[first].first - r.words.size();
        if (colon == SIZE_MAX && comma == SIZE_MAX) continue;
        auto smaller = [&](std::size_t q) {
          return local[q].q.kind == local[w].q.kind && local[q].q.unit == local[w].q.unit &&
                 local[q].q.value < local[w].q.value;
        };
        std::vector<std::size_t> parts;
        bool has_and = false;
        for (std::size_t q = first; q < local.size() && smaller(q); ++q) {
          if (q > first) {
            bool comma = false, conj = false;
            for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m) {
              comma = comma || t[m].lc == ",";
              conj = conj || t[m].lc == "and";
            }
            if (!comma && !conj) break;
            parts.push_back(q);
            if (conj) {
              has_and = true;
              break;
            }
          } else {
            parts.push_back(q);
          }
        }
        if (parts.size() < 2 || !has_and || (groups != 0 && parts.size() != groups)) continue;
        if (colon == SIZE_MAX && groups == 0) {
          double sum = 0;
          for (auto q : parts) sum += local[q].q.value;
          if (std::abs(sum - local[w].q.value) > 1e-9 * local[w].q.value) continue;
        }
        for (auto q : parts) {
          local_rels.emplace_back(w, relation_kind::sum_of, q);
          if (groups != 0) take_group_subject(local[q], local[w + 1], local[w]);
        }
        w = parts.back();
      }
      // "about 77% of its liabilities of £1.79 billion", "a third of a budget of €90 million": a
      // share of a noun that a figure of its own states (the noun, then "of" and the figure)
      for (std::size_t z = 0; z + 1 < local.size(); ++z) {
        auto const& t = si.tokens;
        std::size_t k = ranges[z].second + 1;
        if (!is_share(local[z].q.kind) || k >= t.size() || t[k].lc != "of" || has_rel(z, relation_kind::fraction_of)) continue;
        ++k;
        while (k < t.size() && t[k].word && (article_or_determiner(t[k]) || is_possessive(t[k].lc))) ++k;
        std::size_t const nouns = k;
        while (k < t.size() && k < nouns + 2 && chunk_word(t[k]) && !t[k].pred && t[k].lc != "of") ++k;
        if (k == nouns || k + 1 >= t.size() || t[k].lc != "of" || ranges[z + 1].first != k + 1) continue;
        auto const w = z + 1;
        if (local[w].q.kind == quantity_kind::count || local[w].q.kind == quantity_kind::money)
          local_rels.emplace_back(z, relation_kind::fraction_of, w);
      }
      // Apposition: "1.7 million, or nearly half," / "576,000 people, one in four of the 2.3
      // million residents": a fraction right after a figure describes that figure's share.
      for (std::size_t z = 1; z < local.size(); ++z) {
        auto kind = local[z].q.kind;
        if (kind != quantity_kind::fraction && kind != quantity_kind::ratio && kind != quantity_kind::percent) continue;
        std::size_t p = z - 1;
        // (over a length in the part's clause: "41 of which survived their first eight weeks in
        // the wild, roughly 70%")
        if (p > 0 && local[p].q.kind == quantity_kind::duration && has_rel(p - 1, relation_kind::part_of)) --p;
        if (local[p].q.kind != quantity_kind::count && local[p].q.kind != quantity_kind::money) continue;
        // (a dash sets it off as a comma does: "1,750 of the 14,600 children — about one in four —")
        bool comma = false, semicolon = false;
        for (std::size_t m = ranges[p].second + 1; m < ranges[z].first; ++m) {
          auto const& x = si.tokens[m].lc;
          comma = comma || x == "," || (!si.tokens[m].word && (x == "-" || x == "\u2014" || x == "\u2013"));
          semicolon = semicolon || x == ";";
        }
        // (a change is no share: "handled 268,000 of the port's containers, up 9%")
        if (!comma || has_rel(z, relation_kind::change_of)) continue;
        // (far from the count, only a share that names its own whole after it, set off by the
        // comma right before it: "cancelled more than 380 departures from the airport since the
        // strike began, one in five of the 1,900 it had scheduled"; or the share of a partitive's
        // part, its clause between them, set off by the comma or ", or" right before it: "41,633
        // of the 58,310 candidates who sat the exam passed, or 71.4%", "Of the 61,000 households,
        // 12,400 depend on tankers, nearly a third"; not a share a noun of its own introduces, "812
        // backed the deal, a turnout of 77%")
        bool const far = ranges[z].first - ranges[p].second > 6;
        auto const partitive_share = [&] {
          std::size_t const qz = ranges[z].first;
          if (semicolon || qz - ranges[p].second > 14 ||
              !(si.tokens[qz - 1].lc == "," || (qz > 1 && si.tokens[qz - 1].lc == "or" && si.tokens[qz - 2].lc == ",")))
            return false;
          for (auto const& [from, rk, to] : local_rels)
            if (rk == relation_kind::part_of && ((from == p && to != p) || (to == p && from + 1 == p))) return true;
          return false;
        };
        if (far && !partitive_share()) {
          std::size_t k = ranges[z].first;
          while (k > 0 && ranges[z].first - k < 3 && si.tokens[k - 1].word) --k;
          std::size_t own = SIZE_MAX;
          for (auto const& [from, rk, to] : local_rels)
            if (from == z && rk == relation_kind::fraction_of) own = to;
          // (and only the sentence's first figure, what the clause is about: not "two" of "from
          // the city's two airports" between them)
          if (p != 0 || k == 0 || si.tokens[k - 1].lc != "," || own == SIZE_MAX || own <= z ||
              local[own].q.kind != local[p].q.kind || local[own].q.unit != local[p].q.unit ||
              !(local[p].q.value < local[own].q.value) || has_rel(p, relation_kind::part_of))
            continue;
        }
        std::optional<std::size_t> whole;
        bool partitive_whole_before = false;  // ("9,600 of the fund's 48,000 members, nearly a third,")
        for (auto const& [from, rk, to] : local_rels) {
          if (from == p && rk == relation_kind::part_of) whole = to;
          if (from == z && rk == relation_kind::fraction_of) whole = to;
          partitive_whole_before = partitive_whole_before || (rk == relation_kind::part_of && to == p && from + 1 == p);
        }
        // a share right after a partitive's whole is the part's share of that whole
        if (!whole && partitive_whole_before) {
          local_rels.emplace_back(z, relation_kind::fraction_of, p);
          continue;
        }
        // (a whole of an earlier sentence: "... rose to 182,000. Of those, 41,300, or nearly a
        // third, have waited more than a year")
        if (!whole && local[z].relations.empty())
          for (auto const& r : local[p].relations)
            if (r.kind == relation_kind::part_of) {
              local[z].relations.push_back({relation_kind::fraction_of, r.claim});
              break;
            }
        if (!whole || *whole == p) continue;
        if (!has_rel(z, relation_kind::fraction_of)) local_rels.emplace_back(z, relation_kind::fraction_of, *whole);
        if (!has_rel(p, relation_kind::part_of)) local_rels.emplace_back(p, relation_kind::part_of, *whole);
      }
      // "nearly two-thirds of the total": a share of the whole or total stated before it in the
      // sentence (the latest figure something is a part of, or a stated total; else the latest
      // count or sum of money).
      for (std::size_t z = 1; z < local.size(); ++z) {
        auto const& t = si.tokens;
        std::size_t const e = ranges[z].second;
        if (!is_share(local[z].q.kind) || e + 3 >= t.size() || t[e + 1].lc != "of") continue;
        // (also named by its owner: "of the state's total", "of its total")
        std::size_t const o = t[e + 2].lc == "the" && is_possessive(t[e + 3].lc) ? e + 4 : e + 3;
        if ((t[e + 2].lc != "the" && t[e + 2].lc != "its") || o >= t.size() || t[o].lc != "total") continue;
        if (has_rel(z, relation_kind::fraction_of) || !local[z].relations.empty()) continue;
        std::size_t whole = SIZE_MAX, latest = SIZE_MAX;
        for (std::size_t k = 0; k < z; ++k) {
          if (local[k].q.kind != quantity_kind::count && local[k].q.kind != quantity_kind::money) continue;
          latest = k;
          for (auto const& [from, rk, to] : local_rels)
            if ((rk == relation_kind::part_of && to == k) || (rk == relation_kind::sum_of && from == k)) whole = k;
        }
        // "The city's share is €310 million, nearly 40% of the total": a share set off by a comma
        // after a figure with no whole is that figure's share of a larger figure of its kind and
        // unit, of the sentence before it or else among the article's last 32 figures (a part of
        // nothing), and the figure is that total's part, not the total itself (a figure that is
        // already a part of an earlier one gives that whole)
        if (whole == SIZE_MAX && latest == z - 1 && t[ranges[z].first - 1].lc == ",") {
          auto const& p = local[latest];
          auto const part = std::find_if(p.relations.begin(), p.relations.end(),
                                         [](relation const& r) { return r.kind == relation_kind::part_of; });
          if (part != p.relations.end()) {
            local[z].relations.push_back({relation_kind::fraction_of, part->claim});
            continue;
          }
          auto const larger = [&](claim const& o) {
            // (a count of what the figure counts: "19 of the infected flocks, about 40% of the state's
            // total" is no share of the birds culled; money totals go by currency)
            return o.q.kind == p.q.kind && o.q.unit == p.q.unit && p.q.value < o.q.value && o.mod == modality::asserted &&
                   (p.q.kind != quantity_kind::count || o.subject.key == p.subject.key) &&
                   std::none_of(o.relations.begin(), o.relations.end(),
                                [](relation const& r) { return r.kind == relation_kind::part_of; });
          };
          for (std::size_t k = latest; whole == SIZE_MAX && k-- > 0;)
            if (larger(local[k]) && !has_rel(k, relation_kind::part_of)) whole = k;
          if (whole != SIZE_MAX) {
            local_rels.emplace_back(z, relation_kind::fraction_of, whole);
            if (!has_rel(latest, relation_kind::part_of)) local_rels.emplace_back(latest, relation_kind::part_of, whole);
            continue;
          }
          std::size_t n = 0;
          for (auto it = earlier.rbegin(); it != earlier.rend() && n < 32; ++it, ++n)
            if (larger(*it)) {
              local[z].relations.push_back({relation_kind::fraction_of, it->id});
              if (p.relations.empty()) local[latest].relations.push_back({relation_kind::part_of, it->id});
              break;
            }
          // (with none, the figure is the total itself: "Donors gave $120 million in total, a third
          // of the total from one family")
          if (!local[z].relations.empty()) continue;
        }
        if (whole == SIZE_MAX) whole = latest;
        if (whole != SIZE_MAX) local_rels.emplace_back(z, relation_kind::fraction_of, whole);
      }
      // "1,600 deaths out of 50,000 cases, a fatality rate of nearly 10%": a share after a cue of
      // relations.tsv with direction "base" is the ratio of a part and its whole named before it:
      // a fraction of the latest whole (a figure something is part of), else of the latest
      // count that counts something other than the share does, when a count of what the share
      // counts (its part) comes before it too.
      for (std::size_t z = 1; z < local.size(); ++z) {
        if (!is_share(local[z].q.kind)) continue;
        bool cued = false;
        // (a sentence without such a cue: none matches here)
        if (!relation_bits || (relation_any & relation_base_bits))
          for (auto const& r : relation_cues)
            cued = cued || (r.value == "fraction_of" && r.extra == "base" && ranges[z].first >= r.words.size() &&
                            match_at(si.tokens, ranges[z].first - r.words.size(), r.words));
        if (!cued) continue;
        if (has_rel(z, relation_kind::fraction_of)) continue;
        std::size_t whole = SIZE_MAX, other = SIZE_MAX;
        bool part = false;
        for (std::size_t k = 0; k < z; ++k) {
          if (local[k].q.kind != quantity_kind::count) continue;
          for (auto const& [from, rk, to] : local_rels)
            if (rk == relation_kind::part_of && to == k) whole = k;
          bool const same = local[k].subject.key == local[z].subject.key && local[k].predicate.key == local[z].predicate.key;
          part = part || same;
          if (!same) other = k;
        }
        if (whole == SIZE_MAX && part) whole = other;
        if (whole != SIZE_MAX) local_rels.emplace_back(z, relation_kind::fraction_of, whole);
      }
      // A list read two ways (a comma breakdown that is also "N of them ... and M") links each
      // part once.
      for (std::size_t i = 1; i < local_rels.size();) {
        if (std::find(local_rels.begin(), local_rels.begin() + static_cast<std::ptrdiff_t>(i), local_rels[i]) !=
            local_rels.begin() + static_cast<std::ptrdiff_t>(i))
          local_rels.erase(local_rels.begin() + static_cast<std::ptrdiff_t>(i));
        else
          ++i;
      }
      // Subjects inherited through relations: a partitive part or a fraction without its own noun.
      for (auto const& [from, kind, to] : local_rels) {
        auto& c = local[from];
        if ((kind == relation_kind::part_of || kind == relation_kind::fraction_of) && c.subject.key.empty()) {
          c.subject.key = local[to].subject.key;
          c.subject_text_span = local[to].subject_text_span;
        }
        // a part with no verb did what its whole did ("137 hostages remain, including no fewer
        // than 17 women" are held)
        // (not a verb the whole's own noun gave it: "one in four of the 2.3 million residents")
        if (kind == relation_kind::part_of && c.predicate.key.empty() && c.forced_predicate.empty() &&
            local[to].forced_predicate.empty())
          c.predicate.key = local[to].predicate.key;
        // and so did a part or share stated by a copula after it ("..., of which 6,100 were in the
        // capital", "212, nearly two-thirds, were in children", "19 of them are in intensive care"):
        // the copula says where or who they are, not what happened to them
        if ((kind == relation_kind::part_of || kind == relation_kind::fraction_of) && is_lit(c.predicate.key, "be") &&
            c.forced_predicate.empty() && !local[to].predicate.key.empty() && !is_lit(local[to].predicate.key, "be") &&
            (local[to].q.kind == quantity_kind::count || local[to].q.kind == quantity_kind::money) &&
            copula_after(si.tokens, c, ranges[from].second))
          c.predicate.key = local[to].predicate.key;
        if (kind == relation_kind::change_of && c.subject.key.empty()) c.subject.key = local[to].subject.key;
        // a change happened when its level was reached ("rose by 122 to 312 on Tuesday": Tuesday's,
        // not the day of a clause before it, "the quake that struck on Sunday")
        if (kind == relation_kind::change_of && !local[to].date.empty()) {
          c.date = local[to].date;
          c.basis = local[to].basis;
        }
        // and the level reached counts what the change counts ("Labour's share fell 3 points to 30.4%")
        if (kind == relation_kind::change_of && local[to].subject.key.empty() && !c.subject.key.empty()) {
          local[to].subject.key = c.subject.key;
          local[to].subject_text_span = c.subject_text_span;
          if (local[to].scope.empty()) local[to].scope = c.scope;
        }
        // A total and its parts count the same thing: "..., 650 in all" takes the parts' subject.
        if (kind == relation_kind::sum_of) {
          auto& part = local[to];
          if (c.subject.key.empty() && !part.subject.key.empty()) {
            c.subject.key = part.subject.key;
            c.subject_text_span = part.subject_text_span;
          }
          if (c.predicate.key.empty()) c.predicate.key = part.predicate.key;
          // and a part with no verb did what the total did ("announced a £55 billion plan, made
          // up of £25 billion of tax rises and £30 billion in spending cuts")
          if (part.predicate.key.empty() && part.forced_predicate.empty()) part.predicate.key = c.predicate.key;
        }
      }
      // A whole fronted by "Of the" whose clause's verb is its part's ("Of the 1,200 nurses
      // eligible, 950 voted") is a total: the part voted, the whole is how many there are.
      for (std::size_t i = 0; i + 1 < local.size(); ++i) {
        auto const& t = si.tokens;
        auto& c = local[i];
        auto [qf, ql] = ranges[i];
        if (c.q.kind == quantity_kind::duration || !c.forced_predicate.empty() || qf < 2 || t[qf - 2].lc != "of" ||
            !(t[qf - 1].lc == "the" || is_possessive(t[qf - 1].lc)) ||
            (qf > 2 && t[qf - 3].word && !fronted_of_opens(t, qf - 2)))
          continue;
        auto [nb, ne] = chunk_right(t, ql + 1, false, c.q.kind == quantity_kind::money);
        while (ne < t.size() && ne < nb + 6 && t[ne].word) ++ne;  // ("nurses eligible,")
        if (ne >= t.size() || t[ne].lc != "," || ranges[i + 1].first != ne + 1) continue;
        auto const& part = local[i + 1];
        // (a verb inside the fronted phrase is the whole's own: "Of the 105 hostages freed ...,")
        if (part.predicate_span.end > part.predicate_span.start && part.predicate_span.start == c.predicate_span.start &&
            part.predicate_span.end == c.predicate_span.end && c.predicate_span.start > t[ne].start)
          c.predicate.key = "be";
      }
      settle_predicates(local, ranges, si, earlier);
      list_verb(local, ranges, local_rels, si.tokens);
      // "Winners will receive £30,000 next year, up from £25,000", "expects 4.6 million in 2026,
      // up from 4.31 million": the earlier level a change starts from is told as a fact, whatever
      // plans the sentence's later level (after the rules that lend a figure its neighbour's verb)
      for (std::size_t i = 0; i < local.size(); ++i) {
        auto const qf = ranges[i].first;
        auto& c = local[i];
        if ((c.mod == modality::planned || c.mod == modality::hypothetical) && qf >= 2 &&
            si.tokens[qf - 1].lc == "from" && (si.tokens[qf - 2].lc == "up" || si.tokens[qf - 2].lc == "down"))
          c.mod = modality::asserted;
      }
      for (std::size_t i = 0; i < local.size(); ++i) {
        char* const digits = id_text.data() + a.id.size() + 1;
        auto const end = std::to_chars(digits, id_text.data() + id_text.size(), base + i + 1).ptr;
        local[i].id.assign(id_text.data(), static_cast<std::size_t>(end - id_text.data()));
      }
      for (auto const& [from, kind, to] : local_rels) local[from].relations.push_back({kind, local[to].id});
      bare_share_whole(si, local, earlier);
      parts_of_the_total(si, local, earlier);
      for (auto& [i, verb] : who_local) who_shares.emplace_back(base + i, std::move(verb));
      // "after six years in power": a tenure, dated at the end by the article's tenure start
      for (std::size_t i = 0; i < local.size(); ++i) {
        auto const& c = local[i];
        if (c.q.kind != quantity_kind::duration || c.basis != date_basis::published || !c.date_end.empty()) continue;
        auto const e = ranges[i].second + 1;
        for (auto const& w : tenure_spans)
          if (e + w.size() <= si.tokens.size() &&
              std::equal(w.begin(), w.end(), si.tokens.begin() + static_cast<std::ptrdiff_t>(e),
                         [](std::string const& x, token const& y) { return y.word && y.lc == x; }))
            tenures.push_back(base + i);
      }
      // "12 came from the town of Arle alone": the place named with the scope cue after the figure,
      // in its clause, narrows it (as "In Arle alone, 12 ..." does before it): it never meets the
      // story's own figures as a second count of the same thing
      for (std::size_t i = 0; i < local.size() && scope_cues; ++i) {
        auto& c = local[i];
        if (!c.scope.empty()) continue;
        auto const& t = si.tokens;
        for (std::size_t k = ranges[i].second + 1; k < t.size() && t[k].word; ++k) {
          // (the scope cues matching at t[k]: their bits, with relation_bits)
          bool cue = relation_bits && (relation_at[k] & relation_scope_bits) != 0;
          if (!relation_bits)
            for (auto const& r : starting(relation_cues, t, k))  // (only cues that start with t[k] can match)
              cue = cue || (r.value == "part_of" && r.extra == "scope" && match_at(t, k, r.words));
          if (!cue) continue;
          std::size_t b = k;
          while (b > ranges[i].second + 1 && k - b < 3 && t[b - 1].word && is_upper(text[t[b - 1].start])) --b;
          for (std::size_t m = b; m < k; ++m) {
            if (!c.scope.empty()) c.scope.push_back(' ');
            c.scope += strip_possessive(t[m].lc);
          }
          break;
        }
      }
      // "In Tarvo alone, 12,500 cases": a place's own figure (a cue of relations.tsv with direction
      // "scope" right after a capitalized name before the figure) is part of the nearest larger
      // figure of its kind, unit and subject named in an earlier sentence (not an earlier level)
      for (std::size_t i = 0; i < local.size() && scope_cues; ++i) {
        auto& c = local[i];
        if ((c.q.kind != quantity_kind::count && c.q.kind != quantity_kind::money) || c.subject.key.empty() ||
            !c.relations.empty())
          continue;
        bool scoped = false;
        for (std::size_t k = 1; k < ranges[i].first && !scoped; ++k) {
          if (relation_bits && !(relation_at[k] & relation_scope_bits)) continue;  // (no scope cue at k)
          for (auto const& r : starting(relation_cues, si.tokens, k))
            if (r.value == "part_of" && r.extra == "scope" && k + r.words.size() <= ranges[i].first &&
                match_at(si.tokens, k, r.words) && si.tokens[k - 1].word && is_upper(text[si.tokens[k - 1].start]))
              scoped = true;
        }
        if (!scoped) continue;
        std::size_t n = 0;
        for (std::size_t k = base; k-- > 0 && n < 32; ++n) {
          auto const& o = out[k];
          if (o.q.kind != c.q.kind || o.q.unit != c.q.unit || o.subject.key != c.subject.key || earlier_level_at(o))
            continue;
          if (o.q.value > c.q.value) c.relations.push_back({relation_kind::part_of, o.id});
          break;
        }
      }
      // "Of those, Congo alone accounts for 537 deaths": a sentence that opens with an anaphoric
      // partitive counts parts of the previous sentence's figures of the same subject and predicate.
      // (not a list right after the comma: "Of those, 231,900 were imports and 180,700 exports"
      // breaks the figure down, below)
      // (two figures that each match one of the sentence before, "more than 17,000 cases and 517
      // deaths ... Of those, Congo alone accounts for more than 15,600 cases and 537 deaths", are
      // parts of each, not a list breaking one down)
      auto const parallel = [&](std::size_t n) {
        std::size_t matched = 0, last = SIZE_MAX;
        for (std::size_t q = 0; q < n; ++q)
          for (std::size_t k = prev_base; k < base; ++k)
            if (!local[q].subject.key.empty() && out[k].subject.key == local[q].subject.key &&
                out[k].predicate.key == local[q].predicate.key) {
              matched += k != last;
              last = k;
              break;
            }
        return matched >= 2;
      };
      // (not "Of the 600 staff, 200 ...": a figure right after "Of the" is a fronted whole)
      bool const of_opener = si.tokens[0].lc == "of" && si.tokens.size() > 3 && ranges[0].first > 2;
      std::size_t const opening_list = prev_base < base && of_opener ? gapped_list(si.tokens, local, ranges, 0) : 0;
      bool const breaks_down = opening_list >= 2 && !parallel(opening_list);
      if (prev_base < base && si.tokens.size() > 3 && si.tokens[0].lc == "of" &&
          (si.tokens[1].lc == "those" || si.tokens[1].lc == "them" || si.tokens[1].lc == "these") &&
          si.tokens[2].lc == "," && !(ranges[0].first == 3 && breaks_down))
        for (auto& c : local) {
          if (c.q.kind != quantity_kind::count || c.subject.key.empty() || !c.relations.empty()) continue;
          for (std::size_t k = prev_base; k < base; ++k)
            if (out[k].q.kind == quantity_kind::count && out[k].subject.key == c.subject.key &&
                out[k].predicate.key == c.predicate.key) {
              c.relations.push_back({relation_kind::part_of, out[k].id});
              break;
            }
        }
      // "The council spent £12 million on repairs. Of that, £7 million went to schools, £3 million
      // to clinics and £2.5 million to libraries": a sentence opened by "Of that," ("this", "it",
      // "those", "these", "them") whose figures a list or one figure are breaks down the nearest
      // larger figure of their kind and unit in the sentence before (no part itself, no earlier
      // level): one figure is its part, a list its sum (as a fronted whole's gapped list is) when it
      // reaches nine tenths of it, else some of its parts, each its part_of ("Of the total, 700
      // were in the north and 310 in the south, with the rest scattered": a list well short of its
      // whole, or one that says the rest is elsewhere, names some parts and can raise no false sum
      // alarm; a planted error is a slip of a digit, near the whole or above it). A list may also
      // follow a named reference ("Of the total,", "Of that sum,", "Of the claims lodged so far,":
      // a determiner and at most five words, no figure, a comma), whose whole may stand further back
      // (the article's last 32 figures), with words before its first figure ("Of that sum, the
      // city's share is €1.1 billion, the region's €950 million and ...").
      // (a list's figures that the per-figure rules made parts of the latest count, "Of those,"
      // pointing back, are read again here: as parts of the whole found, or its sum)
      auto const only_parts = [](claim const& c) {
        return std::all_of(c.relations.begin(), c.relations.end(),
                           [](relation const& r) { return r.kind == relation_kind::part_of; });
      };
      // (nor a list read as its first figure's own breakdown, "2,150 were guillemots, 890 ... and
      // 440 ...", which the list below replaces)
      auto const own_list = [&](std::size_t n) {
        return std::all_of(local[0].relations.begin(), local[0].relations.end(), [&](relation const& r) {
          return r.kind == relation_kind::part_of ||
                 (r.kind == relation_kind::sum_of &&
                  std::any_of(local.begin() + 1, local.begin() + static_cast<std::ptrdiff_t>(n),
                              [&](claim const& c) { return c.id == r.claim; }));
        });
      };
      if (prev_base < base && of_opener && (only_parts(local[0]) || (breaks_down && own_list(opening_list)))) {
        auto const& t = si.tokens;
        auto const& w1 = t[1].lc;
        bool const pronoun = of_opener && t[2].lc == "," && ranges[0].first == 3 &&
                             (w1 == "that" || w1 == "this" || w1 == "it" || w1 == "those" || w1 == "these" || w1 == "them");
        std::size_t comma = 0;
        if (of_opener && !pronoun && (w1 == "the" || w1 == "that" || w1 == "this" || w1 == "those" || w1 == "these")) {
          for (std::size_t m = 2; m < ranges[0].first && m < 8 && !comma; ++m) {
            if (t[m].lc == ",") comma = m;
            else if (!t[m].word) break;
          }
        }
        // (one figure after a named total too: "Of the 2024 total, 1.1 million TEU, or nearly half,")
        bool const total = comma && (t[comma - 1].lc == "total" || t[comma - 1].lc == "sum");
        std::size_t n = (pronoun || total) && local[0].relations.empty() ? 1 : 0;
        if ((pronoun || comma) && breaks_down) n = opening_list;
        auto const part = [&](std::size_t q) -> claim& { return local[q]; };
        for (std::size_t q = 1; q < n; ++q)
          if (!only_parts(part(q))) n = 0;
        double largest = 0, sum = 0;
        for (std::size_t q = 0; q < n; ++q) largest = std::max(largest, part(q).q.value), sum += part(q).q.value;
        std::size_t const last = n ? ranges[n - 1].second : 0;
        bool rest = false;  // "..., with the rest scattered across farmland"
        for (std::size_t m = last + 1; n >= 2 && m < t.size() && !rest; ++m)
          rest = t[m].lc == "rest" || t[m].lc == "remainder" || t[m].lc == "others";
        // (a list may break down a figure that is a part itself, "cut 1,850 of its 23,000 jobs. The
        // cuts break down as ...", not one broken down already; one figure is no part of a part)
        auto const fits = [&](claim const& o) {
          return o.q.kind == part(0).q.kind && o.q.unit == part(0).q.unit && o.q.value > largest && !earlier_level_at(o) &&
                 std::none_of(o.relations.begin(), o.relations.end(), [&](relation const& r) {
                   return (r.kind == relation_kind::part_of && n < 2) || r.kind == relation_kind::sum_of;
                 });
        };
        std::size_t const reach = n < 2 ? prev_base : std::min(prev_base, base > 32 ? base - 32 : std::size_t{0});
        std::size_t whole = SIZE_MAX;
        for (std::size_t k = base; n && whole == SIZE_MAX && k-- > reach;)
          if (fits(out[k])) whole = k;
        // (a partitive's whole is the background of its part right before it, which the list
        // breaks down: "cut 1,850 of its roughly 23,000 jobs. Of the total, ..." are the 1,850's)
        if (n >= 2 && whole != SIZE_MAX && whole > reach && fits(out[whole - 1]) &&
            std::any_of(out[whole - 1].relations.begin(), out[whole - 1].relations.end(), [&](relation const& r) {
              return r.kind == relation_kind::part_of && r.claim == out[whole].id;
            }))
          --whole;
        if (whole != SIZE_MAX) {
          auto& o = out[whole];
          double const of = o.q.lo ? *o.q.lo : o.q.value;
          bool const breakdown = n >= 2 && !rest && sum >= 0.9 * of;
          static claim const no_groups;
          // (one part's share set off after it: "Of the 2024 total, 1.1 million TEU, or nearly
          // half," is a share of the total, as the apposition rule reads it after a partitive)
          if (n == 1 && local.size() > 1 && is_share(local[1].q.kind) && local[1].relations.empty()) {
            std::size_t k = ranges[1].first;  // (back over "or" and the comma, then at most the part's noun)
            if (k > 0 && t[k - 1].lc == "or") --k;
            if (k > 0 && t[k - 1].lc == "," && k - 1 >= ranges[0].second + 1 && k - 1 <= ranges[0].second + 3)
              local[1].relations.push_back({relation_kind::fraction_of, o.id});
          }
          for (std::size_t q = 0; q < n; ++q) {
            part(q).relations.clear();
            if (breakdown) o.relations.push_back({relation_kind::sum_of, part(q).id});
            else part(q).relations.push_back({relation_kind::part_of, o.id});
            // (a part with a noun of its own keeps it: "the state's share is €1.5 billion")
            take_group_subject(part(q), pronoun ? part(q) : no_groups, o);
          }
        }
      }
      // A results box closed by its total in a sentence of its own ("... Greens 4, others 6.
      // Total 650."): the total sums every figure of the sentence before, when all are of its
      // kind and unit and none is larger.
      if (prev_base != SIZE_MAX && prev_base + 2 <= base && local.size() == 1 && local[0].relations.empty()) {
        std::size_t cue_len = 0;
        for (auto const& r : relation_cues)
          if (r.value == "sum_of" && r.extra == "total" && match_at(si.tokens, 0, r.words))
            cue_len = std::max(cue_len, r.words.size());
        // nothing but the cue, the figure and at most its noun ("Total: 650 seats.")
        std::size_t other_words = 0;
        for (std::size_t k = cue_len; k < si.tokens.size(); ++k)
          if (si.tokens[k].word && (k < ranges[0].first || k > ranges[0].second)) ++other_words;
        bool const opens_total = cue_len > 0 && ranges[0].first >= cue_len && other_words <= 1;
        auto& total = local[0];
        bool all_parts = opens_total;
        for (std::size_t k = prev_base; k < base && all_parts; ++k)
          all_parts = out[k].q.kind == total.q.kind && out[k].q.unit == total.q.unit && out[k].q.value <= total.q.value;
        if (all_parts) {
          for (std::size_t k = prev_base; k < base; ++k) total.relations.push_back({relation_kind::sum_of, out[k].id});
          bool same = !out[prev_base].subject.key.empty();
          for (std::size_t k = prev_base + 1; k < base && same; ++k) same = out[k].subject.key == out[prev_base].subject.key;
          if (same && total.forced_predicate.empty()) {
            total.subject.key = out[prev_base].subject.key;
            total.subject_text_span = {};
          }
        }
      }
      // "... would cut 1,850 jobs. The cuts break down as 1,100 in engineering, 420 in sales and
      // 290 in support": a sentence opening with the plural nominal of the previous sentence's
      // planned act tells that plan's parts, which are planned as it is (its verbless figures or
      // those of a copula; a figure with a verb of its own has its own modality)
      if (prev_base != SIZE_MAX && prev_base < base && si.tokens.size() > 3 && si.tokens[0].lc == "the" &&
          si.tokens[1].word && si.tokens[1].lc.ends_with('s')) {
        std::string_view const noun = si.tokens[1].lc;
        bool plan = false;
        for (std::size_t k = prev_base; k < base && !plan; ++k) {
          std::string_view const verb = out[k].predicate.key;
          plan = out[k].mod == modality::planned && !verb.empty() &&
                 ((noun.size() == verb.size() + 1 && noun.starts_with(verb)) || shares_stem(verb, noun));
        }
        for (auto& c : local)
          if (plan && c.mod == modality::asserted && (c.predicate.key.empty() || is_lit(c.predicate.key, "be")))
            c.mod = modality::planned;
      }
      prev_base = base;
      // The same figure keeps its keys however the sentence is built (docs/corpus.md): a sum or a
      // count restated with a copula ("The arrangement is worth about $3 billion" after "approved an
      // arrangement worth $3 billion") is what was done with it before, not a bare `be`. Same
      // subject, kind, unit and a value the figure's interval holds; the last 64 figures. (Runs
      // after the sentence's relations are attached.)
      for (std::size_t i = 0; i < local.size(); ++i) {
        auto& c = local[i];
        if (std::string_view(c.predicate.key) != "be" || c.mod != modality::asserted || c.subject.key.empty() ||
            (c.q.kind != quantity_kind::money && c.q.kind != quantity_kind::count))
          continue;
        // (a stated total is what its parts make: "Total 120", "a total of 650" stay `be`; not a
        // whole restated by a fronted "Of the €3.6 billion, ..." before its breakdown)
        auto const qf = ranges[i].first;
        bool const fronted = qf >= 2 && si.tokens[qf - 2].lc == "of" && si.tokens[qf - 1].lc == "the";
        bool stated_total = !fronted && std::any_of(c.relations.begin(), c.relations.end(), [](relation const& r) {
          return r.kind == relation_kind::sum_of;
        });
        // (the windows the sum rule above reads a total cue in; none of its cues in the widest: none matches)
        bool const total_cue =
            !relation_bits ||
            ((relation_any & relation_total_bits) &&
             ((between_bits(qf >= relation_total_words + 2 ? qf - relation_total_words - 2 : 0, qf + 1) & relation_total_bits) ||
              (between_bits(ranges[i].second + 1, std::min(ranges[i].second + 3, si.tokens.size())) & relation_total_bits)));
        for (auto const& r : relation_cues) {
          if (stated_total || !total_cue) break;
          if (r.value != "sum_of" || r.extra == "parts") continue;
          std::size_t const from = qf >= r.words.size() + 2 ? qf - r.words.size() - 2 : 0;
          stated_total = between_has(from, qf + 1, r) ||
                         between_has(ranges[i].second + 1, std::min(ranges[i].second + 3, si.tokens.size()), r);
        }
        if (stated_total) continue;
        double const lo = c.q.lo ? *c.q.lo : c.q.value, hi = c.q.hi ? *c.q.hi : c.q.value;
        std::size_t n = 0;
        for (auto it = earlier.rbegin(); it != earlier.rend() && n < 64; ++it, ++n)
          // (the numbers first: the strings of most earlier claims need no comparing)
          if (it->q.kind == c.q.kind && it->q.value >= lo && it->q.value <= hi && it->mod == modality::asserted &&
              it->q.unit == c.q.unit && it->subject.key == c.subject.key) {
            if (!it->predicate.key.empty() && !is_lit(it->predicate.key, "be")) c.predicate.key = it->predicate.key;
            break;
          }
      }
      // (the fronted partitive's parts, once their whole has its keys)
      for (auto const z : copula_parts)
        if (is_lit(local[z].predicate.key, "be")) local[z].predicate.key = local[0].predicate.key;
      for (auto& c : local) {
        // (lean claims leave the texts at their spans, where the writers read them)
        if (!lean && c.subject_text_span.end > c.subject_text_span.start)
          c.subject.text.assign(text.substr(c.subject_text_span.start, c.subject_text_span.end - c.subject_text_span.start));
        if (!lean && c.predicate_span.end > c.predicate_span.start)
          c.predicate.text.assign(text.substr(c.predicate_span.start, c.predicate_span.end - c.predicate_span.start));
        if (text_file) {
          // Claims come in text order: advance one cursor instead of rescanning the text.
          for (; loc_pos < c.q.span.start; ++loc_pos) {
            if (text[loc_pos] == '\n') {
              ++loc_line;
              loc_col_start = loc_pos + 1;
            }
          }
          c.line_in_file = static_cast<int>(loc_line);
          c.column = static_cast<int>(c.q.span.start - loc_col_start + 1);
        }
      }
      // ... when it tells a count of the same event (predicate and kind): a later speaker of other
      // figures does not reach back ("Aid trucks crossed on Saturday. Officials said 40 people
      // were killed").
      if (!named_next.key.empty() && !si.pronoun_speaker) {
        for (auto idx : unsaid) {
          auto& u = out[idx];
          for (std::size_t k = base; k < out.size(); ++k)
            // (the tests of u alone first: they hold for most of the paragraph's claims)
            if (((!u.predicate.key.empty() && !is_lit(u.predicate.key, "be") && out[k].predicate.key == u.predicate.key) ||
                 // (sums of the same currency: the accounts the speaker then closes, "Fees brought in
                 // €8.1 million ... Spending came to about €7 million, the board said"; not a sum of
                 // another time: "... since 2009, when a mill shut with debts of £60 million" is
                 // background)
                 (u.q.kind == quantity_kind::money && u.basis == date_basis::published && !u.q.unit.empty() &&
                  out[k].q.unit == u.q.unit)) &&
                out[k].q.kind == u.q.kind && out[k].attribution.key == named_next.key) {
              u.attribution = named_next;
              // ... and on the day it tells them: an undated running count ("The quake has killed
              // close to 3,000 people. The interior ministry said on Monday that 2,862 ...") is as
              // of the day its speaker named next told the same count (a cataphoric speech day)
              // (not a state told as of now: "The toll is now greater than 50,000. On Friday, ...")
              auto const before = text.substr(u.sentence_start, u.q.span.start - u.sentence_start);
              if (before.find(" now ") == std::string_view::npos && u.basis == date_basis::published &&
                  out[k].basis == date_basis::relative && u.date_end.empty() &&
                  out[k].subject.key == u.subject.key && u.mod == modality::asserted && out[k].mod == modality::asserted &&
                  out[k].date.size() == 10) {
                u.date = out[k].date;
                u.basis = out[k].basis;
              }
              break;
            }
        }
      }
      if (!named_next.key.empty()) unsaid.clear();
      for (std::size_t i = 0; i < fell_to_outlet.size(); ++i)
        if (fell_to_outlet[i]) unsaid.push_back(base + i);
    }
    // "the Harbor Daily tally shows": the outlet's own count is the outlet's
    for (auto& c : out)
      if (c.attribution.key.size() > source_key.size() + 1 && c.attribution.key.starts_with(source_key) &&
          c.attribution.key[source_key.size()] == ' ')
        c.attribution.key = source_key;
    // "nine in ten of those who voted": a share of the nearest figure, before or after it, whose verb
    // is the clause's ("2,847 voted"); the share counts what that figure counts
    for (auto const& [w, verb] : who_shares) {
      auto& c = out[w];
      std::size_t best = SIZE_MAX, best_d = SIZE_MAX;
      for (std::size_t k = 0; k < out.size(); ++k) {
        if (k == w || out[k].q.kind != quantity_kind::count || out[k].predicate.key != verb) continue;
        std::size_t d = k > w ? k - w : w - k;
        if (d < best_d) best = k, best_d = d;
      }
      if (best == SIZE_MAX) continue;
      // (the voters, not the members they are part of: "Of the 2,100 members, 1,640 voted")
      for (std::size_t k = 0; k < out.size(); ++k)
        if (out[k].predicate.key == verb && out[k].q.kind == quantity_kind::count &&
            std::any_of(out[k].relations.begin(), out[k].relations.end(), [&](relation const& r) {
              return r.kind == relation_kind::part_of && r.claim == out[best].id;
            })) {
          best = k;
          break;
        }
      c.relations.clear();
      c.relations.push_back({relation_kind::fraction_of, out[best].id});
      c.subject.key = out[best].subject.key;
      if (auto const best_text = subject_text(out[best], text); !best_text.empty()) c.subject.text = best_text;
    }
    // a tenure with no start of its own lasts from the article's one tenure start to publication
    if (!tenure_start.empty() && tenure_start != "-" && has_pub)
      for (auto w : tenures) {
        auto& c = out[w];
        if (tenure_start >= format_iso(pub_date)) continue;
        c.date = tenure_start;
        c.basis = date_basis::explicit_date;
        c.date_end = format_iso(pub_date);
      }
    // An age describes one person whom no other figure counts ("a 48-year-old pilot", "aged 65
    // or over"): its noun stays as text, but it gets no subject key, so no relation and no check
    // of the reconciler sets two people's ages against each other.
    for (auto& c : out.claims())
      if (is_age(c)) c.subject.key.clear();
    link_adding_up(out.claims(), text);
    link_fractions(out.claims());
    link_apposed_parts(out.claims(), text);
    if (lean) *lean_topics = std::move(topics);
    sentences_kept.trim();
    return out.size();
  }

  // Figures that add up exactly to a whole are its breakdown (`sum_of`, docs/claims.md
  // "Relations"), across sentences: a results list in the next paragraph that makes up the
  // chamber named in the lede ("won 52 of the 120 seats. [...] Seats by party: A 52, B 40, C 18,
  // D 10"), "the remaining $600 million" of a loan, the whole's own part with the other parties'
  // seats after it ("will hold 140 of the 300 seats. B took 90 seats and C 70"), and parts before
  // "out of" their whole in one sentence. The whole is a count or sum that is part of nothing,
  // unscoped or the whole of a partitive; the parts count what it counts (kind, unit, subject),
  // are exact figures smaller than it of its year, with one verb, at least two, and form a run
  // of such figures from the whole's sentence to the end of the next paragraph (four sentences
  // at most). A sum that holds raises no discrepancy; an
  // exhaustive part is linked by the total's sum_of only (docs/corpus.md).
  static void link_adding_up(std::span<claim> cs, std::string_view text) {
    // (string equality inline: lengths, then bytes)
    auto same_text = [](std::string const& a, std::string const& b) {
      return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
    };
    std::size_t const n = cs.size();
    if (n < 3) return;
    std::vector<std::size_t> para(n), sent(n), sent_first(n);
    // (what a part must share with its whole, kind, unit and subject, as a cheap digest per figure
    // (kind, lengths, the key's first eight bytes and last byte): the window walk below compares
    // the strings only where the digests agree)
    std::vector<std::uint64_t> group(n);
    // (one pass over the text: the next blank line is looked for once)
    for (std::size_t i = 0, p = 0, next = text.find("\n\n"), sn = 0; i < n; ++i) {
      while (next != std::string_view::npos && next < cs[i].sentence_start) {
        ++p;
        next = text.find("\n\n", next + 2);
      }
      para[i] = p;
      if (i > 0 && cs[i].sentence_start != cs[i - 1].sentence_start) ++sn;
      sent[i] = sn;
      sent_first[i] = i > 0 && sent[i - 1] == sn ? sent_first[i - 1] : i;
      auto const& key = cs[i].subject.key;
      std::uint64_t head = 0;
      std::memcpy(&head, key.data(), std::min<std::size_t>(key.size(), 8));
      group[i] = (head * 0x9E3779B97F4A7C15ull) ^ (static_cast<std::uint64_t>(cs[i].q.kind) << 56) ^
                 (static_cast<std::uint64_t>(cs[i].q.unit.size()) << 48) ^ (static_cast<std::uint64_t>(key.size()) << 32) ^
                 (key.empty() ? 0 : static_cast<unsigned char>(key.back()));
    }
    auto has = [](claim const& c, relation_kind k, std::string const* to = nullptr) {
      for (auto const& r : c.relations)  // (most figures have none: no setup of a search)
        if (r.kind == k && (!to || r.claim == *to)) return true;
      return false;
    };
    // (one pass over a claim's relations for several kinds: most have none or one)
    auto has_any = [](claim const& c, relation_kind a, relation_kind b, relation_kind d) {
      for (auto const& r : c.relations)
        if (r.kind == a || r.kind == b || r.kind == d) return true;
      return false;
    };
    auto exact = [](claim const& c) { return c.q.lo && c.q.hi && *c.q.lo == c.q.value && *c.q.hi == c.q.value; };
    // (seq and own hold at most 24 indexes, the walk below stops there: arrays, no push_back call)
    struct small_list {
      std::array<std::size_t, 24> v;
      std::size_t n = 0;
      void clear() { n = 0; }
      void push_back(std::size_t x) { v[n++] = x; }
      std::size_t size() const { return n; }
      bool empty() const { return n == 0; }
      std::size_t const* begin() const { return v.data(); }
      std::size_t const* end() const { return v.data() + n; }
      std::size_t operator[](std::size_t i) const { return v[i]; }
      std::size_t front() const { return v[0]; }
    };
    small_list seq, own;
    std::size_t lim = 0;  // the end of the figures of w's paragraph and the next, at most four sentences on
    for (std::size_t w = 0; w < n; ++w) {
      auto& whole = cs[w];
      if ((whole.q.kind != quantity_kind::count && whole.q.kind != quantity_kind::money) || whole.q.value <= 0 ||
          whole.subject.key.empty() ||
          has_any(whole, relation_kind::sum_of, relation_kind::part_of, relation_kind::change_of))
        continue;
      // (bounded work per figure: 24 figures before it in its sentence, 64 in all)
      std::size_t const first = std::max(sent_first[w], w > 24 ? w - 24 : std::size_t{0});
      seq.clear();
      own.clear();
      // (para and sent grow with the index: the window ends where they first pass w's bounds)
      while (lim < n && para[lim] <= para[w] + 1 && sent[lim] <= sent[w] + 4) ++lim;
      std::size_t const end = std::min({n, first + 64, lim});
      for (std::size_t k = first; k < end && seq.size() < 24; ++k) {
        if (group[k] != group[w]) continue;
        auto const& c = cs[k];
        if (k == w || c.q.kind != whole.q.kind || !same_text(c.q.unit, whole.q.unit) || !same_text(c.subject.key, whole.subject.key) ||
            has_any(c, relation_kind::change_of, relation_kind::sum_of, relation_kind::sum_of))
          continue;
        seq.push_back(k);
        if (has(c, relation_kind::part_of, &whole.id)) own.push_back(k);
      }
      // (a party's own figure is no whole, unless something is stated as its part: "A won 52 of
      // the 120 seats" scopes the 120 by A)
      if (!whole.scope.empty() && own.empty()) continue;
      // (a part of another year is no part: "far below the 303 seats the party won in 2019")
      // ("The remaining 1,150 were reconnected on Monday" after "Of the 6,800 households cut off,
      // 5,650 were reconnected in three days": the rest of a whole completes its breakdown,
      // whatever its own verb reads)
      auto remaining = [&](std::size_t k) {
        std::size_t b = cs[k].q.span.start;
        while (b > 0 && text[b - 1] == ' ') --b;
        return b >= 9 && text.substr(b - 9, 9) == "remaining" && (b == 9 || !is_alnum(text[b - 10]));
      };
      auto usable = [&](std::size_t k) {
        auto const& d = cs[k].date;
        return exact(cs[k]) && cs[k].q.value < whole.q.value && (!cs[k].predicate.key.empty() || remaining(k)) &&
               (d.size() < 4 || whole.date.size() < 4 || d.compare(0, 4, whole.date, 0, 4) == 0);
      };
      auto adds_up = [&](double sum) { return std::abs(sum - whole.q.value) <= 1e-9 * whole.q.value; };
      std::vector<std::size_t> parts;
      // a run of the figures alone, else the whole's own parts and a run of the others
      for (int pass = 0; pass < 2 && parts.empty(); ++pass) {
        double base = 0;
        if (pass == 1) {
          if (own.empty() || !std::all_of(own.begin(), own.end(), usable)) break;
          for (auto k : own) base += cs[k].q.value;
        }
        for (std::size_t a = 0; a < seq.size() && parts.empty(); ++a) {
          double sum = base;
          // the parts of a breakdown are parallel: one verb ("won"), which a shortfall ("32 short
          // of the 272 needed") does not share
          auto const& verb = cs[pass == 1 ? own.front() : seq[a]].predicate.key;
          for (std::size_t b = a; b < seq.size(); ++b) {
            auto k = seq[b];
            if (!usable(k) || (cs[k].predicate.key != verb && !remaining(k)) ||
                (pass == 1 && std::find(own.begin(), own.end(), k) != own.end()))
              break;
            sum += cs[k].q.value;
            if (adds_up(sum) && b - a + 1 + (pass == 1 ? own.size() : 0) >= 2) {
              if (pass == 1) parts.assign(own.begin(), own.end());
              parts.insert(parts.end(), seq.begin() + static_cast<std::ptrdiff_t>(a),
                           seq.begin() + static_cast<std::ptrdiff_t>(b) + 1);
              break;
            }
            if (sum > whole.q.value) break;
          }
        }
      }
      for (auto k : parts) {
        auto& rs = cs[k].relations;
        rs.erase(std::remove_if(rs.begin(), rs.end(),
                                [&](relation const& r) { return r.kind == relation_kind::part_of && r.claim == whole.id; }),
                 rs.end());
        whole.relations.push_back({relation_kind::sum_of, cs[k].id});
      }
    }
  }

  // A fraction or percent "of" a noun with no quantity of its own ("nearly half of its
  // hostages") is a fraction of the nearest count of the same subject in the article.
  // "Just under a fifth of the population, 1.62 million people, is now aged 65 or over": a count
  // set after a comma beside a share of a whole is the part that share describes (the apposition
  // "1.7 million, or nearly half," share last, is read with the sentence's relations; a share's
  // whole named in an earlier sentence is known only here, after link_fractions).
  static void link_apposed_parts(std::span<claim> cs, std::string_view text) {
    for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
      auto const& f = cs[i];
      auto& c = cs[i + 1];
      if (!is_share(f.q.kind) || !f.q.unit.empty() || c.q.kind != quantity_kind::count || !c.relations.empty() ||
          c.sentence_start != f.sentence_start || c.q.span.start < f.q.span.end + 2 || c.q.span.start > f.q.span.end + 40)
        continue;
      // (the share's own "of" phrase may stand between: one comma, right before the count)
      auto const between = text.substr(f.q.span.end, c.q.span.start - f.q.span.end);
      if (!between.ends_with(", ") || between.find(',') != between.size() - 2 ||
          !(between.size() == 2 || between.starts_with(" of ")))
        continue;
      for (auto const& r : f.relations)
        if (r.kind == relation_kind::fraction_of) {
          c.relations.push_back({relation_kind::part_of, r.claim});
          break;
        }
    }
  }

  static void link_fractions(std::span<claim> cs) {
    for (std::size_t i = 0; i < cs.size(); ++i) {
      auto& c = cs[i];
      if (c.q.kind != quantity_kind::fraction && c.q.kind != quantity_kind::ratio) continue;
      if (c.subject.key.empty() || !c.relations.empty()) continue;
      std::size_t best = SIZE_MAX, best_d = SIZE_MAX;
      bool own_sentence = false;
      for (std::size_t j = 0; j < cs.size(); ++j) {
        if (j == i || cs[j].q.kind != quantity_kind::count || cs[j].subject.key != c.subject.key) continue;
        // a share that took its noun from the count beside it ("Nearly 220 million people, just
        // below two-thirds of a population of ...") is that count's share of something else
        // (and then of nothing outside its sentence: "counted 8.42 million people, and nearly one
        // in eight was born abroad" is no share of a region's residents two paragraphs on)
        if (c.subject_text_span.end > c.subject_text_span.start && c.subject_text_span.start == cs[j].subject_text_span.start &&
            c.subject_text_span.end == cs[j].subject_text_span.end) {
          own_sentence = true;
          continue;
        }
        std::size_t d = cs[j].q.span.start > c.q.span.start ? cs[j].q.span.start - c.q.span.start
                                                             : c.q.span.start - cs[j].q.span.start;
        if (d < best_d) {
          best_d = d;
          best = j;
        }
      }
      if (best == SIZE_MAX || (own_sentence && cs[best].sentence_start != c.sentence_start)) continue;
      // a share of the people a part counts is a share of that part's whole ("380 of the children
      // had been hospitalised [...] one in six children has been"): the part is what it is checked
      // against (docs/corpus.md fraction_of); a part of no whole in the article is passed over
      std::string const* whole = &cs[best].id;
      for (auto const& r : cs[best].relations)
        if (r.kind == relation_kind::part_of) whole = &r.claim;
      if (whole != &cs[best].id) {
        auto it = std::find_if(cs.begin(), cs.end(), [&](claim const& o) { return o.id == *whole; });
        if (it == cs.end() || it->q.kind != quantity_kind::count) continue;
      }
      c.relations.push_back({relation_kind::fraction_of, *whole});
    }
  }
};

extractor::extractor(lexicon const& lex) : impl_(std::make_unique<impl>(lex)) {}
extractor::~extractor() = default;
extractor::extractor(extractor&&) noexcept = default;
extractor& extractor::operator=(extractor&&) noexcept = default;

std::vector<claim> extractor::extract(article const& a, bool copy_sentences) const {
  std::vector<claim> out;
  impl_->extract(a, copy_sentences, nullptr, out);
  return out;
}

std::span<claim> extractor::extract_lean(article const& a, std::vector<std::string>& topics,
                                         std::vector<claim>& kept) const {
  std::size_t const n = impl_->extract(a, false, &topics, kept);
  return {kept.data(), n};
}

}  // namespace claimcheck::claims
