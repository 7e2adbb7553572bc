#include "claimcheck/lexicon/lexicon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace claimcheck {
namespace fs = std::filesystem;

lexicon_error::lexicon_error(std::string f, std::size_t l, std::string const& message)
    : std::runtime_error(fmt::format("{}:{}: {}", f, l, message)), file(std::move(f)), line(l) {}

namespace {

// (the file read whole, in one read of its size, and its lines split in memory: no stream, no
// getline per line; a line's columns found with memchr and held in its row, see lexicon_row)
lexicon_table read_table(fs::path const& path) {
  std::string const name = path.string();
  std::FILE* const f = std::fopen(name.c_str(), "rb");
  if (!f) throw lexicon_error(name, 0, "cannot open lexicon file");
  std::string data;
  {
    if (std::fseek(f, 0, SEEK_END) == 0) {
      long const want = std::ftell(f);
      if (want > 0) data.resize(static_cast<std::size_t>(want));
      std::rewind(f);
    }
    std::size_t const got = data.empty() ? 0 : std::fread(data.data(), 1, data.size(), f);
    data.resize(got);
    char chunk[16384];  // (a file that grew since, or whose size was not known)
    for (std::size_t more; (more = std::fread(chunk, 1, sizeof chunk, f)) > 0;) data.append(chunk, more);
  }
  std::fclose(f);
  lexicon_table t;
  t.file = name;
  char const* const bytes = data.data();
  std::size_t const size = data.size();
  {
    // (the lines counted with memchr: std::count's vector loop cost ~3 instructions a byte)
    std::size_t lines = 1;
    for (char const* p = bytes; (p = static_cast<char const*>(std::memchr(p, '\n', size - static_cast<std::size_t>(p - bytes))));
         ++p)
      ++lines;
    t.rows.reserve(lines);
  }
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
    lexicon_row& row = t.rows.emplace_back();
    row.line = n;
    auto add = [&row](char const* p, std::size_t k) {
      if (row.size < lexicon_row::inline_cols) row.first[row.size].assign(p, k);
      else row.more.emplace_back(p, k);
      ++row.size;
    };
    char const* p = line;
    char const* const end = line + len;
    for (char const* tab; (tab = static_cast<char const*>(std::memchr(p, '\t', static_cast<std::size_t>(end - p))));) {
      add(p, static_cast<std::size_t>(tab - p));
      p = tab + 1;
    }
    add(p, static_cast<std::size_t>(end - p));
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
