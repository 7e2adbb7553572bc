#pragma once
// A whole text's ASCII-lowercased copy and byte classes, made in one pass (SSE2, 64 bytes at a
// time) for a caller that parses the text's sentences one after the other
// (quantity_parser::parse with a prepared_text): the scanner then takes each sentence's classes
// from here instead of classing its bytes again, and the caller may read the same copy and bits
// for its own walk over the words (the extractor's tokenizer does).

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::parser {

struct prepared_text {
  /// text with 'A'-'Z' lowercased, at the same offsets (every other byte as it is), followed by
  /// at least 16 zero bytes. The caller may rewrite a word's bytes in it (the extractor folds
  /// non-ASCII words over their own bytes) once the sentence holding them has been parsed.
  std::vector<char> lowered;
  /// Bit sets, bit k of word k / 64 for byte k of the text (each set has one more word, zero, at
  /// the end). A "word byte" is an ASCII letter or digit or a byte >= 0x80.
  std::vector<std::uint64_t> alpha;        ///< ASCII letters
  std::vector<std::uint64_t> alnum;        ///< ASCII letters and digits
  std::vector<std::uint64_t> scan_starts;  ///< a word byte or '$' after no word byte (or first)
  std::vector<std::uint64_t> date_starts;  ///< an uppercase letter or digit after no word byte (or first)
  std::vector<std::uint64_t> dollars;      ///< '$'
  std::size_t size = 0;                    ///< the text's size in bytes
  std::size_t blocks = 0;                  ///< 64-byte blocks of the text (the sets have blocks + 1 words)

  /// Fills every member from `text` (their capacity is kept from call to call).
  void build(std::string_view text);

  /// Takes word starts out of scan_starts and date_starts, for a caller that looks the words of
  /// the text up anyway: a word start may be taken out when the run of ASCII letters from it
  /// (lowercased, up to the first byte that is no ASCII letter) is none of
  /// quantity_parser::start_words() and no '$' follows the run. parse, which would read the run
  /// there and pass it, then does not visit it (its result is the same). Mark a sentence's words
  /// before parsing it. (Raw pointers: a loop over every word keeps them in registers.)
  struct quieter {
    char const* lowered;
    std::uint64_t* scan_starts;
    std::uint64_t* date_starts;
    void quiet(std::size_t start) const {
      std::uint64_t const keep = ~(std::uint64_t{1} << (start & 63));
      scan_starts[start >> 6] &= keep;
      date_starts[start >> 6] &= keep;
    }
  };
  quieter quiet() { return {lowered.data(), scan_starts.data(), date_starts.data()}; }

  char* lowered_data() { return lowered.data(); }
  char const* lowered_data() const { return lowered.data(); }
};

}  // namespace claimcheck::parser
