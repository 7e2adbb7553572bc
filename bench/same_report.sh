#!/usr/bin/env bash
# Checks that two claimcheck builds find the same discrepancies: the guard of a change to the
# reconciler's arithmetic (least squares, tolerances), where the printed numbers may move in their
# last bits but what is found may not. Runs `check --format json` of each INPUT with both builds
# and compares the reports discrepancy by discrepancy (matched by id): kind, severity, subject,
# message, outlier and the claims (ids) must be identical; a number (residual, expected lo/hi)
# may differ by a relative 1e-9 at most. Prints every difference, then SAME REPORTS or
# "reports differ".
#   bench/same_report.sh REF_CLAIMCHECK NEW_CLAIMCHECK [INPUT...]
# INPUT defaults to corpus/feed and the held-out sets' feeds that exist.
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/same_report.sh REF NEW [INPUT...]" >&2; exit 2; }
ref=$1 new=$2
shift 2
inputs=("$@")
if [ ${#inputs[@]} = 0 ]; then
  for d in corpus corpus-heldout corpus-heldout2 corpus-heldout3; do [ -d "$d/feed" ] && inputs+=("$d/feed"); done
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail=0
for input in "${inputs[@]}"; do
  "$ref" check "$input" --format json --fail-on none -q -o "$out/ref.json" 2>/dev/null; r1=$?
  "$new" check "$input" --format json --fail-on none -q -o "$out/new.json" 2>/dev/null; r2=$?
  if [ $r1 != $r2 ]; then
    echo "DIFFERENT: $input (exit $r1 vs $r2)"; fail=1; continue
  fi
  python3 - "$input" "$out/ref.json" "$out/new.json" <<'PY' || fail=1
import json, sys

name, ref_path, new_path = sys.argv[1:4]

def load(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    return {d["id"]: d for d in report["discrepancies"]}, report["input"]

def numbers(d, prefix=""):
    """The numeric fields of a discrepancy, flattened (the claims are compared by id)."""
    for k, v in d.items():
        if k == "claims":
            continue
        if isinstance(v, dict):
            yield from numbers(v, prefix + k + ".")
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            yield prefix + k, float(v)

ref, ref_input = load(ref_path)
new, new_input = load(new_path)
problems = []
if ref_input != new_input:
    problems.append(f"input summary {ref_input} vs {new_input}")
for i in sorted(ref.keys() - new.keys()):
    problems.append(f"{i}: only in REF ({ref[i]['kind']}, {ref[i]['subject']})")
for i in sorted(new.keys() - ref.keys()):
    problems.append(f"{i}: only in NEW ({new[i]['kind']}, {new[i]['subject']})")
moved = 0
for i in sorted(ref.keys() & new.keys()):
    a, b = ref[i], new[i]
    for k in ("kind", "severity", "subject", "message", "outlier"):
        if a.get(k) != b.get(k):
            problems.append(f"{i}: {k} {a.get(k)!r} vs {b.get(k)!r}")
    if [c["id"] for c in a["claims"]] != [c["id"] for c in b["claims"]]:
        problems.append(f"{i}: claims differ")
    na, nb = dict(numbers(a)), dict(numbers(b))
    if na.keys() != nb.keys():
        problems.append(f"{i}: numeric fields {sorted(na)} vs {sorted(nb)}")
    for k in na.keys() & nb.keys():
        x, y = na[k], nb[k]
        if x != y:
            moved += 1
            if abs(x - y) > 1e-9 * max(abs(x), abs(y)):
                problems.append(f"{i}: {k} {x!r} vs {y!r}")
for p in problems:
    print(f"  {name}: {p}")
print(f"{'same' if not problems else 'DIFFERENT'}: {name} ({len(ref)} discrepancies, "
      f"{moved} numbers moved within 1e-9)")
sys.exit(1 if problems else 0)
PY
done
if [ $fail = 0 ]; then echo "SAME REPORTS"; else echo "reports differ"; fi
exit $fail
