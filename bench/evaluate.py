#!/usr/bin/env python3
"""Scores the findings of `./hearthguard analyze FILE.pcap --json` against the generator's
ground truth (FILE.labels.json), through the real pipeline (capture, discovery, protections).

  python3 bench/evaluate.py target/gen/house.labels.json analyze-output.jsonl

A labelled event with `expect` = C counts as found when a finding of category C and at least
MEDIUM severity on the same device (by MAC) overlaps it (90 s before to 180 s after for
eavesdrop, the window end + 15 min for uploads). Findings of those categories overlapping no
such event are false alarms. Standard library only.
"""
import json
import sys
from datetime import datetime

SEV = ["info", "low", "medium", "high", "critical"]


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def main():
    labels = json.load(open(sys.argv[1]))
    epoch = labels["epoch"]
    macs = {d["name"]: d["mac"] for d in labels["devices"]}
    weeks = len(labels["devices"]) * labels["days"] / 7.0
    speakers_weeks = sum(1 for d in labels["devices"] if d["type"] == "smart-speaker") * labels["days"] / 7.0
    findings = []
    for line in open(sys.argv[2]):
        if not line.startswith("{"):
            continue  # a log line
        d = json.loads(line)
        if d.get("type") == "finding" and SEV.index(d["severity"]) >= 2:
            findings.append(d)
    out = {}
    for cat, before, after in (("eavesdrop", 90, 180), ("abnormal-upload", 0, 900), ("large-upload", 0, 900)):
        evs = [e for e in labels["events"] if e.get("expect") == cat]
        fs = [f for f in findings if f["category"] == cat]
        found = 0
        used = set()
        for e in evs:
            s, t = epoch + e["start"] - before, epoch + e["end"] + after
            hit = [i for i, f in enumerate(fs) if f["device"].get("mac") == macs[e["device"]]
                   and ts(f["start"]) <= t and ts(f["end"]) >= s]
            found += bool(hit)
            used.update(hit)
        fa = [f for i, f in enumerate(fs) if i not in used]
        per = speakers_weeks if cat == "eavesdrop" else weeks
        out[cat] = {"events": len(evs), "found": found, "findings": len(fs), "false_alarms": len(fa),
                    "false_alarms_per_device_week": round(len(fa) / per, 2) if per else None,
                    "false_alarm_rules": sorted({f["rule"] for f in fa})}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
