#!/usr/bin/env bash
# The text model's features of every case of the sets named (default: every eval/skills* folder), one JSON line per
# case with its set and case id: OUT/features.jsonl. Uses the built runtime (HEARTHGUARD_NO_BUILD=1 as for run-skills.sh).
#   eval/stacker/features.sh OUT_DIR [SET ...]      SET: a folder under eval/ or an absolute path with cases/
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(dirname "$here")"
out="${1:?usage: eval/stacker/features.sh OUT_DIR [SET ...]}"
shift
if [ $# -eq 0 ]; then
  set -- $(cd "$here" && ls -d skills skills[0-9]* 2>/dev/null | sort -V)
fi
mkdir -p "$out"
: > "$out/features.jsonl"
for s in "$@"; do
  case "$s" in /*) dir="$s" ;; *) dir="$here/$s" ;; esac
  name=$(basename "$s"); name=${name#eval-}
  "$root/hearthguard" skills features "$dir"/cases/*/ 2> "$out/$name.errors" \
    | python3 -c '
import json, os, sys
name = sys.argv[1]
for line in sys.stdin:
    o = json.loads(line)
    o["set"] = name
    o["case"] = os.path.basename(o["path"].rstrip("/"))
    del o["path"]
    sys.stdout.write(json.dumps(o) + "\n")' "$name" >> "$out/features.jsonl"
done
wc -l "$out/features.jsonl"
