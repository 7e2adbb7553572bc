#pragma once
// Binary records of the spill and report temporary files: fixed-width numbers in the machine's
// byte order (the files never leave the process that writes them), strings as a length and
// their bytes, an optional number as a flag and the number. One writer and one reader serve the
// reconciler's buckets (src/reconcile/spill.cpp) and the HTML report's plot spool
// (src/report/plots.cpp); each names what a truncated record means for it.

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::records {

inline void put_u64(std::string& b, std::uint64_t v) { b.append(reinterpret_cast<char const*>(&v), sizeof v); }
inline void put_f64(std::string& b, double v) { b.append(reinterpret_cast<char const*>(&v), sizeof v); }
inline void put_str(std::string& b, std::string_view s) {
  put_u64(b, s.size());
  b.append(s);
}
inline void put_opt(std::string& b, std::optional<double> const& v) {
  b.push_back(v ? 1 : 0);
  put_f64(b, v.value_or(0.0));
}

/// Reads what the put_* functions wrote, from [p, end); `Truncated` (which does not return) is
/// called when a field runs past the end.
template <void (*Truncated)()>
struct reader {
  char const* p;
  char const* end;
  void need(std::size_t n) const {
    if (static_cast<std::size_t>(end - p) < n) Truncated();
  }
  std::uint64_t u64() {
    need(8);
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    p += 8;
    return v;
  }
  double f64() {
    need(8);
    double v;
    std::memcpy(&v, p, 8);
    p += 8;
    return v;
  }
  std::uint8_t u8() {
    need(1);
    return static_cast<std::uint8_t>(*p++);
  }
  std::string str() { return std::string(sv()); }
  std::string_view sv() {
    std::size_t const n = u64();
    need(n);
    std::string_view s(p, n);
    p += n;
    return s;
  }
  std::optional<double> opt() {
    bool const has = u8() != 0;
    double const v = f64();
    return has ? std::optional<double>(v) : std::nullopt;
  }
};

}  // namespace claimcheck::records
