#!/usr/bin/env bash
# The twelfth held-out gate: eval_gate.sh on corpus-heldout12/ (12 articles written and annotated
# blind on 2026-11-27 by a helper who had not read src/, grammars/, tests/ or the other sets' feeds
# and gold; docs/heldout.md "Set 12"). Blind through the eighteenth round (run by the lead at its
# start and end only). Its minimums are the figures measured at that end, floored: a guard against
# regressions.
#
# usage: eval_heldout12.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout12
