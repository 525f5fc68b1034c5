#!/usr/bin/env bash
# Benchmark: time from process start to "hub ready" (health UP), fresh and warm data
# directories, median of N runs. Usage: bench/startup.sh [RUNS] [JAVA_HOME]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
jh="${2:-${JAVA_HOME:-}}"
export HEARTHGUARD_NO_BUILD=1
[ -n "$jh" ] && export JAVA_HOME="$jh"
measure() { # $1 data dir; prints ms
  local data="$1" port out start
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  out="$(mktemp)"
  start=$(date +%s%N)
  "$here/hearthguard" --data "$data" --port "$port" >"$out" 2>&1 &
  local pid=$!
  while ! grep -q "Hearthguard hub ready in\|Hearthguard hub started in" "$out"; do
    kill -0 $pid 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fresh=(); warm=()
measure "$tmp/warmup" >/dev/null # untimed: ./hearthguard records its class-data archive on a first run
for i in $(seq "$runs"); do fresh+=("$(measure "$tmp/fresh$i")"); done
for i in $(seq "$runs"); do warm+=("$(measure "$tmp/fresh1")"); done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
echo "java: $("$java" -version 2>&1 | head -1)"
echo "fresh data dir: median $(printf '%s\n' "${fresh[@]}" | median) ms  (runs: ${fresh[*]})"
echo "warm data dir:  median $(printf '%s\n' "${warm[@]}" | median) ms  (runs: ${warm[*]})"
