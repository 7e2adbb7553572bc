#!/usr/bin/env bash
# The tenth held-out gate: eval_gate.sh on corpus-heldout10/ (12 articles written and annotated
# blind on 2026-11-27 by a helper who had not read src/, grammars/, tests/ or the other sets' feeds
# and gold; docs/heldout.md "Set 10"). Its minimums are the figures measured at the end of the
# session it was written in (nothing was changed for it in that session), floored: a guard against
# regressions.
#
# usage: eval_heldout10.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout10
