#pragma once
// Claim records in the contract's JSON shape (one object per line), and TSV.

#include "claimcheck/model.hpp"

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
/// The same for the claims of one article written in a row on one thread (no other append_json
/// call on the thread in between): `first` for its first claim. The others take what they share
/// with the article (its fields and topics, and the sentence when it is the previous claim's)
/// as escaped for the claim before, without comparing it.
void append_json(std::string& out, claim const& c, article const& a, std::span<std::string const> topics,
                 bool first);

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

/// Parses a claim JSON object as written by append_json; nullopt with `error` set otherwise.
std::optional<claim> claim_from_json(std::string_view json, std::string& error);

}  // namespace claimcheck::claims
