// prepared_text::build: the whole text's lowercased copy and bit sets in one pass (byte_scan.hpp's
// classes, the same the scanner computes for a single sentence).

#include "claimcheck/parser/prepared_text.hpp"

#include "byte_scan.hpp"

#include <cstring>

namespace claimcheck::parser {

void prepared_text::build(std::string_view text) {
  size = text.size();
  blocks = (size + 63) / 64;
  // whole blocks are written, and 16 zero bytes must follow the text
  if (lowered.size() < blocks * 64 + 16) lowered.resize(blocks * 64 + 16);
  if (alpha.size() < blocks + 1) {
    for (auto* set : {&alpha, &alnum, &scan_starts, &date_starts, &dollars}) set->resize(blocks + 1);
  }
  scan::for_blocks(text.data(), size, size, lowered.data(), [&](std::size_t b, scan::classes const& c, std::uint64_t start) {
    alpha[b] = c.alpha;
    alnum[b] = c.alnum;
    scan_starts[b] = c.scan & start;
    date_starts[b] = c.date & start;
    dollars[b] = c.scan & ~c.word;
  });
  for (auto* set : {&alpha, &alnum, &scan_starts, &date_starts, &dollars}) (*set)[blocks] = 0;
  std::memset(lowered.data() + size, 0, 16);
}

}  // namespace claimcheck::parser
