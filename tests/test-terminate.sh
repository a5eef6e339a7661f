#!/usr/bin/env bash
# The window ended from outside (logging out, `kill`, Ctrl+C in the
# terminal it was started from): the app closes tidily — exit status 0,
# no lock left beside the file to tell colleagues it is still open, and
# the file as it was.  TAP; needs a display.
set -u

stolt=${STOLT:?the built stolt binary}
work=$(mktemp -d)
app=
trap '[ -n "$app" ] && kill -KILL "$app" 2>/dev/null; rm -rf "$work"' EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }

# Waits up to 60 s for a command to succeed
wait_for () { for _ in $(seq 600); do "$@" && return 0; sleep 0.1; done; return 1; }
alive () { kill -0 "$app" 2>/dev/null; }
dead () { ! alive; }

for signal in TERM INT HUP; do
  project="$work/plan-$signal.stolt"
  lock="$work/.~lock.plan-$signal.stolt#"
  "$stolt" --new=employer-policy-sv --output="$project" || exit 1
  before=$(sha256sum < "$project")

  "$stolt" "$project" > "$work/out-$signal" 2> "$work/err-$signal" &
  app=$!
  check "SIG$signal: the window takes the lock" wait_for test -f "$lock"
  check "SIG$signal: the lock names this process" grep -q "^Process=$app\$" "$lock"
  kill "-$signal" "$app"
  check "SIG$signal: the app ends" wait_for dead
  dead || kill -KILL "$app"
  wait "$app"
  status=$?
  app=
  check "SIG$signal: with status 0 (was $status)" [ "$status" -eq 0 ]
  check "SIG$signal: no lock is left" [ ! -e "$lock" ]
  check "SIG$signal: the file is as it was" [ "$(sha256sum < "$project")" = "$before" ]
  if grep -qE "CRITICAL|WARNING" "$work/err-$signal"; then
    not_ok "SIG$signal: no warnings"; cat "$work/err-$signal" >&2
  else
    ok "SIG$signal: no warnings"
  fi
done

echo "1..$n"
[ "$failed" -eq 0 ]
