#pragma once

// Comparisons of a word with a string literal, inline: w == lit, w.starts_with(lit) and
// w.ends_with(lit). std::string's and std::string_view's take a char const* and, in the
// extractor's and the scanner's huge functions, GCC calls them out of line with a strlen; the
// rules compare a claim's keys, a token or a figure's unit with literals per figure. The
// literal's length is a constant, so each test is a length test and a fixed-size compare.
// (Internal to the library: src/claims and src/parser.)

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck::text {

template <std::size_t N>
[[gnu::always_inline]] inline bool is_lit(std::string_view w, char const (&lit)[N]) noexcept {
  return w.size() == N - 1 && std::char_traits<char>::compare(w.data(), lit, N - 1) == 0;
}
template <std::size_t N>
[[gnu::always_inline]] inline bool starts_lit(std::string_view w, char const (&lit)[N]) noexcept {
  return w.size() >= N - 1 && std::char_traits<char>::compare(w.data(), lit, N - 1) == 0;
}
template <std::size_t N>
[[gnu::always_inline]] inline bool ends_lit(std::string_view w, char const (&lit)[N]) noexcept {
  return w.size() >= N - 1 && std::char_traits<char>::compare(w.data() + w.size() - (N - 1), lit, N - 1) == 0;
}

}  // namespace claimcheck::text
