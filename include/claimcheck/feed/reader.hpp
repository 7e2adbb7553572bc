#pragma once
// Feed readers: turn INPUT arguments (files, directories, "-") into articles, or into
// already-extracted claims when a JSONL line has "type":"claim".
//
// Guarantees:
//  1. Directories are walked recursively in sorted path order (each directory's entries in
//     byte order of their names); hidden entries (".name") are skipped; a directory reached
//     twice (symlink loop or alias) is reported once and not entered again.
//  2. The reader is chosen by extension (.jsonl .ndjson .txt .md .html .htm, each optionally
//     .gz), then by content for anything else (JSON object lines -> JSONL, '<' -> HTML,
//     otherwise plain text when the bytes look like text). Gzip is recognised by its magic
//     bytes, whatever the name; standard input is always JSON Lines (plain or gzip).
//  3. Bad input never stops the run: each unreadable line or file produces exactly one
//     diagnostic {file, line, reason}, is skipped and counted, and reading continues.
//  4. Article text is valid UTF-8 (invalid bytes and NUL replaced with U+FFFD); otherwise it
//     is kept byte for byte, so later byte spans index into what the feed said.
//  5. JSON Lines (plain, gzip, standard input) are streamed: memory is bounded by the longest
//     line, not by the size of the input. A single-article file (.txt .md .html) is read whole.
//  6. Article ids are unique within one call: a later article repeating an id given by the
//     feed is skipped with a diagnostic naming the first; an id derived from a file name that
//     collides falls back to the file's path.

#include "claimcheck/model.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::feed {

struct diagnostic {
  std::string file;
  std::size_t line = 0;  ///< 0 when the problem concerns the whole file
  std::string reason;
  std::string to_string() const;  ///< "FILE:LINE: reason" (or "FILE: reason")
};

struct callbacks {
  std::function<void(article&&)> on_article;
  std::function<void(claim&&)> on_claim;               ///< claims JSONL input
  std::function<void(diagnostic const&)> on_diagnostic;
};

struct read_stats {
  std::size_t files = 0;     ///< input files opened
  std::size_t articles = 0;  ///< articles delivered
  std::size_t claims = 0;    ///< pre-extracted claims delivered
  std::size_t skipped = 0;   ///< lines or files skipped with a diagnostic
  std::size_t bytes = 0;     ///< bytes read (after decompression)
};

struct read_options {
  /// Longest JSONL line or single-article file accepted; a longer one is skipped with a
  /// diagnostic (and, for JSONL, not held in memory). Bounds memory on hostile input.
  std::size_t max_record_bytes = std::size_t{64} << 20;
  /// Deepest element nesting accepted in HTML (as html_depth counts it). The HTML5 tree
  /// builder scans the stack of open elements per tag, so depth bounds the cost per byte.
  std::size_t max_html_depth = 1024;
};

/// Reads every input in order. "-" (or an empty list) means standard input, read as JSONL.
read_stats read_inputs(std::vector<std::string> const& inputs, callbacks const& cb, read_options const& opt = {});

/// Reads one in-memory buffer as if it were the file `name` (extension decides the reader).
/// Used by tests and fuzzers. `stats` is updated in place.
void read_buffer(std::string const& name, std::string_view data, callbacks const& cb, read_stats& stats,
                 read_options const& opt = {});

/// Extracts visible text and metadata from an HTML document (scripts and styles dropped).
article article_from_html(std::string_view html);

/// An upper estimate of the element nesting depth of an HTML document, from a linear scan
/// (void elements, elements with optional end tags, comments and raw text are not counted).
std::size_t html_depth(std::string_view html);

/// Normalizes a date or date-time string to "YYYY-MM-DD"; empty when it is not one.
/// Accepts ISO 8601 ("2024-04-09", "2024-04-09T10:30:00Z", "2024-04-09 10:30") and written
/// English dates ("April 9, 2024", "Apr. 9 2024", "9 April 2024", optionally after a weekday).
std::string normalize_date(std::string_view s);

}  // namespace claimcheck::feed
