#!/usr/bin/env bash
# The second held-out gate: eval_gate.sh on corpus-heldout2/ (12 articles written and annotated
# blind on 2026-11-26 while corpus-heldout/ became a development set; docs/heldout.md "Set 2").
# Its minimums are the figures measured at the end of the session that wrote it, floored: a guard
# against regressions on unseen text, not a target to tune for.
#
# usage: eval_heldout2.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout2
