#include "claimcheck/feed/reader.hpp"

#include "claimcheck/text/utf8.hpp"
#include "claims/json_object.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

namespace claimcheck::feed {
namespace fs = std::filesystem;
namespace json = boost::json;

std::string diagnostic::to_string() const {
  return line ? fmt::format("{}:{}: {}", file, line, reason) : fmt::format("{}: {}", file, reason);
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

enum class kind { jsonl, text, html, unknown };

kind kind_from_name(std::string_view name) {
  auto n = lower(name);
  if (ends_with(n, ".gz")) n.resize(n.size() - 3);
  if (ends_with(n, ".jsonl") || ends_with(n, ".ndjson")) return kind::jsonl;
  if (ends_with(n, ".txt") || ends_with(n, ".md")) return kind::text;
  if (ends_with(n, ".html") || ends_with(n, ".htm")) return kind::html;
  return kind::unknown;
}

// Content sniffing for files whose extension says nothing.
kind kind_from_content(std::string_view data) {
  std::size_t i = 0;
  while (i < data.size() && std::isspace(static_cast<unsigned char>(data[i]))) ++i;
  if (i < data.size() && data[i] == '{') return kind::jsonl;
  if (i < data.size() && data[i] == '<') return kind::html;
  // Text when there are no NUL bytes and few control characters in the first 4 KiB.
  std::size_t n = std::min<std::size_t>(data.size(), 4096), ctrl = 0;
  for (std::size_t k = 0; k < n; ++k) {
    auto c = static_cast<unsigned char>(data[k]);
    if (c == 0) return kind::unknown;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++ctrl;
  }
  return ctrl * 20 > n ? kind::unknown : kind::text;
}

bool is_gzip(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f && static_cast<unsigned char>(data[1]) == 0x8b;
}

// Inflates a whole gzip buffer (concatenated members allowed). Throws on truncation/corruption.
std::string gunzip(std::string_view in) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) throw std::runtime_error("cannot initialise zlib");
  std::string out;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 16];
  int ret = Z_OK;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    ret = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (ret == Z_STREAM_END) {
      if (zs.avail_in == 0) break;
      inflateReset(&zs);  // next gzip member
      continue;
    }
    if (ret != Z_OK) break;
    if (zs.avail_in == 0 && zs.avail_out != 0) {
      ret = Z_BUF_ERROR;
      break;
    }
  }
  inflateEnd(&zs);
  if (ret != Z_STREAM_END) throw std::runtime_error(ret == Z_BUF_ERROR ? "truncated gzip data" : "corrupt gzip data");
  return out;
}

std::string const* first_string(json::object const& o, std::initializer_list<std::string_view> keys,
                                 std::string_view& bad_key, std::string& storage) {
  for (auto k : keys) {
    auto const* v = o.if_contains(k);
    if (!v || v->is_null()) continue;
    if (v->is_string()) {
      storage.assign(v->get_string().data(), v->get_string().size());
      return &storage;
    }
    if (v->is_int64() || v->is_uint64()) {  // numeric ids are common in crawls
      storage = v->is_int64() ? std::to_string(v->get_int64()) : std::to_string(v->get_uint64());
      return &storage;
    }
    bad_key = k;
    return nullptr;
  }
  return nullptr;
}

// Front matter: "key: value" lines between two "---" lines at the very start.
void read_front_matter(std::string_view& body, article& a, std::size_t& lines_consumed) {
  lines_consumed = 0;
  auto starts = body.substr(0, 4);
  if (!(starts == "---\n" || body.substr(0, 5) == "---\r\n")) return;
  std::size_t pos = body.find('\n') + 1;
  std::size_t n = 1;
  while (pos < body.size()) {
    auto eol = body.find('\n', pos);
    auto line = body.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++n;
    pos = eol == std::string_view::npos ? body.size() : eol + 1;
    if (line == "---") {
      body = body.substr(pos);
      lines_consumed = n;
      return;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    auto key = lower(line.substr(0, colon));
    auto val = line.substr(colon + 1);
    while (!val.empty() && (val.front() == ' ' || val.front() == '\t')) val.remove_prefix(1);
    while (!val.empty() && (val.back() == ' ' || val.back() == '\t')) val.remove_suffix(1);
    if (val.size() >= 2 && (val.front() == '"' || val.front() == '\'') && val.back() == val.front())
      val = val.substr(1, val.size() - 2);
    std::string v(val);
    if (key == "id") a.id = v;
    else if (key == "published" || key == "date" || key == "date_publish") a.published = normalize_date(v);
    else if (key == "source" || key == "outlet" || key == "site" || key == "sitename" || key == "source_domain" ||
             key == "hostname")
      a.source = v;
    else if (key == "url") a.url = v;
    else if (key == "title") a.title = v;
  }
  // No closing "---": not front matter after all.
}

// When a plain-text article has no publication date, look for a "Published on: <date>" line.
void date_from_dateline(article& a) {
  if (!a.published.empty()) return;
  auto pos = a.text.find("Published");
  while (pos != std::string::npos) {
    std::string_view rest(a.text);
    rest = rest.substr(pos + 9, 80);
    std::size_t i = 0;
    auto skip = [&] {
      while (i < rest.size() && (std::isspace(static_cast<unsigned char>(rest[i])) || rest[i] == ':')) ++i;
    };
    skip();
    if (rest.substr(i, 3) == "on ") i += 3;
    if (rest.substr(i, 3) == "on:") i += 3;
    skip();
    auto d = normalize_date(rest.substr(i, rest.find('\n', i) == std::string_view::npos ? std::string_view::npos
                                                                                        : rest.find('\n', i) - i));
    if (!d.empty()) {
      a.published = d;
      return;
    }
    pos = a.text.find("Published", pos + 9);
  }
}

struct reader {
  callbacks const& cb;
  read_stats& stats;

  void skip(std::string const& file, std::size_t line, std::string reason) {
    ++stats.skipped;
    if (cb.on_diagnostic) cb.on_diagnostic({file, line, std::move(reason)});
  }

  void deliver(article&& a) {
    ++stats.articles;
    if (cb.on_article) cb.on_article(std::move(a));
  }

  void read_jsonl(std::string const& name, std::string_view data) {
    std::size_t line_no = 0, pos = 0;
    json::stream_parser p;
    while (pos < data.size()) {
      auto eol = data.find('\n', pos);
      auto line = data.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
      pos = eol == std::string_view::npos ? data.size() : eol + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      read_json_line(name, line_no, line, p);
    }
  }

  void read_json_line(std::string const& name, std::size_t line_no, std::string_view line, json::stream_parser& p) {
    boost::system::error_code ec;
    p.reset();
    p.write(line.data(), line.size(), ec);
    if (!ec) p.finish(ec);
    if (ec) {
      skip(name, line_no, fmt::format("malformed JSON: {}", ec.message()));
      return;
    }
    auto v = p.release();
    if (!v.is_object()) {
      skip(name, line_no, "expected a JSON object");
      return;
    }
    auto const& o = v.get_object();
    if (auto const* t = o.if_contains("type"); t && t->is_string() && t->get_string() == "claim") {
      std::string err;
      auto c = claims::claim_from_json_object(o, err);
      if (!c) {
        skip(name, line_no, fmt::format("bad claim record: {}", err));
        return;
      }
      ++stats.claims;
      if (cb.on_claim) cb.on_claim(std::move(*c));
      return;
    }
    article a;
    std::string_view bad;
    std::string tmp;
    auto const* text = first_string(o, {"text", "content", "body", "maintext"}, bad, tmp);
    if (!text) {
      skip(name, line_no,
           bad.empty() ? std::string("missing field \"text\"") : fmt::format("field \"{}\" must be a string", bad));
      return;
    }
    a.text = text::repair_utf8(*text);
    auto field = [&](std::initializer_list<std::string_view> keys, std::string& dst) -> bool {
      std::string_view b;
      std::string s;
      if (auto const* v = first_string(o, keys, b, s)) {
        dst = text::repair_utf8(*v);
      } else if (!b.empty()) {
        skip(name, line_no, fmt::format("field \"{}\" must be a string", b));
        return false;
      }
      return true;
    };
    if (!field({"id"}, a.id) || !field({"source", "outlet", "site", "sitename", "source_domain", "hostname"}, a.source) ||
        !field({"url"}, a.url) || !field({"title"}, a.title))
      return;
    std::string published;
    if (!field({"published", "date", "date_publish"}, published)) return;
    if (!published.empty()) {
      a.published = normalize_date(published);
      if (a.published.empty()) {
        skip(name, line_no, fmt::format("\"published\" is not an ISO 8601 date: \"{}\"", published));
        return;
      }
    }
    if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      skip(name, line_no, "empty \"text\"");
      return;
    }
    if (a.id.empty()) a.id = fmt::format("{}:{}", name, line_no);
    a.file = name;
    a.line = line_no;
    deliver(std::move(a));
  }

  void read_text(std::string const& name, std::string_view data) {
    article a;
    std::size_t consumed = 0;
    read_front_matter(data, a, consumed);
    a.text = text::repair_utf8(data);
    if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      skip(name, 0, "empty article");
      return;
    }
    date_from_dateline(a);
    if (a.id.empty()) a.id = fs::path(name).filename().string();
    a.file = name;
    a.line = consumed + 1;
    deliver(std::move(a));
  }

  void read_html(std::string const& name, std::string_view data) {
    article a = article_from_html(text::repair_utf8(data));
    if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      skip(name, 0, "no visible text in HTML");
      return;
    }
    if (a.id.empty()) a.id = fs::path(name).filename().string();
    a.file = name;
    a.line = 1;
    deliver(std::move(a));
  }

  void read(std::string const& name, std::string_view raw) {
    stats.bytes += raw.size();
    std::string inflated;
    std::string_view data = raw;
    if (is_gzip(raw)) {
      try {
        inflated = gunzip(raw);
      } catch (std::exception const& e) {
        skip(name, 0, e.what());
        return;
      }
      data = inflated;
    } else if (ends_with(lower(name), ".gz")) {
      skip(name, 0, "not gzip data");
      return;
    }
    if (data.empty()) {
      skip(name, 0, "empty file");
      return;
    }
    auto k = kind_from_name(name);
    if (k == kind::unknown) k = kind_from_content(data);
    switch (k) {
      case kind::jsonl: read_jsonl(name, data); break;
      case kind::text: read_text(name, data); break;
      case kind::html: read_html(name, data); break;
      case kind::unknown: skip(name, 0, "not a recognised article format (binary data?)"); break;
    }
  }
};

bool slurp(std::istream& in, std::string& out) {
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

void read_buffer(std::string const& name, std::string_view data, callbacks const& cb, read_stats& stats) {
  reader r{cb, stats};
  ++stats.files;
  r.read(name, data);
}

read_stats read_inputs(std::vector<std::string> const& inputs, callbacks const& cb) {
  read_stats stats;
  reader r{cb, stats};
  std::vector<std::string> in = inputs.empty() ? std::vector<std::string>{"-"} : inputs;

  auto read_file = [&](fs::path const& p) {
    std::ifstream f(p, std::ios::binary);
    std::string name = p.string();
    if (!f) {
      ++stats.files;
      r.skip(name, 0, fmt::format("cannot open: {}", std::strerror(errno)));
      return;
    }
    std::string data;
    if (!slurp(f, data)) {
      ++stats.files;
      r.skip(name, 0, "read error");
      return;
    }
    ++stats.files;
    r.read(name, data);
  };

  for (auto const& input : in) {
    if (input == "-") {
      std::string data;
      slurp(std::cin, data);
      ++stats.files;
      stats.bytes += data.size();
      std::string inflated;
      std::string_view view = data;
      if (is_gzip(data)) {
        try {
          inflated = gunzip(data);
          view = inflated;
        } catch (std::exception const& e) {
          r.skip("-", 0, e.what());
          continue;
        }
      }
      r.read_jsonl("-", view);
      continue;
    }
    std::error_code ec;
    fs::path p(input);
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      ++stats.files;
      r.skip(input, 0, "no such file or directory");
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> files;
      std::set<fs::path> seen_dirs;
      // Recursive walk that follows directory symlinks but never enters a directory twice.
      std::vector<fs::path> stack{p};
      while (!stack.empty()) {
        auto dir = stack.back();
        stack.pop_back();
        auto canon = fs::canonical(dir, ec);
        if (ec || !seen_dirs.insert(canon).second) {
          if (!ec) {
            ++stats.skipped;
            if (cb.on_diagnostic) cb.on_diagnostic({dir.string(), 0, "directory already visited (symlink loop?)"});
          }
          continue;
        }
        fs::directory_iterator it(dir, ec), end;
        if (ec) {
          ++stats.skipped;
          if (cb.on_diagnostic) cb.on_diagnostic({dir.string(), 0, fmt::format("cannot list: {}", ec.message())});
          continue;
        }
        for (; it != end; it.increment(ec)) {
          if (ec) break;
          auto const& e = *it;
          std::error_code ec2;
          if (e.is_directory(ec2)) {
            stack.push_back(e.path());
          } else if (e.is_regular_file(ec2) || e.is_symlink(ec2)) {
            auto name = e.path().filename().string();
            if (!name.empty() && name[0] == '.') continue;  // hidden files
            files.push_back(e.path());
          }
        }
      }
      std::sort(files.begin(), files.end());
      for (auto const& f : files) read_file(f);
    } else {
      read_file(p);
    }
  }
  return stats;
}

std::string normalize_date(std::string_view s) {
  // YYYY-MM-DD (optionally followed by a time), or a written date such as "April 9, 2024".
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  if (digits(0, 4) && s.size() >= 10 && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2)) {
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31) return {};
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't') return {};
    return std::string(s.substr(0, 10));
  }
  static constexpr std::string_view months[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
  auto l = lower(s.substr(0, 40));
  for (int m = 0; m < 12; ++m) {
    auto const& name = months[m];
    if (l.compare(0, 3, name.substr(0, 3)) != 0) continue;
    std::size_t i = 0;
    while (i < l.size() && std::isalpha(static_cast<unsigned char>(l[i]))) ++i;
    if (l.substr(0, i) != name && l.substr(0, i) != name.substr(0, 3) && l.substr(0, i) != name.substr(0, 4)) continue;
    if (i < l.size() && l[i] == '.') ++i;
    while (i < l.size() && l[i] == ' ') ++i;
    int day = 0;
    while (i < l.size() && std::isdigit(static_cast<unsigned char>(l[i]))) day = day * 10 + (l[i++] - '0');
    if (i < l.size() && l[i] == ',') ++i;
    while (i < l.size() && l[i] == ' ') ++i;
    int year = 0, nd = 0;
    while (i < l.size() && std::isdigit(static_cast<unsigned char>(l[i])) && nd < 5) {
      year = year * 10 + (l[i++] - '0');
      ++nd;
    }
    if (day < 1 || day > 31 || nd != 4) return {};
    return fmt::format("{:04}-{:02}-{:02}", year, m + 1, day);
  }
  return {};
}

}  // namespace claimcheck::feed
