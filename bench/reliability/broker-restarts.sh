#!/bin/bash
# A real mosquitto killed and restarted during a stream of notifications
# (docs/reliability.md, "MQTT broker"). Runs MqttChannelTest's restart loop RESTARTS times
# (default 100; CI runs 5) with SIGNAL KILL (default) or TERM; builds only what it needs.
#   bench/reliability/broker-restarts.sh   RESTARTS=100 SIGNAL=KILL SEED=<random>
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(mosquitto -h 2>/dev/null | head -1)"
mvn -B -o -pl bundles/io.hearthguard.notify.mqtt -am verify -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='MqttChannelTest#everyNotificationArrivesWhileTheBroker*' -Dreliability.brokerRestarts="${RESTARTS:-100}" \
  -Dreliability.brokerSignal="${SIGNAL:-KILL}" ${SEED:+-Dreliability.seed=$SEED} \
  | grep -E "broker (killed|stopped)|never arrived|Tests run:|FAIL|BUILD"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
