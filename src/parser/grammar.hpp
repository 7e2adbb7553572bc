#pragma once
// Rule declarations of the quantity grammar (definitions in grammar_def.hpp, compiled once in
// grammar.cpp). The one entry point, parse_expression, hides X3 types from every other file.

#include "ast.hpp"
#include "tables.hpp"

namespace claimcheck::parser {

/// Tries to read one quantity expression starting exactly at `first` in the lowercased
/// sentence [first, last). On success returns true, fills `out` and advances `first` past it.
bool parse_expression(tables const& t, char const*& first, char const* last, ast::expression& out);

}  // namespace claimcheck::parser
