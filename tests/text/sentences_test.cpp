#include "claimcheck/text/sentences.hpp"
#include "claimcheck/text/utf8.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;

namespace {
std::vector<std::string> split(std::string const& s) {
  text::sentence_splitter sp(testing::lex());
  std::vector<std::string> out;
  for (auto span : sp.split(s)) out.push_back(s.substr(span.start, span.end - span.start));
  return out;
}
}  // namespace

TEST_CASE("sentences end at terminal punctuation before a capital", "[text]") {
  auto s = split("The toll rose to 40. Officials said more would come! Did they? Yes.");
  REQUIRE(s == std::vector<std::string>{"The toll rose to 40.", "Officials said more would come!", "Did they?", "Yes."});
}

TEST_CASE("abbreviations and initials do not end sentences", "[text]") {
  auto s = split("Mr. Smith met Dr. Jones on Oct. 7 at No. 10 Downing St. in London. J. R. Doe left.");
  REQUIRE(s.size() == 2);
  REQUIRE(s[0] == "Mr. Smith met Dr. Jones on Oct. 7 at No. 10 Downing St. in London.");
}

TEST_CASE("a final abbreviation ends a sentence when a new one starts", "[text]") {
  auto s = split("Aid came from the U.S. The U.S. envoy said so.");
  REQUIRE(s == std::vector<std::string>{"Aid came from the U.S.", "The U.S. envoy said so."});
}

TEST_CASE("quotes after the period stay with the sentence", "[text]") {
  auto s = split("\xE2\x80\x9CThere is no progress.\xE2\x80\x9D The talks ended. \"We left.\" He said.");
  REQUIRE(s.size() == 4);
  REQUIRE(s[0] == "\xE2\x80\x9CThere is no progress.\xE2\x80\x9D");
  REQUIRE(s[2] == "\"We left.\"");
}

TEST_CASE("paragraph breaks end sentences, decimals and lowercase continuations do not", "[text]") {
  auto s = split("Main requirements\n\nGDP grew 2.3 percent. it was e.g. fine... Then more");
  REQUIRE(s.size() == 3);
  REQUIRE(s[0] == "Main requirements");
  REQUIRE(s[1] == "GDP grew 2.3 percent. it was e.g. fine...");
  REQUIRE(s[2] == "Then more");
}

TEST_CASE("sentence spans index the original bytes", "[text]") {
  std::string t = "  First one.\xC2\xA0Second 33\xC2\xA0" "207.  ";
  text::sentence_splitter sp(testing::lex());
  auto spans = sp.split(t);
  REQUIRE(spans.size() == 2);
  REQUIRE(t.substr(spans[0].start, spans[0].end - spans[0].start) == "First one.");
  REQUIRE(t.substr(spans[1].start, spans[1].end - spans[1].start) == "Second 33\xC2\xA0" "207.");
}

TEST_CASE("invalid UTF-8 is replaced, valid text is untouched", "[text]") {
  std::size_t n = 0;
  REQUIRE(text::repair_utf8("ok \xE2\x80\x93 fine", &n) == "ok \xE2\x80\x93 fine");
  REQUIRE(n == 0);
  REQUIRE(text::repair_utf8(std::string("a\xFF" "b\xC3", 4), &n) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  REQUIRE(n == 2);
  REQUIRE(text::repair_utf8(std::string("x\0y", 3), &n) == "x\xEF\xBF\xBDy");
  REQUIRE(!text::is_valid_utf8("\xED\xA0\x80"));  // surrogate
  REQUIRE(!text::is_valid_utf8("\xC0\xAF"));      // overlong
}

TEST_CASE("typographic spaces, dashes and quotes are recognized", "[text]") {
  REQUIRE(text::space_at("\xC2\xA0", 0) == 2);
  REQUIRE(text::space_at("\xE2\x80\x89", 0) == 3);  // thin space
  REQUIRE(text::space_at("\xE2\x80\xAF", 0) == 3);  // narrow NBSP
  REQUIRE(text::dash_at("\xE2\x80\x93", 0) == 3);
  REQUIRE(text::quote_at("\xE2\x80\x9C", 0) == 3);
  REQUIRE(text::fold("Gaza\xE2\x80\x99s HEALTH") == "gaza's health");
}

TEST_CASE("overlong sentences are cut at a space below the limit", "[text]") {
  std::string t;
  for (int i = 0; i < 3000; ++i) t += "1,1 ";
  text::sentence_splitter sp(testing::lex());
  auto spans = sp.split(t);
  REQUIRE(spans.size() > 1);
  std::size_t covered = 0;
  for (auto s : spans) {
    CHECK(s.end - s.start <= text::max_sentence_bytes);
    CHECK(t[s.start] != ' ');
    covered += s.end - s.start;
  }
  CHECK(covered > t.size() * 9 / 10);
  std::string nospace(5000, 'x');
  auto s2 = sp.split(nospace);
  REQUIRE(s2.size() == 3);
  CHECK(s2[0].end - s2[0].start == text::max_sentence_bytes);
}

TEST_CASE("fold lowercases Latin capitals with diacritics, keeping every length", "[text]") {
  // Latin-1 Supplement: capitals +0x20; the multiplication sign and the lowercase letters stay
  CHECK(text::fold("\xC3\x89VACU\xC3\x89S \xC3\x86R\xC3\x98") == "\xC3\xA9vacu\xC3\xA9s \xC3\xA6r\xC3\xB8");
  CHECK(text::fold("3\xC3\x97" "4 \xC3\x9F \xC3\xA9") == "3\xC3\x97" "4 \xC3\x9F \xC3\xA9");
  // Latin Extended-A: even/odd pairs in their three runs, Y with diaeresis, the dotted capital I kept
  CHECK(text::fold("\xC5\x81\xC3\x93\x44\xC5\xB9") == "\xC5\x82\xC3\xB3\x64\xC5\xBA");  // ŁÓDŹ -> łódź
  CHECK(text::fold("\xC4\x8C\xC5\xA0\xC4\xBD\xC5\x8A") == "\xC4\x8D\xC5\xA1\xC4\xBE\xC5\x8B");  // ČŠĽŊ
  CHECK(text::fold("\xC4\xBF") == "\xC5\x80");      // U+013F -> U+0140: across lead bytes
  CHECK(text::fold("\xC5\xB8") == "\xC3\xBF");      // Ÿ -> ÿ
  CHECK(text::fold("\xC4\xB0") == "\xC4\xB0");      // İ stays (its lowercase is two code points)
  CHECK(text::fold("\xC3") == "\xC3");              // a lead byte at the end: copied
  // every capital of the two blocks folds to two bytes: the length never grows
  for (char32_t cp = 0xC0; cp <= 0x17F; ++cp) {
    std::string s{static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    CHECK(text::fold(s).size() == 2);
  }
}

TEST_CASE("fold: a word already folded is copied, any other folded, at every length", "[text]") {
  // (fold's first test reads 8 bytes at a time: a capital or a byte >= 0x80 at each place of
  // words of 0 to 20 bytes, against folding byte by byte)
  for (std::size_t n = 0; n <= 20; ++n) {
    std::string const plain(n, 'a');
    CHECK(text::fold(plain) == plain);
    for (std::size_t k = 0; k < n; ++k) {
      std::string w = plain;
      w[k] = 'Q';
      std::string want = plain;
      want[k] = 'q';
      CHECK(text::fold(w) == want);
      w[k] = '@';  // (just below 'A') and '[' (just above 'Z'): not capitals
      CHECK(text::fold(w) == w);
      w[k] = '[';
      CHECK(text::fold(w) == w);
    }
    if (n >= 3) {
      std::string w = plain.substr(0, n - 3) + "\xE2\x80\x99";  // a closing quote last: folded to '
      CHECK(text::fold(w) == plain.substr(0, n - 3) + "'");
    }
  }
}
