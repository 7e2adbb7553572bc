#include "claimcheck/claims/extractor.hpp"

#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/parser/quantity_parser.hpp"
#include "claimcheck/text/sentences.hpp"

#include <fmt/format.h>

namespace claimcheck::claims {

struct extractor::impl {
  explicit impl(lexicon const& lex) : splitter(lex), parser(lex) {}
  text::sentence_splitter splitter;
  parser::quantity_parser parser;
};

extractor::extractor(lexicon const& lex) : impl_(std::make_unique<impl>(lex)) {}
extractor::~extractor() = default;
extractor::extractor(extractor&&) noexcept = default;
extractor& extractor::operator=(extractor&&) noexcept = default;

std::vector<claim> extractor::extract(article const& a) const {
  std::vector<claim> out;
  for (auto const& s : impl_->splitter.split(a.text)) {
    auto parsed = impl_->parser.parse(a.text, s);
    for (auto& q : parsed.quantities) {
      claim c;
      c.id = fmt::format("{}:{}", a.id, out.size() + 1);
      c.article = a.id;
      c.source = a.source;
      c.published = a.published;
      c.url = a.url;
      c.file = a.file;
      c.line = a.line;
      c.sentence = a.text.substr(s.start, s.end - s.start);
      c.sentence_start = s.start;
      c.q = std::move(q);
      if (!a.published.empty()) {
        c.date = a.published;
        c.basis = date_basis::published;
      }
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace claimcheck::claims
