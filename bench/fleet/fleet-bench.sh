#!/usr/bin/env bash
# Fleet backend benchmark: N simulated hubs -> mosquitto -> bridge -> Kafka (KRaft) -> aggregator,
# all on loopback (docs/fleet.md, figures in docs/benchmarks.md).
#   bench/fleet/fleet-bench.sh [KAFKA_NODES] [SECONDS] [FINDINGS_PER_HUB_PER_MINUTE] N1 N2 ...
# e.g. bench/fleet/fleet-bench.sh 3 60 2 1000 3000 10000
# FAULTS=1 (with 3 nodes): Kafka node 1 killed with SIGKILL at 1/3 of the time, mosquitto restarted at
# 1/2, node 1 started again at 2/3; "missing" counts findings lost across them.
# Needs mosquitto (apt-get install -y mosquitto mosquitto-clients). Builds the aggregator module with
# the reactor (-am, never installs), runs one JVM per size, prints `uptime` before each run.
set -euo pipefail
cd "$(dirname "$0")/../.."
nodes=${1:-3}; seconds=${2:-60}; rate=${3:-2}; shift 3 || true
sizes=("${@:-1000}")
for n in "${sizes[@]}"; do
  if ! [[ $n =~ ^[0-9]+$ ]] || (( n < 1 || n > 20000 )); then echo "hub counts 1..20000, not '$n'" >&2; exit 2; fi
done
# one invocation: with the test-compile phase in it the reactor's modules resolve to their target/classes; the goal
# alone would look them up in ~/.m2 (not there for the test support jar, possibly stale for the others)
mvn -B -q -o -pl fleet/aggregator -am test-compile dependency:build-classpath -DskipTests -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/fleet-bench.classpath
cp=fleet/aggregator/target/classes:fleet/aggregator/target/test-classes:$(cat fleet/aggregator/target/fleet-bench.classpath)
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
for n in "${sizes[@]}"; do
  work=$(mktemp -d /tmp/fleet-bench.XXXXXX)
  echo "== $n hubs, $nodes Kafka node(s), ${seconds}s, $rate findings/hub/min; $(date -u +%FT%TZ); load: $(uptime | sed 's/.*load average: //')"
  java -Xmx2g -XX:+UseParallelGC -cp "$cp" io.hearthguard.fleet.aggregator.FleetBench "$work" "$n" "$seconds" "$rate" "$nodes" ${FAULTS:+faults} 2>"$work/stderr.log" \
    | grep RESULT || { echo "run failed, see $work/stderr.log"; tail -20 "$work/stderr.log"; continue; }
  echo "   load after: $(uptime | sed 's/.*load average: //')"
  rm -rf "$work"
done
