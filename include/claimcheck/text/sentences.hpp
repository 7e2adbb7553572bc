#pragma once
// Sentence splitting with byte spans. Rules:
//  1. A sentence ends at '.', '!' or '?' (optionally followed by closing quotes/brackets)
//     when followed by whitespace and then an uppercase letter, digit, or opening quote.
//  2. A blank line (paragraph break) always ends a sentence; so does the end of the text.
//  3. A period after a known abbreviation (grammars/abbreviations.tsv: "Mr.", "Oct.", "U.S.",
//     "No.") or after a single capital letter (initials) does not end a sentence, unless the
//     abbreviation is marked as possibly final and the next word starts a new sentence.
//  4. Ellipses ("...", "…") end a sentence only when the next word is capitalized.
//  5. Leading and trailing whitespace is excluded from each span; empty spans are dropped.
//  6. No span is longer than max_sentence_bytes: a longer run (a table, a list, hostile input)
//     is cut at the last space before the limit (else at a UTF-8 boundary). This bounds the
//     per-sentence work and the sentence copied into each claim, keeping extraction linear.

#include "claimcheck/model.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::text {

inline constexpr std::size_t max_sentence_bytes = 2000;

class sentence_splitter {
 public:
  explicit sentence_splitter(lexicon const& lex);
  /// Spans of the sentences of `text`, in order, non-overlapping.
  std::vector<byte_span> split(std::string_view text) const;

 private:
  // (looked up with a view of the folded word: no string per lookup)
  struct view_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  using word_set = std::unordered_set<std::string, view_hash, std::equal_to<>>;
  word_set abbreviations_;        // lowercase, without the final '.'
  word_set final_abbreviations_;  // may also end a sentence ("U.S.")
  // One bit per (length up to 7, first byte's low five bits of its lowercase) of an abbreviation:
  // a word before a period whose bit is clear is none, decided without folding and hashing it.
  std::array<std::uint64_t, 4> abbreviation_shapes_{};
};

}  // namespace claimcheck::text
