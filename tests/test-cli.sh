#!/usr/bin/env bash
# The command-line contract of DESIGN.md, run without a display (TAP).
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

# --version and --help need no display
out=$("$stolt" --version)
check "--version prints the version" [ "$out" = "stolt $STOLT_VERSION" ]
help=$("$stolt" --help)
check "--help lists --export" grep -q -- "--export=FORMAT" <<<"$help"
check "--help lists the stolt format" grep -qE "^  stolt +" <<<"$help"

# --list-templates: an id, white space, a title
templates=$("$stolt" --list-templates)
check "--list-templates lists empty-sv" grep -qE "^empty-sv +Empty project \(Swedish\)$" <<<"$templates"
check "--list-templates lists empty-nb" grep -qE "^empty-nb +Empty project \(Norwegian Bokmål\)$" <<<"$templates"
for base in employer-policy competence-supply values-workshop attractive-employer; do
  for language in sv nb; do
    check "--list-templates lists $base-$language" grep -qE "^$base-$language +[^ ]" <<<"$templates"
  done
done
check "ten templates" [ "$(wc -l <<<"$templates")" -eq 10 ]

# --new=ID without a language takes the user's; the old ids still work
LANGUAGE=nb "$stolt" --new=empty --output="$work/empty-nb.stolt"
check "--new=empty in Norwegian exits 0" [ $? -eq 0 ]
LANGUAGE=sv "$stolt" --new=empty --output="$work/empty-sv.stolt"
check "--new=empty in Swedish exits 0" [ $? -eq 0 ]
if command -v sqlite3 > /dev/null; then
  check "is Nytt prosjekt in Norwegian" \
    grep -q "Nytt prosjekt" <<<"$(sqlite3 "$work/empty-nb.stolt" .dump)"
  check "is Nytt projekt in Swedish" \
    grep -q "Nytt projekt" <<<"$(sqlite3 "$work/empty-sv.stolt" .dump)"
fi
# --start: the plan starts on the first Monday from that day
"$stolt" --new=empty-sv --start=2027-01-06 --output="$work/start.stolt"
check "--start exits 0" [ $? -eq 0 ]
if command -v sqlite3 > /dev/null; then
  check "and the project starts on Monday 11 January 2027" \
    grep -q "2027-01-11" <<<"$(sqlite3 "$work/start.stolt" .dump)"
fi
if locale -a | grep -qix 'nb_NO.utf-\?8'; then
  LC_ALL=nb_NO.UTF-8 "$stolt" --new=empty-nb --start=6.1.2027 --output="$work/start-nb.stolt"
  check "--start reads a Norwegian date under nb_NO" [ $? -eq 0 ]
fi
"$stolt" --new=empty --start=someday --output="$work/x.stolt" 2> "$work/err"
check "a --start that is not a date is a usage error" [ $? -eq 2 ]
check "that says why" grep -q "someday" "$work/err"
"$stolt" --start=2027-01-06 2> /dev/null
check "--start without --new is a usage error" [ $? -eq 2 ]
"$stolt" --new=handlingsprogram --output="$work/old-id.stolt"
check "the old id handlingsprogram still works" [ $? -eq 0 ]

# --new writes a project file with Stolt's application_id
"$stolt" --new=ks-nettverk --output="$work/ks.stolt"
check "--new exits 0" [ $? -eq 0 ]
check "--new writes an SQLite file" grep -q "^SQLite format 3" "$work/ks.stolt"
appid=$(od -An -tx1 -j68 -N4 "$work/ks.stolt" | tr -d ' ')
check "the file carries application_id STLT" [ "$appid" = "53544c54" ]

# --export=stolt copies faithfully and never touches its input
before=$(sha256sum < "$work/ks.stolt")
"$stolt" --export=stolt --output="$work/copy.stolt" "$work/ks.stolt"
check "--export=stolt exits 0" [ $? -eq 0 ]
check "--export leaves the input alone" [ "$(sha256sum < "$work/ks.stolt")" = "$before" ]
"$stolt" --export=stolt --output="$work/copy2.stolt" "$work/copy.stolt"
check "an exported copy exports again" [ -s "$work/copy2.stolt" ]
title=$(sqlite3 "$work/copy.stolt" "SELECT title FROM project")
check "the copy holds the project" [ "$title" = "Ny arbeidsgiverpolitikk for Hamar kommune" ]

# Bad input: non-zero, one line on stderr naming the file, OUT untouched
printf 'not a project\n' > "$work/text.stolt"
echo "keep me" > "$work/out.stolt"
"$stolt" --export=stolt --output="$work/out.stolt" "$work/text.stolt" 2> "$work/err"
status=$?
check "a text file is refused" [ $status -ne 0 ]
check "with one line on stderr" [ "$(wc -l < "$work/err")" -eq 1 ]
check "naming the file" grep -q "text.stolt" "$work/err"
check "and OUT untouched" [ "$(cat "$work/out.stolt")" = "keep me" ]

"$stolt" --export=stolt --output="$work/out2.stolt" "$work/missing.stolt" 2> "$work/err"
check "a missing file is refused" [ $? -ne 0 ]
check "and nothing is written" [ ! -e "$work/out2.stolt" ]

head -c 3000 "$work/ks.stolt" > "$work/cut.stolt"
"$stolt" --export=stolt --output="$work/out3.stolt" "$work/cut.stolt" 2> "$work/err"
check "a truncated file is refused" [ $? -ne 0 ]
check "and nothing is written" [ ! -e "$work/out3.stolt" ]

# --export=ics and --export=csv: the same contract
check "--help lists the ics format" grep -qE "^  ics +" <<<"$help"
check "--help lists the csv format" grep -qE "^  csv +" <<<"$help"
for format in ics csv; do
  before=$(sha256sum < "$work/ks.stolt")
  "$stolt" --export=$format --output="$work/ks.$format" "$work/ks.stolt" 2> "$work/err"
  check "--export=$format exits 0" [ $? -eq 0 ]
  check "--export=$format says nothing" [ ! -s "$work/err" ]
  check "--export=$format writes a file" [ -s "$work/ks.$format" ]
  check "--export=$format leaves the input alone" [ "$(sha256sum < "$work/ks.stolt")" = "$before" ]

  echo "keep me" > "$work/out.$format"
  "$stolt" --export=$format --output="$work/out.$format" "$work/text.stolt" 2> "$work/err"
  check "--export=$format refuses a text file" [ $? -eq 1 ]
  check "with one line on stderr naming it" \
    [ "$(wc -l < "$work/err")" -eq 1 -a -n "$(grep text.stolt "$work/err")" ]
  check "and leaves OUT untouched" [ "$(cat "$work/out.$format")" = "keep me" ]

  "$stolt" --export=$format --output="$work/cut.$format" "$work/cut.stolt" 2> /dev/null
  check "--export=$format refuses a truncated file" [ $? -eq 1 ]
  check "and writes nothing" [ ! -e "$work/cut.$format" ]

  "$stolt" --export=$format --output="$work/no/such/dir/x.$format" "$work/ks.stolt" 2> "$work/err"
  check "--export=$format into a missing folder fails" [ $? -eq 1 ]
  check "with one line on stderr" [ "$(wc -l < "$work/err")" -eq 1 ]
  check "and no temporary file is left" [ -z "$(ls -A "$work" | grep '\.tmp$')" ]
done
check "the calendar is iCalendar" grep -q "^BEGIN:VCALENDAR" "$work/ks.ics"
check "the CSV starts with its header" grep -q "^Type,Code,Title," "$work/ks.csv"
"$stolt" --export=csv --bom --output="$work/bom.csv" "$work/ks.stolt"
bom=$(od -An -tx1 -N3 "$work/bom.csv" | tr -d ' ')
check "--bom starts the CSV with EF BB BF" [ "$bom" = "efbbbf" ]

# Usage errors exit 2
"$stolt" --export=stolt "$work/ks.stolt" 2> /dev/null
check "--export without --output is a usage error" [ $? -eq 2 ]
"$stolt" --export=docx --output="$work/x" "$work/ks.stolt" 2> /dev/null
check "an unknown format is a usage error" [ $? -eq 2 ]
"$stolt" --export=stolt --zoom=fortnight --output="$work/x" "$work/ks.stolt" 2> "$work/err"
check "an unknown zoom is a usage error" [ $? -eq 2 ]
check "that names the zoom" grep -q "fortnight" "$work/err"
"$stolt" --export=stolt --paper=letter --output="$work/x" "$work/ks.stolt" 2> /dev/null
check "an unknown paper size is a usage error" [ $? -eq 2 ]
"$stolt" --export=stolt --width=10 --output="$work/x" "$work/ks.stolt" 2> /dev/null
check "a tiny --width is a usage error" [ $? -eq 2 ]
check "and nothing is written" [ ! -e "$work/x" ]
"$stolt" --new=nonsense --output="$work/x.stolt" 2> "$work/err"
check "an unknown template is refused" [ $? -ne 0 ]
check "and nothing is written" [ ! -e "$work/x.stolt" ]

# --export=stolt converts a GNOME Planner file (written by Planner itself)
planner_dir=${STOLT_SOURCE_ROOT:?}/tests/data/planner
cp "$planner_dir/ks-nettverk.planner" "$work/ks-nettverk.planner"
before=$(sha256sum < "$work/ks-nettverk.planner")
"$stolt" --export=stolt --output="$work/from-planner.stolt" "$work/ks-nettverk.planner" 2> "$work/err"
check "a Planner file converts with exit 0" [ $? -eq 0 ]
check "and leaves the Planner file alone" [ "$(sha256sum < "$work/ks-nettverk.planner")" = "$before" ]
check "saying what was not carried over in one line" [ "$(wc -l < "$work/err")" -eq 1 ]
check "that names the file" grep -q "^stolt: ks-nettverk.planner: not carried over: " "$work/err"
check "and lists the calendars" grep -q "2 working-time calendars" "$work/err"
q () { sqlite3 "$work/from-planner.stolt" "$1"; }
check "the converted file has the project's title" \
  [ "$(q "SELECT title FROM project")" = "Arbeidsgiverpolitikk – nettverk samling 1" ]
check "its start and end" [ "$(q "SELECT start_date || ' ' || end_date FROM project")" = "2015-10-13 2015-10-20" ]
check "four phases" [ "$(q "SELECT group_concat(title, '|') FROM (SELECT title FROM phase ORDER BY position)")" = \
  "Startfase|Gjennomføring|Forankring|Involvering" ]
check "the activity with its hours, progress and phase" \
  [ "$(q "SELECT a.hours || ' ' || a.progress || ' ' || p.title FROM activity a JOIN phase p ON p.id = a.phase
          WHERE a.title = 'Samling 1: utfordringer, visjoner og verdier'")" = "16.0 100 Forankring" ]
check "the milestone with its date and responsible" \
  [ "$(q "SELECT date || ' ' || responsible FROM milestone WHERE title = 'Prosjektplan levert'")" = \
    "2015-10-13 Prosjektleder" ]
check "the resources as people" [ "$(q "SELECT group_concat(name, '|') FROM member")" = "Prosjektleder|Rådmann" ]
"$stolt" --export=stolt --output="$work/again.stolt" "$work/from-planner.stolt" 2> "$work/err"
check "the converted file opens as a Stolt project" [ $? -eq 0 ]
check "with nothing to report" [ ! -s "$work/err" ]

cp "$planner_dir/kompetensforsorjning.planner" "$work/k.planner"
"$stolt" --export=stolt --output="$work/k.stolt" "$work/k.planner" 2> /dev/null
check "dependencies are carried over" [ "$(sqlite3 "$work/k.stolt" \
  "SELECT count(*) FROM activity_predecessors")" -eq 6 ]

# Planner files that are wrong: one line naming the file, OUT untouched
printf '<?xml version="1.0"?>\n<foo/>\n' > "$work/plan.planner"
"$stolt" --export=stolt --output="$work/out.stolt" "$work/plan.planner" 2> "$work/err"
check "a file with another root is refused" [ $? -eq 1 ]
check "with one line" [ "$(wc -l < "$work/err")" -eq 1 ]
check "that names the root" grep -q "plan.planner” is not a GNOME Planner file: the root element is <foo>" "$work/err"
check "and OUT untouched" [ "$(cat "$work/out.stolt")" = "keep me" ]

head -c 2000 "$work/ks-nettverk.planner" > "$work/cut.planner"
"$stolt" --export=stolt --output="$work/out.stolt" "$work/cut.planner" 2> "$work/err"
check "a truncated Planner file is refused" [ $? -eq 1 ]
check "with one line" [ "$(wc -l < "$work/err")" -eq 1 ]
check "naming it" grep -q "cut.planner" "$work/err"

printf '<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<project name="&x;" mrproject-version="2" project-start="20260105T000000Z"/>\n' > "$work/xxe.planner"
"$stolt" --export=stolt --output="$work/xxe.stolt" "$work/xxe.planner" 2> "$work/err"
check "an external entity is refused" [ $? -eq 1 ]
check "writing nothing" [ ! -e "$work/xxe.stolt" ]
check "and without reading the file it names" bash -c '! grep -q "root:" "$1"' _ "$work/err"

# libxml2's encoding converters print to stderr unless told not to
printf '<?xml version="1.0" encoding="ISO-2022-JP"?>\n<project name="\033$B\000\000\000\000"/>' > "$work/enc.planner"
"$stolt" --export=stolt --output="$work/enc.stolt" "$work/enc.planner" 2> "$work/err"
check "a file that does not decode is refused" [ $? -eq 1 ]
check "with exactly one line on stderr" [ "$(wc -l < "$work/err")" -eq 1 ]

# --output never hurts a file the user did not mean: one line, exit 2,
# the file left as it was
exported=$(sha256sum < "$work/ks.stolt")
ln -s ks.stolt "$work/link.stolt"
for format in stolt csv; do
  "$stolt" --export=$format --output="$work/link.stolt" "$work/ks.stolt" 2> "$work/err"
  check "--export=$format to a link to the input is refused" [ $? -eq 2 ]
  check "with one line naming it" [ "$(wc -l < "$work/err")" -eq 1 -a -n "$(grep link.stolt "$work/err")" ]
  check "the input is untouched" [ "$(sha256sum < "$work/ks.stolt")" = "$exported" ]
  check "and the link is still a link" [ -L "$work/link.stolt" ]
done
ln "$work/ks.stolt" "$work/hard.stolt"
"$stolt" --export=pdf --output="$work/hard.stolt" "$work/ks.stolt" 2> "$work/err"
check "a hard link to the input is refused" [ $? -eq 2 ]
check "and the input untouched" [ "$(sha256sum < "$work/ks.stolt")" = "$exported" ]
"$stolt" --export=csv --output="$work/./ks.stolt" "$work/ks.stolt" 2> /dev/null
check "the input under another spelling is refused" [ $? -eq 2 ]

"$stolt" --export=csv --output=/dev/null "$work/ks.stolt" 2> "$work/err"
check "a device is refused" [ $? -eq 2 ]
check "with one line saying it is not a regular file" \
  [ "$(wc -l < "$work/err")" -eq 1 -a -n "$(grep "/dev/null.*not a regular file" "$work/err")" ]
check "and the device is still a device" [ -c /dev/null ]
mkfifo "$work/fifo"
"$stolt" --export=ics --output="$work/fifo" "$work/ks.stolt" 2> /dev/null
check "a fifo is refused" [ $? -eq 2 ]
check "and stays a fifo" [ -p "$work/fifo" ]
mkdir "$work/folder"
"$stolt" --export=values-md --output="$work/folder" "$work/ks.stolt" 2> /dev/null
check "a folder is refused" [ $? -eq 2 ]
check "and stays a folder" [ -d "$work/folder" ]
"$stolt" --new=empty --output=/dev/null 2> /dev/null
check "--new refuses a device too" [ $? -eq 2 ]

echo "keep me" > "$work/ro.csv"
chmod 444 "$work/ro.csv"
"$stolt" --export=csv --output="$work/ro.csv" "$work/ks.stolt" 2> "$work/err"
check "a read-only OUT is refused" [ $? -eq 2 ]
check "with one line saying so" [ "$(wc -l < "$work/err")" -eq 1 -a -n "$(grep "ro.csv.*read-only" "$work/err")" ]
check "and left as it was" [ "$(cat "$work/ro.csv")" = "keep me" ]
check "with its mode" [ "$(stat -c %a "$work/ro.csv")" = "444" ]

# A link to another file is fine: the file it points to is replaced
echo "old" > "$work/target.csv"
ln -s target.csv "$work/via.csv"
"$stolt" --export=csv --output="$work/via.csv" "$work/ks.stolt" 2> "$work/err"
check "a link to another file is written through" [ $? -eq 0 ]
check "the link stays a link" [ -L "$work/via.csv" ]
check "and its target holds the export" grep -q "^Type,Code,Title," "$work/target.csv"

# Temporaries left by killed writes: old ones of our exact naming go,
# anything else stays
mkdir "$work/tmps"
for name in .out.csv.0123abcd.tmp .out.csv.deadbeef.tmp .out.csv.DEADBEEF.tmp .out.csv.12345.tmp \
            .other.csv.0123abcd.tmp out.csv.0123abcd.tmp; do
  echo stale > "$work/tmps/$name"
done
touch -d "2 hours ago" "$work/tmps"/.out.csv.0123abcd.tmp "$work/tmps"/.out.csv.DEADBEEF.tmp \
  "$work/tmps"/.out.csv.12345.tmp "$work/tmps"/.other.csv.0123abcd.tmp "$work/tmps"/out.csv.0123abcd.tmp
mkdir "$work/tmps/.out.csv.abcdef01.tmp"
touch -d "2 hours ago" "$work/tmps/.out.csv.abcdef01.tmp"
ln -s /etc/hostname "$work/tmps/.out.csv.01234567.tmp"
"$stolt" --export=csv --output="$work/tmps/out.csv" "$work/ks.stolt"
check "the export beside old temporaries works" [ $? -eq 0 ]
check "an old temporary of ours is removed" [ ! -e "$work/tmps/.out.csv.0123abcd.tmp" ]
check "a fresh one (a write under way) stays" [ -e "$work/tmps/.out.csv.deadbeef.tmp" ]
check "other spellings stay" [ -e "$work/tmps/.out.csv.DEADBEEF.tmp" -a -e "$work/tmps/.out.csv.12345.tmp" ]
check "another file's temporaries stay" [ -e "$work/tmps/.other.csv.0123abcd.tmp" ]
check "files without the dot stay" [ -e "$work/tmps/out.csv.0123abcd.tmp" ]
check "a folder of that name stays" [ -d "$work/tmps/.out.csv.abcdef01.tmp" ]
check "a link of that name stays" [ -L "$work/tmps/.out.csv.01234567.tmp" ]
check "and the export leaves no temporary of its own" \
  [ "$(ls -A "$work/tmps" | wc -l)" -eq 8 ]

# CSV injection: formula-like cells start with an apostrophe, unless --csv-raw
sqlite3 "$work/copy.stolt" "UPDATE activity SET title = '=HYPERLINK(\"http://x\")' WHERE id = (SELECT min(id) FROM activity);
  UPDATE activity SET responsible = '@SUM(1+1)', notes = '-2+3' WHERE id = (SELECT max(id) FROM activity);
  UPDATE milestone SET title = '+1 ' || title, responsible = '-5' WHERE id = (SELECT min(id) FROM milestone)"
"$stolt" --export=csv --output="$work/guarded.csv" "$work/copy.stolt"
check "a formula in a title is neutralised" grep -q "^Activity,[^,]*,\"'=HYPERLINK(\"\"http://x\"\")\"," "$work/guarded.csv"
check "so is @ and a sum after -" grep -q ",'@SUM(1+1),.*,'-2+3" "$work/guarded.csv"
check "a + before text too" grep -q "^Milestone,,'+1 " "$work/guarded.csv"
check "but a negative number stays a number" grep -q "^Milestone,.*,-5," "$work/guarded.csv"
"$stolt" --export=csv --csv-raw --output="$work/raw.csv" "$work/copy.stolt"
check "--csv-raw writes the values as they are" grep -q "^Activity,[^,]*,\"=HYPERLINK(\"\"http://x\"\")\"," "$work/raw.csv"
check "--help tells about --csv-raw" grep -q -- "--csv-raw" <<<"$help"

# Timelines too large for an image or a page are refused, never cut
cp "$work/ks.stolt" "$work/many.stolt"
sqlite3 "$work/many.stolt" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
  INSERT INTO milestone (id, parent_id, position, title, date, responsible, activities, decision,
                         status, phase, notes)
  SELECT 100000 + i, (SELECT id FROM project), 100 + i, 'Milstolpe ' || i,
         date('2016-01-01', '+' || (i % 300) || ' days'), '', '', 0, 0, NULL, '' FROM n;
  UPDATE milestone SET date = '2035-01-01' WHERE id = 100001"
"$stolt" --export=timeline-png --zoom=day --output="$work/wide.png" "$work/many.stolt" 2> "$work/err"
check "a timeline wider than an image is refused" [ $? -eq 1 ]
check "saying how wide it would be" grep -q "pixels wide, and an image at most 16384" "$work/err"
check "and writing nothing" [ ! -e "$work/wide.png" ]
"$stolt" --export=timeline-svg --zoom=week --output="$work/wide.svg" "$work/many.stolt" 2> /dev/null
check "an SVG too" [ $? -eq 1 -a ! -e "$work/wide.svg" ]
"$stolt" --export=timeline-png --output="$work/tall.png" "$work/many.stolt" 2> "$work/err"
check "a timeline taller than an image is refused" [ $? -eq 1 ]
check "saying how many rows fit" grep -qE "has 1[0-9]{3} rows, and an image 1600 pixels wide holds [0-9]+;" "$work/err"
"$stolt" --export=timeline-png --zoom=month --width=400 --output="$work/narrow.png" "$work/ks.stolt" 2> "$work/err"
check "a --width too narrow for the zoom is refused" [ $? -eq 1 ]
check "saying the width it needs" grep -qE "give --width=[0-9]+ or more" "$work/err"
"$stolt" --export=timeline-pdf --fit-page --output="$work/fit.pdf" "$work/many.stolt" 2> "$work/err"
check "--fit-page with more rows than a page holds is refused" [ $? -eq 1 ]
check "saying how many fit" grep -qE "one page holds [0-9]+ of the timeline's 1[0-9]{3} rows" "$work/err"
"$stolt" --export=timeline-pdf --output="$work/all.pdf" "$work/many.stolt"
check "without --fit-page the rows spread over pages" [ "$(pdfinfo "$work/all.pdf" | awk '/^Pages:/ { print $2 }')" -gt 10 ]
"$stolt" --export=timeline-png --output="$work/fine.png" "$work/ks.stolt"
check "a timeline that fits is written" [ -s "$work/fine.png" ]

echo "1..$n"
[ $failed -eq 0 ]
