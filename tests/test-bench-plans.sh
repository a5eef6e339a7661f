#!/usr/bin/env bash
# The plans `make bench` opens (tests/bench/stolt-bench.py) are GNOME
# Planner files that Stolt imports: a small one, written, checked against
# the shape the benchmark promises, converted, and read back (TAP).
set -u

stolt=${STOLT:?the built stolt binary}
python=${PYTHON:-/usr/bin/python3}
bench=${STOLT_SOURCE_ROOT:?the source tree}/tests/bench/stolt-bench.py
unset DISPLAY WAYLAND_DISPLAY
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }
count () { sqlite3 "$work/plan.stolt" "SELECT count(*) FROM $1"; }

plan="$work/plan.planner"
check "the generator writes a plan" "$python" "$bench" --generate=60 --output="$plan"
check "it is well-formed XML" xmllint --noout "$plan"
check "it has 60 tasks" [ "$(xmllint --xpath 'count(//task)' "$plan")" = 60 ]
check "summaries are nested" [ "$(xmllint --xpath 'count(/project/tasks/task/task/task)' "$plan")" -gt 0 ]
check "it has milestones" [ "$(xmllint --xpath 'count(//task[@type="milestone"])' "$plan")" -gt 0 ]
check "it has dependencies" [ "$(xmllint --xpath 'count(//predecessor)' "$plan")" -gt 0 ]
resources=$(xmllint --xpath 'count(//resource)' "$plan")
check "it has resources" [ "$resources" -gt 0 ]
check "it has allocations" [ "$(xmllint --xpath 'count(//allocation)' "$plan")" -gt 0 ]
check "every allocation names a task and a resource" \
  [ "$(xmllint --xpath 'count(//allocation[not(@task-id = //task/@id) or not(@resource-id = //resource/@id)])' "$plan")" = 0 ]

check "stolt converts it" "$stolt" --export=stolt --output="$work/plan.stolt" "$plan" 2>"$work/stderr"
check "and says what it did not carry over" grep -q "not carried over" "$work/stderr"
check "a phase came over" [ "$(count phase)" -gt 0 ]
check "milestones came over" [ "$(count milestone)" -gt 0 ]
check "activities came over" [ "$(count activity)" -gt 0 ]
check "dependencies came over" [ "$(count activity_predecessors)" -gt 0 ]
check "every resource came over as a member" [ "$(count member)" = "$resources" ]
leaves=$(xmllint --xpath 'count(//task[not(task)])' "$plan")
check "every task without subtasks came over" \
  [ $(( $(count activity) + $(count milestone) )) = "$leaves" ]

echo "1..$n"
[ "$failed" = 0 ]
