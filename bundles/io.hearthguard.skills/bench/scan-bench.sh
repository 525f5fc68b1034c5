#!/bin/sh
# Skill-scan throughput on the real corpus, all cores, no OSGi: the same Analyzer as
# `./hearthguard skills scan`. Not a test; run by hand, briefly (shared machine).
#
#   bundles/io.hearthguard.skills/bench/scan-bench.sh [SECONDS] [THREADS]   (default 10 s, all cores)
#
# Needs a built module (mvn -B -o verify -pl bundles/io.hearthguard.skills -am) and the
# shared corpus at ../shared/data/skills (relative to the repository root).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/../.." && pwd)
cpfile="$here/target/bench.classpath"
[ -f "$cpfile" ] || (cd "$root" && mvn -B -q -o -pl bundles/io.hearthguard.skills -am package -DskipTests dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null)
cp="$here/target/classes:$here/target/test-classes:$(cat "$cpfile")"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1)"
cd "$root"
exec java ${JVM_FLAGS:--Xmx512m -Xmn256m -XX:+UseSerialGC} -cp "$cp" io.hearthguard.skills.internal.ScanBench ../shared/data/skills "${1:-10}" "${2:-$(nproc)}"
