#!/bin/bash
# A protection updated N times (default 100) through the deploy lifecycle while traffic is replayed
# at R packets/s (default 50,000) THROUGH live capture into a running hub (issue 17; docs/benchmarks.md,
# "Protection updates under load, through capture"). As root, from anywhere:
#
#   bench/deploy-under-load.sh [RATE [UPDATES]]
#
# Makes two network namespaces and a veth pair between them (no addresses, IPv6 off), starts the
# assembled hub (runtime/target) in the second with live capture on its end, and replays
# gen_pcap.py's 200,000-packet capture rewritten into 198.18.0.0/15 by to_bench_net.py from the
# first with tcpreplay, looping, while the example protection (both versions as their builds signed them) is uploaded 2.0.0/1.0.0 alternately
# (REST, API token; every upload the whole lifecycle: stage, verify the build key's signature,
# update, health check, commit). Then checks that the sums close: veth frames = capture processed +
# capture drops (kernel, malformed); per protection, events offered = delivered + failed + dropped +
# lost at an update + queued. Reports how long the capture thread spends on each packet (decode,
# flows and every observer's call, measured in the hub) during the updates. Removes all it made.
# Needs: a built runtime and examples (mvn -B -o -pl runtime -am package -DskipTests), ip, tcpreplay,
# python3, and $SHARED/bench/{gen_pcap,to_bench_net}.py (SHARED: ../shared beside the repo).
# Env: PPS_MULTI (tcpreplay --pps-multi: packets per timed send, 1), HUB_BUFFER (kernel buffer bytes, 8388608), PACKETS (200000), BENCH_DIR (/tmp), JVM (-Xmx512m),
# OUT (report JSON, default $BENCH_DIR/hearthguard-deploy-under-load.json), KEEP_WORK=1 keeps the hub's folder.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "needs root (network namespaces)" >&2; exit 1; }
for t in ip tcpreplay python3 java; do
  command -v "$t" >/dev/null || { echo "$t not installed" >&2; exit 1; }
done
ex=$root/examples/io.hearthguard.example.protection/target
[ -f "$root/runtime/target/hearthguard-launcher.jar" ] && [ -f "$ex/signing/vendor.pem" ] \
  || { echo "build first: mvn -B -o -pl runtime -am package -DskipTests" >&2; exit 1; }
exec python3 "$root/bench/deploy_under_load.py" "$@"
