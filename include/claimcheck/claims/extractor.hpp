#pragma once
// From numbers to claims: subject, predicate, modality, date, attribution and relations.

#include "claimcheck/model.hpp"

#include <memory>
#include <span>
#include <string>
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

  /// For writers that have the article at hand (claims::append_json(out, c, a, topics)): the
  /// claims without the copies of what every claim of the article shares with it. `article`,
  /// `source`, `published`, `url`, `file`, `line`, `sentence` and `topics` are left empty: they
  /// are a.id, a.source, a.published, a.url, a.file, a.line,
  /// a.text[sentence_start, sentence_end) and `topics` (the article's topic words, set here).
  /// The claims are built in `kept` and returned as its first claims; pass the same vector for
  /// the next article: its claims are built again in the ones there (their strings keep their
  /// capacity), and claims beyond the returned ones are spare (their contents are no claim's).
  std::span<claim> extract_lean(article const& a, std::vector<std::string>& topics, std::vector<claim>& kept) const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

}  // namespace claimcheck::claims
