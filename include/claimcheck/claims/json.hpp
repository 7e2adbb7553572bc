#pragma once
// Claim records in the contract's JSON shape (one object per line), and TSV.

#include "claimcheck/model.hpp"
#include "claimcheck/out_buffer.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace claimcheck::claims {

/// Appends the claim as one compact JSON object (no newline) to `out`.
void append_json(std::string& out, claim const& c);
/// The same with the sentence given apart (for claims extracted without copy_sentences).
void append_json(std::string& out, claim const& c, std::string_view sentence);
/// The same for a claim of extractor::extract_lean: what it shares with its article (id, source,
/// published, url, file, line, sentence) comes from `a`, its topics are `topics`.
void append_json(std::string& out, claim const& c, article const& a, std::span<std::string const> topics);
/// The claims of one article (of extractor::extract_lean, as above), each as one line: the
/// same bytes as append_json(out, c, a, topics) and a newline for each claim in turn.
void append_json_lines(out_buffer& out, std::span<claim const> claims, article const& a,
                       std::span<std::string const> topics);

/// Appends a JSON string literal (quoted and escaped) to `out`.
void append_json_string(std::string& out, std::string_view s);

/// Appends a number: integral values without a fraction, others with up to 10 significant digits.
void append_json_number(std::string& out, double v);
/// Appends the number, or `null` when there is none (an open interval end).
void append_json_number(std::string& out, std::optional<double> v);

/// The TSV header line (no newline) and one claim as a TSV row (no newline).
std::string tsv_header();
void append_tsv(std::string& out, claim const& c);
/// The same for a claim of extractor::extract_lean (article id, source and published from `a`).
void append_tsv(std::string& out, claim const& c, article const& a);
/// The claims of one article (of extractor::extract_lean) as TSV rows, each with a newline.
void append_tsv_lines(out_buffer& out, std::span<claim const> claims, article const& a);

/// Parses a claim JSON object as written by append_json; nullopt with `error` set otherwise.
std::optional<claim> claim_from_json(std::string_view json, std::string& error);

}  // namespace claimcheck::claims
