#!/bin/bash
# kill -9 of the hub during a stream of findings (docs/reliability.md, "kill -9").
# Runs ReliabilityIT's kill loop with KILLS kills (default 20; CI runs 3) at RATE findings/s
# (default 500) from THREADS publishing threads (default 16): builds the reactor part it needs
# (never installs), then runs only that test.
#   bench/reliability/kill9.sh            KILLS=20 RATE=500 THREADS=16 SEED=<random>
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -o -pl runtime -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dit.test='ReliabilityIT#everyAcknowledgedFinding*' -Dreliability.kills="${KILLS:-20}" -Dreliability.rate="${RATE:-500}" -Dreliability.threads="${THREADS:-16}" \
  ${SEED:+-Dreliability.seed=$SEED} | grep -E "^kill |kill -9 x|Tests run:|FAIL|BUILD"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
