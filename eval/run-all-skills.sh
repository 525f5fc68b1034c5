#!/usr/bin/env bash
# Scores every independent skill set (or the sets named) and pools the figures: per set F1 and benign flagged, then
# micro P/R/F1 and per-category precision/recall over all of them — the "all sets" lines of docs/skills.md.
#   eval/run-all-skills.sh OUT_DIR [SET ...]     SET as for run-skills.sh (default: every eval/skills* folder)
# Each set's scores go to OUT_DIR/SET/score.json (the last JSON line of run-skills.sh: micro, per_category,
# benign_flagged/total, misses, false_positives). Compare two runs with eval/compare-skills.py OLD_DIR NEW_DIR.
# Uses the built runtime as run-skills.sh does (HEARTHGUARD_NO_BUILD=1 after `mvn -B -o -q -pl runtime -am install
# -DskipTests` to skip the launcher's build check). Sets run one after another: each scan uses every core.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: eval/run-all-skills.sh OUT_DIR [SET ...]}"
shift
if [ $# -eq 0 ]; then
  set -- $(cd "$here" && ls -d skills skills[0-9]* 2>/dev/null | sort -V)
fi
mkdir -p "$out"
for s in "$@"; do
  name=$(basename "$s")
  for try in 1 2; do   # a scan that printed nothing (a killed JVM) is run once more
    "$here/run-skills.sh" "$out/$name" "$s" > "$out/$name.log" 2>&1 || true
    tail -1 "$out/$name.log" | grep -q '^{' && break
  done
  tail -1 "$out/$name.log" > "$out/$name/score.json"
done
python3 "$here/skills/pool.py" "$out" "$@"
