#!/usr/bin/env bash
# DNS forwarder under a flood: the whole hub (its DNS forwarder configured) against dnsmasq
# as a forwarder with the same block list, both in front of the same upstream (a dnsmasq that
# answers every name under .test), queried by dnsperf on loopback only.
#
#   bench/dns-flood.sh [seconds=30] [rate=10000]
#
# Needs: dnsperf, dnsmasq (dnsmasq-base), dig; the hub built (HEARTHGUARD_NO_BUILD=1 skips the
# build check). Prints one table row per run; record it in docs/benchmarks.md with `uptime`.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-30}
RATE=${2:-10000}
W=$(mktemp -d /tmp/hg-dnsbench.XXXXXX)
UP=15399 HG=15353 DM=15354 WEB=18097
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$W"; }
trap cleanup EXIT

# 100,000 names: 10% on the block list, 90% distinct names forwarded upstream (no cache helps)
python3 - "$W" <<'PY'
import sys, random
w = sys.argv[1]; random.seed(1)
with open(f"{w}/block.hosts", "w") as b:
    for i in range(5000):
        b.write(f"0.0.0.0 ad{i}.block.test\n")
with open(f"{w}/queries.txt", "w") as q:
    for i in range(100000):
        if i % 10 == 0:
            q.write(f"ad{random.randrange(5000)}.block.test A\n")
        else:
            q.write(f"n{i}.ok.test A\n")
PY

dnsmasq --keep-in-foreground --no-resolv --no-hosts --bind-interfaces --listen-address=127.0.0.1 --port=$UP \
  --conf-file=/dev/null --pid-file= --user=root --cache-size=0 --address=/test/192.0.2.1 >/dev/null 2>&1 & pids+=($!)
dnsmasq --keep-in-foreground --no-resolv --no-hosts --bind-interfaces --listen-address=127.0.0.1 --port=$DM \
  --conf-file=/dev/null --pid-file= --user=root --server=127.0.0.1#$UP --addn-hosts="$W/block.hosts" \
  --dns-forward-max=512 >/dev/null 2>&1 & pids+=($!)
DM_PID=$!

D="$W/hub"; mkdir -p "$D/config" "$D/dns/blocklists"; cp "$W/block.hosts" "$D/dns/blocklists/"
run_hub() { # $1 = extra config lines
  printf 'listen=127.0.0.1:%s\nupstreams=127.0.0.1:%s\n%s' $HG $UP "$1" > "$D/config/io.hearthguard.dns.cfg"
  HEARTHGUARD_NO_BUILD=1 ./hearthguard --data "$D" --port $WEB >"$W/hub.out" 2>&1 & HUB=$!; pids+=($HUB)
  for i in $(seq 120); do dig @127.0.0.1 -p $HG +time=1 +tries=1 +short x.ok.test 2>/dev/null | grep -q 192.0.2.1 && break; sleep 1; done
  HUB_JAVA=$(pgrep -P $HUB java || echo $HUB)
}
rss() { awk '/VmRSS/{print int($2/1024)}' /proc/$1/status; }
hwm() { awk '/VmHWM/{print int($2/1024)}' /proc/$1/status; }
perf() { # $1 port -> "sent answered lost qps avg_ms"
  dnsperf -s 127.0.0.1 -p "$1" -d "$W/queries.txt" -l "$SECS" -Q "$RATE" -c 20 -t 2 2>/dev/null | awk '
    /Queries sent:/ {s=$3} /Queries completed:/ {c=$3} /Queries lost:/ {l=$3}
    /Queries per second:/ {q=$4} /Average Latency/ {a=$4*1000} END {printf "%s %s %s %.0f %.2f", s, c, l, q, a}'
}
row() { printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }

echo "uptime: $(uptime)"
echo "| forwarder | limits | sent | answered | lost | answered/s | avg latency ms | RSS before → after (peak) MiB |"
echo "|---|---|---|---|---|---|---|---|"
run_hub $'ratePerClient=100000\nburstPerClient=100000\n'
b=$(rss $HUB_JAVA); read s c l q a <<<"$(perf $HG)"
echo "| Hearthguard hub | per-client limit off | $s | $c | $l | $q | $a | $b → $(rss $HUB_JAVA) ($(hwm $HUB_JAVA)) |"
kill $HUB; wait $HUB 2>/dev/null || true
run_hub ""
b=$(rss $HUB_JAVA)
( sleep $((SECS/2)); dig @127.0.0.1 -p $HG -b 127.0.0.2 +time=2 +tries=1 +short mid.ok.test > "$W/other-client.txt" ) &
read s c l q a <<<"$(perf $HG)"
echo "| Hearthguard hub | defaults (200/s per client) | $s | $c | $l | $q | $a | $b → $(rss $HUB_JAVA) ($(hwm $HUB_JAVA)) |"
echo "another client during the flood got: $(cat "$W/other-client.txt" 2>/dev/null || echo nothing)"
dig @127.0.0.1 -p $HG +time=2 +tries=1 +short after.ok.test | sed 's/^/after the flood the hub answers: /'
kill $HUB; wait $HUB 2>/dev/null || true
b=$(rss $DM_PID); read s c l q a <<<"$(perf $DM)"
echo "| dnsmasq 2.90 | --dns-forward-max=512 | $s | $c | $l | $q | $a | $b → $(rss $DM_PID) ($(hwm $DM_PID)) |"
