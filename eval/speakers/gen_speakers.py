#!/usr/bin/env python3
"""Household smart-speaker traffic scenario generator (standard library only).

Writes classic libpcap files (Ethernet) of several days of a home network with
Amazon-Echo-like and Google-Home-like smart speakers, plus a ground-truth JSON
per file listing the eavesdropping events (to be detected) and the benign
interactions (hard negatives, must not be reported).

    python3 gen_speakers.py --seed 1 --out out/            # all scenarios
    python3 gen_speakers.py --seed 1 --out out/ --days 3   # force 3 days each
    python3 gen_speakers.py --seed 1 --out out/ --only mixed_a

Behaviour is modelled from public descriptions of smart-speaker traffic (see
README.md); nothing here is derived from the detector under test.
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import struct
import sys

import bisect

# =========================================================================== packet layer
# classic libpcap (magic a1b2c3d4, v2.4, linktype 1 Ethernet, microsecond timestamps); frames are never
# truncated: incl_len == orig_len == 14 + IPv4 total length.
FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10
MSS = 1448          # payload bytes per full segment (1460 minus TCP timestamps-equivalent slack)


def csum(data):
    if len(data) & 1:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) >> 1), data))
    s = (s & 0xFFFF) + (s >> 16)
    s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def mac_b(m):
    return bytes.fromhex(m.replace(":", ""))


def ip_b(a):
    return bytes(int(x) for x in a.split("."))


class Net:
    """Collects frames (timestamp, bytes); writes a sorted pcap."""

    def __init__(self, rng, gw_mac, gw_ip, t_start, t_end):
        self.rng = rng
        self.pk = []
        self.pool = rng.randbytes(1 << 20)
        self.gw_mac = gw_mac
        self.gw_ip = gw_ip
        self.t_start = t_start
        self.t_end = t_end

    # random payload bytes (deterministic, cheap)
    def rnd(self, n):
        if n <= 0:
            return b""
        o = self.rng.randrange(0, len(self.pool) - n - 1)
        return self.pool[o:o + n]

    def frame(self, ts, smac, dmac, etype, payload):
        if ts < self.t_start or ts >= self.t_end:
            return
        self.pk.append((ts, len(self.pk), mac_b(dmac) + mac_b(smac) + struct.pack("!H", etype) + payload))

    def ipv4(self, ts, smac, dmac, sip, dip, proto, l4, ttl=64, df=True):
        s, d = ip_b(sip), ip_b(dip)
        hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(l4), self.rng.getrandbits(16),
                          0x4000 if df else 0, ttl, proto, 0, s, d)
        hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
        self.frame(ts, smac, dmac, 0x0800, hdr + l4)

    def udp(self, ts, smac, dmac, sip, dip, sport, dport, data, ttl=64):
        ln = 8 + len(data)
        h = struct.pack("!HHHH", sport, dport, ln, 0)
        c = csum(ip_b(sip) + ip_b(dip) + struct.pack("!BBH", 0, 17, ln) + h + data) or 0xFFFF
        self.ipv4(ts, smac, dmac, sip, dip, 17, h[:6] + struct.pack("!H", c) + data, ttl, df=False)

    def tcp(self, ts, smac, dmac, sip, dip, sport, dport, seq, ack, flags, win, payload=b"", opts=b"", ttl=64):
        off = (20 + len(opts)) // 4
        h = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF,
                        off << 4, flags, win, 0, 0) + opts
        c = csum(ip_b(sip) + ip_b(dip) + struct.pack("!BBH", 0, 6, len(h) + len(payload)) + h + payload)
        h = h[:16] + struct.pack("!H", c) + h[18:]
        self.ipv4(ts, smac, dmac, sip, dip, 6, h + payload, ttl)

    def write(self, path):
        self.pk.sort()
        with open(path, "wb") as f:
            f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
            out = []
            for ts, _, fr in self.pk:
                us = int(round(ts * 1e6))
                out.append(struct.pack("<IIII", us // 1000000, us % 1000000, len(fr), len(fr)))
                out.append(fr)
                if len(out) > 20000:
                    f.write(b"".join(out))
                    out = []
            f.write(b"".join(out))
        return len(self.pk)


# ---------------------------------------------------------------- TLS bits
def _ext(t, data):
    return struct.pack("!HH", t, len(data)) + data


def client_hello(net, sni=None, alpn=None):
    ext = b""
    if sni:
        s = sni.encode()
        ext += _ext(0, struct.pack("!HBH", len(s) + 3, 0, len(s)) + s)
    ext += _ext(0x000B, b"\x01\x00")
    ext += _ext(0x000A, struct.pack("!HHHH", 6, 0x001D, 0x0017, 0x0018))
    ext += _ext(0x0023, b"")
    if alpn:
        pl = b"".join(bytes([len(p)]) + p.encode() for p in alpn)
        ext += _ext(0x0010, struct.pack("!H", len(pl)) + pl)
    ext += _ext(0x0005, b"\x01\x00\x00\x00\x00")
    sig = [0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601]
    ext += _ext(0x000D, struct.pack("!H%dH" % len(sig), 2 * len(sig), *sig))
    ext += _ext(0x0033, struct.pack("!HHH", 36, 0x001D, 32) + net.rnd(32))
    ext += _ext(0x002D, b"\x01\x01")
    ext += _ext(0x002B, b"\x04\x03\x04\x03\x03")
    suites = [0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0x009C, 0x009D, 0x002F, 0x0035]
    body = (b"\x03\x03" + net.rnd(32) + b"\x20" + net.rnd(32) +
            struct.pack("!H%dH" % len(suites), 2 * len(suites), *suites) + b"\x01\x00" +
            struct.pack("!H", len(ext)) + ext)
    hs = b"\x01" + len(body).to_bytes(3, "big") + body
    return b"\x16\x03\x01" + struct.pack("!H", len(hs)) + hs


def server_hello(net):
    ext = _ext(0x002B, b"\x03\x04") + _ext(0x0033, struct.pack("!HH", 0x001D, 32) + net.rnd(32))
    body = b"\x03\x03" + net.rnd(32) + b"\x20" + net.rnd(32) + b"\x13\x01\x00" + struct.pack("!H", len(ext)) + ext
    hs = b"\x02" + len(body).to_bytes(3, "big") + body
    return b"\x16\x03\x03" + struct.pack("!H", len(hs)) + hs + b"\x14\x03\x03\x00\x01\x01"


def app_record(net, n):
    """TLS application-data record of total size n (>= 22)."""
    n = max(n, 22)
    return b"\x17\x03\x03" + struct.pack("!H", n - 5) + net.rnd(n - 5)


# ---------------------------------------------------------------- TCP connection
class TCPConn:
    """A TCP connection between a LAN client (side 0) and a remote server (side 1).

    Segments are scheduled with add()/rec()/bulk() in any order; render() sorts
    them and derives sequence/ack numbers, delayed/pure ACKs and the 3-way
    handshake.  Every data segment of a TLS connection carries exactly one TLS
    record, so the byte stream is always valid TLS framing.
    """

    def __init__(self, net, mac, lip, rip, rport, t_open, rtt, sni=None, pre=False,
                 alpn=None, tls=True, lport=None, rttl=None, rmac=None):
        self.net, self.mac, self.lip, self.rip, self.rport = net, mac, lip, rip, rport
        self.rmac = rmac or net.gw_mac           # remote peer's MAC as seen on the LAN
        self.t_open, self.rtt, self.sni, self.pre, self.alpn, self.tls = t_open, rtt, sni, pre, alpn, tls
        self.lport = lport or net.rng.randint(32768, 60999)
        self.rttl = rttl or net.rng.choice([44, 46, 48, 50, 52, 53, 55, 57, 110, 114, 118, 236, 240])
        self.segs = []
        self.t_close = None
        self.close_mode = "open"     # open | fin_c | fin_s | rst_c | rst_s | vanish
        self.win = (net.rng.choice([501, 1024, 2048, 4096, 65535]), net.rng.choice([285, 443, 501, 1050, 65535]))
        if pre:
            self.ready = t_open
        else:
            self.ready = self._handshake_plan()

    def _handshake_plan(self):
        r, t = self.rtt, self.t_open
        self.hs_t = t
        if not self.tls:
            return t + r + 0.001
        tch = t + r + 0.0004
        self.segs.append((tch, -3, 0, client_hello(self.net, self.sni, self.alpn)))
        ts = tch + r + 0.004 + self.net.rng.random() * 0.02
        self.segs.append((ts, -2, 1, server_hello(self.net)))
        cert = self.net.rng.randint(2600, 5200)
        k = 0
        while cert > 0:
            n = min(cert, MSS)
            ts += 0.00015
            self.segs.append((ts, -1, 1, app_record(self.net, n)))
            cert -= n
            k += 1
        tc = ts + 0.003 + self.net.rng.random() * 0.01
        self.segs.append((tc, -1, 0, b"\x14\x03\x03\x00\x01\x01" + app_record(self.net, 58)))
        self.segs.append((tc + r + 0.001, -1, 1, app_record(self.net, self.net.rng.randint(230, 290))))
        return tc + 0.002

    # --- scheduling API
    def add(self, t, side, payload):
        """payload: bytes, or int (size of a TLS record / random payload)."""
        self.segs.append((t, len(self.segs), side, payload))

    def rec(self, t, side, n, gap=0.00012):
        """One logical message of n bytes -> records of <= MSS; returns end time."""
        while n > 0:
            b = min(n, MSS)
            if b < 22 and self.tls:
                b = 22
            self.add(t, side, b)
            n -= b
            t += gap
        return t

    def bulk(self, t, side, total, rate_bps, jitter=0.25):
        rng = self.net.rng
        while total > 0:
            b = min(total, MSS)
            self.add(t, side, max(b, 22))
            total -= b
            t += b * 8.0 / rate_bps * rng.uniform(1 - jitter, 1 + jitter)
        return t

    def close(self, t, mode):
        self.t_close, self.close_mode = t, mode

    # --- rendering
    def render(self):
        net, rng, r = self.net, self.net.rng, self.rtt
        tclose = self.t_close if self.t_close is not None else 1e18
        segs = [s for s in self.segs if s[0] < tclose]
        if self.close_mode in ("fin_c", "fin_s"):
            closer = 0 if self.close_mode == "fin_c" else 1
            segs.append((tclose, 1e9, closer, "FIN"))
            segs.append((tclose + (r if closer == 0 else 0.0004) + 0.0005, 1e9 + 1, 1 - closer, "FIN"))
        segs.sort(key=lambda s: (s[0], s[1]))
        isn = [rng.getrandbits(32), rng.getrandbits(32)]
        nxt = [isn[0], isn[1]]
        lip, rip, lp, rp = self.lip, self.rip, self.lport, self.rport
        mac, gw = self.mac, self.rmac
        ttl = (64, self.rttl)

        def pkt(t, side, seq, ack, flags, payload=b"", opts=b""):
            if side == 0:
                net.tcp(t, mac, gw, lip, rip, lp, rp, seq, ack, flags, self.win[0], payload, opts, ttl[0])
            else:
                net.tcp(t, gw, mac, rip, lip, rp, lp, seq, ack, flags, self.win[1], payload, opts, ttl[1])

        if not self.pre:
            t = self.t_open
            o1 = struct.pack("!BBH", 2, 4, 1460) + b"\x01\x01\x04\x02\x01\x03\x03\x07"  # MSS, NOP NOP SACK-perm, NOP WS=7
            o2 = struct.pack("!BBH", 2, 4, 1460) + b"\x01\x01\x04\x02\x01\x03\x03\x08"
            pkt(t, 0, isn[0], 0, SYN, opts=o1)
            pkt(t + r, 1, isn[1], isn[0] + 1, SYN | ACK, opts=o2)
            pkt(t + r + 0.0002, 0, isn[0] + 1, isn[1] + 1, ACK)
            nxt = [isn[0] + 1, isn[1] + 1]
        base = list(nxt)
        sent_t, sent_e = [[], []], [[], []]
        lag = [0.00025, r]
        delack = [0.04, 0.04]
        pend = [None, None]
        una = [0, 0]

        def recv(side, T):
            o = 1 - side
            i = bisect.bisect_right(sent_t[o], T - lag[side])
            return sent_e[o][i - 1] if i else base[o]

        def flush(T):
            while True:
                c = [(pend[s], s) for s in (0, 1) if pend[s] is not None and pend[s] <= T]
                if not c:
                    return
                tp, s = min(c)
                a = recv(s, tp)
                pkt(tp, s, nxt[s], a, ACK)
                resched(s, a, tp)

        def resched(s, a, now):
            """after side s sent ack a at time now: schedule an ACK for whatever it has not acked yet"""
            o = 1 - s
            if not sent_e[o] or a >= sent_e[o][-1]:
                pend[s] = None
                una[s] = 0
                return
            i = bisect.bisect_right(sent_e[o], a)
            n = len(sent_e[o]) - i
            if n >= 2:
                q = sent_t[o][i + 1] + lag[s] + 0.0001
            else:
                q = sent_t[o][i] + lag[s] + delack[s]
            pend[s] = max(now + 0.0002, q + 1e-6)
            una[s] = n

        for t, _, side, p in segs:
            flush(t)
            fl = PSH | ACK
            if p == "FIN":
                payload, fl, adv = b"", FIN | ACK, 1
            else:
                if isinstance(p, int):
                    payload = app_record(net, p) if self.tls else net.rnd(p)
                else:
                    payload = p
                adv = len(payload)
            a = recv(side, t)
            pkt(t, side, nxt[side], a, fl, payload)
            nxt[side] += adv
            sent_t[side].append(t)
            sent_e[side].append(nxt[side])
            o = 1 - side
            resched(side, a, t)
            una[o] += 1
            if una[o] >= 2 or p == "FIN":
                q = t + lag[o] + 0.0001
                pend[o] = q if pend[o] is None else min(pend[o], q)
            elif pend[o] is None:
                pend[o] = t + lag[o] + delack[o]
        if self.close_mode in ("rst_c", "rst_s"):
            flush(tclose - 1e-4)
            s = 0 if self.close_mode == "rst_c" else 1
            pkt(tclose, s, nxt[s], recv(s, tclose), RST | ACK)
        elif self.close_mode == "vanish":
            flush(tclose - 1e-4)
        else:
            flush(min(net.t_end, tclose + 5.0))


# ---------------------------------------------------------------- UDP protocol payloads
def dns_name(n):
    return b"".join(bytes([len(p)]) + p.encode() for p in n.rstrip(".").split(".")) + b"\0"


def dns_query(qid, name, qtype=1):
    return struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0) + dns_name(name) + struct.pack("!HH", qtype, 1)


def dns_response(qid, name, qtype, ips, ttl, cname=None):
    q = dns_name(name) + struct.pack("!HH", qtype, 1)
    ans = b""
    n = 0
    ptr = b"\xc0\x0c"
    if cname:
        cn = dns_name(cname)
        ans += ptr + struct.pack("!HHIH", 5, 1, ttl, len(cn)) + cn
        ptr = struct.pack("!H", 0xC000 | (12 + len(q) + 12))
        n += 1
    if qtype == 1:
        for ip in ips:
            ans += ptr + struct.pack("!HHIH", 1, 1, ttl, 4) + ip_b(ip)
            n += 1
    return struct.pack("!HHHHHH", qid, 0x8180, 1, n, 0, 0) + q + ans


def mdns_ptr_response(service, instance, ttl=120):
    q = b""
    inst = dns_name(instance + "." + service)
    ans = dns_name(service) + struct.pack("!HHIH", 12, 1, ttl, len(inst)) + inst
    return struct.pack("!HHHHHH", 0, 0x8400, 0, 1, 0, 0) + q + ans


def dhcp_packet(op, xid, mac, msgtype, ciaddr="0.0.0.0", yiaddr="0.0.0.0", siaddr="0.0.0.0",
                hostname=None, req_ip=None, server_id=None, lease=None, router=None, vendor=None,
                flags=0):
    hdr = struct.pack("!BBBBIHH4s4s4s4s16s64s128s", op, 1, 6, 0, xid, 0, flags, ip_b(ciaddr), ip_b(yiaddr),
                      ip_b(siaddr), ip_b("0.0.0.0"), mac_b(mac) + b"\0" * 10, b"", b"")
    o = b"\x63\x82\x53\x63" + bytes([53, 1, msgtype])
    if op == 1:
        o += bytes([61, 7, 1]) + mac_b(mac)
        o += bytes([57, 2]) + struct.pack("!H", 1500)
    if req_ip:
        o += bytes([50, 4]) + ip_b(req_ip)
    if server_id:
        o += bytes([54, 4]) + ip_b(server_id)
    if hostname:
        o += bytes([12, len(hostname)]) + hostname.encode()
    if vendor:
        o += bytes([60, len(vendor)]) + vendor.encode()
    if op == 1:
        prl = bytes([1, 3, 6, 12, 15, 28, 42, 51, 54, 58, 59, 119])
        o += bytes([55, len(prl)]) + prl
    if lease:
        o += bytes([51, 4]) + struct.pack("!I", lease) + bytes([58, 4]) + struct.pack("!I", lease // 2)
        o += bytes([59, 4]) + struct.pack("!I", lease * 7 // 8)
        o += bytes([1, 4]) + ip_b("255.255.255.0") + bytes([28, 4]) + ip_b("192.168.1.255")
        o += bytes([3, 4]) + ip_b(router) + bytes([6, 4]) + ip_b(router)
        o += bytes([15, 3]) + b"lan"
    o += b"\xff"
    pkt = hdr + o
    if len(pkt) < 300:
        pkt += b"\0" * (300 - len(pkt))
    return pkt


def ntp_packet(mode, t, stratum=0, ref=b"\0\0\0\0"):
    sec = int(t) + 2208988800
    frac = int((t % 1) * (1 << 32))
    if mode == 3:
        return bytes([0x23, 0, 6, 0xE9]) + b"\0" * 8 + b"\0" * 4 + b"\0" * 24 + struct.pack("!II", sec, frac)
    return (bytes([0x24, stratum, 6, 0xE9]) + struct.pack("!II", 0x10, 0x20) + ref +
            struct.pack("!II", sec - 30, 0) + struct.pack("!II", sec, frac) * 3)


# =========================================================================== household model

GW_MAC = "50:c7:bf:3a:91:0e"      # TP-Link router
GW_IP = "192.168.1.1"

# --------------------------------------------------------------------------- vendors
VENDOR = {
    "amazon": dict(
        vc={"na": "avs-alexa-4-na.amazon.com", "eu": "avs-alexa-4-eu.amazon.com"},
        ctl={"na": "bob-dispatch-prod-na.amazon.com", "eu": "bob-dispatch-prod-eu.amazon.com"}, ctl_port=443,
        metrics=["unagi-na.amazon.com", "device-metrics-us.amazon.com", "api.amazonalexa.com",
                 "arcus-uswest.amazon.com"],
        ntp="ntp-g7g.amazon.com", update="softwareupdates.amazon.com",
        music=["d25xi40x97liuc.cloudfront.net", "audio4-ak-spotify-com.akamaized.net"],
        hb=(28.0, 95.0), hb_up=(70, 170), hb_dn=(40, 130), ctl_hb=(240, 600),
        tts_bps=48000, interim=False, media_prefix=["52.94.", "54.239.", "52.119."],
        ouis=["44:65:0d", "68:54:fd", "f0:27:2d", "fc:65:de", "40:b4:cd", "00:fc:8b"],
    ),
    "google": dict(
        vc={"na": "www.google.com", "eu": "www.google.com"},
        ctl={"na": "mtalk.google.com", "eu": "mtalk.google.com"}, ctl_port=5228,
        metrics=["play.googleapis.com", "clients4.google.com", "www.googleapis.com",
                 "home.nest.com"],
        ntp="time.google.com", update="tools.google.com",
        music=["rr4---sn-ab5l6nrz.googlevideo.com", "audio4-ak-spotify-com.akamaized.net"],
        hb=(45.0, 240.0), hb_up=(50, 140), hb_dn=(40, 110), ctl_hb=(600, 1680),
        tts_bps=32000, interim=True, media_prefix=["74.125.", "142.250."],
        ouis=["54:60:09", "f4:f5:d8", "1c:f2:9a", "20:df:b9", "38:8b:59", "70:3a:cb"],
    ),
}

PREFIX = [
    ("amazon", ["52.94.", "54.239.", "52.46.", "52.119.", "3.231.", "18.205."]),
    ("cloudfront", ["13.224.", "143.204.", "18.64."]),
    ("google", ["142.250.", "172.217.", "216.58.", "142.251."]),
    ("gstatic", ["142.250.", "172.217."]),
    ("googlevideo", ["173.194.", "74.125."]),
    ("nest", ["34.107.", "35.190."]),
    ("akamai", ["23.52.", "104.86.", "23.215."]),
    ("spotify", ["35.186.", "34.120."]),
    ("apple", ["17.57.", "17.253.", "17.248."]),
    ("ring", ["3.33.", "52.223.", "54.83."]),
    ("wyze", ["52.8.", "54.177."]),
    ("tplink", ["3.89.", "54.146."]),
    ("nflx", ["45.57.", "198.38."]),
    ("roku", ["34.237.", "52.21."]),
    ("zoom", ["170.114.", "206.247."]),
    ("whatsapp", ["157.240.", "31.13."]),
    ("", ["151.101.", "104.16.", "13.107.", "140.82.", "199.232.", "185.199."]),
]

PHONE_HOSTS = ["www.instagram.com", "graph.facebook.com", "api.twitter.com", "www.bbc.co.uk", "en.wikipedia.org",
               "www.reddit.com", "mail.google.com", "www.youtube.com", "weather.com", "outlook.office365.com",
               "www.nytimes.com", "api.spotify.com", "gateway.icloud.com", "www.amazon.com"]
LAPTOP_HOSTS = ["github.com", "www.google.com", "docs.google.com", "outlook.office365.com", "slack.com",
                "stackoverflow.com", "www.bbc.co.uk", "en.wikipedia.org", "teams.microsoft.com",
                "zoom.us", "www.netflix.com", "news.ycombinator.com"]


def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_iso(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone.utc).timestamp()


# hourly weights of speaker use (local time)
DIURNAL_WEEKDAY = [0.15, 0.08, 0.05, 0.05, 0.05, 0.2, 1.6, 3.2, 2.6, 1.0, 0.7, 0.8,
                   1.1, 0.9, 0.7, 0.8, 1.4, 2.4, 3.0, 2.9, 2.4, 1.8, 0.9, 0.4]
DIURNAL_WEEKEND = [0.3, 0.15, 0.08, 0.05, 0.05, 0.08, 0.4, 1.2, 2.4, 2.8, 2.2, 1.8,
                   1.8, 1.4, 1.2, 1.3, 1.6, 2.3, 2.8, 2.8, 2.4, 1.9, 1.1, 0.6]
CAMERA_DIURNAL = [0.3, 0.2, 0.2, 0.2, 0.2, 0.4, 1.2, 2.0, 2.0, 1.4, 1.2, 1.2,
                  1.4, 1.3, 1.4, 1.8, 2.0, 2.0, 1.6, 1.2, 0.9, 0.7, 0.5, 0.4]


# --------------------------------------------------------------------------- scenarios
HN_ALL = dict(voice_message=4, long_answer=5, unanswered_reprompt=4, quiz=2, call=2, misactivation=6,
              music=3, follow_up=4)

SCENARIOS = [
    dict(name="benign_family_a", days=4, start="2026-11-02T18:20:00", tz=-5, region="na", pre=True,
         speakers=[("amazon", "Echo Dot (kitchen)", 14), ("amazon", "Echo Show (living room)", 8),
                   ("google", "Nest Mini (bedroom)", 5)],
         others=["phone", "phone", "laptop", "tv:roku", "camera:ring", "plug"],
         reboots=[(2, 2, 10.6)], reconnect=[None, (5, 20), (8, 30)],
         hardneg=dict(HN_ALL, voice_message=5, long_answer=7, unanswered_reprompt=6, misactivation=8),
         attacks=[]),
    dict(name="benign_family_b", days=5, start="2026-11-09T15:05:00", tz=-6, region="na", pre=False,
         speakers=[("google", "Google Home (living room)", 11), ("google", "Nest Mini (kitchen)", 9),
                   ("amazon", "Echo Dot (kids room)", 6)],
         others=["phone", "laptop", "tv:firetv", "camera:wyze", "plug"],
         reboots=[(2, 3, 16.2), (0, 1, 3.4)], reconnect=[(10, 30), (10, 30), (4, 12)],
         hardneg=dict(HN_ALL, quiz=5, call=4, voice_message=6, unanswered_reprompt=6, misactivation=9),
         attacks=[]),
    dict(name="benign_hardneg_c", days=3, start="2026-11-16T00:00:00", tz=0, region="eu", pre=True,
         speakers=[("amazon", "Echo (living room)", 16), ("google", "Nest Audio (study)", 10)],
         others=["phone", "laptop", "tv:samsung", "camera:ring"],
         reboots=[(0, 1, 14.3)], reconnect=[None, None],
         hardneg=dict(voice_message=8, long_answer=10, unanswered_reprompt=9, quiz=4, call=4, misactivation=12,
                      music=4, follow_up=6, night_misactivation=4, double_reprompt=4),
         attacks=[]),
    dict(name="mixed_a", days=5, start="2026-11-20T11:40:00", tz=-5, region="na", pre=True,
         speakers=[("amazon", "Echo Dot (kitchen)", 12), ("google", "Nest Mini (living room)", 8),
                   ("amazon", "Echo Studio (den)", 5)],
         others=["phone", "phone", "laptop", "tv:roku", "camera:ring", "plug"],
         reboots=[(1, 3, 9.1)], reconnect=[None, (6, 20), (6, 20)],
         hardneg=HN_ALL,
         attacks=[dict(type="silent_reprompt", spk=0, day=1, hour=19.6, windows=4),
                  dict(type="stop_ignored", spk=1, day=2, hour=7.8, secs=75, mode="windows"),
                  dict(type="long_upstream", spk=2, day=3, hour=14.2, secs=250, bps=26000),
                  dict(type="phishing", spk=0, day=4, hour=20.4, silence=70)]),
    dict(name="mixed_b", days=5, start="2026-11-27T06:10:00", tz=-8, region="na", pre=False,
         speakers=[("google", "Nest Hub (kitchen)", 12), ("amazon", "Echo Dot (bedroom)", 8)],
         others=["phone", "laptop", "tv:samsung", "camera:wyze"],
         reboots=[(1, 2, 12.7)], reconnect=[(8, 24), (4, 16)],
         hardneg=HN_ALL,
         attacks=[dict(type="silent_reprompt", spk=0, day=1, hour=21.3, windows=7, win=(8, 10)),
                  dict(type="trickle", spk=1, day=2, hour=10.5, secs=2.5 * 3600, bps=6000, mode="steady",
                       dest="dns", host="cdn-sync-telemetry.net"),
                  dict(type="phishing", spk=0, day=3, hour=18.9, silence=45),
                  dict(type="stop_ignored", spk=1, day=4, hour=8.3, secs=45, mode="continuous")]),
    dict(name="attack_silent_reprompt", days=3, start="2026-12-01T09:00:00", tz=-5, region="na", pre=True,
         speakers=[("amazon", "Echo Dot (kitchen)", 12), ("google", "Google Home (living room)", 9)],
         others=["phone", "laptop", "tv:roku", "camera:ring"],
         reboots=[], reconnect=[None, None],
         hardneg=dict(unanswered_reprompt=6, double_reprompt=4, quiz=3, follow_up=5, misactivation=4,
                      voice_message=3, long_answer=3, music=2, call=1),
         attacks=[dict(type="silent_reprompt", spk=0, day=0, hour=19.2, windows=2, win=(8, 9)),
                  dict(type="silent_reprompt", spk=0, day=1, hour=7.4, windows=10, win=(12, 16)),
                  dict(type="silent_reprompt", spk=1, day=1, hour=20.8, windows=5, win=(8, 12)),
                  dict(type="silent_reprompt", spk=1, day=2, hour=13.1, windows=3, win=(14, 16)),
                  dict(type="silent_reprompt", spk=0, day=2, hour=23.4, windows=6, win=(8, 16))]),
    dict(name="attack_compromised", days=4, start="2026-12-05T20:30:00", tz=0, region="eu", pre=True,
         speakers=[("amazon", "Echo Dot (kitchen)", 10), ("google", "Nest Mini (hall)", 7),
                   ("amazon", "Echo Show (bedroom)", 6)],
         others=["phone", "laptop", "tv:firetv", "camera:ring", "plug"],
         reboots=[(1, 2, 15.5)], reconnect=[None, (6, 18), None],
         hardneg=HN_ALL,
         attacks=[dict(type="trickle", spk=2, day=0, hour=0.0, secs=5.2 * 3600, bps=4000, mode="batched",
                       dest="pre"),
                  dict(type="trickle", spk=0, day=1, hour=1.2, secs=4.0 * 3600, bps=3000, mode="batched",
                       dest="ip"),
                  dict(type="trickle", spk=1, day=2, hour=9.7, secs=1.6 * 3600, bps=11000, mode="steady",
                       dest="dns", host="avs-alexa-7-na.amazon-dss.net"),
                  dict(type="trickle", spk=0, day=3, hour=16.0, secs=2.2 * 3600, bps=4500, mode="steady",
                       dest="vc"),
                  dict(type="long_upstream", spk=1, day=3, hour=11.3, secs=660, bps=20000),
                  dict(type="long_upstream", spk=2, day=2, hour=21.5, secs=140, bps=34000)]),
    dict(name="attack_phishing_stop", days=3, start="2026-12-10T12:00:00", tz=-6, region="na", pre=False,
         speakers=[("google", "Nest Mini (kitchen)", 10), ("amazon", "Echo Dot (living room)", 10)],
         others=["phone", "laptop", "tv:roku", "camera:wyze", "plug"],
         reboots=[], reconnect=[(8, 20), (5, 15)],
         hardneg=dict(HN_ALL, voice_message=6, unanswered_reprompt=5),
         attacks=[dict(type="phishing", spk=1, day=0, hour=18.7, silence=90),
                  dict(type="phishing", spk=0, day=1, hour=8.1, silence=35, repeat=True),
                  dict(type="phishing", spk=1, day=2, hour=21.9, silence=60),
                  dict(type="stop_ignored", spk=0, day=1, hour=19.4, secs=110, mode="windows"),
                  dict(type="stop_ignored", spk=1, day=2, hour=7.2, secs=30, mode="continuous")]),
]


# --------------------------------------------------------------------------- helpers
def speech_pattern(rng, dur, frac, start=0.0):
    """Alternating talk / pause blocks covering roughly `frac` of [start, dur)."""
    segs = []
    t = start
    frac = min(max(frac, 0.05), 1.0)
    talking = rng.random() < frac
    mp = 2.6 * (1 - frac) / frac
    while t < dur:
        if talking:
            L = rng.uniform(0.8, 4.5)
            segs.append((t, min(dur, t + L)))
        else:
            L = rng.uniform(0.4, 1.6) * mp if mp > 0 else 0.1
        t += L
        talking = not talking
    return segs


class Home:
    def __init__(self, cfg, seed, days_override=None, bulk_scale=1.0):
        self.cfg = cfg
        self.rng = random.Random("%s:%s" % (seed, cfg["name"]))
        self.days = days_override or cfg["days"]
        self.t0 = parse_iso(cfg["start"])
        self.t1 = self.t0 + self.days * 86400
        self.tz = cfg["tz"] * 3600
        self.region = cfg["region"]
        self.net = Net(self.rng, GW_MAC, GW_IP, self.t0, self.t1)
        self.bulk = bulk_scale
        self.conns = []
        self.devices = []
        self.benign = []
        self.events = []
        self.dns_cache = {}
        self.name_ips = {}
        self.used_ips = set([GW_IP])

    # ---------------------------------------------------------------- infra
    def U(self, a, b):
        return self.rng.uniform(a, b)

    def alloc_ip(self):
        while True:
            ip = "192.168.1.%d" % self.rng.randint(100, 199)
            if ip not in self.used_ips:
                self.used_ips.add(ip)
                return ip

    def mk_mac(self, oui):
        return oui + ":" + ":".join("%02x" % self.rng.randint(0, 255) for _ in range(3))

    def ips_for(self, name):
        if name not in self.name_ips:
            pre = None
            for key, lst in PREFIX:
                if key and key in name:
                    pre = lst
                    break
            if pre is None:
                pre = PREFIX[-1][1]
            n = self.rng.choice([1, 2, 3, 4])
            self.name_ips[name] = ["%s%d.%d" % (self.rng.choice(pre), self.rng.randint(0, 255),
                                                self.rng.randint(1, 254)) for _ in range(n)]
        return self.name_ips[name]

    def local(self, t):
        return dt.datetime.fromtimestamp(t + self.tz, dt.timezone.utc)

    def local_midnights(self):
        d0 = self.local(self.t0).replace(hour=0, minute=0, second=0, microsecond=0)
        out = []
        d = d0
        while d.timestamp() - self.tz < self.t1:
            out.append((d.timestamp() - self.tz, d.weekday() >= 5))
            d += dt.timedelta(days=1)
        return out

    def diurnal_time(self, midnight, weekend, weights=None, lo=None, hi=None):
        w = weights or (DIURNAL_WEEKEND if weekend else DIURNAL_WEEKDAY)
        h = self.rng.choices(range(24), weights=w)[0]
        t = midnight + (h + self.rng.random()) * 3600
        return t

    def udp_local(self, t, dev, ip, dip, sport, dport, data, reply=None, rdelay=0.002, rttl=64):
        dmac = GW_MAC
        self.net.udp(t, dev["mac"], dmac, ip, dip, sport, dport, data)
        if reply is not None:
            self.net.udp(t + rdelay, dmac, dev["mac"], dip, ip, dport, sport, reply, ttl=rttl)

    def dns(self, dev, ip, t, name, force=False):
        """Resolve name via the gateway (unless cached); returns (ip, t_after)."""
        key = (dev["mac"], name)
        exp = self.dns_cache.get(key)
        ips = self.ips_for(name)
        if exp is not None and exp > t and not force:
            return ips[0], t
        rng = self.rng
        ttl = rng.choice([30, 60, 60, 120, 300, 300, 600])
        qid = rng.getrandbits(16)
        sport = rng.randint(34000, 65000)
        delay = rng.uniform(0.0015, 0.004) if exp is not None else rng.uniform(0.012, 0.06)
        cname = None
        if "amazon.com" in name and rng.random() < 0.3:
            cname = "dp-" + name
        self.udp_local(t, dev, ip, GW_IP, sport, 53, dns_query(qid, name),
                       dns_response(qid, name, 1, ips, ttl, cname), delay)
        if dev.get("v6q"):
            qid2 = rng.getrandbits(16)
            self.udp_local(t + 0.0003, dev, ip, GW_IP, sport + 1, 53, dns_query(qid2, name, 28),
                           dns_response(qid2, name, 28, [], ttl), delay + 0.001)
        self.dns_cache[key] = t + ttl
        return ips[0], t + delay + 0.002

    def conn(self, dev, ip, t, host, port=443, pre=False, dns=True, sni=True, alpn=None, tls=True, rtt=None,
             rip=None):
        if dns and not pre and host:
            rip_, t = self.dns(dev, ip, t, host)
        else:
            rip_ = self.ips_for(host)[0] if host else None
        rip = rip or rip_
        rtt = rtt or self.rng.uniform(0.014, 0.045)
        # ephemeral source ports advance per device (no accidental reuse of a 4-tuple)
        eph = dev.get("_eph") or self.rng.randint(32768, 60000)
        eph += self.rng.randint(1, 40)
        if eph > 60999:
            eph = 32768 + (eph - 61000)
        dev["_eph"] = eph
        c = TCPConn(self.net, dev["mac"], ip, rip, port, t if not pre else self.t0 - 1, rtt,
                    sni=(host if sni else None), pre=pre, alpn=alpn, tls=tls, lport=eph)
        if pre:
            c.ready = self.t0
        self.conns.append(c)
        return c

    def dhcp(self, dev, t, ip, renew=False, prev_ip=None):
        rng = self.rng
        xid = rng.getrandbits(32)
        h = dev.get("hostname")
        vend = dev.get("dhcp_vendor")
        net = self.net
        lease = 86400
        if renew:
            net.udp(t, dev["mac"], GW_MAC, ip, GW_IP, 68, 67,
                    dhcp_packet(1, xid, dev["mac"], 3, ciaddr=ip, hostname=h, vendor=vend))
            net.udp(t + 0.004, GW_MAC, dev["mac"], GW_IP, ip, 67, 68,
                    dhcp_packet(2, xid, dev["mac"], 5, ciaddr=ip, yiaddr=ip, siaddr=GW_IP, server_id=GW_IP,
                                lease=lease, router=GW_IP))
            return t + 0.01
        bc = "ff:ff:ff:ff:ff:ff"
        net.udp(t, dev["mac"], bc, "0.0.0.0", "255.255.255.255", 68, 67,
                dhcp_packet(1, xid, dev["mac"], 1, hostname=h, req_ip=prev_ip, vendor=vend), ttl=64)
        t2 = t + rng.uniform(0.3, 1.2)
        net.udp(t2, GW_MAC, bc, GW_IP, "255.255.255.255", 67, 68,
                dhcp_packet(2, xid, dev["mac"], 2, yiaddr=ip, siaddr=GW_IP, server_id=GW_IP, lease=lease,
                            router=GW_IP))
        t3 = t2 + rng.uniform(0.01, 0.05)
        net.udp(t3, dev["mac"], bc, "0.0.0.0", "255.255.255.255", 68, 67,
                dhcp_packet(1, xid, dev["mac"], 3, hostname=h, req_ip=ip, server_id=GW_IP, vendor=vend))
        t4 = t3 + rng.uniform(0.003, 0.02)
        net.udp(t4, GW_MAC, bc, GW_IP, "255.255.255.255", 67, 68,
                dhcp_packet(2, xid, dev["mac"], 5, yiaddr=ip, siaddr=GW_IP, server_id=GW_IP, lease=lease,
                            router=GW_IP))
        return t4 + 0.05

    def ntp(self, dev, ip, t, host):
        rip, t = self.dns(dev, ip, t, host)
        sport = self.rng.choice([123, self.rng.randint(40000, 60000)])
        self.net.udp(t, dev["mac"], GW_MAC, ip, rip, sport, 123, ntp_packet(3, t))
        self.net.udp(t + self.rng.uniform(0.015, 0.06), GW_MAC, dev["mac"], rip, ip, 123, sport,
                     ntp_packet(4, t, 2, bytes([10, 0, 0, 1])), ttl=52)
        return t + 0.1

    def label(self, kind, dev, a, b, **kw):
        d = dict(kind=kind, mac=dev["mac"], start=iso(a), end=iso(b))
        d.update(kw)
        self.benign.append(d)

    def keepalives(self, c, t_from, t_to, iv, up, dn, server_first=0.0):
        rng = self.rng
        t = max(t_from, c.ready) + rng.uniform(0, iv[1])
        end = min(t_to, c.t_close if c.t_close is not None else 1e18) - 0.5
        while t < end:
            if rng.random() < server_first:
                c.rec(t, 1, rng.randint(*dn))
                c.rec(t + c.rtt + rng.uniform(0.001, 0.01), 0, rng.randint(*up))
            else:
                c.rec(t, 0, rng.randint(*up))
                c.rec(t + c.rtt + rng.uniform(0.001, 0.02), 1, rng.randint(*dn))
            t += rng.uniform(*iv)

    # ---------------------------------------------------------------- speakers: setup
    def make_speaker(self, idx, vendor, name, rate):
        rng = self.rng
        v = VENDOR[vendor]
        mac = self.mk_mac(rng.choice(v["ouis"]))
        if vendor == "amazon":
            host = "amazon-%s" % "".join(rng.choice("0123456789abcdef") for _ in range(9))
            vend = None
        else:
            host = "Google-Home" if "Home" in name else ("Google-Nest-Mini" if "Mini" in name else
                                                           "Google-Nest-" + name.split()[1])
            vend = "dhcpcd-6.8.2:Linux-4.9:armv7l"
        sp = dict(kind="speaker", idx=idx, vendor=vendor, name=name, mac=mac, hostname=host,
                  dhcp_vendor=vend, rate=rate, v=v, ips=[], epochs=[], vcs=[], busy=[],
                  bps=rng.uniform(22000, 36000), up_int=rng.uniform(0.06, 0.12) if vendor == "amazon"
                  else rng.uniform(0.09, 0.16), v6q=(vendor == "google"))
        self.devices.append(sp)
        return sp

    def setup_speaker(self, sp):
        rng, cfg = self.rng, self.cfg
        v = sp["v"]
        pre = cfg["pre"]
        reboots = sorted(self.midnight_time(d, h) for (i, d, h) in cfg["reboots"] if i == sp["idx"])
        reboots = [r for r in reboots if self.t0 + 3600 < r < self.t1 - 3600]
        rc = cfg["reconnect"][sp["idx"]] if sp["idx"] < len(cfg["reconnect"]) else None
        bounds = [self.t0] + reboots + [self.t1]
        prev_ip = None
        for e in range(len(bounds) - 1):
            a, b = bounds[e], bounds[e + 1]
            ip = self.alloc_ip()
            sp["ips"].append(ip)
            ep = dict(start=a, end=b, ip=ip)
            sp["epochs"].append(ep)
            if e == 0 and pre:
                t = self.t0
                self.dns_cache[(sp["mac"], v["vc"][self.region])] = self.t0 + rng.uniform(10, 200)
                vc = self.conn(sp, ip, t, v["vc"][self.region], pre=True)
                ctl = self.conn(sp, ip, t, v["ctl"][self.region], port=v["ctl_port"], pre=True)
                ep["up"] = self.t0
            else:
                if e == 0:
                    t = self.t0 + rng.uniform(30, 900)       # speaker powered on after capture start
                else:
                    off = rng.uniform(45, 160)
                    self.busy(sp, a - 30, a + off + 120)
                    self.label("reboot", sp, a, a + off + 60, note="power cycle, new DHCP lease %s -> %s"
                               % (prev_ip, ip))
                    t = a + off
                t = self.dhcp(sp, t, ip, prev_ip=prev_ip)
                ep["up"] = t
                t = self.ntp(sp, ip, t + rng.uniform(0.2, 1.5), v["ntp"])
                vc = self.conn(sp, ip, t + rng.uniform(0.3, 2), v["vc"][self.region], alpn=["h2", "http/1.1"])
                ctl = self.conn(sp, ip, t + rng.uniform(1, 6), v["ctl"][self.region], port=v["ctl_port"])
                # a few boot-time lookups / checks
                for hname in rng.sample(v["metrics"], 2) + [v["update"]]:
                    self.short_https(sp, ip, t + rng.uniform(2, 40), hname, rng.randint(800, 6000),
                                     rng.randint(1500, 9000))
            sp["vcs"].append(vc)
            ep["ctl"] = ctl
            # reconnects of the voice channel inside the epoch
            cur = vc
            if rc:
                tr = max(cur.ready, a) + rng.uniform(*rc) * 3600
                while tr < b - 1800:
                    cur.close(tr, rng.choice(["fin_s", "fin_s", "rst_c"]))
                    self.busy(sp, tr - 20, tr + 30)
                    nc = self.conn(sp, ip, tr + rng.uniform(0.2, 3), v["vc"][self.region], alpn=["h2", "http/1.1"])
                    sp["vcs"].append(nc)
                    cur = nc
                    tr = tr + rng.uniform(*rc) * 3600
            if e < len(bounds) - 2:
                cur.close(b, "vanish")
                ctl.close(b, "vanish")
            # DHCP renewals every ~12 h
            tren = ep["up"] + 43200 + rng.uniform(-60, 60)
            while tren < b:
                self.dhcp(sp, tren, ip, renew=True)
                tren += 43200
            prev_ip = ip
            # keep-alives
            self.keepalives(ctl, a, b, v["ctl_hb"], (40, 110), (40, 90), server_first=0.3)
        hb = rng.uniform(*v["hb"])
        for c in sp["vcs"]:
            self.keepalives(c, c.ready, self.t1, (hb * 0.8, hb * 1.2), v["hb_up"], v["hb_dn"],
                            server_first=0.15)

    def midnight_time(self, day, hour):
        m = self.local(self.t0).replace(hour=0, minute=0, second=0, microsecond=0)
        return (m + dt.timedelta(days=day)).timestamp() - self.tz + hour * 3600

    def ep_at(self, sp, t):
        for ep in sp["epochs"]:
            if ep["start"] <= t < ep["end"]:
                return ep
        return None

    def vc_at(self, sp, t):
        for c in sp["vcs"]:
            if c.ready + 1 <= t and (c.t_close is None or t < c.t_close - 2):
                ep = self.ep_at(sp, t)
                if ep and t >= ep.get("up", 0) + 5 and c.lip == ep["ip"]:
                    return c
        return None

    def busy(self, sp, a, b):
        sp["busy"].append((a, b))

    def free(self, sp, a, b, margin=20):
        if a < self.t0 + 120 or b > self.t1 - 60:
            return False
        for x, y in sp["busy"]:
            if a < y + margin and b > x - margin:
                return False
        return True

    # ---------------------------------------------------------------- speakers: voice primitives
    def listen(self, sp, vc, t, dur, pattern, preroll=True, meta=True):
        """Device streams microphone audio upstream for dur seconds."""
        rng = self.rng
        it, bps = sp["up_int"], sp["bps"]
        if meta:
            vc.rec(t, 0, rng.randint(650, 1500))     # Recognize event / stream config
            t0 = t + 0.004
        else:
            t0 = t
        if preroll:                                   # buffered wake-word audio sent at once
            for k in range(rng.randint(4, 9)):
                vc.rec(t0 + 0.0015 * k, 0, int(bps * it / 8 * rng.uniform(0.9, 1.1)) + 29)
            t0 += 0.03
        tt = t0
        end = t + dur
        pi = 0
        nxt_interim = t0 + rng.uniform(0.4, 0.8)
        while tt < end:
            rel = tt - t
            while pi < len(pattern) and pattern[pi][1] < rel:
                pi += 1
            speaking = pi < len(pattern) and pattern[pi][0] <= rel <= pattern[pi][1]
            f = rng.uniform(0.88, 1.12) if speaking else rng.uniform(0.42, 0.62)
            vc.rec(tt, 0, int(bps * it / 8 * f) + 29)
            if sp["v"]["interim"] and speaking and tt >= nxt_interim:
                vc.rec(tt + vc.rtt + 0.05, 1, rng.randint(70, 260))   # streaming partial transcript
                nxt_interim = tt + rng.uniform(0.35, 0.7)
            tt += it * rng.uniform(0.85, 1.15)
        return end

    def stop_capture(self, sp, vc, t):
        if sp["vendor"] == "amazon":
            vc.rec(t, 1, self.rng.randint(180, 420))
        else:
            vc.rec(t, 1, self.rng.randint(300, 900))
        return t + 0.05

    def speak(self, sp, vc, t, secs, nbytes=None):
        """Cloud sends a spoken response; returns end of playback."""
        rng = self.rng
        total = nbytes if nbytes is not None else int(secs * sp["v"]["tts_bps"] / 8 * rng.uniform(0.9, 1.1))
        if sp["vendor"] == "amazon":
            vc.rec(t, 1, rng.randint(900, 1700))                       # Speak directive (JSON)
            vc.bulk(t + 0.002, 1, total, rng.uniform(6e6, 16e6))        # MP3 attachment
            vc.rec(t + 0.25, 0, rng.randint(420, 800))                 # SpeechStarted
            end = t + 0.25 + secs
            vc.rec(end, 0, rng.randint(420, 800))                      # SpeechFinished
        else:
            gen = max(0.3, secs / rng.uniform(2.5, 4.0))
            n = max(1, int(gen / 0.25))
            for i in range(n):
                vc.rec(t + i * 0.25 + rng.uniform(0, 0.05), 1, max(60, total // n))
            end = t + 0.3 + secs
            vc.rec(end, 0, rng.randint(150, 420))
        return end

    def utter(self, sp, vc, t, u, trailing=None):
        """Wake word + spoken command of u seconds; returns time the cloud stopped capture."""
        trailing = trailing if trailing is not None else self.U(0.4, 0.9)
        e = self.listen(sp, vc, t, u + trailing, [(0.05, u)], preroll=True)
        return self.stop_capture(sp, vc, e)

    def after_metrics(self, sp, t):
        if self.rng.random() < 0.45:
            ep = self.ep_at(sp, t)
            if ep:
                self.short_https(sp, ep["ip"], t + self.U(5, 90), self.rng.choice(sp["v"]["metrics"]),
                                 self.rng.randint(900, 7000), self.rng.randint(300, 1500))

    def short_https(self, dev, ip, t, host, up, dn, hold=None):
        if t >= self.t1 - 30:
            return
        c = self.conn(dev, ip, t, host, alpn=["h2", "http/1.1"])
        t = c.ready + 0.002
        t = c.rec(t, 0, up)
        t = c.bulk(t + c.rtt + self.U(0.01, 0.15), 1, dn, self.U(4e6, 30e6))
        c.close(t + (hold if hold is not None else self.U(0.3, 20)), "fin_c")

    # ---------------------------------------------------------------- speakers: interactions
    def ia(self, sp, kind, t, **kw):
        vc = self.vc_at(sp, t)
        if vc is None:
            return None
        f = getattr(self, "ia_" + kind)
        end = f(sp, vc, t, **kw)
        return end

    def ia_command(self, sp, vc, t):
        e = self.utter(sp, vc, t, self.U(1.0, 3.0))
        return self.speak(sp, vc, e + self.U(0.25, 1.1), self.U(0.5, 3.5))

    def ia_question(self, sp, vc, t):
        e = self.utter(sp, vc, t, self.U(1.8, 4.8))
        return self.speak(sp, vc, e + self.U(0.4, 1.4), self.U(3, 14))

    def ia_long_answer(self, sp, vc, t):
        e = self.utter(sp, vc, t, self.U(1.8, 5.0))
        return self.speak(sp, vc, e + self.U(0.5, 1.8), self.U(20, 60))

    def ia_follow_up(self, sp, vc, t):
        e = self.ia_command(sp, vc, t)
        w = self.U(4.5, 6.0)
        if self.rng.random() < 0.4:                        # family uses follow-up mode
            u = self.U(1.0, 2.5)
            e2 = self.listen(sp, vc, e + 0.1, u + 0.8, [(0.6, 0.6 + u)], preroll=False)
            e2 = self.stop_capture(sp, vc, e2)
            return self.speak(sp, vc, e2 + 0.5, self.U(1, 6))
        e2 = self.listen(sp, vc, e + 0.1, w, [], preroll=False)
        vc.rec(e2, 0, self.rng.randint(300, 600))          # timed-out event
        return e2

    def ia_unanswered_reprompt(self, sp, vc, t, double=None):
        e = self.utter(sp, vc, t, self.U(1.8, 4.0))
        e = self.speak(sp, vc, e + self.U(0.4, 1.4), self.U(6, 25))   # answer + "Did you want to hear more?"
        e = self.listen(sp, vc, e + 0.1, self.U(7.5, 8.5), [], preroll=False)
        if double is None:
            double = self.rng.random() < 0.4
        if double:                                                 # audible reprompt, still unanswered
            vc.rec(e, 0, self.rng.randint(300, 600))
            e = self.speak(sp, vc, e + self.U(0.3, 0.9), self.U(2.0, 4.5))
            e = self.listen(sp, vc, e + 0.1, self.U(7.5, 8.5), [], preroll=False)
        vc.rec(e, 0, self.rng.randint(300, 600))                  # ExpectSpeechTimedOut
        vc.rec(e + vc.rtt + 0.02, 1, self.rng.randint(150, 400))
        return e

    def ia_double_reprompt(self, sp, vc, t):
        return self.ia_unanswered_reprompt(sp, vc, t, double=True)

    def ia_voice_message(self, sp, vc, t):
        e = self.utter(sp, vc, t, self.U(1.8, 3.2))                 # "send a message to Mum"
        e = self.speak(sp, vc, e + self.U(0.4, 1.0), self.U(1.5, 3.0))  # "What's the message?"
        d = self.U(12, 35)
        e = self.listen(sp, vc, e + 0.1, d + self.U(0.6, 1.2), speech_pattern(self.rng, d, self.U(0.82, 0.95), 0.4),
                        preroll=False)
        e = self.stop_capture(sp, vc, e)
        e = self.speak(sp, vc, e + self.U(0.5, 1.5), self.U(1.0, 2.5))   # "Message sent"
        self.short_https(sp, self.ep_at(sp, t)["ip"], e + self.U(1, 5), sp["v"]["metrics"][2],
                         self.rng.randint(3000, 9000), self.rng.randint(400, 1200))
        return e

    def ia_quiz(self, sp, vc, t):
        rng = self.rng
        e = self.utter(sp, vc, t, self.U(1.8, 3.0))
        e = self.speak(sp, vc, e + 0.8, self.U(6, 12))
        for k in range(rng.randint(8, 22)):
            if rng.random() < 0.12:
                e = self.listen(sp, vc, e + 0.1, self.U(7.5, 8.5), [], preroll=False)
                vc.rec(e, 0, rng.randint(300, 600))
                e = self.speak(sp, vc, e + 0.5, self.U(2.5, 5))            # audible reprompt
            w, a = self.U(0.4, 3.5), self.U(0.5, 2.5)
            e = self.listen(sp, vc, e + 0.1, w + a + self.U(0.4, 0.8), [(w, w + a)], preroll=False)
            e = self.stop_capture(sp, vc, e)
            e = self.speak(sp, vc, e + self.U(0.3, 0.9), self.U(3, 10))    # feedback + next question
        return e

    def ia_call(self, sp, vc, t):
        rng = self.rng
        e = self.utter(sp, vc, t, self.U(1.5, 2.8))                         # "call Mum"
        e = self.speak(sp, vc, e + 0.5, self.U(1.0, 2.0))                   # "Calling Mum"
        vc.rec(e, 0, rng.randint(1200, 2600))                               # SIP-like signalling
        vc.rec(e + vc.rtt + 0.05, 1, rng.randint(800, 1600))
        ring = self.U(4, 15)
        a = e + ring
        dur = self.U(60, 330)
        ip = self.ep_at(sp, t)["ip"]
        rip = "%s%d.%d" % (rng.choice(sp["v"]["media_prefix"]), rng.randint(0, 255), rng.randint(1, 254))
        lp, rp = rng.randint(40000, 60000), rng.randint(10000, 30000)
        ssrc = [rng.getrandbits(32), rng.getrandbits(32)]
        seq = [rng.getrandbits(16), rng.getrandbits(16)]
        ts = [rng.getrandbits(32), rng.getrandbits(32)]
        if rng.random() < 0.3:
            # media relayed over TURN-over-TLS (TCP 443) instead of UDP: symmetric audio inside TLS
            host = {"amazon": "rtc-relay-na.amazon.com", "google": "turn.l.google.com"}[sp["vendor"]]
            mc = self.conn(sp, ip, e + 0.2, host, alpn=["http/1.1"])
            a = max(a, mc.ready + 0.05)
            for side in (0, 1):
                tt = a + rng.uniform(0, 0.02) + (0.008 if side else 0)
                while tt < a + dur:
                    mc.add(tt, side, rng.randint(55, 120) + 12 + 4 + 5 + 16)
                    tt += 0.02 * rng.uniform(0.93, 1.07)
            mc.close(a + dur + 0.5, "fin_c")
            self.call_transport = "tls"
        else:
            self.call_transport = "udp"
            for side in (0, 1):
                tt = a + rng.uniform(0, 0.02)
                off = rng.uniform(0, 0.01)
                while tt < a + dur:
                    n = rng.randint(55, 120)
                    hdr = struct.pack("!BBHII", 0x80, 111, seq[side] & 0xFFFF, ts[side] & 0xFFFFFFFF, ssrc[side])
                    if side == 0:
                        self.net.udp(tt, sp["mac"], GW_MAC, ip, rip, lp, rp, hdr + self.net.rnd(n))
                    else:
                        self.net.udp(tt + off, GW_MAC, sp["mac"], rip, ip, rp, lp, hdr + self.net.rnd(n), ttl=50)
                    seq[side] += 1
                    ts[side] += 960
                    tt += 0.02 * rng.uniform(0.93, 1.07)
        e = a + dur
        vc.rec(e, 0, rng.randint(600, 1200))
        vc.rec(e + vc.rtt + 0.05, 1, rng.randint(400, 900))
        return e + 1

    def ia_news_briefing(self, sp, vc, t):
        """'What's the news?': short intro, then a podcast-style MP3 fetched from a news host and played."""
        rng = self.rng
        e = self.utter(sp, vc, t, self.U(1.2, 2.5))
        e = self.speak(sp, vc, e + 0.6, self.U(1.5, 3.0))
        ip = self.ep_at(sp, t)["ip"]
        c = self.conn(sp, ip, e + 0.05, rng.choice(["podcasts.files.bbci.co.uk", "traffic.megaphone.fm",
                                                     "play.podtrac.com", "npr.simplecastaudio.com"]))
        secs = self.U(120, 420)
        x = c.rec(c.ready, 0, rng.randint(400, 900))
        c.bulk(x + c.rtt, 1, int(secs * 64000 / 8 * 0.6 * self.bulk), self.U(3e6, 12e6))
        c.close(e + secs + self.U(1, 10), "fin_c")
        vc.rec(e + 0.6, 0, rng.randint(500, 1000))
        vc.rec(e + secs, 0, rng.randint(500, 1000))
        return e + secs

    def ia_misactivation(self, sp, vc, t):
        d = self.U(2, 8)
        e = self.listen(sp, vc, t, d, speech_pattern(self.rng, d, self.U(0.5, 1.0)), preroll=True)
        e = self.stop_capture(sp, vc, e)
        if self.rng.random() < 0.5:
            e = self.speak(sp, vc, e + 0.6, self.U(1.0, 2.5))       # "Sorry, I'm not sure about that"
        else:
            vc.rec(e + 0.2, 0, self.rng.randint(300, 600))
        return e

    ia_night_misactivation = ia_misactivation

    def ia_music(self, sp, vc, t):
        rng = self.rng
        e = self.utter(sp, vc, t, self.U(1.5, 3.5))
        e = self.speak(sp, vc, e + 0.6, self.U(1.5, 3.0))                # "Playing ... on ..."
        ip = self.ep_at(sp, t)["ip"]
        host = rng.choice(sp["v"]["music"])
        mc = self.conn(sp, ip, e + 0.05, host, alpn=["h2", "http/1.1"])
        dur = self.U(6, 30) * 60
        tt = mc.ready + 0.01
        end = e + dur
        cmds = sorted(rng.uniform(tt + 60, end - 30) for _ in range(rng.randint(0, 2))) if dur > 200 else []
        while tt < end:
            tl = self.U(140, 260)
            mc.rec(tt, 0, rng.randint(400, 900))
            mc.bulk(tt + mc.rtt + 0.02, 1, int(rng.randint(300_000, 550_000) * self.bulk), self.U(4e6, 15e6))
            vc.rec(tt + 0.5, 0, rng.randint(500, 1100))        # PlaybackStarted / progress report
            tt += tl
        for c in cmds:                                         # "volume up", "next": music ducks, no answer
            x = self.utter(sp, vc, c, self.U(0.8, 1.8))
            vc.rec(x + 0.3, 1, rng.randint(300, 700))
        x = self.utter(sp, vc, end, self.U(0.7, 1.3))           # "stop"
        vc.rec(x + 0.2, 1, rng.randint(200, 500))
        mc.close(x + self.U(0.5, 4), "fin_c")
        return x + 1

    # ---------------------------------------------------------------- attacks
    def ev_silent_reprompt(self, sp, vc, t, windows=4, win=(8, 16), **kw):
        rng = self.rng
        e = self.utter(sp, vc, t, self.U(2.0, 3.5))                       # "open <skill>"
        e = self.speak(sp, vc, e + 0.7, self.U(4, 12))                    # answer ... "Goodbye!"
        start = e
        for k in range(windows):
            # skill re-prompts with unpronounceable / silent speech: tiny audio, device listens again
            x = self.speak(sp, vc, e + self.U(0.3, 1.2), self.U(0.2, 0.8), nbytes=rng.randint(400, 2600))
            w = self.U(*win)
            x = self.listen(sp, vc, x + 0.05, w, speech_pattern(rng, w, self.U(0.3, 0.9)), preroll=False)
            e = self.stop_capture(sp, vc, x)
        vc.rec(e + 0.3, 0, rng.randint(300, 600))
        return start, e, "skill said goodbye then kept the session open with %d silent reprompts " \
                         "(%d-%ds listening windows), streaming room conversation" % (windows, win[0], win[1])

    def ev_stop_ignored(self, sp, vc, t, secs=60, mode="windows", **kw):
        rng = self.rng
        e = self.utter(sp, vc, t, self.U(2.0, 3.5))
        e = self.speak(sp, vc, e + 0.7, self.U(5, 18))
        e = self.listen(sp, vc, e + 0.1, self.U(1.5, 2.5), [(0.2, 1.1)], preroll=False)   # user: "stop"
        start = e
        end = e + secs
        if mode == "continuous":
            x = self.listen(sp, vc, e + 0.05, secs, speech_pattern(rng, secs, self.U(0.4, 0.8)), preroll=False)
        else:
            x = e
            while x < end - 4:
                x = self.speak(sp, vc, x + self.U(0.2, 0.8), self.U(0.1, 0.4), nbytes=rng.randint(300, 1800))
                w = min(self.U(8, 16), end - x)
                x = self.listen(sp, vc, x + 0.05, w, speech_pattern(rng, w, self.U(0.3, 0.85)), preroll=False)
        x = self.stop_capture(sp, vc, x)
        return start, x, "app ignored 'stop' and kept the microphone open for %.0fs (%s)" % (x - start, mode)

    def ev_long_upstream(self, sp, vc, t, secs=300, bps=26000, **kw):
        rng = self.rng
        old = sp["bps"]
        sp["bps"] = bps
        x = self.listen(sp, vc, t, secs, speech_pattern(rng, secs, self.U(0.45, 0.8)), preroll=True)
        sp["bps"] = old
        vc.rec(x + 0.2, 0, rng.randint(300, 600))
        return t, x, "%.0f s of continuous upstream audio (%.0f kbit/s) with no spoken answer" % (secs, bps / 1000)

    def ev_phishing(self, sp, vc, t, silence=60, repeat=False, **kw):
        rng = self.rng
        e = self.utter(sp, vc, t, self.U(2.0, 3.5))                       # "open horoscope"
        start = e
        err, prompt = self.U(3, 6), self.U(8, 14)
        total = int((err + prompt) * sp["v"]["tts_bps"] / 8 + silence * 900)   # silent span compresses well
        e = self.speak(sp, vc, e + 0.8, err + silence + prompt, nbytes=total)
        for k in range(2 if repeat else 1):
            w = self.U(6, 12)
            e = self.listen(sp, vc, e + 0.1, w, [(self.U(0.8, 2.0), w - self.U(0.5, 1.5))], preroll=False)
            e = self.stop_capture(sp, vc, e)
            if repeat and k == 0:
                e = self.speak(sp, vc, e + 0.6, self.U(4, 7))                # "please repeat your password"
        if rng.random() < 0.5:
            e = self.speak(sp, vc, e + 0.6, self.U(1.0, 2.0))
        return start, e, "fake 'this skill is not available' + %ds silence, then 'security update, say your " \
                         "password' prompt and recording of the answer" % silence

    def ev_trickle(self, sp, vc, t, secs=3600, bps=6000, mode="steady", dest="dns", host=None, **kw):
        rng = self.rng
        ip = self.ep_at(sp, t)["ip"]
        if dest == "vc":
            c = vc
        elif dest == "pre":
            c = self.conn(sp, ip, t, "ec2-%d-%d.compute-1.amazonaws.com" % (rng.randint(1, 250), rng.randint(1, 250)),
                          port=443, pre=True)
            t = self.t0
        elif dest == "ip":
            rip = "185.%d.%d.%d" % (rng.randint(100, 200), rng.randint(0, 255), rng.randint(1, 254))
            c = self.conn(sp, ip, t, None, port=8443, dns=False, sni=False, rip=rip)
        else:
            c = self.conn(sp, ip, t, host, port=443, alpn=["http/1.1"])
        a = max(c.ready, t) + 0.05
        end = a + secs
        tt = a
        while tt < end:
            if mode == "steady":
                iv = rng.uniform(0.4, 1.6)
                c.rec(tt, 0, int(bps * iv / 8 * rng.uniform(0.8, 1.2)) + 29)
            else:
                iv = rng.uniform(15, 45)
                c.rec(tt, 0, int(bps * iv / 8 * rng.uniform(0.85, 1.15)), gap=0.0008)
                c.rec(tt + c.rtt + 0.05, 1, rng.randint(40, 120))
            tt += iv
        if c is not vc:
            c.close(end + rng.uniform(1, 30), "fin_c")
        return a, end, "compromised firmware trickles audio upstream for %.1f h at ~%.0f kbit/s (%s, dest=%s)" % (
            secs / 3600, bps / 1000, mode, dest)

    # ---------------------------------------------------------------- scheduling
    EST = dict(command=30, question=45, long_answer=90, follow_up=50, unanswered_reprompt=90, double_reprompt=90,
               voice_message=70, quiz=900, call=420, news_briefing=450, misactivation=25, night_misactivation=25, music=2800)
    KINDS = dict(command=0.38, question=0.22, follow_up=0.07, long_answer=0.06, misactivation=0.09,
                 voice_message=0.03, unanswered_reprompt=0.04, music=0.06, quiz=0.01, call=0.02, double_reprompt=0.02,
                 news_briefing=0.03)

    def place(self, sp, kind, t=None, midnight=None, weekend=False, tries=40):
        rng = self.rng
        fixed_day = midnight is not None
        mids = self.local_midnights()
        for k in range(tries):
            if t is None or k > 0:
                if midnight is None or fixed_day is False:
                    fixed_day = False
                    midnight, weekend = rng.choice(mids)
                if kind == "night_misactivation":
                    tt = midnight + rng.uniform(0.5, 5.5) * 3600
                elif kind == "misactivation" and rng.random() < 0.6:       # TV speech in the evening
                    tt = midnight + rng.uniform(18, 23.5) * 3600
                else:
                    tt = self.diurnal_time(midnight, weekend)
            else:
                tt = t
            est = self.EST[kind]
            if not self.free(sp, tt, tt + est):
                continue
            if self.vc_at(sp, tt) is None or self.vc_at(sp, tt + min(est, 600)) is not self.vc_at(sp, tt):
                continue
            end = self.ia(sp, kind, tt)
            if end is None:
                continue
            self.busy(sp, tt, end)
            extra = {}
            if kind == "double_reprompt":
                extra["note"] = "two audible reprompts, no answer"
            elif kind == "call":
                extra["note"] = "call media via %s" % self.call_transport
            elif kind == "night_misactivation":
                extra["note"] = "night-time false wake (TV/radio left on)"
            self.label(kind.replace("night_", "").replace("double_", "unanswered_"), sp, tt, end, **extra)
            if sp["vendor"] == "amazon":
                self.after_metrics(sp, end)
            return True
        return False

    def schedule_speakers(self, spk):
        rng, cfg = self.rng, self.cfg
        # attacks first (fixed times)
        for at in cfg["attacks"]:
            sp = spk[at["spk"]]
            day = min(at["day"], self.days - 1)
            t = self.midnight_time(day, at["hour"]) + rng.uniform(-1200, 1200)
            if at["type"] == "trickle" and at.get("dest") == "pre":
                t = self.t0
            ok = False
            for k in range(60):
                tt = t + ((k + 1) // 2) * 600 * (1 if k % 2 else -1)
                if at["type"] == "trickle" and at.get("dest") == "pre":
                    tt = self.t0
                dur = at.get("secs", 400) + 600
                if at["type"] == "trickle" and at.get("dest") in ("pre", "ip", "dns"):
                    # runs on its own connection; only the start needs the speaker alive
                    if not (self.ep_at(sp, tt) and self.ep_at(sp, tt) is self.ep_at(sp, tt + dur)):
                        continue
                    if at.get("dest") != "pre" and not self.free(sp, tt, tt + 30):
                        continue
                else:
                    if not self.free(sp, tt, tt + dur):
                        continue
                vc = self.vc_at(sp, tt)
                if at["type"] != "trickle" or at.get("dest") == "vc":
                    if vc is None or self.vc_at(sp, tt + dur) is not vc:
                        continue
                f = getattr(self, "ev_" + at["type"])
                p = {k: v for k, v in at.items() if k not in ("type", "spk", "day", "hour")}
                s, e, note = f(sp, vc, tt, **p)
                if at["type"] == "trickle" and at.get("dest") != "vc":
                    self.busy(sp, tt, tt + 20)
                else:
                    self.busy(sp, tt, e + 5)
                self.events.append(dict(kind="eavesdrop", mac=sp["mac"], start=iso(s), end=iso(e), note=note,
                                        attack=at["type"], speaker=sp["name"]))
                ok = True
                break
            if not ok:
                print("WARNING: could not place attack", at, file=sys.stderr)
        # forced hard negatives
        for kind, n in cfg["hardneg"].items():
            for i in range(n):
                sp = rng.choice(spk)
                if not self.place(sp, kind):
                    print("WARNING: could not place", kind, file=sys.stderr)
        # ordinary use
        kinds, weights = zip(*self.KINDS.items())
        for sp in spk:
            for mid, we in self.local_midnights():
                n = max(0, int(round(rng.gauss(sp["rate"], sp["rate"] ** 0.5))))
                for i in range(n):
                    k = rng.choices(kinds, weights)[0]
                    if k in ("quiz", "call", "music") and rng.random() < 0.5:
                        k = "command"
                    self.place(sp, k, midnight=mid, weekend=we, tries=6)

    def speaker_background(self, sp):
        rng = self.rng
        v = sp["v"]
        for ep in sp["epochs"]:
            a, b, ip = ep.get("up", ep["start"]) + 60, ep["end"], ep["ip"]
            t = a + rng.uniform(0, 3600)
            while t < b - 60:                                   # NTP
                self.ntp(sp, ip, t, v["ntp"])
                t += rng.uniform(1, 4) * 3600
            t = a + rng.uniform(0, 1800)
            while t < b - 60:                                   # metrics / config
                self.short_https(sp, ip, t, rng.choice(v["metrics"]), rng.randint(700, 9000),
                                 rng.randint(300, 4000))
                t += rng.uniform(15, 75) * 60
            t = a + rng.uniform(0, 6 * 3600)
            while t < b - 60:                                   # update check
                self.short_https(sp, ip, t, v["update"], rng.randint(600, 1500), rng.randint(1000, 3000))
                t += rng.uniform(5, 12) * 3600
            if sp["vendor"] == "amazon":                         # SSDP discovery (smart-home)
                t = a + rng.uniform(0, 1200)
                msg = ("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\n"
                       "MX: 3\r\nST: urn:schemas-upnp-org:device:basic:1\r\n\r\n").encode()
                sport = rng.randint(40000, 60000)
                while t < b - 60:
                    self.net.udp(t, sp["mac"], "01:00:5e:7f:ff:fa", ip, "239.255.255.250", sport, 1900, msg, ttl=4)
                    t += rng.uniform(10, 30) * 60
            else:
                t = a + rng.uniform(0, 1200)
                inst = "%s-%s" % (sp["hostname"], "".join(rng.choice("0123456789abcdef") for _ in range(32)))
                while t < b - 60:
                    self.net.udp(t, sp["mac"], "01:00:5e:00:00:fb", ip, "224.0.0.251", 5353, 5353,
                                 mdns_ptr_response("_googlecast._tcp.local", inst), ttl=255)
                    t += rng.uniform(5, 25) * 60
                t = a + rng.uniform(0, 3600)
                while t < b - 60:                               # connectivity check (plain HTTP)
                    self.http_204(sp, ip, t)
                    t += rng.uniform(30, 90) * 60
        # one firmware download per file on some speaker
        if sp["idx"] == 0:
            ep = sp["epochs"][-1]
            mid, we = rng.choice(self.local_midnights())
            t = mid + rng.uniform(2.5, 4.5) * 3600
            if ep["start"] + 600 < t < ep["end"] - 1200:
                c = self.conn(sp, ep["ip"], t, v["update"].replace("softwareupdates", "fw-dl") if
                              sp["vendor"] == "amazon" else "dl.google.com")
                x = c.rec(c.ready, 0, rng.randint(500, 900))
                x = c.bulk(x + c.rtt, 1, int(rng.randint(1_500_000, 2_500_000) * self.bulk), self.U(3e6, 8e6))
                c.close(x + 2, "fin_c")
                self.label("firmware_update", sp, t, x)

    def http_204(self, dev, ip, t):
        host = "connectivitycheck.gstatic.com"
        c = self.conn(dev, ip, t, host, port=80, tls=False, sni=False)
        req = ("GET /generate_204 HTTP/1.1\r\nHost: %s\r\nConnection: close\r\nUser-Agent: Dalvik/2.1.0\r\n\r\n"
               % host).encode()
        c.add(c.ready + 0.001, 0, req)
        r = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nDate: Mon, 01 Jan 2026 00:00:00 GMT\r\n\r\n"
        c.add(c.ready + c.rtt + 0.01, 1, r)
        c.close(c.ready + c.rtt + 0.02, "fin_s")

    # ---------------------------------------------------------------- other devices
    def add_device(self, kind, oui, hostname, v6q=False):
        d = dict(kind=kind, mac=self.mk_mac(oui), hostname=hostname, v6q=v6q)
        d["ip"] = self.alloc_ip()
        self.devices.append(d)
        return d

    def browsing(self, dev, per_day, hosts, up=(300, 2500), dn=(6_000, 90_000)):
        rng = self.rng
        for mid, we in self.local_midnights():
            for i in range(int(rng.gauss(per_day, per_day ** 0.5))):
                t = self.diurnal_time(mid, we)
                for k in range(rng.randint(1, 3)):
                    self.short_https(dev, dev["ip"], t + rng.uniform(0, 4), rng.choice(hosts), rng.randint(*up),
                                     int(rng.randint(*dn) * self.bulk), hold=rng.uniform(2, 60))

    def udp_call(self, dev, t, dur, rip, rport, ptime, label, size=(60, 140)):
        rng = self.rng
        lp = rng.randint(40000, 60000)
        for side in (0, 1):
            tt = t + rng.uniform(0, 0.02)
            seq = rng.getrandbits(16)
            while tt < t + dur:
                n = rng.randint(*size)
                hdr = struct.pack("!BBHII", 0x80, 111, seq & 0xFFFF, 0, 0x1234)
                if side == 0:
                    self.net.udp(tt, dev["mac"], GW_MAC, dev["ip"], rip, lp, rport, hdr + self.net.rnd(n))
                else:
                    self.net.udp(tt, GW_MAC, dev["mac"], rip, dev["ip"], rport, lp, hdr + self.net.rnd(n), ttl=54)
                seq += 1
                tt += ptime * rng.uniform(0.9, 1.1)
        self.label(label, dev, t, t + dur)

    def gen_phone(self, dev):
        rng = self.rng
        c = self.conn(dev, dev["ip"], self.t0, "courier.push.apple.com", port=5223, pre=True)
        self.keepalives(c, self.t0, self.t1, (600, 1800), (60, 120), (60, 120), server_first=0.4)
        self.browsing(dev, 10, PHONE_HOSTS)
        for mid, we in self.local_midnights():
            if rng.random() < 0.5:
                t = self.diurnal_time(mid, we)
                self.short_https(dev, dev["ip"], t, "mmg.whatsapp.net", rng.randint(25000, 90000), 800)
                self.label("phone_voice_note", dev, t, t + 5)
            if rng.random() < 0.4:
                t = self.diurnal_time(mid, we)
                if t + 900 < self.t1:
                    self.udp_call(dev, t, rng.uniform(60, 400), self.ips_for("whatsapp-relay")[0],
                                  rng.randint(40000, 50000), 0.02, "phone_call")

    def gen_laptop(self, dev):
        rng = self.rng
        self.browsing(dev, 10, LAPTOP_HOSTS)
        for mid, we in self.local_midnights():
            if not we and rng.random() < 0.4:
                t = mid + rng.uniform(9, 16) * 3600
                if self.t0 < t < self.t1 - 3000:
                    self.short_https(dev, dev["ip"], t - 3, "zoom.us", 2000, 20000)
                    self.udp_call(dev, t, rng.uniform(8, 20) * 60, self.ips_for("zoom-mmr")[0], 8801, 0.06,
                                  "laptop_meeting", size=(70, 130))
            if rng.random() < 0.3:
                t = self.diurnal_time(mid, we)
                if t < self.t1 - 600:
                    c = self.conn(dev, dev["ip"], t, "backup.icloud-content.com")
                    x = c.bulk(c.ready, 0, int(rng.randint(1_000_000, 3_000_000) * self.bulk), self.U(1e5, 3e5))
                    c.rec(x + c.rtt, 1, 400)
                    c.close(x + 1, "fin_c")
                    self.label("laptop_backup", dev, t, x)

    def gen_tv(self, dev, kind):
        rng = self.rng
        cdn = {"roku": "ipv4-c012-lhr001-ix.1.oca.nflxvideo.net", "samsung": "rr2---sn-aigzrn7e.googlevideo.com",
               "firetv": "atv-ext.amazon.com"}[kind]
        if kind == "firetv":
            # Fire TV also has Alexa built in: long-lived AVS connection + voice search from the remote
            vc = self.conn(dev, dev["ip"], self.t0, VENDOR["amazon"]["vc"][self.region], pre=True)
            self.keepalives(vc, self.t0, self.t1, (50, 110), (70, 170), (40, 130))
            dev["vcconn"] = vc
        for mid, we in self.local_midnights():
            if rng.random() < 0.85:
                t = mid + rng.uniform(18.5, 21) * 3600
                if we and rng.random() < 0.5:
                    t = mid + rng.uniform(13, 16) * 3600
                dur = rng.uniform(35, 120) * 60
                if t < self.t0 or t + dur > self.t1 - 60:
                    continue
                c = self.conn(dev, dev["ip"], t, cdn, alpn=["http/1.1"])
                tt = c.ready + 0.05
                while tt < t + dur:
                    c.rec(tt, 0, rng.randint(350, 700))
                    c.bulk(tt + c.rtt + 0.005, 1, int(rng.randint(5_000, 12_000) * self.bulk), self.U(8e6, 25e6))
                    tt = tt + rng.uniform(10, 14)
                c.close(t + dur, "fin_c")
                self.label("tv_streaming", dev, t, t + dur)
                if kind == "firetv":
                    for k in range(rng.randint(1, 3)):
                        vt = t + rng.uniform(-120, dur)
                        vc = dev["vcconn"]
                        u = self.U(1.5, 4)
                        fake = dict(up_int=0.1, bps=28000, v=VENDOR["amazon"], vendor="amazon")
                        e = self.listen(fake, vc, vt, u + 0.6, [(0.05, u)], preroll=False)
                        e = self.stop_capture(fake, vc, e)
                        vc.rec(e + 0.5, 1, rng.randint(2000, 9000))     # search results card
                        self.label("voice_search", dev, vt, e + 1)

    def gen_camera(self, dev, kind):
        rng = self.rng
        host = {"ring": "es.ring.com", "wyze": "iot-api.wyzecam.com"}[kind]
        up = {"ring": "prod-clip-upload.ring.com", "wyze": "wyze-event-upload.s3-accelerate.amazonaws.com"}[kind]
        c = self.conn(dev, dev["ip"], self.t0, host, pre=True)
        self.keepalives(c, self.t0, self.t1, (25, 60), (60, 160), (60, 140))
        t = self.t0 + rng.uniform(0, 1800)
        while t < self.t1 - 120:                                  # periodic snapshot
            self.short_https(dev, dev["ip"], t, up, int(rng.randint(12_000, 40_000) * self.bulk), 500, hold=1)
            t += rng.uniform(30, 60) * 60
        for mid, we in self.local_midnights():                    # motion clips
            for i in range(int(rng.gauss(10, 3))):
                t = self.diurnal_time(mid, we, CAMERA_DIURNAL)
                if not (self.t0 + 60 < t < self.t1 - 120):
                    continue
                size = int(rng.randint(90_000, 350_000) * self.bulk)
                secs = rng.uniform(3, 12)
                cc = self.conn(dev, dev["ip"], t, up)
                cc.rec(cc.ready, 0, rng.randint(600, 1200))
                x = cc.bulk(cc.ready + 0.01, 0, size, size * 8 / secs)
                cc.rec(x + cc.rtt, 1, rng.randint(300, 700))
                cc.close(x + 1, "fin_c")
                self.label("camera_upload", dev, t, x)

    def gen_plug(self, dev):
        c = self.conn(dev, dev["ip"], self.t0, "n-devs.tplinkcloud.com", port=443, pre=True)
        self.keepalives(c, self.t0, self.t1, (60, 120), (90, 160), (60, 120))

    def arp(self, dev, ip, a, b):
        """Router refreshes its ARP entry for the device every 20-60 min."""
        rng = self.rng
        t = a + rng.uniform(5, 1200)
        while t < b:
            req = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, bytes.fromhex(GW_MAC.replace(":", "")),
                              bytes(int(x) for x in GW_IP.split(".")), b"\0" * 6, bytes(int(x) for x in ip.split(".")))
            rep = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 2, bytes.fromhex(dev["mac"].replace(":", "")),
                              bytes(int(x) for x in ip.split(".")), bytes.fromhex(GW_MAC.replace(":", "")),
                              bytes(int(x) for x in GW_IP.split(".")))
            self.net.frame(t, GW_MAC, "ff:ff:ff:ff:ff:ff", 0x0806, req)
            self.net.frame(t + rng.uniform(0.0005, 0.004), dev["mac"], GW_MAC, 0x0806, rep)
            t += rng.uniform(20, 60) * 60

    # ---------------------------------------------------------------- main
    def build(self):
        cfg, rng = self.cfg, self.rng
        spk = [self.make_speaker(i, v, n, r) for i, (v, n, r) in enumerate(cfg["speakers"])]
        others = []
        for o in cfg["others"]:
            k, _, sub = o.partition(":")
            if k == "phone":
                d = self.add_device("phone", rng.choice(["3c:22:fb", "a4:83:e7", "8c:85:90"]),
                                    rng.choice(["Janes-iPhone", "iPhone", "Toms-iPhone"]), v6q=True)
                others.append((d, self.gen_phone, ()))
            elif k == "laptop":
                d = self.add_device("laptop", "98:2c:bc", "DESKTOP-%s" % "".join(rng.choice("ABCDEFGHJK0123456789")
                                                                                  for _ in range(7)))
                others.append((d, self.gen_laptop, ()))
            elif k == "tv":
                oui = {"roku": "d8:31:34", "samsung": "8c:79:f5", "firetv": "f0:d2:f1"}[sub]
                d = self.add_device("tv", oui, {"roku": "Roku-Ultra", "samsung": "Samsung-TV",
                                                "firetv": "amazon-%09x" % rng.getrandbits(36)}[sub])
                d["model"] = sub
                others.append((d, self.gen_tv, (sub,)))
            elif k == "camera":
                oui = {"ring": "34:3e:a4", "wyze": "2c:aa:8e"}[sub]
                d = self.add_device("camera", oui, {"ring": "RingCam", "wyze": "WYZE_CAKP2JFUS"}[sub])
                others.append((d, self.gen_camera, (sub,)))
            elif k == "plug":
                d = self.add_device("plug", "b0:be:76", "HS103")
                others.append((d, self.gen_plug, ()))
        for sp in spk:
            self.setup_speaker(sp)
        self.schedule_speakers(spk)
        for sp in spk:
            self.speaker_background(sp)
        for d, f, a in others:
            f(d, *a)
            # DHCP renewals for the others
            t = self.t0 + rng.uniform(0, 43200)
            while t < self.t1:
                self.dhcp(d, t, d["ip"], renew=True)
                t += 43200
        for sp in spk:
            for ep in sp["epochs"]:
                self.arp(sp, ep["ip"], ep.get("up", ep["start"]), ep["end"])
        for d, f, a in others:
            self.arp(d, d["ip"], self.t0, self.t1)
        for c in self.conns:
            c.render()
        return spk

    def truth(self, name, spk):
        devs = []
        for d in self.devices:
            devs.append(dict(kind=d["kind"], mac=d["mac"], ips=d.get("ips") or [d.get("ip")],
                             hostname=d.get("hostname"), vendor=d.get("vendor"), name=d.get("name") or d.get("model")))
        sd = self.days * len(spk)
        self.benign.sort(key=lambda x: x["start"])
        self.events.sort(key=lambda x: x["start"])
        return {
            "file": name + ".pcap",
            "start": iso(self.t0),
            "end": iso(self.t1),
            "days": self.days,
            "speaker_days": sd,
            "timezone_offset_hours": self.cfg["tz"],
            "capture_started_after_speakers": bool(self.cfg["pre"]),
            "gateway": {"mac": GW_MAC, "ip": GW_IP},
            "speakers": [dict(mac=s["mac"], ip=s["ips"][0], ips=s["ips"], vendor=s["vendor"], name=s["name"],
                              hostname=s["hostname"]) for s in spk],
            "devices": devs,
            "events": self.events,
            "benign": self.benign,
        }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=None, help="override every scenario's length (default 3-6 days)")
    ap.add_argument("--out", default="out")
    ap.add_argument("--only", default=None, help="comma-separated scenario names")
    ap.add_argument("--bulk-scale", type=float, default=0.75, help="scale of background bulk volumes")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    if a.list:
        for s in SCENARIOS:
            print(s["name"], s["days"], "days,", len(s["speakers"]), "speakers,", len(s["attacks"]), "attacks")
        return
    os.makedirs(a.out, exist_ok=True)
    only = set(a.only.split(",")) if a.only else None
    summary = []
    for cfg in SCENARIOS:
        if only and cfg["name"] not in only:
            continue
        h = Home(cfg, a.seed, a.days, a.bulk_scale)
        spk = h.build()
        path = os.path.join(a.out, cfg["name"] + ".pcap")
        n = h.net.write(path)
        tr = h.truth(cfg["name"], spk)
        with open(os.path.join(a.out, cfg["name"] + ".truth.json"), "w") as f:
            json.dump(tr, f, indent=1)
        sz = os.path.getsize(path)
        summary.append((cfg["name"], h.days, len(spk), tr["speaker_days"], len(tr["events"]), len(tr["benign"]),
                        n, sz))
        print("%-24s days=%d speakers=%d speaker_days=%d events=%d benign=%d packets=%d size=%.1fMB" % (
            cfg["name"], h.days, len(spk), tr["speaker_days"], len(tr["events"]), len(tr["benign"]), n, sz / 1e6),
            flush=True)
    if summary:
        print("TOTAL events=%d speaker_days=%d files=%d" % (sum(s[4] for s in summary), sum(s[3] for s in summary),
                                                            len(summary)))


if __name__ == "__main__":
    main()
