#pragma once
// Byte classes of a sentence as bit sets, built 64 bytes at a time (SSE2 where available):
// the scanner finds the next word start of some kind, or the end of a run of letters, with a
// bit scan instead of testing every byte with branches.

#include "claimcheck/parser/prepared_text.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::parser::scan {

/// The set bits of one of sentence_bits' sets (below) in turn: the block being walked is kept (in a
/// register), so the step to the next set bit after the one last returned is a few instructions;
/// a seek starts again at any position. Positions are counted from bit `base` of the set (the
/// sentence's first byte) and end at n; both return the position, n when no bit is left before n.
struct bit_cursor {
  /// `words`: the set's words that may be read (none past the one holding bit base + n - 1).
  bit_cursor(std::uint64_t const* bits, std::size_t words, std::size_t base, std::size_t n)
      : bits_(bits), words_(words), base_(base), end_(base + n), n_(n) {}
  [[gnu::always_inline]] std::size_t seek(std::size_t from) {
    std::size_t const a = from + base_;
    w_ = a >> 6;
    if (w_ >= words_) return n_;
    cur_ = bits_[w_] & (~std::uint64_t{0} << (a & 63));
    return settle();
  }
  [[gnu::always_inline]] std::size_t step() {
    cur_ &= cur_ - 1;
    return settle();
  }

 private:
  [[gnu::always_inline]] std::size_t settle() {
    while (cur_ == 0) {
      if (++w_ >= words_) return n_;
      cur_ = bits_[w_];
    }
    std::size_t const q = w_ * 64 + static_cast<std::size_t>(__builtin_ctzll(cur_));
    return q < end_ ? q - base_ : n_;
  }
  std::uint64_t const* bits_;
  std::size_t words_, base_, end_, n_;
  std::size_t w_ = 0;
  std::uint64_t cur_ = 0;  ///< the bits of block w_ not yet passed
};

/// Per-byte classes of a sentence as bit sets: built for the sentence alone from its original
/// bytes (uppercase needs them; the other classes are the same in the lowercased copy), or
/// read from a whole text's (prepared_text) from the sentence's first byte on. Positions are
/// the sentence's (0 its first byte).
struct sentence_bits {
  std::uint64_t const* alpha = nullptr;        ///< ASCII letters
  std::uint64_t const* scan_starts = nullptr;  ///< word starts at a word byte or '$'
  std::uint64_t const* date_starts = nullptr;  ///< word starts at an uppercase letter or a digit
  std::size_t base = 0;   ///< the bit of the sentence's first byte in the sets
  std::size_t n = 0;      ///< the sentence's size in bytes
  std::size_t words = 0;  ///< words of each set that may be read (through the sentence's last byte)
  bool any_dollar = false;  ///< the sentence holds a '$'

  /// Classes of p[0, n_bytes); `readable` (>= n_bytes) bytes may be read from p. The same pass
  /// writes p's bytes with 'A'-'Z' lowercased to `lower`, which must have room for every byte
  /// of the sentence's 64-byte blocks (the bytes past n_bytes hold anything).
  void build(char const* p, std::size_t n_bytes, std::size_t readable, char* lower);

  /// The sets of the sentence text[from, from + n_bytes) read from the whole text's
  /// (prepared_text::build): the same as build's when the byte before the sentence is no word
  /// byte (else the text's sets do not count its first byte as a word start).
  void use(prepared_text const& text, std::size_t from, std::size_t n_bytes);

  /// A cursor over one of the sets.
  bit_cursor cursor(std::uint64_t const* set) const { return bit_cursor(set, words, base, n); }
  /// The first position >= from whose bit is set in `set`; n when none.
  std::size_t next(std::uint64_t const* set, std::size_t from) const { return cursor(set).seek(from); }
  /// The first position >= from that is not an ASCII letter; n when none.
  std::size_t alpha_end(std::size_t from) const {
    std::size_t const a = from + base;
    std::size_t w = a >> 6;
    if (w >= words) return n;
    std::uint64_t b = ~alpha[w] & (~std::uint64_t{0} << (a & 63));
    while (b == 0) {
      if (++w >= words) return n;
      b = ~alpha[w];
    }
    std::size_t const q = w * 64 + static_cast<std::size_t>(__builtin_ctzll(b));
    return q < base + n ? q - base : n;
  }

 private:
  std::vector<std::uint64_t> own_alpha_, own_scan_, own_date_;  // build's sets
};

#if defined(__SSE2__)
inline __m128i in_range(__m128i v, unsigned char lo, unsigned char hi) {
  __m128i const t = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
  return _mm_cmplt_epi8(t, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo + 1))));
}

// The classes build needs, as 64-bit masks: word bytes (letters, digits, bytes >= 0x80), word
// bytes or '$' (where the scan may start), letters, uppercase letters or digits (where a date
// may), ASCII letters and digits (prepared_text's, for a caller's tokenizer).
struct classes {
  std::uint64_t word = 0, scan = 0, alpha = 0, date = 0, alnum = 0;
};
inline classes classify(unsigned char const* p, char* lower) {
  std::uint64_t alnum = 0, alpha = 0, date = 0, high = 0, dollar = 0;
  for (int k = 0; k < 4; ++k) {
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + 16 * k));
    __m128i const upper = in_range(v, 'A', 'Z');
    __m128i const lo = _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(32)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lower + 16 * k), lo);
    __m128i const letter = in_range(lo, 'a', 'z');  // (one range test on the lowercased bytes)
    __m128i const digit = in_range(v, '0', '9');
    // (movemask's int holds 16 bits: widened as unsigned, with no 16-bit truncation to make)
    auto const bits = [&](__m128i m) {
      return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))) << (16 * k);
    };
    alnum |= bits(_mm_or_si128(letter, digit));
    alpha |= bits(letter);
    date |= bits(_mm_or_si128(upper, digit));
    high |= bits(v);  // (a byte >= 0x80: its top bit)
    dollar |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('$')));
  }
  classes c;
  c.alnum = alnum;
  c.alpha = alpha;
  c.date = date;
  c.word = alnum | high;
  c.scan = c.word | dollar;
  return c;
}
#else
struct classes {
  std::uint64_t word = 0, scan = 0, alpha = 0, date = 0, alnum = 0;
};
inline classes classify(unsigned char const* p, char* lower) {
  classes c;
  for (int k = 0; k < 64; ++k) {
    unsigned char const b = p[k];
    std::uint64_t const bit = std::uint64_t{1} << k;
    bool const up = b >= 'A' && b <= 'Z', lo = b >= 'a' && b <= 'z', dg = b >= '0' && b <= '9';
    lower[k] = static_cast<char>(up ? b - 'A' + 'a' : b);
    if (up || lo || dg || b >= 0x80) c.word |= bit;
    if (up || lo || dg || b >= 0x80 || b == '$') c.scan |= bit;
    if (up || lo) c.alpha |= bit;
    if (up || dg) c.date |= bit;
    if (up || lo || dg) c.alnum |= bit;
  }
  return c;
}
#endif

// Classes p[0, n) 64 bytes at a time, writing their lowercased bytes to `lower` (whole blocks:
// room for (n + 63) / 64 * 64 bytes; past n they hold anything), and calls f(b, c, starts) for
// block b with its classes c (bytes past n belong to none) and `starts`, its bytes that follow
// no word byte (the first byte follows none). `readable` (>= n) bytes may be read from p: a last
// block that would read past them goes through a zero-padded copy.
template <class F>
[[gnu::always_inline]] inline void for_blocks(char const* p, std::size_t n, std::size_t readable, char* lower, F&& f) {
  std::size_t const blocks = (n + 63) / 64;
  std::uint64_t carry = 0;  // the last byte of the previous block is a word byte
  unsigned char tail[64];
  for (std::size_t b = 0; b < blocks; ++b) {
    auto const* block = reinterpret_cast<unsigned char const*>(p) + 64 * b;
    if (64 * b + 64 > readable) {  // the last block, near the end of the buffer: a zero-padded copy
      std::size_t k = 0;
      for (; 64 * b + k < n; ++k) tail[k] = block[k];
      for (; k < 64; ++k) tail[k] = 0;
      block = tail;
    }
    classes c = classify(block, lower + 64 * b);
    if (64 * b + 64 > n) {  // bytes past the end belong to no class
      std::uint64_t const keep = (std::uint64_t{1} << (n - 64 * b)) - 1;
      c.word &= keep;
      c.scan &= keep;
      c.alpha &= keep;
      c.date &= keep;
      c.alnum &= keep;
    }
    std::uint64_t const start = ~((c.word << 1) | carry);
    carry = c.word >> 63;
    f(b, c, start);
  }
}

inline void sentence_bits::build(char const* p, std::size_t n_bytes, std::size_t readable, char* lower) {
  n = n_bytes;
  base = 0;
  words = (n + 63) / 64;
  if (own_alpha_.size() < words) {  // grown once to the longest sentence: every read stays below `words`
    own_alpha_.resize(words);
    own_scan_.resize(words);
    own_date_.resize(words);
  }
  std::uint64_t dollars = 0;
  for_blocks(p, n, readable, lower, [&](std::size_t b, classes const& c, std::uint64_t start) {
    own_alpha_[b] = c.alpha;
    own_scan_[b] = c.scan & start;
    own_date_[b] = c.date & start;
    dollars |= c.scan & ~c.word;  // the '$' bytes
  });
  alpha = own_alpha_.data();
  scan_starts = own_scan_.data();
  date_starts = own_date_.data();
  any_dollar = dollars != 0;
}

inline void sentence_bits::use(prepared_text const& text, std::size_t from, std::size_t n_bytes) {
  n = n_bytes;
  base = from;
  std::size_t const last = base + n - 1;
  words = (last >> 6) + 1;
  alpha = text.alpha.data();
  scan_starts = text.scan_starts.data();
  date_starts = text.date_starts.data();
  // a '$' in bits [base, last]
  std::size_t const fw = base >> 6, lw = last >> 6;
  std::uint64_t const head = ~std::uint64_t{0} << (base & 63), tail = ~std::uint64_t{0} >> (63 - (last & 63));
  std::uint64_t d = text.dollars[fw] & head & (fw == lw ? tail : ~std::uint64_t{0});
  for (std::size_t w = fw + 1; w < lw; ++w) d |= text.dollars[w];
  if (lw != fw) d |= text.dollars[lw] & tail;
  any_dollar = d != 0;
}

}  // namespace claimcheck::parser::scan
