#pragma once
// The iterator and context types the grammar is compiled for. The lexicon tables reach the
// rules through the context, injected in exactly one place (parse_expression).

#include "tables.hpp"

#include <boost/spirit/home/x3.hpp>

#include <functional>

namespace claimcheck::parser {

using iterator_type = char const*;
using tables_ref = std::reference_wrapper<tables const>;
using context_type = x3::context<tables_tag, tables_ref, x3::unused_type>;

}  // namespace claimcheck::parser
