#!/usr/bin/env bash
# Benchmark: discovery's IEEE registry at start -- the full CSV parse against the prepared,
# memory-mapped index (OuiRegistry.cached), each in a new JVM with the one-shot command's JIT
# settings, interleaved (full index full index ...), medians of N. Needs the discovery bundle
# built (mvn -B -q -o -pl bundles/io.hearthguard.discovery -am package).
# Usage: bench/oui-load.sh [RUNS] [REGISTRY_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
reg="${2:-/usr/share/ieee-data}"
classes="$here/bundles/io.hearthguard.discovery/target/classes"
[ -d "$classes" ] || { echo "build the discovery bundle first" >&2; exit 1; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/io/hearthguard/discovery/internal"
cat >"$tmp/src/io/hearthguard/discovery/internal/OuiLoadBench.java" <<'JAVA'
package io.hearthguard.discovery.internal;
public class OuiLoadBench {
    public static void main(String[] a) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(a[1]), cache = java.nio.file.Path.of(a[2]);
        long t0 = System.nanoTime();
        OuiRegistry r = a[0].equals("full") ? OuiRegistry.load(dir) : OuiRegistry.cached(dir, cache);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (a[0].equals("index") != r.indexed()) throw new IllegalStateException("index not used");
        System.out.println(ms + " " + r.size());
    }
}
JAVA
javac -cp "$classes" -d "$tmp/cls" "$tmp/src/io/hearthguard/discovery/internal/OuiLoadBench.java"
run() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$tmp/cls:$classes" io.hearthguard.discovery.internal.OuiLoadBench "$1" "$reg" "$tmp/cache"; }
run full >/dev/null; run index >/dev/null 2>&1 || true # untimed: the first cached() writes the index (and says it is not indexed yet)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
full=() index=()
for i in $(seq "$runs"); do
  read -r ms n < <(run full); full+=("$ms")
  read -r ms n < <(run index); index+=("$ms")
done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(java -version 2>&1 | head -1); $(uptime | sed 's/.*load/load/'); registry $reg: $n blocks; index $(du -k "$tmp"/cache/*.idx | cut -f1) KiB"
echo "full parse: median $(printf '%s\n' "${full[@]}" | median) ms  (runs: ${full[*]})"
echo "index:      median $(printf '%s\n' "${index[@]}" | median) ms  (runs: ${index[*]})"
