#!/usr/bin/env bash
# Scores `hearthguard skills scan` on the independent skill cases (eval/skills, written by a
# session that never saw the rules) with the real catalog from ../shared/data.
#   eval/run-skills.sh [OUT_DIR] [SET]     SET: a folder under eval/ (skills, the first set, default; skills2 … skills14)
#                                          or an absolute path to a set with cases/ and labels.json
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="${1:-$root/target/eval-skills}"
set_arg="${2:-skills}"
case "$set_arg" in /*) set_dir="$set_arg" ;; *) set_dir="$here/$set_arg" ;; esac   # a folder under eval/ or an absolute path
catalog="$root/../shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
[ -f "$catalog" ] || { echo "run-skills: $catalog not present" >&2; exit 2; }
rm -rf "$out"; mkdir -p "$out"
cases=("$set_dir"/cases/*/)
# one JVM for all cases; every JSON line names the case it came from in "path"
# HEARTHGUARD_SCAN_ARGS: more options for the scan (e.g. --no-model for the rules alone)
"$root/hearthguard" skills scan "${cases[@]}" --catalog "$catalog" --format json --fail-on critical ${HEARTHGUARD_SCAN_ARGS:-} > "$out/all.jsonl" 2> "$out/errors.txt" || [ $? -eq 1 ]
python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
for line in open(os.path.join(out, 'all.jsonl'), encoding='utf-8'):
    line = line.strip()
    if not line.startswith('{'):
        continue
    o = json.loads(line)
    p = o.get('path', '').rstrip('/').split('#')[0]
    case = os.path.basename(p.rstrip('/'))
    with open(os.path.join(out, case + '.jsonl'), 'a', encoding='utf-8') as f:
        f.write(line + '\n')
PY
python3 "$here/skills/score.py" "$set_dir/labels.json" "$out"  # one scorer for both sets
