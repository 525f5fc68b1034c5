#!/usr/bin/env python3
"""Scenario traffic generator for the protections (Python 3, standard library only).

Writes a household's traffic as a classic pcap (Ethernet/IPv4/TCP+UDP; data packets are
stored header-only with their original length, DNS in full), a JSON sidecar with the
ground truth, and a JSON-lines file of the flow snapshots capture would deliver for it
(STARTED, UPDATED every 60 s of capture time for flows that moved, ENDED), so the
protections can be evaluated without the capture pipeline.

Deterministic by seed:  python3 bench/voicegen.py --seed 1 --days 7 --out target/gen/house1
produces house1.pcap, house1.labels.json and house1.flows.jsonl.

Scenarios per smart speaker: idle heartbeats on a long-lived TLS connection to its voice
cloud, ordinary requests (listen, then a spoken answer), multi-turn conversations,
misactivations (short listening, no answer; benign), and the eavesdrop cases labelled
eavesdrop=true: long listening after a fake goodbye, silent-reprompt loops, idle trickles,
sustained idle uploads and repeated unanswered idle uploads. Other devices: a camera
uploading clips (and a nightly backup), a laptop.
"""
import argparse
import json
import random
import struct

EPOCH = 1_767_225_600  # 2026-01-01T00:00:00Z
UPDATE = 60
IDLE_TCP = 300
ACTIVE = 3600
GATEWAY_MAC = 0x020000000001

SPEAKERS = [
    ("echo-kitchen", 0x44650D000001, "192.168.1.21", "avs-alexa-14-na.amazon.com", "52.94.233.10"),
    ("echo-bedroom", 0x44650D000002, "192.168.1.22", "bob-dispatch-prod-eu.amazon.com", "52.94.233.11"),
    ("nest-mini", 0x1C53F9000003, "192.168.1.23", "embeddedassistant.googleapis.com", "142.250.74.10"),
]
CAMERA = ("cam-door", 0xD4D2D6000004, "192.168.1.30", "clips.camcloud.example", "203.0.113.50")
LAPTOP = ("laptop", 0x3C22FB000005, "192.168.1.40", "www.example.org", "198.51.100.7")
METRICS = ("device-metrics-us.amazon.com", "52.94.233.99")
RESOLVER = ("192.168.1.1", GATEWAY_MAC)


class House:
    def __init__(self, seed, days):
        self.r = random.Random(seed)
        self.days = days
        self.end = EPOCH + days * 86400
        self.packets = []  # (t, src_mac, dst_mac, src_ip, dst_ip, proto, sport, dport, length, flags, payload)
        self.events = []
        self.ports = {}

    def port(self, ip):
        p = self.ports.get(ip, 40000) + 1
        self.ports[ip] = p if p < 65000 else 40001
        return self.ports[ip]

    # ---------------------------------------------------------------- packets
    def pkt(self, t, up, dev, remote_ip, sport, dport, length, flags="PA", proto=6, payload=b""):
        if t >= self.end:
            return
        name, mac, ip = dev[0], dev[1], dev[2]
        if up:
            self.packets.append((t, mac, GATEWAY_MAC, ip, remote_ip, proto, sport, dport, length, flags, payload))
        else:
            self.packets.append((t, GATEWAY_MAC, mac, remote_ip, ip, proto, dport, sport, length, flags, payload))

    def dns(self, t, dev, qname, addr):
        sport = self.port(dev[2])
        q = dns_query(0x1000 + self.r.randrange(0xEFFF), qname)
        a = dns_answer(q, addr)
        self.pkt(t, True, dev, RESOLVER[0], sport, 53, 28 + len(q), proto=17, payload=q)
        self.pkt(t + 0.01, False, dev, RESOLVER[0], sport, 53, 28 + len(a), proto=17, payload=a)

    def stream(self, t, dur, rate, dev, rip, sport, up, pps=20):
        """Bytes at `rate` B/s for `dur` s in packets at `pps`; returns end time."""
        n = max(1, int(dur * pps))
        size = max(60, int(rate / pps))
        for i in range(n):
            self.pkt(t + i / pps, up, dev, rip, sport, 443, size + self.r.randrange(-20, 21))
            if up and i % 4 == 3:
                self.pkt(t + i / pps + 0.005, False, dev, rip, sport, 443, 52, "A")
        return t + n / pps

    def connect(self, t, dev, rip, sport, dport=443):
        self.pkt(t, True, dev, rip, sport, dport, 60, "S")
        self.pkt(t + 0.02, False, dev, rip, sport, dport, 60, "SA")
        self.pkt(t + 0.03, True, dev, rip, sport, dport, 52, "A")

    def close(self, t, dev, rip, sport, dport=443):
        self.pkt(t, True, dev, rip, sport, dport, 52, "FA")
        self.pkt(t + 0.02, False, dev, rip, sport, dport, 52, "FA")
        self.pkt(t + 0.03, True, dev, rip, sport, dport, 52, "A")

    def label(self, dev, kind, start, end, eavesdrop, expect=None, remote=None):
        """expect: the finding category a protection should raise for it (None: none); remote: the host involved."""
        if start < self.end:
            e = {"device": dev[0], "kind": kind, "start": start - EPOCH, "end": min(end, self.end) - EPOCH,
                 "eavesdrop": eavesdrop, "expect": expect or ("eavesdrop" if eavesdrop else None)}
            if remote:
                e["remote"] = remote
            self.events.append(e)

    # ---------------------------------------------------------------- speaker behaviour
    def speaker(self, dev):
        r = self.r
        host, rip = dev[3], dev[4]
        audio = r.uniform(3500, 4500)  # this speaker's codec rate
        busy = []  # (start, end) of scheduled activity, to keep scenarios apart

        def free(a, b):
            return all(b + 90 < s or a > e + 90 for s, e in busy)

        # the long-lived voice connection, reconnected every few hours
        t = EPOCH + r.uniform(0, 30)
        while t < self.end:
            sport = self.port(dev[2])
            self.dns(t - 0.2, dev, host, rip)
            self.connect(t, dev, rip, sport)
            life = r.uniform(2, 8) * 3600
            hb = t + r.uniform(1, 30)
            while hb < min(t + life, self.end):
                self.pkt(hb, True, dev, rip, sport, 443, r.randrange(120, 260))
                self.pkt(hb + 0.05, False, dev, rip, sport, 443, r.randrange(90, 200))
                hb += r.gauss(30, 2)
            self.close(min(t + life, self.end - 1), dev, rip, sport)
            self.conns.append((dev[0], t, t + life, sport))
            t += life + r.uniform(1, 5)
        # benign metrics upload on a different name, every ~15 min
        t = EPOCH + r.uniform(0, 900)
        while t < self.end:
            sport = self.port(dev[2])
            self.dns(t - 0.1, dev, METRICS[0], METRICS[1])
            self.connect(t, dev, METRICS[1], sport)
            self.stream(t + 0.1, 1, r.uniform(2000, 6000), dev, METRICS[1], sport, True, pps=5)
            self.close(t + 2, dev, METRICS[1], sport)
            t += r.uniform(600, 1200)

        def sport_at(t):
            for name, a, b, sp in self.conns:
                if name == dev[0] and a <= t < b:
                    return sp
            return None

        def request(t, listen, answer, kind=None, eav=False):
            sp = sport_at(t)
            if sp is None:
                return t
            e = self.stream(t, listen, audio, dev, rip, sp, True)
            if answer > 0:
                e = self.stream(e + r.uniform(0.3, 1.0), answer, r.uniform(5000, 8000), dev, rip, sp, False, pps=15)
            else:
                self.pkt(e + 0.4, False, dev, rip, sp, 443, r.randrange(300, 900))
                e += 0.5
            if kind:
                self.label(dev, kind, t, e, eav)
            return e

        def place(dur, hours=(7, 23)):
            for _ in range(50):
                day = r.randrange(self.days)
                s = EPOCH + day * 86400 + r.uniform(hours[0], hours[1]) * 3600
                if s + dur < self.end and free(s, s + dur) and sport_at(s) and sport_at(s + dur) == sport_at(s):
                    busy.append((s, s + dur))
                    return s
            return None

        for day in range(self.days):
            for _ in range(r.randrange(8, 26)):  # ordinary requests
                s = place(30)
                if s:
                    request(s, r.uniform(1.5, 8), r.uniform(2, 15), "request", False)
            for _ in range(r.randrange(0, 3)):  # multi-turn conversations
                s = place(200)
                if s:
                    e = s
                    for _ in range(r.randrange(3, 7)):
                        e = request(e, r.uniform(2, 6), r.uniform(3, 10)) + r.uniform(1, 3)
                    self.label(dev, "conversation", s, e, False)
            for _ in range(r.randrange(0, 5)):  # misactivations (TV, conversation)
                s = place(30, (0, 24))
                if s:
                    request(s, r.uniform(2, 12), 0, "misactivation", False)
            if r.random() < 0.3:  # a TV evening: two or three misactivations within half an hour (benign)
                s = place(1800, (18, 23))
                if s:
                    t = s
                    for _ in range(r.randrange(2, 4)):
                        request(t, r.uniform(2, 10), 0, "misactivation", False)
                        t += r.uniform(300, 800)
            for _ in range(r.randrange(0, 3)):  # music: progress events upstream on the voice connection
                dur = r.uniform(20, 90) * 60
                s = place(dur)
                if s:
                    sp = sport_at(s)
                    e = request(s, r.uniform(2, 4), r.uniform(2, 4))
                    cdn = self.port(dev[2])
                    self.connect(e, dev, "198.51.100.80", cdn)
                    t = e + r.uniform(60, 180)
                    while t < s + dur:
                        self.pkt(t, True, dev, rip, sp, 443, r.randrange(800, 2500))
                        self.pkt(t + 0.1, False, dev, rip, sp, 443, r.randrange(300, 800))
                        self.stream(t + 1, 2, 200_000, dev, "198.51.100.80", cdn, False, pps=10)
                        t += r.uniform(60, 180)
                    self.close(s + dur, dev, "198.51.100.80", cdn)
                    self.label(dev, "music", s, s + dur, False)
        # eavesdrop scenarios: about one of each kind every two days
        n = max(1, self.days // 2)
        for _ in range(n):  # fake goodbye, then the microphone stays open
            s = place(400)
            if s:
                e = request(s, r.uniform(2, 5), r.uniform(3, 6))
                e = request(e + 0.5, r.uniform(1, 2), 1.5)  # "stop" -> "Goodbye"
                self.stream(e + 0.5, r.uniform(25, 240), audio * r.uniform(0.5, 1.0), dev, rip, sport_at(s), True)
                self.label(dev, "long-listening", s, e + 240, True)
        for _ in range(n):  # silent reprompt loop
            s = place(300)
            if s:
                e = request(s, r.uniform(2, 5), r.uniform(2, 5))
                for _ in range(r.randrange(3, 9)):
                    e = request(e + 0.3, r.uniform(6, 8), 0)
                self.label(dev, "silent-reprompt", s, e, True)
        for _ in range(n):  # idle trickle below the listening threshold
            dur = r.uniform(20, 60) * 60
            s = place(dur, (0, 24))
            if s:
                rate = r.uniform(8, 40)
                t = s
                while t < s + dur:
                    self.pkt(t, True, dev, rip, sport_at(s), 443, int(rate * 5))
                    t += 5
                self.label(dev, "idle-trickle", s, s + dur, True)
        for _ in range(n):  # sustained upload above the threshold
            dur = r.uniform(12, 40) * 60
            s = place(dur, (0, 24))
            if s:
                self.stream(s, dur, r.uniform(80, 300), dev, rip, sport_at(s), True, pps=1)
                self.label(dev, "sustained-upload", s, s + dur, True)
        for _ in range(n):  # repeated unanswered uploads while idle
            s = place(1800, (0, 24))
            if s:
                t = s
                for _ in range(r.randrange(4, 8)):
                    request(t, r.uniform(6, 15), 0)
                    t += r.uniform(120, 360)
                self.label(dev, "repeated-idle-upload", s, t, True)

    def upload(self, t, dev, host, ip, total, dur, kind, expect):
        """One TCP upload of `total` bytes over `dur` seconds to host/ip (DNS first)."""
        sport = self.port(dev[2])
        self.dns(t - 0.1, dev, host, ip)
        self.connect(t, dev, ip, sport)
        pps = max(1.0, min(200.0, total / 1448 / dur))
        e = self.stream(t + 0.1, dur, total / dur, dev, ip, sport, True, pps=pps)
        self.close(e, dev, ip, sport)
        self.label(dev, kind, t, e, False, expect, host)
        return e

    def uploads(self):
        """Exfiltration to hosts the device never used, and a laptop's weekly cloud backup."""
        r = self.r
        who = [CAMERA, LAPTOP, SPEAKERS[0]]
        for i in range(max(1, self.days // 2)):
            dev = who[i % len(who)]
            t = EPOCH + r.uniform(0, self.days * 86400 - 3600)
            self.upload(t, dev, "drop-%d.files.example" % i, "203.0.113.%d" % (100 + i % 100), r.uniform(3e6, 40e6),
                        r.uniform(300, 1800), "exfiltration", "abnormal-upload")
        for w in range(max(1, self.days // 7)):
            t = EPOCH + w * 7 * 86400 + r.uniform(1, 6) * 86400
            self.upload(t, LAPTOP, "backup.cloudvault.example", "198.51.100.90", r.uniform(120e6, 200e6), r.uniform(900, 2400),
                        "cloud-backup", "large-upload")

    def camera(self, dev):
        r = self.r
        t = EPOCH + r.uniform(0, 300)
        while t < self.end:  # status heartbeat to the vendor, every 5 minutes
            sport = self.port(dev[2])
            self.connect(t, dev, "203.0.113.51", sport)
            self.pkt(t + 0.1, True, dev, "203.0.113.51", sport, 443, r.randrange(300, 600))
            self.pkt(t + 0.2, False, dev, "203.0.113.51", sport, 443, r.randrange(300, 900))
            self.close(t + 0.3, dev, "203.0.113.51", sport)
            t += 300
        for day in range(self.days):
            for _ in range(r.randrange(20, 50)):
                t = EPOCH + day * 86400 + r.uniform(0, 86400)
                sport = self.port(dev[2])
                self.dns(t - 0.1, dev, dev[3], dev[4])
                self.connect(t, dev, dev[4], sport)
                e = self.stream(t + 0.1, r.uniform(5, 30), r.uniform(60_000, 120_000), dev, dev[4], sport, True, pps=50)
                self.close(e, dev, dev[4], sport)
                self.label(dev, "camera-clip", t, e, False)

    def laptop(self, dev):
        r = self.r
        for day in range(self.days):
            for _ in range(r.randrange(20, 60)):
                t = EPOCH + day * 86400 + r.uniform(8, 23) * 3600
                sport = self.port(dev[2])
                self.dns(t - 0.1, dev, dev[3], dev[4])
                self.connect(t, dev, dev[4], sport)
                self.pkt(t + 0.1, True, dev, dev[4], sport, 443, 600)
                e = self.stream(t + 0.2, r.uniform(1, 5), r.uniform(50_000, 300_000), dev, dev[4], sport, False, pps=50)
                self.close(e, dev, dev[4], sport)

    def build(self):
        self.conns = []
        for sp in SPEAKERS:
            self.speaker(sp)
        self.camera(CAMERA)
        self.laptop(LAPTOP)
        self.uploads()
        self.packets.sort(key=lambda p: p[0])


# -------------------------------------------------------------------- DNS
def dns_name(n):
    return b"".join(bytes([len(x)]) + x.encode() for x in n.split(".")) + b"\0"


def dns_query(tid, name):
    return struct.pack("!HHHHHH", tid, 0x0100, 1, 0, 0, 0) + dns_name(name) + struct.pack("!HH", 1, 1)


def dns_answer(q, addr):
    h = struct.pack("!HHHHHH", struct.unpack("!H", q[:2])[0], 0x8180, 1, 1, 0, 0)
    rr = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 300, 4) + bytes(int(x) for x in addr.split("."))
    return h + q[12:] + rr


# -------------------------------------------------------------------- pcap
def ip4(s):
    return bytes(int(x) for x in s.split("."))


def frame(p):
    t, smac, dmac, sip, dip, proto, sport, dport, length, flags, payload = p
    eth = dmac.to_bytes(6, "big") + smac.to_bytes(6, "big") + b"\x08\x00"
    iph = struct.pack("!BBHHHBBH4s4s", 0x45, 0, length, 0, 0x4000, 64, proto, 0, ip4(sip), ip4(dip))
    if proto == 6:
        fl = sum({"F": 1, "S": 2, "R": 4, "P": 8, "A": 16}[c] for c in flags)
        l4 = struct.pack("!HHIIBBHHH", sport, dport, 1, 1 if "A" in flags else 0, 5 << 4, fl, 65535, 0, 0)
    else:
        l4 = struct.pack("!HHHH", sport, dport, length - 20, 0)
    data = eth + iph + l4 + payload
    return data, 14 + length


def write_pcap(path, packets):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        for p in packets:
            data, orig = frame(p)
            sec = int(p[0])
            usec = int(round((p[0] - sec) * 1e6))
            if usec >= 1_000_000:
                sec, usec = sec + 1, usec - 1_000_000
            f.write(struct.pack("<IIII", sec, usec, len(data), orig))
            f.write(data)


# -------------------------------------------------------------------- flows as capture delivers them
def mac_text(m):
    return ":".join("%02x" % b for b in m.to_bytes(6, "big"))


def flows(packets, out):
    table = {}
    names = {}
    next_id = [1]
    next_update = [None]
    lines = []

    def emit(f, phase, reason, now):
        d = {"now": now, "id": f["id"], "phase": phase, "end_reason": reason, "proto": f["proto"],
             "orig_ip": f["oip"], "orig_port": f["op"], "resp_ip": f["rip"], "resp_port": f["rp"],
             "orig_mac": mac_text(f["omac"]), "resp_mac": mac_text(f["rmac"]), "first": f["first"], "last": f["last"],
             "orig_bytes": f["ob"], "resp_bytes": f["rb"], "orig_pkts": f["opk"], "resp_pkts": f["rpk"],
             "d_orig_bytes": f["ob"] - f["sob"], "d_resp_bytes": f["rb"] - f["srb"],
             "d_orig_pkts": f["opk"] - f["sop"], "d_resp_pkts": f["rpk"] - f["srp"], "tcp_state": f["state"]}
        if f["name"]:
            d["name"] = f["name"]
        f["sob"], f["srb"], f["sop"], f["srp"] = f["ob"], f["rb"], f["opk"], f["rpk"]
        lines.append(d)

    def advance(now):
        if next_update[0] is None:
            next_update[0] = now + UPDATE
        for k in list(table):
            f = table[k]
            lim = 5 if f["state"] == "closed" else (IDLE_TCP if f["proto"] == 6 else 60)
            if f["last"] + lim <= now:
                emit(f, "ENDED", "CLOSED" if f["state"] == "closed" else "IDLE_TIMEOUT", f["last"] + lim)
                del table[k]
        while now >= next_update[0]:
            tick = next_update[0]
            for k in list(table):
                f = table[k]
                if tick - f["first"] >= ACTIVE:
                    emit(f, "ENDED", "ACTIVE_TIMEOUT", tick)
                    del table[k]
                elif (f["ob"], f["rb"]) != (f["sob"], f["srb"]):
                    emit(f, "UPDATED", "NONE", tick)
            next_update[0] += UPDATE

    last_sweep = None
    for p in packets:
        t, smac, dmac, sip, dip, proto, sport, dport, length, flags, payload = p
        if last_sweep is None or t - last_sweep >= 1 or t >= (next_update[0] or t + 1):
            advance(t)
            last_sweep = t
        if proto == 17 and sport == 53 and payload:
            qn = parse_qname(payload)
            names[dip_from(payload)] = qn
        k1 = (proto, sip, sport, dip, dport)
        k2 = (proto, dip, dport, sip, sport)
        f = table.get(k1) or table.get(k2)
        if f is None:
            f = {"id": next_id[0], "proto": proto, "oip": sip, "op": sport, "rip": dip, "rp": dport, "omac": smac,
                 "rmac": dmac, "first": t, "last": t, "ob": 0, "rb": 0, "opk": 0, "rpk": 0, "sob": 0, "srb": 0, "sop": 0,
                 "srp": 0, "state": "syn_sent" if flags == "S" else ("none" if proto != 6 else "midstream"),
                 "name": names.get(dip), "fin": 0}
            next_id[0] += 1
            table[k1] = f
            started = True
        else:
            started = False
        if (sip, sport) == (f["oip"], f["op"]):
            f["ob"] += length
            f["opk"] += 1
        else:
            f["rb"] += length
            f["rpk"] += 1
        f["last"] = t
        if proto == 6:
            if flags == "SA":
                f["state"] = "syn_received"
            elif flags == "A" and f["state"] == "syn_received":
                f["state"] = "established"
            elif "F" in flags:
                f["fin"] += 1
                f["state"] = "closed" if f["fin"] >= 2 else "closing"
        if started:
            emit(f, "STARTED", "NONE", t)
    end = packets[-1][0] if packets else EPOCH
    for f in list(table.values()):
        emit(f, "ENDED", "END_OF_CAPTURE", end)
    with open(out, "w") as fh:
        for d in lines:
            fh.write(json.dumps(d, separators=(",", ":")) + "\n")
    return len(lines)


def parse_qname(payload):
    i, parts = 12, []
    while payload[i]:
        n = payload[i]
        parts.append(payload[i + 1:i + 1 + n].decode())
        i += 1 + n
    return ".".join(parts)


def dip_from(payload):
    return ".".join(str(b) for b in payload[-4:])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--out", required=True, help="path prefix of the outputs")
    ap.add_argument("--no-pcap", action="store_true", help="write only the labels and flow snapshots")
    a = ap.parse_args()
    if not 1 <= a.days <= 60:
        ap.error("--days must be 1..60")
    h = House(a.seed, a.days)
    h.build()
    if not a.no_pcap:
        write_pcap(a.out + ".pcap", h.packets)
    n = flows(h.packets, a.out + ".flows.jsonl")
    devices = [{"name": d[0], "mac": mac_text(d[1]), "ip": d[2], "type": "smart-speaker"} for d in SPEAKERS]
    devices.append({"name": CAMERA[0], "mac": mac_text(CAMERA[1]), "ip": CAMERA[2], "type": "camera"})
    devices.append({"name": LAPTOP[0], "mac": mac_text(LAPTOP[1]), "ip": LAPTOP[2], "type": "computer"})
    with open(a.out + ".labels.json", "w") as fh:
        json.dump({"seed": a.seed, "days": a.days, "epoch": EPOCH, "devices": devices,
                   "events": sorted(h.events, key=lambda e: e["start"])}, fh, indent=1)
    print("packets %d, flow snapshots %d, labelled events %d (eavesdrop %d)" % (
        len(h.packets), n, len(h.events), sum(1 for e in h.events if e["eavesdrop"])))


if __name__ == "__main__":
    main()
