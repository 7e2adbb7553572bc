#pragma once
// The lexicon: every word list and rule table the pipeline uses, loaded at start-up from
// plain TSV files in grammars/, so that new vocabulary needs no rebuild.
//
// Rules of the file format:
//  1. One row per line, columns separated by TAB; trailing CR is dropped.
//  2. Blank lines and lines whose first non-blank character is '#' are ignored.
//  3. A table is named after its file: grammars/qualifiers.tsv is table "qualifiers".
//  4. Each stage checks the rows it reads and reports a bad row as {file, line, message}.

#include <cstddef>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct lexicon_row {
  /// column i, or "" when the row is shorter
  std::string const& at(std::size_t i) const noexcept {
    return i < size ? (i < inline_cols ? first[i] : more[i - inline_cols]) : empty_col;
  }
  std::size_t line = 0;
  // (the first columns held in the row, the rest after them: the tables have up to four
  // columns, so a row is read without an allocation of its own)
  static constexpr std::size_t inline_cols = 4;
  std::size_t size = 0;  ///< the row's column count
  std::string first[inline_cols];
  std::vector<std::string> more;
  static inline std::string const empty_col{};
};

struct lexicon_table {
  std::string file;
  std::vector<lexicon_row> rows;
};

/// A bad lexicon line: fatal at start-up (the message names file and line).
struct lexicon_error : std::runtime_error {
  lexicon_error(std::string file, std::size_t line, std::string const& message);
  std::string file;
  std::size_t line;
};

class lexicon {
 public:
  /// Loads every *.tsv in `dir`. Throws lexicon_error on unreadable files.
  static lexicon load(std::filesystem::path const& dir);
  /// The grammars directory to use: $CLAIMCHECK_GRAMMARS, then the installed data dir,
  /// then the source tree's grammars/ (for running from a build directory).
  static std::filesystem::path default_dir();

  /// The named table; an empty table when the file does not exist.
  lexicon_table const& table(std::string_view name) const;
  bool has(std::string_view name) const;
  std::filesystem::path const& dir() const { return dir_; }

  /// Throws lexicon_error for `row` of `table` with `message`.
  [[noreturn]] void fail(lexicon_table const& table, lexicon_row const& row, std::string const& message) const;

 private:
  std::filesystem::path dir_;
  std::map<std::string, lexicon_table, std::less<>> tables_;
};

}  // namespace claimcheck
