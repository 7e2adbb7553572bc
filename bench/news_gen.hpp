#pragma once
// A deterministic generator of news-like text for benchmarks and fuzz seeds.
//
// Guarantees:
//  1. The same seed gives the same bytes on every machine (own PRNG, no std distributions).
//  2. The text is dense in numbers, about one quantity per 40 bytes (~25,000 per MB): counts
//     with qualifiers, magnitudes, number words, partitives, fractions, percentages, money,
//     ranges, durations, dates and attributions, in sentences written for this project.
//  3. Output is valid UTF-8 (ASCII plus the euro and pound signs); JSON needs only '"', '\'
//     and newlines escaped.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::bench {

struct generated_article {
  std::string id, published, source, url, title, text;
};

class news_generator {
 public:
  explicit news_generator(std::uint64_t seed);

  /// The next article of the feed (articles are dated a few hours apart, in order).
  generated_article next();

  /// Appends `a` as one JSON Lines record (with the trailing newline).
  static void append_jsonl(std::string& out, generated_article const& a);

  /// Number expressions written so far (each counted once, "2.3 million" = 1, a full date = 1).
  std::size_t quantities() const { return quantities_; }
  std::size_t articles() const { return articles_; }

 private:
  std::uint64_t next_u64();
  std::uint64_t below(std::uint64_t n);  // uniform in [0, n)
  bool chance(unsigned percent) { return below(100) < percent; }
  template <class T, std::size_t N>
  T const& pick(T const (&items)[N]) {
    return items[below(N)];
  }

  void expand(std::string& out, std::string_view tmpl);
  void slot(std::string& out, std::string_view key);
  void sentence(std::string& out);

  void count(std::string& out, std::uint64_t lo, std::uint64_t hi);   // integer, grouped or in words
  void small(std::string& out);                                       // 2..99, often in words
  void magnitude(std::string& out, bool billions);                     // "2.3 million"
  void money(std::string& out);                                       // "$1.2bn", "€450 million"
  void percent(std::string& out);
  void duration(std::string& out);
  void full_date(std::string& out);
  std::uint64_t log_uniform(std::uint64_t lo, std::uint64_t hi);

  std::uint64_t state_;
  std::size_t quantities_ = 0;
  std::size_t articles_ = 0;
  std::int64_t minutes_ = 0;  // publication clock, minutes since the feed's first day
};

/// Plain concatenated article texts of about `bytes` bytes (paragraph-separated), for
/// in-memory benchmarks.
std::string generate_text(std::size_t bytes, std::uint64_t seed);

}  // namespace claimcheck::bench
