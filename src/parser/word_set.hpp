#pragma once
// A small set (or map) of lowercase words, looked up by std::string_view without building a
// string: open addressing over an FNV-1a hash, behind two filters that turn most absent words
// away without hashing: a 65,536-bit table of the first two bytes (one load: the scanner looks
// up nearly every word of a sentence), then a 4,096-bit filter on the word's length and first,
// second and last bytes. Built once from the lexicon; read-only (and so safe to share between
// threads) afterwards.

#include <cstddef>
#include <cstdint>
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
    values_.push_back(value);
    std::size_t const b = filter_bit(word);
    filter_[b >> 6] |= std::uint64_t{1} << (b & 63);
    std::size_t const p = prefix_bit(word);
    prefixes_[p >> 6] |= std::uint64_t{1} << (p & 63);
    rehash();
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
  std::size_t size() const { return keys_.size(); }

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
  [[gnu::noinline]] V const* find_rest(std::string_view word) const {
    std::size_t const mask = slots_.size() - 1;
    for (std::size_t i = hash(word) & mask;; i = (i + 1) & mask) {
      std::uint32_t const s = slots_[i];
      if (s == 0) return nullptr;
      if (keys_[s - 1] == word) return &values_[s - 1];
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
  static std::size_t hash(std::string_view w) {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  void rehash() {
    std::size_t n = 16;
    while (n < keys_.size() * 3) n *= 2;
    slots_.assign(n, 0);
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      std::size_t i = hash(keys_[k]) & (n - 1);
      while (slots_[i] != 0) i = (i + 1) & (n - 1);
      slots_[i] = static_cast<std::uint32_t>(k + 1);
    }
  }

  std::vector<std::string> keys_;
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
