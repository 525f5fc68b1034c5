#!/usr/bin/env bash
# Runs the rules analyser on sets 1-17, one at a time, into ./rules (run from the work directory);
# needs the runtime built: mvn -B -o -q -pl runtime -am package -DskipTests
set -e
work="$(pwd)"; repo="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$work/rules"
cd "$repo"
for n in "" 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do
  s=skills$n
  HEARTHGUARD_NO_BUILD=1 eval/run-skills.sh "$work/rules/$s" $s > "$work/rules/$s.score.txt" 2>&1
  tail -1 "$work/rules/$s.score.txt" > "$work/rules/$s.summary.json"
  echo "$s done $(date -u +%T)"
done
