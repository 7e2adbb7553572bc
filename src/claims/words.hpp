#pragma once
// Word tables for the extractor: hash sets and maps keyed by std::string that are looked up
// with a std::string_view (heterogeneous lookup), so looking up a token never builds a key.
// FNV-1a is cheap on the short words these tables hold; libstdc++ treats a user hash as
// "fast", so small tables hash instead of comparing every element.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimcheck::claims {

struct word_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

using word_set = std::unordered_set<std::string, word_hash, std::equal_to<>>;
template <class V>
using word_map = std::unordered_map<std::string, V, word_hash, std::equal_to<>>;

}  // namespace claimcheck::claims
