#include "claimcheck/parser/quantity_parser.hpp"

#include "claimcheck/lexicon/lexicon.hpp"

namespace claimcheck::parser {

struct quantity_parser::impl {};

quantity_parser::quantity_parser(lexicon const&) : impl_(std::make_unique<impl>()) {}
quantity_parser::~quantity_parser() = default;
quantity_parser::quantity_parser(quantity_parser&&) noexcept = default;
quantity_parser& quantity_parser::operator=(quantity_parser&&) noexcept = default;

// Skeleton: plain digit runs with separators.
parse_result quantity_parser::parse(std::string_view text, byte_span sentence) const {
  parse_result r;
  std::size_t i = sentence.start;
  auto digit = [&](std::size_t k) { return k < sentence.end && text[k] >= '0' && text[k] <= '9'; };
  while (i < sentence.end) {
    if (digit(i) && (i == sentence.start || !(std::isalnum(static_cast<unsigned char>(text[i - 1]))))) {
      std::size_t j = i;
      double v = 0;
      while (digit(j) || ((text[j] == ',') && digit(j + 1))) {
        if (text[j] != ',') v = v * 10 + (text[j] - '0');
        ++j;
      }
      quantity q;
      q.span = {i, j};
      q.text = std::string(text.substr(i, j - i));
      q.value = v;
      q.lo = q.hi = v;
      r.quantities.push_back(q);
      i = j;
    } else {
      ++i;
    }
  }
  return r;
}

}  // namespace claimcheck::parser
