#include "claimcheck/text/utf8.hpp"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::text {
namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0 when it is not well formed.
std::size_t valid_seq(std::string_view s, std::size_t i) {
  auto const n = s.size();
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return c == 0 ? 0 : 1;
  if (c < 0xC2) return 0;
  auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < n && b(k) >= lo && b(k) <= hi;
  };
  if (c < 0xE0) return cont(i + 1) ? 2 : 0;
  if (c < 0xF0) {
    unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
    unsigned char hi = c == 0xED ? 0x9F : 0xBF;
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (c < 0xF5) {
    unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

// Length of the maximal invalid subpart at s[i] (at least 1): the longest prefix of a
// well-formed sequence, so "E0 80 80" is three subparts (E0 needs A0..BF next) but a truncated
// "E2 82" is one, as Unicode's "U+FFFD substitution of maximal subparts" recommends.
std::size_t invalid_len(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t want = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
  std::size_t k = 1;
  while (k < want && i + k < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    unsigned char lo = 0x80, hi = 0xBF;
    if (k == 1) {  // the second byte's range depends on the first
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    }
    if (d < lo || d > hi) break;
    ++k;
  }
  return k;
}

constexpr std::string_view replacement = "\xEF\xBF\xBD";

// The high bit of each byte of w that is an ASCII capital ('A'-'Z'); w's bytes are ASCII (no
// high bit set: a carry from a high byte would spill into the next).
constexpr std::uint64_t capitals(std::uint64_t w) {
  constexpr std::uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
  std::uint64_t const ge_a = w + ones * (0x80 - 'A');      // high bit: byte >= 'A'
  std::uint64_t const gt_z = w + ones * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
  return ge_a & ~gt_z & high;
}


bool starts(std::string_view s, std::size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

}  // namespace

bool is_valid_utf8(std::string_view s) {
  constexpr std::uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
  std::size_t const n = s.size();
  for (std::size_t i = 0; i < n;) {
#if defined(__SSE2__)
    // Fast path: sixteen ASCII bytes at a time (no high bit set, no zero byte).
    if (i + 16 <= n) {
      __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s.data() + i));
      if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128()))) == 0) {
        i += 16;
        continue;
      }
    }
#endif
    // Eight at a time (no high bit set, no zero byte).
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & high) == 0 && ((w - ones) & ~w & high) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80 && s[i] != 0) {
      ++i;
      continue;
    }
    auto len = valid_seq(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string repair_utf8(std::string_view s, std::size_t* replaced) {
  std::size_t count = 0;
  if (is_valid_utf8(s)) {
    if (replaced) *replaced = 0;
    return std::string(s);
  }
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) {
    auto len = valid_seq(s, i);
    if (len) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out.append(replacement);
      ++count;
      i += s[i] == 0 ? 1 : invalid_len(s, i);
    }
  }
  if (replaced) *replaced = count;
  return out;
}

std::size_t space_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  if (starts(s, i, "\xC2\xA0")) return 2;  // NBSP
  if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < s.size()) {
    auto b1 = static_cast<unsigned char>(s[i + 1]);
    auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b1 == 0x80 && (b2 >= 0x80 && b2 <= 0x8A)) return 3;  // U+2000..U+200A
    if (b1 == 0x80 && b2 == 0xAF) return 3;                  // U+202F narrow NBSP
    if (b1 == 0x81 && b2 == 0x9F) return 3;                  // U+205F
  }
  if (starts(s, i, "\xE3\x80\x80")) return 3;  // ideographic space
  return 0;
}

std::size_t dash_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '-') return 1;
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;
  if (starts(s, i, "\xE2\x80\x90") || starts(s, i, "\xE2\x80\x91") || starts(s, i, "\xE2\x80\x92") ||
      starts(s, i, "\xE2\x80\x93") || starts(s, i, "\xE2\x80\x94") || starts(s, i, "\xE2\x88\x92"))
    return 3;
  return 0;
}

std::size_t quote_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '"' || s[i] == '\'') return 1;
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;
  if (starts(s, i, "\xE2\x80\x98") || starts(s, i, "\xE2\x80\x99") || starts(s, i, "\xE2\x80\x9C") ||
      starts(s, i, "\xE2\x80\x9D"))
    return 3;
  if (starts(s, i, "\xC2\xAB") || starts(s, i, "\xC2\xBB")) return 2;
  return 0;
}

namespace {

// The lowercase of a Latin-1 Supplement or Latin Extended-A capital (U+00C0-U+017F), else 0.
// Every such letter and its lowercase are two UTF-8 bytes, so folding keeps the length. (U+0130,
// the dotted capital I, lowercases to two code points: left as it is.)
char32_t latin_lower(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp == 0xD7 ? 0 : cp + 0x20;  // (U+00D7 is the sign x)
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0 && cp != 0x130 ? cp + 1 : 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1 ? cp + 1 : 0;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0 ? cp + 1 : 0;
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1 ? cp + 1 : 0;
  return 0;
}

}  // namespace

namespace {

// s is ASCII without a capital: its fold is itself (8 bytes at a time, fold_into's test)
bool folded_ascii(std::string_view s) noexcept {
  constexpr std::uint64_t high = 0x8080808080808080ull;
  char const* p = s.data();
  std::size_t n = s.size();
  auto clean = [](std::uint64_t w) { return (w & high) == 0 && capitals(w) == 0; };
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    if (!clean(w)) return false;
  }
  std::uint64_t w = 0;  // (the rest, zeros after it: a zero byte is neither high nor a capital)
  std::memcpy(&w, p, n);
  return clean(w);
}

}  // namespace

std::string fold(std::string_view s) {
  // (most words of the lexicon are folded already: copied as they are)
  if (folded_ascii(s)) return std::string(s);
  // Folding never lengthens (a multi-byte apostrophe, dash or space becomes one byte): write
  // into a string of the input's size, then cut it to what was written.
  std::string out(s.size(), '\0');
  out.resize(fold_into(s, out.data()));
  return out;
}

std::size_t fold_into(std::string_view s, char* out) {
  char* o = out;
  char const* const p = s.data();
  std::size_t const n = s.size();
  constexpr std::uint64_t high = 0x8080808080808080ull;
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n) {  // eight ASCII bytes at a time: 'A'-'Z' get 0x20 added, nothing else changes
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & high) == 0) {
        w |= capitals(w) >> 2;
        std::memcpy(o, &w, 8);
        o += 8;
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(p[i]) < 0x80) {  // ASCII: no apostrophe, dash or space to fold
      char c = p[i++];
      *o++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      continue;
    }
    if (starts(s, i, "\xE2\x80\x98") || starts(s, i, "\xE2\x80\x99")) {
      *o++ = '\'';
      i += 3;
    } else if (auto d = dash_at(s, i); d > 1) {
      *o++ = '-';
      i += d;
    } else if (auto sp = space_at(s, i); sp > 1) {
      *o++ = ' ';
      i += sp;
    } else if (auto const lead = static_cast<unsigned char>(p[i]);
               lead >= 0xC3 && lead <= 0xC5 && i + 1 < n && (static_cast<unsigned char>(p[i + 1]) & 0xC0) == 0x80) {
      // a two-byte letter: Latin capitals lowercased (U+00C0-U+017F), any other copied
      char32_t const cp = (static_cast<char32_t>(lead & 0x1F) << 6) | (static_cast<unsigned char>(p[i + 1]) & 0x3F);
      if (char32_t const lower = latin_lower(cp)) {
        *o++ = static_cast<char>(0xC0 | (lower >> 6));
        *o++ = static_cast<char>(0x80 | (lower & 0x3F));
      } else {
        *o++ = p[i];
        *o++ = p[i + 1];
      }
      i += 2;
    } else {
      *o++ = p[i];  // another byte >= 0x80: no case to fold
      ++i;
    }
  }
  return static_cast<std::size_t>(o - out);
}

}  // namespace claimcheck::text
