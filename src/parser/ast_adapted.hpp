#pragma once
// Fusion adaptation of the AST nodes that the grammar fills by attribute propagation.

#include "ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(claimcheck::parser::ast::numeral, value, unit)
