#!/usr/bin/env bash
# Side-by-side start-up benchmark, interleaved so that a loaded machine slows every variant
# alike: hub start to ready (existing data directory) and the fixed cost of a one-shot
# command (`analyze` of a 5-packet capture), A B C A B C ..., medians of wall and CPU time.
#
# Usage: bench/startup-compare.sh OTHER_TREE [RUNS] [JAVA_HOME]
#   OTHER_TREE  a built checkout to compare with, e.g.
#               git worktree add --detach /tmp/base f7f307a && (cd /tmp/base && mvn -B -q -o -DskipTests -pl runtime -am package)
# Variants (VARIANTS, default "base nocds cds"): "base" (OTHER_TREE's ./hearthguard), "nocds" (this
# tree, HEARTHGUARD_CDS=off), "nocache" (this tree, HEARTHGUARD_CACHE=off: no kept framework
# cache, SQLite library or OUI index) and "cds" (this tree as shipped: class-data archive and
# cache, prepared by an untimed first run of each mode).
# CPU = user + system time of the JVM process (at "ready" for the hub, at exit for a command).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "${1:?usage: bench/startup-compare.sh OTHER_TREE [RUNS] [JAVA_HOME]}" && pwd)"
runs="${2:-5}"
jh="${3:-${JAVA_HOME:-}}"
export HEARTHGUARD_NO_BUILD=1
[ -n "$jh" ] && export JAVA_HOME="$jh"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3 "$here/../shared/bench/gen_pcap.py" --packets 5 --seed 1 --out "$tmp/tiny.pcap" >/dev/null 2>&1 \
  || { echo "needs ../shared/bench/gen_pcap.py" >&2; exit 1; }
tck=$(getconf CLK_TCK)

launcher() { # $1 variant: prints the command that starts it (env execs: the pid is the JVM's)
  case "$1" in
    base) echo "$other/hearthguard" ;;
    nocds) echo "env HEARTHGUARD_CDS=off $here/hearthguard" ;;
    nocache) echo "env HEARTHGUARD_CACHE=off $here/hearthguard" ;;
    cds) echo "$here/hearthguard" ;;
  esac
}

hub() { # $1 variant; prints "wall_ms cpu_ms"
  local v="$1" port out start pid cpu
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  out="$tmp/$v.$RANDOM.out"
  : >"$out" # new and empty before the start: no earlier run's "ready" line to find
  start=$(date +%s%N)
  $(launcher "$v") --data "$tmp/data-$v" --port "$port" >"$out" 2>&1 &
  pid=$!
  while ! grep -q "Hearthguard hub ready in\|Hearthguard hub started in" "$out"; do
    kill -0 $pid 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.01
  done
  local wall=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(awk -v t="$tck" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$out"
  echo "$wall $cpu"
}

cmd() { # $1 variant; prints "wall_ms cpu_ms"
  local v="$1"
  /usr/bin/time -f '%e %U %S' -o "$tmp/time" $(launcher "$v") analyze "$tmp/tiny.pcap" >/dev/null 2>&1
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$tmp/time"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
read -r -a variants <<<"${VARIANTS:-base nocds cds}"
echo "start $(date -u '+%Y-%m-%d %H:%M UTC'); $(uptime | sed 's/.*load/load/')"
# untimed: each variant's data directory, and this tree's archives for both modes
read -r -a measures <<<"${MEASURES:-hub command}" # MEASURES=command: only the one-shot command
do_hub=0; case " ${measures[*]} " in *" hub "*) do_hub=1 ;; esac
for v in "${variants[@]}"; do [ "$do_hub" = 1 ] && hub "$v" >/dev/null; cmd "$v" >/dev/null; done
while ls "${HEARTHGUARD_CDS_DIR:-$here/runtime/target/cds}"/*.aotconf >/dev/null 2>&1; do sleep 1; done # Java 25 builds its cache after the run
declare -A hw hc cw cc
for i in $(seq "$runs"); do
  for v in "${variants[@]}"; do
    if [ "$do_hub" = 1 ]; then read -r w c < <(hub "$v"); hw[$v]+="$w "; hc[$v]+="$c "; fi
    read -r w c < <(cmd "$v"); cw[$v]+="$w "; cc[$v]+="$c "
  done
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
echo "end $(date -u '+%H:%M UTC'); java: $("$java" -version 2>&1 | head -1); base: $other ($(git -C "$other" rev-parse --short HEAD 2>/dev/null || echo '?')); runs: $runs; $(uptime | sed 's/.*load/load/')"
printf '%-6s %-28s %10s %10s %s\n' variant measure "median ms" "× base" "runs"
rows=(command:cw command-cpu:cc); [ "$do_hub" = 1 ] && rows=(hub:hw hub-cpu:hc "${rows[@]}")
for m in "${rows[@]}"; do
  name="${m%%:*}"; arr="${m#*:}"
  declare -n a="$arr"
  b=$(printf '%s\n' ${a[base]} | median)
  for v in "${variants[@]}"; do
    med=$(printf '%s\n' ${a[$v]} | median)
    printf '%-6s %-28s %10s %10s %s\n' "$v" "$name" "$med" "$(awk -v m="$med" -v b="$b" 'BEGIN {printf "%.2f", m / b}')" "${a[$v]}"
  done
  unset -n a
done
