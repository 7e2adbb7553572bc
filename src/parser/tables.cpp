#include "tables.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>

namespace claimcheck::parser {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

double number_at(lexicon const& lex, lexicon_table const& t, lexicon_row const& row, std::size_t col) {
  auto const& s = row.at(col);
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0') lex.fail(t, row, fmt::format("column {} must be a number, got \"{}\"", col + 1, s));
  return v;
}

}  // namespace

tables::tables(lexicon const& lex) {
  auto note_start = [this](std::string const& word) {
    if (word.empty() || (word[0] >= '0' && word[0] <= '9')) digit_starts_only_amounts = false;
  };
  {
    auto const& t = lex.table("numbers");
    for (auto const& row : t.rows) {
      auto word = lower(row.at(0));
      double v = number_at(lex, t, row, 1);
      std::string_view const cls = row.at(2);
      note_start(word);
      if (word.empty()) number_word_first.fill(true);
      else number_word_first[static_cast<unsigned char>(word[0])] = true;
      if (cls == "unit") unit_words.add(word, v);
      else if (cls == "teen") teen_words.add(word, v);
      else if (cls == "ten") ten_words.add(word, v);
      else lex.fail(t, row, fmt::format("unknown class \"{}\" (expected unit, teen or ten)", cls));
    }
  }
  {
    auto const& t = lex.table("scales");
    for (auto const& row : t.rows) {
      auto word = lower(row.at(0));
      double v = number_at(lex, t, row, 1);
      std::string_view const form = row.at(2);
      if (form == "suffix") scale_suffix.add(word, v);
      else if (form != "word") lex.fail(t, row, fmt::format("unknown form \"{}\" (expected word or suffix)", form));
      else if (word == "hundred") hundred_word.add(word, v);
      else if (word == "dozen") dozen_word.add(word, v);
      else scale_words.add(word, v);
    }
  }
  {
    auto const& t = lex.table("fractions");
    for (auto const& row : t.rows) {
      note_start(lower(row.at(0)));
      fraction_words.add(lower(row.at(0)), number_at(lex, t, row, 1));
    }
  }
  {
    // One rule per row of qualifiers.tsv (before the figure) and postfix_qualifiers.tsv (after
    // it): the same columns and rules, so "20 or more" reads like "at least 20".
    auto rule_of = [&](lexicon_table const& t, lexicon_row const& row) {
      qualifier_rule q;
      q.name = row.at(1);
      std::string_view const r = row.at(2);
      if (r == "exact") q.rule = qualifier_rule::kind::exact;
      else if (r == "approx") q.rule = qualifier_rule::kind::approx;
      else if (r == "below") q.rule = qualifier_rule::kind::below;
      else if (r == "above") q.rule = qualifier_rule::kind::above;
      else if (r == "min") q.rule = qualifier_rule::kind::min;
      else if (r == "max") q.rule = qualifier_rule::kind::max;
      else lex.fail(t, row, fmt::format("unknown rule \"{}\"", r));
      q.param = number_at(lex, t, row, 3);
      if (q.name.empty()) lex.fail(t, row, "missing qualifier name");
      qualifier_rules.push_back(q);
      return static_cast<int>(qualifier_rules.size() - 1);
    };
    auto const& t = lex.table("qualifiers");
    for (auto const& row : t.rows) qualifiers.add(lower(row.at(0)), rule_of(t, row));
    auto const& post = lex.table("postfix_qualifiers");
    for (auto const& row : post.rows) {
      auto phrase = lower(row.at(0));
      if (phrase.empty() || phrase.find_first_of("0123456789") != std::string::npos)
        lex.fail(post, row, "a postfix qualifier is a non-empty phrase without digits");
      postfix_qualifiers.emplace_back(std::move(phrase), rule_of(post, row));
    }
  }
  {
    auto const& t = lex.table("currencies");
    for (auto const& row : t.rows) {
      std::string_view const pos = row.at(2);
      if (row.at(1).empty()) lex.fail(t, row, "missing currency code");
      if (pos == "prefix") note_start(lower(row.at(0)));
      if (pos == "prefix") currency_prefix.add(lower(row.at(0)), row.at(1));
      // (a hundredth's word is read as the currency's word; the quantity parser scales it)
      else if (pos == "word" || pos == "hundredth") currency_words.add(lower(row.at(0)), row.at(1));
      else lex.fail(t, row, fmt::format("unknown position \"{}\" (expected prefix, word or hundredth)", pos));
    }
  }
  {
    auto const& t = lex.table("units");
    for (auto const& row : t.rows) {
      if (row.at(1).empty()) lex.fail(t, row, "missing canonical unit");
      auto word = lower(row.at(0));
      duration_units.add(word, row.at(1));
      if (word == row.at(1) || word.back() != 's') duration_units_singular.add(word, row.at(1));
    }
  }
  {
    auto const& t = lex.table("percent");
    for (auto const& row : t.rows) percent_words.add(lower(row.at(0)), row.at(1));
  }
  {
    auto const& t = lex.table("vague");
    for (auto const& row : t.rows) {
      vague_entry e{number_at(lex, t, row, 1), number_at(lex, t, row, 2), number_at(lex, t, row, 3)};
      if (!(e.lo <= e.value && e.value <= e.hi)) lex.fail(t, row, "expected lo <= value <= hi");
      note_start(lower(row.at(0)));
      vague.add(lower(row.at(0)), static_cast<int>(vague_entries.size()));
      vague_entries.push_back(e);
    }
  }
  auto first_bytes = [](auto const& table, byte_set& out) {
    table.for_each([&](std::string const& key, auto const&) {
      if (!key.empty()) out[static_cast<unsigned char>(key[0])] = true;
    });
  };
  first_bytes(unit_words, unit_words_first);
  first_bytes(teen_words, teen_words_first);
  first_bytes(ten_words, ten_words_first);
  first_bytes(scale_words, scale_words_first);
  first_bytes(hundred_word, hundred_word_first);
  first_bytes(dozen_word, dozen_word_first);
  first_bytes(scale_suffix, scale_suffix_first);
  first_bytes(fraction_words, fraction_words_first);
  first_bytes(qualifiers, qualifiers_first);
  first_bytes(currency_prefix, currency_prefix_first);
  first_bytes(currency_words, currency_words_first);
  first_bytes(duration_units, duration_units_first);
  first_bytes(duration_units_singular, duration_units_singular_first);
  first_bytes(percent_words, percent_words_first);
  first_bytes(vague, vague_first);
  auto follow = [this](auto const& table) {
    table.for_each([this](std::string const& key, auto const&) { amount_follow.insert(key); });
  };
  follow(currency_words);
  follow(percent_words);
  follow(duration_units);
  follow(duration_units_singular);
  for (auto const* word : {"to", "in", "out"}) amount_follow.insert(word);
}

void word_prefixes::insert(std::string_view w) {
  auto const u = [&](std::size_t k) { return static_cast<std::size_t>(static_cast<unsigned char>(w[k])); };
  if (w.empty()) any_ = true;
  else if (w.size() == 1) one_[u(0)] = true;
  else if (w.size() == 2) set(two_, u(0) | u(1) << 8);
  else set(three_, hash3(u(0), u(1), u(2)));
}

}  // namespace claimcheck::parser
