#!/usr/bin/env bash
# The fourth held-out gate: eval_gate.sh on corpus-heldout4/ (12 articles written and annotated
# blind on 2026-11-27 by a helper who had not read src/, grammars/, tests/ or the other sets' feeds
# and gold; docs/heldout.md "Set 4"). Its minimums are the figures first measured on it after one
# named gold correction, floored: a guard against regressions on unseen text, not a target to tune for.
#
# usage: eval_heldout4.sh CLAIMCHECK SOURCE_ROOT
exec bash "$(dirname "$0")/eval_gate.sh" "$1" "$2" corpus-heldout4
