#!/usr/bin/env bash
# The markdown report renders as intended in a GitHub-flavoured Markdown renderer (cmark-gfm,
# with raw HTML allowed, the least forgiving setting): the summary is a table, numbers are
# bold, and nothing from the hostile fixture feed becomes markup or a link.
# Skipped (exit 0, with a message) when cmark-gfm is not installed.
#
# usage: report_markdown_render.sh CLAIMCHECK SOURCE_ROOT
set -euo pipefail
root=$2
fail() { echo "report_markdown_render: $*" >&2; exit 1; }
if ! command -v cmark-gfm >/dev/null 2>&1; then
  echo "report_markdown_render: skipped: cmark-gfm is not installed"
  exit 0
fi
html=$(cmark-gfm --unsafe -e table -e autolink -e strikethrough "$root/tests/golden/report/fixture.markdown.expect")

live='<(script|img|svg|iframe|b |i>)|href="javascript|href=" javascript'
if grep -Eqi "$live" <<<"$html"; then fail "live markup from the feed: $(grep -Eoi "$live[^>]*" <<<"$html" | head -3)"; fi
[[ $(grep -c '^<tr>' <<<"$html") -eq 5 ]] || fail "the summary table does not have a header and 4 rows"
[[ $(grep -o '<a href="http' <<<"$html" | wc -l) -eq 4 ]] || fail "expected exactly the 4 http(s) article links"
grep -q '<strong>Some 33,207</strong> Palestinians' <<<"$html" || fail "the quantity is not bold in its sentence"
grep -q '<h3>&lt;i&gt;people&lt;/i&gt; / die</h3>' <<<"$html" || fail "a hostile subject heading is not shown as text"
grep -q '\*\*<strong>12</strong>\*\* _people_ \[died\](javascript:alert(1))' <<<"$html" ||
  fail "article Markdown is not shown literally"
grep -q '<p>- <strong>20</strong> people died' <<<"$html" || fail "a sentence starting with '-' became a list"
echo "report_markdown_render: ok"
