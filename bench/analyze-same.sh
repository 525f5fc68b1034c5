#!/usr/bin/env bash
# Same result before and after a speed change: runs `analyze` (text) and `analyze --json` of
# each capture with OTHER_TREE's ./hearthguard and with this tree's, and compares standard
# output and exit code. The only field allowed to differ is the run's own duration
# ("elapsed_ms" in the JSON summary, the "elapsed" line of the text report).
#
# Usage: [ORDER=any] bench/analyze-same.sh OTHER_TREE [CAPTURE...]
#   default captures: every .pcap/.pcapng under ../shared/data/pcap of at least 100 kB
#   (skipped with a message when that folder is absent).
#   ORDER=any compares the outputs' lines sorted: for a tree before a49bdbf, whose report put
#   findings of the same first and last seen in a random order (the store's ids are random).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "${1:?usage: bench/analyze-same.sh OTHER_TREE [CAPTURE...]}" && pwd)"
shift
export HEARTHGUARD_NO_BUILD=1
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  data="$here/../shared/data/pcap"
  [ -d "$data" ] || { echo "no captures given and $data is absent: nothing compared"; exit 0; }
  mapfile -t files < <(find "$data" -type f \( -name '*.pcap' -o -name '*.pcapng' \) -size +100k | sort)
fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
strip() {
  sed -E 's/"elapsed_ms":[0-9]+/"elapsed_ms":0/; s/^(  *elapsed *)[0-9.]+ *m?s$/\1-/' "$1" | if [ "${ORDER:-}" = any ]; then sort; else cat; fi
}
same=0 differ=0
for f in "${files[@]}"; do
  for mode in text json; do
    args=(analyze); [ "$mode" = json ] && args+=(--json)
    set +e
    "$other/hearthguard" "${args[@]}" "$f" >"$tmp/a" 2>"$tmp/a.err"; ra=$?
    "$here/hearthguard" "${args[@]}" "$f" >"$tmp/b" 2>"$tmp/b.err"; rb=$?
    set -e
    if [ "$ra" = "$rb" ] && cmp -s <(strip "$tmp/a") <(strip "$tmp/b"); then
      same=$((same + 1))
    else
      differ=$((differ + 1))
      echo "DIFFERS ($mode, exit $ra vs $rb): $f"
      diff <(strip "$tmp/a") <(strip "$tmp/b") | head -5 || true
    fi
  done
done
echo "analyze-same: ${#files[@]} captures, $same outputs identical, $differ differ"
[ "$differ" = 0 ]
