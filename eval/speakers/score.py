#!/usr/bin/env python3
"""Score eavesdropping findings against gen_speakers.py ground truth.

    python3 score.py TRUTH.json ANALYZE.jsonl [TRUTH2.json ANALYZE2.jsonl ...]

ANALYZE.jsonl is the output of `hearthguard analyze FILE.pcap --json` (JSON
lines).  Only lines with "type": "finding", a "rule" starting with
"eavesdrop." and severity medium/high/critical are scored; everything else is
ignored (sub-threshold eavesdrop findings are counted for information only).

  * an event is FOUND when a scored finding for the same MAC overlaps
    [event.start - 60 s, event.end + 60 s];
  * a scored finding is a TRUE POSITIVE when it overlaps (same slack) an event
    of the same MAC, otherwise it is a FALSE ALARM;
  * a finding without device.mac is attributed through device.ip (the truth
    lists every IP a device used); if it still has no MAC it cannot find an
    event, and it is a true positive only if it overlaps some event (any MAC);
  * false alarms per speaker-day = false alarms / sum of speaker-days
    (speakers x capture days); per speaker-week = that x 7.

Prints a table (per file, per attack type), the missed events, the false
alarms with the benign labels they overlap, and finally one JSON line.
"""
import datetime as dt
import json
import sys

SLACK = 60.0
SCORED = {"medium", "high", "critical"}


def ts(v):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v) / (1000.0 if v > 1e11 else 1.0)
    s = str(v).strip()
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    try:
        d = dt.datetime.fromisoformat(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    return d.timestamp()


def overlaps(a0, a1, b0, b1, slack=SLACK):
    return a0 <= b1 + slack and b0 - slack <= a1


def load_findings(path):
    out = []
    with open(path, errors="replace") as f:
        for ln in f:
            ln = ln.strip()
            if not ln.startswith("{"):
                continue
            try:
                o = json.loads(ln)
            except ValueError:
                continue
            if not isinstance(o, dict) or o.get("type") != "finding":
                continue
            rule = str(o.get("rule") or "")
            if not rule.startswith("eavesdrop."):
                continue
            out.append(o)
    return out


def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def score_pair(truth_path, an_path):
    tr = json.load(open(truth_path))
    ip2mac, names = {}, {}
    for d in tr.get("devices", []) + tr.get("speakers", []):
        mac = d["mac"].lower()
        for ip in (d.get("ips") or [d.get("ip")]):
            if ip:
                ip2mac[ip] = mac
        names[mac] = d.get("name") or d.get("hostname") or d.get("kind") or ""
    events = []
    for e in tr["events"]:
        events.append(dict(e, mac=e["mac"].lower(), t0=ts(e["start"]), t1=ts(e["end"]), found_by=[]))
    benign = [dict(b, mac=b["mac"].lower(), t0=ts(b["start"]), t1=ts(b["end"])) for b in tr.get("benign", [])]
    fnd = load_findings(an_path)
    scored, low = [], []
    for o in fnd:
        sev = str(o.get("severity") or "").lower()
        dev = o.get("device") or {}
        mac = (dev.get("mac") or "").lower() or None
        if mac is None and dev.get("ip") in ip2mac:
            mac = ip2mac[dev["ip"]]
        t0 = ts(o.get("start"))
        t1 = ts(o.get("end"))
        if t0 is None and t1 is None:
            t0 = t1 = ts(o.get("time") or o.get("ts"))
        if t0 is None:
            t0 = t1
        if t1 is None:
            t1 = t0
        if t0 is None:
            continue
        if t1 < t0:
            t0, t1 = t1, t0
        rec = dict(rule=o.get("rule"), severity=sev, mac=mac, ip=dev.get("ip"), t0=t0, t1=t1,
                   summary=o.get("summary", ""), tp=False)
        (scored if sev in SCORED else low).append(rec)
    for f in scored:
        for e in events:
            if overlaps(f["t0"], f["t1"], e["t0"], e["t1"]) and (f["mac"] is None or f["mac"] == e["mac"]):
                f["tp"] = True
                if f["mac"] == e["mac"]:
                    e["found_by"].append(f["rule"])
    for f in scored:
        if f["tp"]:
            continue
        same = [b for b in benign if b["mac"] == f["mac"] and overlaps(f["t0"], f["t1"], b["t0"], b["t1"])]
        other = [b for b in benign if b["mac"] != f["mac"] and overlaps(f["t0"], f["t1"], b["t0"], b["t1"])]
        f["benign"] = ["%s@%s" % (b["kind"], b["start"][11:19]) for b in same]
        f["benign_other_devices"] = sorted(set("%s(%s)" % (b["kind"], names.get(b["mac"], b["mac"])) for b in other))
    low_hits = sum(1 for f in low if any(overlaps(f["t0"], f["t1"], e["t0"], e["t1"]) and
                                         (f["mac"] is None or f["mac"] == e["mac"]) for e in events))
    return dict(file=tr.get("file", truth_path), truth=truth_path, speaker_days=float(tr.get("speaker_days") or
                len(tr.get("speakers", [])) * (ts(tr["end"]) - ts(tr["start"])) / 86400.0),
                events=events, scored=scored, low=low, low_hits=low_hits, names=names)


def main(argv):
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__)
        sys.exit(2)
    res = [score_pair(argv[i], argv[i + 1]) for i in range(0, len(argv), 2)]
    tot_ev = sum(len(r["events"]) for r in res)
    tot_found = sum(1 for r in res for e in r["events"] if e["found_by"])
    tot_f = sum(len(r["scored"]) for r in res)
    tot_tp = sum(1 for r in res for f in r["scored"] if f["tp"])
    tot_fa = tot_f - tot_tp
    sd = sum(r["speaker_days"] for r in res)
    print("%-28s %6s %6s %6s %8s %6s %6s %8s" % ("file", "spk-d", "events", "found", "findings", "TP", "FA",
                                              "sub-thr"))
    for r in res:
        print("%-28s %6.1f %6d %6d %8d %6d %6d %8d" % (
            r["file"][:28], r["speaker_days"], len(r["events"]), sum(1 for e in r["events"] if e["found_by"]),
            len(r["scored"]), sum(1 for f in r["scored"] if f["tp"]),
            sum(1 for f in r["scored"] if not f["tp"]), len(r["low"])))
    print("%-28s %6.1f %6d %6d %8d %6d %6d" % ("TOTAL", sd, tot_ev, tot_found, tot_f, tot_tp, tot_fa))
    by = {}
    for r in res:
        for e in r["events"]:
            k = e.get("attack", "?")
            a = by.setdefault(k, [0, 0])
            a[0] += 1
            a[1] += bool(e["found_by"])
    print("\nrecall by attack type:")
    for k, (n, f) in sorted(by.items()):
        print("  %-18s %d/%d" % (k, f, n))
    recall = tot_found / tot_ev if tot_ev else None
    precision = tot_tp / tot_f if tot_f else None
    fa_sd = tot_fa / sd if sd else None
    print("\nrecall     %s" % ("%.3f (%d/%d)" % (recall, tot_found, tot_ev) if recall is not None else "n/a"))
    print("precision  %s" % ("%.3f (%d/%d)" % (precision, tot_tp, tot_f) if precision is not None else
                             "n/a (no scored findings)"))
    print("false alarms: %d  = %.3f per speaker-day, %.3f per speaker-week (%.1f speaker-days)" % (
        tot_fa, fa_sd or 0.0, (fa_sd or 0.0) * 7, sd))
    missed, fas = [], []
    for r in res:
        for e in r["events"]:
            if not e["found_by"]:
                missed.append(dict(file=r["file"], mac=e["mac"], speaker=r["names"].get(e["mac"], ""),
                                   attack=e.get("attack"), start=e["start"], end=e["end"], note=e.get("note", "")))
        for f in r["scored"]:
            if not f["tp"]:
                fas.append(dict(file=r["file"], rule=f["rule"], severity=f["severity"], mac=f["mac"],
                                device=r["names"].get(f["mac"], ""), start=iso(f["t0"]), end=iso(f["t1"]),
                                benign=f["benign"], benign_other_devices=f["benign_other_devices"],
                                summary=str(f["summary"])[:120]))
    if missed:
        print("\nMISSED EVENTS (%d):" % len(missed))
        for m in missed:
            print("  %s  %s %-14s %s .. %s  %s" % (m["file"], m["mac"], m["attack"], m["start"], m["end"][11:],
                                                   m["note"][:90]))
    if fas:
        print("\nFALSE ALARMS (%d):" % len(fas))
        for f in fas:
            print("  %s  %s [%s] %s %s .. %s  overlaps: %s%s" % (
                f["file"], f["rule"], f["severity"], f["mac"], f["start"], f["end"][11:],
                ", ".join(f["benign"]) or "no benign label on this device",
                ("  | other devices: " + ", ".join(f["benign_other_devices"][:4])) if f["benign_other_devices"]
                else ""))
    out = dict(recall=recall, precision=precision, events=tot_ev, found=tot_found, findings=tot_f,
               true_positive_findings=tot_tp, false_alarms=tot_fa, speaker_days=sd,
               fa_per_speaker_day=fa_sd, fa_per_speaker_week=(fa_sd * 7 if fa_sd is not None else None),
               sub_threshold_findings=sum(len(r["low"]) for r in res),
               sub_threshold_on_events=sum(r["low_hits"] for r in res),
               recall_by_attack={k: [f, n] for k, (n, f) in by.items()},
               missed=missed, false_alarm_list=fas)
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
