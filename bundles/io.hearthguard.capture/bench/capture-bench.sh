#!/bin/sh
# Capture benchmark: analyze (this bundle, plain JVM, no OSGi) versus tcpdump on the same
# generated home capture. Not a test; run by hand, briefly (shared machines).
#
#   bundles/io.hearthguard.capture/bench/capture-bench.sh [PACKETS...]     (default: 1000000)
#
# Needs: a built module (mvn -o verify -pl bundles/io.hearthguard.capture), python3,
# tcpdump, GNU time (/usr/bin/time), and /work/shared/bench/gen_pcap.py (or GEN=path).
# Files are generated once under ${BENCH_DIR:-/tmp} (1M packets ≈ 880 MB, 4M ≈ 3.5 GB).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/../.." && pwd)
gen=${GEN:-/work/shared/bench/gen_pcap.py}
dir=${BENCH_DIR:-/tmp}
jvm=${JVM_FLAGS:--Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
cpfile="$here/target/bench.classpath"
[ -f "$cpfile" ] || (cd "$root" && mvn -B -q -o -pl bundles/io.hearthguard.capture -am package -DskipTests dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null)
cp="$here/target/classes:$(cat "$cpfile")"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); flags: $jvm"
printf '%-10s %-34s %8s %8s %8s %10s %9s\n' packets tool wall_s user_s sys_s kpps_wall rss_MiB
for n in "${@:-1000000}"; do
  f="$dir/hearthguard-bench-$n.pcap"
  [ -f "$f" ] || python3 "$gen" --packets "$n" --seed 1 --out "$f" >/dev/null
  cat "$f" >/dev/null   # warm the page cache, like the figures in /work/shared/bench/README.md
  run() {
    label=$1; shift
    /usr/bin/time -f '%e %U %S %M' -o /tmp/hg-bench-time "$@" >/dev/null 2>/tmp/hg-bench-err || { cat /tmp/hg-bench-err; exit 1; }
    read -r wall user sys rss < /tmp/hg-bench-time
    printf '%-10s %-34s %8s %8s %8s %10.0f %9.0f\n' "$n" "$label" "$wall" "$user" "$sys" "$(echo "$n / $wall / 1000" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  }
  run "tcpdump -r F -w /dev/null" tcpdump -r "$f" -w /dev/null
  # shellcheck disable=SC2086
  run "hearthguard analyze F" java $jvm -cp "$cp" io.hearthguard.capture.internal.analyze.Main "$f"
  # shellcheck disable=SC2086
  run "hearthguard analyze F --json" java $jvm -cp "$cp" io.hearthguard.capture.internal.analyze.Main "$f" --json
done
