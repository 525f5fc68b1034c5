#!/bin/bash
# Soak of live capture in the assembled hub (docs/reliability.md, "Soak").
# Builds two network namespaces joined by a veth pair (no addresses, no routes, IPv6 off),
# starts the real hub process in namespace B with live capture on its veth end, and replays
# real captures (IoT Sentinel setup captures and Amazon Echo captures from /work/shared/data,
# addresses rewritten into 198.18.0.0/15 by to_bench_net.py) from namespace A in a loop at a
# home's rate. Every SAMPLE seconds it records RSS, threads, open file descriptors, the live
# heap after a full GC, frames the veth end received and /api/health. Everything it creates
# (namespaces, temp dir) is removed on exit.
#
#   bench/reliability/soak.sh            DURATION=2400 PPS=300 SAMPLE=60 (seconds, packets/s)
#
# Needs root, ip, tcpreplay, editcap, mergecap, python3, jcmd, curl and a packaged runtime
# (mvn -B -o -pl runtime -am package -DskipTests). Output: a TSV on stdout and a summary.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$root/../shared}
duration=${DURATION:-2400}
pps=${PPS:-300}
sample=${SAMPLE:-60}
rt=$root/runtime/target
[ "$(id -u)" = 0 ] || { echo "needs root (network namespaces)" >&2; exit 1; }
for t in ip tcpreplay editcap mergecap python3 jcmd curl java; do
  command -v "$t" >/dev/null || { echo "$t not installed" >&2; exit 1; }
done
[ -f "$rt/hearthguard-launcher.jar" ] || { echo "package the runtime first: mvn -B -o -pl runtime -am package -DskipTests" >&2; exit 1; }
[ -d "$shared/data/pcap/iot-sentinel" ] || { echo "no $shared/data/pcap/iot-sentinel: real captures are needed" >&2; exit 1; }

work=$(mktemp -d /tmp/hg-soak.XXXXXX)
# a private copy of the hub, so a rebuild during the soak does not change what runs
mkdir -p "$work/rt/export" && cp -r "$rt/export/hearthguard" "$work/rt/export/" && cp -r "$rt/lib" "$rt/hearthguard-launcher.jar" "$work/rt/"
rt=$work/rt
A=hgsoakA-$$; B=hgsoakB-$$; VA=hgsA$$; VB=hgsB$$
cleanup() {
  [ -n "${REPLAY:-}" ] && kill "$REPLAY" 2>/dev/null || true
  [ -n "${HUB:-}" ] && { kill "$HUB" 2>/dev/null; sleep 3; kill -9 "$HUB" 2>/dev/null; } || true
  ip netns del "$A" 2>/dev/null || true
  ip netns del "$B" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the input: every IoT Sentinel setup capture and 10 Echo captures, one classic pcap
i=0
for f in "$shared"/data/pcap/iot-sentinel/*/*.pcap; do i=$((i + 1)); editcap -F pcap -T ether "$f" "$work/in-$i.pcap"; done
for f in $(ls "$shared"/data/pcap/echo-voice/*.pcap* | head -10); do i=$((i + 1)); editcap -F pcap "$f" "$work/in-$i.pcap"; done
mergecap -a -F pcap -w "$work/home.pcap" "$work"/in-*.pcap
rm -f "$work"/in-*.pcap
python3 "$shared/bench/to_bench_net.py" "$work/home.pcap" "$work/home-benchnet.pcap" >/dev/null
npk=$(capinfos -c -M "$work/home-benchnet.pcap" | awk '/Number of packets/ {print $NF}')

ip netns add "$A"; ip netns add "$B"
ip link add "$VA" netns "$A" type veth peer name "$VB" netns "$B"
for ns in "$A" "$B"; do
  ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
done
ip -n "$A" link set "$VA" up; ip -n "$B" link set "$VB" up; ip -n "$B" link set lo up
[ -z "$(ip -n "$B" -o -4 addr show dev "$VB")" ] || { echo "unexpected address on $VB" >&2; exit 1; }

data=$work/data; mkdir -p "$data/config"
printf 'enabled=true\ninterface=%s\n' "$VB" > "$data/config/io.hearthguard.capture.live.cfg"
port=18480
ip netns exec "$B" java --enable-native-access=ALL-UNNAMED -Dhearthguard.bundles="$rt/export/hearthguard" \
  -cp "$rt/hearthguard-launcher.jar:$rt/lib/*" io.hearthguard.launcher.Main --data "$data" --port $port > "$work/hub.out" 2>&1 &
HUB=$!
for _ in $(seq 600); do grep -q "Hearthguard hub \(ready\|started\) in" "$work/hub.out" && break; sleep 0.1; done
grep -q "Hearthguard hub \(ready\|started\) in" "$work/hub.out" || { echo "hub did not start:" >&2; cat "$work/hub.out" >&2; exit 1; }
health() { ip netns exec "$B" curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" || echo 000; }

# --timer=nano: sleep between packets (the default timer spins a whole core at a home's rate)
ip netns exec "$A" tcpreplay -q -i "$VA" --pps="$pps" --timer=nano --loop=0 "$work/home-benchnet.pcap" > "$work/replay.out" 2>&1 &
REPLAY=$!

echo "# soak: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1)"
echo "# input: $npk packets (IoT Sentinel setup captures + 10 Echo captures, benchmark addresses), looped at $pps pps; $duration s, sample every $sample s"
printf 't_s\tload1\trss_kb\tthreads\tfds\theap_live_kb\tveth_rx\thealth\n'
t0=$(date +%s)
while :; do
  now=$(date +%s); t=$((now - t0))
  kill -0 "$HUB" 2>/dev/null || { echo "hub died" >&2; tail -50 "$work/hub.out" >&2; exit 1; }
  jcmd "$HUB" GC.run >/dev/null 2>&1 || true
  heap=$(jcmd "$HUB" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9)
  rss=$(awk '/^VmRSS/ {print $2}' /proc/$HUB/status)
  thr=$(awk '/^Threads/ {print $2}' /proc/$HUB/status)
  fds=$(ls /proc/$HUB/fd | wc -l)
  rx=$(ip netns exec "$B" cat /sys/class/net/$VB/statistics/rx_packets)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$(cut -d' ' -f1 /proc/loadavg)" "$rss" "$thr" "$fds" "${heap:-?}" "$rx" "$(health)"
  [ "$t" -ge "$duration" ] && break
  sleep "$sample"
done
echo "# hub log: $(grep -c SEVERE "$work/hub.out" || true) SEVERE lines, $(grep -c WARNING "$work/hub.out" || true) WARNING lines"
grep -m5 "SEVERE\|capture" "$work/hub.out" | sed 's/^/# /' || true
