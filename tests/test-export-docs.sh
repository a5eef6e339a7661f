#!/usr/bin/env bash
# The document exporters (values-*, swot-*, pdf), read by the programs
# people use: cmark is checked in test-values-export.c; here xmllint,
# LibreOffice and poppler (pdftotext, pdfinfo, pdffonts, pdftoppm). TAP.
set -u

stolt=${STOLT:?the built stolt binary}
unset DISPLAY WAYLAND_DISPLAY
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n # SKIP $1"; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }
has () { grep -qF -- "$2" "$1"; }

"$stolt" --new=ks-nettverk --start=2015-10-12 --output="$work/ks.stolt" || exit 1
"$stolt" --new=handlingsprogram --start=2026-01-12 --output="$work/hp.stolt" || exit 1
"$stolt" --new=empty --output="$work/empty.stolt" || exit 1

# Text that is XML and Markdown at once must arrive as text
# A sub-heading and a link (the subset's "### " and [text](https)), and
# look-alikes that are text
sqlite3 "$work/ks.stolt" "UPDATE values_section SET body = '### Underoverskrift

Lønn & <b>tags</b> er *viktig*.

Les [hele planen](https://example.com/plan?a=1&b=2) og \\### ikke \\[x\\](y).

- første punkt
- andre  punkt' WHERE id = (SELECT min(id) FROM values_section)" || exit 1
sqlite3 "$work/ks.stolt" "UPDATE value SET name = 'Stolt & <modig>' WHERE id = (SELECT min(id) FROM value)" || exit 1
# Values (issue 12): an adopted document says by whom and when
sqlite3 "$work/ks.stolt" "UPDATE values_document SET status = 2, adopted_by = 'Kommunestyret', adopted_date = '2026-03-12'" || exit 1

# --- values-md ---------------------------------------------------------
"$stolt" --export=values-md --output="$work/v.md" "$work/ks.stolt"
check "values-md exits 0" [ $? -eq 0 ]
check "values-md has the title as a heading" has "$work/v.md" "# Verdigrunnlag for Hamar kommune"
check "values-md escapes user text" has "$work/v.md" "### Stolt \\& \\<modig\\>"
check "values-md has the sub-heading" grep -qx '### Underoverskrift' "$work/v.md"
check "values-md has the link" has "$work/v.md" "Les [hele planen](https://example.com/plan?a=1&b=2) og \\#\\#\\# ikke \\[x\\](y)."
check "values-md has the status" grep -qE '^\*\*Status:\*\* Adopted by Kommunestyret on ' "$work/v.md"

# --- values-fodt -------------------------------------------------------
"$stolt" --export=values-fodt --output="$work/v.fodt" "$work/ks.stolt"
check "values-fodt exits 0" [ $? -eq 0 ]
check "values-fodt is well-formed XML" xmllint --noout "$work/v.fodt"
check "values-fodt is an ODF text document" \
  grep -q 'office:mimetype="application/vnd.oasis.opendocument.text"' "$work/v.fodt"
check "values-fodt has outline headings" grep -q '<text:h text:style-name="Heading_20_1" text:outline-level="1">' "$work/v.fodt"
check "values-fodt has the status" grep -q 'Status:</text:span> Adopted by Kommunestyret on ' "$work/v.fodt"
check "values-fodt styles emphasis as a span" grep -q '<text:span text:style-name="Emphasis">viktig</text:span>' "$work/v.fodt"
check "values-fodt makes the sub-heading a Heading 3" \
  has "$work/v.fodt" '<text:h text:style-name="Heading_20_3" text:outline-level="3">Underoverskrift</text:h>'
check "values-fodt makes the link a hyperlink" \
  has "$work/v.fodt" '<text:a xlink:type="simple" xlink:href="https://example.com/plan?a=1&amp;b=2">hele planen</text:a>'

if command -v soffice > /dev/null; then
  timeout 180 soffice -env:UserInstallation="file://$work/lo-profile" --headless \
    --convert-to pdf --outdir "$work/lo" "$work/v.fodt" > /dev/null 2>&1
  if [ -s "$work/lo/v.pdf" ]; then
    pdftotext -layout "$work/lo/v.pdf" "$work/lo.txt"
    ok "LibreOffice converts values-fodt to PDF"
    check "LibreOffice shows the title" has "$work/lo.txt" "Verdigrunnlag for Hamar kommune"
    check "LibreOffice shows the escaped name" has "$work/lo.txt" "Stolt & <modig>"
    check "LibreOffice shows the body" has "$work/lo.txt" "Lønn & tags er viktig."
    check "LibreOffice shows the sub-heading" has "$work/lo.txt" "Underoverskrift"
    check "LibreOffice shows the look-alikes as text" has "$work/lo.txt" "Les hele planen og ### ikke [x](y)."
    check "LibreOffice keeps the link" grep -qa "example.com/plan?a=1&b=2" "$work/lo/v.pdf"
    check "LibreOffice shows the list" grep -qE "•\s+andre +punkt" "$work/lo.txt"
    check "LibreOffice shows supporting measures" has "$work/lo.txt" "Lederutviklingsprogram for alle enhetsledere"
  else
    not_ok "LibreOffice converts values-fodt to PDF"
  fi
else
  skip "soffice is not installed (libreoffice-writer-nogui)"
fi

# --- values-pdf --------------------------------------------------------
"$stolt" --export=values-pdf --output="$work/v.pdf" "$work/ks.stolt"
check "values-pdf exits 0" [ $? -eq 0 ]
pdftotext "$work/v.pdf" "$work/v.txt"
check "values-pdf has the title" has "$work/v.txt" "Verdigrunnlag for Hamar kommune"
check "values-pdf has the value" has "$work/v.txt" "Stolt & <modig>"
check "values-pdf has the status" has "$work/v.txt" "Status: Adopted by Kommunestyret on "
check "values-pdf renders emphasis as text" has "$work/v.txt" "Lønn & tags er viktig."
check "values-pdf has the sub-heading" has "$work/v.txt" "Underoverskrift"
check "values-pdf shows the link's text and the look-alikes" has "$work/v.txt" "Les hele planen og ### ikke [x](y)."
check "values-pdf makes the link clickable" grep -qa "/URI (https://example.com/plan?a=1&b=2)" "$work/v.pdf"
check "values-pdf has the running header" has "$work/v.txt" "Ny arbeidsgiverpolitikk for Hamar kommune"
check "values-pdf has the footer" has "$work/v.txt" "Page 1 of 1"
pdfinfo "$work/v.pdf" > "$work/v.info"
check "values-pdf is A4" grep -qE "^Page size: +595\.(28|276) x 841\.89" "$work/v.info"
check "values-pdf embeds every font" \
  bash -c "pdffonts '$work/v.pdf' | tail -n +3 | awk '{ if (\$(NF-4) != \"yes\") exit 1 }'"
"$stolt" --export=values-pdf --paper=a3 --output="$work/v3.pdf" "$work/ks.stolt"
check "values-pdf --paper=a3 is A3" bash -c "pdfinfo '$work/v3.pdf' | grep -qE '^Page size: +841\.89 x 1190\.55'"

# --- swot-pdf, swot-png ------------------------------------------------
"$stolt" --export=swot-pdf --output="$work/s.pdf" "$work/ks.stolt"
check "swot-pdf exits 0" [ $? -eq 0 ]
pdfinfo "$work/s.pdf" > "$work/s.info"
check "swot-pdf is A4 landscape" grep -qE "^Page size: +841\.89 x 595\.(28|276)" "$work/s.info"
check "swot-pdf has one page per analysis" grep -qE "^Pages: +1$" "$work/s.info"
pdftotext "$work/s.pdf" "$work/s.txt"
for word in "SWOT fra samling 1" Strengths Weaknesses Opportunities Threats \
            "Mange deltidsstillinger" SO WT "Heltidskultur for å møte"; do
  check "swot-pdf shows $word" has "$work/s.txt" "$word"
done
"$stolt" --export=swot-png --output="$work/s.png" "$work/hp.stolt"
check "swot-png exits 0" [ $? -eq 0 ]
check "swot-png is 1600 pixels wide by default" python3 - "$work/s.png" 1600 <<'PY'
import struct, sys
data = open(sys.argv[1], 'rb').read(24)
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
width, height = struct.unpack('>II', data[16:24])
assert width == int(sys.argv[2]) and 200 < height < 4 * width, (width, height)
PY
"$stolt" --export=swot-png --width=800 --output="$work/s800.png" "$work/hp.stolt"
check "swot-png honours --width" python3 -c "
import struct, sys
w, h = struct.unpack('>II', open('$work/s800.png', 'rb').read(24)[16:24])
sys.exit(0 if w == 800 else 1)"

# --- pdf: the whole project report -------------------------------------
"$stolt" --export=pdf --output="$work/r.pdf" "$work/ks.stolt"
check "pdf exits 0" [ $? -eq 0 ]
pdfinfo "$work/r.pdf" > "$work/r.info"
check "pdf is A4" grep -qE "^Page size: +595\.(28|276) x 841\.89" "$work/r.info"
pages=$(awk '/^Pages:/ { print $2 }' "$work/r.info")
check "pdf has title page, contents and chapters ($pages pages)" [ "${pages:-0}" -ge 5 ]
check "pdf embeds every font" \
  bash -c "pdffonts '$work/r.pdf' | tail -n +3 | awk '{ if (\$(NF-4) != \"yes\") exit 1 }'"
# One family for the whole report, drawings included: the base names
# after the subset tag (ABCDEF+DejaVuSans-Bold) share one family
one_family () { pdffonts "$1" | tail -n +3 | awk '{ sub(/^[A-Z]+\+/, "", $1); sub(/-.*/, "", $1); print $1 }' | sort -u; }
check "pdf uses one font family ($(one_family "$work/r.pdf" | tr '\n' ' '))" \
  [ "$(one_family "$work/r.pdf")" = "DejaVuSans" ]
"$stolt" --export=timeline-pdf --output="$work/t.pdf" "$work/ks.stolt"
check "timeline-pdf uses the same family" [ "$(one_family "$work/t.pdf")" = "DejaVuSans" ]
check "values-pdf uses the same family" [ "$(one_family "$work/v.pdf")" = "DejaVuSans" ]
check "swot-pdf uses the same family" [ "$(one_family "$work/s.pdf")" = "DejaVuSans" ]
pdftotext "$work/r.pdf" "$work/r.txt"
check "pdf: the sections come in order" python3 - "$work/r.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
# After the contents page: the chapters themselves, in order
body = text[text.index('\f', text.index('Contents')):]
order = ['Project and mandate', 'Mandate', 'Organisation', 'Milestones', 'Timeline', 'Startfase',
         'Activities',
         'SWOT analyses', 'Goals', 'Result chain', 'SMART check', 'Action programme', 'Values',
         'Verdigrunnlag for Hamar kommune']
position = 0
for word in order:
    found = body.find(word, position)
    assert found >= 0, (word, 'missing or out of order')
    position = found + len(word)
PY
check "pdf: the contents' page numbers are the real pages" python3 - "$work/r.pdf" <<'PY'
import re, subprocess, sys
def page(n, layout=False):
    args = ['pdftotext', '-f', str(n), '-l', str(n)] + (['-layout'] if layout else []) + [sys.argv[1], '-']
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout
entries = [m.groups() for m in (re.match(r'^\s*(\S.*?)\s{2,}(\d+)\s*$', line)
                                for line in page(2, True).splitlines()) if m]
assert len(entries) >= 8, entries
for title, number in entries:
    assert title in page(int(number)), (title, number)
    assert int(number) > 2
PY
check "pdf: the timeline figure has its month and quarter headers" python3 - "$work/r.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
body = text[text.index('\f', text.index('Contents')):]
start = body.index('Timeline', body.index('Milestones'))
chart = body[start:body.index('Activities', start)]
for word in ('2016', 'Q1', 'Q2', 'Jan', 'Oct', 'Politisk mandat på plass'):
    assert word in chart, (word, chart[:400])
PY
check "pdf: the title page has owner and leader" bash -c "pdftotext -f 1 -l 1 '$work/r.pdf' - | grep -q 'Rådmannen'"
check "pdf: no header or footer on the title page" bash -c "! pdftotext -f 1 -l 1 '$work/r.pdf' - | grep -q 'Page 1 of'"
check "pdf: footers count the pages" has "$work/r.txt" "Page 2 of $pages"
for word in "Milestone" "Responsible" "Status" "Decision point" "Late" "Total hours" "332" \
            "Total, Startfase" "62" "Mobilise" "Phase out" "Project group" "Union representatives" \
            "Not described yet" "Specific" "Input" "Vision" "Samling 2:"; do
  check "pdf shows $word" has "$work/r.txt" "$word"
done

# The report of a project with nothing in it still reads well
"$stolt" --export=pdf --output="$work/e.pdf" "$work/empty.stolt"
check "pdf of an empty project exits 0" [ $? -eq 0 ]
check "and says what is missing" bash -c "pdftotext '$work/e.pdf' - | grep -q 'No milestones yet.'"

# The Swedish sample: ARUBA categories, on A3 when asked
"$stolt" --export=pdf --paper=a3 --output="$work/h.pdf" "$work/hp.stolt"
check "pdf --paper=a3 is A3" bash -c "pdfinfo '$work/h.pdf' | grep -qE '^Page size: +841\.89 x 1190\.55'"
check "pdf lists ARUBA categories" bash -c "pdftotext '$work/h.pdf' - | grep -q '^Attract$'"

# Dates in the locale's format
if locale -a 2> /dev/null | grep -qi '^nb_NO\.utf-\?8$'; then
  LC_ALL=nb_NO.UTF-8 "$stolt" --export=pdf --output="$work/nb.pdf" "$work/ks.stolt"
  check "pdf under nb_NO writes dates the Norwegian way" \
    bash -c "pdftotext '$work/nb.pdf' - | grep -qE '^15\.( jan\.|01\.) ?2016$'"
else
  skip "the nb_NO.UTF-8 locale is not installed"
fi

# --- bad input, nothing to export --------------------------------------
for format in values-md values-fodt values-pdf swot-pdf swot-png pdf; do
  echo "keep me" > "$work/out"
  printf 'not a project\n' > "$work/bad.stolt"
  "$stolt" --export=$format --output="$work/out" "$work/bad.stolt" 2> "$work/err"
  check "$format refuses a bad file" [ $? -ne 0 ]
  check "$format: one line on stderr" [ "$(wc -l < "$work/err")" -eq 1 ]
  check "$format: OUT untouched" [ "$(cat "$work/out")" = "keep me" ]
  if [ $format != pdf ]; then
    "$stolt" --export=$format --output="$work/out" "$work/empty.stolt" 2> "$work/err"
    check "$format refuses a project with nothing to export" [ $? -ne 0 ]
    check "$format: naming the file" grep -q "empty.stolt" "$work/err"
    check "$format: OUT still untouched" [ "$(cat "$work/out")" = "keep me" ]
  fi
  "$stolt" --export=$format --output="$work/no-such-dir/out" "$work/ks.stolt" 2> "$work/err"
  check "$format: an unwritable OUT fails with one line" [ $? -ne 0 -a "$(wc -l < "$work/err")" -eq 1 ]
done

echo "1..$n"
[ $failed -eq 0 ]
