#!/usr/bin/env bash
# The HTML report runs nothing from a hostile feed, checked in a real browser (headless
# Chromium): every payload in the fixture report tries to set document.title to PWNED.
#   1. control: a page with a live <script> does change the title (the check can see scripts);
#   2. the golden hostile report, and a report rendered by the binary from hostile claims,
#      keep their title and contain no <script>, <img> or event-handler element;
#   3. the same with the Content-Security-Policy removed, so escaping alone is what is tested.
# Skipped (exit 0, with a message) when chromium is not installed.
#
# usage: report_browser.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "report_browser: $*" >&2; exit 1; }

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
if [[ -z $browser ]]; then
  echo "report_browser: skipped: chromium is not installed"
  exit 0
fi

dump() {
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$(mktemp -d -p "$work")" \
    --virtual-time-budget=2000 --dump-dom "file://$1" 2>/dev/null
}

# The document's title: the first <title> (the plot's SVG elements have their own after it).
title_of() { tr '\n' ' ' <"$1" | grep -o '<title>[^<]*</title>' | head -1 | sed 's:</*title>::g'; }

# 1. control
cat >"$work/control.html" <<'EOF'
<!DOCTYPE html><html><head><title>before</title></head>
<body><script>document.title='PWNED'</script><img src=x onerror="document.body.dataset.ran='yes'"></body></html>
EOF
dump "$work/control.html" >"$work/control.dom"
[[ $(title_of "$work/control.dom") == PWNED ]] ||
  fail "control page: the browser did not run its script (title '$(title_of "$work/control.dom")'), so this test cannot see scripts"

check_inert() {
  local page=$1 expected_title
  expected_title=$(title_of "$page")
  [[ -n $expected_title ]] || fail "$page has no title"
  dump "$page" >"$page.dom"
  [[ -s $page.dom ]] || fail "chromium dumped no DOM for $page"
  local got
  got=$(title_of "$page.dom")
  [[ $got == "$expected_title" ]] || fail "$page: a script ran: title is '$got'"
  # In a serialized DOM every '<' of text is "&lt;", so a literal '<' opens a real element.
  local live='<(script|img|iframe|object|embed|svg[^>]* onload)|<[a-z][^>]* on[a-z]+=|href="javascript'
  if grep -Eqi "$live" "$page.dom"; then
    fail "$page: live markup from the feed in the DOM: $(grep -Eoi "$live[^>]*" "$page.dom" | head -3)"
  fi
  grep -q 'PWNED' "$page.dom" || fail "$page: the hostile text is not shown at all"
}

# 2. the golden hostile report, and one rendered by the binary
cp "$root/tests/golden/report/fixture.html.expect" "$work/golden.html"
check_inert "$work/golden.html"

{
  printf '%s\n' '{"type":"claim","id":"x1:1","article":"x1","source":"<script>document.title=\"PWNED\"</script>","published":"2024-04-08","url":"javascript:document.title=\"PWNED\"","file":"feed.jsonl","line":1,"span":{"start":0,"end":3},"sentence":"Some 100 people died \"><img src=x onerror=\"document.title=&apos;PWNED&apos;\">.","quantity":{"text":"100","value":100,"lo":100,"hi":100,"qualifier":null,"kind":"count","unit":null},"subject":{"text":"people","key":"people"},"predicate":{"text":"died","key":"kill","modality":"asserted"},"date":{"value":"2024-04-08","basis":"explicit"},"attribution":{"text":"<b onmouseover=\"document.title=&apos;PWNED&apos;\">officials</b>","key":"officials"},"relations":[]}'
  printf '%s\n' '{"type":"claim","id":"x2:1","article":"x2","source":"Harbor Daily","published":"2024-04-08","url":"https://example.org/x2","file":"feed.jsonl","line":2,"span":{"start":0,"end":3},"sentence":"Some 300 people died.","quantity":{"text":"300","value":300,"lo":300,"hi":300,"qualifier":null,"kind":"count","unit":null},"subject":{"text":"people","key":"people"},"predicate":{"text":"died","key":"kill","modality":"asserted"},"date":{"value":"2024-04-08","basis":"explicit"},"attribution":{"text":null,"key":null},"relations":[]}'
} >"$work/hostile.jsonl"
"$bin" check "$work/hostile.jsonl" --format html -o "$work/cli.html" --fail-on none 2>/dev/null ||
  fail "claimcheck check --format html failed"
grep -q 'x1:1' "$work/cli.html" || fail "the hostile claims were not reported, so the browser check would prove nothing"
check_inert "$work/cli.html"

# 3. escaping alone, without the Content-Security-Policy
for page in golden cli; do
  grep -v 'Content-Security-Policy' "$work/$page.html" >"$work/$page-nocsp.html"
  check_inert "$work/$page-nocsp.html"
done
echo "report_browser: ok"
