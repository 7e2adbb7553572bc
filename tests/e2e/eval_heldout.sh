#!/usr/bin/env bash
# The held-out gate: eval_gate.sh on corpus-heldout/ (10 articles nobody tuned on, gold annotated
# blind; docs/heldout.md). Its minimums are the figures measured when the set was made, floored:
# a guard against regressions on unseen text, not a target to tune for.
#
# usage: eval_heldout.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout
