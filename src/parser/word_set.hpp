#pragma once
// A small set (or map) of lowercase words, looked up by std::string_view without building a
// string: open addressing over a hash of the word's length and first eight bytes, behind two
// filters that turn most absent words away without hashing: a 65,536-bit table of the first two
// bytes (one load: the scanner looks up nearly every word of a sentence), then a 4,096-bit
// filter on the word's length and first, second and last bytes. A slot's key keeps its first
// eight bytes as a number, so a word read from a buffer with eight bytes to spare past it
// (find_padded) is hashed and compared with one load. Built once from the lexicon; read-only (and
// so safe to share between threads) afterwards.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::parser {

template <typename V>
class word_map {
 public:
  word_map() = default;
  word_map(std::initializer_list<std::string_view> words) {
    for (auto w : words) insert(w, V{});
  }

  /// Adds `word` (kept as given) with `value`; a word already present keeps its first value.
  void insert(std::string_view word, V value) {
    if (find(word)) return;
    keys_.emplace_back(word);
    heads_.push_back(head_of(word));
    values_.push_back(value);
    std::size_t const b = filter_bit(word);
    filter_[b >> 6] |= std::uint64_t{1} << (b & 63);
    std::size_t const p = prefix_bit(word);
    prefixes_[p >> 6] |= std::uint64_t{1} << (p & 63);
    // the slots grow (and are filled again) only when a third full; else the new key is placed
    if (keys_.size() * 3 > slots_.size()) {
      rehash();
    } else {
      place(keys_.size() - 1);
    }
  }

  /// The value of `word`, or nullptr when absent. The two filters are inline (an empty map
  /// has no bit set), the hash probe out of line.
  [[gnu::always_inline]] V const* find(std::string_view word) const {
    if (!may_begin(word)) return nullptr;
    std::size_t const b = filter_bit(word);
    if (!(filter_[b >> 6] >> (b & 63) & 1)) return nullptr;
    return find_rest(word);
  }
  bool contains(std::string_view word) const { return find(word) != nullptr; }

  /// find(word) for a word followed by at least eight readable bytes (from word.data(): the
  /// scanner's lowercased copy keeps eight to spare), whatever they hold: its first eight bytes
  /// are read as one number, masked to its length, and compared with a slot's in one go; all
  /// of it inline. Only the two-byte table goes first: the probe costs what the 4,096-bit
  /// filter would.
  [[gnu::always_inline]] V const* find_padded(std::string_view word) const {
    if (!may_begin(word)) return nullptr;
    std::uint64_t w8;
    std::memcpy(&w8, word.data(), 8);
    return find_rest_padded(word, w8);
  }
  [[gnu::always_inline]] bool contains_padded(std::string_view word) const { return find_padded(word) != nullptr; }
  std::size_t size() const { return keys_.size(); }
  /// The words, in the order they were added.
  std::vector<std::string> const& keys() const { return keys_; }

  /// False when no entry begins with the first two bytes of `word` (its first byte and 0 for a
  /// one-byte word): then find(word) is nullptr.
  bool may_begin(std::string_view word) const {
    std::size_t const p = prefix_bit(word);
    return prefixes_[p >> 6] >> (p & 63) & 1;
  }
  /// The same test from the bytes themselves: `second` is 0 when the word has one byte.
  bool may_begin(unsigned char first, unsigned char second) const {
    std::size_t const p = first | static_cast<std::size_t>(second) << 8;
    return prefixes_[p >> 6] >> (p & 63) & 1;
  }

 private:
  // A key's first eight bytes as a number (fewer for a shorter key, the rest zero) and its length.
  struct head {
    std::uint64_t bytes = 0;
    std::size_t size = 0;
  };
  static head head_of(std::string_view w) {
    head h;
    std::memcpy(&h.bytes, w.data(), w.size() < 8 ? w.size() : 8);
    h.size = w.size();
    return h;
  }

  [[gnu::noinline]] V const* find_rest(std::string_view word) const {
    head const h = head_of(word);
    std::size_t const mask = slots_.size() - 1;
    for (std::size_t i = hash(h.bytes, h.size) & mask;; i = (i + 1) & mask) {
      std::uint32_t const s = slots_[i];
      if (s == 0) return nullptr;
      if (keys_[s - 1] == word) return &values_[s - 1];
    }
  }
  [[gnu::always_inline]] V const* find_rest_padded(std::string_view word, std::uint64_t w8) const {
    std::size_t const n = word.size();
    std::uint64_t const own = w8 & (n >= 8 ? ~std::uint64_t{0} : mask_of(n));
    std::size_t const mask = slots_.size() - 1;
    for (std::size_t i = hash(own, n) & mask;; i = (i + 1) & mask) {
      std::uint32_t const s = slots_[i];
      if (s == 0) return nullptr;
      head const& h = heads_[s - 1];
      if (h.bytes == own && h.size == n &&
          (n <= 8 || std::memcmp(keys_[s - 1].data() + 8, word.data() + 8, n - 8) == 0))
        return &values_[s - 1];
    }
  }
  // The mask of the first n < 8 bytes of a number loaded from memory.
  static std::uint64_t mask_of(std::size_t n) {
    if constexpr (std::endian::native == std::endian::little) {
      return (std::uint64_t{1} << (8 * n)) - 1;
    } else {
      return n == 0 ? 0 : ~std::uint64_t{0} << (64 - 8 * n);
    }
  }

  // One bit of the 65,536-bit table from the first two bytes (a one-byte word: its byte and 0).
  static std::size_t prefix_bit(std::string_view w) {
    if (w.empty()) return 0;
    return static_cast<unsigned char>(w[0]) |
           static_cast<std::size_t>(w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0) << 8;
  }
  // One bit of a 4,096-bit filter from the length and the first, second and last bytes: a
  // word whose bit is clear is absent, decided without hashing the whole word.
  static std::size_t filter_bit(std::string_view w) {
    if (w.empty()) return 0;
    auto const u = [&](std::size_t k) { return static_cast<std::size_t>(static_cast<unsigned char>(w[k])); };
    std::size_t h = w.size() * 0x9E37u + u(0) * 0x2B1u + u(w.size() > 1 ? 1 : 0) * 0x3Du + u(w.size() - 1) * 0x7u;
    return (h ^ (h >> 12)) & 4095;
  }
  // From a word's first eight bytes (masked to its length) and its length.
  static std::size_t hash(std::uint64_t first8, std::size_t size) {
    std::uint64_t h = (first8 ^ size * 0x9E3779B97F4A7C15ull) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<std::size_t>(h ^ (h >> 29) ^ (h >> 47));
  }
  void place(std::size_t k) {
    std::size_t const mask = slots_.size() - 1;
    std::size_t i = hash(heads_[k].bytes, heads_[k].size) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<std::uint32_t>(k + 1);
  }
  void rehash() {
    std::size_t n = 16;
    while (n < keys_.size() * 3) n *= 2;
    slots_.assign(n, 0);
    for (std::size_t k = 0; k < keys_.size(); ++k) place(k);
  }

  std::vector<std::string> keys_;
  std::vector<head> heads_;  // by index of keys_
  std::vector<V> values_;
  std::vector<std::uint32_t> slots_;
  std::uint64_t filter_[64] = {};
  std::uint64_t prefixes_[1024] = {};
};

struct word_set : word_map<unsigned char> {
  using word_map<unsigned char>::word_map;
  void insert(std::string_view word) { word_map<unsigned char>::insert(word, 1); }
};

}  // namespace claimcheck::parser
