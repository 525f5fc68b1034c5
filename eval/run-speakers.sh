#!/usr/bin/env bash
# Scores the eavesdrop detector on the independent household scenarios (eval/speakers,
# a generator written by a session that never saw the detector).
#   eval/run-speakers.sh [OUT_DIR] [SEED]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="${1:-$root/target/eval-speakers}"
seed="${2:-1}"
mkdir -p "$out"
if [ ! -f "$out/.seed-$seed" ]; then
  python3 "$here/speakers/gen_speakers.py" --seed "$seed" --out "$out"
  touch "$out/.seed-$seed"
fi
pairs=()
for f in "$out"/*.pcap; do
  n="${f%.pcap}"
  data="$(mktemp -d)"
  "$root/hearthguard" --data "$data" analyze "$f" --json > "$n.analyze.jsonl"
  rm -rf "$data"
  pairs+=("$n.truth.json" "$n.analyze.jsonl")
done
python3 "$here/speakers/score.py" "${pairs[@]}"
