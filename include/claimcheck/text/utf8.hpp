#pragma once
// UTF-8 hygiene. The pipeline keeps article text byte-exact (spans index into it), so the
// only rewrite is replacing invalid sequences with U+FFFD; typographic variants (NBSP, thin
// space, curly quotes, en dash) are understood where they matter (the grammar reads them).

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck::text {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// `s` with every invalid byte sequence replaced by U+FFFD (one per maximal invalid subpart,
/// as Unicode recommends) and NUL bytes replaced by U+FFFD. Returns the number of replacements
/// through `replaced` when given.
std::string repair_utf8(std::string_view s, std::size_t* replaced = nullptr);

/// Length in bytes of the whitespace-like character at s[i] (ASCII space/tab/newline, NBSP,
/// narrow NBSP, thin space and the other Unicode spaces); 0 when s[i] does not start one.
std::size_t space_at(std::string_view s, std::size_t i);

/// Length in bytes of a dash at s[i] ('-', en dash, em dash, minus sign, figure dash); 0 if none.
std::size_t dash_at(std::string_view s, std::size_t i);

/// Length in bytes of a quote mark at s[i] (straight and curly, single and double); 0 if none.
std::size_t quote_at(std::string_view s, std::size_t i);

/// Lowercase copy (ASCII, and the Latin capitals U+00C0-U+017F: "\u00C9vacu\u00E9s" -> "\u00E9vacu\u00E9s")
/// with Unicode apostrophes folded to '\'' and dashes to '-'. Never longer than `s`.
std::string fold(std::string_view s);

/// fold(s) written at `out`, which has room for s.size() bytes; returns the bytes written.
std::size_t fold_into(std::string_view s, char* out);

}  // namespace claimcheck::text
