#!/usr/bin/env bash
# Renders an HTML report in headless Chromium and saves a PNG screenshot.
#
#   scripts/screenshot.sh REPORT.html OUT.png [WIDTHxHEIGHT] [SECTION]
#
# SECTION (e.g. subject-3, the id of a subject's section) shows the page heading and only that
# section, to picture one timeline; the report file itself is not changed.
#
# Installs Debian's `chromium` with apt-get when it is missing (needs root). The browser runs
# with a throw-away profile and no network-facing background services; the report itself is
# self-contained, so nothing is fetched.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTHxHEIGHT] [SECTION]" >&2
  exit 2
fi
report=$1
out=$2
size=${3:-1280x2000}
section=${4:-}
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
if [[ -n $section ]]; then
  [[ $section =~ ^[A-Za-z0-9_-]+$ ]] || { echo "$0: bad section id '$section'" >&2; exit 2; }
  grep -q "<section id=\"$section\">" "$abs_report" || { echo "$0: no section '$section' in $report" >&2; exit 2; }
  sed "s|</head>|<style>table,p.summary,p.baseline,section:not(#$section){display:none}</style></head>|" \
    "$abs_report" >"$profile/view.html"
  abs_report=$profile/view.html
fi

"$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
  --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" --screenshot="$abs_out" \
  --window-size="${size/x/,}" "file://$abs_report" >/dev/null 2>&1

[[ -s $abs_out ]] || { echo "$0: chromium wrote no screenshot" >&2; exit 1; }
echo "$abs_out"
