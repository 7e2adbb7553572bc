#pragma once

// A partition point searched from a hint (claims/extractor.cpp's per-figure rules).

#include <algorithm>
#include <cstddef>
#include <span>

namespace claimcheck::claims {

// std::partition_point(t, pred) as an index (pred true for a first run of elements, false for
// the rest), searched from element `hint` outwards: the extractor's rules ask which token holds a
// byte offset in a figure's own neighbourhood, a few tokens from the figure, where a binary
// search over the sentence took ~5 halvings of ~15 instructions each. Past `near` steps from the
// hint it is a binary search of the rest, so a far answer costs a few tests more than one.
template <class T, class Pred>
std::size_t partition_near(std::span<T const> t, std::size_t hint, Pred pred) {
  constexpr std::size_t near = 4;
  std::size_t const n = t.size();
  std::size_t k = std::min(hint, n);
  if (k < n && pred(t[k])) {  // the answer is after the hint
    for (++k; k < n && pred(t[k]); ++k)
      if (k - hint >= near)
        return static_cast<std::size_t>(std::partition_point(t.begin() + static_cast<std::ptrdiff_t>(k) + 1, t.end(), pred) -
                                        t.begin());
    return k;
  }
  for (std::size_t steps = 0; k > 0 && !pred(t[k - 1]); --k)  // at the hint or before it
    if (++steps > near)
      return static_cast<std::size_t>(std::partition_point(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(k) - 1, pred) -
                                      t.begin());
  return k;
}

}  // namespace claimcheck::claims
