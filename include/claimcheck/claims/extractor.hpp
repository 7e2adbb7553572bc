#pragma once
// From numbers to claims: subject, predicate, modality, date, attribution and relations.

#include "claimcheck/model.hpp"

#include <memory>
#include <span>
#include <string>
#include <string_view>
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
  /// `subject.text` and `predicate.text` are left empty where they are the article's text at
  /// `subject_text_span` and `predicate_span` (subject_text and predicate_text below read them),
  /// and `q.text` is left empty: it is the article's text at `q.span` (figure_text below).
  /// The claims are built in `kept` and returned as its first claims; pass the same vector for
  /// the next article: its claims are built again in the ones there (their strings keep their
  /// capacity), and claims beyond the returned ones are spare (their contents are no claim's).
  std::span<claim> extract_lean(article const& a, std::vector<std::string>& topics, std::vector<claim>& kept) const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

/// A text a claim of extractor::extract_lean may leave in its article: `own`, or, where it is
/// empty, the bytes of the article's text (`article_text`) at `s`. For a claim of
/// extractor::extract, `article_text` may be empty.
inline std::string_view text_or_span(std::string const& own, byte_span s, std::string_view article_text) {
  return own.empty() && s.end > s.start && s.end <= article_text.size() ? article_text.substr(s.start, s.end - s.start)
                                                                         : std::string_view(own);
}
/// A claim's subject text: `c.subject.text` or the article's text at `c.subject_text_span`.
inline std::string_view subject_text(claim const& c, std::string_view article_text) {
  return text_or_span(c.subject.text, c.subject_text_span, article_text);
}
/// The same for the predicate's text (`c.predicate.text`, `c.predicate_span`).
inline std::string_view predicate_text(claim const& c, std::string_view article_text) {
  return text_or_span(c.predicate.text, c.predicate_span, article_text);
}
/// The same for the figure as written (`c.q.text`, `c.q.span`).
inline std::string_view figure_text(claim const& c, std::string_view article_text) {
  return text_or_span(c.q.text, c.q.span, article_text);
}

}  // namespace claimcheck::claims
