#!/usr/bin/env bash
# Held-out gate 32: eval_gate.sh on corpus-heldout32/ (12 articles written and annotated blind on
# 2026-11-28 by a helper who had not read src/, grammars/, tests/ or the other sets; docs/heldout.md
# "Set 32"). Blind in the twenty-fourth round (run by the lead at its start and end only); its minimums
# are the figures measured at that round's end, floored: a guard against regressions.
#
# usage: eval_heldout32.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout32
