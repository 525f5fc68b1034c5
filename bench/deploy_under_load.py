#!/usr/bin/env python3
"""bench/deploy-under-load.sh (see there). Without --inner, in the root namespace: prepares the replayed
file, makes two namespaces and a veth pair, runs itself with --inner in the namespace that holds the
capture end (`ip netns exec`), and removes everything after. With --inner:

It starts the assembled hub (runtime/target) with live capture on that end, creates the administrator
and an API token, installs the example protection through the REST upload, replays a capture from the
other namespace with tcpreplay at the asked rate, updates the protection N times through the REST
upload (2.0.0 and 1.0.0 alternating, each the whole deploy lifecycle), stops the replay, lets the
protections drain, stops live capture through its configuration (so the final kernel counters are
read) and checks that every packet and every event is accounted for. Prints a report and writes it as
JSON. Standard library only.
"""
import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

CALLS = "hearthguard_capture_live_packet_calls_total"


def log(*a):
    print(*a, flush=True)


class Hub:
    def __init__(self, port):
        self.base = "http://127.0.0.1:%d" % port
        self.token = None

    def request(self, method, path, body=None, headers=None, timeout=120):
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.read().decode(), r.headers
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(), e.headers

    def metrics(self):
        status, text, _ = self.request("GET", "/metrics")
        if status != 200:
            raise SystemExit("GET /metrics answered %d: %s" % (status, text[:300]))
        out = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            m = re.match(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)$', line)
            if m:
                out[(m.group(1), m.group(2) or "")] = float(m.group(3))
        return out


def value(metrics, name, **labels):
    """Sum of the samples of name whose labels include the given ones."""
    total = 0.0
    for (n, l), v in metrics.items():
        if n == name and all('%s="%s"' % (k, val) in l for k, val in labels.items()):
            total += v
    return total


def buckets(metrics):
    """le (seconds, inf last) -> cumulative count of live packet handling times."""
    out = {}
    for (n, l), v in metrics.items():
        if n == CALLS:
            le = re.search(r'at_most_seconds="([^"]+)"', l).group(1)
            out[float("inf") if le == "+Inf" else float(le)] = v
    return dict(sorted(out.items()))


def delta(b1, b0):
    return {le: b1[le] - b0.get(le, 0) for le in b1}


def quantile(cum, q):
    """Upper bound (seconds) of the bucket holding the q-quantile of a cumulative histogram."""
    total = max(cum.values()) if cum else 0
    if total == 0:
        return 0.0
    for le, c in cum.items():
        if c >= q * total:
            return le
    return float("inf")


def highest(cum):
    """Upper bound of the highest non-empty bucket (the longest call in the window lies below it)."""
    prev, top = 0, 0.0
    for le, c in cum.items():
        if c > prev:
            top = le
        prev = c
    return top


def counters(path):
    with open(path) as f:
        return int(f.read())


def veth(dev):
    base = "/sys/class/net/%s/statistics/" % dev
    return {k: counters(base + k) for k in ("rx_packets", "tx_packets", "rx_dropped")}


def wait(what, seconds, check, every=0.2):
    end = time.time() + seconds
    while time.time() < end:
        r = check()
        if r:
            return r
        time.sleep(every)
    raise SystemExit("timed out waiting for " + what)


def outer(argv):
    """In the root namespace: the replayed file, two namespaces and a veth pair; runs main() in the second; removes them."""
    ap = argparse.ArgumentParser(description="bench/deploy-under-load.sh [RATE [UPDATES]]")
    ap.add_argument("rate", nargs="?", type=int, default=50000)
    ap.add_argument("updates", nargs="?", type=int, default=100)
    a = ap.parse_args(argv)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.environ.get("SHARED", os.path.join(os.path.dirname(root), "shared"))
    bench_dir = os.environ.get("BENCH_DIR", "/tmp")
    packets = int(os.environ.get("PACKETS", "200000"))
    pcap = os.path.join(bench_dir, "hearthguard-live-%d-benchnet.pcap" % packets)  # the same file as capture's live-bench.sh
    if not os.path.exists(pcap):
        raw = os.path.join(bench_dir, "hearthguard-live-%d.pcap" % packets)
        subprocess.run(["python3", os.path.join(shared, "bench/gen_pcap.py"), "--packets", str(packets), "--seed", "1", "--out", raw],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["python3", os.path.join(shared, "bench/to_bench_net.py"), raw, pcap + ".tmp"], check=True, stdout=subprocess.DEVNULL)
        os.rename(pcap + ".tmp", pcap)
        for f in (raw, raw + ".stats.json"):
            if os.path.exists(f):
                os.remove(f)
    pid = os.getpid()
    ns_send, ns_hub, dev_send, dev_hub = "hgdulA-%d" % pid, "hgdulB-%d" % pid, "hgdA%d" % pid, "hgdB%d" % pid
    work = subprocess.run(["mktemp", "-d", "/tmp/hg-deploy-load.XXXXXX"], check=True, capture_output=True, text=True).stdout.strip()

    def ip(*args):
        subprocess.run(["ip"] + list(args), check=True)
    try:
        ip("netns", "add", ns_send)
        ip("netns", "add", ns_hub)
        ip("link", "add", dev_send, "netns", ns_send, "type", "veth", "peer", "name", dev_hub, "netns", ns_hub)
        for ns in (ns_send, ns_hub):
            ip("netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1")
        ip("-n", ns_send, "link", "set", dev_send, "up")
        ip("-n", ns_hub, "link", "set", dev_hub, "up")
        ip("-n", ns_hub, "link", "set", "lo", "up")
        if subprocess.run(["ip", "-n", ns_hub, "-o", "-4", "addr", "show", "dev", dev_hub], capture_output=True, text=True).stdout.strip():
            raise SystemExit("unexpected address on " + dev_hub)
        with open("/proc/loadavg") as f:
            log("machine: %d cores, load %s at start" % (os.cpu_count(), " ".join(f.read().split()[:3])))
        log("java: %s; %s; commit %s" % (
            subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
            (lambda r: (r.stdout + r.stderr).splitlines()[0])(subprocess.run(["tcpreplay", "--version"], capture_output=True, text=True)),
            subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()))
        log("input: %s (%d packets, looped), %d pps (tcpreplay --pps-multi=%s), %d updates" % (pcap, packets, a.rate,
                                                                                            os.environ.get("PPS_MULTI", "1"), a.updates))
        rc = subprocess.run(["ip", "netns", "exec", ns_hub, sys.executable, os.path.abspath(__file__), "--inner", "--root", root, "--work", work,
                             "--dev", dev_hub, "--sender-ns", ns_send, "--sender-dev", dev_send, "--pcap", pcap, "--pps", str(a.rate),
                             "--updates", str(a.updates), "--pps-multi", os.environ.get("PPS_MULTI", "1"), "--buffer", os.environ.get("HUB_BUFFER", str(8 * 1024 * 1024)),
                             "--jvm=" + os.environ.get("JVM", "-Xmx512m"),
                             "--out", os.environ.get("OUT", os.path.join(bench_dir, "hearthguard-deploy-under-load.json"))]).returncode
        with open("/proc/loadavg") as f:
            log("load %s at the end" % " ".join(f.read().split()[:3]))
        if rc != 0 and os.path.exists(os.path.join(work, "hub.out")):
            with open(os.path.join(work, "hub.out")) as f:
                log("--- hub output (tail)\n" + "".join(f.readlines()[-40:]))
        return rc
    finally:
        for ns in (ns_hub, ns_send):
            pids = subprocess.run(["ip", "netns", "pids", ns], capture_output=True, text=True).stdout.split()
            for p in pids:
                subprocess.run(["kill", p], stderr=subprocess.DEVNULL)
        time.sleep(1)
        for ns in (ns_send, ns_hub):
            subprocess.run(["ip", "netns", "del", ns], stderr=subprocess.DEVNULL)
        if not os.environ.get("KEEP_WORK"):
            subprocess.run(["rm", "-rf", work])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--inner", action="store_true")
    ap.add_argument("--root", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--dev", required=True, help="the capture end of the veth pair (in this namespace)")
    ap.add_argument("--sender-ns", required=True)
    ap.add_argument("--sender-dev", required=True)
    ap.add_argument("--pcap", required=True)
    ap.add_argument("--pps", type=int, default=50000)
    ap.add_argument("--updates", type=int, default=100)
    ap.add_argument("--pps-multi", type=int, default=1, help="tcpreplay sends this many packets per interval")
    ap.add_argument("--warmup", type=float, default=5.0)
    ap.add_argument("--buffer", type=int, default=8 * 1024 * 1024)
    ap.add_argument("--port", type=int, default=18600)
    ap.add_argument("--jvm", default="-Xmx512m")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    rt = os.path.join(a.root, "runtime/target")
    example = os.path.join(a.root, "examples/io.hearthguard.example.protection/target")
    v1 = [os.path.join(example, f) for f in os.listdir(example) if f.endswith(".jar")][0]
    v2src = [os.path.join(a.root, "examples/io.hearthguard.example.protection.v2/target", f)
             for f in os.listdir(os.path.join(a.root, "examples/io.hearthguard.example.protection.v2/target")) if f.endswith(".jar")][0]
    data = os.path.join(a.work, "data")
    for d in ("config", "trust", "deploy"):
        os.makedirs(os.path.join(data, d), exist_ok=True)
    # both versions are the build output as it is: 1.0.0 signed by the key its build generated, 2.0.0 by its own build with
    # that same key (examples/io.hearthguard.example.protection.v2/pom.xml); the hub trusts that key's certificate only
    subprocess.run(["cp", os.path.join(example, "signing/vendor.pem"), os.path.join(data, "trust/example-build.pem")], check=True)
    v2 = os.path.join(a.work, "example-2.0.0.jar")
    subprocess.run(["cp", v2src, v2], check=True)
    with open(os.path.join(data, "config/io.hearthguard.capture.live.cfg"), "w") as f:
        f.write("enabled=true\ninterface=%s\nbufferBytes=%d\n" % (a.dev, a.buffer))
    # what a household would set for a vendor's test run: 100 updates an hour, 2.0.0 and 1.0.0 alternating
    with open(os.path.join(data, "config/io.hearthguard.deploy.cfg"), "w") as f:
        f.write("maxUploadsPerHour=%d\nallowDowngrade=true\n" % (a.updates + 10))

    hub_log = open(os.path.join(a.work, "hub.out"), "w")
    cmd = ["java"] + a.jvm.split() + ["--enable-native-access=ALL-UNNAMED", "-Dhearthguard.bundles=" + os.path.join(rt, "export/hearthguard"),
                                      "-cp", os.path.join(rt, "hearthguard-launcher.jar") + ":" + os.path.join(rt, "lib/*"),
                                      "io.hearthguard.launcher.Main", "--data", data, "--port", str(a.port)]
    hub_proc = subprocess.Popen(cmd, stdout=hub_log, stderr=subprocess.STDOUT)
    replay = None
    try:
        def output():
            with open(os.path.join(a.work, "hub.out")) as f:
                return f.read()
        wait("the hub to start", 300, lambda: hub_proc.poll() is None and "Hearthguard hub ready in" in output() or (hub_proc.poll() is not None and sys.exit(output())))
        hub = Hub(a.port)
        code = re.search(r"setup code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})", output()).group(1)
        origin = {"Origin": hub.base, "Content-Type": "application/json"}
        s, body, headers = hub.request("POST", "/api/setup", json.dumps({"code": code, "username": "bench", "password": "bench-password-1"}).encode(), origin)
        assert s == 200, body
        session = "hg_session=" + re.search(r"hg_session=([^;]+)", headers.get("Set-Cookie") or "").group(1)
        s, body, _ = hub.request("POST", "/api/tokens", b'{"name":"bench"}', dict(origin, Cookie=session, **{"X-CSRF-Token": json.loads(body)["csrfToken"]}))
        assert s == 201, body
        hub.token = json.loads(body)["token"]

        def deploy(jar):
            with open(jar, "rb") as f:
                t0 = time.monotonic()
                s, body, _ = hub.request("POST", "/api/deploy?name=acme.jar", f.read(), {"Content-Type": "application/octet-stream"}, timeout=300)
                return s, json.loads(body) if body.startswith("{") else {"reason": body}, time.monotonic() - t0

        s, r, _ = deploy(v1)
        assert s == 201, (s, r)
        wait("live capture on " + a.dev, 60, lambda: value(hub.metrics(), "hearthguard_capture_sessions", live="true") == 1)

        m0 = hub.metrics()
        n0 = veth(a.dev)
        log("baseline taken; replaying %s at %d pps from %s" % (a.pcap, a.pps, a.sender_ns))
        replay = subprocess.Popen(["ip", "netns", "exec", a.sender_ns, "tcpreplay", "-i", a.sender_dev, "-K", "--pps=%d" % a.pps] + (["--pps-multi=%d" % a.pps_multi] if a.pps_multi > 1 else []) + ["--loop=0", a.pcap],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        time.sleep(a.warmup)
        if replay.poll() is not None:
            raise SystemExit("tcpreplay ended: " + replay.stdout.read())
        before = buckets(hub.metrics())
        windows, attempts = [], []
        started = time.monotonic()
        for i in range(a.updates):
            jar = v2 if i % 2 == 0 else v1
            s, r, took = deploy(jar)
            after = buckets(hub.metrics())
            windows.append(delta(after, before))
            before = after
            attempts.append({"status": s, "verdict": r.get("verdict"), "seconds": round(took, 3), "reason": r.get("reason", "")[:200]})
            if r.get("verdict") not in ("updated",):
                log("update %d: %s %s" % (i + 1, s, r))
            if (i + 1) % 10 == 0:
                log("%d updates, %.0f s" % (i + 1, time.monotonic() - started))
        updating = time.monotonic() - started
        replay.send_signal(signal.SIGINT)
        replay_out = replay.communicate(timeout=60)[0]
        replay = None
        # the last frames reach the end, the protections drain their queues
        last = veth(a.dev)
        while True:
            time.sleep(1.0)
            now = veth(a.dev)
            if now == last:
                break
            last = now
        wait("the protections to drain", 120, lambda: value(hub.metrics(), "hearthguard_protection_queue_depth") == 0, 0.5)
        m_cap = hub.metrics()
        # stop live capture: its session ends and reads the kernel's final counters
        with open(os.path.join(data, "config/io.hearthguard.capture.live.cfg"), "w") as f:
            f.write("enabled=false\ninterface=%s\n" % a.dev)
        wait("live capture to stop", 60, lambda: value(hub.metrics(), "hearthguard_capture_sessions", live="true") == 0, 0.5)
        # the session's end ends every open flow: those last flow events are offered to the protections after the drain above
        wait("the protections to drain the session's end", 120, lambda: value(hub.metrics(), "hearthguard_protection_queue_depth") == 0, 0.5)
        n1 = last
        m1 = hub.metrics()
        m_cap = m1

        # ---- the accounts
        def d(name, **labels):
            return int(value(m1, name, **labels) - value(m0, name, **labels))
        frames = (n1["rx_packets"] - n0["rx_packets"]) + (n1["tx_packets"] - n0["tx_packets"])
        received = d("hearthguard_capture_packets_received_total", live="true")
        processed = d("hearthguard_capture_packets_processed_total", live="true")
        drops = {r: d("hearthguard_capture_packets_dropped_total", live="true", reason=r)
                 for r in ("unsupported-link-type", "truncated-link-header", "truncated-record", "kernel")}
        sent = re.search(r"Actual: (\d+) packets", replay_out or "")
        records = {st: d("hearthguard_protection_host_records_total", stream=st) for st in ("flow", "metadata", "meter", "activity")}
        protections = {}
        for (n, l), _ in m1.items():
            if n == "hearthguard_protection_events_total":
                name = re.search(r'protection="([^"]+)"', l).group(1)
                protections.setdefault(name, {})
        for name in protections:
            for o in ("offered", "delivered", "failed", "dropped", "lost", "refused"):
                protections[name][o] = d("hearthguard_protection_events_total", protection=name, outcome=o)
            p = protections[name]
            p["queued"] = int(value(m_cap, "hearthguard_protection_queue_depth", protection=name))
            p["closes"] = p["offered"] == p["delivered"] + p["failed"] + p["dropped"] + p["lost"] + p["queued"]
        total = {}
        for w in windows:
            for le, c in w.items():
                total[le] = total.get(le, 0) + c
        maxima = sorted(highest(w) for w in windows)
        report = {
            "machine": {"cores": os.cpu_count(), "load_at_report": open("/proc/loadavg").read().split()[:3]},
            "rate_pps": a.pps, "pps_multi": a.pps_multi, "updates": a.updates, "updating_seconds": round(updating, 1),
            "tcpreplay": (replay_out or "").strip().splitlines()[-8:] if replay_out else [],
            "tcpreplay_sent": int(sent.group(1)) if sent else None,
            "veth_frames_rx_plus_tx": frames,
            "capture": {"received": received, "processed": processed, "dropped": drops,
                        "closes": processed + sum(drops.values()) == frames},
            "host_records": records,
            "protections": protections,
            "update_verdicts": {v: sum(1 for x in attempts if x["verdict"] == v) for v in sorted({str(x["verdict"]) for x in attempts})},
            "update_seconds": {"p50": sorted(x["seconds"] for x in attempts)[len(attempts) // 2], "max": max(x["seconds"] for x in attempts)},
            "packet_handling_during_updates_seconds": {
                "packets": int(max(total.values()) if total else 0),
                "p50_at_most": quantile(total, 0.50), "p99_at_most": quantile(total, 0.99), "p999_at_most": quantile(total, 0.999),
                "longest_at_most": highest(total)},
            "longest_per_update_window_seconds": {"p50_at_most": maxima[len(maxima) // 2], "p99_at_most": maxima[min(len(maxima) - 1, int(0.99 * len(maxima)))],
                                                  "max_at_most": maxima[-1]},
            "longest_since_start_seconds": value(m1, "hearthguard_capture_live_packet_seconds_max"),
            "attempts": attempts,
        }
        with open(a.out, "w") as f:
            json.dump(report, f, indent=1, default=str)
        short = {k: v for k, v in report.items() if k != "attempts"}
        log(json.dumps(short, indent=1, default=str))
        ok = report["capture"]["closes"] and all(p["closes"] for p in protections.values())
        log("ACCOUNTS CLOSE" if ok else "ACCOUNTS DO NOT CLOSE")
        return 0 if ok else 2
    finally:
        if replay is not None:
            replay.kill()
        hub_proc.send_signal(signal.SIGTERM)
        try:
            hub_proc.wait(30)
        except subprocess.TimeoutExpired:
            hub_proc.kill()


if __name__ == "__main__":
    sys.exit(main() if "--inner" in sys.argv[1:] else outer(sys.argv[1:]))
