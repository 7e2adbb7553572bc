// The only translation unit that instantiates the X3 grammar.

#include "grammar_def.hpp"

namespace claimcheck::parser {

bool parse_expression_x3(tables const& t, char const*& first, char const* last, ast::expression& out) {
  // Only the qualifier needs clearing: every branch of `expression` begins with `reset`, which
  // sets every other field, so a successful parse never sees what an earlier attempt left.
  out.qualifier = -1;
  char const* it = first;
  grammar::amount_memo memo;
  grammar::small_memo small;
  auto const parser = x3::with<tables_tag>(std::cref(t))[x3::with<grammar::amount_memo_tag>(
      std::ref(memo))[x3::with<grammar::small_memo_tag>(std::ref(small))[grammar::expression]]];
  if (!x3::parse(it, last, parser, out)) return false;
  first = it;
  return true;
}

}  // namespace claimcheck::parser
