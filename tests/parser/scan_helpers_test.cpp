// The scanner's helpers (src/parser/word_set.hpp, src/parser/byte_scan.hpp) against plain
// reference versions: a padded word lookup finds what the ordinary one finds whatever bytes
// follow the word, the bit cursor visits the set bits a linear scan visits, and building a
// sentence's bit sets writes its ASCII-lowercased copy.

#include "parser/byte_scan.hpp"
#include "parser/word_set.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace claimcheck::parser;

TEST_CASE("word_map::find_padded finds what find finds, whatever follows the word", "[parser][scan]") {
  std::vector<std::string> const words = {"a", "an", "in", "one", "two", "ten", "tens", "hundred", "thousand",
                                          "thousands", "approximately", "more", "street", "st.", "a.m.", "x"};
  word_map<int> m;
  for (std::size_t k = 0; k < words.size(); ++k) m.insert(words[k], static_cast<int>(k) + 1);
  m.insert("one", 99);  // a repeated word keeps its first value
  REQUIRE(m.size() == words.size());

  std::mt19937 rng(7);
  std::vector<std::string> probes = words;
  for (auto const& w : words) {  // near misses: one byte more, one less, one changed
    probes.push_back(w + "s");
    probes.push_back(w.substr(0, w.size() - 1));
    probes.push_back(w.substr(0, w.size() - 1) + "q");
  }
  probes.insert(probes.end(), {"", "the", "thousandth", "approximatelyy", "approximatelx", "hundreds"});
  for (auto const& p : probes) {
    for (int pad = 0; pad < 4; ++pad) {
      // the word, then eight bytes: zeros, letters that would continue it, random bytes
      std::string buf = p;
      for (int k = 0; k < 8; ++k) {
        char const c = pad == 0 ? '\0' : pad == 1 ? 's' : pad == 2 ? ' ' : static_cast<char>(rng() & 0xFF);
        buf.push_back(c);
      }
      std::string_view const w(buf.data(), p.size());
      INFO("word: '" << p << "', padding " << pad);
      int const* a = m.find(w);
      int const* b = m.find_padded(w);
      REQUIRE((a == nullptr) == (b == nullptr));
      if (a) CHECK(*a == *b);
      CHECK(m.contains_padded(w) == m.contains(w));
    }
  }
}

TEST_CASE("word_map keeps every word as it grows", "[parser][scan]") {
  word_map<int> m;
  std::vector<std::string> keys;
  for (int k = 0; k < 500; ++k) {
    keys.push_back("w" + std::to_string(k * 7919 % 1000));
    m.insert(keys.back(), k);
  }
  for (int k = 0; k < 500; ++k) {
    std::string padded = keys[static_cast<std::size_t>(k)] + std::string(8, 'z');
    std::string_view const w(padded.data(), keys[static_cast<std::size_t>(k)].size());
    REQUIRE(m.find(w) != nullptr);
    CHECK(*m.find(w) == k);
    CHECK(*m.find_padded(w) == k);
  }
  CHECK(m.find("w1000") == nullptr);
}

TEST_CASE("bit_cursor visits the set bits in order, by steps and seeks", "[parser][scan]") {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 300; ++round) {
    // positions [0, n) are bits [base, base + n) of a longer set (a sentence's in a text's):
    // the bits before and after them are not visited
    std::size_t const n = rng() % 300;
    std::size_t const base = round % 2 ? rng() % 200 : 0;
    std::size_t const words = n ? (base + n - 1) / 64 + 1 : 0;
    std::vector<std::uint64_t> bits(words + 1);
    for (auto& b : bits) b = rng() & rng() & rng();  // sparse
    if (words > 1 && round % 3 == 0) bits[words / 2] = 0;  // an empty block to cross
    auto set = [&](std::size_t k) { return k < n && (bits[(base + k) >> 6] >> ((base + k) & 63) & 1); };
    auto next_set = [&](std::size_t from) {
      while (from < n && !set(from)) ++from;
      return from < n ? from : n;
    };
    scan::bit_cursor c(bits.data(), words, base, n);
    std::size_t i = c.seek(0);
    REQUIRE(i == next_set(0));
    while (i < n) {
      if (rng() % 4 == 0) {  // jump ahead (or stay), as the scan does past a figure
        std::size_t const to = i + rng() % 80;
        i = c.seek(to);
        REQUIRE(i == next_set(to));
      } else {
        std::size_t const want = next_set(i + 1);
        i = c.step();
        REQUIRE(i == want);
      }
    }
    CHECK(i == n);
  }
}

TEST_CASE("sentence_bits::build writes the lowercased copy, the word starts and whether a $ occurs", "[parser][scan]") {
  std::mt19937 rng(3);
  std::string const alphabet = "aZbQ9 0,$.-'\xC3\xA9\xE2\x82\xAC";
  scan::sentence_bits bits;
  for (int round = 0; round < 100; ++round) {
    std::size_t const n = 1 + rng() % 200;
    std::string text;
    for (std::size_t k = 0; k < n; ++k) text.push_back(alphabet[rng() % alphabet.size()]);
    std::string lower((n + 63) / 64 * 64, '#');
    // read only up to the end of the text: the last block goes through the zero-padded copy
    bits.build(text.data(), n, n, lower.data());
    for (std::size_t k = 0; k < n; ++k) {
      char const c = text[k];
      INFO("byte " << k << " of '" << text << "'");
      REQUIRE(lower[k] == (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c));
      auto const word = [](char b) {
        auto const u = static_cast<unsigned char>(b);
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
      };
      bool const start = (word(c) || c == '$') && (k == 0 || !word(text[k - 1]));
      CHECK((bits.next(bits.scan_starts, k) == k) == start);
      bool const date = ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) && (k == 0 || !word(text[k - 1]));
      CHECK((bits.next(bits.date_starts, k) == k) == date);
    }
    CHECK(bits.any_dollar == (text.find('$') != std::string::npos));
  }
}

TEST_CASE("prepared_text::build lowers a whole text; sentence_bits::use reads a sentence's sets from it", "[parser][scan]") {
  std::mt19937 rng(9);
  std::string const alphabet = "aZbQ9 0,$.-'\xC3\xA9\xE2\x82\xAC";
  auto const word = [](char b) {
    auto const u = static_cast<unsigned char>(b);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
  };
  prepared_text prepared;
  scan::sentence_bits own, taken;
  for (int round = 0; round < 200; ++round) {
    std::size_t const n = 1 + rng() % 400;
    std::string text;
    for (std::size_t k = 0; k < n; ++k) text.push_back(alphabet[rng() % alphabet.size()]);
    prepared.build(text);
    REQUIRE(prepared.size == n);
    for (std::size_t k = 0; k < n; ++k) {
      char const c = text[k];
      REQUIRE(prepared.lowered[k] == (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c));
      bool const alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      CHECK((prepared.alnum[k >> 6] >> (k & 63) & 1) == alnum);
    }
    for (std::size_t k = n; k < n + 16; ++k) REQUIRE(prepared.lowered[k] == 0);
    for (int cut = 0; cut < 10; ++cut) {
      std::size_t const a = rng() % n, m = 1 + rng() % (n - a);
      if (a > 0 && word(text[a - 1])) continue;  // (use's condition: else its first byte starts no word)
      INFO("sentence [" << a << ", " << a + m << ") of '" << text << "'");
      std::string lower((m + 63) / 64 * 64, '#');
      own.build(text.data() + a, m, n - a, lower.data());
      taken.use(prepared, a, m);
      CHECK(taken.any_dollar == own.any_dollar);
      for (std::size_t k = 0; k <= m; ++k) {
        REQUIRE(taken.next(taken.scan_starts, k) == own.next(own.scan_starts, k));
        REQUIRE(taken.next(taken.date_starts, k) == own.next(own.date_starts, k));
        if (k < m) REQUIRE(taken.alpha_end(k) == own.alpha_end(k));
      }
    }
  }
}
