#!/usr/bin/env bash
# stolt --export=timeline-pdf, timeline-svg, timeline-png, checked with the
# programs users would open them with: poppler (pdfinfo, pdftotext),
# xmllint, and python3 for the PNG header.  No display (TAP).
set -u

stolt=${STOLT:?the built stolt binary}
unset DISPLAY WAYLAND_DISPLAY
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }

for tool in pdfinfo pdftotext xmllint python3; do
  if ! command -v "$tool" > /dev/null; then
    echo "Bail out! $tool is missing (make deps installs poppler-utils, libxml2-utils, python3)"
    exit 1
  fi
done

pages () { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
# "841.89 x 595.28" from pdfinfo, rounded to whole points
page_size () {
  pdfinfo "$1" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p' |
    awk '{ printf "%.0fx%.0f\n", $1, $2 }'
}
png_size () {
  python3 - "$1" <<'EOF'
import struct, sys
with open(sys.argv[1], 'rb') as f:
    head = f.read(24)
assert head[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
assert head[12:16] == b'IHDR'
print('%dx%d' % struct.unpack('>II', head[16:24]))
EOF
}
svg_width () {
  python3 - "$1" <<'EOF'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == '{http://www.w3.org/2000/svg}svg', root.tag
print(root.get('width'))
EOF
}

"$stolt" --new=ks-nettverk --start=2015-10-12 --output="$work/ks.stolt"
check "the sample project is made" [ -s "$work/ks.stolt" ]
before=$(sha256sum < "$work/ks.stolt")

# --help lists the three formats
help=$("$stolt" --help)
for format in timeline-pdf timeline-svg timeline-png; do
  check "--help lists $format" grep -qE "^  $format +" <<<"$help"
done

# PDF: A4 landscape, fitted to the width by default
"$stolt" --export=timeline-pdf --output="$work/fit.pdf" "$work/ks.stolt"
check "timeline-pdf exits 0" [ $? -eq 0 ]
check "a phase with items has its row" bash -c "pdftotext '$work/fit.pdf' - | grep -q Planlegging"
# Oppfølging has no milestone and no activity in the sample: no empty row
check "an empty phase has no row on paper" bash -c "! pdftotext '$work/fit.pdf' - | grep -q Oppfølging"
check "the PDF is A4 landscape (842x595 pt)" [ "$(page_size "$work/fit.pdf")" = "842x595" ]
check "the fitted plan is one page wide and tall" [ "$(pages "$work/fit.pdf")" -eq 1 ]
text=$(pdftotext "$work/fit.pdf" -)
for title in "Prosjektplan levert til KS" "Politisk mandat på plass" "Tillitsvalgte involvert" \
             "Ny arbeidsgiverpolitikk vedtatt av kommunestyret"; do
  check "the PDF names the milestone “$title”" grep -qF "$title" <<<"$text"
done
check "the PDF has the project's title" grep -qF "Ny arbeidsgiverpolitikk for Hamar kommune" <<<"$text"
check "the PDF is numbered" grep -qF "Page 1 of 1" <<<"$text"

# At day zoom the plan runs over many pages, each with the header
"$stolt" --export=timeline-pdf --zoom=day --output="$work/day.pdf" "$work/ks.stolt"
check "timeline-pdf --zoom=day exits 0" [ $? -eq 0 ]
day_pages=$(pages "$work/day.pdf")
check "a long plan at day zoom takes more than one page ($day_pages)" [ "$day_pages" -gt 1 ]
check "every page is A4 landscape" [ "$(pdfinfo -f 1 -l "$day_pages" "$work/day.pdf" |
  grep -c 'size: *841.89 x 595.28')" -eq "$day_pages" ]
headers=0
numbered=0
for ((p = 1; p <= day_pages; p++)); do
  page_text=$(pdftotext -f $p -l $p "$work/day.pdf" -)
  grep -qE "^Week [0-9]+$" <<<"$page_text" && headers=$((headers + 1))
  grep -qF "Page $p of $day_pages" <<<"$page_text" && numbered=$((numbered + 1))
done
check "every page repeats the header with week numbers" [ $headers -eq "$day_pages" ]
check "every page has its number" [ $numbered -eq "$day_pages" ]
day_text=$(pdftotext "$work/day.pdf" -)
check "ISO week 53 of 2015 is there" grep -qx "Week 53" <<<"$day_text"
check "milestones are named at day zoom too" grep -qF "Veivalg: fokusområder valgt" <<<"$day_text"

"$stolt" --export=timeline-pdf --zoom=day --fit-page --output="$work/one.pdf" "$work/ks.stolt"
check "--fit-page exits 0" [ $? -eq 0 ]
check "--fit-page makes one page" [ "$(pages "$work/one.pdf")" -eq 1 ]
check "--fit-page keeps A4 landscape" [ "$(page_size "$work/one.pdf")" = "842x595" ]

"$stolt" --export=timeline-pdf --paper=a3 --zoom=week --output="$work/a3.pdf" "$work/ks.stolt"
check "--paper=a3 exits 0" [ $? -eq 0 ]
check "--paper=a3 is A3 landscape (1191x842 pt)" [ "$(page_size "$work/a3.pdf")" = "1191x842" ]
"$stolt" --export=timeline-pdf --zoom=week --output="$work/a4week.pdf" "$work/ks.stolt"
check "A3 needs fewer pages than A4" [ "$(pages "$work/a3.pdf")" -lt "$(pages "$work/a4week.pdf")" ]

# SVG: well-formed, as wide as asked
"$stolt" --export=timeline-svg --width=1200 --output="$work/ks.svg" "$work/ks.stolt"
check "timeline-svg exits 0" [ $? -eq 0 ]
check "the SVG is well-formed XML" xmllint --noout "$work/ks.svg"
check "the SVG is 1200 px wide" [ "$(svg_width "$work/ks.svg")" = "1200px" ]
svg_texts () {
  python3 - "$1" <<'EOF'
import sys, xml.etree.ElementTree as ET
for node in ET.parse(sys.argv[1]).getroot().iter('{http://www.w3.org/2000/svg}text'):
    print(node.text)
EOF
}
svg_texts "$work/ks.svg" > "$work/ks-texts.txt"
check "the SVG keeps a milestone's title as text" grep -qx "Samling 1: utfordringer, visjoner og verdier (kick-off)" "$work/ks-texts.txt"
check "the SVG keeps the header's years as text" grep -qx "2016" "$work/ks-texts.txt"
check "the SVG has no glyph outlines" [ "$(grep -c '<symbol' "$work/ks.svg")" -eq 0 ]
"$stolt" --export=timeline-svg --width=500 --output="$work/narrow.svg" "$work/ks.stolt"
check "a label cut in a narrow SVG ends in an ellipsis" grep -q "…$" <(svg_texts "$work/narrow.svg")

# PNG: as wide as asked; at a zoom, as wide as the plan needs
"$stolt" --export=timeline-png --width=1000 --output="$work/ks.png" "$work/ks.stolt"
check "timeline-png exits 0" [ $? -eq 0 ]
size=$(png_size "$work/ks.png")
check "the PNG is 1000 px wide ($size)" [ "${size%x*}" -eq 1000 ]
check "and tall enough for every row" [ "${size#*x}" -gt 400 ]
"$stolt" --export=timeline-png --output="$work/default.png" "$work/ks.stolt"
check "the PNG is 1600 px wide by default" [ "$(png_size "$work/default.png" | cut -dx -f1)" -eq 1600 ]
"$stolt" --export=timeline-png --zoom=week --output="$work/week.png" "$work/ks.stolt"
week_width=$(png_size "$work/week.png" | cut -dx -f1)
# 431 days of 12 px, and a margin
check "at week zoom the PNG is as wide as the plan ($week_width px)" \
  [ "$week_width" -ge 5172 ] && [ "$week_width" -le 5300 ]
"$stolt" --export=timeline-png --zoom=month --width=1500 --output="$work/month.png" "$work/ks.stolt"
check "--width wins over the zoom's width" [ "$(png_size "$work/month.png" | cut -dx -f1)" -eq 1500 ]
"$stolt" --export=timeline-png --zoom=month --width=700 --output="$work/cut.png" "$work/ks.stolt" 2> /dev/null
check "but a --width that would cut the plan is refused" [ $? -eq 1 -a ! -e "$work/cut.png" ]

check "exporting never changes the input" [ "$(sha256sum < "$work/ks.stolt")" = "$before" ]

# Bad input: exit 1, one line naming the file, OUT untouched or not made
printf 'not a project\n' > "$work/text.stolt"
for format in pdf svg png; do
  out="$work/keep.$format"
  echo "keep me" > "$out"
  "$stolt" --export=timeline-$format --output="$out" "$work/text.stolt" 2> "$work/err"
  status=$?
  check "timeline-$format refuses a text file with exit 1" [ $status -eq 1 ]
  check "timeline-$format says so in one line" [ "$(wc -l < "$work/err")" -eq 1 ]
  check "timeline-$format names the file" grep -q "text.stolt" "$work/err"
  check "timeline-$format leaves OUT untouched" [ "$(cat "$out")" = "keep me" ]

  "$stolt" --export=timeline-$format --output="$work/new.$format" "$work/missing.stolt" 2> "$work/err"
  check "timeline-$format refuses a missing file with exit 1" [ $? -eq 1 ]
  check "timeline-$format writes nothing for it" [ ! -e "$work/new.$format" ]

  "$stolt" --export=timeline-$format --output="$work/no/such/dir/x.$format" "$work/ks.stolt" \
    2> "$work/err"
  check "timeline-$format fails with exit 1 where it cannot write" [ $? -eq 1 ]
  check "timeline-$format says so in one line" [ "$(wc -l < "$work/err")" -eq 1 ]
done
check "no temporary files are left behind" [ -z "$(find "$work" -name '.*.tmp')" ]

# A project without dates still exports
"$stolt" --new=empty --output="$work/empty.stolt"
"$stolt" --export=timeline-pdf --output="$work/empty.pdf" "$work/empty.stolt"
check "an empty project exports to one PDF page" [ "$(pages "$work/empty.pdf")" -eq 1 ]
"$stolt" --export=timeline-png --output="$work/empty.png" "$work/empty.stolt"
check "and to a PNG" [ "$(png_size "$work/empty.png" | cut -dx -f1)" -eq 1600 ]

echo "1..$n"
[ $failed -eq 0 ]
