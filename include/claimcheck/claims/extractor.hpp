#pragma once
// From numbers to claims: subject, predicate, modality, date, attribution and relations.

#include "claimcheck/model.hpp"

#include <memory>
#include <vector>

namespace claimcheck {
class lexicon;
}

namespace claimcheck::claims {

class extractor {
 public:
  explicit extractor(lexicon const& lex);
  ~extractor();
  extractor(extractor&&) noexcept;
  extractor& operator=(extractor&&) noexcept;

  /// Every claim of the article, in text order, ids "ARTICLE:1", "ARTICLE:2", ...
  /// Without copy_sentences, `sentence` is left empty: it is a.text[sentence_start, sentence_end)
  /// (for writers that have the article at hand; saves a copy of the sentence per claim).
  std::vector<claim> extract(article const& a, bool copy_sentences = true) const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

}  // namespace claimcheck::claims
