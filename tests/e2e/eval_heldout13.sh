#!/usr/bin/env bash
# The thirteenth held-out gate: eval_gate.sh on corpus-heldout13/ (12 articles written and annotated
# blind on 2026-11-27 by a helper who had not read src/, grammars/, tests/ or the other sets' feeds
# and gold; docs/heldout.md "Set 13"). A development set from its arrival: the eighteenth round's
# accuracy helpers read its misses (with sets 5-11). Its minimums are the figures measured at the
# end of that round, floored: a guard against regressions.
#
# usage: eval_heldout13.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout13
