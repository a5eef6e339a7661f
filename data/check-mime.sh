#!/bin/bash
# check-mime.sh — prove that Stolt's shared-mime-info file really works
#
# Copyright 2026 The Stolt developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-mime.sh MIME_XML
#
# Debian ships no schema for shared-mime-info, so xmllint only proves the
# file well-formed. The real check: build a throw-away MIME database from
# MIME_XML with update-mime-database, check what it compiled, then ask GIO to
# sniff sample files: the glob and the magic must both be live, and a plain
# SQLite database must not be taken for a Stolt project.
#
# Tools come from $XMLLINT, $UPDATE_MIME_DATABASE and $GIO (meson passes the
# paths it found), falling back to PATH.

set -euo pipefail

readonly MIME_TYPE='application/x-stolt-project'
readonly XMLLINT="${XMLLINT:-xmllint}"
readonly UPDATE_MIME_DATABASE="${UPDATE_MIME_DATABASE:-update-mime-database}"
readonly GIO="${GIO:-gio}"

fail ()
{
  echo "check-mime: FAIL: $*" >&2
  exit 1
}

# Fixed-string grep on a whole line, so a near miss cannot pass
expect_line ()
{
  local file="$1" line="$2"
  grep -qxF -- "$line" "$file" || fail "$(basename "$file") lacks the line '$line'"
}

# Content type that GIO sniffs for FILE, using only our database and the system's
content_type_of ()
{
  XDG_DATA_HOME="$tmp/home" XDG_DATA_DIRS="$tmp:/usr/share" \
    "$GIO" info --attributes=standard::content-type "$1" \
    | sed -n 's/^ *standard::content-type: //p'
}

# A file that starts like an SQLite database and carries APP_ID (4 ASCII
# bytes) where SQLite keeps PRAGMA application_id: byte 68, big-endian
write_sqlite_header ()
{
  local path="$1" app_id="$2"
  {
    printf 'SQLite format 3\000'
    head -c 52 /dev/zero
    printf '%s' "$app_id"
    head -c 440 /dev/zero
  } > "$path"
}

[[ $# -eq 1 ]] || { echo "usage: $0 MIME_XML" >&2; exit 2; }
readonly mime_xml="$1"
[[ -r "$mime_xml" ]] || fail "cannot read $mime_xml"
"$XMLLINT" --noout "$mime_xml" || fail "$mime_xml is not well-formed XML"

tmp="$(mktemp -d)"
cleanup () { rm -rf -- "$tmp"; }
trap cleanup EXIT

mkdir -p "$tmp/mime/packages" "$tmp/home"
cp -- "$mime_xml" "$tmp/mime/packages/"
# update-mime-database reports bad rules (an invalid offset, a bad weight)
# on stdout and still exits 0, so any output at all is a failure. With $tmp
# on the search path it has no reason to print its search-path note.
XDG_DATA_HOME="$tmp/home" XDG_DATA_DIRS="$tmp" \
  "$UPDATE_MIME_DATABASE" "$tmp/mime" > "$tmp/umd.log" 2>&1 \
  || { cat "$tmp/umd.log" >&2; fail "update-mime-database failed on $mime_xml"; }
if [[ -s "$tmp/umd.log" ]]; then
  cat "$tmp/umd.log" >&2
  fail "update-mime-database complained about $mime_xml"
fi

db="$tmp/mime"
expect_line "$db/types" "$MIME_TYPE"
expect_line "$db/globs2" "50:$MIME_TYPE:*.stolt"
expect_line "$db/subclasses" "$MIME_TYPE application/vnd.sqlite3"
expect_line "$db/generic-icons" "$MIME_TYPE:x-office-document"
expect_line "$db/magic" "[60:$MIME_TYPE]"
# The magic file is binary; compare the two rules byte for byte.
# Level 0: offset 0, 16-byte value. Level 1: offset 68, 4-byte value.
printf '>0=\000\020SQLite format 3\000\n1>68=\000\004STLT\n' > "$tmp/expected-rules"
sed -n "/^\[60:${MIME_TYPE//\//\\/}\]\$/,/^\[/p" "$db/magic" | tail -n +2 \
  | grep -av '^\[' > "$tmp/actual-rules" || true
cmp -s "$tmp/expected-rules" "$tmp/actual-rules" \
  || fail "magic rules differ from 'SQLite format 3\\0' at 0 and 'STLT' at 68"
grep -q 'xml:lang="sv"' "$mime_xml" || fail "no Swedish comment"
grep -q 'xml:lang="nb"' "$mime_xml" || fail "no Norwegian Bokmål comment"

# End to end through GIO: the magic alone (no extension) must identify a
# project, and must not claim an ordinary SQLite database
write_sqlite_header "$tmp/project-without-extension" 'STLT'
write_sqlite_header "$tmp/other-database" 'ABCD'
got="$(content_type_of "$tmp/project-without-extension")"
[[ "$got" == "$MIME_TYPE" ]] || fail "project sniffed as '$got', expected $MIME_TYPE"
got="$(content_type_of "$tmp/other-database")"
[[ "$got" != "$MIME_TYPE" ]] || fail "an ordinary SQLite database was sniffed as $MIME_TYPE"
cp "$tmp/other-database" "$tmp/renamed.stolt"
got="$(content_type_of "$tmp/renamed.stolt")"
[[ "$got" == "$MIME_TYPE" ]] || fail "*.stolt sniffed as '$got', expected $MIME_TYPE"

# GNOME Planner files (application/x-planner), imported by Stolt
readonly PLANNER_TYPE='application/x-planner'
expect_line "$db/types" "$PLANNER_TYPE"
expect_line "$db/globs2" "50:$PLANNER_TYPE:*.planner"
expect_line "$db/globs2" "50:$PLANNER_TYPE:*.mrproject"
expect_line "$db/subclasses" "$PLANNER_TYPE application/xml"
expect_line "$db/magic" "[60:$PLANNER_TYPE]"
# A plan whose long name puts mrproject-version far from the start, as
# GNOME Planner writes it, without its extension
{
  printf '<?xml version="1.0"?>\n<project name="%s" ' "$(printf 'Arbeidsgiverpolitikk %.0s' $(seq 1 12))"
  printf 'company="Kommune" manager="Prosjektleder" phase="" project-start="20151013T000000Z" '
  printf 'mrproject-version="2" calendar="1">\n  <properties/>\n</project>\n'
} > "$tmp/plan-without-extension"
got="$(content_type_of "$tmp/plan-without-extension")"
[[ "$got" == "$PLANNER_TYPE" ]] || fail "a Planner file sniffed as '$got', expected $PLANNER_TYPE"
printf '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"/>\n' > "$tmp/pom"
got="$(content_type_of "$tmp/pom")"
[[ "$got" != "$PLANNER_TYPE" ]] || fail "a Maven pom.xml was sniffed as $PLANNER_TYPE"
printf 'anything\n' > "$tmp/renamed.planner"
got="$(content_type_of "$tmp/renamed.planner")"
[[ "$got" == "$PLANNER_TYPE" ]] || fail "*.planner sniffed as '$got', expected $PLANNER_TYPE"

echo "check-mime: $MIME_TYPE and $PLANNER_TYPE OK (glob, sub-class, generic icon, magic, GIO sniffing)"
