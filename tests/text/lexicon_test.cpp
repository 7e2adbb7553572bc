// The lexicon reader: rows, columns, comments and line numbers as the file format says
// (include/claimcheck/lexicon/lexicon.hpp), including rows of more columns than a row holds in
// itself (lexicon_row::inline_cols).

#include "claimcheck/lexicon/lexicon.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

using namespace claimcheck;

TEST_CASE("lexicon: columns, comments, CR and a last line without a newline", "[lexicon]") {
  namespace fs = std::filesystem;
  fs::path const dir = fs::temp_directory_path() / ("claimcheck-lexicon-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream f(dir / "sample.tsv", std::ios::binary);
    f << "# a comment\tof two columns\n"
         "one\n"
         "\n"
         "  # an indented comment\n"
         "a\tb\r\n"
         "1\t2\t3\t4\t5\t6\n"
         "x\t\t\tlast";
  }
  auto const lex = lexicon::load(dir);
  fs::remove_all(dir);
  auto const& t = lex.table("sample");
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[0].line == 2);
  CHECK(t.rows[0].size == 1);
  CHECK(t.rows[0].at(0) == "one");
  CHECK(t.rows[0].at(1).empty());
  CHECK(t.rows[1].line == 5);
  CHECK(t.rows[1].at(1) == "b");  // (the CR dropped)
  CHECK(t.rows[2].size == 6);
  for (std::size_t i = 0; i < 6; ++i) CHECK(t.rows[2].at(i) == std::to_string(i + 1));
  CHECK(t.rows[2].at(6).empty());
  CHECK(t.rows[3].line == 7);
  CHECK(t.rows[3].size == 4);
  CHECK(t.rows[3].at(1).empty());
  CHECK(t.rows[3].at(3) == "last");
  CHECK(lex.table("absent").rows.empty());
}
