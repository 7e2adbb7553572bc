#!/usr/bin/env bash
# Renders an HTML report in headless Chromium and saves a PNG screenshot.
#
#   scripts/screenshot.sh REPORT.html OUT.png [WIDTHxHEIGHT]
#
# Installs Debian's `chromium` with apt-get when it is missing (needs root). The browser runs
# with a throw-away profile and no network-facing background services; the report itself is
# self-contained, so nothing is fetched.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTHxHEIGHT]" >&2
  exit 2
fi
report=$1
out=$2
size=${3:-1280x2000}
[[ -r $report ]] || { echo "$0: $report: cannot read" >&2; exit 2; }

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
if [[ -z $browser ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "$0: chromium is not installed (apt-get install chromium, as root)" >&2
    exit 2
  fi
  echo "$0: installing chromium" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null ||
    { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null; }
  browser=chromium
fi

abs_report=$(realpath "$report")
abs_out=$(realpath -m "$out")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" --screenshot="$abs_out" \
  --window-size="${size/x/,}" "file://$abs_report" >/dev/null 2>&1

[[ -s $abs_out ]] || { echo "$0: chromium wrote no screenshot" >&2; exit 1; }
echo "$abs_out"
