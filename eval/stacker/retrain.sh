#!/usr/bin/env bash
# Retrains the shipped text model from scratch (about 15 minutes on 2 cores): the rules alone on every evaluation set and
# on the analyser's own language cases, the features of every case, then train.py on all of them. Writes the model and the
# Java parity check into the skills bundle; rebuild the bundle afterwards. Uses the built runtime (HEARTHGUARD_NO_BUILD=1).
#   eval/stacker/retrain.sh [WORK_DIR]        (default target/stacker)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mkdir -p "${1:-$root/target/stacker}" && cd "${1:-$root/target/stacker}" && pwd)"
export HEARTHGUARD_NO_BUILD=1
rm -rf "$work/skills900"
python3 "$here/precision_set.py" "$work/skills900"
HEARTHGUARD_SCAN_ARGS=--no-model "$root/eval/run-all-skills.sh" "$work/rules" > "$work/rules.log" 2>&1
HEARTHGUARD_SCAN_ARGS=--no-model "$root/eval/run-skills.sh" "$work/rules/skills900" "$work/skills900" > "$work/rules900.log" 2>&1
python3 "$here/precision_set.py" "$work/skills900" "$work/rules/skills900"   # labels widened by what the rules find
"$here/features.sh" "$work/feat"
"$here/features.sh" "$work/feat900" "$work/skills900"
res="$root/bundles/io.hearthguard.skills/src"
EVAL_EXTRA="$work" python3 "$here/train.py" "$work/feat/features.jsonl" "$work/feat900/features.jsonl" \
  --rules "$work/rules" --train 1-61,900 \
  --trained-on "Hearthguard's 61 independent evaluation sets and its own language test cases" \
  --out "$res/main/resources/io/hearthguard/skills/internal/text-model.bin.gz" \
  --check "$res/test/resources/text-model-check.json"
