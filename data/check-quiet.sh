#!/bin/bash
# check-quiet.sh — run a validator and fail on anything it says
#
# Copyright 2026 The Stolt developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-quiet.sh VALIDATOR [ARG...]
#
# desktop-file-validate exits 0 after warnings and hints (a missing main
# category, a deprecated key); we want those fixed too, so any output fails.

set -euo pipefail

[[ $# -ge 1 ]] || { echo "usage: $0 VALIDATOR [ARG...]" >&2; exit 2; }

status=0
output="$("$@" 2>&1)" || status=$?
if [[ -n "$output" ]]; then
  printf '%s\n' "$output" >&2
fi
if [[ $status -ne 0 ]]; then
  echo "check-quiet: FAIL: $1 exited with status $status" >&2
  exit 1
fi
if [[ -n "$output" ]]; then
  echo "check-quiet: FAIL: $1 reported problems (above)" >&2
  exit 1
fi
