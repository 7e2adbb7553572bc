#include "claimcheck/lexicon/lexicon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace claimcheck {
namespace fs = std::filesystem;

std::string const& lexicon_row::at(std::size_t i) const {
  static std::string const empty;
  return i < cols.size() ? cols[i] : empty;
}

lexicon_error::lexicon_error(std::string f, std::size_t l, std::string const& message)
    : std::runtime_error(fmt::format("{}:{}: {}", f, l, message)), file(std::move(f)), line(l) {}

namespace {

// (the file read whole, in one read, and its lines split in memory: no stream, no getline
// per line; the rows and each row's columns reserved at their counts)
lexicon_table read_table(fs::path const& path) {
  std::string const name = path.string();
  std::FILE* const f = std::fopen(name.c_str(), "rb");
  if (!f) throw lexicon_error(name, 0, "cannot open lexicon file");
  std::string data;
  char chunk[16384];
  for (std::size_t got; (got = std::fread(chunk, 1, sizeof chunk, f)) > 0;) data.append(chunk, got);
  std::fclose(f);
  lexicon_table t;
  t.file = name;
  char const* const bytes = data.data();
  std::size_t const size = data.size();
  t.rows.reserve(static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n')) + 1);
  thread_local std::vector<std::size_t> tabs;  // (a line's tabs, kept from line to line)
  std::size_t n = 0;
  for (std::size_t at = 0; at < size;) {
    // (one line as getline gives it: up to a newline, which a last line need not have)
    char const* const line = bytes + at;
    auto const* const nl = static_cast<char const*>(std::memchr(line, '\n', size - at));
    std::size_t len = nl ? static_cast<std::size_t>(nl - line) : size - at;
    at += len + 1;
    ++n;
    if (len > 0 && line[len - 1] == '\r') --len;
    std::size_t first = 0;
    while (first < len && (line[first] == ' ' || line[first] == '\t')) ++first;
    if (first == len || line[first] == '#') continue;
    // (the columns between the tabs, found in one pass over the line)
    tabs.clear();
    for (std::size_t j = 0; j < len; ++j)
      if (line[j] == '\t') tabs.push_back(j);
    lexicon_row& row = t.rows.emplace_back();
    row.line = n;
    row.cols.reserve(tabs.size() + 1);
    std::size_t start = 0;
    for (std::size_t const tab : tabs) {
      row.cols.emplace_back(line + start, tab - start);
      start = tab + 1;
    }
    row.cols.emplace_back(line + start, len - start);
  }
  return t;
}

}  // namespace

lexicon lexicon::load(fs::path const& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw lexicon_error(dir.string(), 0, "grammars directory not found");
  lexicon lex;
  lex.dir_ = dir;
  // (the files' names sorted as strings: in one directory that is the order of their paths,
  // without a path's compare per step)
  std::vector<std::string> files;
  for (auto const& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  for (auto const& f : files) lex.tables_.emplace(f.substr(0, f.size() - 4), read_table(dir / f));
  return lex;
}

fs::path lexicon::default_dir() {
  if (char const* env = std::getenv("CLAIMCHECK_GRAMMARS"); env && *env) return env;
  std::error_code ec;
  // Next to an installed binary: <prefix>/bin/claimcheck -> <prefix>/share/claimcheck/grammars
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share" / "claimcheck" / "grammars";
    if (fs::is_directory(installed, ec)) return installed;
  }
  // A build-tree binary reads the source tree's grammars, so edits take effect without install.
  if (fs::is_directory(CLAIMCHECK_SOURCE_GRAMMARS, ec)) return CLAIMCHECK_SOURCE_GRAMMARS;
  return CLAIMCHECK_INSTALL_GRAMMARS;
}

lexicon_table const& lexicon::table(std::string_view name) const {
  static lexicon_table const empty;
  auto it = tables_.find(name);
  return it == tables_.end() ? empty : it->second;
}

bool lexicon::has(std::string_view name) const { return tables_.find(name) != tables_.end(); }

void lexicon::fail(lexicon_table const& table, lexicon_row const& row, std::string const& message) const {
  throw lexicon_error(table.file, row.line, message);
}

}  // namespace claimcheck
