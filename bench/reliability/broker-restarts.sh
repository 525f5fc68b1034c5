#!/bin/bash
# A real mosquitto killed and restarted during a stream of notifications
# (docs/reliability.md, "MQTT broker"). Runs MqttChannelTest's restart loop RESTARTS times
# (default 100; CI runs 5 of each) with SIGNAL KILL (default: the test that checks every
# notification was confirmed by the broker and counts what the consumer missed) or TERM (the
# test that asserts every notification reached the consumer); builds only what it needs.
#   bench/reliability/broker-restarts.sh   RESTARTS=100 SIGNAL=KILL SEED=<random>
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(mosquitto -h 2>/dev/null | head -1)"
if [ "${SIGNAL:-KILL}" = TERM ]; then t='everyNotificationArrivesWhileTheBrokerIsStopped*'; else t='everyNotificationIsConfirmedByTheBrokerWhileItIsKilled*'; fi
mvn -B -o -pl bundles/io.hearthguard.notify.mqtt -am verify -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest="MqttChannelTest#$t" -Dreliability.brokerRestarts="${RESTARTS:-100}" ${SEED:+-Dreliability.seed=$SEED} \
  | grep -E "broker (killed|stopped)|never reached|Tests run:|FAIL|BUILD"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
