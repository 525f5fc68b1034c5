#!/usr/bin/env python3
"""Set-81 self-check: runs the shared structural checks, then this brief's stricter minimums."""
import collections, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
rc = subprocess.call([sys.executable, "/work/main/eval/skills/selfcheck.py", ROOT])
lab = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
SET1 = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
        "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
cat = collections.Counter(c for v in lab.values() for c in v["categories"])
loc = collections.Counter(v["locale"] for v in lab.values())
shapes = {s for v in lab.values() for s in v["shapes"]}
google = [c for c in lab if any(os.path.exists(os.path.join(ROOT, "cases", c, x)) for x in ("sdk", "agent.json", "action.json"))]
P = []
if len(lab) < 100: P.append("fewer than 100 cases")
if sum(not v["categories"] for v in lab.values()) < 40: P.append("fewer than 40 benign")
for c in ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request", "catch-all-capture", "squatting", "excessive-permissions", "drift"]:
    if cat[c] < 6: P.append(f"{c} < 6")
if sum(n for l, n in loc.items() if not l.startswith("en")) < 0.4 * len(lab): P.append("non-English < 40%")
if len([l for l in loc if not l.startswith("en")]) < 4: P.append("fewer than 4 non-English locales")
if len(google) < 10: P.append("fewer than 10 Google cases")
if len(shapes - SET1) < 5: P.append("fewer than 5 new shapes")
for c, v in lab.items():
    if "drift" in v["categories"] and len(v["categories"]) < 2: P.append(f"{c}: drift without later category")
print(f"google={len(google)} new shapes={sorted(shapes - SET1)} non-en={sum(n for l, n in loc.items() if not l.startswith('en'))}/{len(lab)}")
print("SET-81 PROBLEMS: " + "; ".join(P) if P else "SET-81 OK")
sys.exit(1 if P or rc else 0)
