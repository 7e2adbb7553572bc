#!/usr/bin/env bash
# The third held-out gate: eval_gate.sh on corpus-heldout3/ (12 articles written and annotated
# blind on 2026-11-26/27 by a helper who had not read src/, grammars/ or the other sets;
# docs/heldout.md "Set 3"). Its minimums are the figures first measured on it, floored: a guard
# against regressions on unseen text, not a target to tune for.
#
# usage: eval_heldout3.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout3
