// Prints every quantity and date mention the quantity parser finds in each sentence of the
// inputs (any feed the reader takes), one line each: a check that a change to the scanner
// leaves its results byte-identical (diff two dumps).
//   parser_dump GRAMMARS_DIR INPUT... > dump.txt

#include "claimcheck/feed/reader.hpp"
#include "claimcheck/lexicon/lexicon.hpp"
#include "claimcheck/parser/quantity_parser.hpp"
#include "claimcheck/text/sentences.hpp"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  using namespace claimcheck;
  if (argc < 3) {
    std::fprintf(stderr, "usage: parser_dump GRAMMARS_DIR INPUT...\n");
    return 2;
  }
  auto lex = lexicon::load(argv[1]);
  text::sentence_splitter split(lex);
  parser::quantity_parser p(lex);
  std::vector<std::string> inputs(argv + 2, argv + argc);
  auto opt = [](std::optional<double> const& v) {
    char buf[40] = "-";
    if (v) std::snprintf(buf, sizeof buf, "%.17g", *v);
    return std::string(buf);
  };
  feed::callbacks cb;
  cb.on_article = [&](article&& a) {
    for (auto const& s : split.split(a.text)) {
      auto r = p.parse(a.text, s);
      for (auto const& q : r.quantities) {
        std::printf("%s\t%zu\tQ\t%zu-%zu\t%s\t%.17g\t%s\t%s\t%s\t%d\t%s\n", a.id.c_str(), s.start, q.span.start,
                    q.span.end, q.text.c_str(), q.value, opt(q.lo).c_str(), opt(q.hi).c_str(), q.qualifier.c_str(),
                    static_cast<int>(q.kind), q.unit.c_str());
      }
      for (auto const& d : r.dates) {
        std::printf("%s\t%zu\tD\t%zu-%zu\t%d-%d-%d\t%d\t%d\n", a.id.c_str(), s.start, d.span.start, d.span.end, d.year,
                    d.month, d.day, d.weekday, d.since ? 1 : 0);
      }
    }
  };
  cb.on_diagnostic = [](feed::diagnostic const& d) { std::fprintf(stderr, "%s\n", d.to_string().c_str()); };
  feed::read_inputs(inputs, cb);
  return 0;
}
