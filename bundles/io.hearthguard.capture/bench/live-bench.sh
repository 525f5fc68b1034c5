#!/bin/bash
# Live capture benchmark: the hub's pipeline (LiveCaptureMain from the test classes, a plain
# JVM, libpcap through JNA) and tcpdump capture the same tcpreplay run side by side, in a
# network namespace B, from a veth pair whose other end is in namespace A. Both namespaces
# are created here and deleted on exit; the veth ends carry no address, IPv6 is off, and the
# replayed file has its IPv4/ARP addresses rewritten into 198.18.0.0/15: nothing leaves them.
# Not a test; run by hand, briefly (shared machines), as root.
#
#   bundles/io.hearthguard.capture/bench/live-bench.sh [RATE...]   (default: 50000 100000 200000 topspeed)
#
# RATE is packets per second for tcpreplay --pps, or "topspeed". Env: PACKETS (200000),
# HUB_BUFFER (bytes, 67108864 = the LiveCapture default), TCPDUMP_ARGS (e.g. "-B 65536" for
# the same 64 MiB buffer; tcpdump's default is 2 MiB), WARMUP=1 (the hub JVM first runs the
# same code twice over the file, offline, like a hub that has been running a while; default:
# a cold JVM, which still runs the hub's own synthetic warm-up before the interface opens, as
# LiveCapture does; HUB_ARGS="--warm-up-packets 0" for none), JVM_FLAGS (-Xmx256m), HUB_ARGS (more LiveCaptureMain options, e.g. "--trace-ms 100"),
# KEEP_DIR (copy each rate's hub stderr, tcpdump and tcpreplay output there), SHARED (/work/shared),
# BENCH_DIR (/tmp).
# Needs: a built module with test classes (mvn -B -o -pl bundles/io.hearthguard.capture -am package -DskipTests),
# ip (iproute2), tcpreplay, tcpdump, python3, and $SHARED/bench/{gen_pcap,to_bench_net}.py.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SHARED:-/work/shared}
dir=${BENCH_DIR:-/tmp}
packets=${PACKETS:-200000}
hubbuf=${HUB_BUFFER:-67108864}
warm=()
[ "${WARMUP:-0}" = 1 ] && warm=(--warmup)
tdargs=${TCPDUMP_ARGS:-}
jvm=${JVM_FLAGS:--Xmx256m}
[ "$(id -u)" = 0 ] || { echo "needs root (network namespaces)" >&2; exit 1; }
for t in ip tcpreplay tcpdump python3 java; do
  command -v "$t" >/dev/null || { echo "$t not installed" >&2; exit 1; }
done
[ -d "$here/target/test-classes" ] || { echo "build the module first: mvn -B -o -pl bundles/io.hearthguard.capture -am package -DskipTests" >&2; exit 1; }
cpfile="$here/target/bench-test.classpath"
# -am with package: the project's own bundles come from the reactor (nothing is installed in ~/.m2)
[ -f "$cpfile" ] || (cd "$root" && mvn -B -q -o -pl bundles/io.hearthguard.capture -am package -DskipTests dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null)
cp="$here/target/test-classes:$here/target/classes:$(cat "$cpfile")"

f="$dir/hearthguard-live-$packets-benchnet.pcap"
if [ ! -f "$f" ]; then
  python3 "$shared/bench/gen_pcap.py" --packets "$packets" --seed 1 --out "$dir/hearthguard-live-$packets.pcap" >/dev/null
  python3 "$shared/bench/to_bench_net.py" "$dir/hearthguard-live-$packets.pcap" "$f.tmp" >/dev/null
  mv "$f.tmp" "$f"
  rm -f "$dir/hearthguard-live-$packets.pcap" "$dir/hearthguard-live-$packets.pcap.stats.json"
fi

A=hgbenchA-$$; B=hgbenchB-$$; VA=hgbA$$; VB=hgbB$$
work=$(mktemp -d /tmp/hg-live-bench.XXXXXX)
cleanup() {
  [ -n "${HUB:-}" ] && kill "$HUB" 2>/dev/null || true
  [ -n "${TD:-}" ] && kill "$TD" 2>/dev/null || true
  ip netns del "$A" 2>/dev/null || true
  ip netns del "$B" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
ip netns add "$A"; ip netns add "$B"
ip link add "$VA" netns "$A" type veth peer name "$VB" netns "$B"
for ns in "$A" "$B"; do
  ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
done
ip -n "$A" link set "$VA" up; ip -n "$B" link set "$VB" up
[ -z "$(ip -n "$B" -o addr show dev "$VB")" ] || { echo "unexpected address on $VB" >&2; exit 1; }

rx() { ip netns exec "$B" cat "/sys/class/net/$VB/statistics/rx_packets"; }
num() { grep -o "\"$1\":[0-9]*" "$2" | head -1 | cut -d: -f2; }
waitfor() {  # file, text[, tenths of a second (200)]
  for _ in $(seq "${3:-200}"); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "no '$2' in $1:" >&2; cat "$1" >&2; exit 1
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1) $jvm; $(tcpdump --version 2>&1 | head -1); $(tcpreplay --version 2>&1 | head -1)"
echo "input: $f ($packets packets); hub buffer $hubbuf bytes, JVM $([ ${#warm[@]} = 0 ] && echo cold || echo warmed up); tcpdump args '${tdargs}'"
printf '%-9s %8s %10s %8s | %9s %9s | %9s %9s %9s %7s\n' rate sent sent_pps veth_rx td_capt td_kdrop hub_recv hub_proc hub_kdrop truth
[ $# -gt 0 ] || set -- 50000 100000 200000 topspeed
for rate in "$@"; do
  if [ "$rate" = topspeed ]; then rarg=--topspeed; else rarg=--pps=$rate; fi
  rm -f "$work"/*
  # shellcheck disable=SC2086
  ip netns exec "$B" tcpdump -i "$VB" -n -w /dev/null $tdargs 2>"$work/td.txt" &
  TD=$!
  # shellcheck disable=SC2086
  ip netns exec "$B" java $jvm -cp "$cp" io.hearthguard.capture.internal.live.LiveCaptureMain "$VB" \
    --seconds 300 --stop-file "$work/stop" --buffer "$hubbuf" ${warm[@]+"${warm[@]}" "$f"} ${HUB_ARGS:-} >"$work/hub.json" 2>"$work/hub.err" &
  HUB=$!
  waitfor "$work/td.txt" "listening on"
  waitfor "$work/hub.err" ready 600
  rx0=$(rx)
  ip netns exec "$A" tcpreplay -i "$VA" -K "$rarg" "$f" >"$work/rep.txt" 2>&1 || { cat "$work/rep.txt" >&2; exit 1; }
  r1=$(rx)
  while sleep 0.5; r2=$(rx); [ "$r2" != "$r1" ]; do r1=$r2; done
  touch "$work/stop"
  wait "$HUB" || { cat "$work/hub.err" >&2; exit 1; }
  HUB=
  sleep 1.5   # tcpdump hands over a partly filled ring block only after its 1 s timeout
  kill -INT "$TD"; wait "$TD" || true
  TD=
  sent=$(grep -o "Actual: [0-9]* packets" "$work/rep.txt" | awk '{print $2}')
  spps=$(grep -o "Rated: .* pps" "$work/rep.txt" | grep -o "[0-9.]* pps" | cut -d. -f1 | cut -d' ' -f1)
  vrx=$(( $(rx) - rx0 ))
  tdc=$(grep -o "^[0-9]* packets captured" "$work/td.txt" | awk '{print $1}')
  tdd=$(grep -o "^[0-9]* packets dropped by kernel" "$work/td.txt" | awk '{print $1}')
  hr=$(num received "$work/hub.json"); hp=$(num processed "$work/hub.json"); hk=$(num kernelDrops "$work/hub.json")
  if [ $((hp + hk)) = "$vrx" ]; then truth=exact; else truth="off$((hp + hk - vrx))"; fi
  if [ -n "${KEEP_DIR:-}" ]; then
    mkdir -p "$KEEP_DIR"; n=$(date +%H%M%S)-$rate
    cp "$work/hub.err" "$KEEP_DIR/$n-hub.err"; cp "$work/hub.json" "$KEEP_DIR/$n-hub.json"; cp "$work/td.txt" "$KEEP_DIR/$n-td.txt"; cp "$work/rep.txt" "$KEEP_DIR/$n-tcpreplay.txt"
  fi
  printf '%-9s %8s %10s %8s | %9s %9s | %9s %9s %9s %7s\n' "$rate" "$sent" "$spps" "$vrx" "$tdc" "$tdd" "$hr" "$hp" "$hk" "$truth"
done
echo "truth: hub processed + hub kernel drops (pcap_stats ps_drop + ps_ifdrop) = frames the veth end received (rx_packets)"
