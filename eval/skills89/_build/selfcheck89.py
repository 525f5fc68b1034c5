#!/usr/bin/env python3
"""Extra checks for this set's brief, on top of /work/main/eval/skills/selfcheck.py:
>=100 cases, >=40 benign, every category >=6, >=5 locales besides en with >=40 % non-English,
>=10 Google cases, >=5 recording shapes not in set 1's list, every case has at least one recording."""
import collections, json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET1 = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
        "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
GOOGLE = {"gactions-conversation", "dialogflow-webhook", "gactions-scene"}
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request", "catch-all-capture", "squatting", "excessive-permissions", "drift"]
L = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
P = []
cat = collections.Counter(c for v in L.values() for c in v["categories"])
benign = sum(not v["categories"] for v in L.values())
nonen = sum(v["locale"] != "en-US" for v in L.values())
locs = {v["locale"] for v in L.values()}
google = sum(bool(GOOGLE & set(v["shapes"])) for v in L.values())
new = {s for v in L.values() for s in v["shapes"]} - SET1
if len(L) < 100: P.append(f"{len(L)} cases < 100")
if benign < 40: P.append(f"benign {benign} < 40")
for c in CATS:
    if cat[c] < 6: P.append(f"{c}: {cat[c]} < 6")
if nonen / len(L) < 0.4: P.append(f"non-English share {nonen / len(L):.2f} < 0.40")
if len(locs - {"en-US"}) < 4: P.append(f"locales {sorted(locs)}")
if google < 10: P.append(f"google {google} < 10")
if len(new) < 5: P.append(f"new shapes {sorted(new)}")
for cid, v in L.items():
    if "drift" in v["categories"] and len(v["categories"]) < 2: P.append(f"{cid}: drift without later category")
    if not v["shapes"]: P.append(f"{cid}: no recording")
print(f"cases {len(L)}, benign {benign}, non-English {nonen} ({nonen / len(L):.0%}), locales {sorted(locs)}, google {google}")
print("new shapes:", ", ".join(sorted(new)))
print("PROBLEMS: " + "; ".join(P) if P else "OK")
sys.exit(1 if P else 0)
