#include "claimcheck/text/sentences.hpp"

#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/text/utf8.hpp"

#include <array>
#include <cctype>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::text {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Closing punctuation that may follow a sentence end: quotes and brackets.
std::size_t closer_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ')' || s[i] == ']') return 1;
  if (s.substr(i, 3) == "\xE2\x80\x9D" || s.substr(i, 3) == "\xE2\x80\x99") return 3;
  if (s[i] == '"' || s[i] == '\'') return 1;
  return 0;
}

// True when a new sentence can start at s[i]: uppercase letter, digit, opening quote or bracket
// followed by one of those, or a non-ASCII letter (we cannot tell its case cheaply: accept).
bool starter_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  char c = s[i];
  if (is_upper(c) || is_digit(c)) return true;
  if (auto q = quote_at(s, i)) return starter_at(s, i + q);
  if (c == '(' || c == '[') return starter_at(s, i + 1);
  return static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) < 0xE0;
}

// The bytes at which split() has something to decide.
constexpr auto may_end = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {0x0A, 0x2E, 0x21, 0x3F, 0xE2}) t[c] = true;  // \n . ! ? and an ellipsis' first byte
  return t;
}();

// The first position >= i whose byte is in may_end; s.size() when none. Sixteen bytes at a
// time with SSE2 where available, the table for the rest.
std::size_t next_may_end(std::string_view s, std::size_t i) {
  std::size_t const n = s.size();
#if defined(__SSE2__)
  __m128i const nl = _mm_set1_epi8('\n'), dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'),
                qm = _mm_set1_epi8('?'), e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= n; i += 16) {
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s.data() + i));
    __m128i const hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, dot)),
                                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, qm)),
                                                  _mm_cmpeq_epi8(v, e2)));
    if (int const m = _mm_movemask_epi8(hit)) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  while (i < n && !may_end[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

// text::space_at with the answer for an ASCII byte inline (most bytes it is asked about)
std::size_t space_len(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  auto const c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ? 1 : 0;
  return space_at(s, i);
}

// The bit of a word of `len` bytes beginning with `first` in abbreviation_shapes_: an upper- and
// a lowercase ASCII letter give the same bit (0x20 set, then the low five bits).
std::size_t abbreviation_shape(std::size_t len, char first) {
  return (len < 7 ? len : 7) * 32 + ((static_cast<unsigned char>(first) | 0x20) & 31);
}

}  // namespace

sentence_splitter::sentence_splitter(lexicon const& lex) {
  for (auto const& row : lex.table("abbreviations").rows) {
    auto word = fold(row.at(0));
    if (word.empty()) continue;
    abbreviations_.insert(word);
    auto const shape = abbreviation_shape(word.size(), word[0]);
    abbreviation_shapes_[shape >> 6] |= std::uint64_t{1} << (shape & 63);
    if (row.at(1) == "final") final_abbreviations_.insert(word);
  }
}

std::vector<byte_span> sentence_splitter::split(std::string_view s) const {
  std::vector<byte_span> out;
  std::size_t const n = s.size();
  out.reserve(n / 64 + 4);  // (about a sentence per 100-150 bytes of news: rarely grown)
  std::size_t start = 0;

  auto emit = [&](std::size_t b, std::size_t e) {
    while (b < e) {
      auto sp = space_len(s, b);
      if (!sp) break;
      b += sp;
    }
    while (e > b) {
      // trim trailing ASCII whitespace and NBSP
      if (std::isspace(static_cast<unsigned char>(s[e - 1]))) {
        --e;
      } else if (e - b >= 2 && s.substr(e - 2, 2) == "\xC2\xA0") {
        e -= 2;
      } else {
        break;
      }
    }
    while (e > b && e - b > max_sentence_bytes) {
      std::size_t cut = b + max_sentence_bytes;
      std::size_t k = cut;
      while (k > b + max_sentence_bytes / 2 && s[k] != ' ' && s[k] != '\n') --k;
      if (s[k] == ' ' || s[k] == '\n') {
        cut = k;
      } else {
        while (cut > b && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
      }
      out.push_back({b, cut});
      b = cut;
      while (b < e && (s[b] == ' ' || s[b] == '\n')) ++b;
    }
    if (e > b) out.push_back({b, e});
  };

  std::size_t i = 0;
  while (i < n) {
    char c = s[i];
    // Only a newline, '.', '!', '?' or the first byte of "\xE2\x80\xA6" (an ellipsis) can end a
    // sentence or paragraph: skip every other byte at once.
    if (!may_end[static_cast<unsigned char>(c)]) {
      i = next_may_end(s, i + 1);
      continue;
    }
    // Paragraph break: newline, optional spaces, newline.
    if (c == '\n') {
      std::size_t j = i + 1;
      while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) ++j;
      if (j < n && s[j] == '\n') {
        emit(start, i);
        while (j < n && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
        start = i = j;
        continue;
      }
    }
    bool ellipsis = s.substr(i, 3) == "\xE2\x80\xA6" || s.substr(i, 3) == "...";
    if (c == '.' || c == '!' || c == '?' || ellipsis) {
      std::size_t end = i + (ellipsis ? 3 : 1);
      while (end < n && (s[end] == '.' || s[end] == '!' || s[end] == '?')) ++end;
      while (auto cl = closer_at(s, end)) end += cl;
      // Must be followed by whitespace, then a sentence starter.
      std::size_t j = end;
      std::size_t ws = 0;
      while (j < n) {
        auto sp = space_len(s, j);
        if (!sp) break;
        j += sp;
        ++ws;
      }
      if (ws == 0 && j < n) {
        i = end;
        continue;
      }
      bool ends = j >= n || starter_at(s, j);
      if (ends && c == '.' && !ellipsis) {
        // The word before the period: letters and inner periods.
        std::size_t w = i;
        while (w > start && (is_alpha(s[w - 1]) || s[w - 1] == '.')) --w;
        // (letters and periods: folding keeps the length; no abbreviation has the word's
        // length and first letter unless its shape bit is set)
        if (w < i) {
          std::string_view const word = s.substr(w, i - w);
          bool single_initial = word.size() == 1 && is_upper(s[w]);
          auto const shape = abbreviation_shape(word.size(), word[0]);
          // (folded into a buffer kept from call to call: letters and periods keep their length)
          thread_local std::string buf;
          std::string_view folded;
          bool abbrev = false;
          if (abbreviation_shapes_[shape >> 6] >> (shape & 63) & 1) {
            buf.resize(word.size());
            folded = std::string_view(buf.data(), fold_into(word, buf.data()));
            abbrev = abbreviations_.count(folded) > 0;
          }
          if (abbrev && final_abbreviations_.count(folded)) {
            // "U.S. officials" continues; "in the U.S. The" ends: decide on the next word.
            std::size_t k = j;
            while (k < n && is_alpha(s[k])) ++k;
            auto next = fold(s.substr(j, k - j));
            static constexpr std::string_view starters[] = {"the", "a", "an", "but", "and", "it", "he", "she",
                                                            "they", "we", "in", "on", "this", "that", "there"};
            abbrev = true;
            for (auto st : starters) {
              if (next == st) abbrev = false;
            }
          }
          if (abbrev || single_initial) ends = false;
        }
      }
      if (ends) {
        emit(start, end);
        start = j;
        i = j;
        continue;
      }
      i = end;
      continue;
    }
    ++i;
  }
  emit(start, n);
  return out;
}

}  // namespace claimcheck::text
