#!/usr/bin/env python3
"""Set-85 specific self-check on top of eval/skills/selfcheck.py: the brief's minimums for this set."""
import collections, json, os, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
SET1 = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
        "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request", "catch-all-capture",
        "squatting", "excessive-permissions", "drift"]
p = []
cat = collections.Counter(c for v in labels.values() for c in v["categories"])
loc = collections.Counter(v["locale"] for v in labels.values())
shapes = collections.Counter(s for v in labels.values() for s in v["shapes"])
benign = sum(not v["categories"] for v in labels.values())
google = sum(not os.path.exists(os.path.join(ROOT, "cases", c, "skill-package")) for c in labels)
nonen = sum(not v["locale"].startswith("en") for v in labels.values())
if len(labels) < 100: p.append(f"cases {len(labels)} < 100")
if benign < 40: p.append(f"benign {benign} < 40")
for c in CATS:
    if cat[c] < 6: p.append(f"{c}: {cat[c]} < 6")
if len([l for l in loc if not l.startswith("en")]) < 4: p.append("fewer than 4 non-English locales")
if nonen / len(labels) < 0.40: p.append(f"non-English share {nonen/len(labels):.2f} < 0.40")
if google < 10: p.append(f"google {google} < 10")
if len(set(shapes) - SET1) < 5: p.append("fewer than 5 new shapes")
if SET1 - set(shapes): p.append(f"set-1 shapes unused: {SET1 - set(shapes)}")
for cid, v in labels.items():
    if "drift" in v["categories"] and len(v["categories"]) < 2: p.append(f"{cid}: drift without later category")
print(f"cases {len(labels)}, benign {benign}, google {google}, alexa {len(labels)-google}, non-English {nonen} ({nonen/len(labels):.0%})")
print("new shapes:", sorted(set(shapes) - SET1))
r = subprocess.run([sys.executable, "/work/main/eval/skills/selfcheck.py", ROOT], capture_output=True, text=True)
print(r.stdout.strip())
print("PROBLEMS: " + "; ".join(p) if p else "OK: set-85 minimums met")
sys.exit(1 if p or r.returncode else 0)
