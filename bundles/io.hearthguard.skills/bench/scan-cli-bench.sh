#!/usr/bin/env bash
# Throughput of the real command, `./hearthguard skills scan`, on the real corpus: one
# command over every package of ../shared/data/skills (the 86 package folders and the 4
# Google Actions), given ROUNDS times, JSON to /dev/null, all cores (--jobs default), with
# --stats (scan alone: wall and scanning-thread CPU) and GNU time (whole command, framework
# start included). Records cores, Java, and uptime before and after (shared machine).
#
#   bundles/io.hearthguard.skills/bench/scan-cli-bench.sh [ROUNDS]     (default 10)
#
# Needs a built runtime without installing anything (mvn -B -o -pl runtime -am package
# -DskipTests); runs with HEARTHGUARD_NO_BUILD=1 so the launcher script does not build.
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
corpus="$root/../shared/data/skills"
[ -d "$corpus" ] || { echo "scan-cli-bench: $corpus not present" >&2; exit 2; }
rounds=${1:-10}
# one round's folders, then the rounds (an array: appending to "$@" one by one copied the list each time, quadratic)
one=()
for d in "$corpus"/*/ "$corpus"/google-actions/*/; do
  case "$d" in */datasets/|*/responses/|*/catalogs/|*/google-actions/) continue ;; esac
  one+=("$d")
done
args=()
for i in $(seq "$rounds"); do
  args+=("${one[@]}")
done
set -- "${args[@]}"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "before: $(uptime)"
HEARTHGUARD_NO_BUILD=1 /usr/bin/time -f "command: wall %e s, user %U s, sys %S s, CPU %P, max RSS %M KB" \
  "$root/hearthguard" skills scan "$@" --format json --stats ${HEARTHGUARD_SCAN_ARGS:-} 2>&1 >/dev/null | grep -v "no skill package content found" || true
echo "after: $(uptime)"
