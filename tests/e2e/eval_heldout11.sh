#!/usr/bin/env bash
# The eleventh held-out gate: eval_gate.sh on corpus-heldout11/ (12 articles written and annotated
# blind on 2026-11-27 by a helper who had not read src/, grammars/, tests/ or the other sets' feeds
# and gold; docs/heldout.md "Set 11"). A development set from the start: the accuracy helpers of the
# session it was written in read its misses (with sets 5-9). Its minimums are the figures measured at
# the end of that session, floored: a guard against regressions.
#
# usage: eval_heldout11.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout11
