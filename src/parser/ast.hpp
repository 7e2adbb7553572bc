#pragma once
// The quantity AST: what the X3 grammar recognizes, before normalization into a quantity.
// Values are filled by named semantic actions in grammar_def.hpp.

#include <string>

namespace claimcheck::parser::ast {

/// A number as written: its value and the rounding unit its spelling implies
/// ("2.3" -> 0.1, "40" -> 10, "33,207" -> 1).
struct numeral {
  double value = 0;
  double unit = 1;
  bool words = false;    ///< spelled out ("forty-two")
  bool weak = false;     ///< a lone "one"/"a": a count only inside a larger expression
  bool grouped = false;  ///< written with thousands separators ("2,023")
  int digits = 0;        ///< integer digits when written in digits (years have 4)
};

enum class form { count, percent, fraction, ratio, money, duration, vague };

/// One recognized expression: [qualifier] core [unit].
struct expression {
  int qualifier = -1;  ///< index into the qualifier table, -1 when none
  form kind = form::count;
  numeral a;           ///< the value (or the low end of a range)
  numeral b;           ///< the high end of a range
  bool range = false;
  double scale = 1;    ///< magnitude applied to a (and b)
  std::string unit;    ///< currency code, duration unit, "pp"
  int vague = -1;      ///< index into the vague table
  bool adjective = false;  ///< "17-year", "six-month": a compound modifier
  bool to_range = false;   ///< a range joined by "to" or "from ... to" (may be a change: "rose by 5 to 40")
};

}  // namespace claimcheck::parser::ast
