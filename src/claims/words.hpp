#pragma once
// Word tables for the extractor: hash sets and maps keyed by std::string that are looked up
// with a std::string_view (heterogeneous lookup), so looking up a token never builds a key.
// word_hash reads 8 bytes at a time; libstdc++ treats a user hash as "fast", so small tables
// hash instead of comparing every element.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <initializer_list>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace claimcheck::claims {

// 8 bytes at a time (a word of up to 8 bytes is one or two loads and one multiply), with the
// length mixed in; FNV-1a's byte loop cost ~5 instructions a byte, and the rules hash every
// token several times. (Only lookups depend on it: no output follows a table's order.)
// (always inline where flat_word_map looks a token up: once per token of the text)
[[gnu::always_inline]] inline std::size_t hash_word(std::string_view s) noexcept {
  char const* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
  auto mix = [](std::uint64_t x, std::uint64_t v) {
    x = (x ^ v) * 0xFF51AFD7ED558CCDull;
    return x ^ (x >> 32);
  };
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = mix(h, v);
  }
  if (n >= 4) {  // the first and the last four bytes (they overlap below 8)
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    h = mix(h, a | (std::uint64_t{b} << 32));
  } else if (n > 0) {
    auto const u = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
    h = mix(h, u(0) | (u(n / 2) << 8) | (u(n - 1) << 16));
  }
  return static_cast<std::size_t>(h ^ (h >> 29));
}

struct word_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return hash_word(s); }
};

using word_set = std::unordered_set<std::string, word_hash, std::equal_to<>>;
template <class V>
using word_map = std::unordered_map<std::string, V, word_hash, std::equal_to<>>;

// A short fixed list of words (a rule's "aux", "stops"): membership by length, then a compare
// with the few words of that length. No hash and no division per test, which a rule makes at
// every token of its window.
class word_list {
 public:
  word_list(std::initializer_list<std::string_view> words) {
    words_.assign(words.begin(), words.end());
    std::stable_sort(words_.begin(), words_.end(),
                     [](std::string const& a, std::string const& b) { return a.size() < b.size(); });
    for (std::size_t n = 0, i = 0; n <= max_len; ++n) {
      from_[n] = static_cast<std::uint16_t>(i);
      while (i < words_.size() && words_[i].size() == n) ++i;
      to_[n] = static_cast<std::uint16_t>(i);
    }
    for (auto const& w : words_) long_ = long_ || w.size() > max_len;
  }
  bool contains(std::string_view w) const noexcept {
    if (w.size() > max_len) {
      if (!long_) return false;
      for (auto const& e : words_)
        if (e == w) return true;
      return false;
    }
    for (std::size_t i = from_[w.size()]; i < to_[w.size()]; ++i) {
      char const* e = words_[i].data();
      std::size_t k = 0;
      while (k < w.size() && e[k] == w[k]) ++k;  // short words: inline, most differ at the first byte
      if (k == w.size()) return true;
    }
    return false;
  }
  std::size_t count(std::string_view w) const noexcept { return contains(w) ? 1 : 0; }

 private:
  static constexpr std::size_t max_len = 31;
  std::vector<std::string> words_;  // by length
  std::uint16_t from_[max_len + 1] = {}, to_[max_len + 1] = {};
  bool long_ = false;
};

// A hash map from words, open addressing over a power-of-two table (one probe sequence, no
// node to chase, no division): for a table looked up once per token. Built once, then read.
template <class V>
class flat_word_map {
 public:
  V& operator[](std::string_view w) {
    if (auto* v = find_slot(w)) return *v;
    if ((size_ + 1) * 2 > slots_.size()) grow();
    auto const h = tag(w);
    auto i = probe(w, h);
    tags_[i] = h;
    slots_[i].key.assign(w);
    slots_[i].key8 = w.size() <= 8 ? exact8(w) : 0;
    ++size_;
    return slots_[i].value;
  }
  // find(w) for a w of up to 8 bytes read as one 8-byte load: the 8 bytes at w.data() must be
  // readable (the caller's buffer has 8 bytes of room after every word); what follows the word
  // is masked off. (A key of up to 8 bytes is the load compared with the slot's key8.)
  V const* find_padded(std::string_view w) const noexcept {
    std::size_t const n = w.size();
    if (n > 8) return find(w);
    if (slots_.empty()) return nullptr;
    std::uint64_t x;
    std::memcpy(&x, w.data(), 8);
    x &= n == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
    auto const h = short_tag(x, n);
    for (std::size_t i = home(h);; i = (i + 1) & mask_) {
      if (!tags_[i]) return nullptr;
      if (tags_[i] == h && slots_[i].key8 == x && slots_[i].key.size() == n) return &slots_[i].value;
    }
  }
  // f(key, value) for every entry, in no particular order
  template <class F>
  void for_each(F&& f) {
    for (std::size_t i = 0; i < slots_.size(); ++i)
      if (tags_[i]) f(std::string_view(slots_[i].key), slots_[i].value);
  }
  V const* find(std::string_view w) const noexcept {
    if (slots_.empty()) return nullptr;
    auto const h = tag(w);
    for (std::size_t i = home(h);; i = (i + 1) & mask_) {
      if (!tags_[i]) return nullptr;  // the probe reads the small tag array; the slot only on a tag hit
      if (tags_[i] == h && same_key(slots_[i].key, w)) return &slots_[i].value;
    }
  }

 private:
  struct slot {
    std::string key;
    std::uint64_t key8 = 0;  // a key of up to 8 bytes as a number (exact8)
    V value{};
  };
  // a word of up to 8 bytes as the number its bytes make (little-endian), zero above them
  static std::uint64_t exact8(std::string_view w) noexcept {
    std::size_t const n = w.size();
    char const* p = w.data();
    auto const u = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
    if (n >= 4) {  // (the first and last four bytes: they overlap below 8)
      std::uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      return std::uint64_t{a} | (std::uint64_t{b} << (8 * (n - 4)));
    }
    if (n == 0) return 0;
    return u(0) | (u(n / 2) << (8 * (n / 2))) | (u(n - 1) << (8 * (n - 1)));
  }
  static std::size_t short_tag(std::uint64_t x, std::size_t n) noexcept {
    std::uint64_t h = (x ^ (n * 0xC2B2AE3D27D4EB4Full)) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    h *= 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h ^ (h >> 29)) | 1;
  }
  // 0: empty. (Words of up to 8 bytes hash as exact8's number: find_padded reads it in one load.)
  static std::size_t tag(std::string_view w) noexcept {
    return w.size() <= 8 ? short_tag(exact8(w), w.size()) : hash_word(w) | 1;
  }
  // a tag's first slot: from its bits above bit 0 (always set in a tag: from bit 0 up, only every
  // other slot would be a first slot, and the probes run long)
  std::size_t home(std::size_t h) const noexcept { return (h >> 1) & mask_; }
  // (inline: a tag hit is nearly always the key, and words are short; std::string's == calls memcmp)
  static bool same_key(std::string const& k, std::string_view w) noexcept {
    if (k.size() != w.size()) return false;
    char const* a = k.data();
    char const* b = w.data();
    std::size_t n = w.size();
    auto eq = [&](std::size_t at, auto word) {  // the bytes [at, at + sizeof word) of both
      decltype(word) x, y;
      std::memcpy(&x, a + at, sizeof x);
      std::memcpy(&y, b + at, sizeof y);
      return x == y;
    };
    if (n >= 8) {  // 8 bytes at a time, the last 8 overlapping
      for (std::size_t i = 0; i + 8 < n; i += 8)
        if (!eq(i, std::uint64_t{})) return false;
      return eq(n - 8, std::uint64_t{});
    }
    if (n >= 4) return eq(0, std::uint32_t{}) && eq(n - 4, std::uint32_t{});
    for (std::size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  V* find_slot(std::string_view w) { return const_cast<V*>(std::as_const(*this).find(w)); }
  std::size_t probe(std::string_view w, std::size_t h) const {
    for (std::size_t i = home(h);; i = (i + 1) & mask_)
      if (!tags_[i] || (tags_[i] == h && same_key(slots_[i].key, w))) return i;
  }
 public:
  // Room for n entries at once, as entering them one by one would leave it: for a table whose
  // final size is known to be at least n, the grows up to n's size are skipped and its size
  // at the end is the one it would have had.
  void reserve(std::size_t n) {
    std::size_t c = std::max<std::size_t>(16, slots_.size());
    while (n * 2 > c) c *= 2;
    if (c > slots_.size()) rehash(c);
  }

 private:
  void grow() { rehash(std::max<std::size_t>(16, slots_.size() * 2)); }
  void rehash(std::size_t capacity) {
    std::vector<slot> old(capacity);
    std::vector<std::size_t> old_tags(old.size(), 0);
    old.swap(slots_);
    old_tags.swap(tags_);
    mask_ = slots_.size() - 1;
    for (std::size_t k = 0; k < old.size(); ++k)
      if (old_tags[k]) {
        auto i = probe(old[k].key, old_tags[k]);
        tags_[i] = old_tags[k];
        slots_[i] = std::move(old[k]);
      }
  }
  std::vector<std::size_t> tags_;  // the key's hash | 1, 0 for an empty slot
  std::vector<slot> slots_;
  std::size_t mask_ = 0, size_ = 0;
};

// A set of words over flat_word_map (open addressing: one probe sequence, no node to chase, no
// division), for the extractor's sets that a rule looks a word up in per figure: built once,
// then read.
class flat_word_set {
 public:
  void insert(std::string_view w) {
    char& in = map_[w];
    if (!in) words_.emplace_back(w);
    in = 1;
  }
  std::size_t count(std::string_view w) const noexcept { return map_.find(w) ? 1 : 0; }
  // its words, in the order first inserted (the extractor enters them in its vocabulary)
  std::vector<std::string>::const_iterator begin() const noexcept { return words_.begin(); }
  std::vector<std::string>::const_iterator end() const noexcept { return words_.end(); }

 private:
  flat_word_map<char> map_;
  std::vector<std::string> words_;
};

}  // namespace claimcheck::claims
