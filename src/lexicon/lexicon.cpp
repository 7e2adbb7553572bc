#include "claimcheck/lexicon/lexicon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace claimcheck {
namespace fs = std::filesystem;

std::string const& lexicon_row::at(std::size_t i) const {
  static std::string const empty;
  return i < cols.size() ? cols[i] : empty;
}

lexicon_error::lexicon_error(std::string f, std::size_t l, std::string const& message)
    : std::runtime_error(fmt::format("{}:{}: {}", f, l, message)), file(std::move(f)), line(l) {}

namespace {

lexicon_table read_table(fs::path const& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw lexicon_error(path.string(), 0, "cannot open lexicon file");
  lexicon_table t;
  t.file = path.string();
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    lexicon_row row;
    row.line = n;
    std::size_t start = 0;
    while (true) {
      auto tab = line.find('\t', start);
      row.cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

lexicon lexicon::load(fs::path const& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw lexicon_error(dir.string(), 0, "grammars directory not found");
  lexicon lex;
  lex.dir_ = dir;
  std::vector<fs::path> files;
  for (auto const& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (auto const& f : files) lex.tables_.emplace(f.stem().string(), read_table(f));
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
