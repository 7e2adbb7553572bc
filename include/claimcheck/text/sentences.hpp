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

#include "claimcheck/model.hpp"

#include <string_view>
#include <unordered_set>
#include <vector>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::text {

class sentence_splitter {
 public:
  explicit sentence_splitter(lexicon const& lex);
  /// Spans of the sentences of `text`, in order, non-overlapping.
  std::vector<byte_span> split(std::string_view text) const;

 private:
  std::unordered_set<std::string> abbreviations_;        // lowercase, without the final '.'
  std::unordered_set<std::string> final_abbreviations_;  // may also end a sentence ("U.S.")
};

}  // namespace claimcheck::text
