#pragma once
// Byte classes of a sentence as bit sets, built 64 bytes at a time (SSE2 where available):
// the scanner finds the next word start of some kind, or the end of a run of letters, with a
// bit scan instead of testing every byte with branches.

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::parser::scan {

/// The set bits of one of sentence_bits' sets (below) in turn: the block being walked is kept (in a
/// register), so the step to the next set bit after the one last returned is a few instructions;
/// a seek starts again at any position. Both return the position, n when no bit is left.
struct bit_cursor {
  bit_cursor(std::uint64_t const* bits, std::size_t blocks, std::size_t n) : bits_(bits), blocks_(blocks), n_(n) {}
  [[gnu::always_inline]] std::size_t seek(std::size_t from) {
    w_ = from >> 6;
    if (w_ >= blocks_) return n_;
    cur_ = bits_[w_] & (~std::uint64_t{0} << (from & 63));
    return settle();
  }
  [[gnu::always_inline]] std::size_t step() {
    cur_ &= cur_ - 1;
    return settle();
  }

 private:
  [[gnu::always_inline]] std::size_t settle() {
    while (cur_ == 0) {
      if (++w_ >= blocks_) return n_;
      cur_ = bits_[w_];
    }
    std::size_t const q = w_ * 64 + static_cast<std::size_t>(__builtin_ctzll(cur_));
    return q < n_ ? q : n_;
  }
  std::uint64_t const* bits_;
  std::size_t blocks_, n_;
  std::size_t w_ = 0;
  std::uint64_t cur_ = 0;  ///< the bits of block w_ not yet passed
};

/// Per-byte classes of a whole sentence as bit sets (bit k of word k / 64), built once per
/// sentence from its original bytes (uppercase needs them; the other classes are the same in
/// the lowercased copy).
struct sentence_bits {
  std::vector<std::uint64_t> alpha;        ///< ASCII letters
  std::vector<std::uint64_t> scan_starts;  ///< word starts at a word byte or '$'
  std::vector<std::uint64_t> date_starts;  ///< word starts at an uppercase letter or a digit
  std::size_t n = 0;
  std::size_t blocks = 0;  ///< 64-byte blocks of the sentence (the size of each bit set)
  bool any_dollar = false;  ///< the sentence holds a '$'

  /// Classes of p[0, n_bytes); `readable` (>= n_bytes) bytes may be read from p. The same pass
  /// writes p's bytes with 'A'-'Z' lowercased to `lower`, which must have room for every byte
  /// of the sentence's 64-byte blocks (the bytes past n_bytes hold anything).
  void build(char const* p, std::size_t n_bytes, std::size_t readable, char* lower);

  /// The first position >= from whose bit is set in `bits`; n when none.
  std::size_t next(std::vector<std::uint64_t> const& bits, std::size_t from) const {
    return bit_cursor(bits.data(), blocks, n).seek(from);
  }
  /// The first position >= from that is not an ASCII letter; n when none.
  std::size_t alpha_end(std::size_t from) const {
    std::size_t w = from >> 6;
    if (w >= blocks) return n;
    std::uint64_t b = ~alpha[w] & (~std::uint64_t{0} << (from & 63));
    while (b == 0) {
      if (++w >= blocks) return n;
      b = ~alpha[w];
    }
    std::size_t const q = w * 64 + static_cast<std::size_t>(__builtin_ctzll(b));
    return q < n ? q : n;
  }
};

#if defined(__SSE2__)
inline __m128i in_range(__m128i v, unsigned char lo, unsigned char hi) {
  __m128i const t = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
  return _mm_cmplt_epi8(t, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo + 1))));
}

// The classes build needs, as 64-bit masks: word bytes (letters, digits, bytes >= 0x80), word
// bytes or '$' (where the scan may start), letters, uppercase letters or digits (where a date may).
struct classes {
  std::uint64_t word = 0, scan = 0, alpha = 0, date = 0;
};
inline classes classify(unsigned char const* p, char* lower) {
  classes c;
  for (int k = 0; k < 4; ++k) {
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + 16 * k));
    __m128i const upper = in_range(v, 'A', 'Z');
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lower + 16 * k), _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(32))));
    __m128i const alpha = _mm_or_si128(upper, in_range(v, 'a', 'z'));
    __m128i const digit = in_range(v, '0', '9');
    __m128i const word = _mm_or_si128(_mm_or_si128(alpha, digit), _mm_cmplt_epi8(v, _mm_setzero_si128()));
    __m128i const dollar = _mm_cmpeq_epi8(v, _mm_set1_epi8('$'));
    auto const bits = [&](__m128i m) {
      return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(m))) << (16 * k);
    };
    c.word |= bits(word);
    c.scan |= bits(_mm_or_si128(word, dollar));
    c.alpha |= bits(alpha);
    c.date |= bits(_mm_or_si128(upper, digit));
  }
  return c;
}
#else
struct classes {
  std::uint64_t word = 0, scan = 0, alpha = 0, date = 0;
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
  }
  return c;
}
#endif

inline void sentence_bits::build(char const* p, std::size_t n_bytes, std::size_t readable, char* lower) {
  n = n_bytes;
  blocks = (n + 63) / 64;
  if (alpha.size() < blocks) {  // grown once to the longest sentence: every read stays below `blocks`
    alpha.resize(blocks);
    scan_starts.resize(blocks);
    date_starts.resize(blocks);
  }
  std::uint64_t carry = 0;  // the last byte of the previous block is a word byte
  std::uint64_t dollars = 0;
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
    if (64 * b + 64 > n) {  // bytes past the sentence belong to no class
      std::uint64_t const keep = (std::uint64_t{1} << (n - 64 * b)) - 1;
      c.word &= keep;
      c.scan &= keep;
      c.alpha &= keep;
      c.date &= keep;
    }
    std::uint64_t const start = ~((c.word << 1) | carry);
    alpha[b] = c.alpha;
    scan_starts[b] = c.scan & start;
    date_starts[b] = c.date & start;
    carry = c.word >> 63;
    dollars |= c.scan & ~c.word;  // the '$' bytes
  }
  any_dollar = dollars != 0;
}

}  // namespace claimcheck::parser::scan
