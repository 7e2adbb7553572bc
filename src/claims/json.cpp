#include "claimcheck/claims/json.hpp"

#include "claimcheck/claims/extractor.hpp"

#include "json_object.hpp"

#include <boost/json.hpp>
#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <stdexcept>
#include <type_traits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::claims {
namespace json = boost::json;

namespace {

// Whether any of the 8 bytes of x needs escaping in a JSON string: a control byte (< 0x20),
// '"' or '\\' (exact as a yes/no answer; bytes >= 0x80 never match).
bool word_needs_escape(std::uint64_t x) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  auto zero_byte = [&](std::uint64_t v) { return (v - ones) & ~v & high; };
  return ((x - ones * 0x20) & ~x & high) | zero_byte(x ^ (ones * '"')) | zero_byte(x ^ (ones * '\\'));
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (std::size_t i = 0; i < s.size(); ++i) {
    // skip clean 8-byte words at once (most text has nothing to escape)
    while (i + 8 <= s.size()) {
      std::uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if (word_needs_escape(x)) break;
      i += 8;
    }
    if (i >= s.size()) break;
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      default:
        out.append("\\u00");
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

namespace {

// What fmt's "{:.10g}" writes for a finite, non-integral v, for the common case of a decimal of
// at most 10 significant digits between 1e-4 and 1e10 ("14.58", "0.75", "2.3"); nullptr
// otherwise (the caller then uses fmt). v is the double nearest to m / 10^k for the smallest
// such k, and %.10g rounds v's exact value to those same digits (it lies within half an ulp of
// m / 10^k, far closer than half a unit of the 10th digit); m / 10^k has no trailing zero.
// Writes at most 24 bytes.
char* short_decimal(char* p, double v) {
  static constexpr double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13};
  double const a = std::fabs(v);
  if (!(a >= 1e-4 && a < 1e10)) return nullptr;
  for (int k = 1; k <= 13; ++k) {
    double const scaled = a * pow10[k];
    if (scaled >= 1e10) return nullptr;  // more than 10 significant digits
    double const r = std::nearbyint(scaled);
    if (r >= 1e10) return nullptr;
    if (r / pow10[k] != a) continue;
    auto m = static_cast<std::uint64_t>(r);
    char digits[24];
    char* e = std::to_chars(digits, digits + sizeof digits, m).ptr;
    auto const nd = static_cast<int>(e - digits);
    if (v < 0) *p++ = '-';
    if (nd <= k) {  // 0.000ddd
      *p++ = '0';
      *p++ = '.';
      for (int z = nd; z < k; ++z) *p++ = '0';
      std::memcpy(p, digits, static_cast<std::size_t>(nd));
      return p + nd;
    }
    std::memcpy(p, digits, static_cast<std::size_t>(nd - k));
    p += nd - k;
    *p++ = '.';
    std::memcpy(p, digits + nd - k, static_cast<std::size_t>(k));
    return p + k;
  }
  return nullptr;
}

// Appends a string literal (its length known at compile time: no strlen per call).
template <std::size_t N>
void put(std::string& out, char const (&s)[N]) {
  out.append(s, N - 1);
}

// Appends an integer in decimal (what fmt's "{}" writes), without a format string to parse.
template <class Int>
void append_integer(std::string& out, Int v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

}  // namespace

void append_json_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    put(out, "null");
  } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
    append_integer(out, static_cast<long long>(v));
  } else {
    char buf[32];
    if (char* e = short_decimal(buf, v)) {
      out.append(buf, static_cast<std::size_t>(e - buf));
    } else {
      fmt::format_to(std::back_inserter(out), "{:.10g}", v);
    }
  }
}

void append_json_number(std::string& out, std::optional<double> v) {
  if (v) {
    append_json_number(out, *v);
  } else {
    put(out, "null");
  }
}


void append_json(std::string& out, claim const& c) { append_json(out, c, c.sentence); }

namespace {

// The bytes a JSON string escapes: control bytes, '"' and '\\'.
constexpr auto needs_escape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
  t['"'] = t['\\'] = true;
  return t;
}();

// The claim writer below renders into a scratch buffer sized for the worst case (every byte
// escaped as \u00XX) and appends it once: no capacity check and no call per field.
struct claim_writer {
  char* p;

#if defined(__SSE2__)
  // Bit k set when byte k of v needs escaping.
  static unsigned escape_mask(__m128i v) {
    __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // unsigned v <= 0x1F
    __m128i esc = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ctl, esc)));
  }
#endif

  template <std::size_t N>
  void lit(char const (&s)[N]) {
    std::memcpy(p, s, N - 1);
    p += N - 1;
  }
  void raw(std::string_view s) {
    std::memcpy(p, s.data(), s.size());
    p += s.size();
  }
  void ch(char c) { *p++ = c; }
  // what append_json_string writes. Strings without a byte to escape (nearly all) are tested
  // and copied with loads that stay inside the string: two overlapping words for up to 16
  // bytes, 16-byte blocks (the last one overlapping) beyond; the first byte to escape sends the
  // rest to escape_from.
  [[gnu::always_inline]] void str(std::string_view s) {
    char const* d = s.data();
    std::size_t const n = s.size();
    *p = '"';
    char* q = p + 1;
    if (n > 16) return str_long(d, n, q);
    {
      if (n >= 8) {
        std::uint64_t a, b;
        std::memcpy(&a, d, 8);
        std::memcpy(&b, d + n - 8, 8);
#if defined(__SSE2__)
        if (escape_mask(_mm_set_epi64x(static_cast<long long>(b), static_cast<long long>(a))))
          return escape_from(d, n, 0, q);
#else
        if (word_needs_escape(a) || word_needs_escape(b)) return escape_from(d, n, 0, q);
#endif
        std::memcpy(q, &a, 8);
        std::memcpy(q + n - 8, &b, 8);
      } else if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, d, 4);
        std::memcpy(&b, d + n - 4, 4);
        if (word_needs_escape(a | (std::uint64_t{b} << 32))) return escape_from(d, n, 0, q);
        std::memcpy(q, &a, 4);
        std::memcpy(q + n - 4, &b, 4);
      } else if (n) {
        char const c0 = d[0], c1 = d[n >> 1], c2 = d[n - 1];
        if (needs_escape[static_cast<unsigned char>(c0)] | needs_escape[static_cast<unsigned char>(c1)] |
            needs_escape[static_cast<unsigned char>(c2)])
          return escape_from(d, n, 0, q);
        q[0] = c0;
        q[n >> 1] = c1;
        q[n - 1] = c2;
      }
      q[n] = '"';
      p = q + n + 1;
    }
  }
  // str for more than 16 bytes, the opening quote written
  [[gnu::noinline]] void str_long(char const* d, std::size_t n, char* q) {
#if defined(__SSE2__)
    std::size_t j = 0;
    for (; j + 16 <= n; j += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(d + j));
      if (unsigned m = escape_mask(v)) return escape_from(d, n, j + static_cast<std::size_t>(__builtin_ctz(m)), q);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(q + j), v);
    }
    if (j < n) {  // the last 16 bytes, of which bytes [j, n) are new
      std::size_t const at = n - 16;
      __m128i v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(d + at));
      if (unsigned m = escape_mask(v) >> (j - at)) return escape_from(d, n, j + static_cast<std::size_t>(__builtin_ctz(m)), q);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(q + at), v);
    }
#else
    std::size_t j = 0;
    for (; j + 8 <= n; j += 8) {
      std::uint64_t x;
      std::memcpy(&x, d + j, 8);
      if (word_needs_escape(x)) return escape_from(d, n, j, q);
      std::memcpy(q + j, &x, 8);
    }
    for (; j < n; ++j) {
      if (needs_escape[static_cast<unsigned char>(d[j])]) return escape_from(d, n, j, q);
      q[j] = d[j];
    }
#endif
    q[n] = '"';
    p = q + n + 1;
  }
  // The rest of str: bytes [0, from) of d are already written at q, none of them to escape.
  [[gnu::noinline]] void escape_from(char const* d, std::size_t n, std::size_t from, char* q) {
    static constexpr char hex[] = "0123456789abcdef";
    std::memcpy(q, d, from);
    p = q + from;
    for (std::size_t i = from; i < n; ++i) {
      auto c = static_cast<unsigned char>(d[i]);
      if (!needs_escape[c]) {
        *p++ = static_cast<char>(c);
        continue;
      }
      switch (c) {
        case '"': lit("\\\""); break;
        case '\\': lit("\\\\"); break;
        case '\n': lit("\\n"); break;
        case '\r': lit("\\r"); break;
        case '\t': lit("\\t"); break;
        case '\b': lit("\\b"); break;
        case '\f': lit("\\f"); break;
        default:
          lit("\\u00");
          *p++ = hex[c >> 4];
          *p++ = hex[c & 15];
      }
    }
    *p++ = '"';
  }
  [[gnu::always_inline]] void str_or_null(std::string_view s) {
    if (s.empty()) {
      lit("null");
    } else {
      str(s);
    }
  }
  template <class Int>
  void integer(Int v) {
    // below 10^4 (span offsets, most values) from a table of digit pairs; beyond by to_chars
    bool small = v < 10000;
    if constexpr (std::is_signed_v<Int>) small = small && v >= 0;
    if (small) {
      static constexpr auto pairs = [] {
        std::array<char, 200> t{};
        for (int i = 0; i < 100; ++i) {
          t[static_cast<std::size_t>(2 * i)] = static_cast<char>('0' + i / 10);
          t[static_cast<std::size_t>(2 * i + 1)] = static_cast<char>('0' + i % 10);
        }
        return t;
      }();
      auto const u = static_cast<unsigned>(v);
      if (u < 100) {
        if (u < 10) {
          *p++ = static_cast<char>('0' + u);
        } else {
          std::memcpy(p, &pairs[2 * u], 2);
          p += 2;
        }
      } else {
        unsigned const hi = u / 100, lo = u % 100;
        if (hi < 10) {
          *p = static_cast<char>('0' + hi);
          std::memcpy(p + 1, &pairs[2 * lo], 2);
          p += 3;
        } else {
          std::memcpy(p, &pairs[2 * hi], 2);
          std::memcpy(p + 2, &pairs[2 * lo], 2);
          p += 4;
        }
      }
      return;
    }
    p = std::to_chars(p, p + 24, v).ptr;
  }
  // A piece of the claim around an enum's name, as `piece` below: N bytes copied whole (the
  // buffer has room), of which len count.
  template <std::size_t N>
  void piece(char const (&text)[N], std::size_t len) {
    std::memcpy(p, text, N);
    p += len;
  }
  // what append_json_number writes
  void number(double v) {
    if (!std::isfinite(v)) {
      lit("null");
    } else if (std::fabs(v) < 1e15 && static_cast<double>(static_cast<long long>(v)) == v) {  // integral
      integer(static_cast<long long>(v));
    } else if (char* e = short_decimal(p, v)) {
      p = e;
    } else {
      p = fmt::format_to(p, FMT_COMPILE("{:.10g}"), v);
    }
  }
  void number(std::optional<double> v) {
    if (v) {
      number(*v);
    } else {
      lit("null");
    }
  }
};

// Bytes a string takes at most, escaped and quoted.
constexpr std::size_t escaped_max(std::size_t n) { return 6 * n + 2; }

// What a claim shares with its article: from the claim itself, or (claims of
// extractor::extract_lean) from the article.
struct shared_fields {
  std::string_view article, source, published, url, file;
  std::size_t line;
  std::string_view sentence;
  std::span<std::string const> topics;
  std::string_view text;  // the article's text (claims of extract_lean; see claim_texts)
};

// Renders what a string field takes into `esc` (a cache entry's escaped bytes).
template <class Fill>
void render_into(std::string& esc, std::size_t bound, Fill const& fill) {
  esc.resize(bound);
  claim_writer w{esc.data()};
  fill(w);
  esc.resize(static_cast<std::size_t>(w.p - esc.data()));
}

// Bytes the article's part of a claim takes at most.
std::size_t article_part_max(shared_fields const& f) {
  std::size_t bound = 128;
  for (std::string_view s : {f.article, f.source, f.published, f.url, f.file}) bound += escaped_max(s.size());
  return bound;
}

// The article's part of a claim (`,"article":` through `"line":N`), escaped.
void write_article_part(claim_writer& w, shared_fields const& f) {
  w.lit(R"(,"article":)");
  w.str(f.article);
  w.lit(R"(,"source":)");
  w.str_or_null(f.source);
  w.lit(R"(,"published":)");
  w.str_or_null(f.published);
  w.lit(R"(,"url":)");
  w.str_or_null(f.url);
  w.lit(R"(,"file":)");
  w.str_or_null(f.file);
  w.lit(R"(,"line":)");
  if (f.line) {
    w.integer(f.line);
  } else {
    w.lit("null");
  }
}

// Bytes the topics' part of a claim takes at most.
std::size_t topics_max(std::span<std::string const> t) {
  std::size_t bound = 16;
  for (auto const& x : t) bound += 1 + escaped_max(x.size());
  return bound;
}

// The topics' part of a claim (`,"topics":[...]`, nothing without topics), escaped.
void write_topics(claim_writer& w, std::span<std::string const> t) {
  if (t.empty()) return;
  w.lit(R"(,"topics":[)");
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i) w.ch(',');
    w.str(t[i]);
  }
  w.ch(']');
}

// The escaped JSON of what consecutive claims share, kept per thread and reused while the raw
// fields are the same (compared by content, so any claim may come next): the article's fields
// (`,"article":` through `"line":N`), the sentence, the topics. The claims of a sentence, and of
// an article, come one after the other, so each is escaped once instead of once per claim.
struct shared_cache {
  std::array<std::string, 5> article_raw;  // article, source, published, url, file
  std::size_t line = 0;
  bool article_valid = false;
  std::string article_esc;
  std::string sentence_raw;
  bool sentence_valid = false;
  std::string sentence_esc;
  std::vector<std::string> topics_raw;
  bool topics_valid = false;
  std::string topics_esc;

  std::string_view article_part(shared_fields const& f) {
    std::array<std::string_view, 5> const raw{f.article, f.source, f.published, f.url, f.file};
    if (article_valid && line == f.line && raw[0] == article_raw[0] && raw[1] == article_raw[1] &&
        raw[2] == article_raw[2] && raw[3] == article_raw[3] && raw[4] == article_raw[4])
      return article_esc;
    for (std::size_t i = 0; i < raw.size(); ++i) article_raw[i].assign(raw[i]);
    line = f.line;
    article_valid = true;
    render_into(article_esc, article_part_max(f), [&](claim_writer& w) { write_article_part(w, f); });
    return article_esc;
  }
  std::string_view sentence(shared_fields const& f) {
    std::string_view const s = f.sentence;
    if (sentence_valid && s == sentence_raw) return sentence_esc;
    sentence_raw.assign(s);
    sentence_valid = true;
    render_into(sentence_esc, escaped_max(s.size()), [&](claim_writer& w) { w.str(s); });
    return sentence_esc;
  }
  std::string_view topics(shared_fields const& f) {
    std::span<std::string const> const t = f.topics;
    if (topics_valid && std::equal(t.begin(), t.end(), topics_raw.begin(), topics_raw.end())) return topics_esc;
    topics_raw.assign(t.begin(), t.end());
    topics_valid = true;
    render_into(topics_esc, topics_max(t), [&](claim_writer& w) { write_topics(w, t); });
    return topics_esc;
  }
};

// A claim's figure, subject and predicate texts (a claim of extract_lean leaves them in its
// article's text, `article_text`; empty for claims of extract).
struct claim_texts {
  std::string_view figure, subject, predicate;
  claim_texts(claim const& c, std::string_view article_text)
      : figure(figure_text(c, article_text)),
        subject(subject_text(c, article_text)),
        predicate(predicate_text(c, article_text)) {}
};

// Bytes a claim takes at most beyond its shared parts (article part, sentence, topics): its
// strings escaped, the literals, numbers and enums (well below 1024 bytes together).
std::size_t own_max(claim const& c, claim_texts const& t) {
  std::size_t n = c.id.size() + t.figure.size() + c.q.qualifier.size() + c.q.unit.size() + t.subject.size() +
                  c.subject.key.size() + c.scope.size() + t.predicate.size() + c.predicate.key.size() +
                  c.date.size() + c.date_end.size() + c.attribution.text.size() + c.attribution.key.size();
  std::size_t bound = 1024 + 6 * n;
  for (auto const& r : c.relations) bound += 64 + escaped_max(r.claim.size());
  return bound;
}

// The fixed text around each enum's name in a claim (`,"kind":"count","unit":`), one entry
// per value: a whole piece is copied at once, with no call to find the name and its length.
template <std::size_t N>
struct piece_text {
  char text[N];
  std::size_t len;
};
template <std::size_t N, std::size_t K, class Make>
std::array<piece_text<N>, K> make_pieces(Make const& make) {
  std::array<piece_text<N>, K> t{};
  for (std::size_t i = 0; i < K; ++i) {
    std::string const s = make(i);
    if (s.size() > N) throw std::logic_error("claim writer: an enum's name is too long");
    std::memcpy(t[i].text, s.data(), s.size());
    t[i].len = s.size();
  }
  return t;
}
std::string kind_piece(std::size_t i) {
  return R"(,"kind":")" + std::string(to_string(static_cast<quantity_kind>(i))) + R"(","unit":)";
}
std::string modality_piece(std::size_t i) {
  return R"(,"modality":")" + std::string(to_string(static_cast<modality>(i))) + R"("},"date":{"value":)";
}
std::string basis_piece(std::size_t i) {
  auto const b = static_cast<date_basis>(i);
  std::string out = R"(,"basis":)";
  if (b == date_basis::none) {
    out += "null";
  } else {
    append_json_string(out, to_string(b));
  }
  return out + R"(,"end":)";
}
std::string relation_piece(std::size_t i) {
  return R"({"kind":")" + std::string(to_string(static_cast<relation_kind>(i))) + R"(","claim":)";
}
auto const kind_pieces = make_pieces<32, 6>(kind_piece);
auto const modality_pieces = make_pieces<48, 4>(modality_piece);
auto const basis_pieces = make_pieces<32, 4>(basis_piece);
auto const relation_pieces = make_pieces<32, 4>(relation_piece);

// Writes the piece of enum value e (from the table; built on the spot for a value beyond it).
template <std::size_t N, std::size_t K, class E>
[[gnu::always_inline]] inline void put_piece(claim_writer& w, std::array<piece_text<N>, K> const& table, E e,
                                             std::string (*make)(std::size_t)) {
  auto const i = static_cast<std::size_t>(e);
  if (i < K) {
    w.piece(table[i].text, table[i].len);
  } else {
    w.raw(make(i));
  }
}

// The claim object (no newline) at w.p: `article(w)`, `sentence(w)` and `topics(w)` write the
// article's part, the escaped sentence and the topics' part. w needs own_max(c, texts) bytes beyond
// those three.
template <class Article, class Sentence, class Topics>
[[gnu::always_inline]] inline void write_body(claim_writer& w, claim const& c, claim_texts const& texts,
                                              Article const& article, Sentence const& sentence, Topics const& topics) {
  w.lit(R"({"type":"claim","id":)");
  w.str(c.id);
  article(w);
  w.lit(R"(,"span":{"start":)");
  w.integer(c.q.span.start);
  w.lit(R"(,"end":)");
  w.integer(c.q.span.end);
  w.lit(R"(},"sentence":)");
  sentence(w);
  w.lit(R"(,"quantity":{"text":)");
  w.str(texts.figure);
  w.lit(R"(,"value":)");
  char const* const value_at = w.p;
  w.number(c.q.value);
  // lo and hi are often the value itself (== gives the same text: -0 and 0 both write 0): its
  // text (at most 32 bytes) is copied whole, and the buffer has room for the bytes beyond it
  auto const value_len = static_cast<std::size_t>(w.p - value_at);
  char value_text[32];
  std::memcpy(value_text, value_at, sizeof value_text);
  auto repeat_value = [&] {
    std::memcpy(w.p, value_text, sizeof value_text);
    w.p += value_len;
  };
  w.lit(R"(,"lo":)");
  if (c.q.lo && *c.q.lo == c.q.value) {
    repeat_value();
  } else {
    w.number(c.q.lo);
  }
  w.lit(R"(,"hi":)");
  if (c.q.hi && *c.q.hi == c.q.value) {
    repeat_value();
  } else {
    w.number(c.q.hi);
  }
  w.lit(R"(,"qualifier":)");
  w.str_or_null(c.q.qualifier);
  put_piece(w, kind_pieces, c.q.kind, kind_piece);
  w.str_or_null(c.q.unit);
  w.lit(R"(},"subject":{"text":)");
  w.str_or_null(texts.subject);
  w.lit(R"(,"key":)");
  w.str_or_null(c.subject.key);
  w.lit(R"(,"scope":)");
  w.str_or_null(c.scope);
  w.lit(R"(},"predicate":{"text":)");
  w.str_or_null(texts.predicate);
  w.lit(R"(,"key":)");
  w.str_or_null(c.predicate.key);
  put_piece(w, modality_pieces, c.mod, modality_piece);
  w.str_or_null(c.date);
  put_piece(w, basis_pieces, c.basis, basis_piece);
  w.str_or_null(c.date_end);
  w.lit(R"(},"attribution":{"text":)");
  w.str_or_null(c.attribution.text);
  w.lit(R"(,"key":)");
  w.str_or_null(c.attribution.key);
  w.lit(R"(},"relations":[)");
  bool first = true;
  for (auto const& r : c.relations) {
    if (!first) w.ch(',');
    first = false;
    put_piece(w, relation_pieces, r.kind, relation_piece);
    w.str(r.claim);
    w.ch('}');
  }
  w.lit("]");
  topics(w);
  if (c.line_in_file) {
    w.lit(R"(,"location":{"line":)");
    w.integer(c.line_in_file);
    w.lit(R"(,"column":)");
    w.integer(c.column);
    w.ch('}');
  }
  w.ch('}');
}

void write_claim(std::string& out, claim const& c, shared_fields const& f) {
  thread_local shared_cache cache;
  thread_local out_buffer scratch;  // a thread's buffer to render into (grown without filling)
  std::string_view const article_part = cache.article_part(f);
  std::string_view const sentence = cache.sentence(f);
  std::string_view const topics = cache.topics(f);
  scratch.clear();
  claim_texts const texts(c, f.text);
  claim_writer w{scratch.reserve(own_max(c, texts) + article_part.size() + sentence.size() + topics.size())};
  write_body(
      w, c, texts, [&](claim_writer& w) { w.raw(article_part); }, [&](claim_writer& w) { w.raw(sentence); },
      [&](claim_writer& w) { w.raw(topics); });
  out.append(scratch.data(), static_cast<std::size_t>(w.p - scratch.data()));
}

}  // namespace

void append_json(std::string& out, claim const& c, std::string_view sentence) {
  write_claim(out, c, {c.article, c.source, c.published, c.url, c.file, c.line, sentence, c.topics});
}

void append_json(std::string& out, claim const& c, article const& a, std::span<std::string const> topics) {
  auto sentence = std::string_view(a.text).substr(c.sentence_start, c.sentence_end - c.sentence_start);
  write_claim(out, c, {a.id, a.source, a.published, a.url, a.file, a.line, sentence, topics, a.text});
}

void append_json_lines(out_buffer& out, std::span<claim const> cs, article const& a,
                       std::span<std::string const> topics) {
  // Each claim is rendered straight into `out`. The first writes the article's part, its
  // sentence and the topics' part escaped; the others copy them from where they were written
  // (offsets into `out` stay valid when it grows), the sentence while it is the previous
  // claim's (the same offsets in the article).
  shared_fields const f{a.id, a.source, a.published, a.url, a.file, a.line, {}, topics};
  std::string_view const text = a.text;
  std::size_t const shared = article_part_max(f) + topics_max(topics) + 1;  // + the newline
  struct part {
    std::size_t at = 0, len = 0;
  } article_part, sentence, topics_part;
  std::size_t sentence_start = 0, sentence_end = 0;
  bool first = true;
  for (claim const& c : cs) {
    claim_texts const texts(c, text);
    std::size_t const bound = shared + own_max(c, texts) + escaped_max(c.sentence_end - c.sentence_start);
    out.reserve(bound);
    char* const base = out.data();
    claim_writer w{base + out.size()};
    // writes `fill`'s bytes the first time, a copy of them after
    auto once = [&](part& pt, bool again, auto const& fill) {
      if (again) {
        std::memcpy(w.p, base + pt.at, pt.len);
        w.p += pt.len;
        return;
      }
      char* const at = w.p;
      fill();
      pt.at = static_cast<std::size_t>(at - base);
      pt.len = static_cast<std::size_t>(w.p - at);
    };
    bool const same_sentence = !first && c.sentence_start == sentence_start && c.sentence_end == sentence_end;
    write_body(
        w, c, texts, [&](claim_writer& w) { once(article_part, !first, [&] { write_article_part(w, f); }); },
        [&](claim_writer& w) {
          once(sentence, same_sentence,
               [&] { w.str(text.substr(c.sentence_start, c.sentence_end - c.sentence_start)); });
        },
        [&](claim_writer& w) { once(topics_part, !first, [&] { write_topics(w, topics); }); });
    w.ch('\n');
    out.commit(w.p);
    first = false;
    sentence_start = c.sentence_start;
    sentence_end = c.sentence_end;
  }
}

std::string tsv_header() {
  return "id\tarticle\tsource\tpublished\tstart\tend\ttext\tvalue\tlo\thi\tqualifier\tkind\tunit\t"
         "subject\tsubject_key\tpredicate\tpredicate_key\tmodality\tdate\tdate_basis\tattribution\t"
         "attribution_key\trelations";
}

namespace {

void tsv_field(std::string& out, std::string_view s) {
  out.push_back('\t');
  for (char c : s) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

void tsv_number(std::string& out, std::optional<double> v) {
  out.push_back('\t');
  if (v) append_json_number(out, *v);
}

// (article_text: the article's text for a claim of extract_lean, see claim_texts)
void write_tsv(std::string& out, claim const& c, std::string_view article, std::string_view source,
               std::string_view published, std::string_view article_text = {}) {
  claim_texts const texts(c, article_text);
  out.append(c.id);
  tsv_field(out, article);
  tsv_field(out, source);
  tsv_field(out, published);
  tsv_field(out, std::to_string(c.q.span.start));
  tsv_field(out, std::to_string(c.q.span.end));
  tsv_field(out, texts.figure);
  tsv_number(out, c.q.value);
  tsv_number(out, c.q.lo);
  tsv_number(out, c.q.hi);
  tsv_field(out, c.q.qualifier);
  tsv_field(out, to_string(c.q.kind));
  tsv_field(out, c.q.unit);
  tsv_field(out, texts.subject);
  tsv_field(out, c.subject.key);
  tsv_field(out, texts.predicate);
  tsv_field(out, c.predicate.key);
  tsv_field(out, to_string(c.mod));
  tsv_field(out, c.date);
  tsv_field(out, c.basis == date_basis::none ? "" : to_string(c.basis));
  tsv_field(out, c.attribution.text);
  tsv_field(out, c.attribution.key);
  std::string rel;
  for (auto const& r : c.relations) {
    if (!rel.empty()) rel.push_back(',');
    rel.append(to_string(r.kind));
    rel.push_back(':');
    rel.append(r.claim);
  }
  tsv_field(out, rel);
}

}  // namespace

void append_tsv(std::string& out, claim const& c) { write_tsv(out, c, c.article, c.source, c.published); }

void append_tsv(std::string& out, claim const& c, article const& a) {
  write_tsv(out, c, a.id, a.source, a.published, a.text);
}

void append_tsv_lines(out_buffer& out, std::span<claim const> cs, article const& a) {
  std::string row;
  for (claim const& c : cs) {
    row.clear();
    write_tsv(row, c, a.id, a.source, a.published, a.text);
    row.push_back('\n');
    out.append(row);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

namespace {

struct field_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string get_str(json::object const& o, std::string_view key, bool required = false) {
  auto const* v = o.if_contains(key);
  if (!v || v->is_null()) {
    if (required) throw field_error(fmt::format("missing field \"{}\"", key));
    return {};
  }
  if (!v->is_string()) throw field_error(fmt::format("field \"{}\" must be a string", key));
  return std::string(v->get_string());
}

std::optional<double> get_num(json::object const& o, std::string_view key, bool required = false) {
  auto const* v = o.if_contains(key);
  if (!v || v->is_null()) {
    if (required) throw field_error(fmt::format("missing field \"{}\"", key));
    return std::nullopt;
  }
  if (v->is_double()) return v->get_double();
  if (v->is_int64()) return static_cast<double>(v->get_int64());
  if (v->is_uint64()) return static_cast<double>(v->get_uint64());
  throw field_error(fmt::format("field \"{}\" must be a number", key));
}

json::object const* get_obj(json::object const& o, std::string_view key) {
  auto const* v = o.if_contains(key);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_object()) throw field_error(fmt::format("field \"{}\" must be an object", key));
  return &v->get_object();
}

text_key get_key(json::object const& o, std::string_view key) {
  text_key k;
  if (auto const* s = get_obj(o, key)) {
    k.text = get_str(*s, "text");
    k.key = get_str(*s, "key");
  }
  return k;
}

}  // namespace

std::optional<claim> claim_from_json_object(json::object const& o, std::string& error) {
  try {
    claim c;
    c.id = get_str(o, "id", true);
    c.article = get_str(o, "article", true);
    c.source = get_str(o, "source");
    c.published = get_str(o, "published");
    c.url = get_str(o, "url");
    c.file = get_str(o, "file");
    if (auto l = get_num(o, "line")) c.line = static_cast<std::size_t>(*l);
    c.sentence = get_str(o, "sentence");
    if (auto const* span = get_obj(o, "span")) {
      c.q.span.start = static_cast<std::size_t>(get_num(*span, "start").value_or(0));
      c.q.span.end = static_cast<std::size_t>(get_num(*span, "end").value_or(0));
    }
    auto const* q = get_obj(o, "quantity");
    if (!q) throw field_error("missing field \"quantity\"");
    c.q.text = get_str(*q, "text");
    c.q.value = *get_num(*q, "value", true);
    c.q.lo = get_num(*q, "lo");
    c.q.hi = get_num(*q, "hi");
    c.q.qualifier = get_str(*q, "qualifier");
    c.q.unit = get_str(*q, "unit");
    auto kind = get_str(*q, "kind", true);
    auto k = quantity_kind_from(kind);
    if (!k) throw field_error(fmt::format("unknown quantity kind \"{}\"", kind));
    c.q.kind = *k;
    c.subject = get_key(o, "subject");
    if (auto const* s = get_obj(o, "subject")) c.scope = get_str(*s, "scope");
    if (auto const* tv = o.if_contains("topics"); tv && tv->is_array()) {
      for (auto const& t : tv->get_array())
        if (t.is_string()) c.topics.emplace_back(t.get_string());
    }
    c.predicate = get_key(o, "predicate");
    if (auto const* p = get_obj(o, "predicate")) {
      auto m = get_str(*p, "modality");
      if (!m.empty()) {
        auto mm = modality_from(m);
        if (!mm) throw field_error(fmt::format("unknown modality \"{}\"", m));
        c.mod = *mm;
      }
    }
    if (auto const* d = get_obj(o, "date")) {
      c.date = get_str(*d, "value");
      c.date_end = get_str(*d, "end");
      auto b = get_str(*d, "basis");
      if (!b.empty()) {
        auto bb = date_basis_from(b);
        if (!bb) throw field_error(fmt::format("unknown date basis \"{}\"", b));
        c.basis = *bb;
      }
    }
    c.attribution = get_key(o, "attribution");
    if (auto const* rels = o.if_contains("relations"); rels && !rels->is_null()) {
      if (!rels->is_array()) throw field_error("field \"relations\" must be an array");
      for (auto const& r : rels->get_array()) {
        if (!r.is_object()) throw field_error("a relation must be an object");
        auto kind_s = get_str(r.get_object(), "kind", true);
        auto rk = relation_kind_from(kind_s);
        if (!rk) throw field_error(fmt::format("unknown relation kind \"{}\"", kind_s));
        c.relations.push_back({*rk, get_str(r.get_object(), "claim", true)});
      }
    }
    if (auto const* loc = get_obj(o, "location")) {
      c.line_in_file = static_cast<int>(get_num(*loc, "line").value_or(0));
      c.column = static_cast<int>(get_num(*loc, "column").value_or(0));
    }
    return c;
  } catch (field_error const& e) {
    error = e.what();
    return std::nullopt;
  }
}

std::optional<claim> claim_from_json(std::string_view text, std::string& error) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec) {
    error = fmt::format("malformed JSON: {}", ec.message());
    return std::nullopt;
  }
  if (!v.is_object()) {
    error = "a claim must be a JSON object";
    return std::nullopt;
  }
  return claim_from_json_object(v.get_object(), error);
}

}  // namespace claimcheck::claims
