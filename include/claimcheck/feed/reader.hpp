#pragma once
// Feed readers: turn INPUT arguments (files, directories, "-") into articles, or into
// already-extracted claims when a JSONL line has "type":"claim".
//
// Guarantees:
//  1. Directories are walked recursively in sorted path order; symlink loops are detected.
//  2. The reader is chosen by extension (.jsonl .ndjson .txt .md .html .htm, each optionally
//     .gz), then by content for anything else (JSON object lines -> JSONL, '<' -> HTML,
//     otherwise plain text when the bytes look like text).
//  3. Bad input never stops the run: each unreadable line or file produces one diagnostic
//     {file, line, reason}, is skipped and counted, and reading continues.
//  4. Article text is valid UTF-8 (invalid bytes replaced with U+FFFD).

#include "claimcheck/model.hpp"

#include <cstddef>
#include <functional>
#include <string>
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

/// Reads every input in order. "-" (or an empty list) means standard input, read as JSONL.
read_stats read_inputs(std::vector<std::string> const& inputs, callbacks const& cb);

/// Reads one in-memory buffer as if it were the file `name` (extension decides the reader).
/// Used by tests and fuzzers. `stats` is updated in place.
void read_buffer(std::string const& name, std::string_view data, callbacks const& cb, read_stats& stats);

/// Extracts visible text and metadata from an HTML document (scripts and styles dropped).
article article_from_html(std::string_view html);

/// Normalizes a date or date-time string to "YYYY-MM-DD"; empty when it is not one.
std::string normalize_date(std::string_view s);

}  // namespace claimcheck::feed
