#!/bin/sh
# check-potfiles.sh — po/POTFILES.in lists every file with translatable
# strings, and only files that exist (a wrong line breaks `stolt-pot`).
root=${STOLT_SOURCE_ROOT:?}
cd "$root" || exit 1
n=0 status=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; status=1; }

listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$')
for f in $listed; do
  if [ -f "$f" ]; then ok "$f exists"; else not_ok "$f is listed but does not exist"; fi
done

for f in $(grep -rlE '(^|[^A-Za-z_])(_|N_|C_|NC_|ngettext)[[:space:]]*\(' src --include='*.c') \
         $(grep -rl 'translatable="yes"' ui --include='*.ui'); do
  if printf '%s\n' $listed | grep -qx "$f"; then ok "$f is listed"; else not_ok "$f has strings but is not in POTFILES.in"; fi
done

echo "1..$n"
exit $status
