// Feed readers. Bytes come from a `source` (a file descriptor, memory, or gzip over either),
// so JSON Lines stream in fixed-size chunks: only the current line is ever held in memory.
// Whole-document formats (.txt .md .html) are read into one string, bounded by
// read_options::max_record_bytes.

#include "claimcheck/feed/reader.hpp"

#include "claimcheck/out_buffer.hpp"
#include "claimcheck/text/utf8.hpp"
#include "claims/json_object.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <unistd.h>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::feed {
namespace fs = std::filesystem;
namespace json = boost::json;

std::string diagnostic::to_string() const {
  return line ? fmt::format("{}:{}: {}", file, line, reason) : fmt::format("{}: {}", file, reason);
}

namespace {

constexpr std::size_t chunk_size = std::size_t{1} << 20;  // read granularity
constexpr std::size_t sniff_size = 4096;                  // bytes looked at to guess a format

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// strerror text in the project's message style (lowercase first letter).
std::string errno_text(int e) {
  std::string s = std::strerror(e);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

std::string lowercase_first(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Valid UTF-8 is copied as is (the common case: one copy); anything else is repaired.
std::string clean_utf8(std::string_view s) {
  return text::is_valid_utf8(s) ? std::string(s) : text::repair_utf8(s);
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

// True when the first bytes do not look like text: more than 1 in 20 of them are NUL or other
// control characters than the usual whitespace. (A stray NUL in text is only replaced.)
bool looks_binary(std::string_view head) {
  std::size_t n = std::min(head.size(), sniff_size), ctrl = 0;
  for (std::size_t k = 0; k < n; ++k) {
    auto c = static_cast<unsigned char>(head[k]);
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f) ++ctrl;
  }
  return ctrl * 20 > std::max<std::size_t>(n, 64);  // tiny files: a few stray bytes are not binary
}

// Content sniffing for files whose extension says nothing.
kind kind_from_content(std::string_view head) {
  std::size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && head[i] == '{') return kind::jsonl;
  if (i < head.size() && head[i] == '<') return kind::html;
  return looks_binary(head) ? kind::unknown : kind::text;
}

// ---------------------------------------------------------------------------------------
// Byte sources. read() returns 0 at the end and throws read_error on failure.

struct read_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class source {
 public:
  virtual ~source() = default;
  virtual std::size_t read(char* out, std::size_t n) = 0;
};

class memory_source final : public source {
 public:
  explicit memory_source(std::string_view data) : data_(data) {}
  std::size_t read(char* out, std::size_t n) override {
    n = std::min(n, data_.size());
    std::memcpy(out, data_.data(), n);
    data_.remove_prefix(n);
    return n;
  }

 private:
  std::string_view data_;
};

class fd_source final : public source {
 public:
  explicit fd_source(int fd) : fd_(fd) {}
  std::size_t read(char* out, std::size_t n) override {
    while (true) {
      auto got = ::read(fd_, out, n);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno != EINTR) throw read_error(fmt::format("read error: {}", errno_text(errno)));
    }
  }

 private:
  int fd_;
};

// A source that can show its first bytes before they are consumed.
class lookahead final : public source {
 public:
  explicit lookahead(source& in) : in_(in) {}

  /// Up to `n` first bytes (fewer only at the end of the input).
  std::string_view peek(std::size_t n) {
    while (head_.size() - pos_ < n && !eof_) {
      auto old = head_.size();
      head_.resize(old + std::max<std::size_t>(n - (old - pos_), 1));
      std::size_t got = 0;
      try {
        got = in_.read(head_.data() + old, head_.size() - old);
      } catch (read_error const& e) {  // report it where the reader gets to it, not here
        error_ = e.what();
      }
      head_.resize(old + got);
      if (got == 0) eof_ = true;
    }
    return std::string_view(head_).substr(pos_, n);
  }

  void skip(std::size_t n) { pos_ += std::min(n, head_.size() - pos_); }

  std::size_t read(char* out, std::size_t n) override {
    if (pos_ < head_.size()) {
      n = std::min(n, head_.size() - pos_);
      std::memcpy(out, head_.data() + pos_, n);
      pos_ += n;
      if (pos_ == head_.size()) {
        head_.clear();
        head_.shrink_to_fit();
        pos_ = 0;
      }
      return n;
    }
    if (!error_.empty()) throw read_error(error_);
    return eof_ ? 0 : in_.read(out, n);
  }

 private:
  source& in_;
  std::string head_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::string error_;  ///< a read error met while peeking, thrown once the head is consumed
};

// Inflates gzip data in chunks. Concatenated members are one stream (as gzip -d reads them);
// bytes after a complete member that are not another member are ignored, as gzip does.
class gzip_source final : public source {
 public:
  explicit gzip_source(source& in) : in_(in), inbuf_(std::make_unique<char[]>(in_size)) {
    if (inflateInit2(&zs_, 15 + 32) != Z_OK) throw read_error("cannot initialise zlib");
  }
  gzip_source(gzip_source const&) = delete;
  gzip_source& operator=(gzip_source const&) = delete;
  ~gzip_source() override { inflateEnd(&zs_); }

  std::size_t read(char* out, std::size_t n) override {
    if (done_ || n == 0) return 0;
    zs_.next_out = reinterpret_cast<Bytef*>(out);
    zs_.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
    uInt const want = zs_.avail_out;
    while (zs_.avail_out == want) {
      if (zs_.avail_in == 0 && !in_eof_) {
        auto got = in_.read(inbuf_.get(), in_size);
        if (got == 0) in_eof_ = true;
        zs_.next_in = reinterpret_cast<Bytef*>(inbuf_.get());
        zs_.avail_in = static_cast<uInt>(got);
      }
      if (zs_.avail_in == 0 && in_eof_) {
        if (in_member_) throw read_error("truncated gzip data");
        done_ = true;
        break;
      }
      in_member_ = true;
      int ret = inflate(&zs_, Z_NO_FLUSH);
      if (ret == Z_STREAM_END) {
        in_member_ = false;
        ++members_;
        inflateReset(&zs_);
      } else if (ret == Z_DATA_ERROR && members_ > 0 && zs_.total_out == 0) {
        done_ = true;  // trailing garbage after the last member
        in_member_ = false;
        break;
      } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
        throw read_error(fmt::format("corrupt gzip data: {}", zs_.msg ? zs_.msg : zError(ret)));
      }
    }
    return want - zs_.avail_out;
  }

 private:
  static constexpr std::size_t in_size = std::size_t{1} << 16;
  source& in_;
  std::unique_ptr<char[]> inbuf_;
  z_stream zs_{};
  bool in_eof_ = false, in_member_ = false, done_ = false;
  std::size_t members_ = 0;
};

// Reads everything, failing when it exceeds `limit` bytes.
std::string read_all(source& in, std::size_t limit) {
  std::string out;
  while (true) {
    auto old = out.size();
    std::size_t want = std::min(chunk_size, limit + 1 - std::min(limit + 1, old));
    if (want == 0) throw read_error(fmt::format("file is larger than the limit of {} bytes", limit));
    out.resize(old + want);
    auto got = in.read(out.data() + old, want);
    out.resize(old + got);
    if (got == 0) return out;
  }
}

// ---------------------------------------------------------------------------------------
// Field access.

struct field_result {
  std::string_view value;  ///< empty when absent
  std::string_view bad;    ///< the alias that has the wrong type, when one has
};

using key_list = std::span<std::string_view const>;
constexpr std::string_view text_keys[] = {"text", "content", "body", "maintext"};
constexpr std::string_view date_keys[] = {"published", "date", "date_publish"};
constexpr std::string_view source_keys[] = {"source", "outlet", "site", "sitename", "source_domain", "hostname"};
constexpr std::string_view id_keys[] = {"id"};
constexpr std::string_view url_keys[] = {"url"};
constexpr std::string_view title_keys[] = {"title"};

// One field of a JSON Lines record, as the article reader needs it.
struct field_value {
  enum kind_t { absent, null, string, int64, uint64, other } kind = absent;
  std::string_view str;  ///< with kind string
  std::int64_t i = 0;    ///< with kind int64
  std::uint64_t u = 0;   ///< with kind uint64
};

// A record parsed by boost::json.
struct boost_fields {
  json::object const& o;
  field_value get(std::string_view key) const {
    auto const* v = o.if_contains(key);
    if (!v) return {};
    if (v->is_null()) return {field_value::null};
    if (v->is_string()) return {field_value::string, std::string_view(v->get_string().data(), v->get_string().size())};
    if (v->is_int64()) return {field_value::int64, {}, v->get_int64()};
    if (v->is_uint64()) return {field_value::uint64, {}, 0, v->get_uint64()};
    return {field_value::other};
  }
};

// The common JSON Lines record, parsed without boost::json: one object whose values are all
// strings or null, each key once. parse() says false for anything else (numbers, booleans,
// arrays, nested objects, a \u escape, a control byte in a string, a repeated key, malformed
// text), and the caller then parses the line with boost::json, so every record reads as
// boost::json reads it (bytes that are not UTF-8 are taken as they are, as with
// allow_invalid_utf8). Unescaped strings are views of the line; escaped ones are decoded into
// a buffer reserved at the line's size, so the views stay valid.
class flat_record {
 public:
  bool parse(std::string_view line) {
    fields_.clear();
    decoded_.clear();
    decoded_.reserve(line.size());
    char const* p = line.data();
    char const* const end = p + line.size();
    p = skip_ws(p, end);
    if (p == end || *p != '{') return false;
    p = skip_ws(p + 1, end);
    if (p != end && *p == '}') return skip_ws(p + 1, end) == end;
    while (true) {
      entry e;
      if (p == end || *p != '"' || !(p = read_string(p + 1, end, e.key))) return false;
      p = skip_ws(p, end);
      if (p == end || *p != ':') return false;
      p = skip_ws(p + 1, end);
      if (p == end) return false;
      if (*p == '"') {
        if (!(p = read_string(p + 1, end, e.value))) return false;
      } else if (end - p >= 4 && std::memcmp(p, "null", 4) == 0) {
        e.null = true;
        p += 4;
      } else {
        return false;
      }
      for (auto const& f : fields_)
        if (f.key == e.key) return false;
      fields_.push_back(e);
      p = skip_ws(p, end);
      if (p == end) return false;
      if (*p == '}') return skip_ws(p + 1, end) == end;
      if (*p != ',') return false;
      p = skip_ws(p + 1, end);
    }
  }
  field_value get(std::string_view key) const {
    for (auto const& f : fields_)
      if (f.key == key) return f.null ? field_value{field_value::null} : field_value{field_value::string, f.value};
    return {};
  }

 private:
  struct entry {
    std::string_view key, value;
    bool null = false;
  };
  static char const* skip_ws(char const* p, char const* end) {
    while (p != end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
    return p;
  }
  // The string whose opening quote is before p; returns the position after its closing quote,
  // or nullptr when the fast reader does not take it.
  char const* read_string(char const* p, char const* end, std::string_view& out) {
    char const* const start = p;
    p = scan(p, end);
    if (p == end) return nullptr;
    if (*p == '"') {  // no escape: a view of the line
      out = std::string_view(start, static_cast<std::size_t>(p - start));
      return p + 1;
    }
    std::size_t const at = decoded_.size();
    decoded_.append(start, p);
    while (true) {
      if (static_cast<unsigned char>(*p) < 0x20 || p + 1 == end) return nullptr;  // a control byte, or '\' last
      if (*p == '"') break;
      char c;
      switch (p[1]) {
        case '"': c = '"'; break;
        case '\\': c = '\\'; break;
        case '/': c = '/'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        default: return nullptr;  // \u (surrogates and all) and bad escapes: boost::json decides
      }
      decoded_.push_back(c);
      char const* const run = p + 2;
      p = scan(run, end);
      if (p == end) return nullptr;
      decoded_.append(run, p);
    }
    out = std::string_view(decoded_.data() + at, decoded_.size() - at);
    return p + 1;
  }
  // The first '"', '\\' or control byte at or after p (end when none).
  static char const* scan(char const* p, char const* end) {
#if defined(__SSE2__)
    while (end - p >= 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
      __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // unsigned v <= 0x1F
      __m128i esc = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
      if (auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ctl, esc)))) return p + __builtin_ctz(m);
      p += 16;
    }
#endif
    while (p != end) {
      auto c = static_cast<unsigned char>(*p);
      if (c == '"' || c == '\\' || c < 0x20) return p;
      ++p;
    }
    return p;
  }

  std::vector<entry> fields_;
  std::string decoded_;
};

// The first alias present (and not null). Strings are taken as they are; integers only when
// `numbers` is set (numeric ids are common in crawls).
template <class Fields>
field_result first_string(Fields const& o, key_list keys, std::string& storage, bool numbers = false) {
  for (auto k : keys) {
    auto const v = o.get(k);
    if (v.kind == field_value::absent || v.kind == field_value::null) continue;
    if (v.kind == field_value::string) return {v.str, {}};
    if (numbers && (v.kind == field_value::int64 || v.kind == field_value::uint64)) {
      storage = v.kind == field_value::int64 ? std::to_string(v.i) : std::to_string(v.u);
      return {storage, {}};
    }
    return {{}, k};
  }
  return {};
}

bool is_key(std::string_view key, key_list keys) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Front matter: "key: value" lines between two "---" lines at the very start. On success
// `body` is what follows the closing line and `lines_consumed` counts the lines before it.
// Returns a diagnostic reason (and its line) when a value is unusable.
std::string read_front_matter(std::string_view& body, article& a, std::size_t& lines_consumed,
                              std::size_t& bad_line) {
  lines_consumed = 0;
  if (!(body.substr(0, 4) == "---\n" || body.substr(0, 5) == "---\r\n")) return {};
  article fm;
  std::string bad;
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
      a = std::move(fm);
      return bad;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    auto key = lower(line.substr(0, colon));
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.pop_back();
    auto val = line.substr(colon + 1);
    while (!val.empty() && (val.front() == ' ' || val.front() == '\t')) val.remove_prefix(1);
    while (!val.empty() && (val.back() == ' ' || val.back() == '\t')) val.remove_suffix(1);
    if (val.size() >= 2 && (val.front() == '"' || val.front() == '\'') && val.back() == val.front())
      val = val.substr(1, val.size() - 2);
    std::string v = clean_utf8(val);
    if (key == "id") {
      fm.id = v;
    } else if (is_key(key, date_keys)) {
      fm.published = normalize_date(v);
      if (fm.published.empty() && !v.empty() && bad.empty()) {
        bad = fmt::format("\"{}\" is not an ISO 8601 date: \"{}\"", key, v);
        bad_line = n;
      }
    } else if (is_key(key, source_keys)) {
      fm.source = v;
    } else if (key == "url") {
      fm.url = v;
    } else if (key == "title") {
      fm.title = v;
    }
  }
  return {};  // no closing "---": not front matter after all
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
    if (rest.substr(i, 3) == "on " || rest.substr(i, 3) == "on:") i += 3;
    skip();
    auto eol = rest.find('\n', i);
    auto d = normalize_date(rest.substr(i, eol == std::string_view::npos ? std::string_view::npos : eol - i));
    if (!d.empty()) {
      a.published = d;
      return;
    }
    pos = a.text.find("Published", pos + 9);
  }
}

// ---------------------------------------------------------------------------------------

// The ids seen so far, for duplicate detection: an open-addressing table of 64-bit id hashes
// with the place each was first seen (file index and line packed in 64 bits). 16 bytes a slot,
// at most 70% full: about 23 bytes per id, the one part of reading that grows with the input.
class id_table {
 public:
  /// Inserts `hash`; returns nullptr when it is new, else the place stored with it first.
  std::uint64_t const* insert(std::uint64_t hash, std::uint64_t place) {
    if (hash == 0) hash = 1;  // 0 marks an empty slot
    if ((size_ + 1) * 10 > slots_.size() * 7) grow();
    auto const mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      if (slots_[i].hash == 0) {
        slots_[i] = {hash, place};
        ++size_;
        return nullptr;
      }
      if (slots_[i].hash == hash) return &slots_[i].place;
    }
  }

 private:
  struct slot {
    std::uint64_t hash = 0, place = 0;
  };
  void grow() {
    std::vector<slot> old(std::max<std::size_t>(1024, slots_.size() * 2));
    old.swap(slots_);
    size_ = 0;
    for (auto const& e : old)
      if (e.hash) insert(e.hash, e.place);
  }
  std::vector<slot> slots_;
  std::size_t size_ = 0;
};

class reader {
 public:
  reader(callbacks const& cb, read_stats& stats, read_options const& opt) : cb_(cb), stats_(stats), opt_(opt) {}

  void skip(std::string const& file, std::size_t line, std::string reason) {
    ++stats_.skipped;
    if (cb_.on_diagnostic) cb_.on_diagnostic({file, line, std::move(reason)});
  }

  /// Reads one named input from `raw`. `force_jsonl` for standard input.
  void read(std::string const& name, source& raw, bool force_jsonl = false) {
    ++stats_.files;
    try {
      lookahead in(raw);
      auto magic = in.peek(2);
      std::unique_ptr<gzip_source> gz;
      std::unique_ptr<lookahead> decoded;
      lookahead* data = &in;
      if (magic.size() == 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
          static_cast<unsigned char>(magic[1]) == 0x8b) {
        gz = std::make_unique<gzip_source>(in);
        decoded = std::make_unique<lookahead>(*gz);
        data = decoded.get();
      } else if (!magic.empty() && ends_with(lower(name), ".gz")) {
        skip(name, 0, "not gzip data");
        return;
      }
      counting_source counted(*data, stats_.bytes);
      auto head = data->peek(sniff_size);
      if (head.substr(0, 3) == "\xEF\xBB\xBF") {  // byte order mark
        data->skip(3);
        stats_.bytes += 3;
        head = data->peek(sniff_size);
      }
      if (head.empty()) {
        data->read(nullptr, 0);  // throws a read error met while peeking
        skip(name, 0, "empty file");
        return;
      }
      auto k = force_jsonl ? kind::jsonl : kind_from_name(name);
      if (k == kind::unknown) k = kind_from_content(head);
      if (k == kind::unknown || looks_binary(head)) {
        skip(name, 0, k == kind::jsonl ? "binary data, not JSON Lines" : "binary data, not an article format");
        return;
      }
      if (k == kind::jsonl) {
        read_jsonl(name, counted);
        return;
      }
      auto doc = read_all(counted, opt_.max_record_bytes);
      if (k == kind::text) read_text(name, doc);
      else read_html(name, doc);
    } catch (read_error const& e) {
      skip(name, 0, e.what());
    }
  }

 private:
  // Counts bytes as they are consumed (after decompression).
  class counting_source final : public source {
   public:
    counting_source(source& in, std::size_t& bytes) : in_(in), bytes_(bytes) {}
    std::size_t read(char* out, std::size_t n) override {
      auto got = in_.read(out, n);
      bytes_ += got;
      return got;
    }

   private:
    source& in_;
    std::size_t& bytes_;
  };

  void deliver(article&& a) {
    ++stats_.articles;
    if (cb_.on_article) cb_.on_article(std::move(a));
  }

  // Records `a.id`; false (with the first place it was seen in `first`) when already taken.
  bool claim_id(article const& a, std::string& first) {
    constexpr std::uint64_t line_bits = 40;
    if (files_.empty() || files_.back() != a.file) files_.push_back(a.file);
    std::uint64_t const place = (std::uint64_t{files_.size() - 1} << line_bits) |
                                std::min<std::uint64_t>(a.line, (std::uint64_t{1} << line_bits) - 1);
    auto const* seen = ids_.insert(std::hash<std::string_view>{}(a.id), place);
    if (!seen) return true;
    auto const& f = files_[*seen >> line_bits];
    auto const line = *seen & ((std::uint64_t{1} << line_bits) - 1);
    first = line ? fmt::format("{}:{}", f, line) : f;
    return false;
  }

  // Delivers an article whose id came from the feed: a repeated id is skipped.
  void deliver_unique(article&& a, std::size_t diag_line) {
    std::string first;
    if (!claim_id(a, first)) {
      skip(a.file, diag_line, fmt::format("duplicate id \"{}\" (first at {})", a.id, first));
      return;
    }
    deliver(std::move(a));
  }

  // Delivers an article whose id was derived from the file name: on collision use the path.
  void deliver_derived(article&& a, std::string const& path) {
    std::string first;
    if (!claim_id(a, first)) {
      a.id = path;
      if (!claim_id(a, first)) {
        skip(a.file, 0, fmt::format("duplicate id \"{}\" (first at {})", a.id, first));
        return;
      }
    }
    deliver(std::move(a));
  }

  void read_jsonl(std::string const& name, source& in) {
    // (grown without filling: a std::string would zero each chunk's megabyte before the read
    // overwrites it)
    out_buffer buf;
    std::size_t start = 0, scanned = 0, line_no = 0;
    bool too_long = false;  // discarding the rest of an over-long line
    while (true) {
      if (start == buf.size()) {
        buf.clear();
        start = scanned = 0;
      } else if (start > 0) {
        std::memmove(buf.data(), buf.data() + start, buf.size() - start);
        buf.commit(buf.data() + (buf.size() - start));
        scanned -= start;
        start = 0;
      }
      char* const at = buf.reserve(chunk_size);
      std::size_t got = 0;
      try {
        got = in.read(at, chunk_size);
      } catch (read_error const& e) {
        skip(name, line_no + 1, e.what());  // the line being read is lost
        return;
      }
      buf.commit(at + got);
      bool const at_end = got == 0;
      while (scanned < buf.size()) {
        auto const* nl = static_cast<char const*>(std::memchr(buf.data() + scanned, '\n', buf.size() - scanned));
        if (!nl) break;
        auto end = static_cast<std::size_t>(nl - buf.data());
        ++line_no;
        if (too_long) {
          too_long = false;
          skip(name, line_no, fmt::format("line is longer than the limit of {} bytes", opt_.max_record_bytes));
        } else {
          read_json_line(name, line_no, buf.view().substr(start, end - start));
        }
        start = scanned = end + 1;
      }
      scanned = buf.size();
      if (buf.size() - start > opt_.max_record_bytes) {  // never hold more than one record
        too_long = true;
        buf.clear();
        start = scanned = 0;
      }
      if (at_end) {
        if (too_long) {
          skip(name, line_no + 1, fmt::format("line is longer than the limit of {} bytes", opt_.max_record_bytes));
        } else if (start < buf.size()) {
          read_json_line(name, ++line_no, buf.view().substr(start));
        }
        return;
      }
    }
  }

  void read_json_line(std::string const& name, std::size_t line_no, std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;
    // The common record (string fields only) without boost::json; claim records and anything
    // else with it.
    if (flat_.parse(line)) {
      auto const t = flat_.get("type");
      if (!(t.kind == field_value::string && t.str == "claim")) return read_article(name, line_no, flat_);
    }
    boost::system::error_code ec;
    // A fresh arena per line over a reused buffer: small lines never touch the heap, and a
    // huge line's blocks are freed with it (monotonic_resource::release keeps growing sizes).
    json::monotonic_resource mr(arena_.get(), arena_size);
    parser_.reset(&mr);
    parser_.write(line.data(), line.size(), ec);
    if (ec) {
      skip(name, line_no, fmt::format("malformed JSON: {}", lowercase_first(ec.message())));
      return;
    }
    auto v = parser_.release();
    if (!v.is_object()) {
      skip(name, line_no, "expected a JSON object");
      return;
    }
    auto const& o = v.get_object();
    if (auto const* t = o.if_contains("type"); t && t->is_string() && t->get_string() == "claim") {
      std::string err;
      std::optional<claim> c;
      try {  // a malformed record must cost one line, whatever the claim reader does with it
        c = claims::claim_from_json_object(o, err);
      } catch (std::exception const& e) {
        err = e.what();
      }
      if (!c) {
        skip(name, line_no, fmt::format("bad claim record: {}", err));
        return;
      }
      ++stats_.claims;
      if (cb_.on_claim) cb_.on_claim(std::move(*c));
      return;
    }
    read_article(name, line_no, boost_fields{o});
  }

  // An article record of JSON Lines (parsed by flat_record or boost::json).
  template <class Fields>
  void read_article(std::string const& name, std::size_t line_no, Fields const& o) {
    article a;
    std::string storage;
    auto text = first_string(o, text_keys, storage);
    if (!text.bad.empty()) {
      skip(name, line_no, fmt::format("field \"{}\" must be a string", text.bad));
      return;
    }
    if (!text.value.data()) {
      skip(name, line_no, "missing field \"text\"");
      return;
    }
    if (is_blank(text.value)) {
      skip(name, line_no, "empty \"text\"");
      return;
    }
    auto field = [&](key_list keys, std::string& dst, bool numbers = false) -> bool {
      auto f = first_string(o, keys, storage, numbers);
      if (!f.bad.empty()) {
        skip(name, line_no, fmt::format("field \"{}\" must be a string", f.bad));
        return false;
      }
      dst = clean_utf8(f.value);
      return true;
    };
    std::string published;
    if (!field(id_keys, a.id, true) || !field(source_keys, a.source) || !field(url_keys, a.url) ||
        !field(title_keys, a.title) || !field(date_keys, published))
      return;
    if (!published.empty()) {
      a.published = normalize_date(published);
      if (a.published.empty()) {
        skip(name, line_no, fmt::format("\"published\" is not an ISO 8601 date: \"{}\"", published));
        return;
      }
    }
    a.text = clean_utf8(text.value);
    a.file = name;
    a.line = line_no;
    if (a.id.empty()) {  // FILE:LINE is unique by construction: not remembered
      a.id = fmt::format("{}:{}", name, line_no);
      deliver(std::move(a));
    } else {
      deliver_unique(std::move(a), line_no);
    }
  }

  void read_text(std::string const& name, std::string_view data) {
    article a;
    std::size_t consumed = 0, bad_line = 0;
    auto bad = read_front_matter(data, a, consumed, bad_line);
    if (!bad.empty()) {
      skip(name, bad_line, bad);
      return;
    }
    if (is_blank(data)) {
      skip(name, 0, "empty article");
      return;
    }
    a.text = clean_utf8(data);
    date_from_dateline(a);
    a.file = name;
    a.line = consumed + 1;
    if (a.id.empty()) {
      a.id = fs::path(name).filename().string();
      deliver_derived(std::move(a), name);
    } else {
      deliver_unique(std::move(a), 0);
    }
  }

  void read_html(std::string const& name, std::string_view data) {
    if (auto depth = html_depth(data); depth > opt_.max_html_depth) {
      skip(name, 0, fmt::format("HTML nested {} elements deep, more than the limit of {}", depth, opt_.max_html_depth));
      return;
    }
    article a = article_from_html(clean_utf8(data));
    if (is_blank(a.text)) {
      skip(name, 0, "no visible text in HTML");
      return;
    }
    a.file = name;
    a.line = 1;
    a.id = fs::path(name).filename().string();
    deliver_derived(std::move(a), name);
  }

  // Invalid UTF-8 inside strings is accepted here and repaired afterwards (guarantee 4).
  static json::parse_options parse_options() {
    json::parse_options o;
    o.allow_invalid_utf8 = true;
    return o;
  }

  callbacks const& cb_;
  read_stats& stats_;
  read_options const& opt_;
  static constexpr std::size_t arena_size = std::size_t{64} << 10;
  std::unique_ptr<unsigned char[]> arena_ = std::make_unique<unsigned char[]>(arena_size);
  json::parser parser_{json::storage_ptr(), parse_options()};
  flat_record flat_;
  id_table ids_;
  std::vector<std::string> files_;  // names of the files read, in order (for "first at")
};

// Opens and reads one file, reporting open and read failures as diagnostics.
void read_path(reader& r, read_stats& stats, fs::path const& p) {
  std::string name = p.string();
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    ++stats.files;
    r.skip(name, 0, fmt::format("cannot open: {}", errno_text(errno)));
    return;
  }
  fd_source src(fd);
  r.read(name, src);
  ::close(fd);
}

// Recursive walk in sorted path order: each directory's entries sorted by name, and a
// directory's contents read where its name sorts. Directory symlinks are followed, but a
// directory (by canonical path) is entered at most once.
void read_directory(reader& r, read_stats& stats, fs::path const& root) {
  struct frame {
    std::vector<fs::path> entries;
    std::size_t next = 0;
  };
  std::set<fs::path> seen;
  std::vector<frame> stack;
  auto enter = [&](fs::path const& dir) {
    std::error_code ec;
    auto canon = fs::canonical(dir, ec);
    if (ec) {
      r.skip(dir.string(), 0, fmt::format("cannot resolve: {}", lowercase_first(ec.message())));
      return;
    }
    if (!seen.insert(canon).second) {
      r.skip(dir.string(), 0, fmt::format("directory already visited as {} (symlink loop?)", canon.string()));
      return;
    }
    frame f;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      auto name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') continue;  // hidden files and directories
      f.entries.push_back(it->path());
    }
    if (ec) {
      r.skip(dir.string(), 0, fmt::format("cannot list: {}", lowercase_first(ec.message())));
      return;
    }
    std::sort(f.entries.begin(), f.entries.end(),
              [](fs::path const& a, fs::path const& b) { return a.filename().native() < b.filename().native(); });
    stack.push_back(std::move(f));
  };
  enter(root);
  while (!stack.empty()) {
    auto& f = stack.back();
    if (f.next == f.entries.size()) {
      stack.pop_back();
      continue;
    }
    fs::path p = f.entries[f.next++];  // copy: enter() may reallocate the stack
    std::error_code ec;
    if (fs::is_directory(p, ec)) enter(p);
    else read_path(r, stats, p);
  }
}

}  // namespace

void read_buffer(std::string const& name, std::string_view data, callbacks const& cb, read_stats& stats,
                 read_options const& opt) {
  reader r(cb, stats, opt);
  memory_source src(data);
  r.read(name, src);
}

read_stats read_inputs(std::vector<std::string> const& inputs, callbacks const& cb, read_options const& opt) {
  read_stats stats;
  reader r(cb, stats, opt);
  std::vector<std::string> const in = inputs.empty() ? std::vector<std::string>{"-"} : inputs;
  for (auto const& input : in) {
    if (input == "-") {
      fd_source src(STDIN_FILENO);
      r.read("-", src, true);
      continue;
    }
    std::error_code ec;
    fs::path p(input);
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      ++stats.files;
      r.skip(input, 0, ec ? lowercase_first(ec.message()) : std::string("no such file or directory"));
      continue;
    }
    if (fs::is_directory(st)) read_directory(r, stats, p);
    else read_path(r, stats, p);
  }
  return stats;
}

std::string normalize_date(std::string_view s) {
  auto valid = [](int y, int m, int d) {
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
  };
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  // ISO 8601: YYYY-MM-DD, optionally followed by a time ("T10:30:00Z", " 10:30").
  if (digits(0, 4) && s.size() >= 10 && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2)) {
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (!valid(y, m, d)) return {};
    if (s.size() > 10 && (s[10] != 'T' && s[10] != ' ' && s[10] != 't')) return {};
    if (s.size() > 10 && !digits(11, 2)) return {};  // a time must follow the separator
    return std::string(s.substr(0, 10));
  }
  // Written English dates: "April 9, 2024", "Apr. 9 2024", "9 April 2024", after a weekday.
  static constexpr std::string_view months[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::string_view weekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};
  auto l = lower(s.substr(0, 60));
  std::size_t i = 0;
  auto word = [&] {
    std::size_t b = i;
    while (i < l.size() && std::isalpha(static_cast<unsigned char>(l[i]))) ++i;
    return std::string_view(l).substr(b, i - b);
  };
  auto spaces = [&] {
    while (i < l.size() && (l[i] == ' ' || l[i] == ',' || l[i] == '.')) ++i;
  };
  auto number = [&](int max_digits, int& nd) {
    int v = 0;
    nd = 0;
    while (i < l.size() && std::isdigit(static_cast<unsigned char>(l[i])) && nd <= max_digits) {
      v = v * 10 + (l[i++] - '0');
      ++nd;
    }
    return v;
  };
  auto month_of = [&](std::string_view w) {
    for (int m = 0; m < 12; ++m) {
      auto name = months[m];
      if (w == name || w == name.substr(0, 3) || (w.size() == 4 && w == name.substr(0, 4))) return m + 1;
    }
    return 0;
  };
  auto w = word();
  for (auto wd : weekdays)
    if (w == wd || w == wd.substr(0, 3)) {
      spaces();
      w = word();
      break;
    }
  int day = 0, month = 0, nd = 0;
  if (!w.empty()) {  // "April 9, 2024"
    month = month_of(w);
    spaces();
    day = number(2, nd);
    if (nd == 0 || nd > 2) return {};
    if (i < l.size() && std::isalpha(static_cast<unsigned char>(l[i]))) word();  // "9th"
  } else {  // "9 April 2024"
    day = number(2, nd);
    if (nd == 0 || nd > 2) return {};
    if (i < l.size() && std::isalpha(static_cast<unsigned char>(l[i]))) {
      auto suffix = word();
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        spaces();
        month = month_of(word());
      } else {
        month = month_of(suffix);
      }
    } else {
      spaces();
      month = month_of(word());
    }
  }
  if (!month) return {};
  spaces();
  int year = number(4, nd);
  if (nd != 4 || (i < l.size() && std::isdigit(static_cast<unsigned char>(l[i])))) return {};
  if (!valid(year, month, day)) return {};
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

}  // namespace claimcheck::feed
